"""HTTP/1.1 for the participants' server, pure: limits before a byte is handed on, headers."""

from __future__ import annotations

from facilitator.participants.http import (
    CSP,
    NEED_MORE,
    HttpConnection,
    Request,
    Response,
    websocket_target,
)
from facilitator.participants.limits import Limits


def echo(request: Request) -> Response:
    return Response(200, f"{request.method} {request.target} {len(request.body)}".encode())


def head_of(out: bytes) -> str:
    return out.split(b"\r\n\r\n", 1)[0].decode("latin-1")


def test_a_request_is_answered_with_the_security_headers() -> None:
    connection = HttpConnection()
    out = connection.receive(b"GET /r/X/ HTTP/1.1\r\nHost: h\r\n\r\n", echo)
    head = head_of(out)
    assert head.startswith("HTTP/1.1 200")
    assert f"Content-Security-Policy: {CSP}" in head
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert "Cache-Control: no-store" in head and "X-Content-Type-Options: nosniff" in head
    assert not connection.closing  # keep-alive


def test_two_requests_on_one_connection() -> None:
    connection = HttpConnection()
    out = connection.receive(
        b"GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n", echo
    )
    assert out.count(b"HTTP/1.1 200") == 2 and b"GET /b 0" in out


def test_a_body_over_16_kb_is_refused_from_its_length_before_it_is_read() -> None:
    connection = HttpConnection()
    seen: list[Request] = []
    out = connection.receive(
        b"POST /r/X/note HTTP/1.1\r\nHost: h\r\nContent-Length: 16385\r\n\r\n",
        lambda r: seen.append(r) or echo(r),  # type: ignore[func-returns-value]
    )
    assert head_of(out).startswith("HTTP/1.1 413") and connection.closing and seen == []
    fits = HttpConnection()
    body = b"x" * (16 * 1024)
    answer = fits.receive(
        b"POST /n HTTP/1.1\r\nHost: h\r\nContent-Length: 16384\r\n\r\n" + body, echo
    )
    assert b"POST /n 16384" in answer


def test_a_chunked_body_over_the_limit_is_refused_while_it_arrives() -> None:
    connection = HttpConnection(Limits(body_bytes=100))
    start = b"POST /n HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
    out = connection.receive(start + b"65\r\n" + b"y" * 101 + b"\r\n", echo)
    assert head_of(out).startswith("HTTP/1.1 413") and connection.closing


def test_headers_over_8_kb_are_refused() -> None:
    connection = HttpConnection()
    out = connection.receive(b"GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + b"a" * 9000, echo)
    assert head_of(out).startswith("HTTP/1.1 431") and connection.closing


def test_garbage_and_other_methods_are_refused() -> None:
    for data in (
        b"\x16\x03\x01\x02\x00 tls hello\r\n\r\n",
        b"GET\r\n\r\n",
        b"HELLO / HTTP/1.1\r\n\r\n",
    ):
        connection = HttpConnection()
        out = connection.receive(data, echo)
        assert head_of(out).split(" ")[1] in ("400", "405") and connection.closing
    put = HttpConnection().receive(b"PUT /x HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n", echo)
    assert head_of(put).startswith("HTTP/1.1 405")


def test_a_closed_connection_says_so() -> None:
    connection = HttpConnection()
    assert connection.receive(b"", echo) == b""
    assert connection.closing


def test_a_websocket_upgrade_is_recognised_from_the_head() -> None:
    head = b"GET /r/X/live HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
    assert websocket_target(head) == "/r/X/live"
    assert websocket_target(head[:20]) == NEED_MORE
    assert websocket_target(b"GET / HTTP/1.1\r\nHost: h\r\n\r\n") is None
    assert websocket_target(b"x" * 9000) is None
