"""What the console shows of the room, and how the trainer's choices become commands (pure).

The console's room panel renders a :class:`RoomPanelView`: a line about the
people and groups, the groups (in the session's words, as the room knows
them: "Groep 3 · 4 personen"), what was dealt, and the step's group turns with
each turn's planned and used time and overrun. The console's own words are
English today (whole sentences, to be translated later); the group names stay
the room's.

:func:`people_changed` decides whether the group maker's people differ from the
room's: only then are the people replaced (which starts their ids again and
forgets who was together before).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import SAME, GroupSize
from facilitator.agenda.model import Step
from facilitator.room.deal import material_label
from facilitator.room.notices import Notice
from facilitator.room.people import parse_names
from facilitator.room.state import RoomState
from facilitator.room.turns import TurnRound, TurnState, shown_seconds
from facilitator.room.views import GroupView, group_views
from facilitator.room.words import Words
from facilitator.timefmt import NONE, countdown, duration

# The console's words for a turn's state.
TURN_STATES = {
    TurnState.WAITING: "waiting",
    TurnState.RUNNING: "under way",
    TurnState.PAUSED: "paused",
    TurnState.DONE: "done",
    TurnState.SKIPPED: "skipped",
}
NO_PEOPLE = "Nobody is in the room yet: Make groups… (Ctrl+G) asks how many people, or their names."
PEOPLE_ONLY = "{people} in the room, not in groups yet: Make groups… (Ctrl+G)."
GROUPED = "{people} in {groups}{size}."
SIZE = " of {size}"
PAIRS = " (pairs)"
COUNTED = " (as many groups as asked)"
TURN_NOW = "Turn {number} of {count}: {group}, {clock} {how}. Next: {next}."
TURN_LAST = "Turn {number} of {count}: {group}, {clock} {how}. This is the last turn."
TURN_READY = "Next up: {group} ({each}). Y starts the turn."
TURNS_DONE = "Every group has had its turn."
NO_TURNS = "No group turns in this step: Group turns… (Ctrl+Y) gives each group a turn."
# What the step's agenda asks of the room, said when the step is current.
WISH_SIZE = "This step asks for groups of {size}: Make groups… (Ctrl+G)."
WISH_PAIRS = "This step asks for pairs: Make groups… (Ctrl+G)."
WISH_SAME = "This step goes on with the groups made before."
WISH_DEAL = "Deal {what} from {handout}: Deal… (Ctrl+K)."
WISH_TURNS = "Every group has a turn: Group turns… (Ctrl+Y), then Y for each group."
WISH_TURNS_MINUTES = (
    "Every group has a turn of about {minutes} min: Group turns… (Ctrl+Y), then Y for each group."
)


def _count(n: int, one: str, many: str) -> str:
    return one.format(n=n) if n == 1 else many.format(n=n)


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
        wishes.append(WISH_SAME)
    elif isinstance(step.groups, GroupSize):
        size = step.groups
        wishes.append(WISH_PAIRS if size.pairs else WISH_SIZE.format(size=str(size)))
    if step.deal is not None:
        sheet = agenda.handout(step.deal.handout)
        handout = sheet.title if sheet is not None else step.deal.handout
        for per_group, one, many in (
            (step.deal.cards, "card", "cards"),
            (step.deal.documents, "document", "documents"),
        ):
            if per_group == "all":
                wishes.append(WISH_DEAL.format(what=f"every {one} to every group", handout=handout))
            elif per_group is not None:
                what = f"{per_group} {one if per_group == 1 else many} per group"
                wishes.append(WISH_DEAL.format(what=what, handout=handout))
    if step.turns is not None:
        minutes = step.turns.minutes
        if minutes is None:
            wishes.append(WISH_TURNS)
        else:
            wishes.append(WISH_TURNS_MINUTES.format(minutes=f"{minutes:g}"))
    return tuple(wishes)


def _summary(state: RoomState, groups: int) -> str:
    count = len(state.people)
    if count == 0:
        return NO_PEOPLE
    people = _count(count, "{n} person", "{n} people")
    grouping = state.grouping
    if grouping is None:
        return PEOPLE_ONLY.format(people=people)
    size = ""
    if grouping.size is not None:
        size = PAIRS if grouping.size.pairs else SIZE.format(size=str(grouping.size))
    elif grouping.count is not None:
        size = COUNTED
    counted = _count(groups, "{n} group", "{n} groups")
    return GROUPED.format(people=people, groups=counted, size=size)


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
        return NO_TURNS
    view = turns.view(now)
    if view.index is None:
        waiting = turns.next_waiting
        if waiting is None:
            return TURNS_DONE
        turn = turns.turns[waiting]
        group = words.group.format(number=turn.group)
        return TURN_READY.format(group=group, each=duration(turn.allotted))
    assert view.group is not None
    turn = turns.turns[view.index]
    remaining = turn.remaining(now)
    how = "paused" if view.state is TurnState.PAUSED else ("over" if remaining <= 0 else "left")
    values = {
        "number": view.index + 1,
        "count": view.total,
        "group": words.group.format(number=view.group),
        "clock": countdown(shown_seconds(remaining)),
        "how": how,
    }
    if view.next_group is None:
        return TURN_LAST.format(**values)
    return TURN_NOW.format(**values, next=words.group.format(number=view.next_group))


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
                state=TURN_STATES[turn.state],
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
