"""The room model's costs: importing it, making and reshuffling groups, replaying a wall.

Targets: importing every room module in a fresh interpreter adds at most a
quarter of what the agenda's models (pydantic) add (best of N, so that the
machine's load cancels out; the cost is mostly the records' dataclasses), two
groupings for a room of 40 in at most 20 ms, and decoding and replaying a journal of
2,000 room records in at most 0.5 s.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime

from facilitator.agenda.groupsize import GroupSize
from facilitator.engine.events import Event, decode_all, encode
from facilitator.room.replay import replay_room
from facilitator.room.room import Room
from facilitator.room.wall import Source

RUNS = 9
WALL = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
STDLIB = "collections, dataclasses, enum, random, re, typing, unicodedata"
ROOM = (
    "import facilitator.room.room, facilitator.room.replay, facilitator.room.views, "
    "facilitator.room.from_agenda"
)


def fresh(code: str) -> float:
    """Best seconds of ``python -c code`` over RUNS fresh processes."""
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def best_ms(action: object, runs: int = RUNS) -> float:
    """Best milliseconds of calling ``action`` ``runs`` times."""
    assert callable(action)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> None:
    """Print the figures and the targets."""
    # The package itself (and, in a development install, its import hook) and the
    # standard modules the room uses, which the app loads anyway, are the baseline.
    bare = fresh(f"import facilitator.agenda, {STDLIB}")
    room = fresh(f"import facilitator.agenda, {STDLIB}; {ROOM}")
    models = fresh(f"import facilitator.agenda, {STDLIB}; import facilitator.agenda.model")
    added, compared = (room - bare) * 1000, (models - bare) * 1000
    print(f"import, fresh process: baseline {bare * 1000:.0f} ms, + room {added:.0f} ms")
    print(f"  (+ agenda models {compared:.0f} ms); target: room <= a quarter of the models")

    def groups_of(people: int) -> Room:
        room = Room("nl")
        room.set_people(people, 0)
        room.make_groups("een", 0, size=GroupSize(2, 3), seed=1)
        room.make_groups("drie", 1, size=GroupSize(3, 5), seed=2)
        return room

    for people in (40, 200, 500):
        made = best_ms(lambda people=people: groups_of(people), 3)
        room = groups_of(people)
        shuffled = best_ms(lambda room=room: room.reshuffle(2), 3)
        print(f"{people} people: two groupings {made:.1f} ms, a reshuffle {shuffled:.1f} ms")
    print("  target: 40 people <= 20 ms")

    lines: list[dict[str, object]] = []

    def keep(record: Event, now: int) -> None:
        lines.append(encode(record, now, WALL))

    room = Room("nl", record=keep)
    room.set_people(40, 0)
    for i in range(1999):
        room.add_note(f"notitie {i}", i, source=Source.PARTICIPANT, client_id=f"tel-{i}")
    replayed = best_ms(lambda: replay_room(decode_all(lines)), 3)
    print(f"decoding and replay of {len(lines)} room records: {replayed:.0f} ms; target <= 500 ms")


if __name__ == "__main__":
    main()
