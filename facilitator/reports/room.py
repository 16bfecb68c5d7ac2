"""The room in a run's report: the groups (with what each was given) and each group's turn.

Built from the journal alone (pure), like the rest of the report: the room's
events are applied in order (``room/state.py``'s ``apply``, as the live room
did). Every grouping made during the run is listed as it stood last (after
late arrivals, departures and reshuffles), with the names of its people and
the cards or documents each group was given; every step's group turns with
their time planned, their actual running time (pauses excluded) and how far
they ran over; and the wall as it stood at the end: each theme's notes in the
order they were written, then the notes in no theme, each with its step and
whether the room saw it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.engine.events import Log
from facilitator.engine.events.room import GroupsMade, GroupsReshuffled, PeopleSet
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.room.deal import Deal, short_title
from facilitator.room.feedback import Feedback
from facilitator.room.grouping import Grouping
from facilitator.room.replay import MISFIT
from facilitator.room.state import ApplyError, RoomState, apply, handled
from facilitator.room.turns import TurnState
from facilitator.room.views import GroupView, group_views
from facilitator.room.wall import Note, Status, Wall
from facilitator.room.words import Words

# The report's words for a turn's state (the report is in the console's language).
# Data in the CSV and JSON; the tables a person reads translate them
# (``translate_marked("Reports", status)``).
TURN_STATUS = {
    TurnState.WAITING: QT_TRANSLATE_NOOP("Reports", "not started"),
    TurnState.RUNNING: QT_TRANSLATE_NOOP("Reports", "under way"),
    TurnState.PAUSED: QT_TRANSLATE_NOOP("Reports", "under way"),
    TurnState.DONE: QT_TRANSLATE_NOOP("Reports", "done"),
    TurnState.SKIPPED: QT_TRANSLATE_NOOP("Reports", "skipped"),
}


@dataclass(frozen=True)
class GroupRow:
    """One group as the report lists it."""

    number: int
    label: str  # "Groep 3 · 4 personen"
    names: tuple[str, ...]  # empty when people were only counted
    size: int
    given: str  # "Kaart C + Kaart D" ("" when nothing was dealt)


@dataclass(frozen=True)
class GroupingRow:
    """The groups made for a step, as they stood last."""

    step_id: str
    step_title: str
    kind: str  # "3-5", "pairs", "4 groups"
    groups: tuple[GroupRow, ...]
    dealt: tuple[str, ...]  # the hand-outs dealt from, by title
    reshuffles: int

    @property
    def people(self) -> int:
        """How many people were in these groups."""
        return sum(g.size for g in self.groups)


@dataclass(frozen=True)
class TurnRow:
    """One group's turn: its time planned, its running time and its overrun."""

    step_id: str
    step_title: str
    number: int  # from 1, in the turns' order
    group: str  # "Groep 3"
    planned: int  # ns
    actual: int | None  # ns of running time; None when it never started
    overrun: int  # ns past its time
    status: str  # done, skipped, under way, not started


# The report's words for where a note stood at the end of the run.
# A note's state in the report: data in the CSV and JSON, translated in the tables a
# person reads, as the turns' states are.
NOTE_STATUS = {
    "shown": QT_TRANSLATE_NOOP("Reports", "on the wall"),
    "hidden": QT_TRANSLATE_NOOP("Reports", "hidden"),
    "pending": QT_TRANSLATE_NOOP("Reports", "not released"),
}


@dataclass(frozen=True)
class WallRow:
    """One note of the wall as the report lists it (its text plain, as written)."""

    step_id: str  # "" for a note written outside any step
    step_title: str
    theme: str  # the theme's name; "" in none
    text: str
    kind: str  # note, insight, commitment, feedback
    source: str  # trainer, co-facilitator, participant
    status: str  # on the wall, hidden, not released


