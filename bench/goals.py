"""Every benchmark's goal, in one place (issue 14), and the tests against them.

The scripts print OK or OVER against these; ``run.py`` puts them in its
table. Imports nothing, so that ``run.py`` can read them without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

STARTUP_RATIO = 1.5  # start to both windows mapped, median, against the bare program
MEMORY_RATIO = 1.3  # resident memory 5 s after start, against the bare program
CPU_PERCENT = 0.2  # of one core, counting down with both windows
LATENESS_MEDIAN_MS = 5.0  # the shown second on the projector's paint, from its boundary
LATENESS_MAX_MS = 16.0  # ... at most one frame early or late
SHOW_MS = 300.0  # a large agenda loaded and shown
STEPS = 500  # ... of this many steps
BIG_STEPS = 5000  # an agenda of this many steps ...
BIG_S = 10.0  # ... opened, run (start, a minute added, the next step) and exited, in all
FRAME_MS = 16.0  # a schedule change, a projector switch
REFUSE_MS = 2000.0  # a hostile agenda file refused by the loader, median
DRIFT_MS = 50.0  # realtime.py: the engine's clock against the wall clock over ten minutes
LATER_MS = 1.0  # realtime.py: the last minute's median lateness over the first minute's


def lateness_ok(paint: Mapping[str, float]) -> bool:
    """True when the projector's paint is within one frame of the boundary, early or late."""
    median = paint.get("abs_median", paint["median"])
    latest = paint.get("abs_max", paint["max"])
    return median <= LATENESS_MEDIAN_MS and latest <= LATENESS_MAX_MS


def change_ok(change: Mapping[str, float]) -> bool:
    """True when a change took one frame at most and repainted no row that did not change."""
    return change["ms"] <= FRAME_MS and change["repainted"] <= change["changed_visible"]


def big_ok(big: Mapping[str, float]) -> bool:
    """True when the large agenda was opened, run and exited within its goal."""
    return big["total_ms"] <= BIG_S * 1000


def refusal_ok(refusal: Mapping[str, float]) -> bool:
    """True when the loader refused a hostile file within its goal (the median)."""
    return refusal["median"] <= REFUSE_MS


def realtime_checks(result: Mapping[str, Any]) -> dict[str, bool]:
    """Each check of a real-time run (``realtime.py``'s figures): True when it holds."""
    projector, console, end = result["projector"], result["console"], result["end"]
    whole = all(
        not shown["skipped"] and not shown["repeated"] and not shown["out_of_order"]
        for shown in (projector, console)
    )
    return {
        "every second shown once, in order": whole,
        "none a frame before its boundary": not projector["early"] and not console["early"],
        "projector paint within one frame": lateness_ok(projector["all"]),
        "last minute as punctual as the first": (
            projector["last_minute"].get("abs_median", projector["last_minute"]["median"])
            <= projector["first_minute"].get("abs_median", projector["first_minute"]["median"])
            + LATER_MS
        ),
        "shown at the end is the clock's": end["truth"] == end["projector"] == end["console"],
        "engine clock agrees with the wall clock": abs(end["drift_ms"]) <= DRIFT_MS,
    }


def realtime_ok(result: Mapping[str, Any]) -> bool:
    """True when every check of a real-time run holds."""
    return all(realtime_checks(result).values())
