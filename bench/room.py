"""The room model's costs: importing it, making and reshuffling groups, replaying a wall.

Targets: importing every room module takes at most a quarter of what the
agenda's models (pydantic) take, timed inside a fresh interpreter (best of N,
so that the machine's load cancels out) after the standard modules it uses;
the part beyond the journal's events, which the app loads anyway, is shown
too. The cost is mostly creating the events' frozen dataclasses. Two
groupings for a room of 40 in at most 20 ms; decoding and replaying a journal
of 2,000 room records in at most 0.5 s.
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


def fresh(before: str, code: str) -> float:
    """Best seconds that ``code`` takes to import, in a fresh process after ``before``."""
    script = (
        f"import time\n{before}\nstart = time.perf_counter()\n{code}\n"
        "print(time.perf_counter() - start)"
    )
    return min(
        float(
            subprocess.run(
                [sys.executable, "-c", script], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(RUNS)
    )


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
    # Measured inside a fresh process, after the package itself and the standard
    # modules the room uses (the app loads those anyway); the app also loads the
    # journal's events (engine.events) for its journal, so the room's own part is shown.
    base = f"import facilitator.agenda, {STDLIB}"
    room = fresh(base, ROOM) * 1000
    own = fresh(f"{base}\nimport facilitator.engine.events", ROOM) * 1000
    models = fresh(base, "import facilitator.agenda.model") * 1000
    print(f"import: the room {room:.0f} ms, of which {own:.0f} ms beyond the journal's events")
    print(f"  (the agenda models: {models:.0f} ms); target: the room <= a quarter of the models")

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