@dataclass(frozen=True)
class RoomReport:
    """What the report says about the room; empty when the run made no groups, turns or
    notes."""

    groupings: tuple[GroupingRow, ...] = ()
    turns: tuple[TurnRow, ...] = ()
    feedback: tuple[Feedback, ...] = ()  # the quick feedback given, in order
    notes: tuple[WallRow, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether there is nothing to report."""
        return not self.groupings and not self.turns and not self.feedback and not self.notes


def _status(note: Note) -> str:
    if note.status is Status.PENDING:
        return NOTE_STATUS["pending"]
    return NOTE_STATUS["hidden"] if note.hidden else NOTE_STATUS["shown"]


def wall_rows(wall: Wall, titles: Mapping[str, str]) -> tuple[WallRow, ...]:
    """The wall's notes for the report: each theme's (in the order the themes were made),
    then those in no theme, each in the order it was written."""
    names = {t.id: t.name for t in wall.themes}
    ordered = [n for t in wall.themes for n in wall.notes if n.theme == t.id]
    ordered += [n for n in wall.notes if n.theme not in names]
    return tuple(
        WallRow(
            step_id=n.step,
            step_title=titles.get(n.step, n.step),
            theme=names.get(n.theme, "") if n.theme is not None else "",
            text=n.signed,
            kind=n.kind.value,
            source=n.source.value,
            status=_status(n),
        )
        for n in ordered
    )


def _kind(grouping: Grouping) -> str:
    if grouping.size is not None:
        return str(grouping.size)
    return f"{grouping.count} groups" if grouping.count else ""


def _given(deals: tuple[Deal, ...], number: int, words: Words) -> str:
    parts = []
    for deal in deals:
        titles = deal.titles()
        parts += [short_title(titles.get(f, f)) for f in deal.of(number)]
    return words.join.join(parts)


def _grouping_row(
    grouping: Grouping,
    views: list[GroupView],
    named: bool,
    reshuffles: int,
    titles: Mapping[str, str],
    words: Words,
) -> GroupingRow:
    rows = tuple(
        GroupRow(
            number=v.number,
            label=v.label,
            names=v.names if named else (),
            size=v.size,
            given=_given(grouping.deals, v.number, words),
        )
        for v in views
    )
    dealt = tuple(dict.fromkeys(d.handout_title or d.handout for d in grouping.deals))
    return GroupingRow(
        grouping.step,
        titles.get(grouping.step, grouping.step),
        _kind(grouping),
        rows,
        dealt,
        reshuffles,
    )


def room_report(
    log: Log, titles: Mapping[str, str], words: Words, end: int | None
) -> tuple[RoomReport, list[str]]:
    """The room of the run ``log`` recorded, and the warnings of events that did not fit.

    ``titles``: the steps' titles by id; ``end``: the run's last instant (a
    turn still under way counts up to it).
    """
    kinds = handled()
    state = RoomState()
    warnings: list[str] = []
    made: list[GroupingRow] = []
    current: int | None = None  # the grouping being followed in ``made``
    reshuffles = 0
    for entry in log.entries:
        event = entry.event
        if type(event) not in kinds:
            continue
        try:
            state = apply(state, event, entry.t)
        except ApplyError as error:
            warnings.append(MISFIT.format(line=entry.line, name=event.NAME, error=error))
            continue
        if isinstance(event, GroupsMade):
            made.append(GroupingRow("", "", "", (), (), 0))
            current, reshuffles = len(made) - 1, 0
        elif isinstance(event, PeopleSet):
            current = None  # new people: the groups were cleared
        elif isinstance(event, GroupsReshuffled):
            reshuffles += 1
        if current is not None and state.grouping is not None:
            named = any(p.name for p in state.people)
            views = group_views(state, words)
            made[current] = _grouping_row(state.grouping, views, named, reshuffles, titles, words)
    last = end if end is not None else (log.last_t or 0)
    turns = [
        TurnRow(
            step_id=turns.step,
            step_title=titles.get(turns.step, turns.step),
            number=index + 1,
            group=words.group.format(number=turn.group),
            planned=turn.allotted,
            actual=turn.used(last) if turn.started is not None else None,
            overrun=turn.overrun(last) if turn.started is not None else 0,
            status=TURN_STATUS[turn.state],
        )
        for turns in state.rounds
        for index, turn in enumerate(turns.turns)
    ]
    return (
        RoomReport(tuple(made), tuple(turns), tuple(state.feedback), wall_rows(state.wall, titles)),
        warnings,
    )
