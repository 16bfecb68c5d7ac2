"""HTTP/1.1 for the participants' server, pure: bytes in, responses out (on h11).

:class:`HttpConnection` is one connection's protocol: the Qt adapter feeds it
what the socket read and writes back what it returns; h11 (a small, strict,
well-tested HTTP/1.1 state machine with no I/O of its own) parses. Every
limit is enforced here, before anything is handed on: the request line and
headers together (:attr:`Limits.header_bytes`, else 431), the body
(:attr:`Limits.body_bytes`, else 413, refused from its ``Content-Length``
before a byte of it is read), the methods (GET and POST, else 405); a request
h11 cannot parse is answered 400. Each refusal closes the connection.

Every response carries the same security headers (:data:`SECURITY_HEADERS`):
a Content-Security-Policy that allows only the app's own files (no inline
script or style, no frames, forms only to the app), no caching, no sniffing,
no referrer outside the app.

:func:`websocket_target` reads the start of a connection (peeked, not taken)
and says whether it asks to become a live connection (a WebSocket), which the
Qt side hands to QtWebSockets before HTTP reads a byte of it.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

import h11

from facilitator.participants.limits import Limits

#: The Content-Security-Policy of every response: the app's own files only.
CSP: Final = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

#: Headers every response carries.
SECURITY_HEADERS: Final = (
    ("Content-Security-Policy", CSP),
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
)

#: The methods the server answers; anything else is 405.
METHODS: Final = frozenset({"GET", "POST"})
#: The most form fields a body may hold (the call to action has a handful).
FORM_FIELDS: Final = 32

REASONS: Final = {
    100: "Continue",
    200: "OK",
    303: "See Other",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    421: "Misdirected Request",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    503: "Service Unavailable",
}


@dataclass(frozen=True)
class Request:
    """One complete request: its method, path, query, headers (lower-case names) and body."""

    method: str
    target: str  # as sent: path and query
    headers: Mapping[str, str]
    body: bytes = b""
    peer: str = ""  # the device's address (set by the connection's owner)

    @property
    def path(self) -> str:
        """The target's path, still percent-encoded (the routes decode each segment)."""
        return self.target.split("?", 1)[0].split("#", 1)[0]

    @property
    def query(self) -> dict[str, str]:
        """The target's query fields (the first of each name; at most :data:`FORM_FIELDS`)."""
        raw = self.target.split("?", 1)[1] if "?" in self.target else ""
        return _fields(raw)

    def header(self, name: str) -> str:
        """A header's value ('' if absent); names are compared case-blind."""
        return self.headers.get(name.lower(), "")

    def form(self) -> dict[str, str]:
        """The body's fields, when it is an HTML form (``application/x-www-form-urlencoded``)."""
        kind = self.header("content-type").split(";", 1)[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            return {}
        return _fields(self.body.decode("utf-8", "replace"))


def _fields(raw: str) -> dict[str, str]:
    try:
        pairs = urllib.parse.parse_qsl(
            raw, keep_blank_values=True, max_num_fields=FORM_FIELDS, errors="replace"
        )
    except ValueError:  # more fields than allowed
        return {}
    found: dict[str, str] = {}
    for name, value in pairs:
        found.setdefault(name, value)
    return found


@dataclass(frozen=True)
class Response:
    """One response: status, body, its type and any headers of its own."""

    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = field(default=())

    def header(self, name: str) -> str:
        """One of the response's own headers ('' if absent)."""
        return next((v for n, v in self.headers if n.lower() == name.lower()), "")


def plain(status: int, text: str = "") -> Response:
    """A short plain-text answer; without ``text``, the status's reason."""
    return Response(status, (text or REASONS.get(status, "")).encode())


def response_head(response: Response, *, close: bool) -> list[tuple[str, str]]:
    """Every header a response is sent with: its type and length, its own, the security ones."""
    head = [
        ("Content-Type", response.content_type),
        ("Content-Length", str(len(response.body))),
        *response.headers,
        *SECURITY_HEADERS,
    ]
    if close:
        head.append(("Connection", "close"))
    return head


Responder = Callable[[Request], Response]


class HttpConnection:
    """The HTTP side of one connection: feed it bytes, write back what it returns.

    After :meth:`receive` returns, :attr:`closing` says whether the connection
    is to be closed once those bytes are written (a refusal, the client asked
    for it, or it is finished).
    """

    def __init__(self, limits: Limits | None = None, peer: str = "") -> None:
        self.limits = limits or Limits()
        self.peer = peer
        self._h11 = h11.Connection(h11.SERVER, max_incomplete_event_size=self.limits.header_bytes)
        self._request: h11.Request | None = None
        self._body = bytearray()
        self.closing = False
        self.requests = 0  # complete requests answered

    def receive(self, data: bytes, respond: Responder) -> bytes:
        """Take ``data`` (``b""``: the other side closed); answer each complete request."""
        if self.closing:
            return b""
        out = bytearray()
        try:
            self._h11.receive_data(data)
            out += self._events(respond)
        except h11.RemoteProtocolError as error:
            status = error.error_status_hint if error.error_status_hint in REASONS else 400
            out += self._refuse(plain(status))
        return bytes(out)

    def _events(self, respond: Responder) -> bytes:
        out = bytearray()
        while not self.closing:
            event = self._h11.next_event()
            if event is h11.NEED_DATA or event is h11.PAUSED:
                if self._h11.they_are_waiting_for_100_continue:
                    out += self._h11.send(h11.InformationalResponse(status_code=100, headers=[]))
                if event is h11.PAUSED and self._h11.our_state is h11.DONE:
                    self._h11.start_next_cycle()
                    continue
                break
            if isinstance(event, h11.ConnectionClosed):
                self.closing = True
                break
            if isinstance(event, h11.Request):
                refusal = self._check(event)
                if refusal is not None:
                    out += self._refuse(refusal)
                    break
                self._request, self._body = event, bytearray()
            elif isinstance(event, h11.Data):
                self._body += event.data
                if len(self._body) > self.limits.body_bytes:
                    out += self._refuse(plain(413))
                    break
            elif isinstance(event, h11.EndOfMessage):
                out += self._answer(respond)
        return bytes(out)

    def _check(self, event: h11.Request) -> Response | None:
        method = event.method.decode("ascii", "replace")
        if method not in METHODS:
            return Response(405, b"Method Not Allowed", headers=(("Allow", "GET, POST"),))
        for name, value in event.headers:
            if name == b"content-length" and int(value) > self.limits.body_bytes:
                return plain(413)
        return None

    def _answer(self, respond: Responder) -> bytes:
        event = self._request
        assert event is not None
        headers: dict[str, str] = {}
        for name, value in event.headers:
            key = name.decode("latin-1")
            text = value.decode("latin-1")
            headers[key] = f"{headers[key]}, {text}" if key in headers else text
        request = Request(
            event.method.decode("ascii"),
            event.target.decode("latin-1"),
            headers,
            bytes(self._body),
            self.peer,
        )
        self._request, self._body = None, bytearray()
        response = respond(request)
        self.requests += 1
        keep = self._h11.their_state is h11.DONE and "close" not in request.header("connection")
        out = self._send(response, close=not keep)
        if not keep:
            self.closing = True
        elif self._h11.our_state is h11.DONE and self._h11.their_state is h11.DONE:
            self._h11.start_next_cycle()
        return out

    def _refuse(self, response: Response) -> bytes:
        out = b""
        if self._h11.our_state in (h11.IDLE, h11.SEND_RESPONSE):
            out = self._send(response, close=True)
        self.closing = True
        return out

    def _send(self, response: Response, *, close: bool) -> bytes:
        head = [
            (n.encode("latin-1"), v.encode("latin-1"))
            for n, v in response_head(response, close=close)
        ]
        reason = REASONS.get(response.status, "").encode()
        out = self._h11.send(h11.Response(status_code=response.status, headers=head, reason=reason))
        out = (out or b"") + (self._h11.send(h11.Data(data=response.body)) or b"")
        out += self._h11.send(h11.EndOfMessage()) or b""
        return out


#: What :func:`websocket_target` says while the head of the request is still arriving.
NEED_MORE: Final = "…"


def websocket_target(head: bytes, limit: int = 8 * 1024) -> str | None:
    """Whether a connection's first bytes ask for a WebSocket: its target, or None.

    ``head`` is what has arrived so far, not yet read; :data:`NEED_MORE` while
    the header block is incomplete and under ``limit``. A head over the limit
    or anything but ``GET … Upgrade: websocket`` is HTTP (None), for
    :class:`HttpConnection` to answer or refuse.
    """
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return NEED_MORE if len(head) < limit else None
    lines = head[:end].split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3 or parts[0] != b"GET" or not parts[2].startswith(b"HTTP/1.1"):
        return None
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"upgrade" and value.strip().lower() == b"websocket":
            return parts[1].decode("latin-1")
    return None
