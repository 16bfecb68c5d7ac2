"""Going on with a run that stopped unexpectedly: rebuilt on its agenda, then written to again.

:func:`prepare_resume` rebuilds the run (and its room: groups, turns, the
wall) from its journal on the agenda file as it is now; :func:`resume_run`
attaches the journal again at the
:class:`~facilitator.engine.resume_point.ResumePoint` and notes the
interruption (``run_resumed``); :func:`abandon` notes that a run ends here,
so it is not offered again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.engine.clock import wall_now
from facilitator.engine.events import AgendaReplaced, Log, ResumeHow, RunAbandoned, RunResumed
from facilitator.engine.journal import Journal
from facilitator.engine.replay import Replay, agenda_from_plan, replay
from facilitator.engine.resume_point import ResumePoint, wall_of
from facilitator.engine.session import RunState, SessionRun
from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked
from facilitator.room.replay import replay_room
from facilitator.room.state import RoomState

NO_AGENDA = QT_TRANSLATE_NOOP("Journal", "The session log does not say which agenda was running.")
CANNOT_OPEN_NOW = QT_TRANSLATE_NOOP(
    "Journal", "The agenda file {where} cannot be opened now: {error}"
)
CHANGED = QT_TRANSLATE_NOOP(
    "Journal", "The agenda file was changed since the run began; its new version is used."
)
NOT_UNDER_WAY = QT_TRANSLATE_NOOP(
    "Journal", "That run is not under way; there is nothing to resume."
)


class ResumeError(RuntimeError):
    """A run that cannot be resumed; the message says why, in a trainer's words."""


class AgendaUnavailable(ResumeError):
    """The run's agenda file cannot be read now and the journal holds no plan to go on with.

    Not a reason to give the run up: the file may come back (a USB stick, a
    file being saved), so the trainer is asked to try again.
    """


@dataclass
class Resumable:
    """A crashed run rebuilt on its agenda as it is on disk now, ready to go on."""

    path: Path
    log: Log
    agenda: Agenda
    rebuilt: Replay
    warnings: list[str] = field(default_factory=list)
    room: RoomState = field(default_factory=RoomState)  # the room, rebuilt from the same log
    # Why the agenda file could not be read, when the run goes on from the journal's plan.
    agenda_problem: str = ""

    @property
    def from_plan(self) -> bool:
        """Whether the agenda is the journal's plan (steps and minutes, nothing projected)."""
        return bool(self.agenda_problem)

    @property
    def last_t(self) -> int:
        """The last instant the journal recorded (about when the app stopped)."""
        assert self.rebuilt.last_t is not None
        return self.rebuilt.last_t

    def last_wall(self) -> datetime | None:
        """The real wall time of the last entry."""
        return wall_of(self.log, self.last_t, self.rebuilt.speed)


def prepare_resume(
    path: Path,
    log: Log,
    load: Callable[[Path], Agenda],
    *,
    wall: Callable[[], datetime] = wall_now,
) -> Resumable:
    """Rebuild the run in ``path`` (read as ``log``) on its agenda file, loaded with ``load``.

    If the file changed since the run began, the run is replayed on the plan
    the journal recorded and takes the file's version when it goes on. If
    the file cannot be read now (missing, or broken mid-edit), the run goes
    on from the journal's plan (:attr:`Resumable.from_plan`); without a plan,
    :class:`AgendaUnavailable`.
    """
    where = log.agenda_path
    if where is None:
        raise ResumeError(translate_marked("Journal", NO_AGENDA))
    warnings: list[str] = []
    problem = ""
    try:
        agenda = load(Path(where))
    except (AgendaError, OSError) as error:  # both mean "cannot read it"
        plan = agenda_from_plan(log.opened)
        problem = translate_marked("Journal", CANNOT_OPEN_NOW).format(
            where=where, error=_first_line(error)
        )
        if plan is None:
            raise AgendaUnavailable(problem) from None
        # No hash of a file: the file, once back, is always taken (the watcher reloads it).
        agenda = replace(plan, content_hash="")
    initial = agenda
    recorded = log.opened.hash if log.opened is not None else ""
    if not problem and recorded and recorded != agenda.content_hash:
        initial = agenda_from_plan(log.opened) or agenda
        warnings.append(translate_marked("Journal", CHANGED))

    def resolve(replaced: AgendaReplaced) -> Agenda | None:
        return agenda if replaced.hash == agenda.content_hash else None

    rebuilt = replay(initial, log, wall=wall, resolve=resolve)
    if not rebuilt.under_way or rebuilt.last_t is None:
        raise ResumeError(translate_marked("Journal", NOT_UNDER_WAY))
    room = replay_room(log)
    if problem:
        # The latest plan (a reload during the run recorded its own), nothing projected;
        # it claims no file's hash, so the file, once back, is reloaded even unchanged.
        agenda = replace(rebuilt.run.agenda, content_hash="")
        rebuilt.run.agenda = agenda
    return Resumable(
        path,
        log,
        agenda,
        rebuilt,
        [*warnings, *rebuilt.warnings, *room.warnings],
        room.state,
        agenda_problem=problem,
    )


def _first_line(error: Exception) -> str:
    """A loader's message without its list of every problem (the first says enough here)."""
    if isinstance(error, AgendaError) and error.problems:
        return str(error.problems[0])
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def resume_run(
    resumable: Resumable,
    journal: Journal,
    point: ResumePoint,
    how: ResumeHow,
    *,
    wall: datetime,
    boot: str | None,
) -> SessionRun:
    """Go on with a rebuilt run, writing to ``journal`` again.

    ``how`` is counted (the time the app was down counts as elapsed: the room
    kept going) or paused (the run is paused as of the last entry).
    """
    run = resumable.rebuilt.run
    run.journal = journal
    crash = resumable.last_t
    if how is ResumeHow.PAUSED and run.state is RunState.RUNNING:
        run.pause(crash)
    journal.write(
        RunResumed(
            crash_t=crash,
            downtime=point.downtime,
            how=how,
            boot=boot,
            offset=point.offset,
            index=run.index,
            step_id=run.step.id,
            remaining=run.timer.remaining(point.now),
        ),
        point.now,
        wall,
    )
    if run.agenda.content_hash != resumable.agenda.content_hash:
        run.replace_agenda(resumable.agenda, point.now)
    run.advance_due(point.now)  # with auto-advance, steps whose time ran out while down
    return run


def abandon(path: Path, log: Log, reason: str, wall: datetime) -> None:
    """Note in the run's journal that it ends here (at its last instant), so it is not offered
    again."""
    journal = Journal(path)
    journal.write(RunAbandoned(reason=reason), log.last_t or 0, wall)
    journal.close()
