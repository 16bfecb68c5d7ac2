"""The SessionController: signals only on visible change, the one timer, the named commands.

Time is a FakeClock; ``controller.refresh()`` makes the controller look at
the engine as its timer would after the clock moved.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.engine.journal import Journal, read_journal
from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.engine.timer import Phase, TimerState
from facilitator.paths import runs_dir
from facilitator.ui.controller import SessionController
from tests.ui.qt_helpers import START, SessionClock, event_names, make_controller

MS = 1_000_000


class Spy:
    """Everything the controller emitted, per signal."""

    def __init__(self, controller: SessionController) -> None:
        self.changed: list[SessionSnapshot] = []
        self.steps: list[int] = []
        self.projections = 0
        controller.changed.connect(self.changed.append)
        controller.stepChanged.connect(self.steps.append)
        controller.projector.projectionChanged.connect(self._on_projection)

    def _on_projection(self) -> None:
        self.projections += 1

    def clear(self) -> None:
        self.changed.clear()
        self.steps.clear()
        self.projections = 0


@pytest.fixture
def controller(
    qtbot: QtBot, agenda_1: Agenda, session_clock: SessionClock
) -> Iterator[SessionController]:
    made = make_controller(agenda_1, session_clock)
    made.refresh()  # the first look: what a window shows when it opens
    yield made
    made.shutdown()


@pytest.fixture
def spy(controller: SessionController) -> Spy:
    return Spy(controller)


def advance(clock: SessionClock, controller: SessionController, ns: int) -> None:
    clock.fake.advance(ns)
    controller.refresh()


# --- changed: only when something visible changed ----------------------------


def test_changed_is_emitted_when_the_shown_second_changes_and_only_then(
    controller: SessionController, spy: Spy, session_clock: SessionClock
) -> None:
    controller.toggle_running()
    assert [s.display_seconds for s in spy.changed] == [600]
    assert spy.changed[-1].state is RunState.RUNNING
    spy.clear()

    advance(session_clock, controller, 300 * MS)  # 599.7 s left: still shows 10:00
    assert spy.changed == []
    advance(session_clock, controller, 700 * MS - 1)  # 1 ns before the boundary
    assert spy.changed == []
    advance(session_clock, controller, 1)  # exactly 1 s after the start: 9:59
    assert [s.display_seconds for s in spy.changed] == [599]
    advance(session_clock, controller, SECOND - 1)
    assert [s.display_seconds for s in spy.changed] == [599]
    advance(session_clock, controller, 1)
    assert [s.display_seconds for s in spy.changed] == [599, 598]
    # A refresh at the same instant, however often, says nothing new.
    for _ in range(5):
        controller.refresh()
    assert len(spy.changed) == 2
    assert spy.changed[-1] == controller.snapshot()


def test_a_command_that_changes_nothing_emits_nothing(
    controller: SessionController, spy: Spy
) -> None:
    controller.pause()  # not started: nothing to pause
    controller.projector.previous_item()  # already at the first item
    controller.previous_step()  # already at the first step
    assert (spy.changed, spy.steps, spy.projections) == ([], [], 0)


def test_the_timer_is_armed_for_the_next_second_boundary(
    controller: SessionController, session_clock: SessionClock
) -> None:
    # Not started: only the time of day moves; the wall clock is at 09:00:00.000.
    assert controller.timer_interval_ms == 60_000 + 1
    controller.toggle_running()
    assert controller.timer_interval_ms == 1_000 + 1  # 1 ms late on purpose
    advance(session_clock, controller, 300 * MS)
    assert controller.timer_interval_ms == 700 + 1
    advance(session_clock, controller, 950 * MS)  # 1.25 s after the start
    assert controller.timer_interval_ms == 750 + 1
    # Paused, the session clock (elapsed, projected end) still turns every second.
    controller.toggle_running()
    assert controller.timer_interval_ms == 750 + 1
    advance(session_clock, controller, 500 * MS)
    assert controller.timer_interval_ms == 250 + 1


def test_the_timer_is_armed_for_a_phase_change_between_seconds(
    controller: SessionController, session_clock: SessionClock
) -> None:
    controller.toggle_running()
    # 20% of 10 min = 2 min left is the warning threshold: 8 min in.
    advance(session_clock, controller, 8 * MINUTE - 1)
    assert controller.snapshot().phase is Phase.NORMAL
    # 1 ns to go: rounded up to a whole millisecond, plus the 1 ms margin.
    assert controller.timer_interval_ms == 2
    advance(session_clock, controller, 1)
    assert controller.snapshot().phase is Phase.WARNING


# --- the named commands ----------------------------------------------------


def test_toggle_running_starts_pauses_and_resumes(
    controller: SessionController, spy: Spy, session_clock: SessionClock
) -> None:
    assert controller.snapshot().state is RunState.NOT_STARTED
    controller.toggle_running()
    assert controller.snapshot().timer_state is TimerState.RUNNING
    advance(session_clock, controller, 10 * SECOND)
    assert controller.snapshot().display_seconds == 590
    controller.toggle_running()
    paused = controller.snapshot()
    assert (paused.state, paused.timer_state) == (RunState.PAUSED, TimerState.PAUSED)
    assert spy.changed[-1].state is RunState.PAUSED
    advance(session_clock, controller, 30 * SECOND)
    assert controller.snapshot().display_seconds == 590  # a pause costs the step nothing
    assert controller.snapshot().elapsed_session == 40 * SECOND  # but the session goes on
    controller.toggle_running()
    advance(session_clock, controller, SECOND)
    snap = controller.snapshot()
    assert (snap.state, snap.display_seconds) == (RunState.RUNNING, 589)


def test_next_and_previous_step(
    controller: SessionController, spy: Spy, session_clock: SessionClock
) -> None:
    controller.toggle_running()
    assert spy.steps == []  # step 1 was already announced by the first look
    advance(session_clock, controller, 61 * SECOND)
    controller.next_step()
    snap = controller.snapshot()
    assert (snap.index, snap.display_seconds, snap.step_id) == (
        1,
        15 * 60,
        "presentatie-outreachstrategieen",
    )
    assert spy.steps == [1]
    assert spy.changed[-1].index == 1
    assert controller.run.record(0).actual(controller.now()) == 61 * SECOND
    advance(session_clock, controller, 5 * SECOND)
    controller.previous_step()
    back = controller.snapshot()
    # Back at step 1, its countdown goes on where it stopped: 10:00 - 1:01.
    assert (back.index, back.display_seconds) == (0, 539)
    assert spy.steps == [1, 0]


def test_add_and_remove_a_minute(
    controller: SessionController, spy: Spy, session_clock: SessionClock
) -> None:
    controller.toggle_running()
    controller.add_minute()
    assert (controller.snapshot().display_seconds, controller.snapshot().planned) == (
        660,
        11 * MINUTE,
    )
    assert spy.changed[-1].display_seconds == 660
    controller.remove_minute()
    controller.remove_minute()
    assert (controller.snapshot().display_seconds, controller.snapshot().planned) == (
        540,
        9 * MINUTE,
    )


def test_restart_step_gives_the_full_time_again_and_keeps_the_time_spent(
    controller: SessionController, session_clock: SessionClock
) -> None:
    controller.toggle_running()
    advance(session_clock, controller, 61 * SECOND)
    assert controller.snapshot().display_seconds == 539
    controller.restart_step()
    assert controller.snapshot().display_seconds == 600
    assert controller.run.record(0).actual(controller.now()) == 61 * SECOND


def test_next_and_previous_item_change_the_projection_not_the_step(
    controller: SessionController, spy: Spy
) -> None:
    controller.toggle_running()
    spy.clear()
    assert controller.projector.current_slide().kind == "title"
    controller.projector.next_item()
    assert controller.snapshot().item_index == 1
    assert controller.projector.current_slide().kind == "question"
    assert spy.projections == 1
    assert spy.steps == []
    controller.projector.previous_item()
    assert controller.snapshot().item_index == 0
    assert controller.projector.current_slide().kind == "title"
    assert spy.projections == 2


def test_next_item_at_the_last_item_never_changes_the_step(
    controller: SessionController, spy: Spy
) -> None:
    controller.toggle_running()
    for index in range(controller.run.step_count):
        spy.clear()
        count = len(controller.projector.slides())
        for _ in range(count + 3):
            controller.projector.next_item()
        snap = controller.snapshot()
        assert snap.index == index
        assert snap.item_index == count - 1
        assert spy.steps == []
        assert spy.projections == count - 1  # one per item moved to, none at the end
        controller.next_step()
    assert controller.snapshot().state is RunState.FINISHED


def test_toggle_blank(controller: SessionController, spy: Spy) -> None:
    controller.toggle_running()
    spy.clear()
    controller.projector.toggle_blank()
    assert controller.projector.blank
    assert spy.projections == 1
    assert len(spy.changed) == 1  # the toolbar's checked state follows
    controller.projector.toggle_blank()
    assert not controller.projector.blank
    assert spy.projections == 2
    controller.projector.set_blank(False)  # already showing: nothing
    assert spy.projections == 2


def test_changed_carries_the_snapshot_the_views_show(
    controller: SessionController, spy: Spy, session_clock: SessionClock
) -> None:
    controller.toggle_running()
    advance(session_clock, controller, 12 * MINUTE)  # two minutes over a 10-minute step
    snap = spy.changed[-1]
    assert snap == controller.snapshot()
    assert (snap.display_seconds, snap.phase) == (-120, Phase.OVERTIME)
    assert snap.behind == 2 * MINUTE


# --- the journal ---------------------------------------------------------------


def test_the_journal_is_opened_at_the_start_and_records_commands(
    qtbot: QtBot, agenda_1: Agenda, session_clock: SessionClock, data_dir: Path
) -> None:
    opened: list[Agenda] = []

    def journal_factory(agenda: Agenda) -> Journal:
        opened.append(agenda)
        return Journal(runs_dir() / "run.jsonl")

    controller = make_controller(agenda_1, session_clock, journal_factory=journal_factory)
    controller.refresh()
    controller.projector.next_item()
    assert opened == [] and controller.journal is None
    controller.projector.previous_item()
    controller.toggle_running()
    assert opened == [agenda_1]
    advance(session_clock, controller, 2 * SECOND)
    controller.projector.next_item()
    controller.projector.toggle_blank()
    advance(session_clock, controller, 3 * SECOND)
    controller.next_step()
    controller.shutdown()

    path = data_dir / "runs" / "run.jsonl"
    assert controller.journal is None
    read = read_journal(path)
    assert read.warnings == []
    events = [e for e in read.events if e["event"] != "heartbeat"]
    assert event_names(events) == [
        "run_started",
        "step_started",
        "item_changed",
        "blank_changed",
        "step_paused",
        "step_ended",
        "step_changed",
        "step_started",
        "app_closed",
    ]
    by_name = {e["event"]: e for e in events}
    assert by_name["run_started"]["t"] == START
    assert by_name["item_changed"]["t"] == START + 2 * SECOND
    assert by_name["item_changed"]["item"] == 1
    assert by_name["blank_changed"]["blank"] is True
    assert by_name["step_ended"]["actual"] == 5 * SECOND
    assert (by_name["step_changed"]["from"], by_name["step_changed"]["to"]) == (0, 1)
    assert by_name["app_closed"]["t"] == START + 5 * SECOND


def test_a_commands_journal_line_is_fsynced_after_the_command_not_in_it(
    qtbot: QtBot,
    agenda_1: Agenda,
    session_clock: SessionClock,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The line is with the OS at once; its fsync (1-2 ms of a command) comes once the
    command's frame is painted, one for a burst of commands (issue 13)."""
    import os

    from facilitator.ui import controller as controller_module

    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    problems: list[str] = []
    controller = make_controller(
        agenda_1, session_clock, journal_factory=lambda _agenda: Journal(runs_dir() / "r.jsonl")
    )
    controller.journalProblem.connect(problems.append)
    wait = 20 * controller_module.JOURNAL_SYNC_MS
    try:
        controller.toggle_running()
        journal = controller.journal
        assert journal is not None
        qtbot.waitUntil(lambda: not journal.unsynced, timeout=wait)
        synced.clear()
        controller.add_minute()
        controller.add_minute()
        assert synced == [] and journal.unsynced
        events = [e["event"] for e in read_journal(journal.path).events]
        assert events.count("time_added") == 2  # with the OS already
        qtbot.waitUntil(lambda: not journal.unsynced, timeout=wait)
        assert len(synced) == 1  # one fsync for both

        def failing(_fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "fsync", failing)
        controller.add_minute()
        # Said by the sync: the controller's next refresh is a second away.
        qtbot.waitUntil(lambda: bool(problems), timeout=5 * controller_module.JOURNAL_SYNC_MS)
        assert "disk full" in problems[-1]
        monkeypatch.setattr(os, "fsync", synced.append)
    finally:
        controller.shutdown()
    assert not journal.unsynced  # closing synced what the failed fsync left


