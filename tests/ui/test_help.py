"""Help: the getting-started guide (at the first start and in the Help menu), the user guide in
both languages, About with the version and the material's credits, and the Linux menu entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator import __version__
from facilitator.paths import guide_dir, guide_text
from facilitator.ui.presenter.help_commands import SEEN, HelpCommands
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]

GUIDES = ("getting-started", "user-guide")


@pytest.mark.parametrize("name", GUIDES)
def test_every_guide_is_there_in_dutch_and_english_with_the_same_sections(name: str) -> None:
    english = (guide_dir() / f"{name}.en.md").read_text(encoding="utf-8")
    dutch = (guide_dir() / f"{name}.nl.md").read_text(encoding="utf-8")
    heads = [line for line in english.splitlines() if line.startswith("#")]
    assert len(heads) == len([line for line in dutch.splitlines() if line.startswith("#")])
    assert guide_text(name, "nl") == dutch
    assert guide_text(name, "de") == english  # no German guide: the English one


def test_the_getting_started_guide_says_the_four_things() -> None:
    for language, words in (
        ("en", ("Your screen", "Their screen", "clicker", "Practise first")),
        ("nl", ("Je eigen scherm", "Het scherm van de groep", "clicker", "Oefen eerst")),
    ):
        text = guide_text("getting-started", language)
        for word in words:
            assert word in text, (language, word)


def test_the_help_menu_opens_the_guides_and_about(console: Console, qtbot: QtBot) -> None:
    window = console.window
    titles = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert titles[:3] == ["&Getting started", "&User guide", "&Keyboard shortcuts"]
    window.actions_by_name["getting_started"].trigger()
    guide = window.help.dialogs["getting-started"]
    assert guide.isVisible()
    assert "The clicker's keys" in guide.browser.toPlainText()  # type: ignore[attr-defined]
    window.actions_by_name["getting_started"].trigger()
    assert window.help.dialogs["getting-started"] is guide  # built once, shown again
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    handle = guide.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    window.actions_by_name["user_guide"].trigger()
    assert "Catching up" in window.help.dialogs["user-guide"].browser.toPlainText()  # type: ignore[attr-defined]
    window.actions_by_name["about"].trigger()
    about = window.help.dialogs["about"].browser.toPlainText()  # type: ignore[attr-defined]
    assert f"Facilitator {__version__}" in about
    assert "STEAM Coach" in about and "Alkhaled" in about  # the material and its references


def test_the_getting_started_guide_comes_once_at_the_first_start(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACILITATOR_TESTING")
    help_ = console.window.help
    assert help_.offer_at_first_start(automated=True) is None  # --quit-after, --screenshot
    first = help_.offer_at_first_start(automated=False)
    assert first is not None and first.isVisible()
    assert first.again.isVisibleTo(first)  # type: ignore[attr-defined]
    first.close()
    assert help_.offer_at_first_start(automated=False) is None  # seen
    console.settings.store.setValue(SEEN, False)  # "show this at the next start too"
    again = help_.offer_at_first_start(automated=False)
    assert again is not None
    again.close()


def test_add_to_the_applications_menu_writes_the_entry_on_linux(
    console: Console, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    help_ = HelpCommands(console.window, platform="linux")
    help_.add_to_menu()
    entry = tmp_path / "share" / "applications" / "facilitator.desktop"
    assert "Exec=" in entry.read_text(encoding="utf-8")
    assert "applications menu" in console.window.last_message
    assert HelpCommands(console.window, platform="win32").handlers()["add_to_menu"] is None


def test_at_the_first_start_the_guide_opens_after_both_windows_have_painted(
    qtbot: QtBot, tmp_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.agenda.load import load_agenda
    from facilitator.cli import AppOptions
    from facilitator.engine.clock import FakeClock
    from facilitator.paths import default_agenda
    from facilitator.ui.app import FacilitatorApp

    monkeypatch.delenv("FACILITATOR_TESTING")
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=FakeClock(10**12))
    presenter = app.presenter
    presenter.confirm_quit = False
    qtbot.addWidget(presenter)
    qtbot.addWidget(app.projector)
    try:
        app.show()
        app.offer_getting_started()
        assert "first-start" not in presenter.help.dialogs  # not before the first paint
        qtbot.waitUntil(lambda: "first-start" in presenter.help.dialogs, timeout=5000)
        guide = presenter.help.dialogs["first-start"]
        assert guide.isVisible()
        guide.close()
    finally:
        presenter.close()
        app.projector.close()
        app.controller.shutdown()
