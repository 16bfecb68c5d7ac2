"""Make the pictures of the room's screens in docs/room: groups, dealt cards, group turns,
the wall, a break screen and a case-study slide.

Run from the repository root: ``python docs/room/make_screenshots.py``. The
real app on the bundled session 2 (Dutch), its time a FakeClock so the states
are exact: 24 people in 6 groups of 3-5 (step 3), two scenario cards dealt to
each group, the groups' turns in step 4 (one under way, one over its time),
7 people counted (no names) in pairs with the trio marked (step 5), and the
console during a turn; a wall of 25 notes in 4 themes (by theme and newest
first), the console's Wall tab, the break screen ("Pauze tot 10:45") and the
case study put on the projector from the Reference tab. The projector is
1920x1080, the console 1366x768 and 1920x1080.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp(prefix="facilitator-shots-"))
os.environ.setdefault(
    "FACILITATOR_SETTINGS", os.path.join(os.environ["FACILITATOR_DATA_DIR"], "s.ini")
)
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the tests' wall sample

from PySide6.QtWidgets import QApplication

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.paths import bundled_agendas
from facilitator.projection.screens import RoomScreen
from facilitator.ui.app import FacilitatorApp
from tests.ui.wall_sample import fill_wall

OUT = Path(__file__).resolve().parent
NAMES = """Anouk, Bram, Chloë, Daan, Eline, Fenna, Gijs, Hüseyin, Inès, Jules,
Kübra, Lotte, Mees, Noël, Olivia, Pieter-Jan, Quinten, Roos, Sem, Thijs,
Ümran, Valérie, Wout, Yara"""


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def make(app: QApplication, width: int, height: int, projector_too: bool) -> None:
    clock = FakeClock(1_000 * SECOND)
    session_2 = next(p for p in bundled_agendas() if p.name.startswith("sessie-2"))
    facilitator = FacilitatorApp(AppOptions(), load_agenda(session_2), clock=clock)
    controller = facilitator.controller
    nine = datetime(2026, 5, 4, 9, 0)
    controller._wall = lambda: nine + timedelta(microseconds=(clock.now() - 1_000 * SECOND) // 1000)
    presenter = facilitator.presenter
    presenter.confirm_quit = False
    facilitator.show()
    # The console opens maximised on its screen the first time: the pictures want a size.
    presenter.showNormal()
    presenter.resize(width, height)
    facilitator.projector.resize(1920, 1080)
    settle(app)
    room = controller.room

    def projector(name: str) -> None:
        controller.refresh()
        settle(app)
        if projector_too:
            facilitator.projector.grab().save(str(OUT / f"{name}.png"))

    def console(name: str) -> None:
        controller.refresh()
        settle(app)
        presenter.grab().save(str(OUT / f"{name}-{width}x{height}.png"))

    controller.start()
    clock.advance(10 * MINUTE)
    controller.next_step()
    clock.advance(15 * MINUTE)
    controller.next_step()  # step 3: groups of 3-5, two cards per group
    clock.advance(2 * MINUTE)
    room.make_groups(people=NAMES, size=GroupSize(3, 5), seed=11)
    controller.projector.show_room_screen(RoomScreen.GROUPS)
    projector("projector-6-groups")
    room.deal_for_step()
    controller.projector.show_room_screen(RoomScreen.DEAL)
    projector("projector-dealt-cards")
    clock.advance(23 * MINUTE)
    controller.next_step()  # step 4: every group a turn
    clock.advance(1 * MINUTE + 30 * SECOND)
    room.plan_turns(2 * MINUTE)
    controller.projector.show_room_screen(RoomScreen.TURN)
    room.next_turn()
    clock.advance(2 * MINUTE + 5 * SECOND)
    room.next_turn()
    clock.advance(1 * MINUTE + 52 * SECOND)
    room.next_turn()
    clock.advance(48 * SECOND)  # group 3: 1:12 left
    projector("projector-turn")
    presenter.tabs.setCurrentWidget(presenter.room_panel)
    console("console-turn")
    clock.advance(1 * MINUTE + 47 * SECOND)  # group 3: 0:35 over its time
    projector("projector-turn-overrun")
    room.end_turn()
    fill_wall(room)  # the wall: typed in, then themed by dropping notes together
    controller.projector.show_room_screen(RoomScreen.WALL_THEMES)
    projector("projector-wall-25-notes-4-themes")
    controller.projector.show_room_screen(RoomScreen.WALL)
    projector("projector-wall-newest-first")
    presenter.tabs.setCurrentWidget(presenter.wall_panel)
    presenter.wall_panel.select_note(room.state.wall.notes[-1].id)
    console("console-wall")
    controller.projector.show_room_screen(None)
    controller.projector.show_section("casestudy-komm-mach-mint")
    projector("projector-case-study")
    controller.projector.end_shown()
    clock.advance(8 * MINUTE)
    controller.next_step()  # step 5: pairs, counted only
    room.make_groups(people=7, size=PAIRS, seed=5)
    controller.projector.show_room_screen(RoomScreen.GROUPS)
    projector("projector-pairs-counted")
    controller.projector.show_room_screen(None)
    controller.projector.show_break("10:45")
    projector("projector-break")
    presenter.close()
    facilitator.projector.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    make(app, 1366, 768, True)
    make(app, 1920, 1080, False)
    print("\n".join(sorted(str(p) for p in OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
