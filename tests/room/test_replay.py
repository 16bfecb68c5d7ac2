"""The room replayed from the journal equals the live room."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.engine.events import Event, decode_all, encode, registry
from facilitator.engine.journal import Journal, read_log
from facilitator.engine.replay import replay
from facilitator.engine.session import SessionRun
from facilitator.room.notices import RoomError
from facilitator.room.replay import RoomFollower, replay_room
from facilitator.room.room import Room
from facilitator.room.state import handled
from facilitator.room.turns import SECOND
from facilitator.room.wall import Kind, Source

BUNDLE = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"

WALL = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
CARDS = ["kaart-a", "kaart-b", "kaart-c", "kaart-d"]


class Lines:
    """A recorder that keeps journal lines in memory, through JSON as the journal would."""

    def __init__(self) -> None:
        self.lines: list[dict[str, Any]] = []

    def __call__(self, record: Event, now: int) -> None:
        self.lines.append(json.loads(json.dumps(encode(record, now, WALL))))


def session_2(room: Room, clock: list[int]) -> None:
    """What a trainer does in session 2: people, groups, cards, turns, notes, feedback."""

    def now(step: int = SECOND) -> int:
        clock[0] += step
        return clock[0]

    room.set_people("Anna\nBo\nChris\nDirk\nEva\nFatima\nGerrit\nHanna\nIlse\nJoost\nKim", now())
    room.make_groups("groepsactiviteit-scenarios", now(), size=GroupSize(3, 5), seed=7)
    room.deal("groepsactiviteit-scenarios", "hand-out-2", "cards", CARDS, now(), per_group=2)
    late, _ = room.add_person(now(), "Lotte")
    room.remove_person(2, now())
    room.reshuffle(now(), seed=8)
    room.plan_turns("delen-en-begeleide-discussie", now(), remaining=15 * 60 * SECOND)
    room.start_turn("delen-en-begeleide-discussie", now())
    room.pause_turns("delen-en-begeleide-discussie", now(30 * SECOND))
    room.resume_turns("delen-en-begeleide-discussie", now(10 * SECOND))
    room.start_turn("delen-en-begeleide-discussie", now(200 * SECOND))
    room.skip_turn("delen-en-begeleide-discussie", now())
    room.redo_turn("delen-en-begeleide-discussie", now())
    room.end_turn("delen-en-begeleide-discussie", now(240 * SECOND))
    room.make_groups("tweetallen-werkplekscenes", now(), size=PAIRS, seed=9)
    a = room.add_note("Aannames over gezinnen", now(), step="delen")
    b = room.add_note("Ideeën worden genegeerd", now(), step="delen", kind=Kind.INSIGHT)
    c = room.add_note("Leeftijd telt mee", now(), step="delen")
    theme = room.put_note_on(b.id, a.id, now())
    room.put_note_in(c.id, theme, now())
    room.rename_theme(theme, "Vooroordelen", now())
    room.hide_note(c.id, now())
    room.set_auto_release(False, now())
    p = room.add_note("Ik zal...", now(), source=Source.PARTICIPANT, client_id="tel-1-1")
    room.release_note(p.id, now())
    room.edit_note(a.id, "Aannames over gezinstaken", now())
    room.remove_note(b.id, now())
    room.give_feedback(4, now(), text="Nuttig", client_id="tel-1-f")
    room.rename_person(late.id, "Lotte B.", now())


def test_every_room_event_has_a_replay_and_every_replay_an_event() -> None:
    room_events = {kind for name, kind in registry().items() if name.startswith("room_")}
    assert handled() == frozenset(room_events)
    assert len(room_events) >= 25


def test_a_session_written_through_a_real_journal_replays_to_the_same_room(
    tmp_path: Path,
) -> None:
    agenda = load_agenda(BUNDLE / "sessie-2-diversiteit-op-de-werkplek.yaml")
    journal = Journal(tmp_path / "run.jsonl")
    run = SessionRun(agenda, journal=journal, wall=lambda: WALL)
    run.start(0)
    room = Room("nl", record=lambda record, now: journal.write(record, now, WALL))
    session_2(room, [0])
    run.pause(10**12)
    journal.close()
    log = read_log(tmp_path / "run.jsonl")
    assert log.warnings == []
    replayed = replay_room(log)
    assert replayed.warnings == []
    assert replayed.state == room.state
    # The run and the room from one journal: the room follows the engine's replay.
    follower = RoomFollower()
    both = replay(agenda, log, followers=[follower])
    assert both.warnings == []
    assert follower.state == room.state
    assert both.run.snapshot(10**12) == run.snapshot(10**12)
    assert room.state.grouping is not None and room.state.grouping.step == (
        "tweetallen-werkplekscenes"
    )
    assert len(room.state.earlier) >= 2 and room.state.feedback


def test_a_replayed_room_goes_on_where_it_was() -> None:
    lines = Lines()
    room = Room("nl", record=lines)
    session_2(room, [0])
    again = replay_room(decode_all(lines.lines)).room("nl")
    note = again.add_note("Na de crash", 10**13)
    assert note.id == max(n.id for n in room.state.wall.notes) + 1


def test_damaged_and_misfit_lines_are_skipped_with_a_warning() -> None:
    lines = Lines()
    room = Room("nl", record=lines)
    room.set_people(4, 1)
    room.add_note("Blijft", 2)
    good = list(lines.lines)
    damaged = [
        {"t": 3, "event": "room_note_added", "note": "drie", "text": "x"},
        {"t": 4, "event": "room_note_edited", "note": 99, "text": "weg"},
        {"t": 5, "event": "room_confetti"},
        {"event": "room_note_hidden", "note": 1},
        {"t": 6, "event": "step_started", "index": 0},
    ]
    replayed = replay_room(decode_all([*good, *damaged]))
    assert replayed.state == room.state
    assert replayed.warnings == [
        "Line 3 of the session log: in the event “room_note_added”, “note” should be a whole "
        "number but is “drie”; skipped.",
        "Line 5 of the session log: an event “room_confetti” this version does not know; skipped.",
        "Line 6 of the session log: the event “room_note_hidden” has no valid time; skipped.",
        "Line 4 of the session log: the event “room_note_edited” does not fit the room "
        "(no note 99); skipped.",
    ]


COMMANDS = st.lists(
    st.tuples(st.integers(0, 31), st.integers(0, 40), st.integers(0, 40), st.integers(1, 90)),
    max_size=45,
)


def _act(room: Room, op: int, x: int, y: int, now: int) -> None:
    """Command number ``op`` with arguments picked by ``x`` and ``y`` (one command each)."""
    state = room.state
    people = [p.id for p in state.people]
    notes = [n.id for n in state.wall.notes]
    themes = [t.id for t in state.wall.themes]
    groups = [g.number for g in state.grouping.groups] if state.grouping else [1]
    person = people[x % len(people)] if people else 1
    note = notes[x % len(notes)] if notes else 1
    other = notes[y % len(notes)] if notes else 1
    theme = themes[y % len(themes)] if themes else 1
    step = "stap"
    sizes = [PAIRS, GroupSize(3, 5), GroupSize(2, 3), GroupSize(4, 4)]
    actions = [
        lambda: room.set_people(x % 25, now),
        lambda: room.add_person(now, f"P{x}" if y % 3 else ""),
        lambda: room.remove_person(person, now),
        lambda: room.make_groups(step, now, size=sizes[x % 4], seed=y),
        lambda: room.make_groups(step, now, count=1 + x % 5, seed=y),
        lambda: room.reshuffle(now, seed=y),
        lambda: room.deal(step, "hand-out-2", "cards", CARDS, now, per_group=1 + x % 3),
        lambda: room.plan_turns(step, now, remaining=x * 30 * SECOND, order="shuffled"),
        lambda: room.start_turn(step, now),
        lambda: room.end_turn(step, now),
        lambda: room.skip_turn(step, now),
        lambda: room.redo_turn(step, now),
        lambda: room.pause_turns(step, now),
        lambda: room.resume_turns(step, now),
        lambda: room.add_note(f"notitie {x}", now, source=list(Source)[y % 3], client_id=f"c{x}"),
        lambda: room.edit_note(note, f"tekst {y}", now),
        lambda: room.put_note_on(note, other, now),
        lambda: room.hide_note(note, now, y % 2 == 0),
        lambda: room.remove_note(note, now),
        lambda: room.release_note(note, now),
        lambda: room.put_note_in(note, None if y % 4 == 0 else theme, now),
        lambda: room.rename_theme(theme, f"T{y}", now),
        lambda: room.dissolve_theme(theme, now),
        lambda: room.set_auto_release(y % 2 == 0, now),
        lambda: room.give_feedback(1 + x % 5, now, text=f"zin {y}", client_id=f"f{y}"),
        lambda: room.move_person(person, groups[y % len(groups)], now),
        lambda: room.add_turn(step, groups[y % len(groups)], now),
        lambda: room.set_turn_time(step, (1 + x) * 15 * SECOND, now),
        lambda: room.rename_person(person, f"Naam {y}", now),
        lambda: room.set_posting(f"stap-{x % 3}", y % 2 == 0, now),
        lambda: room.ask_names(y % 2 == 0, now),
        lambda: room.add_note(
            f"met naam {x}", now, source=Source.PARTICIPANT, client_id=f"n{x}", name=f"Naam {y}"
        ),
    ]
    actions[op % len(actions)]()


@settings(max_examples=80, deadline=None)
@given(COMMANDS)
def test_replaying_any_sequence_of_commands_gives_the_live_room(
    commands: list[tuple[int, int, int, int]],
) -> None:
    lines = Lines()
    room = Room("nl", record=lines)
    now = 0
    # A room under way first (people, groups, notes, turns), so that most commands apply.
    start = [(0, 12, 0, 1), (3, 1, 5, 1), (14, 1, 0, 1), (14, 2, 1, 1), (7, 20, 0, 1)]
    for op, x, y, gap in [*start, *commands]:
        now += gap * SECOND
        with contextlib.suppress(RoomError):  # refused: nothing changed, nothing recorded
            _act(room, op, x, y, now)
    replayed = replay_room(decode_all(lines.lines))
    assert replayed.warnings == []
    assert replayed.state == room.state
