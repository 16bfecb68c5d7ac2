"""The room of one run: its people, groups, dealt material, turns, wall and feedback (pure).

:class:`Room` is what views and command sources (keys, menus, the console's
panels, later the participants' phones) talk to. Every command takes ``now``
(the session clock's instant), decides what happens (who goes where, which
cards, whose turn), records it as one or more journal records, and applies
them to its :class:`~facilitator.room.state.RoomState` through
:func:`~facilitator.room.state.apply`, the same function a replay uses. A
command that cannot be done raises :class:`~facilitator.room.notices.RoomError`
and changes nothing; what the trainer should know about a command that was
done comes back as :class:`~facilitator.room.notices.Notice` values.

Randomness (groups, shuffled turns) comes from a seed the command is given or
takes from ``now``; the record keeps the outcome, so a replay needs no seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

from facilitator.agenda.groupsize import GroupSize
from facilitator.engine import events
from facilitator.engine.events.core import Event
from facilitator.room.deal import Label, Material, deal
from facilitator.room.feedback import DEFAULT_SCALE, MAX_SCALE, Feedback
from facilitator.room.grouping import Group, Grouping, newcomer_group, removal_moves
from facilitator.room.mixing import alternatives_exist, arrange, partition, together
from facilitator.room.notices import Notice, RoomError, duration, listing
from facilitator.room.people import MAX_PEOPLE, Person, clean_name, distinct_names, parse_names
from facilitator.room.sizes import SizePlan, plan_count, plan_sizes
from facilitator.room.state import RoomState, apply
from facilitator.room.turns import SECOND, TurnRound, TurnState, propose_turn_time
from facilitator.room.wall import (
    CLIENT_ID_LIMIT,
    MAX_NOTES,
    Kind,
    Note,
    Source,
    Status,
    clean_note,
    clean_theme_name,
)
from facilitator.room.words import Words, words_for

#: Called with every record the room applies and its instant: the journal's writer.
Recorder = Callable[[Event, int], None]

#: The shortest and longest turn that can be set.
TURN_LEAST = 10 * SECOND
TURN_MOST = 60 * 60 * SECOND

_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]+$")


def _seed(now: int, salt: int) -> int:
    """A seed from the instant of a command, when the caller gives none."""
    return (now * 2654435761 + salt) % 2**31


class Room:
    """The room of one run; every change goes through a command and is recorded."""

    def __init__(
        self,
        language: str = "nl",
        *,
        record: Recorder | None = None,
        state: RoomState | None = None,
    ) -> None:
        self.words: Words = words_for(language)
        self._state = state if state is not None else RoomState()
        self._recorders: list[Recorder] = [record] if record is not None else []

    @property
    def state(self) -> RoomState:
        """The room as it is now (a frozen value: views read it, never change it)."""
        return self._state

    def subscribe(self, recorder: Recorder) -> None:
        """Call ``recorder`` with every record from now on (the journal, a view's refresh)."""
        self._recorders.append(recorder)

    def _do(self, record: Event, now: int) -> None:
        self._state = apply(self._state, record, now)
        for recorder in self._recorders:
            recorder(record, now)

    def person_name(self, person: Person) -> str:
        """How a person is shown: their name, or "Persoon 3" when only counted."""
        return person.name or self.words.person.format(number=person.id)

    # --- people ----------------------------------------------------------------------

    def set_people(self, people: int | str | Sequence[str], now: int) -> list[Notice]:
        """Who is in the room: a number of people, pasted text with names, or a list of names.

        Replaces the people before, and clears the groups (they held other people).
        """
        if isinstance(people, int):
            if not 0 <= people <= MAX_PEOPLE:
                raise RoomError("too_many_people", limit=MAX_PEOPLE, count=people)
            given = [""] * people
        else:
            if isinstance(people, str):
                given = parse_names(people)
            else:  # names one by one: a comma in a name stays
                given = [name for name in map(clean_name, people) if name]
            if not given:
                raise RoomError("no_names")
            if len(given) > MAX_PEOPLE:
                raise RoomError("too_many_people", limit=MAX_PEOPLE, count=len(given))
        names = distinct_names(given) if not isinstance(people, int) else given
        first = self._state.next_person
        record = events.room.PeopleSet(
            tuple(Person(first + i, name) for i, name in enumerate(names))
        )
        had_groups = self._state.grouping is not None
        self._do(record, now)
        notices = []
        renamed = [name for name, was in zip(names, given, strict=True) if name != was]
        if renamed:
            notices.append(Notice("same_names", {"names": listing(renamed)}))
        if had_groups:
            notices.append(Notice("people_replaced"))
        return notices

    def add_person(self, now: int, name: str = "") -> tuple[Person, list[Notice]]:
        """Someone arrives; they join the smallest group, if there are groups."""
        if len(self._state.people) >= MAX_PEOPLE:
            raise RoomError("too_many_people", limit=MAX_PEOPLE, count=MAX_PEOPLE + 1)
        cleaned = clean_name(name)
        if cleaned:
            (cleaned,) = distinct_names([cleaned], (p.name for p in self._state.people))
        elif name.strip():
            raise RoomError("empty_name")
        person = Person(self._state.next_person, cleaned)
        grouping = self._state.grouping
        number = newcomer_group(grouping) if grouping is not None else None
        self._do(events.room.PersonAdded(person, number), now)
        notices: list[Notice] = []
        if number is not None:
            notices.append(Notice("joined", {"person": self.person_name(person), "group": number}))
            notices += self._outside_notices([number])
        return person, notices

    def remove_person(self, person_id: int, now: int) -> list[Notice]:
        """Someone leaves; a group left below its range is merged or topped up."""
        person = self._person(person_id)
        grouping = self._state.grouping
        moves: tuple[tuple[int, int], ...] = ()
        home: Group | None = None
        if grouping is not None:
            home = grouping.group_of(person_id)
            moves = removal_moves(grouping, person_id)
        self._do(
            events.room.PersonRemoved(person.id, tuple(events.room.Move(p, g) for p, g in moves)),
            now,
        )
        notices = [
            Notice("moved", {"person": self.person_name(self._person(p)), "group": g})
            for p, g in moves
        ]
        after = self._state.grouping
        if home is not None and after is not None:
            if after.group(home.number) is None:
                notices.append(Notice("group_gone", {"group": home.number}))
            notices += self._outside_notices([home.number, *(g for _, g in moves)])
        return notices

    def rename_person(self, person_id: int, name: str, now: int) -> None:
        """Write a person's name differently (a typo, a nickname)."""
        self._person(person_id)
        cleaned = clean_name(name)
        if not cleaned:
            raise RoomError("empty_name")
        others = (p.name for p in self._state.people if p.id != person_id)
        (cleaned,) = distinct_names([cleaned], others)
        self._do(events.room.PersonRenamed(person_id, cleaned), now)

    def move_person(self, person_id: int, group: int, now: int) -> list[Notice]:
        """Move someone into another group (the trainer's own choice)."""
        self._person(person_id)
        grouping = self._grouping()
        if grouping.group(group) is None:
            raise RoomError("unknown_group", group=group)
        before = grouping.group_of(person_id)
        self._do(events.room.PersonMoved(person_id, group), now)
        numbers = [group] + ([before.number] if before is not None else [])
        return self._outside_notices(numbers)

    def _person(self, person_id: int) -> Person:
        person = self._state.person(person_id)
        if person is None:
            raise RoomError("unknown_person")
        return person

    # --- groups ------------------------------------------------------------------------

    def make_groups(
        self,
        step: str,
        now: int,
        *,
        size: GroupSize | None = None,
        count: int | None = None,
        seed: int | None = None,
    ) -> list[Notice]:
        """New groups for ``step``: of a size range (the step's or the trainer's), or a count.

        The groups are as even as possible and mix people who were together in
        earlier groupings. Exactly one of ``size`` and ``count`` is given.
        """
        if (size is None) == (count is None):
            raise ValueError("give a size or a number of groups")
        people = [p.id for p in self._state.people]
        plan = self._plan(len(people), size, count)
        seed = seed if seed is not None else _seed(now, len(self._state.earlier))
        table = together((g.members, 1) for g in self._history())
        groups = arrange(people, plan.sizes, seed, table or None)
        record = events.room.GroupsMade(
            step,
            str(size) if size is not None else "",
            count or 0,
            seed,
            tuple(Group(n, tuple(m)) for n, m in enumerate(groups, start=1)),
        )
        self._do(record, now)
        return self._size_notices(len(people), size, plan)

    def reshuffle(self, now: int, *, seed: int | None = None) -> list[Notice]:
        """Other groups of the same kind, mixing people who were together; numbers are kept.

        Everyone present is placed (late arrivals too), the sizes planned anew.
        When only one grouping is possible, nothing changes and a notice says so.
        """
        grouping = self._grouping()
        people = [p.id for p in self._state.people]
        plan = self._plan(len(people), grouping.size, grouping.count)
        current = partition(grouping.members)
        if not alternatives_exist(plan.sizes) and len(plan.sizes) == len(grouping.groups):
            return [Notice("same_again")]
        seed = seed if seed is not None else _seed(now, len(self._state.earlier) + 1)
        history = [(g.members, 1) for g in self._state.earlier] + [(grouping.members, 2)]
        groups = arrange(people, plan.sizes, seed, together(history), avoid=current)
        numbers = [g.number for g in grouping.groups][: len(groups)]
        top = max((g.number for g in grouping.groups), default=0)
        numbers += range(top + 1, top + 1 + len(groups) - len(numbers))
        record = events.room.GroupsReshuffled(
            seed, tuple(Group(n, tuple(m)) for n, m in zip(numbers, groups, strict=True))
        )
        self._do(record, now)
        notices = self._size_notices(len(people), grouping.size, plan)
        after = self._grouping()
        for dealt in after.deals:
            notices += [
                Notice("not_dealt", {"group": g.number, "handout": dealt.handout})
                for g in after.groups
                if not dealt.of(g.number)
            ]
        return notices

    def _plan(self, people: int, size: GroupSize | None, count: int | None) -> SizePlan:
        if people == 0:
            raise RoomError("no_people")
        if count is not None:
            if not 1 <= count <= people:
                raise RoomError("bad_count", people=people)
            return plan_count(people, count)
        assert size is not None
        return plan_sizes(people, size)

    def _history(self) -> list[Grouping]:
        current = [self._state.grouping] if self._state.grouping is not None else []
        return [*self._state.earlier, *current]

    def _size_notices(self, people: int, size: GroupSize | None, plan: SizePlan) -> list[Notice]:
        if plan.fits or size is None:
            return []
        if len(plan.sizes) == 1 and plan.sizes[0] < size.least:
            return [Notice("too_few", {"people": people, "size": _size_words(size)})]
        if size.pairs and sorted(plan.sizes)[:-1] == [2] * (len(plan.sizes) - 1):
            return [Notice("trio", {"people": people})]
        return [
            Notice(
                "uneven",
                {
                    "people": people,
                    "size": _size_words(size),
                    "sizes": listing([str(s) for s in plan.sizes]),
                },
            )
        ]

    def _grouping(self) -> Grouping:
        grouping = self._state.grouping
        if grouping is None:
            raise RoomError("no_groups")
        return grouping

    def _outside_notices(self, numbers: Sequence[int]) -> list[Notice]:
        grouping = self._state.grouping
        if grouping is None:
            return []
        notices = []
        for number in dict.fromkeys(numbers):
            group = grouping.group(number)
            if group is None:
                continue
            where = grouping.outside(group)
            if (
                where == "over"
                and grouping.size is not None
                and not (grouping.size.pairs and len(group.members) == 3)
            ):
                notices.append(
                    Notice(
                        "over",
                        {"group": number, "count": len(group.members), "most": grouping.most},
                    )
                )
            elif where == "under":
                notices.append(
                    Notice(
                        "under",
                        {"group": number, "count": len(group.members), "least": grouping.least},
                    )
                )
        return notices

    # --- dealing --------------------------------------------------------------------

    def deal(
        self,
        step: str,
        handout: str,
        material: Material,
        fragments: Sequence[str],
        now: int,
        *,
        per_group: int | None,
        titles: Mapping[str, str] | None = None,
        handout_title: str = "",
    ) -> list[Notice]:
        """Give every group ``per_group`` of ``fragments`` (ids), spread evenly; None: all.

        ``titles`` (id → title) and ``handout_title`` are kept with the deal, so
        that what was dealt can be told without the agenda. Dealing the same
        hand-out's material again replaces what was dealt.
        """
        grouping = self._grouping()
        if not fragments:
            raise RoomError("nothing_to_deal", handout=handout, material=material)
        numbers = [g.number for g in grouping.groups]
        given = deal(list(fragments), numbers, per_group)
        known = titles or {}
        labels = tuple(Label(f, known[f]) for f in dict.fromkeys(fragments) if f in known)
        record = events.room.MaterialDealt(
            step, handout, material, per_group or 0, given, labels, handout_title
        )
        self._do(record, now)
        if per_group is not None and per_group * len(numbers) < len(fragments):
            return [
                Notice(
                    "not_all_used",
                    {
                        "groups": len(numbers),
                        "per_group": per_group,
                        "count": len(fragments),
                        "material": material,
                        "left": len(fragments) - per_group * len(numbers),
                    },
                )
            ]
        return []

    # --- turns ----------------------------------------------------------------------

    def plan_turns(
        self,
        step: str,
        now: int,
        *,
        each: int | None = None,
        remaining: int = 0,
        order: Literal["groups", "shuffled"] = "groups",
        seed: int | None = None,
    ) -> list[Notice]:
        """A turn per group in ``step``, in group order or shuffled.

        ``each`` is the time per turn (ns); without it the step's ``remaining``
        time is shared out (:func:`~facilitator.room.turns.propose_turn_time`).
        The step's own countdown is not touched. Planning again starts over.
        """
        grouping = self._grouping()
        numbers = [g.number for g in grouping.groups]
        if order == "shuffled":
            random.Random(seed if seed is not None else _seed(now, 7)).shuffle(numbers)
        notices: list[Notice] = []
        if each is None:
            each = propose_turn_time(remaining, len(numbers))
            if remaining <= 0:
                notices.append(Notice("no_time_left", {"each": duration(each)}))
        self._check_turn_time(each)
        if 0 < remaining < each * len(numbers):
            notices.append(
                Notice(
                    "turns_too_long",
                    {
                        "turns": len(numbers),
                        "each": duration(each),
                        "total": duration(each * len(numbers)),
                        "left": duration(remaining),
                    },
                )
            )
        self._do(events.room.TurnsPlanned(step, each, order, tuple(numbers)), now)
        return notices

    def start_turn(self, step: str, now: int, index: int | None = None) -> int:
        """Start the next waiting turn (or turn ``index``); a turn under way ends first.

        Returns the index of the turn started.
        """
        turns = self._round(step)
        index = _waiting_turn(turns, index)
        if turns.current is not None:
            self._do(events.room.TurnEnded(step, turns.current), now)
        self._do(events.room.TurnStarted(step, index), now)
        return index

    def end_turn(self, step: str, now: int) -> None:
        """End the turn under way."""
        turns = self._round(step)
        if turns.current is None:
            raise RoomError("no_turn_running")
        self._do(events.room.TurnEnded(step, turns.current), now)

    def skip_turn(self, step: str, now: int, index: int | None = None) -> int:
        """Skip the next waiting turn (or turn ``index``) before it starts; returns its index."""
        turns = self._round(step)
        index = _waiting_turn(turns, index)
        self._do(events.room.TurnSkipped(step, index), now)
        return index

    def redo_turn(self, step: str, now: int, index: int | None = None) -> int:
        """Give a group its turn again, next: turn ``index``'s group, by default the turn
        under way or the last one done. Returns the index of the new turn."""
        turns = self._round(step)
        if index is None:
            started = [i for i, t in enumerate(turns.turns) if t.started is not None]
            index = (
                turns.current if turns.current is not None else (started[-1] if started else None)
            )
            if index is None:
                raise RoomError("no_turn_running")
        elif not 0 <= index < len(turns.turns):
            raise RoomError("unknown_turn")
        turn = turns.turns[index]
        position = _insert_position(turns)
        self._do(events.room.TurnAdded(step, position, turn.group, turn.allotted), now)
        return position

    def add_turn(self, step: str, group: int, now: int) -> int:
        """One more turn for group ``group``, after the others; returns its index."""
        turns = self._round(step)
        if self._grouping().group(group) is None:
            raise RoomError("unknown_group", group=group)
        each = turns.turns[-1].allotted if turns.turns else TURN_LEAST
        self._do(events.room.TurnAdded(step, len(turns.turns), group, each), now)
        return len(turns.turns)

    def set_turn_time(self, step: str, each: int, now: int) -> None:
        """The time per turn (ns), for the turn under way and those waiting."""
        self._round(step)
        self._check_turn_time(each)
        self._do(events.room.TurnTimeSet(step, each), now)

    def pause_turns(self, step: str, now: int) -> bool:
        """Stop the running turn's clock (with the session's pause); False if none runs."""
        turns = self._state.round(step)
        if turns is None or turns.current is None:
            return False
        if turns.turns[turns.current].state is not TurnState.RUNNING:
            return False
        self._do(events.room.TurnsPaused(step), now)
        return True

    def resume_turns(self, step: str, now: int) -> bool:
        """Let the paused turn's clock run again; False if none is paused."""
        turns = self._state.round(step)
        if turns is None or turns.current is None:
            return False
        if turns.turns[turns.current].state is not TurnState.PAUSED:
            return False
        self._do(events.room.TurnsResumed(step), now)
        return True

    def _round(self, step: str) -> TurnRound:
        turns = self._state.round(step)
        if turns is None:
            raise RoomError("no_turns")
        return turns

    @staticmethod
    def _check_turn_time(each: int) -> None:
        if not TURN_LEAST <= each <= TURN_MOST:
            raise RoomError("bad_turn_time", least=duration(TURN_LEAST), most=duration(TURN_MOST))

    # --- the wall -------------------------------------------------------------------

    def add_note(
        self,
        text: str,
        now: int,
        *,
        step: str = "",
        source: Source = Source.TRAINER,
        kind: Kind = Kind.NOTE,
        client_id: str = "",
        name: str = "",
    ) -> Note:
        """Put a note on the wall (plain text); returns it.

        A note sent again with the same ``client_id`` (a phone retrying) is not
        a second note: the first one is returned. A participant's note waits for
        release unless auto-release is on. ``name`` (a participant's) is kept only
        while the trainer asks for names; otherwise the note is anonymous.
        """
        if client_id:
            if len(client_id) > CLIENT_ID_LIMIT or not _CLIENT_ID.match(client_id):
                raise RoomError("bad_client_id", limit=CLIENT_ID_LIMIT)
            known = self._state.wall.by_client_id(client_id)
            if known is not None:
                return known
        cleaned = clean_note(text)
        wall = self._state.wall
        if len(wall.notes) >= MAX_NOTES:
            raise RoomError("wall_full", limit=MAX_NOTES)
        waits = source is Source.PARTICIPANT and not wall.auto_release
        status = Status.PENDING if waits else Status.RELEASED
        signed = clean_name(name) if source is Source.PARTICIPANT and wall.ask_names else ""
        note_id = wall.next_note
        self._do(
            events.room.NoteAdded(note_id, step, cleaned, source, kind, client_id, status, signed),
            now,
        )
        added = self._state.wall.note(note_id)
        assert added is not None
        return added

    def edit_note(self, note_id: int, text: str, now: int) -> None:
        """Change a note's text."""
        note = self._note(note_id)
        cleaned = clean_note(text)
        if cleaned != note.text:
            self._do(events.room.NoteEdited(note_id, cleaned), now)

    def hide_note(self, note_id: int, now: int, hidden: bool = True) -> None:
        """Keep a note off the projector (it stays on the console), or show it again."""
        if self._note(note_id).hidden != hidden:
            self._do(events.room.NoteHidden(note_id, hidden), now)

    def remove_note(self, note_id: int, now: int) -> None:
        """Take a note off the wall."""
        self._note(note_id)
        self._do(events.room.NoteRemoved(note_id), now)

    def release_note(self, note_id: int, now: int) -> None:
        """Let a participant's waiting note onto the wall."""
        if self._note(note_id).status is Status.PENDING:
            self._do(events.room.NoteReleased(note_id), now)

    def set_auto_release(self, on: bool, now: int) -> None:
        """Participants' notes go on the wall at once (``on``; the waiting ones too)."""
        if self._state.wall.auto_release != on:
            self._do(events.room.AutoReleaseSet(on), now)

    def set_posting(self, step: str, open_: bool, now: int) -> None:
        """Let phones post notes in ``step`` (``open_``), or close posting there."""
        if self._state.wall.posting_open(step) != open_:
            self._do(events.room.PostingSet(step, open_), now)

    def ask_names(self, on: bool, now: int) -> None:
        """Phones offer an optional name field (``on``), or notes stay anonymous."""
        if self._state.wall.ask_names != on:
            self._do(events.room.NamesAsked(on), now)

    def put_note_on(self, note_id: int, target_id: int, now: int) -> int:
        """Drop a note onto another: it joins the other's theme, or the two make a new one.

        Returns the theme's id.
        """
        note, target = self._note(note_id), self._note(target_id)
        if note.id == target.id:
            raise RoomError("onto_itself")
        if target.theme is not None:
            if note.theme != target.theme:
                self._do(events.room.NoteThemed(note.id, target.theme), now)
            return target.theme
        theme = self._state.wall.next_theme
        name = self.words.theme.format(number=theme)
        self._do(events.room.ThemeMade(theme, name, (target.id, note.id)), now)
        return theme

    def put_note_in(self, note_id: int, theme_id: int | None, now: int) -> None:
        """Drop a note onto a theme (it joins it), or take it out of any (``None``)."""
        note = self._note(note_id)
        if theme_id is not None and self._state.wall.theme(theme_id) is None:
            raise RoomError("unknown_theme")
        if note.theme != theme_id:
            self._do(events.room.NoteThemed(note_id, theme_id), now)

    def rename_theme(self, theme_id: int, name: str, now: int) -> None:
        """Give a theme a name."""
        theme = self._state.wall.theme(theme_id)
        if theme is None:
            raise RoomError("unknown_theme")
        cleaned = clean_theme_name(name)
        if cleaned != theme.name:
            self._do(events.room.ThemeRenamed(theme_id, cleaned), now)

    def dissolve_theme(self, theme_id: int, now: int) -> None:
        """Undo a theme: its notes are in no theme again (none is lost)."""
        if self._state.wall.theme(theme_id) is None:
            raise RoomError("unknown_theme")
        self._do(events.room.ThemeDissolved(theme_id), now)

    def _note(self, note_id: int) -> Note:
        note = self._state.wall.note(note_id)
        if note is None:
            raise RoomError("unknown_note")
        return note

    # --- feedback -------------------------------------------------------------------

    def give_feedback(
        self,
        score: int,
        now: int,
        *,
        text: str = "",
        scale: int = DEFAULT_SCALE,
        client_id: str = "",
        source: Source = Source.PARTICIPANT,
    ) -> Feedback:
        """Someone's quick feedback: ``score`` from 1 to ``scale``, and one sentence or none.

        Sent again with the same ``client_id``, it is not counted twice.
        """
        if client_id:
            if len(client_id) > CLIENT_ID_LIMIT or not _CLIENT_ID.match(client_id):
                raise RoomError("bad_client_id", limit=CLIENT_ID_LIMIT)
            known = self._state.feedback_by_client_id(client_id)
            if known is not None:
                return known
        if not 2 <= scale <= MAX_SCALE:
            raise RoomError("bad_scale", most=MAX_SCALE)
        if isinstance(score, bool) or not 1 <= score <= scale:
            raise RoomError("bad_score", scale=scale)
        sentence = clean_note(text) if text.strip() else ""
        number = self._state.next_feedback
        self._do(events.room.FeedbackGiven(number, score, scale, sentence, client_id, source), now)
        return self._state.feedback[-1]


def _size_words(size: GroupSize) -> str:
    return "two (pairs)" if size.pairs else str(size)


def _waiting_turn(turns: TurnRound, index: int | None) -> int:
    """The waiting turn to start or skip: ``index``, or by default the next one waiting.

    Raises RoomError when there is none, the index is out of range or that turn is not waiting.
    """
    if index is None:
        index = _next_after(turns)
        if index is None:
            raise RoomError("no_turn_waiting")
    elif not 0 <= index < len(turns.turns):
        raise RoomError("unknown_turn")
    elif turns.turns[index].state is not TurnState.WAITING:
        raise RoomError("not_waiting")
    return index


def _next_after(turns: TurnRound) -> int | None:
    """The first waiting turn after the one under way (or the first waiting at all)."""
    current = turns.current
    for index, turn in enumerate(turns.turns):
        if turn.state is TurnState.WAITING and (current is None or index > current):
            return index
    return turns.next_waiting


def _insert_position(turns: TurnRound) -> int:
    """Where a redone turn goes: right after the one under way, else before the next waiting."""
    if turns.current is not None:
        return turns.current + 1
    waiting = turns.next_waiting
    return waiting if waiting is not None else len(turns.turns)
