"""Journals of runs written in code, with literal times, for report tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.events import Event, Log, Logged, RunMode, RunOpened, plan_of
from facilitator.engine.journal import Journal
from facilitator.engine.session import SessionRun
from tests.engine.factory import make_agenda

T0 = 5_000 * S
WALL = datetime(2025, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


class ListJournal(Journal):
    """A journal kept in memory as the log a reader would get back."""

    def __init__(self) -> None:
        self.log = Log()
        self.error = None

    def write(self, event: Event, now: int, wall: datetime) -> None:
        self.log.entries.append(Logged(len(self.log.entries) + 1, now, wall, event))


def record(
    script: Callable[[SessionRun], None],
    *,
    mode: str = "live",
    day: int = 0,
    agenda: Agenda | None = None,
    speed: float = 1.0,
) -> Log:
    """The journal of a run of ``agenda`` started on day ``day`` at T0, driven by ``script``."""
    agenda = agenda or make_agenda()
    wall = WALL + timedelta(days=day)
    journal = ListJournal()
    journal.write(
        RunOpened(
            mode=RunMode(mode),
            speed=speed,
            agenda=str(agenda.path),
            hash=agenda.content_hash,
            title=agenda.title,
            steps=plan_of(agenda),
        ),
        T0,
        wall,
    )
    run = SessionRun(agenda, journal=journal, wall=lambda: wall)
    run.start(T0, wall)
    script(run)
    return journal.log


def steps_taking(minutes: list[float]) -> Callable[[SessionRun], None]:
    """A script: each step takes the given minutes, then the next (the last finishes)."""

    def script(run: SessionRun) -> None:
        t = T0
        for length in minutes:
            t += round(length * M)
            run.next_step(t)

    return script


def write_jsonl(path: Path, log: Log) -> Path:
    """Write a log as a journal file."""
    journal = Journal(path)
    for entry in log.entries:
        assert entry.wall is not None
        journal.write(entry.event, entry.t, entry.wall)
    journal.close()
    return path
