"""What the console shows of the room, and how the trainer's choices become commands (pure).

The console's room panel renders a :class:`RoomPanelView`: a line about the
people and groups, the groups (in the session's words, as the room knows
them: "Groep 3 · 4 personen"), what was dealt, and the step's group turns with
each turn's planned and used time and overrun. The console's own words are
in the interface's language (whole sentences through ``translate``); the group
names stay the room's.

:func:`people_changed` decides whether the group maker's people differ from the
room's: only then are the people replaced (which starts their ids again and
forgets who was together before).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import SAME, GroupSize
from facilitator.agenda.plain import Step
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.room.deal import material_label
from facilitator.room.notices import Notice
from facilitator.room.people import parse_names
from facilitator.room.state import RoomState
from facilitator.room.turns import TurnRound, TurnState, shown_seconds
from facilitator.room.views import GroupView, group_views
from facilitator.room.words import Words
from facilitator.timefmt import NONE, countdown, duration

# The console's words (the interface's language: marked here, translated where shown).
TURN_STATES = {
    TurnState.WAITING: QT_TRANSLATE_NOOP("Room", "waiting"),
    TurnState.RUNNING: QT_TRANSLATE_NOOP("Room", "under way"),
    TurnState.PAUSED: QT_TRANSLATE_NOOP("Room", "paused"),
    TurnState.DONE: QT_TRANSLATE_NOOP("Room", "done"),
    TurnState.SKIPPED: QT_TRANSLATE_NOOP("Room", "skipped"),
}
NO_PEOPLE = QT_TRANSLATE_NOOP(
    "Room", "Nobody is in the room yet: Make groups… (Ctrl+G) asks how many people, or their names."
)
PEOPLE_ONLY = QT_TRANSLATE_NOOP(
    "Room", "{people} in the room, not in groups yet: Make groups… (Ctrl+G)."
)
GROUPED = QT_TRANSLATE_NOOP("Room", "{people} in {groups}.")
GROUPED_OF = QT_TRANSLATE_NOOP("Room", "{people} in {groups} of {size}.")
GROUPED_PAIRS = QT_TRANSLATE_NOOP("Room", "{people} in {groups} (pairs).")
GROUPED_COUNTED = QT_TRANSLATE_NOOP("Room", "{people} in {groups} (as many groups as asked).")
TURN_NOW = QT_TRANSLATE_NOOP(
    "Room", "Turn {number} of {count}: {group}, {clock} {how}. Next: {next}."
)
TURN_LAST = QT_TRANSLATE_NOOP(
    "Room", "Turn {number} of {count}: {group}, {clock} {how}. This is the last turn."
)
TURN_READY = QT_TRANSLATE_NOOP("Room", "Next up: {group} ({each}). Y starts the turn.")
TURNS_DONE = QT_TRANSLATE_NOOP("Room", "Every group has had its turn.")
NO_TURNS = QT_TRANSLATE_NOOP(
    "Room", "No group turns in this step: Group turns… (Ctrl+Y) gives each group a turn."
)
# How a turn's clock stands, after its digits.
HOW = {
    "paused": QT_TRANSLATE_NOOP("Room", "paused"),
    "over": QT_TRANSLATE_NOOP("Room", "over"),
    "left": QT_TRANSLATE_NOOP("Room", "left"),
}
# What the step's agenda asks of the room, said when the step is current.
WISH_SIZE = QT_TRANSLATE_NOOP("Room", "This step asks for groups of {size}: Make groups… (Ctrl+G).")
WISH_PAIRS = QT_TRANSLATE_NOOP("Room", "This step asks for pairs: Make groups… (Ctrl+G).")
WISH_SAME = QT_TRANSLATE_NOOP("Room", "This step goes on with the groups made before.")
WISH_TURNS = QT_TRANSLATE_NOOP(
    "Room", "Every group has a turn: Group turns… (Ctrl+Y), then Y for each group."
)
WISH_TURNS_MINUTES = QT_TRANSLATE_NOOP(
    "Room",
    "Every group has a turn of about {minutes} min: Group turns… (Ctrl+Y), then Y for each group.",
)
# (cards or documents, how many per group: "all", 1 or more) → the whole sentence.
WISH_DEAL = {
    ("cards", "all"): QT_TRANSLATE_NOOP(
        "Room", "Deal every card to every group from {handout}: Deal… (Ctrl+K)."
    ),
    ("cards", 1): QT_TRANSLATE_NOOP(
        "Room", "Deal 1 card per group from {handout}: Deal… (Ctrl+K)."
    ),
    ("cards", 2): QT_TRANSLATE_NOOP(
        "Room", "Deal {count} cards per group from {handout}: Deal… (Ctrl+K)."
    ),
    ("documents", "all"): QT_TRANSLATE_NOOP(
        "Room", "Deal every document to every group from {handout}: Deal… (Ctrl+K)."
    ),
    ("documents", 1): QT_TRANSLATE_NOOP(
        "Room", "Deal 1 document per group from {handout}: Deal… (Ctrl+K)."
    ),
    ("documents", 2): QT_TRANSLATE_NOOP(
        "Room", "Deal {count} documents per group from {handout}: Deal… (Ctrl+K)."
    ),
}


def _said(text: str) -> str:
    return translate_marked("Room", text)


def _people(n: int) -> str:
    return translate("Room", "1 person") if n == 1 else translate("Room", "{n} people").format(n=n)


def _groups(n: int) -> str:
    return translate("Room", "1 group") if n == 1 else translate("Room", "{n} groups").format(n=n)


@dataclass(frozen=True)
class TurnRow:
    """One turn as the console lists it."""

    number: int  # from 1, in the round's order
    group: str  # "Groep 3"
    planned: str  # "2:00"
    used: str  # "2:14", "–" before it starts
    overrun: str  # "+0:14", "–" within its time
    state: str  # "done", "under way", ...
    current: bool
    over: bool


@dataclass(frozen=True)
class RoomPanelView:
    """Everything the console's room panel shows at an instant."""

    summary: str
    groups: tuple[GroupView, ...]
    named: bool  # whether people have names (the cells list them)
    dealt: tuple[str, ...]  # "Groep 2: Kaart C + Kaart D"
    turn_line: str
    turns: tuple[TurnRow, ...]
    clock: str  # the turn under way: "1:45", "+0:14"; "" when none runs
    clock_over: bool
    notices: tuple[str, ...]
    turns_first: bool  # the step has group turns: they lead the panel
    wishes: tuple[str, ...] = ()  # what the step's agenda asks of the room


