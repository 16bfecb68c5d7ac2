"""The state of the room, and what each record does to it (pure).

:func:`apply` is the only way the room's state changes: live commands build a
record and apply it, and replaying a journal applies the same records in
order, so a replayed room equals the live one. ``apply`` decides nothing; the
command that built the record did (who goes where, which cards, whose turn).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from facilitator.agenda.groupsize import parse_group_size
from facilitator.engine.events.core import Event
from facilitator.room.deal import Deal, Material
from facilitator.room.feedback import Feedback
from facilitator.room.grouping import Group, Grouping, with_member, without
from facilitator.room.people import Person
from facilitator.room.turns import Turn, TurnRound, TurnState
from facilitator.room.wall import Note, Status, Theme, Wall

if TYPE_CHECKING:
    from facilitator.engine.events import room as r


@dataclass(frozen=True)
class RoomState:
    """Everything the room holds at one moment of a run."""

    people: tuple[Person, ...] = ()
    next_person: int = 1
    grouping: Grouping | None = None
    earlier: tuple[Grouping, ...] = ()  # groupings replaced by newer ones, oldest first
    rounds: tuple[TurnRound, ...] = ()  # the turns of each step that had them
    wall: Wall = field(default_factory=Wall)
    feedback: tuple[Feedback, ...] = ()
    next_feedback: int = 1

    def person(self, person_id: int) -> Person | None:
        """The person with this id, if they are in the room."""
        return next((p for p in self.people if p.id == person_id), None)

    def round(self, step: str) -> TurnRound | None:
        """The turns of ``step``, if it has them."""
        return next((t for t in self.rounds if t.step == step), None)

    def feedback_by_client_id(self, client_id: str) -> Feedback | None:
        """The feedback a phone sent with this id, if it arrived before."""
        if not client_id:
            return None
        return next((f for f in self.feedback if f.client_id == client_id), None)


class ApplyError(ValueError):
    """A record that does not fit the room it is applied to (a damaged journal)."""


Handler = Callable[[RoomState, Any, int], RoomState]
# By the name of the room's record they handle: the records load with the first one
# applied, not with the room (issue 14: the first paint needs none of them).
_BY_NAME: dict[str, Handler] = {}
_HANDLERS: dict[type[Event], Handler] = {}


def _on(kind: str) -> Callable[[Handler], None]:
    def register(handler: Handler) -> None:
        _BY_NAME[kind] = handler

    return register


def _handlers() -> dict[type[Event], Handler]:
    """Every handler by its record class (the room's records loaded the first time)."""
    if not _HANDLERS:
        from facilitator.engine.events import room as records

        for name, handler in _BY_NAME.items():
            _HANDLERS[getattr(records, name)] = handler
    return _HANDLERS


def apply(state: RoomState, record: Event, now: int) -> RoomState:
    """The room after ``record`` happened at instant ``now``.

    Raises :class:`ApplyError` when the record cannot happen in this room
    (it names a person, group, turn or note that is not there).
    """
    handler = _handlers().get(type(record))
    if handler is None:
        raise ApplyError(f"not a room record: {record!r}")
    try:
        return handler(state, record, now)
    except (LookupError, ValueError) as exc:
        raise ApplyError(str(exc)) from exc


def handled() -> frozenset[type[Event]]:
    """Every record class :func:`apply` knows."""
    return frozenset(_handlers())


# --- people and groups ---------------------------------------------------------------


def _grouping(state: RoomState) -> Grouping:
    if state.grouping is None:
        raise LookupError("there are no groups")
    return state.grouping


@_on("PeopleSet")
def _people_set(state: RoomState, e: r.PeopleSet, now: int) -> RoomState:
    earlier = state.earlier + ((state.grouping,) if state.grouping is not None else ())
    top = max((p.id for p in e.people), default=0)
    return replace(
        state,
        people=e.people,
        next_person=max(state.next_person, top + 1),
        grouping=None,
        earlier=earlier,
    )


@_on("PersonAdded")
def _person_added(state: RoomState, e: r.PersonAdded, now: int) -> RoomState:
    if state.person(e.person.id) is not None:
        raise ValueError(f"person {e.person.id} is already in the room")
    grouping = state.grouping
    if e.group is not None:
        grouping = _grouping(state)
        if grouping.group(e.group) is None:
            raise LookupError(f"no group {e.group}")
        grouping = with_member(grouping, e.person.id, e.group)
    return replace(
        state,
        people=(*state.people, e.person),
        next_person=max(state.next_person, e.person.id + 1),
        grouping=grouping,
    )


@_on("PersonRemoved")
def _person_removed(state: RoomState, e: r.PersonRemoved, now: int) -> RoomState:
    if state.person(e.person) is None:
        raise LookupError(f"no person {e.person}")
    grouping = state.grouping
    if grouping is not None:
        for move in e.moves:
            if grouping.group(move.group) is None or state.person(move.person) is None:
                raise LookupError(f"cannot move {move.person} to group {move.group}")
        grouping = without(grouping, e.person, tuple((m.person, m.group) for m in e.moves))
    return replace(
        state,
        people=tuple(p for p in state.people if p.id != e.person),
        grouping=grouping,
    )


@_on("PersonRenamed")
def _person_renamed(state: RoomState, e: r.PersonRenamed, now: int) -> RoomState:
    if state.person(e.person) is None:
        raise LookupError(f"no person {e.person}")
    people = tuple(Person(p.id, e.name) if p.id == e.person else p for p in state.people)
    return replace(state, people=people)


@_on("PersonMoved")
def _person_moved(state: RoomState, e: r.PersonMoved, now: int) -> RoomState:
    grouping = _grouping(state)
    if state.person(e.person) is None or grouping.group(e.group) is None:
        raise LookupError(f"cannot move {e.person} to group {e.group}")
    return replace(state, grouping=with_member(grouping, e.person, e.group))


def _check_groups(state: RoomState, groups: tuple[Group, ...]) -> None:
    placed = [m for g in groups for m in g.members]
    if sorted(placed) != sorted(p.id for p in state.people):
        raise ValueError("the groups do not hold everyone in the room exactly once")
    numbers = [g.number for g in groups]
    if len(set(numbers)) != len(numbers) or min(numbers, default=1) < 1:
        raise ValueError("group numbers must be unique and from 1")


@_on("GroupsMade")
def _groups_made(state: RoomState, e: r.GroupsMade, now: int) -> RoomState:
    _check_groups(state, e.groups)
    size = parse_group_size(e.size) if e.size else None
    grouping = Grouping(e.step, size, e.count or None, e.groups)
    earlier = state.earlier + ((state.grouping,) if state.grouping is not None else ())
    return replace(state, grouping=grouping, earlier=earlier)


@_on("GroupsReshuffled")
def _groups_reshuffled(state: RoomState, e: r.GroupsReshuffled, now: int) -> RoomState:
    grouping = _grouping(state)
    _check_groups(state, e.groups)
    # The grouping replaced counts as an earlier one, for mixing next time.
    return replace(
        state, grouping=replace(grouping, groups=e.groups), earlier=(*state.earlier, grouping)
    )


@_on("MaterialDealt")
def _material_dealt(state: RoomState, e: r.MaterialDealt, now: int) -> RoomState:
    grouping = _grouping(state)
    if e.material not in ("cards", "documents"):
        raise ValueError(f"cannot deal {e.material!r}")
    material: Material = "cards" if e.material == "cards" else "documents"
    deal = Deal(
        e.step, e.handout, material, e.per_group or None, e.given, e.labels, e.handout_title
    )
    kept = tuple(
        d for d in grouping.deals if not (d.handout == e.handout and d.material == e.material)
    )
    return replace(state, grouping=replace(grouping, deals=(*kept, deal)))


# --- turns ---------------------------------------------------------------------------


def _round(state: RoomState, step: str) -> TurnRound:
    found = state.round(step)
    if found is None:
        raise LookupError(f"no turns in step {step!r}")
    return found


def _with_round(state: RoomState, new: TurnRound) -> RoomState:
    rounds = tuple(t for t in state.rounds if t.step != new.step)
    return replace(state, rounds=(*rounds, new))


@_on("TurnsPlanned")
def _turns_planned(state: RoomState, e: r.TurnsPlanned, now: int) -> RoomState:
    turns = tuple(Turn(group, e.each) for group in e.groups)
    return _with_round(state, TurnRound(e.step, turns))


@_on("TurnStarted")
def _turn_started(state: RoomState, e: r.TurnStarted, now: int) -> RoomState:
    turns = _round(state, e.step)
    if turns.current is not None:
        raise ValueError("a turn is under way")
    turn = turns.turns[e.index]
    if turn.state is not TurnState.WAITING:
        raise ValueError(f"turn {e.index} is {turn.state.value}")
    return _with_round(state, turns.with_turn(e.index, replace(turn, started=now)))


@_on("TurnEnded")
def _turn_ended(state: RoomState, e: r.TurnEnded, now: int) -> RoomState:
    turns = _round(state, e.step)
    turn = turns.turns[e.index]
    if turn.state not in (TurnState.RUNNING, TurnState.PAUSED) or turn.started is None:
        raise ValueError(f"turn {e.index} is not under way")
    if now < turn.started:
        raise ValueError("time went backwards")
    pauses = turn.pauses
    if pauses and pauses[-1][1] is None:
        pauses = (*pauses[:-1], (pauses[-1][0], now))
    return _with_round(state, turns.with_turn(e.index, replace(turn, ended=now, pauses=pauses)))


@_on("TurnSkipped")
def _turn_skipped(state: RoomState, e: r.TurnSkipped, now: int) -> RoomState:
    turns = _round(state, e.step)
    turn = turns.turns[e.index]
    if turn.state is not TurnState.WAITING:
        raise ValueError(f"turn {e.index} is {turn.state.value}")
    return _with_round(state, turns.with_turn(e.index, replace(turn, skipped=True)))


@_on("TurnAdded")
def _turn_added(state: RoomState, e: r.TurnAdded, now: int) -> RoomState:
    turns = _round(state, e.step)
    if not 0 <= e.index <= len(turns.turns):
        raise IndexError(e.index)
    new = (*turns.turns[: e.index], Turn(e.group, e.allotted), *turns.turns[e.index :])
    return _with_round(state, replace(turns, turns=new))


@_on("TurnTimeSet")
def _turn_time_set(state: RoomState, e: r.TurnTimeSet, now: int) -> RoomState:
    turns = _round(state, e.step)
    changed = tuple(
        replace(t, allotted=e.each)
        if t.state in (TurnState.WAITING, TurnState.RUNNING, TurnState.PAUSED)
        else t
        for t in turns.turns
    )
    return _with_round(state, replace(turns, turns=changed))


@_on("TurnsPaused")
def _turns_paused(state: RoomState, e: r.TurnsPaused, now: int) -> RoomState:
    turns = _round(state, e.step)
    index = turns.current
    if index is None or turns.turns[index].state is not TurnState.RUNNING:
        raise ValueError("no turn is running")
    turn = turns.turns[index]
    return _with_round(
        state, turns.with_turn(index, replace(turn, pauses=(*turn.pauses, (now, None))))
    )


@_on("TurnsResumed")
def _turns_resumed(state: RoomState, e: r.TurnsResumed, now: int) -> RoomState:
    turns = _round(state, e.step)
    index = turns.current
    if index is None or turns.turns[index].state is not TurnState.PAUSED:
        raise ValueError("no turn is paused")
    turn = turns.turns[index]
    start, _ = turn.pauses[-1]
    if now < start:
        raise ValueError("time went backwards")
    pauses = (*turn.pauses[:-1], (start, now))
    return _with_round(state, turns.with_turn(index, replace(turn, pauses=pauses)))


# --- the wall ------------------------------------------------------------------------


def _note(wall: Wall, note_id: int) -> Note:
    note = wall.note(note_id)
    if note is None:
        raise LookupError(f"no note {note_id}")
    return note


def _with_note(state: RoomState, note: Note) -> RoomState:
    notes = tuple(note if n.id == note.id else n for n in state.wall.notes)
    return replace(state, wall=replace(state.wall, notes=notes))


def _without_empty_themes(wall: Wall) -> Wall:
    used = {n.theme for n in wall.notes}
    return replace(wall, themes=tuple(t for t in wall.themes if t.id in used))


@_on("NoteAdded")
def _note_added(state: RoomState, e: r.NoteAdded, now: int) -> RoomState:
    wall = state.wall
    if wall.note(e.note) is not None or e.note < wall.next_note:
        raise ValueError(f"note {e.note} was added before")
    note = Note(e.note, e.step, e.text, e.source, e.kind, now, e.client_id, e.status, name=e.name)
    wall = replace(wall, notes=(*wall.notes, note), next_note=e.note + 1)
    return replace(state, wall=wall)


@_on("NoteEdited")
def _note_edited(state: RoomState, e: r.NoteEdited, now: int) -> RoomState:
    return _with_note(state, replace(_note(state.wall, e.note), text=e.text, edited=True))


@_on("NoteHidden")
def _note_hidden(state: RoomState, e: r.NoteHidden, now: int) -> RoomState:
    return _with_note(state, replace(_note(state.wall, e.note), hidden=e.hidden))


@_on("NoteRemoved")
def _note_removed(state: RoomState, e: r.NoteRemoved, now: int) -> RoomState:
    _note(state.wall, e.note)
    wall = replace(state.wall, notes=tuple(n for n in state.wall.notes if n.id != e.note))
    return replace(state, wall=_without_empty_themes(wall))


@_on("NoteReleased")
def _note_released(state: RoomState, e: r.NoteReleased, now: int) -> RoomState:
    return _with_note(state, replace(_note(state.wall, e.note), status=Status.RELEASED))


@_on("AutoReleaseSet")
def _auto_release_set(state: RoomState, e: r.AutoReleaseSet, now: int) -> RoomState:
    notes = state.wall.notes
    if e.on:  # what waited goes on the wall with the switch
        notes = tuple(replace(n, status=Status.RELEASED) for n in notes)
    return replace(state, wall=replace(state.wall, notes=notes, auto_release=e.on))


@_on("PostingSet")
def _posting_set(state: RoomState, e: r.PostingSet, now: int) -> RoomState:
    closed = state.wall.closed_steps - {e.step} if e.open else state.wall.closed_steps | {e.step}
    return replace(state, wall=replace(state.wall, closed_steps=frozenset(closed)))


@_on("NamesAsked")
def _names_asked(state: RoomState, e: r.NamesAsked, now: int) -> RoomState:
    return replace(state, wall=replace(state.wall, ask_names=e.on))


@_on("ThemeMade")
def _theme_made(state: RoomState, e: r.ThemeMade, now: int) -> RoomState:
    wall = state.wall
    if wall.theme(e.theme) is not None or e.theme < wall.next_theme or not e.notes:
        raise ValueError(f"theme {e.theme} cannot be made")
    for note_id in e.notes:
        _note(wall, note_id)
    notes = tuple(replace(n, theme=e.theme) if n.id in e.notes else n for n in wall.notes)
    wall = replace(
        wall,
        notes=notes,
        themes=(*wall.themes, Theme(e.theme, e.name)),
        next_theme=e.theme + 1,
    )
    return replace(state, wall=_without_empty_themes(wall))


@_on("NoteThemed")
def _note_themed(state: RoomState, e: r.NoteThemed, now: int) -> RoomState:
    if e.theme is not None and state.wall.theme(e.theme) is None:
        raise LookupError(f"no theme {e.theme}")
    moved = _with_note(state, replace(_note(state.wall, e.note), theme=e.theme))
    return replace(moved, wall=_without_empty_themes(moved.wall))


@_on("ThemeRenamed")
def _theme_renamed(state: RoomState, e: r.ThemeRenamed, now: int) -> RoomState:
    if state.wall.theme(e.theme) is None:
        raise LookupError(f"no theme {e.theme}")
    themes = tuple(Theme(t.id, e.name) if t.id == e.theme else t for t in state.wall.themes)
    return replace(state, wall=replace(state.wall, themes=themes))


@_on("ThemeDissolved")
def _theme_dissolved(state: RoomState, e: r.ThemeDissolved, now: int) -> RoomState:
    wall = state.wall
    if wall.theme(e.theme) is None:
        raise LookupError(f"no theme {e.theme}")
    notes = tuple(replace(n, theme=None) if n.theme == e.theme else n for n in wall.notes)
    themes = tuple(t for t in wall.themes if t.id != e.theme)
    return replace(state, wall=replace(wall, notes=notes, themes=themes))


# --- feedback ------------------------------------------------------------------------


@_on("FeedbackGiven")
def _feedback_given(state: RoomState, e: r.FeedbackGiven, now: int) -> RoomState:
    if e.feedback < state.next_feedback or not 1 <= e.score <= e.scale:
        raise ValueError(f"feedback {e.feedback} does not fit")
    given = Feedback(e.feedback, e.score, e.scale, e.text, now, e.client_id, e.source)
    return replace(state, feedback=(*state.feedback, given), next_feedback=e.feedback + 1)
