"""Catch-up accidents of a real session (issue 13), in pure code with literal times."""

from __future__ import annotations

from datetime import datetime

from facilitator.console.catchup import CatchUpOffer, describe
from facilitator.console.model import ConsoleModel
from facilitator.engine.catchup import StepBudget, propose
from facilitator.engine.clock import MINUTE
from facilitator.engine.session import SessionRun
from tests.engine.factory import make_agenda

WALL = datetime(2026, 5, 4, 9, 0)
NONE: frozenset[str] = frozenset()


def started() -> SessionRun:
    """STEAM Coach's 10/15/25/15/15/10 minutes, started at 0."""
    run = SessionRun(make_agenda(), wall=lambda: WALL)
    run.start(0, WALL)
    return run


def lengths(run: SessionRun) -> list[int]:
    return [round(record.timer.planned / MINUTE) for record in run.records]


def test_lengthening_is_bounded_to_half_again_and_what_is_left_is_said() -> None:
    # 23 min early with one 15-minute step to come: not "15 → 38 min".
    plan = propose([StepBudget(index=5, planned=15 * MINUTE, minimum=7 * MINUTE)], -23 * MINUTE)
    assert [(old // MINUTE, new // MINUTE) for _, old, new in plan.changes] == [(15, 22)]
    assert plan.shortfall == -16 * MINUTE
    assert describe(plan, lambda _index: "Evaluatie") == (
        "Running 23 min early. Lengthen: “Evaluatie” 15 → 22 min. Still 16 min early after this."
    )


def test_an_early_session_spreads_its_lead_within_the_bound() -> None:
    steps = [StepBudget(i, m * MINUTE, m * MINUTE // 2) for i, m in enumerate((10, 20))]
    plan = propose(steps, -30 * MINUTE)
    assert [new // MINUTE for _, _, new in plan.changes] == [15, 30]
    assert plan.shortfall == -15 * MINUTE


def test_offered_while_paused_as_the_pause_makes_the_session_late() -> None:
    run = started()
    run.pause(11 * MINUTE)  # step 1 a minute over, then a break
    offer = CatchUpOffer()
    assert not offer.follow(run, 11 * MINUTE, NONE).shown
    view = offer.follow(run, 12 * MINUTE, NONE)  # the break made it 2 min late
    assert view.shown and view.text.startswith("Running 2 min late.")


def test_nothing_is_offered_when_no_step_to_come_can_change() -> None:
    run = started()
    run.go_to_step(5, 85 * MINUTE)  # the last step, 5 min late
    model = ConsoleModel()
    reason = model.ask_catchup(run, 85 * MINUTE)
    assert reason == (
        "Running 5 min late. No step to come can change (all locked or at their minimum)."
    )
    view = model.follow(run, 85 * MINUTE)
    assert not view.shown and not view.can_accept and not view.can_dismiss
    model.dismiss_catchup(run, 85 * MINUTE)
    assert not model.follow(run, 95 * MINUTE).shown  # and it never comes back


def test_an_offer_on_show_goes_when_nothing_is_left_to_change() -> None:
    run = started()
    model = ConsoleModel()
    assert model.follow(run, 12 * MINUTE).shown
    for step in run.agenda.steps[1:]:
        model.toggle_lock(step.id)
    assert not model.follow(run, 12 * MINUTE).shown


def test_asked_on_plan_says_so_without_a_band() -> None:
    run = started()
    model = ConsoleModel()
    assert model.ask_catchup(run, 5 * MINUTE) == "On plan: nothing to catch up."
    assert not model.follow(run, 5 * MINUTE).shown


def test_an_accepted_plan_is_undone_for_the_steps_not_begun() -> None:
    run = started()
    model = ConsoleModel()
    model.follow(run, 14 * MINUTE)
    assert not model.can_undo(run)
    plan = model.accept_catchup(run, 14 * MINUTE)
    assert plan is not None
    for index, old, new in plan.changes:
        run.adjust_step(index, new - old, 14 * MINUTE)
    assert lengths(run) == [10, 14, 24, 14, 14, 10]
    run.next_step(14 * MINUTE)  # step 2 begins with its new 14 minutes
    assert model.can_undo(run)
    undo = model.undo_catchup(run, 15 * MINUTE)
    assert undo == {2: MINUTE, 3: MINUTE, 4: MINUTE}  # step 2 has begun: its minutes stay
    for index, delta in undo.items():
        run.adjust_step(index, delta, 15 * MINUTE)
    assert lengths(run) == [10, 14, 25, 15, 15, 10]
    assert not model.can_undo(run)
    # Undone, the drift is back: it is not offered again until it grows.
    assert not model.follow(run, 15 * MINUTE).shown
