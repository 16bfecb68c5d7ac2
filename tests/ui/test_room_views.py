"""What the room's views show: the groups grid and the turn view on the projector (and its
miniature), the console's Groups & turns tab, the soft chime at a turn's end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.console.chimes import Chime
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.projection.screens import RoomScreen
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.projector.canvas import SlideCanvas
from facilitator.ui.projector.layout import floor_px
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter

NAMES = [
    "Anouk", "Bram", "Chloë", "Daan", "Eline", "Fenna", "Gijs", "Hüseyin", "Inès", "Jules",
    "Kübra", "Lotte", "Mees", "Noël", "Olivia", "Pieter-Jan", "Quinten", "Roos", "Sem",
    "Thijs", "Ümran", "Valérie", "Wout", "Yara", "Zoë", "Xander", "Ilse", "Joost", "Kim",
    "Lars", "Maud", "Niels", "Oscar", "Puck", "Rik", "Saar", "Tess", "Vera", "Wim", "Isa",
    "Jens", "Lieke", "Milan", "Nina", "Otto", "Pien", "Ruben", "Sanne",
]  # fmt: skip
STEP_3, STEP_4 = 2, 3


@pytest.fixture
def controller(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock
) -> Iterator[SessionController]:
    made = make_controller(agenda_2, session_clock)
    made.refresh()
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


@pytest.fixture
def presenter(qtbot: QtBot, controller: SessionController, data_dir: object) -> PresenterWindow:
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    window.show()
    return window


def advance(clock: SessionClock, controller: SessionController, ns: int) -> None:
    clock.fake.advance(ns)
    controller.refresh()


def at_step(controller: SessionController, index: int) -> None:
    controller.toggle_running()
    controller.go_to_step(index)


def texts(canvas: SlideCanvas) -> list[str]:
    """Every text of every page the canvas shows for its slide, in order."""
    assert canvas.slide is not None
    return [
        block.doc.toPlainText()
        for layout in canvas.pages_of(canvas.slide)
        for block in layout.blocks
        if not block.doc.isEmpty()
    ]


def test_six_groups_fill_one_page_readable_from_the_back(
    controller: SessionController, projector: ProjectorWindow
) -> None:
    at_step(controller, STEP_3)
    controller.room.make_groups(people="\n".join(NAMES[:24]), size=GroupSize(3, 5), seed=1)
    controller.projector.show_room_screen(RoomScreen.GROUPS)
    canvas = projector.canvas
    pages = canvas.pages_of(canvas.slide)  # type: ignore[arg-type]
    assert len(pages) == 1
    layout = pages[0]
    assert layout.fits and layout.base_px >= floor_px(1080)
    assert not layout.clipped(canvas.content_rect())
    shown = texts(canvas)
    assert shown[0] == "Groepen"
    labels = [t.split("\n")[0] for t in shown[1:]]
    assert labels == [f"Groep {n} · 4 personen" for n in range(1, 7)]
    assert sorted(n for t in shown[1:] for n in t.split("\n")[1:]) == sorted(NAMES[:24])
    # Three columns of panels: the second row starts under the first.
    panels = [b.rect for b in layout.blocks if b.background]
    assert len(panels) == 6 and len({round(r.left()) for r in panels}) == 3


def test_many_groups_are_paged_never_below_the_floor(
    controller: SessionController, projector: ProjectorWindow
) -> None:
    at_step(controller, STEP_3)
    controller.room.make_groups(people="\n".join(NAMES), size=PAIRS, seed=2)
    controller.projector.show_room_screen(RoomScreen.GROUPS)
    canvas = projector.canvas
    pages = canvas.pages_of(canvas.slide)  # type: ignore[arg-type]
    assert len(pages) > 1
    assert all(p.base_px >= floor_px(1080) and p.fits for p in pages)
    shown = [t for t in texts(canvas) if t.startswith("Groep ")]
    assert len(shown) == 24  # every pair, once, over the pages (the title on each)
    controller.projector.next_item()  # PageDown: the grid's next page
    assert controller.projector.state.room_page == 1
    assert projector.canvas.page == 1


def test_counted_people_show_as_groups_of_a_size_and_the_trio_as_such(
    controller: SessionController, projector: ProjectorWindow
) -> None:
    at_step(controller, STEP_3)
    controller.room.make_groups(people=7, size=PAIRS, seed=3)
    controller.projector.show_room_screen(RoomScreen.GROUPS)
    shown = texts(projector.canvas)
    assert shown[1:] == ["Groep 1 · 2 personen", "Groep 2 · 2 personen", "Groep 3 · drietal"]


def test_the_dealt_cards_show_per_group(
    controller: SessionController, projector: ProjectorWindow
) -> None:
    at_step(controller, STEP_3)
    controller.room.make_groups(people="\n".join(NAMES[:12]), size=GroupSize(3, 5), seed=1)
    controller.room.deal_for_step()
    controller.projector.show_room_screen(RoomScreen.DEAL)
    shown = texts(projector.canvas)
    assert shown[0] == "Hand-out 2: Scenariokaarten voor op de werkplek"
    assert [t.split("\n")[0] for t in shown[1:]] == [
        "Groep 1: Kaart A + Kaart B",
        "Groep 2: Kaart C + Kaart D",
        "Groep 3: Kaart A + Kaart B",
    ]


def test_the_turn_view_shows_whose_turn_their_countdown_and_who_is_next(
    controller: SessionController,
    projector: ProjectorWindow,
    presenter: PresenterWindow,
    session_clock: SessionClock,
) -> None:
    controller.room.make_groups(people="\n".join(NAMES[:12]), size=GroupSize(3, 5), seed=1)
    at_step(controller, STEP_4)
    presenter.room_commands.plan_turns_with(_choice(2 * MINUTE))
    canvas = projector.canvas
    assert canvas.slide is not None and canvas.slide.kind == "turn"
    assert canvas.slide.title == "Groep 1" and "Straks aan de beurt" in canvas.slide.subtitle
    assert canvas.turn_clock is not None and canvas.turn_clock.text == "2:00"
    assert canvas.turn_clock.caption == "spreektijd"
    step_timer = canvas.timer_text
    presenter.actions_by_name["next_turn"].trigger()
    advance(session_clock, controller, 48 * SECOND)
    assert canvas.slide.subtitle == "Aan de beurt · Beurt 1 van 3"
    assert canvas.slide.closing == "Daarna: Groep 2"
    clock = canvas.turn_clock
    assert clock is not None and (clock.text, clock.caption, clock.over) == ("1:12", "nog", False)
    assert canvas.timer_text != step_timer  # the step's own countdown goes on beside it
    # The turn's text sits left of its clock, both inside the content.
    text_rect = canvas.content_rect_for(canvas.slide)
    assert text_rect.right() < canvas.turn_clock_rect().left()
    layout = canvas.fitted_layout()
    assert layout is not None and layout.base_px >= floor_px(1080)
    assert not layout.clipped(text_rect)
    advance(session_clock, controller, 1 * MINUTE + 47 * SECOND)
    clock = canvas.turn_clock
    assert clock is not None and (clock.text, clock.caption, clock.over) == (
        "+0:35",
        "uitloop",
        True,
    )
    # The console's miniature shows exactly what the room sees.
    mini = presenter.miniature
    assert mini.slide == canvas.slide and mini.turn_clock == canvas.turn_clock


def _choice(each: int):  # type: ignore[no-untyped-def]
    from facilitator.ui.dialogs.room_dialogs import TurnsChoice

    return TurnsChoice(each, "groups")


def test_a_turn_screen_under_freeze_black_and_the_title_screen(
    controller: SessionController, projector: ProjectorWindow, session_clock: SessionClock
) -> None:
    controller.room.make_groups(people=12, size=GroupSize(3, 5), seed=1)
    at_step(controller, STEP_4)
    controller.room.plan_turns(2 * MINUTE)
    controller.projector.show_room_screen(RoomScreen.TURN)
    controller.room.next_turn()
    controller.projector.toggle_freeze()  # F: the picture stays, the turn's clock keeps time
    controller.room.next_turn()
    advance(session_clock, controller, 10 * SECOND)
    canvas = projector.canvas
    assert canvas.slide is not None and canvas.slide.title == "Groep 1"
    assert canvas.turn_clock is not None and canvas.turn_clock.text == "2:00"  # turn 1 ended
    controller.projector.toggle_freeze()
    assert canvas.slide.title == "Groep 2"
    controller.projector.toggle_title_screen()  # T over the room screen
    assert canvas.slide.kind == "session-title"
    controller.projector.toggle_title_screen()
    assert canvas.slide.kind == "turn"
    controller.projector.toggle_blank()  # B over it
    assert canvas.blank


def test_a_second_builds_the_room_panel_again_only_while_a_turn_runs(
    controller: SessionController, presenter: PresenterWindow, session_clock: SessionClock
) -> None:
    panel = presenter.room_panel
    at_step(controller, STEP_4)
    controller.room.make_groups(people="\n".join(NAMES[:12]), size=GroupSize(3, 5), seed=1)
    controller.room.plan_turns(2 * MINUTE)
    built = presenter.room_views
    for _ in range(5):
        advance(session_clock, controller, SECOND)
    assert presenter.room_views == built  # no turn running: a second changes nothing there
    controller.room.next_turn()
    built = presenter.room_views
    for _ in range(5):
        advance(session_clock, controller, SECOND)
    assert presenter.room_views == built + 5  # the turn's clock: once a second
    assert panel.clock.text() == "1:55"


def test_the_console_tab_lists_groups_cards_and_turns(
    controller: SessionController, presenter: PresenterWindow, session_clock: SessionClock
) -> None:
    panel = presenter.room_panel
    assert panel.summary.text().startswith("Nobody is in the room yet")
    at_step(controller, STEP_3)
    controller.room.make_groups(people="\n".join(NAMES[:12]), size=GroupSize(3, 5), seed=1)
    controller.room.deal_for_step()
    assert panel.summary.text() == "12 people in 3 groups of 3-5."
    assert [c.text().split("\n")[0] for c in panel.cells] == [
        "Groep 1 · 4 personen",
        "Groep 2 · 4 personen",
        "Groep 3 · 4 personen",
    ]
    assert all(len(c.text().split("\n")[1].split(", ")) == 4 for c in panel.cells)
    assert panel.dealt.text().split("\n")[1] == "Groep 2: Kaart C + Kaart D"
    controller.go_to_step(STEP_4)
    controller.room.plan_turns(2 * MINUTE)
    controller.room.next_turn()
    advance(session_clock, controller, 30 * SECOND)
    assert panel.clock.text() == "1:30"
    assert panel.turn_line.text() == "Turn 1 of 3: Groep 1, 1:30 left. Next: Groep 2."
    row = [panel.turns.item(0, c).text() for c in range(panel.turns.columnCount())]
    assert row == ["1", "Groep 1", "2:00", "0:30", "–", "under way"]
    assert panel.sections(True)[0] is panel.turns_section  # turns lead the panel now
    controller.room.add_person("Zoë")
    assert "Zoë joined group 1." in panel.notices.text()


def test_a_soft_chime_ends_a_turn_once_and_mute_silences_it(
    controller: SessionController, presenter: PresenterWindow, session_clock: SessionClock
) -> None:
    controller.room.make_groups(people=12, size=GroupSize(3, 5), seed=1)
    at_step(controller, STEP_4)
    controller.room.plan_turns(1 * MINUTE)
    controller.room.next_turn()
    chimes = presenter.chimes
    chimes.played.clear()
    advance(session_clock, controller, 59 * SECOND)
    assert chimes.played == []
    advance(session_clock, controller, 1 * SECOND)  # its time is up
    assert chimes.played == [Chime.TURN]
    advance(session_clock, controller, 20 * SECOND)  # overrun: no second chime
    controller.room.next_turn()
    assert chimes.played == [Chime.TURN]
    presenter.actions_by_name["toggle_mute"].trigger()
    advance(session_clock, controller, 60 * SECOND)
    assert chimes.played == [Chime.TURN, Chime.TURN]  # asked for...
    assert chimes.muted  # ...and not heard: play() is silent while muted


def test_groups_screen_rect_is_the_whole_content(
    controller: SessionController, projector: ProjectorWindow
) -> None:
    at_step(controller, STEP_3)
    controller.room.make_groups(people=12, size=GroupSize(3, 5), seed=1)
    controller.projector.show_room_screen(RoomScreen.GROUPS)
    canvas = projector.canvas
    assert canvas.slide is not None
    assert canvas.content_rect_for(canvas.slide) == QRectF(canvas.content_rect())
