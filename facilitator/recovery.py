"""At start-up: the run that stopped unexpectedly, found, then resumed or abandoned (pure).

:func:`find_recovery` looks for the latest run that crashed (a crash, a
power cut) and rebuilds it; a run that cannot go on is noted as abandoned
at once. The trainer's answer (or ``--recover``) then goes to :func:`accept`,
which builds the clock the run goes on with, or to :func:`decline`, which
notes that the run ends there. Only the question is asked in Qt
(``ui/dialogs/recovery_dialog.py``); :func:`describe` words it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import Clock
from facilitator.engine.events import ResumeHow, RunMode
from facilitator.engine.journal import read_log
from facilitator.engine.resume import (
    AgendaUnavailable,
    Resumable,
    ResumeError,
    abandon,
    prepare_resume,
)
from facilitator.engine.resume_point import ResumePoint, resume_clock, resume_point
from facilitator.engine.session import RunState
from facilitator.engine.timer import display_seconds
from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked
from facilitator.reports.runs import find_crashed
from facilitator.reports.texts import mode_name
from facilitator.timefmt import ago_text, clock_time, countdown

DECLINED = "the trainer chose not to resume it"
FROM_PLAN = QT_TRANSLATE_NOOP(
    "Recovery",
    "{problem}. The session log holds its plan (the steps, their minutes and the time so "
    "far), so the session can go on from it; what the steps show on the projector "
    "(questions, hand-outs, cards) is missing until the file is back, and it is taken as "
    "soon as it is. Or wait for the file (a USB stick not yet plugged in, a file still being "
    "saved) and try again.",
)
RUNNING_FROM_PLAN = QT_TRANSLATE_NOOP(
    "Recovery",
    "{problem}. The session goes on from the plan in its log; what the steps show on the "
    "projector is missing until the file is back, and it is taken as soon as it is.",
)
WAIT_FOR_FILE = QT_TRANSLATE_NOOP(
    "Recovery",
    "{problem}. Wait for the file (a USB stick not yet plugged in, a file still being saved) "
    "and try again, or start afresh, which ends that session for good.",
)


@dataclass
class Recovery:
    """A crashed run the trainer chose to resume, and how."""

    resumable: Resumable
    how: ResumeHow
    options: AppOptions  # the run's own: its agenda, speed, mode, auto-advance
    clock: Clock  # this process's clock, shifted onto the run's timeline
    point: ResumePoint
    boot: str | None


@dataclass(frozen=True)
class Unresumable:
    """A run that stopped unexpectedly but cannot go on (noted as abandoned, unless ``wait``)."""

    path: Path
    message: str  # why, in a trainer's words
    # The agenda file cannot be read now and the log has no plan: it may come back, so the
    # run is not given up; the trainer may try again, or start afresh (:func:`give_up`).
    wait: bool = False


def resume_how(recover: str) -> ResumeHow | None:
    """What ``--recover`` chose: a way to resume, or None (ask, or never)."""
    return ResumeHow(recover) if recover in set(ResumeHow) else None


def find_recovery(
    folder: Path, wall: datetime, load: Callable[[Path], Agenda]
) -> Resumable | Unresumable | None:
    """The latest run in ``folder`` that stopped unexpectedly, rebuilt; None if there is none."""
    path = find_crashed(folder, wall)
    if path is None:
        return None
    log = read_log(path)
    try:
        return prepare_resume(path, log, load)
    except AgendaUnavailable as error:
        return Unresumable(path, str(error), wait=True)  # never given up without asking
    except ResumeError as error:
        abandon(path, log, str(error), wall)
        return Unresumable(path, str(error))


def decline(resumable: Resumable, wall: datetime) -> None:
    """The trainer chose to start afresh: the run ends here and is not offered again."""
    abandon(resumable.path, resumable.log, DECLINED, wall)


def give_up(unresumable: Unresumable, wall: datetime) -> None:
    """The trainer chose to start afresh rather than wait for the agenda file."""
    abandon(unresumable.path, read_log(unresumable.path), DECLINED, wall)


def from_plan_words(resumable: Resumable) -> str:
    """What the offer adds when the run would go on from the journal's plan ("" otherwise)."""
    if not resumable.from_plan:
        return ""
    return translate_marked("Recovery", FROM_PLAN).format(
        problem=resumable.agenda_problem.rstrip(".")
    )


