"""Resident memory 5 s after start, and CPU while counting down with both windows.

Each program is started once through ``harness.Launch`` and left running:
Facilitator with ``--start`` (session 1's first step counting down), the
bare PySide6 program (two windows, a 1 Hz countdown) and, on an X server,
pympress with its talk timer started. 5 s after the spawn (and at least
``SETTLE_S`` after both windows were up) the benchmark reads the process's
resident memory from ``/proc/PID/smaps_rollup``, then the CPU time of all
its threads (``/proc/PID/task/*/schedstat``, in ns) over the next SECONDS.
Start-up is left out by construction, not subtracted from another run, and
every program is measured from outside the same way.

Goals: memory at most 1.3 times the bare program's; CPU at most 0.2% of one core.

    python bench/cpu.py [--seconds 60] [--repeat 3] [--json]

With ``--repeat N`` each program is launched N times, in turn: the figures
are medians and the spread (lowest to highest) is printed beside them; one
launch's memory or CPU on a shared machine is not believable alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import goals
import pympress_ref
from harness import Launch, Program, app_program, bare_program, cpu_ns, exit_on_sigterm, memory_kib

SECONDS = 60.0
MEMORY_AT_S = 5.0  # after the spawn
SETTLE_S = 2.0  # at least this long after both windows are up


def held(program: Program, seconds: float) -> dict[str, float]:
    """Memory (MiB) 5 s after the spawn, and percent of one core over ``seconds`` after."""
    with Launch(program, hold=True) as launch:
        started = launch.wait_up()
        up = max(started.painted or 0, started.mapped or 0)
        at = max(started.spawn + MEMORY_AT_S * 1e9, up + SETTLE_S * 1e9)
        time.sleep(max(0.0, (at - time.clock_gettime_ns(time.CLOCK_MONOTONIC)) / 1e9))
        memory = memory_kib(launch.pid)
        cpu_start, wall_start = cpu_ns(launch.pid), time.perf_counter()
        time.sleep(seconds)
        cpu_end, wall_end = cpu_ns(launch.pid), time.perf_counter()
        if launch.process is not None and launch.process.poll() is not None:
            raise RuntimeError(f"{program.name} ended while measured:\n{launch.errors()}")
    return {
        "rss_mib": memory["rss"] / 1024,
        "pss_mib": memory["pss"] / 1024,
        "cpu_percent": (cpu_end - cpu_start) / 1e9 / (wall_end - wall_start) * 100,
        "seconds": wall_end - wall_start,
    }


def measure(seconds: float = SECONDS, repeat: int = 1) -> dict[str, object]:
    """Memory and CPU of the bare program, Facilitator counting down and pympress (on X).

    With ``repeat``, each program is launched that many times, the programs in
    turn (a busy spell slows them alike); each figure is the median of the
    launches, and ``runs`` keeps every launch's, for the spread.
    """
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        programs = [bare_program(), app_program("--start")]
        pympress, why = pympress_ref.reference(Path(folder))
        if pympress is not None:
            programs.append(pympress)
        runs: dict[str, list[dict[str, float]]] = {program.name: [] for program in programs}
        for _ in range(max(1, repeat)):
            for program in programs:
                runs[program.name].append(held(program, seconds))
    figures = {name: _median_of(launches) for name, launches in runs.items()}
    return {"seconds": seconds, "repeat": max(1, repeat), "programs": figures, "pympress": why}


def _median_of(launches: list[dict[str, float]]) -> dict[str, object]:
    """Each figure's median over ``launches``, and the launches themselves (``runs``)."""
    names = ("rss_mib", "pss_mib", "cpu_percent", "seconds")
    median: dict[str, object] = {
        name: statistics.median(launch[name] for launch in launches) for name in names
    }
    median["runs"] = launches
    return median


def spread(f: dict[str, object]) -> str:
    """ ", median of N: 150.1 to 152.3 MiB, 0.31% to 0.40%" (nothing for one launch)."""
    runs = f.get("runs")
    if not isinstance(runs, list) or len(runs) < 2:
        return ""
    rss = [launch["rss_mib"] for launch in runs]
    cpu = [launch["cpu_percent"] for launch in runs]
    return (
        f", median of {len(runs)}: {min(rss):.1f} to {max(rss):.1f} MiB, "
        f"{min(cpu):.2f}% to {max(cpu):.2f}%"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print memory and CPU of each program, and Facilitator's against the goals."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=SECONDS, help="CPU measured this long")
    parser.add_argument(
        "--repeat", type=int, default=1, help="launches of each program (medians, and the spread)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    exit_on_sigterm()
    result = measure(args.seconds, args.repeat)
    if args.json:
        print(json.dumps(result))
        return 0
    programs = result["programs"]
    assert isinstance(programs, dict)
    for name, f in programs.items():
        print(
            f"{name:13}: {f['rss_mib']:.1f} MiB resident ({f['pss_mib']:.1f} MiB proportional), "
            f"{f['cpu_percent']:.3f}% of one core over {f['seconds']:.0f} s"
            f"{spread(f)}"
        )
    if result["pympress"]:
        print(f"pympress     : {result['pympress']}")
    app, bare = programs["Facilitator"], programs["bare PySide6"]
    ratio = app["rss_mib"] / bare["rss_mib"]
    memory_ok = "OK" if ratio <= goals.MEMORY_RATIO else "OVER"
    cpu_ok = "OK" if app["cpu_percent"] <= goals.CPU_PERCENT else "OVER"
    print(f"goal: memory <= {goals.MEMORY_RATIO}x the bare program: {ratio:.2f}x  {memory_ok}")
    print(f"goal: CPU <= {goals.CPU_PERCENT}% of one core: {app['cpu_percent']:.3f}%  {cpu_ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
