"""Faults under a running session: a full disk, a read-only data folder, the agenda file
deleted or replaced by garbage. Each time nothing is lost and the session runs on.

The real app (both windows, offscreen) runs on a fake clock; faults are
injected where the operating system reports them (``os.write`` failing with
ENOSPC, ``os.open`` with EROFS, for the run folder only: the tests run as
any user, root included, whom a read-only mode would not stop), and once in a
child process whose files may not grow past a few hundred bytes
(``RLIMIT_FSIZE``: a disk full without root). "Nothing lost": every entry
the app gave its journal is in the file, whole and in order, once the fault
is gone. Elsewhere: SIGKILL mid-step and resume (tests/e2e/test_crash_recovery.py),
the projector's monitor unplugged and plugged back mid-step
(tests/xvfb/test_xvfb_hotplug.py, tests/ui/test_hotplug.py).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.engine.events import encode
from facilitator.engine.journal import Journal, read_journal
from facilitator.engine.session import RunState
from facilitator.paths import default_agenda
from facilitator.reports.runs import report_for
from facilitator.ui.app import FacilitatorApp
from tests.ui.console_fixtures import tmp_settings

__all__ = ["tmp_settings"]

# Faults are injected by the file's name in /proc (which file an fd is), and the
# child's file size limit is RLIMIT_FSIZE: Linux.
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

START = 10**13


@dataclass
class Fault:
    """Makes the run folder fail as a full disk or a read-only file system, while on."""

    runs: Path
    kind: str = ""  # "", "full" or "read-only"
    refused: int = 0

    def ours(self, target: str) -> bool:
        return Path(target).resolve().is_relative_to(self.runs.resolve())

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_write, real_open = os.write, os.open

        def write(fd: int, data: bytes | bytearray | memoryview) -> int:
            if self.kind and self.ours(os.readlink(f"/proc/self/fd/{fd}")):
                self.refused += 1
                if self.kind == "full" and self.refused == 1 and len(data) > 1:
                    return real_write(fd, bytes(data)[: len(data) // 2])  # half fits
                code = errno.ENOSPC if self.kind == "full" else errno.EROFS
                raise OSError(code, os.strerror(code))
            return real_write(fd, data)

        def open_(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
            writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
            if self.kind == "read-only" and writing and self.ours(os.fspath(path)):
                self.refused += 1
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
            return real_open(path, flags, mode, **kwargs)

        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(os, "open", open_)


@dataclass
class Room:
    """The app on a fake clock, and every entry it handed to a journal."""

    app: FacilitatorApp
    clock: FakeClock
    given: list[dict[str, Any]] = field(default_factory=list)

    def advance(self, ns: int) -> None:
        self.clock.advance(ns)
        self.app.controller.refresh()

    def shown(self) -> tuple[str, str]:
        """The countdown on the console and on the projector."""
        return (self.app.presenter.countdown.digits.text(), self.app.projector.canvas.timer_text)

    def journal(self) -> Path:
        journal = self.app.controller.journal
        assert journal is not None
        return journal.path

    def nothing_lost(self) -> None:
        """Every entry handed to the journal is in its file, whole, in order."""
        read = read_journal(self.journal())
        assert read.warnings == []
        assert read.events == self.given
        report = report_for(self.journal())
        assert report.steps[0].actual is not None


@pytest.fixture
def room(qtbot: QtBot, tmp_settings: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Room]:
    clock = FakeClock(START)
    made = Room(FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=clock), clock)
    real_write = Journal.write

    def write(journal: Journal, event: Any, now: int, wall: Any) -> None:
        made.given.append(json.loads(json.dumps(encode(event, now, wall), default=str)))
        real_write(journal, event, now, wall)

    monkeypatch.setattr(Journal, "write", write)
    made.app.presenter.confirm_quit = False
    qtbot.addWidget(made.app.presenter)
    qtbot.addWidget(made.app.projector)
    made.app.show()
    yield made
    made.app.controller.shutdown()


@pytest.fixture
def fault(tmp_settings: Path, monkeypatch: pytest.MonkeyPatch) -> Fault:
    made = Fault(Path(os.environ["FACILITATOR_DATA_DIR"]) / "runs")
    made.runs.mkdir(parents=True, exist_ok=True)
    made.install(monkeypatch)
    return made


def test_a_full_disk_loses_nothing_and_the_session_runs_on(room: Room, fault: Fault) -> None:
    controller, presenter = room.app.controller, room.app.presenter
    controller.start()
    room.advance(90 * SECOND)
    fault.kind = "full"
    controller.add_minute()  # half of its line fits, then the disk is full
    room.advance(40 * SECOND)
    controller.projector.next_item()
    controller.next_step()
    room.advance(200 * SECOND)
    assert fault.refused > 2
    assert "disk full?" in presenter.journal_label.text()
    assert "the session goes on and nothing is lost yet" in presenter.journal_label.text()
    assert controller.run.state is RunState.RUNNING and controller.run.index == 1
    assert room.shown() == ("11:40", "11:40")  # a 15-minute step, 3:20 in
    fault.kind = ""  # space again: the next entry takes every kept one with it
    controller.pause()
    room.nothing_lost()
    assert presenter.journal_label.text() == ""  # the console no longer says it failed


def test_a_read_only_data_folder_loses_nothing_and_the_session_runs_on(
    room: Room, fault: Fault
) -> None:
    controller, presenter = room.app.controller, room.app.presenter
    fault.kind = "read-only"
    controller.start()  # no journal file can be made
    room.advance(2 * MINUTE)
    controller.remove_minute()
    room.advance(30 * SECOND)
    assert fault.refused >= 2
    assert "read-only file system" in presenter.journal_label.text()
    assert room.shown() == ("6:30", "6:30")
    assert not any(room.journal().parent.iterdir())
    fault.kind = ""  # the stick is writable again (or the trainer freed the folder)
    controller.next_step()
    room.nothing_lost()
    assert presenter.journal_label.text() == ""
    assert room.shown() == ("15:00", "15:00")


def test_the_agenda_deleted_or_garbage_while_open_keeps_the_session(
    room: Room, qtbot: QtBot, tmp_path: Path
) -> None:
    source = default_agenda()
    folder = tmp_path / "stick"
    folder.mkdir()
    for path in source.parent.glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    agenda = folder / source.name
    room.app.open_agenda(agenda)
    controller, presenter = room.app.controller, room.app.presenter
    original = controller.agenda
    controller.start()
    room.advance(3 * MINUTE)
    # Saved half-way by an editor: garbage where the agenda was.
    agenda.write_bytes(b"\x00\xff garbage: [unclosed\n\t- :\n")
    qtbot.waitUntil(lambda: presenter.notice.kind == "error", timeout=15_000)
    assert controller.agenda is original
    room.advance(MINUTE)
    assert room.shown() == ("6:00", "6:00")
    # Deleted (the stick pulled out): the session goes on with the version loaded.
    agenda.unlink()
    qtbot.wait(600)  # the watcher's settle time and more: nothing may happen
    room.advance(MINUTE)
    controller.next_step()
    room.advance(MINUTE)
    assert controller.agenda is original
    assert controller.run.state is RunState.RUNNING
    assert room.shown() == ("14:00", "14:00")
    room.nothing_lost()
    assert [step.status for step in report_for(room.journal()).steps][:2] == ["done", "current"]


# --- a disk full for a real app process -------------------------------------------------

AGENDA = """\
format: 1
title: Volle schijf
duration: 2.04
steps:
  - id: een
    title: Een
    minutes: 0.02
  - id: twee
    title: Twee
    minutes: 0.02
  - id: drie
    title: Drie
    minutes: 2
"""
LIMIT = 1_200  # bytes: the journal's first few lines fit, the rest of the run does not


def limit_file_size() -> None:
    """In the child: no file may grow past LIMIT (writes beyond fail with EFBIG)."""
    import resource  # POSIX only

    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def test_a_process_whose_disk_is_full_runs_on_and_its_journal_stays_readable(
    tmp_path: Path,
) -> None:
    agenda = tmp_path / "vol.yaml"
    agenda.write_text(AGENDA, encoding="utf-8")
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_DATA_DIR": str(data),
        "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    options = ["--start", "--auto-advance", "--quit-after", "4", "--recover", "never"]
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", str(agenda), *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_file_size,
    )
    # Not killed (SIGXFSZ), no traceback: the session ran through its steps and quit.
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    (journal,) = (data / "runs").glob("*.jsonl")
    assert 0 < journal.stat().st_size <= LIMIT
    read = read_journal(journal)
    assert read.events and read.events[0]["event"] == "run_opened"
    # Started again without the limit: the run is there, with what the disk took.
    report = report_for(journal)
    assert report.title == "Volle schijf"
