"""The projector's join screen (J): the QR code, the address and the code of the server that
listens; refused with a sentence while it is off; taken off when it stops."""

from __future__ import annotations

import io

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.participants.join import JOIN_KIND
from facilitator.participants.network import Listen
from facilitator.projection.screens import RoomScreen
from facilitator.ui.participants.in_app import PhonesInApp
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter


def test_the_join_screen_shows_the_qr_address_and_code(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> None:
    controller = make_controller(agenda_2, session_clock)
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    phones = PhonesInApp(controller, window, Listen("127.0.0.1", 0), out=io.StringIO())
    join = window.actions_by_name["show_join"]
    join.trigger()  # the server is off: a sentence, nothing on the projector
    assert controller.projector.room_screen is None
    assert "participants' server" in window.last_message
    assert phones.start()
    joined = phones.service.joined
    assert joined is not None
    join.trigger()
    assert controller.projector.room_screen is RoomScreen.JOIN and join.isChecked()
    slide = projector.canvas.slide
    assert slide is not None and slide.kind == JOIN_KIND
    assert (slide.title, slide.subtitle, slide.closing) == (
        "Doe mee met je telefoon",
        joined.short,
        joined.room_code,
    )
    assert slide.body == joined.url
    picture = projector.canvas.grab().toImage()
    # the QR's quiet zone is white on the dark theme's black: white is drawn on the left
    whites = sum(
        picture.pixelColor(x, y) == QColor("#ffffff")
        for x in range(0, picture.width() // 2, 8)
        for y in range(0, picture.height(), 8)
    )
    assert whites > 200
    phones.stop()
    assert controller.projector.room_screen is None
    controller.shutdown()
