"""The room controller: the run's room in the journal, reset with a run, rebuilt after a crash;
group turns on the single timer, following the session; room screens on the projector."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import SECOND
from facilitator.engine.events import ResumeHow, RoomScreenChanged
from facilitator.engine.journal import Journal, read_log
from facilitator.engine.resume import prepare_resume, resume_run
from facilitator.engine.resume_point import ResumePoint
from facilitator.paths import runs_dir
from facilitator.projection.screens import RoomScreen
from facilitator.room.replay import replay_room
from facilitator.room.state import handled
from facilitator.room.turns import TurnState
from facilitator.room.wall import Source
from facilitator.ui.controller import SessionController
from tests.ui.qt_helpers import NINE, SessionClock, make_controller

NAMES = "Anna\nBo\nChris\nDirk\nEva\nFatima\nGerrit\nHanna\nIlse\nJoost\nKim\nLotte"
STEP_3 = 2  # groepsactiviteit-scenarios: groups 3-5, two cards per group
STEP_4 = 3  # delen-en-begeleide-discussie: groups same, turns


def _factory(path: Path):  # type: ignore[no-untyped-def]
    def journal_factory(agenda: Agenda) -> Journal:
        return Journal(path)

    return journal_factory


@pytest.fixture
def journal_path(data_dir: Path) -> Path:
    return runs_dir() / "run.jsonl"


@pytest.fixture
def controller(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, journal_path: Path
) -> Iterator[SessionController]:
    made = make_controller(agenda_2, session_clock, journal_factory=_factory(journal_path))
    made.refresh()
    yield made
    made.shutdown()


def advance(clock: SessionClock, controller: SessionController, ns: int) -> None:
    clock.fake.advance(ns)
    controller.refresh()


def to_step(controller: SessionController, index: int) -> None:
    if controller.run.state.name == "NOT_STARTED":
        controller.toggle_running()
    controller.go_to_step(index)


def test_room_records_go_to_the_journal_even_before_the_session_starts(
    controller: SessionController, journal_path: Path
) -> None:
    room = controller.room
    assert controller.journal is None
    assert room.make_groups(people=NAMES, size=GroupSize(3, 5), seed=3)
    assert controller.journal is not None  # opened by the room's first record
    controller.toggle_running()
    controller.go_to_step(STEP_3)
    assert room.deal_for_step()
    controller.shutdown()
    log = read_log(journal_path)
    assert log.warnings == []
    names = [e.event.NAME for e in log.entries if type(e.event) in handled()]
    assert names == ["room_people_set", "room_groups_made", "room_material_dealt"]
    assert replay_room(log).state == room.state


def test_a_new_run_starts_with_an_empty_room(
    controller: SessionController, agenda_2: Agenda
) -> None:
    controller.room.make_groups(people=12, size=GroupSize(3, 5))
    assert controller.room.state.grouping is not None
    controller.load_agenda(agenda_2)
    assert controller.room.state.people == () and controller.room.state.grouping is None


def test_a_refused_command_says_why_in_the_trainers_words(
    controller: SessionController,
) -> None:
    told: list[object] = []
    controller.room.noticesChanged.connect(told.append)
    assert not controller.room.next_turn()
    assert [n.text for n in controller.room.notices] == [
        "There are no turns in this step yet: start the groups' turns first."
    ]
    controller.room.make_groups(people=NAMES, size=GroupSize(3, 5))
    to_step(controller, STEP_4)
    controller.pause()
    assert controller.room.plan_turns(2 * 60 * SECOND)
    assert not controller.room.next_turn()
    assert controller.room.notices[0].key == "session_not_running"
    assert len(told) == 4


def test_a_turn_runs_with_its_step_and_never_moves_the_steps_countdown(
    controller: SessionController, session_clock: SessionClock
) -> None:
    room = controller.room
    room.make_groups(people=NAMES, size=GroupSize(3, 5), seed=1)
    to_step(controller, STEP_4)
    before = controller.run.timer.remaining(controller.now())
    room.plan_turns(2 * 60 * SECOND)
    room.next_turn()
    advance(session_clock, controller, 30 * SECOND)
    controller.pause()
    turns = room.turns()
    assert turns is not None and turns.turns[0].state is TurnState.PAUSED
    advance(session_clock, controller, 60 * SECOND)  # paused: neither clock moves
    controller.toggle_running()
    assert room.turns().turns[0].state is TurnState.RUNNING  # type: ignore[union-attr]
    advance(session_clock, controller, 15 * SECOND)
    turn = room.turns().turns[0]  # type: ignore[union-attr]
    assert turn.used(controller.now()) == 45 * SECOND
    # The step counted the same 45 s, turns or not.
    assert controller.run.timer.remaining(controller.now()) == before - 45 * SECOND
    controller.next_step()  # leaving the step stops its turn's clock too
    assert room.state.round("delen-en-begeleide-discussie").turns[0].state is TurnState.PAUSED  # type: ignore[union-attr]


def test_the_single_timer_is_armed_for_the_turns_next_second(
    controller: SessionController, session_clock: SessionClock
) -> None:
    room = controller.room
    room.make_groups(people=NAMES, size=GroupSize(3, 5))
    to_step(controller, STEP_4)
    room.plan_turns(2 * 60 * SECOND)
    advance(session_clock, controller, 400_000_000)  # the step's second turns in 0.6 s
    room.next_turn()  # the turn's first second ends 1 s from now
    advance(session_clock, controller, 700_000_000)
    # The step's shown second changed at +0.6 s (0.1 s ago: next in 0.9 s); the turn's
    # changes in 0.3 s: the timer is armed for the turn (plus the 1 ms margin).
    assert controller.timer_interval_ms == 301
    seen: list[object] = []
    controller.changed.connect(seen.append)
    advance(session_clock, controller, 300_000_000)
    assert seen, "a new second of the turn's countdown is a visible change"


def test_room_screens_come_and_go_and_are_journaled(
    controller: SessionController, journal_path: Path
) -> None:
    projector = controller.projector
    assert not projector.toggle_room_screen(RoomScreen.GROUPS)  # no groups yet
    controller.room.make_groups(people=NAMES, size=GroupSize(3, 5), seed=2)
    to_step(controller, STEP_3)
    assert projector.toggle_room_screen(RoomScreen.GROUPS)
    shown = projector.projected()
    assert shown.room is RoomScreen.GROUPS and shown.slide.kind == "groups"
    assert shown.slide.panels[0].title.replace("\u00a0", " ").startswith("Groep 1 · ")
    item = controller.run.item_index
    projector.previous_item()  # PageUp at its first page: back to the item behind it
    assert projector.room_screen is None and controller.run.item_index == item
    projector.toggle_room_screen(RoomScreen.GROUPS)
    projector.next_item()  # PageDown at its last page: the item behind it, as it was
    assert projector.room_screen is None and controller.run.item_index == item
    projector.next_item()  # then on, as ever
    assert controller.run.item_index == item + 1
    projector.toggle_room_screen(RoomScreen.GROUPS)
    controller.next_step()  # a new step takes it off
    assert projector.room_screen is None
    controller.shutdown()
    screens = [e.event.screen for e in read_log(journal_path).all(RoomScreenChanged)]
    assert screens == ["groups", "", "groups", "", "groups", ""]


def test_after_a_crash_the_groups_the_turn_and_its_screen_come_back(
    qtbot: QtBot,
    agenda_2: Agenda,
    session_clock: SessionClock,
    controller: SessionController,
    journal_path: Path,
) -> None:
    room = controller.room
    room.make_groups(people=NAMES, size=GroupSize(3, 5), seed=4)
    to_step(controller, STEP_3)
    room.deal_for_step()
    controller.go_to_step(STEP_4)
    room.plan_turns(2 * 60 * SECOND)
    room.next_turn()
    advance(session_clock, controller, 20 * SECOND)
    room.next_turn()  # group 1 done after 20 s, group 2 under way
    advance(session_clock, controller, 10 * SECOND)
    controller.projector.show_room_screen(RoomScreen.TURN)
    crash = controller.now()
    live = room.state
    # The app dies here: nothing closes the run. The next start rebuilds it.
    resumable = prepare_resume(journal_path, read_log(journal_path), load_agenda)
    assert resumable.room == live
    down = 40 * SECOND
    session_clock.fake.advance(down)
    point = ResumePoint(now=crash + down, offset=0, downtime=down)
    run = resume_run(
        resumable, Journal(journal_path), point, ResumeHow.PAUSED, wall=NINE, boot=None
    )
    again = make_controller(agenda_2, session_clock)
    again.restore(
        run,
        Journal(journal_path),
        room=resumable.room,
        screen=resumable.rebuilt.room_screen,
        paused_at=resumable.last_t,
    )
    try:
        state = again.room.state
        assert state.grouping == live.grouping and state.grouping is not None
        assert state.grouping.deals  # the dealt cards too
        turns = again.room.turns()
        assert turns is not None and turns.current == 1
        assert turns.turns[0].used(again.now()) == 20 * SECOND
        # Resumed paused: the turn stopped where the app did, as the step did.
        assert turns.turns[1].state is TurnState.PAUSED
        assert turns.turns[1].used(again.now()) == 10 * SECOND
        assert again.projector.room_screen is RoomScreen.TURN
        assert again.projector.projected().turn is not None
        again.toggle_running()
        advance(session_clock, again, 5 * SECOND)
        assert again.room.turns().turns[1].used(again.now()) == 15 * SECOND  # type: ignore[union-attr]
    finally:
        again.shutdown()


def test_after_a_crash_the_wall_and_its_screen_come_back(
    qtbot: QtBot,
    agenda_2: Agenda,
    session_clock: SessionClock,
    controller: SessionController,
    journal_path: Path,
) -> None:
    room = controller.room
    to_step(controller, STEP_4)
    assert room.add_notes(["Rolmodellen", "Taal in vacatures", "Geheim"])
    one, two, secret = (n.id for n in room.state.wall.notes)
    assert room.put_note_on(two, one)
    theme = room.state.wall.themes[0].id
    assert room.rename_theme(theme, "Zichtbaarheid")
    assert room.hide_note(secret)
    assert room.edit_note(one, "Rolmodellen uit de buurt")
    assert room.set_auto_release(False)
    assert room.add_note("Van een telefoon", Source.PARTICIPANT)  # waits for release
    controller.projector.show_room_screen(RoomScreen.WALL_THEMES)
    crash = controller.now()
    live = room.state.wall
    # The app dies here; the next start rebuilds the wall from the journal alone.
    resumable = prepare_resume(journal_path, read_log(journal_path), load_agenda)
    assert resumable.room is not None and resumable.room.wall == live
    point = ResumePoint(now=crash + SECOND, offset=0, downtime=SECOND)
    run = resume_run(
        resumable, Journal(journal_path), point, ResumeHow.PAUSED, wall=NINE, boot=None
    )
    again = make_controller(agenda_2, session_clock)
    again.restore(
        run,
        Journal(journal_path),
        room=resumable.room,
        screen=resumable.rebuilt.room_screen,
        paused_at=resumable.last_t,
    )
    try:
        wall = again.room.state.wall
        assert wall == live
        assert [(n.text, n.hidden, n.theme) for n in wall.notes[:3]] == [
            ("Rolmodellen uit de buurt", False, theme),
            ("Taal in vacatures", False, theme),
            ("Geheim", True, None),
        ]
        assert again.projector.room_screen is RoomScreen.WALL_THEMES
        slide = again.projector.projected().slide
        assert [p.title for p in slide.panels] == ["Zichtbaarheid"]
        assert "Geheim" not in slide.panels[0].body and "telefoon" not in slide.panels[0].body
        # The waiting note is still waiting, and can be released after the crash.
        assert again.room.release_all()
        assert again.room.state.wall.notes[-1].shown
    finally:
        again.shutdown()
