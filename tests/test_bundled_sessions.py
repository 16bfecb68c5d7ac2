"""The bundled sessions as the app lists them: the Dutch ones first, then the English."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator import paths
from facilitator.agenda.load import load_agenda
from facilitator.paths import (
    BundledSession,
    agendas_dir,
    bundled_agendas,
    bundled_sessions,
    default_agenda,
    read_bundled,
)


def test_dutch_sessions_first_then_english() -> None:
    found = bundled_agendas()
    assert [(p.parent.name, p.name) for p in found] == [
        ("steam-coach", "sessie-1-outreach-en-curricula.yaml"),
        ("steam-coach", "sessie-2-diversiteit-op-de-werkplek.yaml"),
        ("steam-coach-en", "session-1-outreach-and-curricula.yaml"),
        ("steam-coach-en", "session-2-diversity-in-the-workplace.yaml"),
    ]
    # The default agenda stays the Dutch session 1, and comes first.
    assert found[0] == default_agenda()
    assert all(p.is_relative_to(agendas_dir()) for p in found)


def test_the_default_agendas_folder_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # The order follows the default agenda, not the folders' names.
    monkeypatch.setattr(
        paths, "DEFAULT_AGENDA", "steam-coach-en/session-1-outreach-and-curricula.yaml"
    )
    assert [p.parent.name for p in bundled_agendas()] == [
        "steam-coach-en",
        "steam-coach-en",
        "steam-coach",
        "steam-coach",
    ]


def test_the_quick_read_matches_the_loaded_session() -> None:
    sessions = bundled_sessions()
    assert [s.path for s in sessions] == bundled_agendas()
    for bundled in sessions:
        session = load_agenda(bundled.path).session
        assert bundled.title == session.title
        assert bundled.subtitle == session.subtitle
        assert bundled.language == session.language
    assert [s.language_name for s in sessions] == ["Nederlands", "Nederlands", "English", "English"]


def test_quick_read_of_a_bare_file(tmp_path: Path) -> None:
    path = tmp_path / "my-session.yaml"
    path.write_text(
        "format: 1\nkind: session\nduration: 5\nsteps:\n  - title: Only step\n    minutes: 5\n",
        encoding="utf-8",
    )
    assert read_bundled(path) == BundledSession(path, "my-session", None, "nl")
    path.write_text('title: "Quoted: with a colon"\nlanguage: en-GB\n', encoding="utf-8")
    bundled = read_bundled(path)
    assert bundled.title == "Quoted: with a colon"
    assert bundled.language_name == "English"


@pytest.mark.parametrize(
    ("code", "name"),
    [("nl", "Nederlands"), ("nl-BE", "Nederlands"), ("en", "English"), ("xx", "xx")],
)
def test_language_names(code: str, name: str, tmp_path: Path) -> None:
    assert BundledSession(tmp_path, "t", None, code).language_name == name
