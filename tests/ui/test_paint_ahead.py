"""The room's second on time: the controller wakes ahead of the boundary, the projector
repaints first and at once, and only the digits that changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.agenda.slides import step_slides
from facilitator.cli import AppOptions
from facilitator.engine.clock import SECOND, FakeClock
from facilitator.engine.session import SessionSnapshot
from facilitator.engine.timer import Phase
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.controller import MAX_LEAD_NS, PAINT_LEAD_NS, SessionController
from facilitator.ui.projector.canvas import SlideCanvas
from facilitator.ui.projector.timer_painter import (
    GLYPHS,
    WIDTHS,
    changed_digits_rect,
    digits_font,
)
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.console_fixtures import tmp_settings
from tests.ui.qt_helpers import SessionClock, make_controller, session_1

__all__ = ["tmp_settings"]

MS = 1_000_000
BAND = QRect(0, 897, 1920, 183)  # the digits' band of a 1920x1080 projector


class Paints(QObject):
    """The regions a widget painted, in order, and what ``note`` said at each paint."""

    def __init__(self, widget: QWidget, note: object = None) -> None:
        super().__init__()
        self.regions: list[QRegion] = []
        self.notes: list[object] = []
        self._note = note
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.regions.append(QRegion(event.region()))
            self.notes.append(self._note() if callable(self._note) else None)
        return False


def settle(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until ``widget`` has painted whatever it had pending (a busy machine is slow)."""
    paints = Paints(widget)
    for _ in range(40):
        seen = len(paints.regions)
        qtbot.wait(50)
        if len(paints.regions) == seen:
            break
    widget.removeEventFilter(paints)


# --- only the digits that changed ----------------------------------------------


def test_one_digit_changed_is_one_digits_cell(qtbot: QtBot) -> None:
    rect = changed_digits_rect(BAND, "12:34", "12:33")
    assert BAND.contains(rect)
    assert rect.width() < BAND.width() / 8  # one digit of five, not the band
    assert rect.right() > BAND.center().x()  # the last digit, right of the colon
    tens = changed_digits_rect(BAND, "12:30", "12:29")
    assert tens.width() > rect.width() and tens.contains(rect.adjusted(0, 0, 0, 0).center())


def test_a_new_second_measures_one_new_text(qtbot: QtBot) -> None:
    changed_digits_rect(BAND, "12:35", "12:34")
    before = WIDTHS.measured
    for seconds in range(753, 743, -1):  # 12:33 to 12:24
        old, new = f"12:{seconds - 719:02}", f"12:{seconds - 720:02}"
        assert changed_digits_rect(BAND, old, new) == changed_digits_rect(BAND, old, new)
    # Each second's text once; the second before it and the prefixes are remembered
    # ("12:" and "12:2" once): it measured four texts a second, with new metrics each.
    assert WIDTHS.measured - before <= 10 + 2


def test_a_change_of_width_or_nothing_at_all(qtbot: QtBot) -> None:
    assert changed_digits_rect(BAND, "10:00", "9:59") == BAND
    assert changed_digits_rect(BAND, "", "9:59") == BAND
    assert changed_digits_rect(BAND, "9:59", "9:59").isEmpty()


@pytest.fixture
def canvases(qtbot: QtBot) -> Iterator[tuple[SlideCanvas, SlideCanvas]]:
    """A shown projector canvas at 1920x1080 and a miniature of it, on session 1's slide."""
    agenda = session_1()
    slide = step_slides(agenda, agenda.steps[0])[0]
    projector = SlideCanvas()
    projector.resize(1920, 1080)
    miniature = SlideCanvas(miniature=True)
    miniature.set_reference_size(QSize(1920, 1080))
    miniature.resize(384, 216)
    for canvas in (projector, miniature):
        qtbot.addWidget(canvas)
        canvas.set_slide(slide, "Step 1 of 6 · Inleiding")
        canvas.set_timer(754, Phase.NORMAL, 600)  # 12:34
        canvas.show()
        qtbot.waitExposed(canvas)
    yield projector, miniature


def fresh_picture(
    qtbot: QtBot, like: SlideCanvas, seconds: int, size: QSize, rect: QRect
) -> object:
    """What a canvas painted whole shows for ``seconds`` in ``rect`` (to compare a partial
    repaint to; elsewhere the slide's text may differ by a pixel's antialiasing with the
    state of Qt's glyph cache, which is not what these tests are about)."""
    fresh = SlideCanvas(miniature=like.hasHeightForWidth())
    qtbot.addWidget(fresh)
    fresh.set_reference_size(QSize(1920, 1080))
    fresh.resize(size)
    assert like.slide is not None
    fresh.set_slide(like.slide, "Step 1 of 6 · Inleiding")
    fresh.set_timer(seconds, Phase.NORMAL, 600)
    return fresh.grab(rect).toImage()


