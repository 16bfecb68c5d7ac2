"""What the start window lists: the bundled sessions, the trainer's own, the recent runs (pure).

Sessions are named by their ``short_title`` ("Sessie 1 · Genderbewuste outreach
en curricula"), read from the files' top lines without loading them, so the
window opens at once. Recent runs come from the journals, the latest first.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.i18n import translate
from facilitator.paths import (
    BundledSession,
    bundled_sessions,
    is_library_file,
    read_bundled,
)
from facilitator.reports.build import outcome_of
from facilitator.reports.runs import rebuild
from facilitator.reports.texts import mode_name, outcome_name
from facilitator.run_files import journal_paths
from facilitator.timefmt import moment

#: How many recent runs the start window lists.
RECENT_RUNS = 8


@dataclass(frozen=True)
class SessionEntry:
    """A session file as a list shows it."""

    path: Path
    name: str  # the short name
    title: str
    language: str  # the language's own name: "Nederlands"
    bundled: bool
    changed: datetime | None = None  # when the trainer's own file was last saved


def _entry(
    summary: BundledSession, *, bundled: bool, changed: datetime | None = None
) -> SessionEntry:
    return SessionEntry(
        path=summary.path,
        name=summary.short_name,
        title=summary.title,
        language=summary.language_name,
        bundled=bundled,
        changed=changed,
    )


def bundled_entries() -> list[SessionEntry]:
    """The sessions shipped with the app, the Dutch first."""
    return [_entry(summary, bundled=True) for summary in bundled_sessions()]


def _modified(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


def own_entries(folder: Path) -> list[SessionEntry]:
    """The trainer's own sessions in ``folder`` (their sessions folder), the latest saved first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.rglob("*.yaml"):
        if path.name.startswith(".") or is_library_file(path):
            continue
        try:
            summary = read_bundled(path)
        except OSError:
            continue
        found.append(_entry(summary, bundled=False, changed=_modified(path)))
    return sorted(found, key=lambda e: e.changed or datetime.min, reverse=True)


@dataclass(frozen=True)
class RecentRun:
    """A recorded run, for the list of recent runs."""

    journal: Path
    title: str
    mode: str  # "Live session", "Rehearsal", "Dry run"
    started: datetime | None
    outcome: str  # finished, not started, interrupted, closed, unreadable
    steps_done: int
    step_count: int
    agenda: Path | None  # the session file it ran, if it still exists

    @property
    def line(self) -> str:
        """'2026-03-03 09:02 · Live session · finished, 6 of 6 steps'."""
        values = {
            "mode": self.mode,
            "outcome": outcome_name(self.outcome),
            "done": self.steps_done,
            "count": self.step_count,
        }
        if self.started is None:
            text = translate("Start", "Not started · {mode} · {outcome}, {done} of {count} steps")
            return text.format(**values)
        text = translate("Start", "{when} · {mode} · {outcome}, {done} of {count} steps")
        return text.format(when=moment(self.started), **values)


def _mtime(path: Path) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


def recent_runs(folder: Path, limit: int = RECENT_RUNS) -> list[RecentRun]:
    """The latest ``limit`` runs recorded in ``folder`` that started, the latest first."""
    found: list[RecentRun] = []
    for path in sorted(journal_paths(folder), key=_mtime, reverse=True):
        if len(found) >= limit:
            break
        rebuilt, log = rebuild(path)
        opened = log.opened
        agenda = Path(opened.agenda) if opened is not None and opened.agenda else None
        if agenda is not None and not agenda.exists():
            agenda = None
        if rebuilt is None:
            continue
        run = rebuilt.run
        if run.started_wall is None:
            continue  # opened and never started: nothing happened worth listing
        found.append(
            RecentRun(
                journal=path,
                title=run.agenda.title,
                mode=mode_name(rebuilt.mode),
                started=run.started_wall,
                outcome=outcome_of(rebuilt),
                steps_done=sum(1 for r in run.records if r.ended_at is not None),
                step_count=run.step_count,
                agenda=agenda,
            )
        )
    return found
