"""A change of schedule makes the looks of the rows in view only; the rest when seen.

Work counted, not time (bench/large_agenda.py times it): the rows the model
compares and the looks made after a minute added to a list much longer than
its viewport, what a row scrolled into view shows afterwards (never stale),
and how many times a change adds up what is left of the session.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.console.steps import RowLooks, RowShape, row_looks, step_rows
from facilitator.engine import plan
from facilitator.engine.clock import MINUTE
from facilitator.ui.presenter.step_list import StepList
from facilitator.ui.presenter.step_model import END_COLUMN, START_COLUMN
from tests.ui.console_fixtures import Console, console_factory, tmp_settings
from tests.ui.test_step_list_model import write_agenda

__all__ = ["console_factory", "tmp_settings"]

STEPS = 200


@pytest.fixture
def console(tmp_path: Path, console_factory: Callable[..., Console], qtbot: QtBot) -> Console:
    path = tmp_path / "lang.yaml"
    write_agenda(path, STEPS)
    made = console_factory(load_agenda(path))
    made.window.resize(1366, 740)
    made.window.show()
    qtbot.waitExposed(made.window)
    made.controller.start()
    QApplication.processEvents()
    return made


def _in_view(step_list: StepList) -> range:
    shown = step_list.rows_in_view()
    assert shown is not None and 0 < len(shown) < STEPS // 4
    return shown


def _fresh_texts(console: Console, row: int) -> tuple[str, str]:
    """Row ``row``'s start and end as worked out afresh from the run."""
    controller = console.controller
    now, wall = controller.now(), controller.wall_now()
    snap = controller.run.snapshot(now)
    looks = row_looks(snap, step_rows(controller.run, snap, now, wall, None, frozenset()))
    return looks[row].start, looks[row].end


def test_a_minute_added_compares_and_makes_the_rows_in_view_only(console: Console) -> None:
    step_list = console.window.step_list
    model = step_list.steps
    view = _in_view(step_list)
    kept = console.window.console.step_looks
    looked, made = model.looked, kept.made
    console.controller.add_minute()
    QApplication.processEvents()  # painted
    assert model.looked - looked == len(view)
    assert kept.made - made <= len(view) + 1  # (a row half in view is painted too)
    assert model.made() <= len(view) + 1


def test_a_row_scrolled_into_view_shows_the_times_of_now(console: Console) -> None:
    step_list = console.window.step_list
    console.controller.add_minute()
    console.controller.add_minute()
    QApplication.processEvents()
    last = STEPS - 1
    step_list.scrollToBottom()
    QApplication.processEvents()
    assert last in _in_view(step_list)
    model = step_list.model()
    shown = (model.index(last, START_COLUMN).data(), model.index(last, END_COLUMN).data())
    assert shown == _fresh_texts(console, last)


def test_a_row_seen_before_and_scrolled_back_into_view_shows_the_times_of_now(
    console: Console,
) -> None:
    step_list = console.window.step_list
    model = step_list.model()
    last = STEPS - 1
    step_list.scrollToBottom()
    QApplication.processEvents()
    seen = (model.index(last, START_COLUMN).data(), model.index(last, END_COLUMN).data())
    step_list.scrollToTop()
    QApplication.processEvents()
    console.controller.add_minute()  # the last row out of sight: only its times move
    QApplication.processEvents()
    step_list.scrollToBottom()
    QApplication.processEvents()
    shown = (model.index(last, START_COLUMN).data(), model.index(last, END_COLUMN).data())
    assert shown == _fresh_texts(console, last)
    assert shown != seen


def test_a_change_adds_up_what_is_left_once(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The snapshot adds up what is left of every step to come; the session bar and the
    catch-up offer take its sums (each added them up again, twice at 500 steps)."""
    sums: list[int] = []
    original = plan.projected_remaining

    def counted(run: object, now: int) -> int:
        sums.append(now)
        return original(run, now)  # type: ignore[arg-type]

    monkeypatch.setattr(plan, "projected_remaining", counted)
    console.controller.add_minute()
    assert len(sums) == 1
    console.advance(MINUTE)
    assert len(sums) == 2


def test_a_minute_added_works_out_the_shape_of_the_current_row_only(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The later rows' times move, which changes neither their height nor a column's
    width: their shapes are not worked out again."""
    shaped: list[int] = []
    original = RowLooks.shape

    def counted(self: RowLooks, index: int) -> RowShape:
        shaped.append(index)
        return original(self, index)

    monkeypatch.setattr(RowLooks, "shape", counted)
    console.controller.add_minute()
    assert shaped == [0]
