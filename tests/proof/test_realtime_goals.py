"""The real-time benchmark's checks and its row in the table (nothing here measures time).

``bench/realtime.py`` runs ten real minutes, outside the default run; these
check that its verdicts say OVER where they should and that ``run.py`` puts
its figures in the table only when asked (``--long``).
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent.parent / "bench"


@pytest.fixture(scope="module")
def bench() -> Iterator[dict[str, ModuleType]]:
    """The benchmark modules, imported as their scripts import each other (by bare name)."""
    sys.path.insert(0, str(BENCH))
    try:
        import goals
        import run

        yield {"goals": goals, "run": run}
    finally:
        sys.path.remove(str(BENCH))


def shown(median: float = 3.0, worst: float = 9.0) -> dict[str, Any]:
    figures = {"median": median, "p95": worst, "max": worst, "count": 600}
    return {
        "all": figures,
        "first_minute": dict(figures),
        "last_minute": dict(figures),
        "skipped": [],
        "repeated": 0,
        "out_of_order": False,
        "early": [],
    }


GOOD: dict[str, Any] = {
    "seconds": 600.0,
    "projector": shown(),
    "console": shown(),
    "end": {
        "truth": 0,
        "projector": 0,
        "console": 0,
        "engine_ms": 600_000.0,
        "wall_ms": 600_000.2,
        "drift_ms": -0.2,
    },
}


def changed(path: str, value: object) -> dict[str, Any]:
    """GOOD with the value at ``path`` (keys joined by dots) replaced."""
    result = copy.deepcopy(GOOD)
    *keys, last = path.split(".")
    node = result
    for key in keys:
        node = node[key]
    node[last] = value
    return result


def test_a_punctual_run_passes_every_check(bench: dict[str, ModuleType]) -> None:
    checks = bench["goals"].realtime_checks(GOOD)
    assert all(checks.values()), checks
    assert bench["goals"].realtime_ok(GOOD)


@pytest.mark.parametrize(
    ("path", "value", "check"),
    [
        ("console.skipped", [17], "every second shown once, in order"),
        ("projector.repeated", 1, "every second shown once, in order"),
        ("projector.out_of_order", True, "every second shown once, in order"),
        ("projector.early", [300], "none a frame before its boundary"),
        ("projector.all.max", 17.0, "projector paint within one frame"),
        ("projector.last_minute.median", 4.5, "last minute as punctual as the first"),
        ("end.console", 1, "shown at the end is the clock's"),
        ("end.drift_ms", 51.0, "engine clock agrees with the wall clock"),
    ],
)
def test_each_fault_fails_its_check(
    bench: dict[str, ModuleType], path: str, value: object, check: str
) -> None:
    checks = bench["goals"].realtime_checks(changed(path, value))
    assert [name for name, ok in checks.items() if not ok] == [check]


def test_the_table_has_a_row_once_measured(bench: dict[str, ModuleType]) -> None:
    run = bench["run"]
    assert "realtime" not in run.BENCHMARKS and "realtime" in run.LONG
    results = run.Results("offscreen", figures={"realtime": GOOD})
    (row,) = run.rows_of(results=[results], s=run.QUICK)
    assert row.figure.startswith("ten real minutes")
    assert row.facilitator == "3.0 / 9.0 ms over 600 s, 0 skipped, drift -0.2 ms"
    assert row.verdict == "OK"
    late = run.Results("offscreen", figures={"realtime": changed("end.drift_ms", 80.0)})
    assert run.rows_of(results=[late], s=run.QUICK)[0].verdict == "**OVER**"
