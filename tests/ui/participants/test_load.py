"""40 simulated phones over loopback, each posting 10 notes (and retrying some): none lost,
none doubled, and the console's commands run on meanwhile."""

from __future__ import annotations

import io
from collections import Counter

from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.participants.network import Listen
from facilitator.room.wall import Source
from facilitator.ui.participants.in_app import PhonesInApp
from tests.ui.participants.phones import Phone, run_in_threads
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter

PHONES = 40
NOTES = 10


def test_40_phones_post_10_notes_each_with_none_lost_or_doubled(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> None:
    controller = make_controller(agenda_2, session_clock)
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    out = io.StringIO()
    phones = PhonesInApp(controller, window, Listen("127.0.0.1", 0), out=out)
    assert phones.start()
    joined = phones.service.joined
    assert joined is not None
    assert out.getvalue() == f"join: {joined.url}\n"
    controller.toggle_running()

    def phone_job(n: int) -> list[int]:
        phone = Phone(joined.port, device=10 + n)
        statuses = []
        try:
            for k in range(NOTES):
                status, _answer = phone.post_note(joined.room_code, f"p{n}-{k}", f"{n}/{k}")
                statuses.append(status)
                if k % 3 == 0:  # the answer "lost": the phone sends the same note again
                    again, answer2 = phone.post_note(joined.room_code, f"p{n}-{k}", f"{n}/{k}")
                    assert again == 200 and answer2["id"] == f"p{n}-{k}"
        finally:
            phone.close()
        return statuses

    jobs = [lambda n=n: phone_job(n) for n in range(PHONES)]
    results = run_in_threads(qtbot, jobs, timeout=120_000)
    assert all(r == [200] * NOTES for r in results), [r for r in results if r != [200] * NOTES]
    notes = [n for n in controller.room.state.wall.notes if n.source is Source.PARTICIPANT]
    ids = Counter(n.client_id for n in notes)
    assert len(notes) == PHONES * NOTES
    assert set(ids.values()) == {1}
    assert {n.text for n in notes} == {f"{n}/{k}" for n in range(PHONES) for k in range(NOTES)}
    # the session ran on
    before = controller.run.index
    window.actions_by_name["next_step"].trigger()
    assert controller.run.index == before + 1
    phones.stop()
    controller.shutdown()


def test_the_switch_starts_and_stops_the_server(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> None:
    controller = make_controller(agenda_2, session_clock)
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    phones = PhonesInApp(controller, window, Listen("127.0.0.1", 0), out=io.StringIO())
    assert not phones.action.isChecked() and not phones.panel.qr.isVisibleTo(phones.panel)
    phones.toggle()
    assert phones.service.running and phones.action.isChecked()
    joined = phones.service.joined
    assert joined is not None
    assert phones.panel.address.text() == joined.short
    assert phones.panel.room_code.text() == f"Code {joined.room_code}"
    assert joined.remote_code[:4] in phones.panel.remote.text()
    phones.toggle()
    assert not phones.service.running and not phones.action.isChecked()
    assert phones.panel.address.text() == ""
    controller.shutdown()


def test_the_pending_list_appends_new_notes_and_keeps_the_rest_after_a_release(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> None:
    controller = make_controller(agenda_2, session_clock)
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    phones = PhonesInApp(controller, window, Listen("127.0.0.1", 0), out=io.StringIO())
    assert phones.start()
    panel = phones.panel
    for n in range(3):
        controller.room.post_note(f"note {n}", client_id=f"c{n}")
    assert panel.pending.count() == 0  # phones' notes are drawn together, at the frame's end
    controller.room.show_phones()
    texts = lambda: [panel.pending.item(i).text() for i in range(panel.pending.count())]  # noqa: E731
    assert texts() == ["note 0", "note 1", "note 2"]
    panel.pending.item(1).setSelected(True)
    panel.release.click()
    assert texts() == ["note 0", "note 2"]
    panel.pending.item(1).setSelected(True)
    controller.room.post_note("note 3", client_id="c3")
    qtbot.waitUntil(lambda: panel.pending.count() == 3)  # the frame's end, in the event loop
    assert texts() == ["note 0", "note 2", "note 3"]
    assert panel.pending.item(1).isSelected()  # the choice survives a new note
    panel.remove.click()
    assert texts() == ["note 0", "note 3"]
    phones.stop()
    controller.shutdown()


def test_notes_arriving_together_are_drawn_once_and_appended(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> None:
    """A note from a phone costs the console one row, not a redraw of every note: the
    notes of one frame are drawn together, and the lists keep the rows they had."""
    controller = make_controller(agenda_2, session_clock)
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    phones = PhonesInApp(controller, window, Listen("127.0.0.1", 0), out=io.StringIO())
    told: list[int] = []
    controller.room.roomChanged.connect(lambda: told.append(controller.room.revision))
    for n in range(5):
        controller.room.post_note(f"note {n}", client_id=f"a{n}")
    assert told == [] and len(controller.room.state.wall.notes) == 5  # in the room at once
    qtbot.waitUntil(lambda: len(told) == 1)
    assert phones.panel.pending.count() == 5
    wall = window.wall_panel
    assert wall.pending.count() == 5
    rows = [wall.pending.item(i) for i in range(5)]
    phone_rows = [phones.panel.pending.item(i) for i in range(5)]
    controller.room.post_note("note 5", client_id="a5")
    qtbot.waitUntil(lambda: len(told) == 2)
    assert [wall.pending.item(i) for i in range(5)] == rows  # the same rows, one appended
    assert [phones.panel.pending.item(i) for i in range(5)] == phone_rows
    assert wall.pending.item(5).text() == phones.panel.pending.item(5).text() == "note 5"
    qtbot.wait(50)
    assert len(told) == 2  # nothing more to draw
    phones.stop()
    controller.shutdown()
