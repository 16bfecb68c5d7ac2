"""Hostile agenda files: how long the loader takes to refuse them.

Two files a trainer never writes but may be sent: one with more values than
the loader accepts (50,010 one-line values), and a "billion laughs" alias
bomb. The loader refuses the first at the limit and the second at its first
anchor, without building the rest; the tests check that behaviour
(``tests/agenda/test_load_hostile.py``), this script times it. Goal: each
refused within 2 s (median of the runs).

    python bench/hostile_agenda.py [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import goals

from facilitator.agenda.errors import AgendaError
from facilitator.agenda.load import MAX_VALUES, load_agenda

RUNS = 5


def too_many_values(path: Path) -> None:
    """A file of more values than the loader accepts, one a line."""
    path.write_text("steps:\n" + "".join("  - 1\n" for _ in range(MAX_VALUES + 10)))


def alias_bomb(path: Path) -> None:
    """Nine texts, nested seven levels deep by aliases (4.8 million once expanded)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 7):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    path.write_text("\n".join(lines) + "\n")


FILES: dict[str, Callable[[Path], None]] = {
    "too_many_values": too_many_values,
    "alias_bomb": alias_bomb,
}


def refusal_ms(path: Path) -> float:
    """The time ``load_agenda`` takes to refuse ``path`` (it must refuse it)."""
    started = time.perf_counter()
    try:
        load_agenda(path)
    except AgendaError:
        return (time.perf_counter() - started) * 1000
    raise RuntimeError(f"{path.name} was not refused")


def measure(runs: int = RUNS) -> dict[str, dict[str, float]]:
    """Per hostile file: median and max of ``runs`` refusals, in ms."""
    result: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        for name, write in FILES.items():
            path = Path(folder) / f"{name}.yaml"
            write(path)
            times = [refusal_ms(path) for _ in range(runs)]
            result[name] = {"median": statistics.median(times), "max": max(times)}
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Print each refusal's time against the goal."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="refusals of each file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = measure(args.runs)
    if args.json:
        print(json.dumps(result))
        return 0
    for name, figures in result.items():
        verdict = "OK" if goals.refusal_ok(figures) else "OVER"
        print(
            f"{name}: refused in {figures['median']:.0f} ms (median of {args.runs}, "
            f"max {figures['max']:.0f}); goal <= {goals.REFUSE_MS:.0f} ms  {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
