"""The rows' looks are worked out again only when something they show changed (pure).

These tests count work, not time (bench/large_agenda.py times it): how often
the rows were worked out, how many rows got a new look, how often the
catch-up planner's budgets were worked out. After every command and second
the kept looks equal looks worked out afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

import facilitator.console.steps as steps_module
from facilitator.console.catchup import CatchUpOffer
from facilitator.console.catchup import budgets as steps_budgets
from facilitator.console.steps import RowLook, RowLooks, StepLooks, row_looks, step_rows
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.engine.session import SessionRun
from tests.engine.factory import make_agenda

WALL = datetime(2026, 5, 4, 9, 0)


class Following:
    """A run, the looks kept for it, and the instant now."""

    def __init__(self, minutes: tuple[float, ...] = (10, 15, 25, 15, 5)) -> None:
        self.run = SessionRun(make_agenda(minutes), wall=lambda: WALL)
        self.kept = StepLooks()
        self.now = 0
        self.locked: frozenset[str] = frozenset()

    def looks(self) -> RowLooks:
        snap = self.run.snapshot(self.now)
        return self.kept.looks(self.run, snap, self.now, WALL, None, self.locked)

    def fresh(self) -> list[RowLook]:
        snap = self.run.snapshot(self.now)
        return row_looks(snap, step_rows(self.run, snap, self.now, WALL, None, self.locked))

    def wait(self, seconds: int) -> None:
        self.now += seconds * SECOND


def test_a_second_passing_works_out_no_row_while_the_step_counts_down() -> None:
    following = Following()
    following.run.start(0, WALL)
    first = following.looks()
    for _ in range(90):
        following.wait(1)
        assert following.looks() is first
    assert following.kept.computed == 1


def test_a_minute_added_makes_the_looks_of_the_current_step_and_those_after_it() -> None:
    following = Following()
    following.run.start(0, WALL)
    following.wait(60)
    following.run.next_step(following.now)
    list(following.looks())  # every row's look made (each is made when first asked for)
    made = following.kept.made
    following.run.add_time(MINUTE, following.now)
    assert following.looks() == following.fresh()
    assert following.kept.made - made == 4  # the step done keeps its look


def test_a_step_locked_makes_that_row_only() -> None:
    following = Following()
    following.run.start(0, WALL)
    list(following.looks())  # every row's look made (each is made when first asked for)
    made = following.kept.made
    following.locked = frozenset({"step-4"})
    assert following.looks() == following.fresh()
    assert following.kept.made - made == 1


def test_paused_the_times_follow_the_clock() -> None:
    following = Following()
    following.run.start(0, WALL)
    following.run.pause(MINUTE)
    following.now = MINUTE
    before = following.looks()
    following.wait(60)
    after = following.looks()
    assert after == following.fresh()
    assert after[1].start != before[1].start  # the steps to come start a minute later


def test_another_language_works_the_rows_out_again(monkeypatch: pytest.MonkeyPatch) -> None:
    following = Following()
    following.run.start(0, WALL)
    following.looks()
    monkeypatch.setattr(steps_module, "generation", lambda: 10_000)
    following.looks()
    assert following.kept.computed == 2


def _script(run: SessionRun) -> list[tuple[int, Callable[[int], object]]]:
    """Commands at their minutes (seconds pass in between)."""
    return [
        (0, lambda now: run.start(now, WALL)),
        (3, lambda now: run.add_time(MINUTE, now)),
        (4, run.pause),
        (6, run.resume),
        (12, run.next_step),  # the first step ran over
        (14, lambda now: run.go_to_step(3, now)),  # one step skipped
        (15, lambda now: run.adjust_step(4, -MINUTE, now)),
        (18, run.previous_step),
        (20, lambda now: run.set_remaining(30 * SECOND, now)),
        (21, run.restart_step),
        (60, run.next_step),  # in overtime until then
        (62, lambda now: run.add_time(-MINUTE, now)),
        (70, run.finish),
        (72, run.previous_step),
    ]


def test_the_looks_kept_are_the_looks_worked_out_afresh_at_every_second() -> None:
    following = Following()
    run = following.run
    for minute, command in _script(run):
        while following.now < minute * MINUTE:
            following.wait(20)
            assert following.looks() == following.fresh(), following.now
        command(following.now)
        assert following.looks() == following.fresh(), following.now
    assert following.kept.computed < 2 * following.now // (20 * SECOND)


def test_the_catch_up_budgets_are_worked_out_when_the_steps_to_come_change() -> None:
    run = SessionRun(make_agenda((10, 15, 25, 15)), wall=lambda: WALL)
    offer = CatchUpOffer()
    run.start(0, WALL)
    planner = offer._planner
    for second in range(0, 120, 5):
        offer.follow(run, second * SECOND, frozenset())
    assert planner.budgeted == 1
    offer.follow(run, 120 * SECOND, frozenset({"step-3"}))
    assert planner.budgeted == 2
    run.adjust_step(3, MINUTE, 121 * SECOND)
    offer.follow(run, 121 * SECOND, frozenset({"step-3"}))
    assert planner.budgeted == 3
    run.next_step(122 * SECOND)
    offer.follow(run, 122 * SECOND, frozenset({"step-3"}))
    assert planner.budgeted == 4


def test_the_tips_follow_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    assert steps_module.row_tip(True, False, False, False) == "Current step"
    monkeypatch.setattr(steps_module, "translate", lambda _context, text: text.upper())
    monkeypatch.setattr(steps_module, "generation", lambda: 10_001)
    assert steps_module.row_tip(True, False, False, False) == "CURRENT STEP"


def test_a_minute_added_makes_only_the_rows_asked_for() -> None:
    """At 500 steps a minute added made every later row's look (issue 14): now the
    rows whose inputs changed are candidates, and a look is made when asked for."""
    following = Following(tuple(1 + i % 4 for i in range(40)))
    following.run.start(0, WALL)
    list(following.looks())
    made = following.kept.made
    following.run.add_time(MINUTE, following.now)
    looks = following.looks()
    assert looks.candidates == list(range(40))  # the current step and every later one
    assert following.kept.made == made  # none made yet
    for row in range(5):  # the rows in view
        looks[row]
    assert following.kept.made - made == 5
    assert [looks.made(row) for row in (4, 5, 39)] == [True, False, False]
    assert looks == following.fresh()  # the others, once asked for, are up to date
    assert looks.changed_parts(3) == (True, True, False)  # a later row: its times only
    assert looks.changed_parts(0)[2]  # the current step: its plan too


def test_a_rows_shape_is_known_without_its_look() -> None:
    following = Following()
    following.run.start(0, WALL)
    following.run.adjust_step(2, -5 * MINUTE, 0)
    looks = following.looks()
    assert looks.shape(0) == (True, "10 min", "")
    assert looks.shape(2) == (False, "25 → 20 min", "")
    assert not looks.made(0) and not looks.made(2)
    assert [looks.shape(i) for i in range(5)] == [
        (look.current, look.plan, look.actual) for look in following.fresh()
    ]


def test_a_lock_toggled_makes_that_steps_budget_only() -> None:
    """At 500 steps a lock made every budget anew (issue 14); the others are kept."""
    run = SessionRun(make_agenda((10, 15, 25, 15)), wall=lambda: WALL)
    offer = CatchUpOffer()
    run.start(0, WALL)
    planner = offer._planner
    offer.follow(run, 0, frozenset())
    assert planner._budgets is not None
    before = planner._budgets[1]
    offer.follow(run, SECOND, frozenset({"step-3"}))
    after = planner._budgets[1]
    assert [a is b for a, b in zip(before, after, strict=True)] == [True, False, True]
    assert after[1].locked and after == tuple(steps_budgets(run, frozenset({"step-3"})))