def test_every_area_of_the_journal_records_is_made_soon_after_the_journal_opens_one_at_a_time(
    qtbot: QtBot,
    agenda_1: Agenda,
    session_clock: SessionClock,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Made ahead of their first use (a page turned), but one area per turn of the event
    loop: all at once held up a command given in those 40 ms (issue 13)."""
    from facilitator.engine import events
    from facilitator.ui import controller as controller_module

    made: list[tuple[str, int]] = []
    turns = [0]
    real = events.core.load_area

    def load_area(area: str) -> None:
        made.append((area, turns[0]))
        real(area)

    monkeypatch.setattr(events.core, "load_area", load_area)
    controller = make_controller(
        agenda_1, session_clock, journal_factory=lambda _agenda: Journal(runs_dir() / "r.jsonl")
    )
    controller.toggle_running()
    assert made == []  # not while the first second is shown
    wait = controller_module.RECORDS_AFTER_OPENING_MS + 4 * controller_module.RECORDS_APART_MS
    for _ in range(wait // 10 + 40):
        qtbot.wait(10)
        turns[0] += 1
        if len(made) >= len(events.core.AREAS):
            break
    controller.shutdown()
    # (a controller of another test left running may make areas too: the first of each)
    first = {area: turn for area, turn in reversed(made)}
    assert sorted(first, key=first.__getitem__) == list(events.core.AREAS)
    assert len(set(first.values())) == len(first)  # each in a turn of its own
