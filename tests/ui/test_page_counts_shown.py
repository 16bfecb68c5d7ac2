"""The console's "page 1 of N" is the projector's N, also once the projector got its size
(after a resume the console said "page 1 of 23" while the projector showed 1/4)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter


def test_the_console_counts_the_pages_the_projector_shows_at_its_size(
    qtbot: QtBot, data_dir: Path, agenda_2: Agenda, session_clock: SessionClock
) -> None:
    controller = make_controller(agenda_2, session_clock)
    controller.toggle_running()
    # A long item (the case study) is current before the projector window has its size,
    # as when a crashed run is resumed: the window is made, then placed full screen.
    step = next(
        i
        for i, s in enumerate(agenda_2.steps)
        if any(getattr(item, "section", None) for item in s.project)
    )
    controller.go_to_step(step)
    projector = ProjectorWindow(controller)
    presenter = quiet_presenter(controller)
    for window in (projector, presenter):
        qtbot.addWidget(window)
    items = controller.projector.slides()
    longest = max(range(len(items)), key=lambda i: len(items[i].body + items[i].closing))
    controller.run.go_to_item(longest)
    controller.refresh()
    projector.resize(1920, 1080)
    projector.show()
    qtbot.waitExposed(projector)
    qtbot.waitUntil(lambda: projector.canvas.width() == 1920)
    pages = projector.canvas.page_count(controller.projector.current_slide())
    assert pages > 1
    assert f"page 1 of {pages}" in presenter.projected_label.text()
    controller.shutdown()
