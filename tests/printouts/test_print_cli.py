"""``facilitator print``: what it writes, where, and what it says; the run's room replayed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.cli import main
from facilitator.printouts.catalogue import (
    NAMES,
    PRINTOUTS_BY_NAME,
    UnknownPrintout,
    filename,
    parse_clock,
    parse_what,
)
from facilitator.printouts.run_room import NoRoom, room_of_run
from facilitator.room.room import Room
from tests.printouts.rooms import WALL, fill_room, record_run, session_1, session_2


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The runs folder of a data folder in tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
    return folder / "runs"


def test_a_run_replayed_with_the_room_following_gives_the_live_room(tmp_path: Path) -> None:
    agenda = session_2()
    path = record_run(tmp_path, agenda)
    run = room_of_run(path, agenda)
    live = Room("nl")
    fill_room(live)
    assert run.state == live.state
    assert run.run_id == "20261203-090000-sessie-2" and run.started == WALL
    assert run.agenda_path == str(agenda.path) and run.warnings == ()
    # Without an agenda the journal's own plan replays it just the same.
    assert room_of_run(path).state == live.state


def test_an_empty_journal_is_no_room(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(NoRoom, match=r"leeg\.jsonl is empty or unreadable"):
        room_of_run(empty)


def test_what_and_when_are_read_as_the_trainer_writes_them() -> None:
    assert [p.name for p in parse_what("all")] == list(NAMES)
    assert [p.name for p in parse_what(" Wall, plan ,")] == ["plan", "wall"]
    with pytest.raises(UnknownPrintout, match="no printout “kaarten”\\. Choose from: handouts"):
        parse_what("plan,kaarten")
    with pytest.raises(UnknownPrintout, match="Say what to print"):
        parse_what(" , ")
    assert [parse_clock(t).strftime("%H:%M") for t in ("9:00", "09:30", "9.45", "14u15")] == [
        "09:00",
        "09:30",
        "09:45",
        "14:15",
    ]
    for wrong in ("25:00", "9:60", "negen", "9"):
        with pytest.raises(ValueError, match="is not a time of day"):
            parse_clock(wrong)
    assert filename(session_1(), PRINTOUTS_BY_NAME["plan"]) == "sessie-1-plan.pdf"


def test_print_all_of_session_1_writes_what_it_has_and_names_what_not(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "afdrukken"  # made when missing
    assert main(["print", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(
        f"sessie-1-{name}.pdf"
        for name in (
            "handouts",
            "case-study",
            "call-to-action",
            "advice",
            "guide",
            "checklists",
            "plan",
        )
    )
    title = "Ontwerpen van genderbewuste outreach en curricula in STEM"
    assert f"Not printed: “{title}” has no scenario cards." in said
    assert "“Groups” is made from a run: add --run latest" in said
    assert (
        "7 of 10 printouts of “Ontwerpen van genderbewuste outreach en curricula in STEM”" in said
    )
    assert f"Wrote {out / 'sessie-1-advice.pdf'} (1 page)" in said
    assert not list(out.glob(".*.part"))


def test_print_groups_and_wall_of_the_latest_run_on_its_own_agenda(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_run(data, session_2())
    out = tmp_path / "na-afloop"
    assert main(["print", "--what", "groups,wall", "--run", "latest", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "2 of 2 printouts of “Strategieën identificeren" in said
    groups = " ".join(PdfReader(out / "sessie-2-groups.pdf").pages[0].extract_text().split())
    assert "Groep 3 · 5 personen" in groups and "Kaart D – Leeftijdsdiscriminatie" in groups
    wall = " ".join(PdfReader(out / "sessie-2-wall.pdf").pages[0].extract_text().split())
    assert "Wat de zaal zei" in wall and "Ik zal iedereen het woord geven." in wall
    assert "3 december 2026" in wall


def test_a_run_without_groups_or_notes_says_so(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record_run(data, session_2(), room=False)
    out = tmp_path / "uit"
    assert main(["print", "--what", "groups,wall,plan", "--run", "latest", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Run 20261203-090000-sessie-2 has no groups: groups are made during the session." in err
    assert "The wall of run 20261203-090000-sessie-2 has no notes to print" in err
    assert [p.name for p in out.iterdir()] == ["sessie-2-plan.pdf"]


def test_groups_without_a_run_and_runs_that_are_not_there(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", "--what", "groups", "-o", str(tmp_path)]) == 1
    assert "add --run latest, or --run with a run's id" in capsys.readouterr().err
    assert main(["print", "--what", "wall", "--run", "latest", "-o", str(tmp_path)]) == 1
    assert "No runs are recorded yet" in capsys.readouterr().err
    record_run(data, session_2())
    assert main(["print", "--what", "wall", "--run", "gisteren", "-o", str(tmp_path)]) == 1
    assert "There is no run “gisteren”" in capsys.readouterr().err
    assert list(tmp_path.glob("*.pdf")) == []


def test_usage_errors_and_folders_that_cannot_be_written(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", "--what", "kaarten"]) == 2
    assert "There is no printout “kaarten”" in capsys.readouterr().err
    assert main(["print", "--what", "plan", "--start", "25:00"]) == 2
    assert "“25:00” is not a time of day" in capsys.readouterr().err
    assert main(["print", "--bogus"]) == 2
    a_file = tmp_path / "bestand"
    a_file.write_text("x", encoding="utf-8")
    assert main(["print", "--what", "plan", "-o", str(a_file / "map")]) == 1
    err = capsys.readouterr().err
    assert f"Could not make the folder {a_file / 'map'}" in err and "Traceback" not in err
    broken = tmp_path / "kapot.yaml"
    broken.write_text("format: 1\ntitle: Kapot\nsteps: []\n", encoding="utf-8")
    assert main(["print", str(broken), "-o", str(tmp_path)]) == 1
    assert "kapot.yaml" in capsys.readouterr().err


def test_the_session_plan_starts_when_asked(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", "--what", "plan", "--start", "13:15", "-o", str(tmp_path)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "sessie-1-plan.pdf").pages)
    assert "13:15–13:25" in text and "14:45" in text
