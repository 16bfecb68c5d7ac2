"""A journal whose first line is gone: the next lines name the agenda, so it is listed with it.

The first line (run_opened) holds the plan and the title; the run's start
names the agenda file too. With that file still there, the run is listed,
reported and offered for resuming as any other (test_damaged_journals), and
`facilitator runs` lists it with its title; only with the file gone as well
is it unreadable, and then the list still names its agenda file.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.engine.events import RunOpened
from facilitator.engine.journal import read_log
from facilitator.paths import default_agenda
from facilitator.reports.commands import runs_command
from facilitator.reports.runs import list_runs
from tests.reports.helpers import record, steps_taking, write_jsonl


@pytest.fixture
def agenda(tmp_path: Path) -> Agenda:
    """A copy of the bundled session 1 (and its library), in a folder of its own."""
    source = default_agenda()
    folder = tmp_path / "agenda"
    shutil.copytree(source.parent, folder)
    return load_agenda(folder / source.name)


def lost_first_line(folder: Path, agenda: Agenda) -> Path:
    """A run of two steps done and a third under way (a crash), its first line gone."""
    path = write_jsonl(
        folder / "20260504-090000-sessie.jsonl", record(steps_taking([10, 15]), agenda=agenda)
    )
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[1:]))
    log = read_log(path)
    assert log.first(RunOpened) is None and log.agenda_path == str(agenda.path)
    return path


def test_the_runs_command_lists_it_with_its_agenda(
    tmp_path: Path, agenda: Agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "data" / "runs"
    folder.mkdir(parents=True)
    lost_first_line(folder, agenda)
    out = io.StringIO()
    assert runs_command([], out) == 0
    (line,) = [line for line in out.getvalue().splitlines() if line.startswith("2026")]
    assert "interrupted" in line and line.endswith(agenda.title)
    assert "unreadable" not in line


def test_with_its_agenda_gone_too_it_is_unreadable_and_names_the_file(
    tmp_path: Path, agenda: Agenda
) -> None:
    folder = tmp_path / "runs"
    folder.mkdir()
    lost_first_line(folder, agenda)
    agenda.path.unlink()
    (run,) = list_runs(folder)
    assert run.outcome == "unreadable"
    assert run.title == agenda.path.name
