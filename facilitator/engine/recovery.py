"""Rebuilding a run from its journal: for crash recovery and for reports (pure).

:func:`replay` feeds the journal's events back into a fresh
:class:`~facilitator.engine.session.SessionRun` through its public commands,
at the recorded instants, so the rebuilt run is exactly the run that was
recorded (same steps, timers, adjustments, projected item).

Events that are consequences of a command (a step's timer starting when the
session moves to it, pausing when the session leaves it) are recognised and
not replayed twice. A session-level pause is a ``step_paused`` that is not
part of a move: the next event at the same instant is not ``step_ended``,
``step_changed`` or ``run_finished``.

Time the app was down: the journal's instants are one timeline. On the same
boot at real speed the monotonic clock simply goes on (an offset carried from
an earlier resume included). Otherwise (a reboot, or a ``--speed`` dry run,
whose scaled clock starts afresh in every process) the downtime comes from the
wall clock: the real wall time of the last entry is the wall time of the
session's start plus the instants since then, divided by the speed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.agenda.model import Session, Step
from facilitator.engine.clock import wall_now
from facilitator.engine.journal import Journal
from facilitator.engine.session import RunState, SessionRun
from facilitator.engine.timer import TimerError

# Events after which a run under way did not crash: the trainer ended it.
CLOSED_EVENTS = frozenset({"app_closed", "run_abandoned"})
_MOVES = frozenset({"step_ended", "step_changed", "run_finished"})


@dataclass
class Replay:
    """A run rebuilt from its journal, and what the run's events say besides."""

    run: SessionRun
    opened: dict[str, Any]  # the run_opened entry ({} when there is none)
    blank: bool = False
    last_t: int | None = None  # the latest instant in the journal
    last_event: str | None = None  # the last event that is not a heartbeat
    # Per step: session pauses that began while it was current (start, end or None).
    pauses: list[list[tuple[int, int | None]]] = field(default_factory=list)
    # Per step: time added or removed by the trainer (restarts not included).
    adjustments: list[int] = field(default_factory=list)
    restarts: list[int] = field(default_factory=list)
    # (instant the app was last seen, downtime in ns, "counted" | "paused")
    interruptions: list[tuple[int, int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def under_way(self) -> bool:
        """Whether the run had started and had not finished."""
        return self.run.state in (RunState.RUNNING, RunState.PAUSED)

    @property
    def crashed(self) -> bool:
        """Under way, and not closed by the trainer: the app stopped unexpectedly."""
        return self.under_way and self.last_event not in CLOSED_EVENTS

    @property
    def mode(self) -> str:
        """live, rehearsal or dry-run (live when the journal does not say)."""
        return str(self.opened.get("mode", "live"))

    @property
    def speed(self) -> float:
        """How many times faster than real time the run's clock ran."""
        value = self.opened.get("speed", 1.0)
        return float(value) if isinstance(value, int | float) and value > 0 else 1.0


def plan_steps(agenda: Agenda) -> list[dict[str, Any]]:
    """The plan of an agenda as the journal records it: id, title, minutes per step."""
    return [{"id": s.id, "title": s.title, "minutes": s.minutes} for s in agenda.steps]


def agenda_from_plan(opened: dict[str, Any]) -> Agenda | None:
    """An agenda with just the planned steps recorded in a run_opened entry, or None."""
    steps = opened.get("steps")
    if not isinstance(steps, list) or not steps:
        return None
    try:
        models = [
            Step(id=str(s["id"]), title=str(s["title"]), minutes=float(s["minutes"])) for s in steps
        ]
        session = Session(
            format=1,
            title=str(opened.get("title") or "Session"),
            duration=sum(s.minutes for s in models),
            steps=models,
        )
    except (KeyError, TypeError, ValueError):
        return None
    return Agenda(
        path=Path(str(opened.get("agenda", "agenda.yaml"))),
        session=session,
        content_hash=str(opened.get("hash", "")),
    )


def parse_wall(text: object) -> datetime | None:
    """A journal's wall time, or None when it is missing or not a time."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.astimezone()


def replay(
    agenda: Agenda,
    events: Sequence[dict[str, Any]],
    *,
    auto_advance: bool | None = None,
    wall: Callable[[], datetime] = wall_now,
    resolve: Callable[[dict[str, Any]], Agenda | None] | None = None,
) -> Replay:
    """Rebuild the run of ``agenda`` that ``events`` recorded (without a journal attached).

    ``auto_advance`` defaults to what the run recorded. When the agenda was
    replaced during the run, ``resolve`` gives the new version for an
    ``agenda_replaced`` entry (default: the plan the entry records). An event
    that does not fit (a step the agenda lacks, time going backwards) is
    skipped with a warning.
    """
    opened = next((e for e in events if e.get("event") == "run_opened"), {})
    started = next((e for e in events if e.get("event") == "run_started"), {})
    if auto_advance is None:
        auto_advance = bool(started.get("auto_advance", False))
    run = SessionRun(agenda, auto_advance=auto_advance, wall=wall)
    result = Replay(
        run=run,
        opened=opened,
        pauses=[[] for _ in agenda.steps],
        adjustments=[0] * len(agenda.steps),
        restarts=[0] * len(agenda.steps),
    )
    for position, entry in enumerate(events):
        t = entry.get("t")
        name = entry.get("event")
        if not isinstance(t, int) or isinstance(t, bool):
            result.warnings.append(f"An entry of the session log has no time ({name}); skipped.")
            continue
        result.last_t = t if result.last_t is None else max(result.last_t, t)
        if name != "heartbeat":
            result.last_event = str(name)
        following = events[position + 1] if position + 1 < len(events) else {}
        try:
            if name == "agenda_replaced":
                _replace(result, entry, t, resolve)
            else:
                _apply(result, entry, t, following)
        except (TimerError, IndexError, KeyError, TypeError, ValueError) as error:
            result.warnings.append(f"The session log's “{name}” at {t} does not fit: {error}")
    return result


def _apply(result: Replay, entry: dict[str, Any], t: int, following: dict[str, Any]) -> None:
    run = result.run
    name = entry["event"]
    before = run.state
    index = run.index
    if name == "run_started":
        run.start(t, parse_wall(entry.get("wall")))
    elif name == "step_paused":
        part_of_move = following.get("event") in _MOVES and following.get("t") == t
        if not part_of_move:
            run.pause(t)
    elif name in ("step_resumed", "step_started"):
        if run.state is RunState.PAUSED:
            run.resume(t)
    elif name == "step_changed":
        run.go_to_step(int(entry["to"]), t, auto=bool(entry.get("auto", False)))
    elif name == "run_finished":
        run.finish(t, auto=bool(entry.get("auto", False)))
    elif name == "run_reopened":
        run.previous_step(t)
    elif name in ("time_added", "remaining_set"):
        delta = int(entry["delta"])
        run.add_time(delta, t)
        result.adjustments[run.index] += delta
    elif name == "plan_adjusted":
        target = int(entry["index"])
        run.adjust_step(target, int(entry["delta"]), t)
        result.adjustments[target] += int(entry["delta"])
    elif name == "step_restarted":
        run.restart_step(t)
        result.restarts[run.index] += 1
    elif name == "item_changed":
        # A plan-only agenda (for reports) knows no projected items: nothing to show.
        if run.item_count and int(entry.get("index", run.index)) == run.index:
            run.go_to_item(int(entry["item"]), t)
    elif name == "blank_changed":
        result.blank = bool(entry.get("blank"))
    elif name == "run_resumed":
        result.interruptions.append(
            (int(entry["crash_t"]), int(entry["downtime"]), str(entry.get("how", "counted")))
        )
    _track_pause(result, before, index, t)


def _replace(
    result: Replay,
    entry: dict[str, Any],
    t: int,
    resolve: Callable[[dict[str, Any]], Agenda | None] | None,
) -> None:
    """A new version of the agenda during the run: per-step figures follow the step ids."""
    run = result.run
    new = resolve(entry) if resolve is not None else None
    if new is None:
        new = agenda_from_plan({"title": run.agenda.title, **entry})
    if new is None:
        result.warnings.append("The agenda was changed during the run, but the log lacks its plan.")
        return
    old_ids = [record.step_id for record in run.records]
    run.replace_agenda(new, t)
    by_id = dict(
        zip(
            old_ids,
            zip(result.pauses, result.adjustments, result.restarts, strict=True),
            strict=True,
        )
    )
    kept = [by_id.get(step.id, ([], 0, 0)) for step in new.steps]
    result.pauses = [list(k[0]) for k in kept]
    result.adjustments = [k[1] for k in kept]
    result.restarts = [k[2] for k in kept]


def _track_pause(result: Replay, before: RunState, index: int, t: int) -> None:
    """Open or close a session pause when the run's state changed."""
    after = result.run.state
    if before is RunState.RUNNING and after is RunState.PAUSED:
        result.pauses[index].append((t, None))
    elif before is RunState.PAUSED and after is not RunState.PAUSED:
        for intervals in result.pauses:
            if intervals and intervals[-1][1] is None:
                intervals[-1] = (intervals[-1][0], t)


# --- resuming ------------------------------------------------------------


@dataclass(frozen=True)
class ResumePoint:
    """Where a resumed run's timeline goes on: the instant now, and the time missed."""

    now: int  # the journal timeline's instant at the resume
    downtime: int  # ns of the run's clock between the last entry and the resume
    offset: int  # add to this process's monotonic clock to get the timeline (speed 1)


def wall_of(events: Iterable[dict[str, Any]], instant: int, speed: float) -> datetime | None:
    """The real wall time of a timeline ``instant``, from the run's start."""
    # run_started's instant and wall time were taken together; run_opened's nearly so.
    for name in ("run_started", "run_opened"):
        for entry in events:
            moment = parse_wall(entry.get("wall"))
            t = entry.get("t")
            if moment is not None and isinstance(t, int) and entry.get("event") == name:
                return moment + timedelta(microseconds=(instant - t) / speed / 1000)
    return None


def clock_link(events: Sequence[dict[str, Any]]) -> tuple[str | None, int]:
    """The boot id and monotonic offset the timeline was last recorded with."""
    boot: str | None = None
    offset = 0
    for entry in events:
        if entry.get("event") in ("run_opened", "run_resumed"):
            boot = entry.get("boot") if isinstance(entry.get("boot"), str) else None
            raw = entry.get("offset", 0)
            offset = raw if isinstance(raw, int) else 0
    return boot, offset


def resume_point(
    events: Sequence[dict[str, Any]],
    last_t: int,
    *,
    speed: float,
    boot: str | None,
    monotonic_now: int,
    wall: datetime,
) -> ResumePoint:
    """Where the timeline stands now, ``last_t`` being the last instant recorded.

    Same boot and real speed: the monotonic clock tells (the offset of an
    earlier resume included). Otherwise: the wall clock, scaled by ``speed``.
    Never before ``last_t`` (a wall clock set back does not undo time).
    """
    recorded_boot, offset = clock_link(events)
    if speed == 1.0 and boot is not None and boot == recorded_boot:
        now = monotonic_now + offset
    else:
        last_wall = wall_of(events, last_t, speed)
        down = (wall - last_wall).total_seconds() if last_wall is not None else 0.0
        now = last_t + round(max(0.0, down) * 1e9 * speed)
    now = max(now, last_t)
    return ResumePoint(now=now, downtime=now - last_t, offset=now - monotonic_now)


def boot_id() -> str | None:
    """This boot's id (Linux), so a resume knows the monotonic clock did not restart."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


# --- resuming a crashed run ----------------------------------------------


class ResumeError(RuntimeError):
    """A run that cannot be resumed; the message says why, in a trainer's words."""


@dataclass
class Resumable:
    """A crashed run rebuilt on its agenda as it is on disk now, ready to go on."""

    path: Path
    events: list[dict[str, Any]]
    agenda: Agenda
    rebuilt: Replay
    warnings: list[str] = field(default_factory=list)

    @property
    def last_t(self) -> int:
        """The last instant the journal recorded (about when the app stopped)."""
        assert self.rebuilt.last_t is not None
        return self.rebuilt.last_t

    def last_wall(self) -> datetime | None:
        """The real wall time of the last entry."""
        return wall_of(self.events, self.last_t, self.rebuilt.speed)


def prepare_resume(
    path: Path,
    events: list[dict[str, Any]],
    load: Callable[[Path], Agenda],
    *,
    wall: Callable[[], datetime] = wall_now,
) -> Resumable:
    """Rebuild the run in ``path`` on its agenda file, loaded with ``load``.

    If the file changed since the run began, the run is replayed on the plan
    the journal recorded and takes the file's version when it goes on.
    """
    opened = next((e for e in events if e.get("event") == "run_opened"), {})
    where = opened.get("agenda")
    if not isinstance(where, str):
        raise ResumeError("The session log does not say which agenda was running.")
    try:
        agenda = load(Path(where))
    except (AgendaError, OSError) as error:  # both mean "cannot read it"
        raise ResumeError(f"The agenda {where} cannot be opened any more: {error}") from None
    warnings: list[str] = []
    initial: Agenda | None = agenda
    if opened.get("hash") and opened.get("hash") != agenda.content_hash:
        initial = agenda_from_plan(opened) or agenda
        warnings.append("The agenda file was changed since the run began; its new version is used.")
    assert initial is not None

    def resolve(entry: dict[str, Any]) -> Agenda | None:
        return agenda if entry.get("hash") == agenda.content_hash else None

    rebuilt = replay(initial, events, wall=wall, resolve=resolve)
    if not rebuilt.under_way or rebuilt.last_t is None:
        raise ResumeError("That run is not under way; there is nothing to resume.")
    return Resumable(path, events, agenda, rebuilt, [*warnings, *rebuilt.warnings])


def resume_run(
    resumable: Resumable,
    journal: Journal,
    point: ResumePoint,
    how: str,
    *,
    wall: datetime,
    boot: str | None,
) -> SessionRun:
    """Go on with a rebuilt run, writing to ``journal`` again.

    ``how`` is ``counted`` (the time the app was down counts as elapsed: the
    room kept going) or ``paused`` (the run is paused as of the last entry).
    """
    run = resumable.rebuilt.run
    run.journal = journal
    crash = resumable.last_t
    if how == "paused" and run.state is RunState.RUNNING:
        run.pause(crash)
    journal.write(
        "run_resumed",
        point.now,
        wall,
        crash_t=crash,
        downtime=point.downtime,
        how=how,
        boot=boot,
        offset=point.offset,
        index=run.index,
        step_id=run.step.id,
        remaining=run.timer.remaining(point.now),
    )
    if run.agenda.content_hash != resumable.agenda.content_hash:
        run.replace_agenda(resumable.agenda, point.now)
    run.advance_due(point.now)  # with auto-advance, steps whose time ran out while down
    return run
