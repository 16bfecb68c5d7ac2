"""The catch-up offer model, in pure code with literal times (ns from the session's start)."""

from __future__ import annotations

from datetime import datetime

from facilitator.console.catchup import CatchUpOffer, describe, plan_for
from facilitator.console.model import ConsoleModel
from facilitator.engine import plan
from facilitator.engine.clock import MINUTE, SECOND, whole_minutes
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


def test_offered_unasked_once_two_minutes_late() -> None:
    run = started()
    offer = CatchUpOffer()
    assert not offer.follow(run, 11 * MINUTE, NONE).shown  # 1 min late
    view = offer.follow(run, 12 * MINUTE, NONE)
    assert view.shown and view.can_accept
    assert view.text.startswith("Running 2 min late. Shorten: “Step 2” 15 → 14 min")


def test_dismissed_comes_back_only_when_the_drift_grows_by_two_minutes() -> None:
    run = started()
    offer = CatchUpOffer()
    assert offer.follow(run, 12 * MINUTE, NONE).shown
    offer.dismiss(run, 12 * MINUTE, NONE)
    assert not offer.follow(run, 13 * MINUTE, NONE).shown
    assert offer.follow(run, 14 * MINUTE, NONE).shown


def test_accept_gives_the_plan_on_show_and_closes_the_offer() -> None:
    run = started()
    offer = CatchUpOffer()
    view = offer.follow(run, 14 * MINUTE, NONE)
    accepted = offer.accept(run, 14 * MINUTE, NONE)
    assert accepted is not None and accepted == view.plan
    for index, old, new in accepted.changes:
        run.adjust_step(index, new - old, 14 * MINUTE)
    assert lengths(run) == [10, 14, 24, 14, 14, 10]
    assert not offer.follow(run, 14 * MINUTE, NONE).shown


def test_nothing_is_offered_before_the_start_even_when_asked() -> None:
    run = SessionRun(make_agenda(), wall=lambda: WALL)
    offer = CatchUpOffer()
    assert offer.ask(run, 0, NONE) == "The session is not under way: nothing to catch up."
    assert not offer.follow(run, 0, NONE).shown
    assert offer.accept(run, 0, NONE) is None


def test_locked_steps_stay_out_of_the_offer() -> None:
    run = started()
    model = ConsoleModel()
    told: list[str] = []
    model.subscribe(lambda: told.append("changed"))
    for step in run.agenda.steps[1:]:
        if step.id != "step-4":
            assert model.toggle_lock(step.id)
    assert len(told) == 4
    assert model.ask_catchup(run, 14 * MINUTE) is None
    view = model.follow(run, 14 * MINUTE)
    assert view.plan is not None
    assert [index for index, _, _ in view.plan.changes] == [3]


def test_paused_what_is_shown_is_what_accept_applies_at_every_instant() -> None:
    # Paused 2 min late, a little after a whole second: the drift grows with the
    # pause, and its whole minutes turn at instants between the session's seconds.
    run = started()
    paused_at = 12 * MINUTE + 400_000_000
    run.pause(paused_at)
    offer = CatchUpOffer()
    assert offer.ask(run, paused_at, NONE) is None
    now = paused_at
    view = offer.follow(run, now, NONE)
    assert view.text.startswith("Running 2 min late. Shorten: “Step 2” 15 → 14 min")
    assert "“Step 3” 25 → 24 min" in view.text
    seen = set()
    while now < paused_at + 5 * MINUTE:
        # The instants a view looks again: the session clock's second and the drift's minute.
        wakes = [run.next_change(now), plan.next_drift_change(run, now)]
        following = min(w for w in wakes if w is not None)
        for instant in (now, (now + following) // 2, following - 1):
            # Until the next look, the live plan is the one on show.
            assert plan_for(run, instant, NONE) == view.plan, instant
        now = following
        view = offer.follow(run, now, NONE)
        seen.add(whole_minutes(run.snapshot(now).behind))
    assert seen == {2, 3, 4, 5, 6, 7}
    # Four minutes later the same offer is for 6 minutes, and Accept applies exactly that.
    now = paused_at + 4 * MINUTE
    view = offer.follow(run, now, NONE)
    accepted = offer.accept(run, now, NONE)
    assert accepted == view.plan and accepted is not None
    for index, old, new in accepted.changes:
        run.adjust_step(index, new - old, now)
    assert lengths(run)[1:3] == [14, 23]
    assert "Running 6 min late" in view.text


def test_the_drift_holds_while_the_step_counts_down() -> None:
    run = started()
    assert plan.next_drift_change(run, 3 * MINUTE) is None
    # In overtime the projected end moves on: 2:30 late turns into 3 min late.
    assert plan.next_drift_change(run, 12 * MINUTE) == 12 * MINUTE + 30 * SECOND
    run.pause(12 * MINUTE + 30 * SECOND)
    assert plan.next_drift_change(run, 12 * MINUTE + 30 * SECOND) == 13 * MINUTE + 30 * SECOND


def test_whole_minutes_round_halves_away_from_zero_exactly() -> None:
    assert whole_minutes(2 * MINUTE + 30 * SECOND - 1) == 2
    assert whole_minutes(2 * MINUTE + 30 * SECOND) == 3
    assert whole_minutes(-2 * MINUTE - 30 * SECOND + 1) == -2
    assert whole_minutes(-2 * MINUTE - 30 * SECOND) == -3
    assert whole_minutes(29 * SECOND) == 0


def test_early_the_drift_turns_the_nanosecond_it_rounds_to_a_minute_less() -> None:
    # Paused 3 min early: -2:30 still rounds to -3, one nanosecond later to -2.
    run = started()
    run.go_to_step(1, 7 * MINUTE)
    run.pause(7 * MINUTE)
    turn = plan.next_drift_change(run, 7 * MINUTE)
    assert turn == 7 * MINUTE + 30 * SECOND + 1
    assert whole_minutes(run.snapshot(turn - 1).behind) == -3
    assert whole_minutes(run.snapshot(turn).behind) == -2


def test_the_offer_in_words() -> None:
    run = started()
    titles = {i: step.title for i, step in enumerate(run.agenda.steps)}.__getitem__
    late = plan_for(run, 14 * MINUTE, NONE)
    assert describe(late, titles) == (
        "Running 4 min late. Shorten: “Step 2” 15 → 14 min, “Step 3” 25 → 24 min, "
        "“Step 4” 15 → 14 min, “Step 5” 15 → 14 min. The session then ends at its planned time."
    )
    on_plan = plan_for(run, 5 * MINUTE, NONE)
    assert describe(on_plan, titles) == "On plan: nothing to catch up."
