"""How each row of the step list looks, and which cells a change touches (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from facilitator.console.steps import RowKind, row_looks, step_rows
from facilitator.engine.clock import MINUTE
from facilitator.engine.session import SessionRun
from facilitator.ui.presenter.step_model import (
    ACTUAL_COLUMN,
    END_COLUMN,
    PLAN_COLUMN,
    START_COLUMN,
    changed_columns,
)
from tests.engine.factory import make_agenda

WALL = datetime(2026, 5, 4, 9, 0)


def looks_at(run: SessionRun, now: int, locked: frozenset[str] = frozenset()) -> list:  # type: ignore[type-arg]
    snap = run.snapshot(now)
    return row_looks(snap, step_rows(run, snap, now, WALL, None, locked))


def test_rows_are_marked_done_current_next_and_locked() -> None:
    run = SessionRun(make_agenda((10, 15, 25, 15)), wall=lambda: WALL)
    run.start(0, WALL)
    run.next_step(12 * MINUTE)
    looks = looks_at(run, 12 * MINUTE, frozenset({"step-4"}))
    assert [look.kind for look in looks] == [
        RowKind.DONE,
        RowKind.CURRENT,
        RowKind.NEXT,
        RowKind.LOCKED,
    ]
    assert looks[0].actual == "12 min" and looks[0].done and not looks[0].current
    assert (looks[1].start, looks[1].end, looks[1].plan) == ("09:12", "09:27", "15 min")
    assert looks[1].tip == "Current step" and looks[3].tip == "Minutes locked (L)"


def test_a_change_touches_only_the_cells_it_changes() -> None:
    run = SessionRun(make_agenda((10, 15)), wall=lambda: WALL)
    run.start(0, WALL)
    first = looks_at(run, 0)[1]
    assert changed_columns(first, first) is None
    moved = replace(first, start="09:11", end="09:26")
    assert changed_columns(first, moved) == (START_COLUMN, END_COLUMN)
    assert changed_columns(first, replace(first, actual="3 min")) == (ACTUAL_COLUMN,) * 2
    assert changed_columns(first, replace(first, proposed=True)) == (PLAN_COLUMN,) * 2
    assert changed_columns(first, replace(first, kind=RowKind.CURRENT, current=True)) == (0, 5)
