"""Simulated phones for the server tests: plain sockets in threads, over loopback only.

The server runs in the test's Qt event loop, so each phone talks from a
thread of its own while the test keeps the loop turning. Every phone
connects to 127.0.0.1; a phone may speak from another loopback address
(127.0.0.N) so that the server sees N devices, as on a room's network.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def run_in_threads(qtbot: QtBot, jobs: list[Callable[[], Any]], timeout: int = 30_000) -> list[Any]:
    """Run each job in a thread while the event loop turns; their results (or exceptions)."""
    results: list[Any] = [None] * len(jobs)

    def wrap(i: int, job: Callable[[], Any]) -> None:
        try:
            results[i] = job()
        except Exception as error:
            results[i] = error

    threads = [threading.Thread(target=wrap, args=(i, j), daemon=True) for i, j in enumerate(jobs)]
    for thread in threads:
        thread.start()
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=timeout)
    QApplication.processEvents()
    return results


class Phone:
    """One phone: a keep-alive HTTP connection to 127.0.0.1 from its own loopback address."""

    def __init__(self, port: int, device: int = 1, timeout: float = 10.0) -> None:
        self.port = port
        self.source = f"127.0.0.{device}"
        self.timeout = timeout
        self.host = f"127.0.0.1:{port}"
        self._connection: http.client.HTTPConnection | None = None

    def _open(self) -> http.client.HTTPConnection:
        if self._connection is None:
            self._connection = http.client.HTTPConnection(
                "127.0.0.1", self.port, timeout=self.timeout, source_address=(self.source, 0)
            )
        return self._connection

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        """One request; a dropped connection is opened again once."""
        head = {"Host": self.host, **(headers or {})}
        for attempt in range(2):
            connection = self._open()
            try:
                connection.request(method, path, body=body, headers=head)
                response = connection.getresponse()
                data = response.read()
                if response.getheader("connection", "").lower() == "close":
                    self.close()
                return response.status, {k.lower(): v for k, v in response.getheaders()}, data
            except (ConnectionError, http.client.HTTPException, OSError):
                self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def post_note(self, code: str, client_id: str, text: str) -> tuple[int, dict[str, Any]]:
        """Post a note as the page's script does; the status and the answer."""
        body = json.dumps({"id": client_id, "text": text, "kind": "note"}).encode()
        status, _, data = self.request(
            "POST",
            f"/r/{code}/api/note",
            body,
            {"Content-Type": "application/json", "Origin": f"http://{self.host}"},
        )
        return status, json.loads(data)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def raw(port: int, data: bytes, *, read: bool = True, timeout: float = 5.0) -> bytes:
    """Send raw bytes to 127.0.0.1:port and read until the server closes (or the timeout)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        if not read:
            return b""
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)
