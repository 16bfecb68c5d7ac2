"""Start-up time: Facilitator against a bare PySide6 program (and pympress, on X).

Each program runs as a fresh process through ``harness.Launch``, N times after
one warm-up, the programs alternating so that all see the same machine
state. Two instants are taken from the spawn: both windows *painted* once
(reported by the Qt programs themselves, on any platform) and, on an X
server, both windows *mapped* (seen by the X server, the same for every
program, pympress included). The goal is the median start to both windows
mapped (painted, offscreen, where nothing is mapped) at most 1.5 times the
bare program's, measured in the same run.

    python bench/startup.py [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import goals
import pympress_ref
from harness import (
    Launch,
    Program,
    Started,
    app_program,
    bare_program,
    exit_on_sigterm,
    on_x_server,
)

RUNS = 5


def launch_once(program: Program) -> Started:
    """Start ``program`` and stamp when both its windows were painted and mapped."""
    with Launch(program) as launch:
        started = launch.wait_up()
        launch.finish()
    return started


def _median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def measure(runs: int = RUNS) -> dict[str, object]:
    """Median and best spawn-to-painted and spawn-to-mapped (ms) of each program."""
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        programs = [bare_program(), app_program()]
        pympress, why = pympress_ref.reference(Path(folder))
        if pympress is not None:
            programs.append(pympress)
        for program in programs:
            launch_once(program)  # warm the file cache
        launches: dict[str, list[Started]] = {p.name: [] for p in programs}
        for _ in range(runs):
            for program in programs:
                launches[program.name].append(launch_once(program))
    figures: dict[str, object] = {}
    for name, done in launches.items():
        painted = [s.painted_ms() for s in done]
        mapped = [s.mapped_ms() for s in done]
        figures[name] = {
            "painted_median": _median(painted),
            "painted_best": min((v for v in painted if v is not None), default=None),
            "mapped_median": _median(mapped),
            "mapped_best": min((v for v in mapped if v is not None), default=None),
        }
    return {"runs": runs, "mapped": on_x_server(), "programs": figures, "pympress": why}


def shown(program: dict[str, float | None], mapped: bool) -> float | None:
    """The figure the goal is on: median to both mapped (on X), else to both painted."""
    return program["mapped_median" if mapped else "painted_median"]


def main(argv: Sequence[str] | None = None) -> int:
    """Print start-up times of the programs and Facilitator's ratio to the bare one."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="launches of each program")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    exit_on_sigterm()
    result = measure(args.runs)
    if args.json:
        print(json.dumps(result))
        return 0
    programs = result["programs"]
    assert isinstance(programs, dict)
    for name, figures in programs.items():
        parts = [
            f"{key} median {figures[key + '_median']:.0f} ms, best {figures[key + '_best']:.0f} ms"
            for key in ("painted", "mapped")
            if figures[key + "_median"] is not None
        ]
        print(f"{name:13}: {'; '.join(parts)}")
    if result["pympress"]:
        print(f"pympress     : {result['pympress']}")
    mapped = bool(result["mapped"])
    bare, app = shown(programs["bare PySide6"], mapped), shown(programs["Facilitator"], mapped)
    assert bare is not None and app is not None
    ratio = app / bare
    what = "mapped" if mapped else "painted"
    verdict = "OK" if ratio <= goals.STARTUP_RATIO else "OVER"
    print(f"goal: median to both windows {what} <= {goals.STARTUP_RATIO}x the bare program")
    print(f"      {ratio:.2f}x  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
