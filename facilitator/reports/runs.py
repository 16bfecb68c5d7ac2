"""The recorded runs: one journal file per run in the runs folder (no Qt).

A run's id is its file name without ``.jsonl`` (its start time and agenda,
``20250301-090000-sessie-1``). Commands accept the id, a unique part of it,
``latest``, or the path of a journal file.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.agenda.load import load_agenda
from facilitator.engine.events import CLOSING, Event, Log, RunAbandoned, RunFinished, RunReopened
from facilitator.engine.journal import read_log
from facilitator.engine.replay import Replay, agenda_from_plan, replay
from facilitator.engine.resume_point import wall_of
from facilitator.reports.build import ReportError, RunReport, build_report, outcome_of
from facilitator.reports.left_out import left_out_runs
from facilitator.run_files import SUFFIX, journal_paths, latest_journals
from facilitator.run_files import new_run_path as new_run_path  # where callers look for it


class RunNotFound(LookupError):
    """No recorded run matches what was asked for; the message says why."""


@dataclass(frozen=True)
class RunInfo:
    """A recorded run, summarised for a list."""

    run_id: str
    path: Path
    title: str
    mode: str  # live, rehearsal, dry-run; ? when unreadable
    started: datetime | None
    outcome: str
    steps_done: int
    step_count: int
    warnings: tuple[str, ...] = ()


def _agenda_file(log: Log) -> Agenda | None:
    """The agenda file the run names (its first line, else its start), if it still loads."""
    where = log.agenda_path
    if where is None:
        return None
    try:
        return load_agenda(Path(where))
    except (AgendaError, OSError):
        return None


def rebuild(path: Path) -> tuple[Replay | None, Log]:
    """Replay the run in ``path`` on its recorded plan (or its agenda file); None if neither."""
    log = read_log(path)
    plan = agenda_from_plan(log.opened) or _agenda_file(log)
    if plan is None:
        return None, log
    return replay(plan, log), log


def summarise(path: Path) -> RunInfo:
    """A short description of the run recorded in ``path``."""
    rebuilt, log = rebuild(path)
    if rebuilt is None:
        title = log.opened.title if log.opened is not None and log.opened.title else ""
        if not title and log.agenda_path:
            # The first line (the plan, the title) is gone and the agenda file cannot be
            # read: the file the run's start names still tells the trainer which it was.
            title = Path(log.agenda_path).name
        return RunInfo(path.stem, path, title or "?", "?", None, "unreadable", 0, 0)
    run = rebuilt.run
    done = sum(1 for r in run.records if r.ended_at is not None)
    outcome = outcome_of(rebuilt)
    return RunInfo(
        run_id=path.stem,
        path=path,
        title=run.agenda.title,
        mode=rebuilt.mode,
        started=run.started_wall,
        outcome=outcome,
        steps_done=done,
        step_count=run.step_count,
        warnings=tuple(rebuilt.warnings),
    )


def list_runs(folder: Path) -> list[RunInfo]:
    """Every recorded run in ``folder``, oldest first."""
    runs = [summarise(p) for p in journal_paths(folder)]
    return sorted(runs, key=lambda r: (r.started is None, r.started or datetime.min, r.run_id))


def find_run(folder: Path, key: str) -> Path:
    """The journal that ``key`` names: ``latest``, an id, a unique part of one, or a path."""
    as_path = Path(key)
    if key.endswith(SUFFIX) and as_path.is_file():
        return as_path
    paths = journal_paths(folder)
    if not paths:
        raise RunNotFound(f"No runs are recorded yet (looked in {folder}).")
    if key == "latest":
        runs = [summarise(p) for p in paths]
        started = [r for r in runs if r.started is not None] or runs
        return max(started, key=lambda r: (r.started or datetime.min, r.run_id)).path
    exact = [p for p in paths if p.stem == key]
    if exact:
        return exact[0]
    matches = [p for p in paths if key in p.stem]
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = ", ".join(p.stem for p in matches[:5])
        raise RunNotFound(f"“{key}” matches several runs ({names}); give more of the name.")
    raise RunNotFound(f"There is no run “{key}”. `facilitator runs` lists the recorded runs.")


def report_for(
    path: Path, folder: Path | None = None, leave_out: Collection[str] | None = None
) -> RunReport:
    """The report of the run in ``path``, compared with the other runs in ``folder``.

    ``leave_out``: run ids not to compare with; by default those the trainer
    left out (:func:`facilitator.reports.left_out.left_out_runs`).
    """
    folder = folder if folder is not None else path.parent
    if leave_out is None:
        leave_out = left_out_runs(folder)
    log = read_log(path)
    if not log.entries:
        raise RunNotFound(f"The session log {path.name} is empty or unreadable.")
    agenda = _agenda_file(log) if agenda_from_plan(log.opened) is None else None
    earlier = []
    for other in journal_paths(folder):
        if other.resolve() == path.resolve():
            continue
        try:
            earlier.append(build_report(other.stem, read_log(other)))
        except ReportError:
            continue
    return build_report(path.stem, log, agenda=agenda, earlier=earlier, leave_out=leave_out)


# A crashed run older than this is not offered for resuming: that workshop is over.
RESUME_WITHIN = timedelta(hours=12)


def find_crashed(folder: Path, wall: datetime, within: timedelta = RESUME_WITHIN) -> Path | None:
    """The latest run in ``folder`` that stopped less than ``within`` ago in the middle.

    Stopped unexpectedly (a crash, a power cut) or quit by the trainer in the middle of
    the session: either can go on where it was. A run ended on purpose (declined, or
    another session opened) is not offered.
    """
    # Only the latest few: start-up must stay fast with hundreds of old runs.
    for path in latest_journals(folder):
        rebuilt, log = rebuild(path)
        if rebuilt is None:
            # Neither a plan nor the agenda file (a lost first line, a stick not plugged
            # in): still offered when its events say it was under way, so the trainer
            # can wait for the file rather than lose the run (quit mid-session too).
            if not _under_way_by_its_events(log) or log.last_t is None:
                continue
            last = wall_of(log, log.last_t, 1.0)
        elif not rebuilt.resumable or rebuilt.last_t is None:
            continue
        else:
            last = wall_of(log, rebuilt.last_t, rebuilt.speed)
        if last is not None and abs(wall - last) <= within:
            return path
    return None


def _under_way_by_its_events(log: Log) -> bool:
    """Started, and not finished or given up since (read without replaying it).

    A quit in the middle of the session (the app closed) still counts as under way,
    as :attr:`Replay.resumable` has it.
    """
    if log.started is None:
        return False
    last: Event | None = None
    for entry in log.entries:
        if isinstance(entry.event, (RunFinished, RunReopened, *CLOSING)):
            last = entry.event
    return not isinstance(last, (RunFinished, RunAbandoned))
