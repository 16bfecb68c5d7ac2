"""File > Bundled sessions: every bundled session, each with its language in the label."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.paths import bundled_agendas, default_agenda
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]


def test_the_menu_lists_the_dutch_and_the_english_sessions(console: Console) -> None:
    actions = console.window.bundled_menu.actions()
    assert [Path(a.data()) for a in actions] == bundled_agendas()
    assert Path(actions[0].data()) == default_agenda()
    assert [a.text() for a in actions] == [
        "STEAM Coach – Sessie 1: Ontwerpen van genderbewuste outreach en curricula in STEM"
        " (Nederlands)",
        "STEAM Coach – Sessie 2: Strategieën identificeren voor meer diversiteit en gelijkheid"
        " op de werkplek (Nederlands)",
        "STEAM Coach – Session 1: Designing gender-aware outreach and curricula in STEM (English)",
        "STEAM Coach – Session 2: Identifying strategies for greater diversity and equality in"
        " the workplace (English)",
    ]


def test_choosing_an_english_session_asks_to_open_it(console: Console, qtbot: QtBot) -> None:
    english = [a for a in console.window.bundled_menu.actions() if a.text().endswith("(English)")]
    with qtbot.waitSignal(console.window.openRequested, timeout=1000) as blocker:
        english[0].trigger()
    assert blocker.args == [Path(english[0].data())]
    assert blocker.args[0].parent.name == "steam-coach-en"