def room_panel(
    state: RoomState,
    step: str,
    words: Words,
    now: int,
    notices: list[Notice] | None = None,
    wishes: tuple[str, ...] = (),
) -> RoomPanelView:
    """The room panel of the console for the current ``step`` at ``now``; ``wishes``: what
    the step asks of the room (:func:`step_wishes`)."""
    views = tuple(group_views(state, words))
    named = any(p.name for p in state.people)
    turns = state.round(step)
    clock, over = "", False
    if turns is not None and turns.current is not None:
        turn = turns.turns[turns.current]
        clock = countdown(shown_seconds(turn.remaining(now)))
        over = turn.remaining(now) <= 0
    return RoomPanelView(
        summary=_summary(state, len(views)),
        groups=views,
        named=named,
        dealt=_dealt(state, words),
        turn_line=_turn_line(turns, words, now),
        turns=_turn_rows(turns, words, now),
        clock=clock,
        clock_over=over,
        notices=tuple(n.text for n in notices or []),
        turns_first=turns is not None,
        wishes=wishes,
    )


def step_wishes(agenda: Agenda, step: Step) -> tuple[str, ...]:
    """What ``step`` asks of the room (its ``groups``, ``deal`` and ``turns``), in sentences."""
    wishes = []
    if step.groups == SAME:
        wishes.append(_said(WISH_SAME))
    elif isinstance(step.groups, GroupSize):
        size = step.groups
        wishes.append(_said(WISH_PAIRS) if size.pairs else _said(WISH_SIZE).format(size=str(size)))
    if step.deal is not None:
        sheet = agenda.handout(step.deal.handout)
        handout = sheet.title if sheet is not None else step.deal.handout
        for kind, per_group in (("cards", step.deal.cards), ("documents", step.deal.documents)):
            if per_group is None:
                continue
            key = (kind, per_group if per_group in ("all", 1) else 2)
            wishes.append(_said(WISH_DEAL[key]).format(count=per_group, handout=handout))
    if step.turns is not None:
        minutes = step.turns.minutes
        if minutes is None:
            wishes.append(_said(WISH_TURNS))
        else:
            wishes.append(_said(WISH_TURNS_MINUTES).format(minutes=f"{minutes:g}"))
    return tuple(wishes)


