"""The participants' server over loopback: pages, notes, live updates, hostile phones."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.participants.limits import Limits
from facilitator.participants.network import Listen
from facilitator.room.wall import Source, Status
from facilitator.ui.participants.service import ParticipantsService, command_runner
from facilitator.ui.presenter.window import PresenterWindow
from tests.ui.participants.phones import Phone, raw, run_in_threads
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter

LOOPBACK = Listen("127.0.0.1", 0)


@pytest.fixture
def served(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> Iterator[tuple[ParticipantsService, PresenterWindow]]:
    controller = make_controller(agenda_2, session_clock)
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    service = ParticipantsService(controller, command_runner(window.actions_by_name))
    joined = service.start(LOOPBACK)
    assert joined is not None, service.problem
    yield service, window
    service.stop()
    controller.shutdown()


def test_a_phone_joins_posts_and_its_note_waits_for_release(
    qtbot: QtBot, served: tuple[ParticipantsService, PresenterWindow]
) -> None:
    service, _ = served
    joined = service.joined
    assert joined is not None and joined.url.startswith("http://127.0.0.1:")
    phone = Phone(joined.port)
    status, headers, _page = run_in_threads(
        qtbot, [lambda: phone.request("GET", "/r/" + joined.room_code + "/")]
    )[0]
    assert status == 200 and "default-src 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"
    answer = run_in_threads(qtbot, [lambda: phone.post_note(joined.room_code, "a1", "Hallo")])[0]
    assert answer == (200, {"ok": True, "id": "a1", "status": "pending"})
    (note,) = service.controller.room.state.wall.notes
    assert (note.source, note.status, note.text) == (Source.PARTICIPANT, Status.PENDING, "Hallo")
    phone.close()


def test_the_remote_runs_the_named_commands(
    qtbot: QtBot, served: tuple[ParticipantsService, PresenterWindow]
) -> None:
    service, _ = served
    joined = service.joined
    assert joined is not None
    phone = Phone(joined.port, device=9)
    body = json.dumps({"name": "toggle_running"}).encode()
    headers = {"Content-Type": "application/json", "Origin": f"http://{phone.host}"}
    path = f"/t/{joined.remote_code}/api/command"
    status, _, data = run_in_threads(qtbot, [lambda: phone.request("POST", path, body, headers)])[0]
    assert status == 200 and json.loads(data) == {"ok": True}
    assert service.controller.run.state.value == "running"
    step = service.controller.run.index
    body = json.dumps({"name": "next_step"}).encode()
    run_in_threads(qtbot, [lambda: phone.request("POST", path, body, headers)])
    assert service.controller.run.index == step + 1
    phone.close()


def test_hostile_phones_are_refused_while_the_session_runs_on(
    qtbot: QtBot, served: tuple[ParticipantsService, PresenterWindow]
) -> None:
    service, window = served
    joined = service.joined
    assert joined is not None
    service.controller.toggle_running()
    port, code, host = joined.port, joined.room_code, f"127.0.0.1:{joined.port}"
    note = json.dumps({"id": "big", "text": "x"}).encode()
    jobs = [
        # a wrong code: the same 404 as anything unknown, nothing about the session
        lambda: raw(port, f"GET /r/WRONGX/ HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()),
        # a huge body: refused from its length
        lambda: raw(
            port,
            f"POST /r/{code}/api/note HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json"
            f"\r\nContent-Length: 10000000\r\n\r\n".encode()
            + note,
        ),
        # path traversal
        lambda: raw(
            port,
            f"GET /r/{code}/..%2f..%2fpyproject.toml HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        ),
        # malformed JSON
        lambda: raw(
            port,
            f"POST /r/{code}/api/note HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json"
            f'\r\nOrigin: http://{host}\r\nContent-Length: 5\r\n\r\n{{"id"'.encode(),
        ),
        # not HTTP at all
        lambda: raw(
            port, b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" + b"\x00" * 64 + b"\r\n\r\n"
        ),
        # a stranger's Host (DNS rebinding)
        lambda: raw(port, f"GET /r/{code}/ HTTP/1.1\r\nHost: evil.example\r\n\r\n".encode()),
    ]
    answers = run_in_threads(qtbot, jobs)
    statuses = [a.split(b" ", 2)[1] if isinstance(a, bytes) and a else a for a in answers]
    assert statuses == [b"404", b"413", b"404", b"400", b"400", b"421"]
    assert b"Strateg" not in answers[0]
    assert service.controller.room.state.wall.notes == ()
    # the session ran on: its commands work and a good note still arrives
    before = service.controller.run.index
    window.actions_by_name["next_step"].trigger()
    assert service.controller.run.index == before + 1
    phone = Phone(port, device=3)
    assert run_in_threads(qtbot, [lambda: phone.post_note(code, "ok1", "toch")])[0][0] == 200
    phone.close()


def test_many_idle_connections_are_capped_and_closed(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> None:
    controller = make_controller(agenda_2, session_clock)
    limits = Limits(connections=20, connections_per_device=8, idle_seconds=0.4)
    service = ParticipantsService(controller, lambda _name: False, limits=limits)
    joined = service.start(LOOPBACK)
    assert joined is not None
    server = service.server
    assert server is not None
    sockets: list[socket.socket] = []
    for device in range(2, 6):  # 4 devices x 10 connections: 8 each are let in, then 20 in all
        for _ in range(10):
            s = socket.socket()
            s.bind((f"127.0.0.{device}", 0))
            s.connect(("127.0.0.1", joined.port))
            sockets.append(s)
    qtbot.waitUntil(
        lambda: server.refused_connections + server.open_connections == 40, timeout=5000
    )
    assert server.open_connections == 20 and server.refused_connections == 20
    # a phone that says nothing is closed soon; the server answers the next one
    qtbot.waitUntil(lambda: server.open_connections == 0, timeout=5000)
    for s in sockets:
        s.close()
    phone = Phone(joined.port, device=7)
    assert run_in_threads(qtbot, [lambda: phone.request("GET", "/")])[0][0] == 200
    phone.close()
    service.stop()
    controller.shutdown()


def test_a_phone_that_stops_in_the_middle_of_its_header_is_cut_off(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: object
) -> None:
    controller = make_controller(agenda_2, session_clock)
    service = ParticipantsService(controller, lambda _n: False, limits=Limits(idle_seconds=0.3))
    joined = service.start(LOOPBACK)
    assert joined is not None

    def silent() -> bytes:
        with socket.create_connection(("127.0.0.1", joined.port), timeout=5) as s:
            s.send(b"GET / HT")
            return s.recv(10)  # b"": closed by the server, with nothing said

    assert run_in_threads(qtbot, [silent])[0] == b""
    assert service.server is not None and service.server.open_connections == 0
    service.stop()
    controller.shutdown()


def test_live_updates_reach_a_phone_over_a_websocket(
    qtbot: QtBot, served: tuple[ParticipantsService, PresenterWindow]
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtNetwork import QNetworkRequest
    from PySide6.QtWebSockets import QWebSocket

    service, window = served
    joined = service.joined
    assert joined is not None
    received: list[str] = []
    phone = QWebSocket()
    phone.textMessageReceived.connect(received.append)
    request = QNetworkRequest(QUrl(f"ws://127.0.0.1:{joined.port}/r/{joined.room_code}/live"))
    phone.open(request)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=5000)
    first = json.loads(received[0])
    assert first["type"] == "live" and first["posting"] is True
    service.toggle_posting()
    qtbot.waitUntil(lambda: len(received) == 2, timeout=5000)
    assert json.loads(received[1])["posting"] is False
    # a wrong code gets no live connection
    stranger = QWebSocket()
    errors: list[object] = []
    stranger.errorOccurred.connect(errors.append)
    stranger.open(QUrl(f"ws://127.0.0.1:{joined.port}/r/WRONGX/live"))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert service.server is not None and service.server.live_connections == 1
    phone.close()
    stranger.abort()
    del window


def test_stop_closes_everything_and_start_keeps_the_codes(
    qtbot: QtBot, served: tuple[ParticipantsService, PresenterWindow]
) -> None:
    service, _ = served
    first = service.joined
    assert first is not None
    service.stop()
    assert not service.running
    with pytest.raises(OSError):
        raw(first.port, b"GET / HTTP/1.1\r\n\r\n", timeout=1)
    again = service.start(LOOPBACK)
    assert again is not None and again.room_code == first.room_code


def test_the_remotes_live_view_follows_commands_from_the_console(
    qtbot: QtBot, served: tuple[ParticipantsService, PresenterWindow]
) -> None:
    """A real WebSocket client on the remote's live path: the countdown and the step's
    instructions change as the trainer works the console."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebSockets import QWebSocket

    service, window = served
    joined = service.joined
    assert joined is not None
    received: list[dict[str, object]] = []
    remote = QWebSocket()
    remote.textMessageReceived.connect(lambda text: received.append(json.loads(text)))
    remote.open(QUrl(f"ws://127.0.0.1:{joined.port}/t/{joined.remote_code}/live"))
    qtbot.waitUntil(lambda: len(received) == 1, timeout=5000)
    first = received[0]
    controller = service.controller
    assert first["type"] == "remote" and first["title"] == controller.run.step.title
    window.actions_by_name["add_minute"].trigger()
    qtbot.waitUntil(lambda: received[-1]["clock"] != first["clock"], timeout=5000)
    assert received[-1]["instructions"] == first["instructions"]
    window.actions_by_name["next_step"].trigger()
    following = controller.run.step
    qtbot.waitUntil(lambda: received[-1]["title"] == following.title, timeout=5000)
    assert received[-1]["instructions"] != first["instructions"]
    assert received[-1]["step"] != first["step"]
    # A room phone's live connection never gets the remote's view.
    room: list[dict[str, object]] = []
    phone = QWebSocket()
    phone.textMessageReceived.connect(lambda text: room.append(json.loads(text)))
    phone.open(QUrl(f"ws://127.0.0.1:{joined.port}/r/{joined.room_code}/live"))
    qtbot.waitUntil(lambda: len(room) == 1, timeout=5000)
    before = len(received)
    window.actions_by_name["add_minute"].trigger()
    qtbot.waitUntil(lambda: len(received) > before, timeout=5000)
    assert all(view["type"] == "live" for view in room)
    remote.close()
    phone.close()


def test_a_phone_sees_what_the_projector_shows_live(
    qtbot: QtBot, served: tuple[ParticipantsService, PresenterWindow]
) -> None:
    """The room's live view over a real WebSocket client: the projected slide, the next
    item after the console's command, nothing while the projector is black."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebSockets import QWebSocket

    service, window = served
    joined = service.joined
    assert joined is not None
    received: list[dict[str, object]] = []
    phone = QWebSocket()
    phone.textMessageReceived.connect(lambda text: received.append(json.loads(text)))
    phone.open(QUrl(f"ws://127.0.0.1:{joined.port}/r/{joined.room_code}/live"))
    qtbot.waitUntil(lambda: len(received) == 1, timeout=5000)
    first = str(received[0]["screen"])
    title = service.controller.projector.projected().slide.title
    assert title and title in first
    window.actions_by_name["next_item"].trigger()
    qtbot.waitUntil(lambda: received[-1]["screen"] != first, timeout=5000)
    following = service.controller.projector.projected().slide
    assert following.title in str(received[-1]["screen"])
    window.actions_by_name["toggle_blank"].trigger()
    qtbot.waitUntil(lambda: received[-1]["screen"] == "", timeout=5000)
    phone.close()
