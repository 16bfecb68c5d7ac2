"""The projector window: the slide, the black screen, the countdown, fitting, what is drawn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QCloseEvent
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.slides import step_slides
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.projection.projection import step_header
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.projector.canvas import SlideCanvas
from facilitator.ui.projector.layout import floor_px
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.qt_helpers import (
    SessionClock,
    distinct_colours,
    is_uniform,
    make_controller,
    quiet_presenter,
    session_1,
    session_2,
)

ITEM_1 = "Ontwerpen van genderbewuste outreach en curricula in STEM"
BLACK = 0xFF000000


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
    return window


def advance(clock: SessionClock, controller: SessionController, ns: int) -> None:
    clock.fake.advance(ns)
    controller.refresh()


# --- what the canvas shows ---------------------------------------------------------


def test_the_canvas_shows_the_current_item(
    projector: ProjectorWindow, controller: SessionController
) -> None:
    canvas = projector.canvas
    assert canvas.slide is not None
    assert (canvas.slide.kind, canvas.slide.title, canvas.slide.label) == ("title", ITEM_1, ITEM_1)
    assert canvas.slide.subtitle == "STEAM Coach – Sessie 1"
    controller.projector.next_item()
    assert canvas.slide.kind == "question"
    assert canvas.slide.body.startswith("Kent u een leerplan dat gendergevoelig is?")
    controller.toggle_running()
    controller.next_step()
    assert (canvas.slide.kind, canvas.slide.label) == (
        "title",
        "Strategieën voor outreachprogramma's",
    )
    header = controller.projector.projected().header
    assert header == "Stap 2 van 6 · Presentatie: strategieën voor outreachprogramma's"


def test_black_screen_toggles_and_keeps_the_slide(
    projector: ProjectorWindow, controller: SessionController
) -> None:
    canvas = projector.canvas
    shown = canvas.slide
    controller.projector.toggle_blank()
    assert canvas.blank
    assert canvas.slide == shown  # back to the same item afterwards
    controller.projector.toggle_blank()
    assert not canvas.blank


def test_the_timer_text_follows_the_countdown(
    projector: ProjectorWindow, controller: SessionController, session_clock: SessionClock
) -> None:
    canvas = projector.canvas
    assert canvas.timer_text == "10:00"
    controller.toggle_running()
    advance(session_clock, controller, 61 * SECOND)
    assert canvas.timer_text == "8:59"
    advance(session_clock, controller, 9 * MINUTE + 6 * SECOND)  # 7 s over
    assert canvas.timer_text == "+0:07"
    controller.next_step()
    assert canvas.timer_text == "15:00"


def test_the_presenters_miniature_shows_what_the_projector_shows(
    qtbot: QtBot, projector: ProjectorWindow, controller: SessionController
) -> None:
    presenter: PresenterWindow = quiet_presenter(controller)
    qtbot.addWidget(presenter)
    projector.resized.connect(presenter.preview.set_reference_size)  # as the app does
    projector.show()
    qtbot.waitExposed(projector)
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: presenter.miniature.logical_size() == QSizeF(1280, 720))
    assert projector.canvas.size() == QSize(1280, 720)
    miniature, canvas = presenter.miniature, projector.canvas

    def same() -> None:
        assert miniature.slide == canvas.slide
        assert miniature.blank == canvas.blank
        assert miniature.timer_text == canvas.timer_text
        assert miniature.page == canvas.page

    same()
    for command in (
        controller.toggle_running,
        controller.projector.next_item,
        controller.projector.toggle_blank,
        controller.next_step,
        controller.projector.toggle_blank,
        controller.projector.next_item,
        controller.add_minute,
        controller.projector.previous_item,
    ):
        command()
        same()
    assert controller.snapshot().index == 1  # the commands did run
    assert canvas.slide is not None and canvas.slide.kind == "title"


def test_pagedown_goes_through_the_pages_of_a_long_item_on_both_canvases(
    qtbot: QtBot, data_dir: Path, agenda_2: Agenda, session_clock: SessionClock
) -> None:
    controller = make_controller(agenda_2, session_clock)
    projector = ProjectorWindow(controller)
    presenter = quiet_presenter(controller)
    for window in (projector, presenter):
        qtbot.addWidget(window)
    projector.resized.connect(presenter.preview.set_reference_size)
    projector.resize(1920, 1080)
    projector.show()
    qtbot.waitExposed(projector)
    controller.toggle_running()
    controller.go_to_step(3)  # Delen en begeleide discussie: the case study is long
    canvas = projector.canvas
    # Past the questions (the list, then one page per question) and the figures.
    for _ in range(20):
        if canvas.slide is not None and canvas.slide.label.startswith("Casestudy"):
            break
        controller.projector.next_item()
    assert canvas.slide is not None and canvas.slide.label.startswith("Casestudy")
    assert canvas.page == 0
    pages = canvas.page_count()
    assert pages > 1
    seen = []
    for _ in range(pages + 2):
        seen.append(canvas.page)
        assert presenter.miniature.page == canvas.page
        controller.projector.next_item()
    assert seen == [*range(pages), pages - 1, pages - 1]
    assert controller.snapshot().index == 3
    controller.shutdown()


# --- fitting every projected item ----------------------------------------------------

SIZES = [(1280, 720), (1920, 1080), (3840, 2160)]


def _all_items() -> list[tuple[str, int, int]]:
    found = []
    for name, agenda in (("session 1", session_1()), ("session 2", session_2())):
        for index, step in enumerate(agenda.steps):
            for item in range(len(step_slides(agenda, step))):
                found.append((name, index, item))
    return found


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_projected_item_fits_the_content_area(
    qtbot: QtBot, agenda_1: Agenda, agenda_2: Agenda, width: int, height: int
) -> None:
    agendas = {"session 1": agenda_1, "session 2": agenda_2}
    canvas = SlideCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width, height)
    assert canvas.logical_size() == QSizeF(width, height)
    content = canvas.content_rect()
    allowed = content.adjusted(-1, -1, 1, 1)
    problems: list[str] = []
    unreadable: list[str] = []
    paged: list[str] = []
    items = _all_items()
    assert len(items) == 35  # 14 items in session 1, 21 in session 2
    for name, index, item in items:
        agenda = agendas[name]
        step = agenda.steps[index]
        slide = step_slides(agenda, step)[item]
        header = step_header(index, len(agenda.steps), step.title)
        where = f"{name} step {index + 1} item {item + 1} ({slide.label[:40]})"
        count = canvas.page_count(slide)
        if count > 1:
            paged.append(f"{where}: {count} pages")
        for page in range(count):
            canvas.set_slide(slide, header, page)
            layout = canvas.fitted_layout()
            assert layout is not None
            assert (layout.page_index, layout.page_count) == (page, count)
            if not layout.fits:
                problems.append(f"{where} page {page + 1}: does not fit")
            outside = [b.rect for b in layout.blocks if not allowed.contains(b.rect)]
            if outside:
                problems.append(f"{where} page {page + 1}: {outside[0]} outside {content}")
            if layout.overflow() > 1:
                problems.append(f"{where} page {page + 1}: text runs {layout.overflow():.1f} px")
            if not layout.readable or layout.base_px < floor_px(height):
                unreadable.append(f"{where} page {page + 1}: {layout.base_px} px")
    # Informative, not asserted: which items need pages, and any below the 1/30 floor.
    print(f"\n{width}x{height}: floor {floor_px(height)} px")
    print("  paged:", paged or "none")
    print("  below the readable floor:", unreadable or "none")
    assert problems == []


# --- what is actually drawn ----------------------------------------------------------


def test_the_canvas_draws_text_and_black_when_blank(
    qtbot: QtBot, projector: ProjectorWindow, controller: SessionController
) -> None:
    projector.resize(960, 540)
    projector.show()
    qtbot.waitExposed(projector)
    canvas = projector.canvas
    assert canvas.theme.background == "#000000"  # the dark theme: text on black
    picture = canvas.grab().toImage()
    assert (picture.width(), picture.height()) == (960, 540)
    assert not is_uniform(picture, BLACK)
    assert distinct_colours(picture) > 8  # anti-aliased text, not one flat colour
    controller.projector.toggle_blank()
    black = canvas.grab().toImage()
    assert is_uniform(black, BLACK)
    controller.projector.toggle_blank()
    assert not is_uniform(canvas.grab().toImage(), BLACK)


# --- closing ---------------------------------------------------------------------------


class _CloseByHand:
    """A close event as the window system sends it (the projector's close button)."""

    def __init__(self) -> None:
        self.accepted = True

    def spontaneous(self) -> bool:
        return True

    def accept(self) -> None:
        self.accepted = True

    def ignore(self) -> None:
        self.accepted = False


def test_closing_the_projector_by_hand_only_hides_it(
    qtbot: QtBot, projector: ProjectorWindow
) -> None:
    projector.show()
    qtbot.waitExposed(projector)
    event = _CloseByHand()
    projector.closeEvent(cast(QCloseEvent, event))
    assert not event.accepted
    assert not projector.isVisible()


def test_the_app_can_close_the_projector_and_quit_without_it(
    qtbot: QtBot, projector: ProjectorWindow
) -> None:
    # QApplication.quit() closes every window and gives up if one refuses; closing the
    # presenter (Ctrl+Q) must end the app even though the projector is still shown.
    assert not projector.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    projector.show()
    qtbot.waitExposed(projector)
    assert projector.close()
    assert not projector.isVisible()