def _summary(state: RoomState, groups: int) -> str:
    count = len(state.people)
    if count == 0:
        return _said(NO_PEOPLE)
    people = _people(count)
    grouping = state.grouping
    if grouping is None:
        return _said(PEOPLE_ONLY).format(people=people)
    counted = _groups(groups)
    if grouping.size is not None and grouping.size.pairs:
        return _said(GROUPED_PAIRS).format(people=people, groups=counted)
    if grouping.size is not None:
        return _said(GROUPED_OF).format(people=people, groups=counted, size=str(grouping.size))
    if grouping.count is not None:
        return _said(GROUPED_COUNTED).format(people=people, groups=counted)
    return _said(GROUPED).format(people=people, groups=counted)


def _dealt(state: RoomState, words: Words) -> tuple[str, ...]:
    grouping = state.grouping
    if grouping is None:
        return ()
    lines = []
    for deal in grouping.deals:
        titles = deal.titles()
        for group in sorted(grouping.groups, key=lambda g: g.number):
            material = material_label(deal.of(group.number), titles, words.join)
            name = words.group.format(number=group.number)
            lines.append(words.dealt.format(group=name, material=material or NONE))
    return tuple(lines)


def _turn_line(turns: TurnRound | None, words: Words, now: int) -> str:
    if turns is None:
        return _said(NO_TURNS)
    view = turns.view(now)
    if view.index is None:
        waiting = turns.next_waiting
        if waiting is None:
            return _said(TURNS_DONE)
        turn = turns.turns[waiting]
        group = words.group.format(number=turn.group)
        return _said(TURN_READY).format(group=group, each=duration(turn.allotted))
    assert view.group is not None
    turn = turns.turns[view.index]
    remaining = turn.remaining(now)
    how = "paused" if view.state is TurnState.PAUSED else ("over" if remaining <= 0 else "left")
    values = {
        "number": view.index + 1,
        "count": view.total,
        "group": words.group.format(number=view.group),
        "clock": countdown(shown_seconds(remaining)),
        "how": _said(HOW[how]),
    }
    if view.next_group is None:
        return _said(TURN_LAST).format(**values)
    return _said(TURN_NOW).format(**values, next=words.group.format(number=view.next_group))


def _turn_rows(turns: TurnRound | None, words: Words, now: int) -> tuple[TurnRow, ...]:
    if turns is None:
        return ()
    current = turns.current
    rows = []
    for index, turn in enumerate(turns.turns):
        started = turn.started is not None
        overrun = turn.overrun(now)
        rows.append(
            TurnRow(
                number=index + 1,
                group=words.group.format(number=turn.group),
                planned=duration(turn.allotted),
                used=duration(turn.used(now)) if started else NONE,
                overrun=("+" + duration(overrun)) if started and overrun > 0 else NONE,
                state=_said(TURN_STATES[turn.state]),
                current=index == current,
                over=started and overrun > 0,
            )
        )
    return tuple(rows)


def people_changed(state: RoomState, people: int | str) -> bool:
    """Whether the group maker's ``people`` (a count, or pasted names) differ from the room's."""
    present = state.people
    if isinstance(people, int):
        return people != len(present) or any(p.name for p in present)
    return parse_names(people) != [p.name for p in present]


def people_text(state: RoomState) -> str:
    """The room's names, one per line, to start the group maker with ("" when counted)."""
    return "\n".join(p.name for p in state.people if p.name)


def size_text(size: GroupSize | None) -> str:
    """A size as the group maker's field shows it: "3-5", "pairs", "4" ("" for none)."""
    return "" if size is None else str(size)