def test_the_projector_repaints_the_changed_digit_at_once(
    qtbot: QtBot, canvases: tuple[SlideCanvas, SlideCanvas]
) -> None:
    projector, _ = canvases
    settle(qtbot, projector)
    paints = Paints(projector)
    projector.set_timer(753, Phase.NORMAL, 600)  # 12:33
    projector.repaint_timer()
    assert len(paints.regions) == 1  # painted before repaint_timer returned
    painted = paints.regions[0].boundingRect()
    assert painted == changed_digits_rect(projector.timer_rect(), "12:34", "12:33")
    assert painted.width() < projector.width() / 8
    qtbot.wait(50)
    assert len(paints.regions) == 1  # and nothing more afterwards
    fresh = fresh_picture(qtbot, projector, 753, projector.size(), painted)
    assert projector.grab(painted).toImage() == fresh


def test_the_miniature_repaints_its_scaled_digits_only(
    qtbot: QtBot, canvases: tuple[SlideCanvas, SlideCanvas]
) -> None:
    _, miniature = canvases
    settle(qtbot, miniature)
    paints = Paints(miniature)
    miniature.set_timer(753, Phase.NORMAL, 600)
    miniature.repaint_timer()  # a miniature waits for the event loop
    assert paints.regions == []
    qtbot.waitUntil(lambda: bool(paints.regions), timeout=1000)
    painted = paints.regions[0].boundingRect()
    assert painted.width() < miniature.width() / 6
    fresh = fresh_picture(qtbot, miniature, 753, miniature.size(), painted)
    assert miniature.grab(painted).toImage() == fresh


# --- the controller wakes ahead of the boundary ----------------------------------


@pytest.fixture
def ahead(qtbot: QtBot) -> Iterator[tuple[SessionController, SessionClock]]:
    """A controller with the app's lead, on a fake clock, its session started."""
    clock = SessionClock()
    controller = make_controller(session_1(), clock, lead_ns=PAINT_LEAD_NS)
    controller.start()
    yield controller, clock
    controller.shutdown()


def test_the_timer_is_armed_the_lead_before_the_boundary(
    ahead: tuple[SessionController, SessionClock],
) -> None:
    controller, _clock = ahead
    assert controller.timer_interval_ms == 1_000 - PAINT_LEAD_NS // MS


def test_woken_before_the_boundary_the_views_are_shown_the_boundary(
    ahead: tuple[SessionController, SessionClock],
) -> None:
    controller, clock = ahead
    shown: list[SessionSnapshot] = []
    controller.changed.connect(shown.append)
    start = controller.now()
    clock.fake.advance(SECOND - PAINT_LEAD_NS)  # the timer's wake-up, 2 ms early
    controller._timer.timeout.emit()
    assert shown[-1].display_seconds == 10 * 60 - 1  # 9:59 already, at its boundary
    assert controller.now() == start + SECOND  # what was shown is never contradicted
    clock.fake.advance(MS)
    assert controller.now() == start + SECOND
    clock.fake.advance(2 * MS)
    assert controller.now() == clock.fake.now()  # and then the clock again
    # The next wake-up was counted from the clock (2 ms before the boundary shown):
    # one second on, again the lead before the next boundary.
    assert controller.timer_interval_ms == 1_000


