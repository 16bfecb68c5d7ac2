"""What the projector keeps ready (issue 14: memory and the switch): the picture shown and
the one PageDown shows next, the step's slides built once, the next step's first item fitted.

Not timed: each test counts the work (pictures drawn, slides built, pages fitted).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator import i18n
from facilitator.agenda.agenda import Agenda
from facilitator.ui import projector_controller
from facilitator.ui.controller import SessionController
from facilitator.ui.projector import layout
from facilitator.ui.projector.canvas import LAYER_CACHE_SIZE
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.qt_helpers import SessionClock, make_controller

HANDOUT_STEP = 2  # session 1's third step projects five items


@pytest.fixture
def controller(
    data_dir: Path, agenda_1: Agenda, session_clock: SessionClock
) -> Iterator[SessionController]:
    made = make_controller(agenda_1, session_clock)
    yield made
    made.shutdown()


@pytest.fixture
def projector(qtbot: QtBot, controller: SessionController) -> ProjectorWindow:
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def ready(qtbot: QtBot, window: ProjectorWindow) -> None:
    """Paint what is pending and let the idle preparation run."""
    qtbot.wait(1)
    window.warm_layouts()
    window.canvas.repaint()


def test_the_canvas_keeps_the_picture_shown_and_the_one_pagedown_shows(
    qtbot: QtBot, controller: SessionController, projector: ProjectorWindow
) -> None:
    canvas = projector.canvas
    controller.go_to_step(HANDOUT_STEP)
    ready(qtbot, projector)
    assert LAYER_CACHE_SIZE == 2
    assert len(canvas._layers) <= LAYER_CACHE_SIZE
    for _ in range(3):  # PageDown: its picture was drawn ahead, a blit
        misses = canvas.layer_misses
        controller.projector.next_item()
        canvas.repaint()
        assert canvas.layer_misses == misses
        ready(qtbot, projector)
        assert len(canvas._layers) <= LAYER_CACHE_SIZE
    misses = canvas.layer_misses
    controller.projector.previous_item()  # PageUp: the page is drawn again
    canvas.repaint()
    assert canvas.layer_misses == misses + 1


def test_the_steps_slides_are_built_once_per_step_and_language(
    controller: SessionController, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    build = projector_controller.step_slides

    def counted(agenda: Agenda, step: object, **kwargs: bool) -> list[object]:
        built.append(1)
        return build(agenda, step, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(projector_controller, "step_slides", counted)
    projector = controller.projector
    first = projector.slides()
    for _ in range(5):
        assert projector.slides() == first
        projector.current_slide()
    assert len(built) == 1
    controller.go_to_step(HANDOUT_STEP)
    assert len(projector.slides()) == 5
    projector.slides()
    assert len(built) == 2
    monkeypatch.setattr(i18n, "_translator", i18n._translator)  # put back afterwards
    i18n.set_translator(lambda _c, text, _d: "» " + text)
    controller.go_to_step(0)
    projector.slides()
    assert len(built) == 3
    i18n.set_translator(lambda _c, text, _d: "» " + text)
    labels = [slide.label for slide in projector.slides()]
    assert len(built) == 4  # another language: the labels are translated again
    assert labels[1].startswith("» Question: ")


def test_the_next_steps_first_item_is_fitted_ahead(
    qtbot: QtBot,
    controller: SessionController,
    projector: ProjectorWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(layout, "_CACHE", OrderedDict())  # nothing fitted by other tests
    controller.go_to_step(HANDOUT_STEP - 1)
    ready(qtbot, projector)
    upcoming = controller.projector.next_step_slide()
    assert upcoming is not None and upcoming.label.startswith("Hand-out 1")
    paginated: list[object] = []
    paginate = layout.paginate

    def counted(*args: object) -> object:
        paginated.append(args[0])
        return paginate(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(layout, "paginate", counted)
    controller.go_to_step(HANDOUT_STEP)
    projector.canvas.repaint()
    assert upcoming not in paginated  # fitted while idle, before the step began
    assert projector.canvas.page_count(upcoming) >= 1
