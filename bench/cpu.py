"""CPU used while a step counts down with both windows open.

Runs ``facilitator --start`` through ``bench/harness.py``: once both windows
have been painted and a short settle has passed, the process counts its own
CPU time (user + system, all threads) over 60 s of countdown, so start-up is
left out by construction rather than subtracted from another, noisier run.
The same is measured for the bare two-window program, idle, as the floor
that Qt itself costs on this platform. Target: at most 0.5% of one core.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import clean_env

SECONDS = float(os.environ.get("BENCH_SECONDS", "60"))
HARNESS = str(Path(__file__).with_name("harness.py"))


def cpu_share(*program: str) -> float:
    """Percent of one core ``program`` uses over SECONDS once both windows are shown."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        done = subprocess.run(
            [sys.executable, HARNESS, "--hold", str(SECONDS), *program],
            check=True,
            env=clean_env(Path(folder)),
            capture_output=True,
            text=True,
            timeout=SECONDS + 120,
        )
    line = next(line for line in done.stdout.splitlines() if line.startswith("cpu "))
    cpu, wall = (float(x) for x in line.split()[1:])
    return cpu / wall * 100


def main() -> None:
    """Print the CPU share of one core spent counting down, and the bare floor."""
    bare = cpu_share("bare")
    app = cpu_share("app", "--start")
    verdict = "OK" if app <= 0.5 else "OVER"
    print(f"bare PySide6, two windows, idle: {bare:.3f}% of one core over {SECONDS:.0f} s")
    print(f"facilitator counting down:       {app:.3f}% of one core over {SECONDS:.0f} s")
    print(f"target: <= 0.5%  {verdict}")


if __name__ == "__main__":
    main()