def running_from_plan_words(resumable: Resumable) -> str:
    """The console's notice while a resumed run goes on from its plan ("" otherwise)."""
    if not resumable.from_plan:
        return ""
    return translate_marked("Recovery", RUNNING_FROM_PLAN).format(
        problem=resumable.agenda_problem.rstrip(".")
    )


def wait_words(unresumable: Unresumable) -> str:
    """The question when the run can only wait for its agenda file."""
    return translate_marked("Recovery", WAIT_FOR_FILE).format(
        problem=unresumable.message.rstrip(".")
    )


def accept(
    resumable: Resumable,
    how: ResumeHow,
    options: AppOptions,
    *,
    monotonic: Clock,
    wall: datetime,
    boot: str | None,
) -> Recovery:
    """Go on with ``resumable``: the run's own options, and the clock its timeline goes on with.

    Measured at the call, after the trainer answered: the time spent deciding
    counts too.
    """
    rebuilt = resumable.rebuilt
    started = resumable.log.started
    run_options = replace(
        options,
        agenda=resumable.agenda.path,
        speed=rebuilt.speed,
        start=False,
        auto_advance=started.auto_advance if started is not None else False,
        rehearsal=rebuilt.mode is RunMode.REHEARSAL,
    )
    point = resume_point(
        resumable.log,
        resumable.last_t,
        speed=rebuilt.speed,
        boot=boot,
        monotonic_now=monotonic.now(),
        wall=wall,
    )
    clock = resume_clock(monotonic, point, rebuilt.speed)
    return Recovery(resumable, how, run_options, clock, point, boot)


def describe(resumable: Resumable, wall: datetime) -> str:
    """What stopped, where and when, in a trainer's words (plain text)."""
    rebuilt = resumable.rebuilt
    run = rebuilt.run
    last = resumable.last_wall()
    left = run.timer.remaining(resumable.last_t)
    values = {
        "title": run.agenda.title,
        "mode": mode_name(rebuilt.mode).lower(),
        "number": run.index + 1,
        "count": run.step_count,
        "step": run.step.title,
        "left": countdown(display_seconds(left)),
    }
    paused = run.state is RunState.PAUSED
    key = (rebuilt.closed_under_way, last is not None, paused)
    text = translate_marked("Recovery", _DESCRIPTIONS[key])
    if last is None:
        return text.format(**values)
    minutes = max(0, round((wall - last).total_seconds() / 60))
    return text.format(time=clock_time(last), ago=ago_text(minutes), **values)


# (closed by the trainer, time known, paused) → the whole sentence, so that a
# translation words each case in its own order.
_DESCRIPTIONS: dict[tuple[bool, bool, bool], str] = {
    (False, False, True): QT_TRANSLATE_NOOP(
        "Recovery",
        "“{title}” ({mode}) stopped unexpectedly at an unknown time, during step "
        "{number} of {count}, “{step}”, with {left} left (paused).",
    ),
    (False, False, False): QT_TRANSLATE_NOOP(
        "Recovery",
        "“{title}” ({mode}) stopped unexpectedly at an unknown time, during step "
        "{number} of {count}, “{step}”, with {left} left (running).",
    ),
    (False, True, True): QT_TRANSLATE_NOOP(
        "Recovery",
        "“{title}” ({mode}) stopped unexpectedly at {time} ({ago}), during step "
        "{number} of {count}, “{step}”, with {left} left (paused).",
    ),
    (False, True, False): QT_TRANSLATE_NOOP(
        "Recovery",
        "“{title}” ({mode}) stopped unexpectedly at {time} ({ago}), during step "
        "{number} of {count}, “{step}”, with {left} left (running).",
    ),
    (True, False, True): QT_TRANSLATE_NOOP(
        "Recovery",
        "“{title}” ({mode}) was closed at an unknown time in the middle of the session, "
        "during step {number} of {count}, “{step}”, with {left} left (paused).",
    ),
    (True, False, False): QT_TRANSLATE_NOOP(
        "Recovery",
        "“{title}” ({mode}) was closed at an unknown time in the middle of the session, "
        "during step {number} of {count}, “{step}”, with {left} left (running).",
    ),
    (True, True, True): QT_TRANSLATE_NOOP(
        "Recovery",
        "“{title}” ({mode}) was closed at {time} ({ago}) in the middle of the session, "
        "during step {number} of {count}, “{step}”, with {left} left (paused).",
    ),
    (True, True, False): QT_TRANSLATE_NOOP(
        "Recovery",
        "“{title}” ({mode}) was closed at {time} ({ago}) in the middle of the session, "
        "during step {number} of {count}, “{step}”, with {left} left (running).",
    ),
}
