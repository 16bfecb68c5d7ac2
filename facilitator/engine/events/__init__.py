"""Journal events, defined once (pure): every event a typed frozen record, one registry.

The only place that defines, writes and reads events: writers build a record
and give it to :meth:`facilitator.engine.journal.Journal.write`; readers get
a :class:`Log` of :class:`Logged` records (``read_log``), never raw lines.

Modules by area, each registering its records with :func:`event`:

- ``run``: the run as a whole (opened, started, finished, resumed, closed,
  heartbeat) and the plan it records;
- ``session``: steps, their timers, the trainer's changes, projected items;
- ``projector``: what the room sees (black, pages, freeze, title, look, room screens,
  and what is put on at once: a section, a checklist, a question, a break, the clock);
- ``room``: the room's people, groups, dealt material, turns, wall and
  feedback (``room_*``; replayed by :mod:`facilitator.room.replay`).

A new area (groups, the wall, participants' feedback) adds a module here with
its records and names it below, so that every reader knows its events; its
replay handlers live with its pure model (see ``engine/replay.py``).
``core`` holds the record base, the registry and the codec; ``log`` the
decoded journal; ``format_1`` what older journals imply.

The areas load when first used, not with the package (issue 14: about 180
records, each a dataclass made when its module runs, cost the first paint
tens of milliseconds it does not need): a name asked of the package loads
the module that defines it, and reading a journal or the registry loads every
area first (:func:`facilitator.engine.events.core.registry`), so that every
reader still knows every event. ``from facilitator.engine import events``
then ``events.StepStarted`` loads the session's records when the first step
starts.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.engine.events import (
        core as core,
    )
    from facilitator.engine.events import (
        format_1 as format_1,
    )
    from facilitator.engine.events import (
        log as log,
    )
    from facilitator.engine.events import (
        projector as projector,
    )
    from facilitator.engine.events import (
        room as room,
    )
    from facilitator.engine.events import (
        run as run,
    )
    from facilitator.engine.events import (
        session as session,
    )
    from facilitator.engine.events.core import (
        JOURNAL_FORMAT as JOURNAL_FORMAT,
    )
    from facilitator.engine.events.core import (
        Decoded as Decoded,
    )
    from facilitator.engine.events.core import (
        Event as Event,
    )
    from facilitator.engine.events.core import (
        Logged as Logged,
    )
    from facilitator.engine.events.core import (
        decode as decode,
    )
    from facilitator.engine.events.core import (
        encode as encode,
    )
    from facilitator.engine.events.core import (
        event as event,
    )
    from facilitator.engine.events.core import (
        registry as registry,
    )
    from facilitator.engine.events.core import (
        spec as spec,
    )
    from facilitator.engine.events.log import (
        Log as Log,
    )
    from facilitator.engine.events.log import (
        decode_all as decode_all,
    )
    from facilitator.engine.events.log import (
        decode_lines as decode_lines,
    )
    from facilitator.engine.events.projector import (
        BlankChanged as BlankChanged,
    )
    from facilitator.engine.events.projector import (
        BreakShown as BreakShown,
    )
    from facilitator.engine.events.projector import (
        ChecklistShown as ChecklistShown,
    )
    from facilitator.engine.events.projector import (
        ClockShown as ClockShown,
    )
    from facilitator.engine.events.projector import (
        FreezeChanged as FreezeChanged,
    )
    from facilitator.engine.events.projector import (
        PageChanged as PageChanged,
    )
    from facilitator.engine.events.projector import (
        QuestionShown as QuestionShown,
    )
    from facilitator.engine.events.projector import (
        RoomScreenChanged as RoomScreenChanged,
    )
    from facilitator.engine.events.projector import (
        SectionShown as SectionShown,
    )
    from facilitator.engine.events.projector import (
        ShownEnded as ShownEnded,
    )
    from facilitator.engine.events.projector import (
        ShownPageChanged as ShownPageChanged,
    )
    from facilitator.engine.events.projector import (
        ThemeChanged as ThemeChanged,
    )
    from facilitator.engine.events.projector import (
        TimerStyleChanged as TimerStyleChanged,
    )
    from facilitator.engine.events.projector import (
        TitleScreenChanged as TitleScreenChanged,
    )
    from facilitator.engine.events.run import (
        CLOSING as CLOSING,
    )
    from facilitator.engine.events.run import (
        AppClosed as AppClosed,
    )
    from facilitator.engine.events.run import (
        Heartbeat as Heartbeat,
    )
    from facilitator.engine.events.run import (
        PlannedStep as PlannedStep,
    )
    from facilitator.engine.events.run import (
        RunAbandoned as RunAbandoned,
    )
    from facilitator.engine.events.run import (
        RunFinished as RunFinished,
    )
    from facilitator.engine.events.run import (
        RunMode as RunMode,
    )
    from facilitator.engine.events.run import (
        RunOpened as RunOpened,
    )
    from facilitator.engine.events.run import (
        RunReopened as RunReopened,
    )
    from facilitator.engine.events.run import (
        RunResumed as RunResumed,
    )
    from facilitator.engine.events.run import (
        RunStarted as RunStarted,
    )
    from facilitator.engine.events.run import (
        opening as opening,
    )
    from facilitator.engine.events.run import (
        plan_of as plan_of,
    )
    from facilitator.engine.events.run import (
        run_mode as run_mode,
    )
    from facilitator.engine.events.session import (
        AgendaReplaced as AgendaReplaced,
    )
    from facilitator.engine.events.session import (
        ItemChanged as ItemChanged,
    )
    from facilitator.engine.events.session import (
        PlanAdjusted as PlanAdjusted,
    )
    from facilitator.engine.events.session import (
        RemainingSet as RemainingSet,
    )
    from facilitator.engine.events.session import (
        SessionPaused as SessionPaused,
    )
    from facilitator.engine.events.session import (
        SessionResumed as SessionResumed,
    )
    from facilitator.engine.events.session import (
        StepChanged as StepChanged,
    )
    from facilitator.engine.events.session import (
        StepEnded as StepEnded,
    )
    from facilitator.engine.events.session import (
        StepPaused as StepPaused,
    )
    from facilitator.engine.events.session import (
        StepRestarted as StepRestarted,
    )
    from facilitator.engine.events.session import (
        StepResumed as StepResumed,
    )
    from facilitator.engine.events.session import (
        StepStarted as StepStarted,
    )
    from facilitator.engine.events.session import (
        TimeAdded as TimeAdded,
    )
    from facilitator.resume_how import ResumeHow as ResumeHow

#: The package's modules, loaded when first asked for (``events.room``).
_MODULES = frozenset({"core", "format_1", "log", "projector", "room", "run", "session"})

#: Where each name of the package is defined.
_HOME: dict[str, str] = {
    "JOURNAL_FORMAT": "facilitator.engine.events.core",
    "Decoded": "facilitator.engine.events.core",
    "Event": "facilitator.engine.events.core",
    "Logged": "facilitator.engine.events.core",
    "decode": "facilitator.engine.events.core",
    "encode": "facilitator.engine.events.core",
    "event": "facilitator.engine.events.core",
    "registry": "facilitator.engine.events.core",
    "spec": "facilitator.engine.events.core",
    "Log": "facilitator.engine.events.log",
    "decode_all": "facilitator.engine.events.log",
    "decode_lines": "facilitator.engine.events.log",
    "BlankChanged": "facilitator.engine.events.projector",
    "BreakShown": "facilitator.engine.events.projector",
    "ChecklistShown": "facilitator.engine.events.projector",
    "ClockShown": "facilitator.engine.events.projector",
    "FreezeChanged": "facilitator.engine.events.projector",
    "PageChanged": "facilitator.engine.events.projector",
    "QuestionShown": "facilitator.engine.events.projector",
    "RoomScreenChanged": "facilitator.engine.events.projector",
    "SectionShown": "facilitator.engine.events.projector",
    "ShownEnded": "facilitator.engine.events.projector",
    "ShownPageChanged": "facilitator.engine.events.projector",
    "ThemeChanged": "facilitator.engine.events.projector",
    "TimerStyleChanged": "facilitator.engine.events.projector",
    "TitleScreenChanged": "facilitator.engine.events.projector",
    "CLOSING": "facilitator.engine.events.run",
    "AppClosed": "facilitator.engine.events.run",
    "Heartbeat": "facilitator.engine.events.run",
    "PlannedStep": "facilitator.engine.events.run",
    "RunAbandoned": "facilitator.engine.events.run",
    "RunFinished": "facilitator.engine.events.run",
    "RunMode": "facilitator.engine.events.run",
    "RunOpened": "facilitator.engine.events.run",
    "RunReopened": "facilitator.engine.events.run",
    "RunResumed": "facilitator.engine.events.run",
    "RunStarted": "facilitator.engine.events.run",
    "opening": "facilitator.engine.events.run",
    "plan_of": "facilitator.engine.events.run",
    "run_mode": "facilitator.engine.events.run",
    "AgendaReplaced": "facilitator.engine.events.session",
    "ItemChanged": "facilitator.engine.events.session",
    "PlanAdjusted": "facilitator.engine.events.session",
    "RemainingSet": "facilitator.engine.events.session",
    "SessionPaused": "facilitator.engine.events.session",
    "SessionResumed": "facilitator.engine.events.session",
    "StepChanged": "facilitator.engine.events.session",
    "StepEnded": "facilitator.engine.events.session",
    "StepPaused": "facilitator.engine.events.session",
    "StepRestarted": "facilitator.engine.events.session",
    "StepResumed": "facilitator.engine.events.session",
    "StepStarted": "facilitator.engine.events.session",
    "TimeAdded": "facilitator.engine.events.session",
    "ResumeHow": "facilitator.resume_how",
}


def __getattr__(name: str) -> object:
    """A name of the package, from the module that defines it (loaded now if need be)."""
    import importlib

    if name in _MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])


__all__ = [
    "CLOSING",
    "JOURNAL_FORMAT",
    "AgendaReplaced",
    "AppClosed",
    "BlankChanged",
    "BreakShown",
    "ChecklistShown",
    "ClockShown",
    "Decoded",
    "Event",
    "FreezeChanged",
    "Heartbeat",
    "ItemChanged",
    "Log",
    "Logged",
    "PageChanged",
    "PlanAdjusted",
    "PlannedStep",
    "QuestionShown",
    "RemainingSet",
    "ResumeHow",
    "RoomScreenChanged",
    "RunAbandoned",
    "RunFinished",
    "RunMode",
    "RunOpened",
    "RunReopened",
    "RunResumed",
    "RunStarted",
    "SectionShown",
    "SessionPaused",
    "SessionResumed",
    "ShownEnded",
    "ShownPageChanged",
    "StepChanged",
    "StepEnded",
    "StepPaused",
    "StepRestarted",
    "StepResumed",
    "StepStarted",
    "ThemeChanged",
    "TimeAdded",
    "TimerStyleChanged",
    "TitleScreenChanged",
    "decode",
    "decode_all",
    "decode_lines",
    "encode",
    "event",
    "opening",
    "plan_of",
    "registry",
    "run_mode",
    "spec",
]
