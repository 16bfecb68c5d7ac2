"""CPU used while a step counts down with both windows open.

Runs the app with ``--start`` for 60 s and, separately, for a near-zero time
to measure start-up alone; the difference of the children's CPU times over
60 s is the cost of counting down. Target: at most 0.5% of one core.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys

SECONDS = float(os.environ.get("BENCH_SECONDS", "60"))


def cpu_of(quit_after: float) -> float:
    """CPU seconds (user + system) used by one app run of ``quit_after`` seconds."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("FACILITATOR_DATA_DIR", "/tmp/facilitator-bench")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "facilitator", "--start", "--quit-after", str(quit_after)],
        check=True,
        env=env,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    """Print the CPU share of one core spent counting down."""
    startup = min(cpu_of(0.5) for _ in range(3))
    total = cpu_of(SECONDS + 0.5)
    share = max(0.0, total - startup) / SECONDS * 100
    print(f"start-up alone: {startup:.2f} s CPU; with {SECONDS:.0f} s of countdown: {total:.2f} s")
    print(
        f"countdown: {share:.2f}% of one core  (target <= 0.5%)  {'OK' if share <= 0.5 else 'OVER'}"
    )


if __name__ == "__main__":
    main()
