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
"""

from facilitator.engine.events import projector, room, run, session  # noqa: F401 (registers)
from facilitator.engine.events.core import (
    JOURNAL_FORMAT,
    Decoded,
    Event,
    Logged,
    decode,
    encode,
    event,
    registry,
    spec,
)
from facilitator.engine.events.log import Log, decode_all, decode_lines
from facilitator.engine.events.projector import (
    BlankChanged,
    BreakShown,
    ChecklistShown,
    ClockShown,
    FreezeChanged,
    PageChanged,
    QuestionShown,
    RoomScreenChanged,
    SectionShown,
    ShownEnded,
    ShownPageChanged,
    ThemeChanged,
    TimerStyleChanged,
    TitleScreenChanged,
)
from facilitator.engine.events.run import (
    CLOSING,
    AppClosed,
    Heartbeat,
    PlannedStep,
    RunAbandoned,
    RunFinished,
    RunMode,
    RunOpened,
    RunReopened,
    RunResumed,
    RunStarted,
    opening,
    plan_of,
    run_mode,
)
from facilitator.engine.events.session import (
    AgendaReplaced,
    ItemChanged,
    PlanAdjusted,
    RemainingSet,
    SessionPaused,
    SessionResumed,
    StepChanged,
    StepEnded,
    StepPaused,
    StepRestarted,
    StepResumed,
    StepStarted,
    TimeAdded,
)
from facilitator.resume_how import ResumeHow

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
