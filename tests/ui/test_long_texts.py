"""A 20,000-character text or a word with no spaces never makes a place wider than a laptop.

Place by place at 1366x768 (the step view, the step list, the reference
pane, the room tab, the editor's outline): the window's minimum width stays
under the screen's, nothing runs off to the right (no sideways scrolling, no
content wider than its pane), and the text wraps or is cut short with its
tooltip holding the rest. (The console as a whole: test_trainer_text.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.editing.workspace import open_workspace
from facilitator.ui.editor.window import EditorWindow
from facilitator.ui.presenter.step_model import STEP_COLUMN
from facilitator.ui.presenter.window import PresenterWindow
from tests.ui.console_fixtures import Console, console_factory, tmp_settings

__all__ = ["console_factory", "tmp_settings"]

LAPTOP = QSize(1366, 768)
WORD = "Outreachprogrammavoorbeeld" * 12  # 312 characters, no space to break at
LONG = "lang " * 3000 + WORD * 15  # 20,000 characters, ending in words with no spaces


def write_long_agenda(folder: Path) -> Path:
    """A session and its library whose every title is WORD, and an instruction of LONG."""
    folder.mkdir(exist_ok=True)
    (folder / "lib.yaml").write_text(
        "format: 1\nkind: library\ntitle: Lib\n"
        f"checklists:\n  - id: lijst\n    title: {WORD}\n    items:\n      - {WORD}\n"
        f"references:\n  - text: {WORD}\n    url: https://example.org/{WORD}\n"
        f'sections:\n  - id: s\n    title: {WORD}\n    body: "{LONG}"\n',
        encoding="utf-8",
    )
    path = folder / "lang.yaml"
    path.write_text(
        f"format: 1\ntitle: {WORD}\nduration: 20\nlibrary: [lib.yaml]\n"
        f"handouts:\n  - id: blad\n    title: {WORD}\n    cards:\n"
        f"      - id: k1\n        title: {WORD}\n        text: {WORD}\n"
        f"      - id: k2\n        title: {WORD}\n        text: {WORD}\n"
        f'steps:\n  - id: a\n    title: {WORD}\n    minutes: 10\n    instructions: "{LONG}"\n'
        f'    materials: ["{WORD}"]\n    project:\n      - question: "{WORD}"\n'
        f"      - cards: [blad/k1, blad/k2]\n    groups: 2-2\n"
        "    deal:\n      handout: blad\n      cards: 1\n"
        f"  - id: b\n    title: {WORD} {WORD}\n    minutes: 10\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def long_agenda(tmp_path: Path) -> Agenda:
    return load_agenda(write_long_agenda(tmp_path / "agenda"))


@pytest.fixture
def laptop_console(
    long_agenda: Agenda, console_factory: Callable[..., Console], qtbot: QtBot
) -> Console:
    console = console_factory(long_agenda)
    window = console.window
    window.resize(LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    console.controller.start()
    QApplication.processEvents()
    return console


def fits(window: QWidget, place: QWidget) -> None:
    """The window's minimum under the laptop's width; ``place`` inside the window."""
    assert window.minimumSizeHint().width() <= LAPTOP.width()
    assert window.width() <= LAPTOP.width()
    left = place.mapTo(window, place.rect().topLeft()).x()
    assert left + place.width() <= window.width()


def no_sideways(area: QAbstractScrollArea) -> None:
    """Nothing in ``area`` runs off to the right."""
    assert area.horizontalScrollBar().maximum() == 0


def labels_fit(place: QWidget) -> list[QLabel]:
    """Every visible label in ``place`` that holds WORD: no wider than ``place``."""
    found = [
        label
        for label in place.findChildren(QLabel)
        if label.isVisible() and WORD[:40] in label.text()
    ]
    for label in found:
        assert label.minimumSizeHint().width() <= place.width(), label.objectName()
        assert label.mapTo(place, label.rect().topRight()).x() <= place.width()
    return found


def test_the_step_view_wraps_a_20000_character_instruction(laptop_console: Console) -> None:
    window = laptop_console.window
    view = window.instructions
    assert len(view.toPlainText()) > 20_000
    fits(window, view)
    no_sideways(view)
    assert view.document().size().width() <= view.viewport().width() + 1


def test_the_step_list_wraps_a_title_with_no_spaces(laptop_console: Console) -> None:
    window = laptop_console.window
    steps = window.step_list
    fits(window, steps)
    no_sideways(steps)
    first = steps.model().index(0, STEP_COLUMN)
    line = steps.fontMetrics().lineSpacing()
    assert steps.visualRect(first).height() > 2 * line  # the title's pieces under each other


def test_the_reference_pane_wraps_titles_and_text(laptop_console: Console) -> None:
    window = laptop_console.window
    reference = window.reference
    window.tabs.setCurrentWidget(reference)
    QApplication.processEvents()
    fits(window, reference)
    for item in reference._entries():
        reference.tree.setCurrentItem(item)
        QApplication.processEvents()
        no_sideways(reference.text)
    no_sideways(reference.tree)
    labels_fit(reference)


def test_the_room_tab_wraps_long_names_and_cards(laptop_console: Console, qtbot: QtBot) -> None:
    window = laptop_console.window
    controller = laptop_console.controller
    room = controller.room
    room.make_groups(people="\n".join([WORD, f"{WORD}2", "Anouk", "Bram"]), size=GroupSize(2, 2))
    room.deal_for_step()
    room.add_person(f"{WORD}3")
    panel = window.room_panel
    window.tabs.setCurrentWidget(panel)
    qtbot.wait(50)  # the new cells laid out
    fits(window, panel)
    body = panel.widget()
    assert body.minimumSizeHint().width() <= panel.viewport().width()
    assert labels_fit(body)


def test_the_editor_outline_never_widens_the_editor(
    long_agenda: Agenda, qtbot: QtBot, data_dir: Path
) -> None:
    editor = EditorWindow(open_workspace(long_agenda.path))
    editor.confirm_close = False
    qtbot.addWidget(editor)
    editor.resize(LAPTOP)
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    outline = editor.outline
    fits(editor, outline)
    assert outline.width() < LAPTOP.width() / 2  # the page beside it keeps its room
    outline.expandAll()
    QApplication.processEvents()
    no_sideways(outline)
    assert outline.textElideMode() is not Qt.TextElideMode.ElideNone  # cut short, with "…"
    root = outline.topLevelItem(0)
    assert root is not None and root.toolTip(0) == WORD  # the whole title in the tooltip
    labels_fit(editor)


def test_the_console_at_a_laptop_keeps_its_minimum(
    laptop_console: Console,
) -> None:
    window: PresenterWindow = laptop_console.window
    assert window.minimumSizeHint().width() <= LAPTOP.width()
    assert window.minimumSizeHint().height() <= LAPTOP.height()
