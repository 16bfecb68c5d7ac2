"""Every benchmark's goal, in one place (issue 14), and the tests against them.

The scripts print OK or OVER against these; ``run.py`` puts them in its
table. Imports nothing, so that ``run.py`` can read them without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping

STARTUP_RATIO = 1.5  # start to both windows mapped, median, against the bare program
MEMORY_RATIO = 1.3  # resident memory 5 s after start, against the bare program
CPU_PERCENT = 0.2  # of one core, counting down with both windows
LATENESS_MEDIAN_MS = 5.0  # the shown second on the projector's paint, from its boundary
LATENESS_MAX_MS = 16.0  # ... at most one frame early or late
SHOW_MS = 300.0  # a large agenda loaded and shown
STEPS = 500  # ... of this many steps
FRAME_MS = 16.0  # a schedule change, a projector switch
REFUSE_MS = 2000.0  # a hostile agenda file refused by the loader, median


def lateness_ok(paint: Mapping[str, float]) -> bool:
    """True when the projector's paint is within one frame of the boundary, early or late."""
    median = paint.get("abs_median", paint["median"])
    latest = paint.get("abs_max", paint["max"])
    return median <= LATENESS_MEDIAN_MS and latest <= LATENESS_MAX_MS


def change_ok(change: Mapping[str, float]) -> bool:
    """True when a change took one frame at most and repainted no row that did not change."""
    return change["ms"] <= FRAME_MS and change["repainted"] <= change["changed_visible"]


def refusal_ok(refusal: Mapping[str, float]) -> bool:
    """True when the loader refused a hostile file within its goal (the median)."""
    return refusal["median"] <= REFUSE_MS
