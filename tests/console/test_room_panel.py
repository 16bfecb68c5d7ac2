"""The console's room panel and the turn's chime, pure: literal times."""

from __future__ import annotations

from facilitator.agenda.groupsize import GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.console.chimes import Chime, TurnChimeCue
from facilitator.console.room import people_changed, people_text, room_panel, step_wishes
from facilitator.paths import bundled_agendas
from facilitator.room.room import Room
from facilitator.room.turns import SECOND
from facilitator.room.words import words_for

NL = words_for("nl")
MIN = 60 * SECOND


def test_the_summary_follows_the_room() -> None:
    room = Room("nl")
    assert room_panel(room.state, "s", NL, 0).summary.startswith("Nobody is in the room yet")
    room.set_people(1, 1)
    assert room_panel(room.state, "s", NL, 0).summary.startswith("1 person in the room, not")
    room.set_people(9, 2)
    room.make_groups("s", 3, count=2, seed=1)
    panel = room_panel(room.state, "s", NL, 0)
    assert panel.summary == "9 people in 2 groups (as many groups as asked)."
    assert not panel.named and not panel.turns_first
    assert panel.turn_line.startswith("No group turns in this step")


def test_turn_rows_say_planned_used_and_overrun() -> None:
    room = Room("nl")
    room.set_people(9, 1)
    room.make_groups("s", 2, size=GroupSize(3, 5), seed=1)
    room.plan_turns("s", 3, each=2 * MIN)
    panel = room_panel(room.state, "s", NL, 3)
    assert panel.turn_line == "Next up: Groep 1 (2:00). Y starts the turn."
    room.start_turn("s", 0)
    room.start_turn("s", 2 * MIN + 14 * SECOND)  # group 1 ran 14 s over
    panel = room_panel(room.state, "s", NL, 3 * MIN)
    first, second = panel.turns
    assert (first.used, first.overrun, first.state, first.over) == ("2:14", "+0:14", "done", True)
    assert (second.used, second.overrun, second.current) == ("0:46", "–", True)
    assert panel.clock == "1:14" and not panel.clock_over and panel.turns_first
    assert panel.turn_line == "Turn 2 of 2: Groep 2, 1:14 left. This is the last turn."
    late = room_panel(room.state, "s", NL, 5 * MIN)
    assert late.clock == "+0:46" and late.clock_over


def test_people_are_replaced_only_when_they_differ() -> None:
    room = Room("nl")
    room.set_people("Anna, Bo", 1)
    assert not people_changed(room.state, "Anna\nBo")
    assert people_changed(room.state, "Anna\nBo\nChris")
    assert people_changed(room.state, 2)  # the same count, but without names
    assert people_text(room.state) == "Anna\nBo"
    room.set_people(4, 2)
    assert not people_changed(room.state, 4) and people_changed(room.state, 5)


def test_the_turn_chime_sounds_once_when_a_running_turn_reaches_zero() -> None:
    room = Room("nl")
    room.set_people(9, 1)
    room.make_groups("s", 2, size=GroupSize(3, 5), seed=1)
    room.plan_turns("s", 3, each=MIN)
    cue = TurnChimeCue()
    assert cue.follow(room.state.round("s"), 4) is None  # nothing under way
    room.start_turn("s", 0)
    turns = lambda: room.state.round("s")  # noqa: E731
    assert cue.follow(turns(), 59 * SECOND) is None
    assert cue.follow(turns(), MIN) is Chime.TURN
    assert cue.follow(turns(), MIN + SECOND) is None  # once
    room.start_turn("s", 2 * MIN)
    assert cue.follow(turns(), 4 * MIN) is None  # a new turn first seen over: no chime
    fresh = TurnChimeCue()
    assert fresh.follow(turns(), 5 * MIN) is None  # first seen already over
    room.pause_turns("s", 5 * MIN)
    assert cue.follow(turns(), 6 * MIN) is None


def test_what_a_step_asks_of_the_room_is_said() -> None:
    path = next(p for p in bundled_agendas() if p.name.startswith("sessie-2"))
    agenda = load_agenda(path)
    by_id = {step.id: step for step in agenda.steps}
    assert step_wishes(agenda, by_id["groepsactiviteit-scenarios"]) == (
        "This step asks for groups of 3-5: Make groups… (Ctrl+G).",
        "Deal 2 cards per group from Hand-out 2: Scenariokaarten voor op de werkplek: "
        "Deal… (Ctrl+K).",
    )
    assert step_wishes(agenda, by_id["delen-en-begeleide-discussie"]) == (
        "This step goes on with the groups made before.",
        "Every group has a turn: Group turns… (Ctrl+Y), then Y for each group.",
    )
    assert step_wishes(agenda, by_id["tweetallen-werkplekscenes"])[1] == (
        "Every group has a turn of about 2 min: Group turns… (Ctrl+Y), then Y for each group."
    )
    assert step_wishes(agenda, by_id["evaluatie-en-conclusie"]) == ()
