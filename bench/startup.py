"""Start-up time: Facilitator against a bare PySide6 program that opens two windows.

Both run as fresh processes through ``bench/harness.py``, which reports the
instant every visible top-level window (both of them) has been painted once
and then quits both programs the same way. We time spawn-to-shown (the
target) and spawn-to-exit, the best and median of N runs each, alternating
the two programs in the same run of this script so that both see the same
machine state. Each run gets a fresh data folder (nothing to recover, no
remembered layout). Target: Facilitator at most 1.5 times the bare program.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import clean_env

RUNS = 7
HARNESS = str(Path(__file__).with_name("harness.py"))


def timed(program: str) -> tuple[float, float]:
    """Seconds from spawn to both windows shown, and to exit, of one run of ``program``."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        start = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
        done = subprocess.run(
            [sys.executable, HARNESS, program],
            check=True,
            env=clean_env(Path(folder)),
            capture_output=True,
            text=True,
            timeout=120,
        )
        end = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    shown = next(int(line.split()[1]) for line in done.stdout.splitlines() if line[:5] == "shown")
    return (shown - start) / 1e9, (end - start) / 1e9


def summary(name: str, runs: list[tuple[float, float]]) -> str:
    """One line: best and median of shown and exit times in ms."""
    shown, ended = [r[0] * 1000 for r in runs], [r[1] * 1000 for r in runs]
    return (
        f"{name}: shown best {min(shown):.0f} ms, median {statistics.median(shown):.0f} ms; "
        f"exit best {min(ended):.0f} ms, median {statistics.median(ended):.0f} ms"
    )


def main() -> None:
    """Print start-up times of both programs and their ratio."""
    timed("bare")  # warm the file cache for both
    timed("app")
    bare: list[tuple[float, float]] = []
    app: list[tuple[float, float]] = []
    for _ in range(RUNS):
        bare.append(timed("bare"))
        app.append(timed("app"))
    print(summary("bare PySide6, two windows", bare))
    print(summary("facilitator (session 1)  ", app))
    ratio = min(r[0] for r in app) / min(r[0] for r in bare)
    median = statistics.median(r[0] for r in app) / statistics.median(r[0] for r in bare)
    verdict = "OK" if ratio <= 1.5 else "OVER"
    print(f"ratio to shown: best/best {ratio:.2f}, median/median {median:.2f}")
    print(f"target: best/best <= 1.5  {verdict}")


if __name__ == "__main__":
    main()
