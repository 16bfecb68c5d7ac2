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

from PySide6.QtWidgets import QApplication

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.paths import bundled_agendas
from facilitator.projection.screens import RoomScreen
from facilitator.ui.app import FacilitatorApp

OUT = Path(__file__).resolve().parent
NAMES = """Anouk, Bram, Chloë, Daan, Eline, Fenna, Gijs, Hüseyin, Inès, Jules,
Kübra, Lotte, Mees, Noël, Olivia, Pieter-Jan, Quinten, Roos, Sem, Thijs,
Ümran, Valérie, Wout, Yara"""


#: 25 notes of a discussion in session 2, in 4 themes (the theme's name, its notes).
WALL = (
    (
        "Zichtbaarheid",
        (
            "Rolmodellen uit de eigen buurt uitnodigen",
            "Vrouwelijke ingenieurs in de klas",
            "Foto's op de website laten zien wie er écht werkt",
            "Oud-leerlingen vertellen over hun opleiding",
            "Een open dag voor ouders én kinderen",
            "Posters zonder stereotypen",
        ),
    ),
    (
        "Taal en toon",
        (
            "Vacatureteksten nakijken op ‘mannelijke’ woorden",
            "Niet ‘jongens en meisjes’ maar ‘iedereen’",
            "Voorbeelden uit verschillende culturen",
            "Humor zonder iemand buiten te sluiten",
            "Vragen stellen in plaats van voorzeggen",
            "Complimenten voor aanpak, niet voor talent",
        ),
    ),
    (
        "Groepswerk",
        (
            "Rollen laten rouleren",
            "Stille deelnemers eerst laten schrijven",
            "Gemengde groepen, niet altijd vrienden",
            "De notulist is niet altijd een meisje",
            "Tijd bewaken zodat iedereen spreekt",
            "Afspraken aan het begin samen maken",
        ),
    ),
    (
        "Ik zal...",
        (
            "Ik zal mijn lesmateriaal doorlichten vóór de zomer",
            "Ik zal een collega vragen mij te observeren",
            "Ik zal in elke les één rolmodel noemen",
            "Ik zal ouders uitnodigen voor de projectweek",
            "Ik zal het groepswerk anders indelen",
            "Ik zal dit over een maand met mijn team bespreken",
            "Ik zal de meisjes in mijn klas vaker het woord geven",
        ),
    ),
)


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
    for name, notes in WALL:  # the wall: typed in, then themed by dropping notes together
        room.add_notes(list(notes))
        ids = [n.id for n in room.state.wall.notes[-len(notes) :]]
        for other in ids[1:]:
            room.put_note_on(other, ids[0])
        theme = room.state.wall.note(ids[0]).theme  # type: ignore[union-attr]
        assert theme is not None
        room.rename_theme(theme, name)
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
