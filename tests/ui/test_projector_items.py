"""Every kind of projected item on the projector window, pages, freeze,
the title screen, timer styles and the end-of-step flash."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.agenda.slides import step_slide, title_screen_slide
from facilitator.engine.clock import SECOND, FakeClock
from facilitator.paths import bundled_agendas
from facilitator.projection.look import TIMER_STYLES
from facilitator.ui.controller import SessionController
from facilitator.ui.projector.canvas import FLASH_MS, SlideCanvas
from facilitator.ui.projector.menu import ask_trainer_name
from facilitator.ui.projector.settings import TRAINER_NAME, read_text
from facilitator.ui.projector.window import (
    ProjectorWindow,
    next_summary,
    projection_summary,
)

KINDS = {
    "title",
    "question",
    "questions",
    "document",
    "card",
    "cards",
    "handout",
    "prompt",
    "section",
    "text",
}


Rig = tuple[SessionController, ProjectorWindow, FakeClock]


def _make_rig(qtbot: QtBot, session: int) -> Rig:
    clock = FakeClock()
    agenda = load_agenda(bundled_agendas()[session])
    controller = SessionController(agenda, clock, wall=lambda: datetime(2026, 11, 28, 9, 0))
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return controller, window, clock


@pytest.fixture(params=[0, 1], ids=["session-1", "session-2"])
def rig(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[Rig]:
    made = _make_rig(qtbot, request.param)
    yield made
    made[0].shutdown()


@pytest.fixture
def rig2(qtbot: QtBot) -> Iterator[Rig]:
    """Session 2: the one with the long case study and the call to action."""
    made = _make_rig(qtbot, 1)
    yield made
    made[0].shutdown()


def _go(controller: SessionController, step: int, item: int) -> None:
    controller.go_to_step(step)
    controller.run.go_to_item(item)
    controller.projector.pages_changed()


def _ink(canvas: SlideCanvas) -> int:
    """How many sampled pixels of the content area are not background."""
    image = canvas.grab().toImage()
    background = QColor(canvas.theme.background)
    rect = canvas.content_rect().toRect()
    count = 0
    for y in range(rect.top(), rect.bottom(), 6):
        for x in range(rect.left(), rect.right(), 6):
            if image.pixelColor(x, y) != background:
                count += 1
    return count


def test_every_item_of_the_bundled_sessions_is_drawn(
    rig: Rig,
) -> None:
    controller, window, _clock = rig
    seen: set[str] = set()
    for step_index, step in enumerate(controller.agenda.steps):
        for item_index in range(len(step.project)):
            _go(controller, step_index, item_index)
            slide = controller.projector.current_slide()
            assert window.canvas.slide == slide
            assert window.canvas.page == 0
            assert _ink(window.canvas) > 20, slide.label
            seen.add(slide.kind)
    assert seen <= KINDS
    assert len(seen) >= 6


def test_both_sessions_together_show_every_kind() -> None:
    kinds: set[str] = set()
    for path in bundled_agendas()[:2]:
        agenda = load_agenda(path)
        for step in agenda.steps:
            for item in step.project:
                kinds.update(k for k in KINDS if k in type(item).model_fields)
    assert kinds == KINDS


def test_step_title_and_black(rig: Rig) -> None:
    controller, window, _clock = rig
    window.canvas.set_slide(step_slide(controller.agenda.steps[0]), "Stap 1")
    assert _ink(window.canvas) > 20
    controller.projector.toggle_blank()
    assert window.canvas.blank
    image = window.canvas.grab().toImage()
    assert image.pixelColor(960, 540) == QColor("#000000")
    controller.projector.toggle_blank()
    assert not window.canvas.blank


def _section_item(controller: SessionController, title: str) -> tuple[int, int]:
    for step_index in range(len(controller.agenda.steps)):
        controller.go_to_step(step_index)
        for item_index, slide in enumerate(controller.projector.slides()):
            if slide.title == title:
                return step_index, item_index
    raise LookupError(title)


def test_pagedown_steps_through_pages_then_items_and_pageup_back(rig2: Rig) -> None:
    controller, window, _clock = rig2
    step, item = _section_item(controller, 'Casestudy "Komm, mach MINT"')
    _go(controller, step, item)
    pages = controller.projector.page_count()
    assert pages > 1
    assert "page 1 of" in projection_summary(controller)
    assert next_summary(controller).startswith("Next (PageDown): page 2")
    for page in range(1, pages):
        controller.projector.next_item()
        assert (controller.run.item_index, controller.projector.page) == (item, page)
        assert window.canvas.page == page
        assert f"page {page + 1} of {pages}" in projection_summary(controller)
    controller.projector.next_item()  # past the last page: the next item, or stay at the last
    if item + 1 < len(controller.projector.slides()):
        assert (controller.run.item_index, controller.projector.page) == (item + 1, 0)
        controller.projector.previous_item()  # back: the previous item at its last page
    assert (controller.run.item_index, controller.projector.page) == (item, pages - 1)
    for page in reversed(range(pages - 1)):
        controller.projector.previous_item()
        assert (controller.run.item_index, controller.projector.page) == (item, page)
    assert controller.run.index == step  # pages and items never change the step


def test_pageup_from_an_item_lands_on_the_last_page_of_the_one_before(rig2: Rig) -> None:
    # Session 2, step 4: its first item (the guided discussion) takes four pages
    # on a 1920x1080 projector; PageUp from the second item shows the fourth.
    controller, window, _clock = rig2
    projector = controller.projector
    controller.start()
    controller.go_to_step(3)
    assert projector.page_count() == 4
    for _ in range(4):
        projector.next_item()
    assert (controller.run.item_index, projector.page) == (1, 0)
    projector.previous_item()
    assert (controller.run.item_index, projector.page) == (0, 3)
    assert window.canvas.page == 3
    assert "page 4 of 4" in projection_summary(controller)


def test_a_new_step_starts_at_page_one(rig2: Rig) -> None:
    controller, _window, _clock = rig2
    step, item = _section_item(controller, "Oproep tot actie")
    _go(controller, step, item)
    controller.projector.next_item()
    assert controller.projector.page == 1
    controller.previous_step()
    controller.next_step()
    assert controller.projector.page == 0 and controller.run.item_index == 0


def test_freeze_keeps_the_picture_while_the_console_moves_on(
    rig: Rig,
) -> None:
    controller, window, _clock = rig
    _go(controller, 0, 0)
    shown = window.canvas.slide
    controller.projector.toggle_freeze()
    assert controller.projector.frozen
    controller.projector.next_item()
    controller.next_step()
    assert window.canvas.slide == shown
    assert controller.projector.current_slide() != shown
    assert "Frozen" in projection_summary(controller)
    controller.projector.toggle_freeze()
    assert window.canvas.slide == controller.projector.current_slide()


def test_title_screen_shows_title_date_and_trainer(
    rig: Rig,
) -> None:
    controller, window, _clock = rig
    controller.projector.set_trainer_name("An Peeters")
    controller.projector.toggle_title_screen()
    slide = window.canvas.slide
    assert slide is not None and slide.kind == "session-title"
    assert slide.title == controller.agenda.title
    assert "28 november 2026" in slide.body and "An Peeters" in slide.body
    assert window.canvas.grab() is not None and _ink(window.canvas) > 20
    controller.projector.toggle_title_screen()
    assert window.canvas.slide == controller.projector.current_slide()


def test_title_screen_slide_is_pure_and_escapes_markdown() -> None:
    agenda = load_agenda(bundled_agendas()[0])
    slide = title_screen_slide(agenda, datetime(2026, 1, 5).date(), "*Jo* [x]")
    assert "5 januari 2026" in slide.body
    assert "\\*Jo\\*" in slide.body


def test_trainer_name_dialog_remembers_the_name(rig: Rig, qtbot: QtBot) -> None:
    controller, window, _clock = rig
    dialog = ask_trainer_name(window, controller.projector)
    qtbot.addWidget(dialog)
    dialog.setTextValue("Sam de Vries")
    dialog.accept()
    assert controller.projector.trainer_name == "Sam de Vries"
    assert read_text(TRAINER_NAME) == "Sam de Vries"


def test_timer_styles_change_live_and_repaginate(
    rig: Rig,
) -> None:
    controller, window, _clock = rig
    assert controller.projector.timer_style == "digits"
    for style in TIMER_STYLES:
        controller.projector.set_timer_style(style)
        assert window.canvas.timer_style == style
        assert _ink(window.canvas) > 20
    digits = window.canvas.content_rect()
    controller.projector.set_timer_style("hidden")
    assert window.canvas.content_rect().height() > digits.height()
    controller.projector.set_timer_style("digits")
    controller.projector.cycle_timer_style()
    assert controller.projector.timer_style == "corner"
    with pytest.raises(ValueError):
        controller.projector.set_timer_style("sundial")


def test_disc_sector_shrinks_as_time_runs_out(
    rig: Rig,
) -> None:
    controller, window, clock = rig
    controller.projector.set_timer_style("disc")
    controller.start()
    full = window.canvas.disc_fraction()
    clock.advance(5 * 60 * SECOND)
    controller.pause()
    assert full == pytest.approx(1.0)
    assert 0 < window.canvas.disc_fraction() < full


def test_a_new_second_repaints_only_the_timer(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    controller, window, _clock = rig
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(window.canvas, "update", lambda *args: calls.append(args))
    window.canvas.set_timer(100, controller.snapshot().phase, 600)
    window.canvas.set_timer(100, controller.snapshot().phase, 600)  # same second: nothing
    assert len(calls) == 1 and calls[0] == (window.canvas.timer_rect(),)


def test_flash_at_the_end_of_a_step(rig: Rig, qtbot: QtBot) -> None:
    controller, window, clock = rig
    controller.projector.toggle_flash()
    assert controller.projector.flash_at_end
    controller.start()
    clock.advance(round(controller.agenda.steps[0].minutes * 60 * SECOND) + SECOND)
    controller.pause()  # any refresh after the zero
    assert window.canvas.flashing
    timer = window.canvas.flash_timer
    assert timer.isActive() and timer.isSingleShot() and timer.interval() == FLASH_MS
    # Fire the flash's own timer now instead of waiting 1.2 s of real time.
    with qtbot.waitSignal(timer.timeout, timeout=1000):
        timer.start(0)
    assert not window.canvas.flashing


def test_no_flash_unless_asked(
    rig: Rig,
) -> None:
    controller, window, clock = rig
    controller.start()
    clock.advance(round(controller.agenda.steps[0].minutes * 60 * SECOND) + SECOND)
    controller.pause()
    assert not window.canvas.flashing


def test_themes_change_live(rig: Rig) -> None:
    controller, window, _clock = rig
    controller.projector.set_theme("light")
    assert window.canvas.theme.name == "light"
    image = window.canvas.grab().toImage()
    assert image.pixelColor(3, 3) == QColor("#ffffff")
    controller.projector.cycle_theme()
    assert window.canvas.theme.name == "high-contrast"


def test_the_session_chooses_its_projector_look(tmp_path: Path, qtbot: QtBot) -> None:
    source = bundled_agendas()[0].read_text(encoding="utf-8")
    text = source.replace(
        "\nsteps:", "\nprojector:\n  timer: disc\n  theme: light\n  flash: true\nsteps:", 1
    )
    assert text != source
    library = bundled_agendas()[0].with_name("steam-coach-materiaal.yaml")
    (tmp_path / library.name).write_text(library.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "sessie.yaml"
    path.write_text(text, encoding="utf-8")
    controller = SessionController(load_agenda(path), FakeClock())
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    assert (
        controller.projector.timer_style,
        controller.projector.theme_name,
        controller.projector.flash_at_end,
    ) == (
        "disc",
        "light",
        True,
    )
    assert window.canvas.timer_style == "disc" and window.canvas.theme.name == "light"
    controller.shutdown()