def test_woken_long_before_the_boundary_nothing_is_shown_ahead(
    ahead: tuple[SessionController, SessionClock],
) -> None:
    controller, clock = ahead
    start = controller.now()
    clock.fake.advance(SECOND // 2)
    controller._timer.timeout.emit()
    assert controller.now() == start + SECOND // 2
    assert controller.snapshot().display_seconds == 10 * 60


def test_on_a_busy_machine_the_lead_grows_with_the_wake_ups_lateness(
    ahead: tuple[SessionController, SessionClock],
) -> None:
    controller, clock = ahead
    assert controller.lead_ns == PAINT_LEAD_NS
    for _ in range(5):  # every wake-up 4 ms later than asked
        clock.fake.advance(controller.timer_interval_ms * MS + 4 * MS)
        controller._timer.timeout.emit()
    assert controller.lead_ns == 5 * MS  # the median lateness and a millisecond to paint
    for _ in range(20):  # far later: the lead stops at its most
        clock.fake.advance(controller.timer_interval_ms * MS + 40 * MS)
        controller._timer.timeout.emit()
    assert controller.lead_ns == MAX_LEAD_NS


def test_the_projectors_digits_are_pictures_drawn_once(
    qtbot: QtBot, canvases: tuple[SlideCanvas, SlideCanvas]
) -> None:
    projector, _ = canvases
    settle(qtbot, projector)
    for seconds in range(753, 733, -1):  # 12:33 to 12:14: every digit once
        projector.set_timer(seconds, Phase.NORMAL, 600)
        projector.repaint_timer()
    drawn = GLYPHS.drawn
    for seconds in range(733, 713, -1):  # 20 seconds more: blits only
        projector.set_timer(seconds, Phase.NORMAL, 600)
        projector.repaint_timer()
    assert GLYPHS.drawn == drawn
    whole = projector.timer_rect()
    assert projector.grab(whole).toImage() == fresh_picture(
        qtbot, projector, 714, projector.size(), whole
    )


def ink_box(image: QImage) -> tuple[int, int, int, int]:
    """Left, top, right and bottom of what is not black in ``image``."""
    xs: list[int] = []
    ys: list[int] = []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() > 60:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def test_the_digits_pictures_stand_where_the_text_would(qtbot: QtBot) -> None:
    band = QRect(0, 0, 420, 120)
    boxes = []
    for pictures in (True, False):
        image = QImage(band.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("black"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if pictures:
            assert GLYPHS.paint(painter, band, "12:34", QColor("white"))
        else:
            painter.setFont(digits_font(band))
            painter.setPen(QColor("white"))
            painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), "12:34")
        painter.end()
        boxes.append(ink_box(image))
    glyphs, text = boxes
    assert all(abs(a - b) <= 1 for a, b in zip(glyphs, text, strict=True)), boxes


def test_the_next_item_repaints_the_content_not_the_header_nor_the_timer_band(
    qtbot: QtBot, canvases: tuple[SlideCanvas, SlideCanvas]
) -> None:
    projector, miniature = canvases
    settle(qtbot, projector)
    agenda = session_1()
    second = step_slides(agenda, agenda.steps[0])[1]
    paints = Paints(projector)
    projector.set_slide(second, "Step 1 of 6 · Inleiding")  # PageDown: the same step
    projector.repaint_changed()
    assert len(paints.regions) == 1  # at once
    painted = QRegion()
    for region in paints.regions:
        painted = painted.united(region)
    box = painted.boundingRect()
    header = projector._picture_geometry().header_rect()
    band = projector.timer_rect()
    assert box.top() > header.top() + header.height() / 2  # the header is not sent again
    assert box.bottom() < band.bottom() - band.height() / 2  # nor the digits' band
    whole = projector.rect()
    assert projector.grab(whole).toImage() == fresh_picture(
        qtbot, projector, 754, projector.size(), whole
    )
    miniature.set_slide(second, "Step 1 of 6 · Inleiding")  # a miniature: all of it
    assert miniature.slide is second


def test_a_second_works_out_what_is_projected_once_per_canvas(
    qtbot: QtBot, ahead: tuple[SessionController, SessionClock], monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, clock = ahead
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    calls: list[int] = []
    projected = controller.projector.projected

    def counted() -> object:
        calls.append(1)
        return projected()

    monkeypatch.setattr(controller.projector, "projected", counted)
    controller.start()
    calls.clear()
    for _ in range(5):
        clock.fake.advance(SECOND)
        controller.refresh()
    # The controller's own two (what time alone changes, when it next does) and the
    # projector's binding one: the turn clock and the live text share it (it was two).
    assert len(calls) == 5 * 3
    assert window.canvas.timer_text == "9:55"


# --- the projector paints first --------------------------------------------------


def test_in_the_app_the_projector_shows_the_new_second_before_the_console(
    qtbot: QtBot, tmp_settings: Path
) -> None:
    clock = FakeClock(10**12)
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=clock)
    presenter, projector = app.presenter, app.projector
    presenter.confirm_quit = False
    qtbot.addWidget(presenter)
    qtbot.addWidget(projector)
    try:
        app.show()
        qtbot.waitExposed(projector)
        app.controller.start()
        settle(qtbot, projector.canvas)
        digits = presenter.countdown.digits
        paints = Paints(projector.canvas, note=digits.text)
        before = digits.text()
        clock.advance(SECOND)
        app.controller.refresh()
        assert paints.notes, "the projector did not repaint at once"
        assert paints.notes[0] == before  # the console had not shown it yet
        assert projector.canvas.timer_text == digits.text() != before
    finally:
        presenter.close()
        projector.close()
        app.controller.shutdown()
