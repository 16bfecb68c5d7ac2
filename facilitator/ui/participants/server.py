"""The participants' server's sockets: bytes between phones and the pure site, in the event loop.

:class:`PhoneServer` listens with a ``QTcpServer`` on one address and hands
every request to the pure :class:`~facilitator.participants.site.Site`
through an :class:`~facilitator.participants.http.HttpConnection`; it decides
nothing about a request itself. What only a socket can know is held here:
how many connections are open (in all and per device: past the limit a new
one is closed at once), which are idle (closed after
:attr:`Limits.idle_seconds` without a byte, so a phone that opens and says
nothing, or sends a header a byte a minute, costs nothing for long), and the
live connections (``QWebSocketServer`` in non-secure mode is handed a socket
whose first bytes ask for an upgrade; it only ever sends).

Nothing here blocks: reads and writes are the sockets' own signals in the
app's event loop, each request is answered at once, and a phone that reads
nothing has its live connection closed once :attr:`Limits.unsent_bytes` wait
for it. The session never waits on the network.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QTcpServer, QTcpSocket
from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol, QWebSocketServer

from facilitator.participants.http import (
    NEED_MORE,
    HttpConnection,
    plain,
    response_head,
    websocket_target,
)
from facilitator.participants.limits import Limits
from facilitator.participants.site import Audience, Site

#: How often idle connections are looked for (ms).
SWEEP_MS = 2_000


def _monotonic() -> float:
    return time.monotonic()


@dataclass
class _Page:
    """A page connection: its socket, its HTTP state, the device and when it last spoke."""

    socket: QTcpSocket
    http: HttpConnection
    peer: str
    last: float
    decided: bool = False  # whether it is known to be HTTP (not a live connection)
    slots: tuple[Callable[[], None], Callable[[], None]] | None = None  # readyRead, disconnected


@dataclass
class _Live:
    """A live connection: whose it is (the room or the remote) and its socket underneath."""

    socket: QWebSocket
    audience: Audience
    peer: str
    last_sent: str = ""
    pongs: list[float] = field(default_factory=list)


class PhoneServer(QObject):
    """Phones' connections to one :class:`Site`, on one address, in the event loop."""

    connectionsChanged = Signal(int)  # how many are open

    def __init__(self, site: Site, limits: Limits | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.site = site
        self.limits = limits or site.limits
        self._tcp = QTcpServer(self)
        self._tcp.setMaxPendingConnections(64)
        self._tcp.newConnection.connect(self._accept)
        self._ws = QWebSocketServer("Facilitator", QWebSocketServer.SslMode.NonSecureMode, self)
        self._ws.newConnection.connect(self._take_live)
        self._pages: dict[QTcpSocket, _Page] = {}
        self._live: dict[QWebSocket, _Live] = {}
        # Sockets handed to the WebSocket server, by device, until their handshake ends.
        self._upgrading: list[tuple[str, float]] = []
        self._sweep = QTimer(self)
        self._sweep.setInterval(min(SWEEP_MS, max(100, round(self.limits.idle_seconds * 500))))
        self._sweep.timeout.connect(self._close_idle)
        self.refused_connections = 0

    # --- listening ---------------------------------------------------------------------

    def listen(self, host: str, port: int) -> bool:
        """Listen on ``host:port`` (0: any free port); False if it is taken or not ours."""
        if not self._tcp.listen(QHostAddress(host), port):
            return False
        self._sweep.start()
        return True

    @property
    def port(self) -> int:
        """The port listened on (0 when not listening)."""
        return self._tcp.serverPort() if self._tcp.isListening() else 0

    @property
    def listening(self) -> bool:
        """Whether it listens."""
        return self._tcp.isListening()

    def error_text(self) -> str:
        """Why the last :meth:`listen` failed, as Qt says it."""
        return self._tcp.errorString()

    def close(self) -> None:
        """Stop listening and close every connection."""
        self._sweep.stop()
        self._tcp.close()
        for live in list(self._live.values()):
            live.socket.abort()
        for page in list(self._pages.values()):
            self._forget(page)
            page.socket.abort()
            page.socket.deleteLater()
        self._live.clear()
        self._pages.clear()
        self._upgrading.clear()
        self.connectionsChanged.emit(0)

    @property
    def open_connections(self) -> int:
        """Page and live connections open now."""
        return len(self._pages) + len(self._live) + len(self._upgrading)

    def _per_device(self) -> Counter[str]:
        counts = Counter(p.peer for p in self._pages.values())
        counts.update(live.peer for live in self._live.values())
        counts.update(peer for peer, _ in self._upgrading)
        return counts

    # --- page connections ------------------------------------------------------------------

    def _accept(self) -> None:
        while self._tcp.hasPendingConnections():
            socket = self._tcp.nextPendingConnection()
            if socket is None:
                return
            peer = socket.peerAddress().toString()
            over = self.open_connections >= self.limits.connections
            if over or self._per_device()[peer] >= self.limits.connections_per_device:
                # Refused before a byte is read: a flood of connections costs nothing more.
                self.refused_connections += 1
                socket.abort()
                socket.deleteLater()
                continue
            socket.setReadBufferSize(self.limits.header_bytes + self.limits.body_bytes + 1024)
            page = _Page(socket, HttpConnection(self.limits, peer), peer, _monotonic())
            self._pages[socket] = page
            read = partial(self._read, socket)
            gone = partial(self._gone, socket)
            page.slots = (read, gone)
            socket.readyRead.connect(read)
            socket.disconnected.connect(gone)
            self.connectionsChanged.emit(self.open_connections)

    def _read(self, socket: QTcpSocket) -> None:
        page = self._pages.get(socket)
        if page is None:
            return
        page.last = _monotonic()
        if not page.decided:
            head = bytes(socket.peek(self.limits.header_bytes).data())
            target = websocket_target(head, self.limits.header_bytes)
            if target == NEED_MORE:
                return
            if target is not None:
                self._upgrade(page, target, head)
                return
            page.decided = True
        data = bytes(socket.readAll().data())
        out = page.http.receive(data, self.site.respond)
        if out:
            socket.write(out)
        if page.http.closing:
            self._finish(socket)

    def _finish(self, socket: QTcpSocket) -> None:
        """Close once what was written has gone (a refusal is still sent)."""
        page = self._pages.pop(socket, None)
        if page is not None and page.slots is not None:
            socket.readyRead.disconnect(page.slots[0])
            # Once it is gone its own signal deletes it (disconnected stays connected).
        socket.disconnectFromHost()
        if socket.state() is QAbstractSocket.SocketState.UnconnectedState:
            socket.deleteLater()
        self.connectionsChanged.emit(self.open_connections)

    def _forget(self, page: _Page) -> None:
        """None of our slots stays on a page connection's socket."""
        if page.slots is not None:
            page.socket.readyRead.disconnect(page.slots[0])
            page.socket.disconnected.disconnect(page.slots[1])
            page.slots = None

    def _gone(self, socket: QTcpSocket) -> None:
        page = self._pages.pop(socket, None)
        if page is not None:
            self._forget(page)
        if shiboken6.isValid(socket):  # not when its server is being destroyed with it
            socket.deleteLater()
        self.connectionsChanged.emit(self.open_connections)

    def _close_idle(self) -> None:
        """Close page connections that said nothing for a while, and deaf live ones."""
        now = _monotonic()
        self._upgrading = [(p, t) for p, t in self._upgrading if now - t < self.limits.idle_seconds]
        for page in list(self._pages.values()):
            if now - page.last > self.limits.idle_seconds:
                self._pages.pop(page.socket, None)
                self._forget(page)
                page.socket.abort()
                page.socket.deleteLater()
        for live in list(self._live.values()):
            if live.pongs and now - live.pongs[-1] > self.limits.live_silence_seconds:
                live.socket.abort()
                continue
            live.socket.ping(b"")
        self.connectionsChanged.emit(self.open_connections)

    # --- live connections ----------------------------------------------------------------------

    def _upgrade(self, page: _Page, target: str, head: bytes) -> None:
        headers = _head_fields(head)
        audience = self.site.live_audience(
            target, headers.get("host", ""), headers.get("origin", ""), page.peer
        )
        socket = page.socket
        if audience is None:
            response = plain(404)
            lines = [f"HTTP/1.1 {response.status} Not Found"]
            lines += [f"{n}: {v}" for n, v in response_head(response, close=True)]
            socket.readAll()
            socket.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.body)
            self._finish(socket)
            return
        self._pages.pop(socket, None)
        # From here the WebSocket server owns the socket: none of our slots stays on it.
        self._forget(page)
        self._upgrading.append((page.peer, _monotonic()))
        self._ws.handleConnection(socket)

    def _take_live(self) -> None:
        while self._ws.hasPendingConnections():
            live_socket = self._ws.nextPendingConnection()
            if live_socket is None:
                return
            peer = live_socket.peerAddress().toString()
            waiting = next((i for i, (p, _) in enumerate(self._upgrading) if p == peer), None)
            if waiting is None:  # not one this server handed over (or too late)
                live_socket.abort()
                live_socket.deleteLater()
                continue
            del self._upgrading[waiting]
            # Its path was checked (code, host, origin) before it was handed over.
            audience: Audience = (
                "room" if live_socket.requestUrl().path().startswith("/r/") else "remote"
            )
            live = _Live(live_socket, audience, peer, pongs=[_monotonic()])
            self._live[live_socket] = live
            live_socket.setMaxAllowedIncomingMessageSize(self.limits.message_bytes)
            live_socket.setMaxAllowedIncomingFrameSize(self.limits.message_bytes)
            live_socket.pong.connect(lambda _ms, _p, lv=live: lv.pongs.append(_monotonic()))
            live_socket.disconnected.connect(lambda s=live_socket: self._live_gone(s))
            # What a phone sends on it means nothing: it is read and dropped.
            live_socket.textMessageReceived.connect(lambda _text: None)
            self.send_live(live, self._view_for(audience), force=True)
            self.connectionsChanged.emit(self.open_connections)

    def _live_gone(self, socket: QWebSocket) -> None:
        self._live.pop(socket, None)
        socket.deleteLater()
        self.connectionsChanged.emit(self.open_connections)

    def _view_for(self, audience: Audience) -> str:
        return self.site.live_json() if audience == "room" else self.site.remote_json()

    def send_live(self, live: _Live, text: str, *, force: bool = False) -> None:
        """Send a view to one live connection, unless it has it already; a phone that reads
        nothing is closed rather than let the app's memory grow."""
        if text == live.last_sent and not force:
            return
        if live.socket.bytesToWrite() > self.limits.unsent_bytes:
            live.socket.close(QWebSocketProtocol.CloseCode.CloseCodePolicyViolated)
            return
        live.last_sent = text
        live.socket.sendTextMessage(text)

    def publish(self) -> None:
        """Send what phones show now to every live connection whose view changed."""
        if not self._live:
            return
        views: dict[Audience, str] = {}
        for live in list(self._live.values()):
            if live.audience not in views:
                views[live.audience] = self._view_for(live.audience)
            self.send_live(live, views[live.audience])

    @property
    def live_connections(self) -> int:
        """Live connections open now."""
        return len(self._live)


def _head_fields(head: bytes) -> dict[str, str]:
    """A request head's header fields (lower-case names; the first of each)."""
    fields: dict[str, str] = {}
    end = head.find(b"\r\n\r\n")
    for line in head[: end if end >= 0 else len(head)].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        fields.setdefault(name.strip().lower().decode("latin-1"), value.strip().decode("latin-1"))
    return fields
