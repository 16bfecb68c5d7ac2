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
from dataclasses import dataclass, field
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
CANNOT_OPEN = QT_TRANSLATE_NOOP("Journal", "The agenda {where} cannot be opened any more: {error}")
CHANGED = QT_TRANSLATE_NOOP(
    "Journal", "The agenda file was changed since the run began; its new version is used."
)
NOT_UNDER_WAY = QT_TRANSLATE_NOOP(
    "Journal", "That run is not under way; there is nothing to resume."
)


class ResumeError(RuntimeError):
    """A run that cannot be resumed; the message says why, in a trainer's words."""


@dataclass
class Resumable:
    """A crashed run rebuilt on its agenda as it is on disk now, ready to go on."""

    path: Path
    log: Log
    agenda: Agenda
    rebuilt: Replay
    warnings: list[str] = field(default_factory=list)
    room: RoomState = field(default_factory=RoomState)  # the room, rebuilt from the same log

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
    the journal recorded and takes the file's version when it goes on.
    """
    where = log.agenda_path
    if where is None:
        raise ResumeError(translate_marked("Journal", NO_AGENDA))
    try:
        agenda = load(Path(where))
    except (AgendaError, OSError) as error:  # both mean "cannot read it"
        raise ResumeError(
            translate_marked("Journal", CANNOT_OPEN).format(where=where, error=error)
        ) from None
    warnings: list[str] = []
    initial = agenda
    recorded = log.opened.hash if log.opened is not None else ""
    if recorded and recorded != agenda.content_hash:
        initial = agenda_from_plan(log.opened) or agenda
        warnings.append(translate_marked("Journal", CHANGED))

    def resolve(replaced: AgendaReplaced) -> Agenda | None:
        return agenda if replaced.hash == agenda.content_hash else None

    rebuilt = replay(initial, log, wall=wall, resolve=resolve)
    if not rebuilt.under_way or rebuilt.last_t is None:
        raise ResumeError(translate_marked("Journal", NOT_UNDER_WAY))
    room = replay_room(log)
    return Resumable(
        path, log, agenda, rebuilt, [*warnings, *rebuilt.warnings, *room.warnings], room.state
    )


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
