"""The journal's records load when first used, and every reader still knows every one."""

from __future__ import annotations

import subprocess
import sys

from facilitator.engine import events

FRESH = """
import sys
from facilitator.engine.events.core import decode, registry
assert "facilitator.engine.events.room" not in sys.modules
found = decode({"t": 1, "event": "app_closed"}, 1)
assert found.logged is not None, found.warnings
assert "facilitator.engine.events.room" in sys.modules  # every area, for every reader
assert len(registry()) > 60
from facilitator.room.state import RoomState, handled
assert all(kind.NAME.startswith("room_") for kind in handled())
print("ok")
"""


def test_a_journal_read_in_a_fresh_interpreter_knows_every_area() -> None:
    done = subprocess.run([sys.executable, "-c", FRESH], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_every_name_of_the_package_is_there() -> None:
    for name in events.__all__:
        assert getattr(events, name) is not None
    assert events.room.PeopleSet.NAME.startswith("room_")
    assert "StepStarted" in dir(events)
