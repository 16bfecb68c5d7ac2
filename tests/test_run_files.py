"""The start-up's quick look at the latest journals agrees with the full replay."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.engine.clock import MINUTE as M
from facilitator.engine.events import AppClosed, Heartbeat, RunAbandoned
from facilitator.engine.session import SessionRun
from facilitator.reports.runs import find_crashed
from facilitator.run_files import LATEST, last_event, latest_journals, may_have_crashed
from tests.reports.helpers import T0, WALL, record, steps_taking, write_jsonl


def closed(run: SessionRun) -> None:
    run.next_step(T0 + 10 * M)
    assert run.journal is not None
    run.journal.write(AppClosed(), T0 + 11 * M, WALL)
    run.journal.write(Heartbeat(), T0 + 11 * M, WALL)


def abandoned(run: SessionRun) -> None:
    assert run.journal is not None
    run.journal.write(RunAbandoned("another session was opened"), T0 + M, WALL)


def crashed(run: SessionRun) -> None:
    run.next_step(T0 + 10 * M)
    assert run.journal is not None
    run.journal.write(Heartbeat(), T0 + 11 * M, WALL)


SCRIPTS: dict[str, tuple[Callable[[SessionRun], None], str | None]] = {
    "finished": (steps_taking([10] * 6), "run_finished"),
    "closed": (closed, "app_closed"),
    "abandoned": (abandoned, "run_abandoned"),
    "crashed": (crashed, "step_started"),
}


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_the_quick_look_agrees_with_the_replay(name: str, tmp_path: Path) -> None:
    script, last = SCRIPTS[name]
    folder = tmp_path / "runs"
    folder.mkdir()
    path = write_jsonl(folder / f"{name}.jsonl", record(script))
    assert last_event(path) == last
    # Within the 12 hours: the replay offers exactly the crashed run and the one quit
    # under way (it can go on next time); the quick look sends both to the replay.
    replayed = find_crashed(folder, WALL)
    assert may_have_crashed(folder) == (name in ("crashed", "closed")) == (replayed == path)


def test_a_cut_off_or_damaged_last_line_means_look_properly(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "run.jsonl", record(closed))
    text = path.read_bytes()
    (tmp_path / "cut.jsonl").write_bytes(text + b'{"t": 1, "event": "hea')
    assert last_event(tmp_path / "cut.jsonl") is None
    (tmp_path / "odd.jsonl").write_bytes(text + b'["not", "an", "event"]\n')
    assert last_event(tmp_path / "odd.jsonl") is None
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert last_event(tmp_path / "empty.jsonl") is None
    assert last_event(tmp_path / "missing.jsonl") is None
    assert may_have_crashed(tmp_path)


def test_a_long_journal_is_read_from_its_end_only(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "run.jsonl", record(closed))
    heartbeat = b'{"t": 1, "wall": null, "event": "heartbeat", "state": "running"}\n'
    with path.open("ab") as stream:
        stream.write(heartbeat * 2000)  # far more than the tail that is read
    assert path.stat().st_size > 100_000
    assert last_event(path) is None  # only heartbeats in the tail: unsure, so look properly
    path.write_bytes(path.read_bytes() + b'{"t": 2, "event": "app_closed"}\n')
    assert last_event(path) == "app_closed"


def test_only_the_latest_journals_are_looked_at(tmp_path: Path) -> None:
    folder = tmp_path / "runs"
    folder.mkdir()
    old = write_jsonl(folder / "old.jsonl", record(crashed))
    os.utime(old, (1, 1))  # written to long ago, before the others
    for number in range(LATEST):
        write_jsonl(folder / f"run-{number}.jsonl", record(abandoned))
    assert old not in latest_journals(folder)
    assert not may_have_crashed(folder)
    assert find_crashed(folder, WALL) is None
    assert not may_have_crashed(tmp_path / "no-runs-yet")
