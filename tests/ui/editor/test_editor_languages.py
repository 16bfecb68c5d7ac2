"""The editor and the start window in Dutch: no English message of the catalogue on them
(issue 12), on every page of a session with every kind of part."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.editing.workspace import open_workspace
from facilitator.ui.editor.window import EditorWindow
from facilitator.ui.start.entries import DETAIL_ROLE
from facilitator.ui.start.window import StartWindow
from tests.ui.editor.conftest import SESSION_2
from tests.ui.test_languages import english_left, shown_texts, speak, translated_sources

__all__ = ["speak"]  # the fixture, used by name


def test_every_page_of_the_dutch_editor_shows_no_english_message(
    qtbot: QtBot, speak: object, own_folder: Path, data_dir: Path
) -> None:
    speak("nl")  # type: ignore[operator]
    window = EditorWindow(open_workspace(own_folder / SESSION_2))
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show()
    translations = translated_sources("nl")
    targets = list(window.outline._items)
    assert len(targets) > 20  # steps, items, hand-outs, cards, sections, the library
    kinds = set()
    texts = shown_texts(window)
    for target in targets:
        window.show_target(target)
        assert window.page is not None
        kinds.add(type(window.page).__name__)
        texts += shown_texts(window)
    assert {
        "SessionPage",
        "StepPage",
        "ItemPage",
        "HandoutPage",
        "FragmentPage",
        "SectionPage",
        "LibraryPage",
        "ChecklistPage",
    } <= kinds
    left = english_left(texts, translations)
    assert not left, f"English in the Dutch editor: {left}"
    assert window.menuBar().actions()[0].text() == "&Bestand"


def test_the_dutch_start_window_shows_no_english_message(
    qtbot: QtBot, speak: object, data_dir: Path
) -> None:
    speak("nl")  # type: ignore[operator]
    window = StartWindow()
    qtbot.addWidget(window)
    window.show()
    texts = shown_texts(window)
    texts += [window.bundled.item(r).data(DETAIL_ROLE) or "" for r in range(window.bundled.count())]
    left = english_left(texts, translated_sources("nl"))
    assert not left, f"English in the Dutch start window: {left}"
    assert "meegeleverd" in window.bundled.item(0).data(DETAIL_ROLE)
