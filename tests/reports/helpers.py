"""Journals of runs written in code, with literal times, for report tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.journal import Journal
from facilitator.engine.recovery import plan_steps
from facilitator.engine.session import SessionRun
from tests.engine.factory import make_agenda

T0 = 5_000 * S
WALL = datetime(2025, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


class ListJournal(Journal):
    """A journal kept as a list of entries (what read_journal gives back)."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []
        self.error = None

    def write(self, event: str, now: int, wall: datetime, **data: Any) -> None:
        self.entries.append({"t": now, "wall": wall.isoformat(), "event": event, **data})


def record(
    script: Callable[[SessionRun], None],
    *,
    mode: str = "live",
    day: int = 0,
    agenda: Agenda | None = None,
    speed: float = 1.0,
) -> list[dict[str, Any]]:
    """The journal of a run of ``agenda`` started on day ``day`` at T0, driven by ``script``."""
    agenda = agenda or make_agenda()
    wall = WALL + timedelta(days=day)
    journal = ListJournal()
    journal.write(
        "run_opened",
        T0,
        wall,
        mode=mode,
        speed=speed,
        agenda=str(agenda.path),
        hash=agenda.content_hash,
        title=agenda.title,
        steps=plan_steps(agenda),
    )
    run = SessionRun(agenda, journal=journal, wall=lambda: wall)
    run.start(T0, wall)
    script(run)
    return journal.entries


def steps_taking(minutes: list[float]) -> Callable[[SessionRun], None]:
    """A script: each step takes the given minutes, then the next (the last finishes)."""

    def script(run: SessionRun) -> None:
        t = T0
        for length in minutes:
            t += round(length * M)
            run.next_step(t)

    return script


def write_jsonl(path: Path, entries: list[dict[str, Any]]) -> Path:
    """Write entries as a journal file."""
    journal = Journal(path)
    for entry in entries:
        data = {k: v for k, v in entry.items() if k not in ("t", "wall", "event")}
        journal.write(entry["event"], entry["t"], datetime.fromisoformat(entry["wall"]), **data)
    journal.close()
    return path
