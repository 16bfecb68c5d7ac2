"""Participants' phones as a load on the app, for the lateness benchmark (loopback only).

``python bench/lateness.py --phones 40`` measures the countdown's lateness
while PHONES simulated phones are connected to the app's participants' server
and each posts NOTES_EACH notes spread over the measurement. Each phone is a
thread with one keep-alive HTTP connection to 127.0.0.1, speaking from its
own loopback address (127.0.0.N) so that the server sees PHONES devices, as on
a room's network; a note that gets no answer is sent again with the same id,
as the page's script does. ``stop`` counts what was sent, confirmed, refused
and sent again, and reads the wall: lost and doubled notes.

Every connection goes to 127.0.0.1 only (``PhoneLoad`` refuses any other
host), and every loop is bounded in count and time.
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time
from typing import Any
from urllib.parse import urlsplit

PHONES = 40
NOTES_EACH = 10
LOOPBACK = "127.0.0.1"
NO_SERVER = "not available yet (no participants' server)"


def unavailable() -> str | None:
    """Why the phones cannot be simulated, or None once the app can serve them."""
    from facilitator.cli import app_parser

    if "--participants" not in app_parser()._option_string_actions:
        return NO_SERVER
    return None


class PhoneLoad:
    """``phones`` simulated phones on the participants' server at ``join_url`` (loopback only)."""

    def __init__(self, join_url: str, phones: int = PHONES, notes_each: int = NOTES_EACH) -> None:
        parts = urlsplit(join_url)
        if parts.hostname != LOOPBACK:
            raise ValueError(f"the phones connect to {LOOPBACK} only, not to {parts.hostname!r}")
        self.join_url = join_url
        self.port = parts.port or 80
        segments = parts.path.strip("/").split("/")
        self.code = segments[1] if len(segments) > 1 and segments[0] == "r" else ""
        self.facilitator: Any = None  # the app whose wall is read at the end, if known
        self.phones = phones
        self.notes_each = notes_each
        self.counts = {"sent": 0, "confirmed": 0, "refused": 0, "resent": 0}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.ids: set[str] = set()

    def start(self, seconds: float) -> None:
        """Connect every phone and start posting, spread over ``seconds``."""
        for n in range(self.phones):
            thread = threading.Thread(target=self._phone, args=(n, seconds), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _count(self, name: str) -> None:
        with self._lock:
            self.counts[name] += 1

    def _phone(self, n: int, seconds: float) -> None:
        source = f"127.0.0.{10 + n}"
        host = f"{LOOPBACK}:{self.port}"
        connection: http.client.HTTPConnection | None = None
        pause = seconds / (self.notes_each + 1)
        # Phones start spread over the first pause, as people pick up their phones.
        if self._stop.wait(pause * n / self.phones):
            return
        for k in range(self.notes_each):
            client_id = f"bench-{n}-{k}"
            with self._lock:
                self.ids.add(client_id)
            body = json.dumps({"id": client_id, "text": f"Phone {n}, note {k}"}).encode()
            headers = {"Host": host, "Content-Type": "application/json", "Origin": f"http://{host}"}
            for attempt in range(5):
                if connection is None:
                    connection = http.client.HTTPConnection(
                        LOOPBACK, self.port, timeout=10, source_address=(source, 0)
                    )
                try:
                    connection.request("POST", f"/r/{self.code}/api/note", body, headers)
                    response = connection.getresponse()
                    answer = json.loads(response.read())
                except (OSError, http.client.HTTPException, ValueError):
                    connection.close()
                    connection = None
                    self._count("resent")
                    time.sleep(0.2 * (attempt + 1))
                    continue
                self._count("sent")
                self._count("confirmed" if answer.get("ok") else "refused")
                break
            if self._stop.wait(pause):
                break
        if connection is not None:
            connection.close()

    def stop(self) -> dict[str, int]:
        """Disconnect every phone; notes sent, confirmed, refused and sent again."""
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=15)
        counts = dict(self.counts)
        if self.facilitator is not None:
            counts.update(wall_check(self, self.facilitator))
        return counts


def wall_check(load: PhoneLoad, facilitator: Any) -> dict[str, int]:
    """What the wall holds of the phones' notes: how many, how many ids twice, how many
    confirmed notes it lacks."""
    notes = [n for n in facilitator.controller.room.state.wall.notes if n.client_id in load.ids]
    ids = [n.client_id for n in notes]
    return {
        "on_wall": len(notes),
        "doubled": len(ids) - len(set(ids)),
        "lost": max(0, load.counts["confirmed"] - len(set(ids))),
    }


def start_load(facilitator: Any, phones: int, seconds: float) -> PhoneLoad:
    """Turn on ``facilitator``'s participants' server on loopback and start ``phones`` phones."""
    from facilitator.participants.network import Listen

    facilitator.phones.listen = Listen(LOOPBACK, 0)
    facilitator.phones.out = sys.stderr  # standard output carries the benchmark's JSON
    if not facilitator.phones.start():
        raise RuntimeError(facilitator.phones.service.problem)
    joined = facilitator.phones.service.joined
    load = PhoneLoad(joined.url, phones)
    load.facilitator = facilitator
    load.start(seconds)
    return load
