"""The journal: writing, reading back, damaged files and write failures."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from facilitator.engine.events import Event
from facilitator.engine.journal import Journal, read_journal

WALL = datetime(2025, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def named(name: str, **fields: object) -> Event:
    """An event record called ``name`` with ``fields``: the file layer writes any record."""
    kind = dataclasses.make_dataclass(
        name, [(key, object) for key in fields], bases=(Event,), frozen=True
    )
    kind.NAME = name
    record: Event = kind(**fields)
    return record


def test_writes_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "run.jsonl"
    journal = Journal(path)  # creates the folders
    journal.write(named("run_started", title="Sessie 1 — ‘Ik zal…’", steps=6), 10, WALL)
    journal.write(named("step_started", index=0, path=Path("/a")), 20, WALL + timedelta(seconds=1))
    journal.close()
    assert journal.error is None
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") == 2 and text.endswith("\n")
    assert "‘Ik zal…’" in text  # readable, not escaped
    read = read_journal(path)
    assert read.warnings == []
    assert read.events == [
        {
            "t": 10,
            "wall": "2025-03-01T09:00:00+01:00",
            "event": "run_started",
            "title": "Sessie 1 — ‘Ik zal…’",
            "steps": 6,
        },
        {
            "t": 20,
            "wall": "2025-03-01T09:00:01+01:00",
            "event": "step_started",
            "index": 0,
            "path": "/a",
        },
    ]


def test_appends_to_an_existing_journal(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    first = Journal(path)
    first.write(named("a"), 1, WALL)
    first.close()
    second = Journal(path)
    second.write(named("b"), 2, WALL)
    second.close()
    assert [e["event"] for e in read_journal(path).events] == ["a", "b"]


def test_each_line_is_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    journal = Journal(tmp_path / "run.jsonl")
    journal.write(named("a"), 1, WALL)
    journal.write(named("b"), 2, WALL)
    assert len(synced) == 2
    journal.close()


def _line(event: str, t: int) -> str:
    return json.dumps({"t": t, "wall": WALL.isoformat(), "event": event}) + "\n"


def test_a_cut_off_last_line_is_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    path.write_text(_line("a", 1) + _line("b", 2) + '{"t": 3, "wall": "2025-', encoding="utf-8")
    read = read_journal(path)
    assert [e["event"] for e in read.events] == ["a", "b"]
    assert len(read.warnings) == 1
    assert "last line (3)" in read.warnings[0] and "cut off" in read.warnings[0]


def test_a_whole_last_line_without_line_end_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    path.write_text(_line("a", 1) + _line("b", 2).rstrip("\n"), encoding="utf-8")
    read = read_journal(path)
    assert [e["event"] for e in read.events] == ["a", "b"]
    assert read.warnings == []


@pytest.mark.parametrize(
    "damaged",
    [b'{"t": 2, "ev', b"[1, 2]", b'{"t": 2}', b"\xff\xfe{}", b"garbage"],
    ids=["cut", "not-an-object", "no-event", "not-utf8", "garbage"],
)
def test_a_damaged_middle_line_is_skipped_with_its_number(tmp_path: Path, damaged: bytes) -> None:
    path = tmp_path / "run.jsonl"
    good = [_line(name, t).encode() for t, name in enumerate("abc")]
    path.write_bytes(good[0] + b"\n" + good[1] + damaged + b"\n" + good[2])
    read = read_journal(path)
    assert [e["event"] for e in read.events] == ["a", "b", "c"]
    assert read.warnings == ["Line 4 of the session log is damaged and was skipped."]


def test_reopening_after_a_crash_keeps_new_lines_whole(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    path.write_text(_line("a", 1) + '{"t": 2, "wa', encoding="utf-8")
    journal = Journal(path)
    journal.write(named("b"), 3, WALL)
    journal.close()
    read = read_journal(path)
    assert [e["event"] for e in read.events] == ["a", "b"]
    assert read.warnings == ["Line 2 of the session log is damaged and was skipped."]


def test_a_full_disk_keeps_the_lines_and_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "run.jsonl"
    journal = Journal(path)
    journal.write(named("a"), 1, WALL)
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    journal.write(named("b"), 2, WALL)  # does not raise
    journal.write(named("c"), 3, WALL)
    assert journal.error is not None
    assert "disk full?" in journal.error
    assert "the session goes on" in journal.error
    assert "2 entries" in journal.error
    assert journal.pending == 2

    monkeypatch.setattr(os, "write", real_write)
    journal.write(named("d"), 4, WALL)
    assert journal.error is None
    assert journal.pending == 0
    journal.close()
    assert [e["event"] for e in read_journal(path).events] == ["a", "b", "c", "d"]


def test_partial_writes_neither_repeat_nor_lose_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "run.jsonl"
    journal = Journal(path)
    real_write = os.write
    budget = [25]  # the disk fills up after 25 more bytes

    def filling(fd: int, data: bytes) -> int:
        if budget[0] == 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        written = real_write(fd, bytes(data[: budget[0]]))
        budget[0] -= written
        return written

    monkeypatch.setattr(os, "write", filling)
    journal.write(named("first"), 1, WALL)
    assert journal.error is not None and journal.pending == 1
    budget[0] = 10**6  # space freed
    journal.write(named("second"), 2, WALL)
    assert journal.error is None
    journal.close()
    read = read_journal(path)
    assert read.warnings == []
    assert [e["event"] for e in read.events] == ["first", "second"]


def test_a_journal_that_syncs_later_hands_each_line_to_the_os_and_fsyncs_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    path = tmp_path / "run.jsonl"
    journal = Journal(path)
    asked: list[str] = []
    journal.sync_later = lambda: asked.append("sync")
    journal.write(named("a"), 1, WALL)
    journal.write(named("b"), 2, WALL)
    assert synced == [] and asked == ["sync", "sync"] and journal.unsynced
    # Already with the OS: a crash of the app loses neither line.
    assert [e["event"] for e in read_journal(path).events] == ["a", "b"]
    journal.sync()
    assert len(synced) == 1 and not journal.unsynced  # one fsync for both
    journal.sync()
    assert len(synced) == 1  # nothing new to sync
    journal.write(named("c"), 3, WALL)
    journal.close()  # closing syncs
    assert len(synced) == 2 and not journal.unsynced


def test_a_failing_later_fsync_is_said_and_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(tmp_path / "run.jsonl")
    journal.sync_later = lambda: None
    journal.write(named("a"), 1, WALL)

    def failing(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    journal.sync()
    assert journal.error is not None and "input/output error" in journal.error
    assert journal.unsynced
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    journal.sync()
    assert journal.error is None and not journal.unsynced and len(synced) == 1
    journal.close()
    assert [e["event"] for e in read_journal(tmp_path / "run.jsonl").events] == ["a"]


def test_a_failing_fsync_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = Journal(tmp_path / "run.jsonl")
    calls: list[int] = []

    def failing(fd: int) -> None:
        calls.append(fd)
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    journal.write(named("a"), 1, WALL)
    assert journal.error is not None and "input/output error" in journal.error
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append(fd))
    journal.close()
    assert journal.error is None
    assert len(calls) == 2
    assert [e["event"] for e in read_journal(tmp_path / "run.jsonl").events] == ["a"]


def test_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    journal = Journal(blocker / "logs" / "run.jsonl")
    assert journal.error is not None
    journal.write(named("a"), 1, WALL)  # does not raise
    assert journal.pending == 1
    blocker.unlink()  # the trainer frees the place
    journal.write(named("b"), 2, WALL)
    assert journal.error is None
    journal.close()
    assert [e["event"] for e in read_journal(blocker / "logs" / "run.jsonl").events] == ["a", "b"]


def test_reading_a_missing_journal_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_journal(tmp_path / "missing.jsonl")


def test_the_controllers_run_journal_has_every_journal_it_writes_to_sync_later(
    tmp_path: Path,
) -> None:
    """Opened for a new run or adopted for a resumed one: both sync when the owner asks."""
    from facilitator.engine.clock import FakeClock
    from facilitator.engine.run_journal import RunJournal
    from facilitator.engine.session import SessionRun
    from tests.engine.factory import make_agenda

    asked: list[str] = []
    agenda = make_agenda()
    run_journal = RunJournal(
        lambda _agenda: Journal(tmp_path / "new.jsonl"),
        FakeClock(0),
        lambda: WALL,
        sync_later=lambda: asked.append("sync"),
    )
    run = SessionRun(agenda)
    run_journal.open(agenda, run)
    assert run.journal is run_journal.journal
    run.start(0)  # the run writes its lines itself
    assert asked and run_journal.journal is not None and run_journal.journal.unsynced
    run_journal.sync()
    assert not run_journal.journal.unsynced
    run_journal.close()
    resumed = Journal(tmp_path / "resumed.jsonl")
    run_journal.adopt(resumed)
    asked.clear()
    run_journal.write(named("step_started"), 1)
    assert asked == ["sync"] and resumed.unsynced
    run_journal.close()
    assert not resumed.unsynced
