"""``facilitator runs`` and ``facilitator report``: print or write reports, no windows.

Qt is imported only to write a PDF. Exit status: 0 done, 1 a problem the
message explains (no such run, a file that cannot be written), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from facilitator.paths import runs_dir
from facilitator.reports.build import ReportError
from facilitator.reports.export import FORMATS, TEXT_EXPORTERS, write_report
from facilitator.reports.left_out import left_out_runs, set_left_out
from facilitator.reports.runs import RunNotFound, find_run, list_runs, report_for
from facilitator.timefmt import moment

USAGE_ERROR = 2


def runs_parser() -> argparse.ArgumentParser:
    """The parser of ``facilitator runs``."""
    parser = argparse.ArgumentParser(
        prog="facilitator runs",
        description="List the recorded runs (live sessions, rehearsals, dry runs), oldest first. "
        "Give a run's id (or a unique part of it) to `facilitator report`.",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--leave-out",
        metavar="RUN",
        help="leave this run out of comparisons and suggested durations from now on "
        "(as the Reports dialog does)",
    )
    choice.add_argument(
        "--put-back",
        metavar="RUN",
        help="use a run left out in comparisons and suggested durations again",
    )
    return parser


def report_parser() -> argparse.ArgumentParser:
    """The parser of ``facilitator report``."""
    parser = argparse.ArgumentParser(
        prog="facilitator report",
        description="Write the report of a recorded run: per step the planned and actual "
        "minutes, the difference, overtime, adjustments and pauses; the totals; a comparison "
        "with earlier rehearsals and live runs of the same agenda and a suggested duration.",
    )
    parser.add_argument("run", metavar="RUN", help="a run id from `facilitator runs`, or latest")
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="md, csv, json or pdf (default: from the -o file's extension, else md)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the file to write (default: print md, csv or json)",
    )
    return parser


def _parse(parser: argparse.ArgumentParser, args: Sequence[str]) -> argparse.Namespace | int:
    try:
        return parser.parse_args(list(args))
    except SystemExit as exit_:
        return USAGE_ERROR if exit_.code else 0


def runs_command(args: Sequence[str], out: TextIO | None = None) -> int:
    """Print the recorded runs as a table."""
    out = out or sys.stdout
    parsed = _parse(runs_parser(), args)
    if isinstance(parsed, int):
        return parsed
    folder = runs_dir()
    key = parsed.leave_out or parsed.put_back
    if key is not None:
        return _leave_out(folder, key, parsed.leave_out is not None, out)
    runs = list_runs(folder)
    if not runs:
        print(f"No runs are recorded yet (they are kept in {folder}).", file=out)
        return 0
    left_out = left_out_runs(folder)
    width = max(len(r.run_id) for r in runs)
    print(f"{'RUN':<{width}}  {'MODE':<10} {'STARTED':<16}  {'RESULT':<12} STEPS  TITLE", file=out)
    for r in runs:
        mode = r.mode.replace("-", " ")
        steps = f"{r.steps_done}/{r.step_count}"
        mark = f" {LEFT_OUT_MARK}" if r.run_id in left_out else ""
        print(
            f"{r.run_id:<{width}}  {mode:<10} {moment(r.started):<16}  {r.outcome:<12} "
            f"{steps:<6} {r.title}{mark}",
            file=out,
        )
    print(f"\n{len(runs)} runs in {folder}", file=out)
    return 0


LEFT_OUT_MARK = "(left out of comparisons)"


def _leave_out(folder: Path, key: str, leave_out: bool, out: TextIO) -> int:
    """Remember that the run ``key`` names is left out of comparisons, or put it back."""
    try:
        run_id = find_run(folder, key).stem
        set_left_out(folder, run_id, leave_out)
    except RunNotFound as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Could not remember the choice in {folder}: {error.strerror or error}",
              file=sys.stderr)  # fmt: skip
        return 1
    if leave_out:
        print(f"Run {run_id} is left out of comparisons and suggested durations.", file=out)
    else:
        print(f"Run {run_id} is used in comparisons and suggested durations again.", file=out)
    return 0


def report_command(args: Sequence[str], out: TextIO | None = None) -> int:
    """Write (or print) the report of one run."""
    out = out or sys.stdout
    parser = report_parser()
    parsed = _parse(parser, args)
    if isinstance(parsed, int):
        return parsed
    output: Path | None = parsed.output
    fmt = parsed.format
    if fmt is None:
        suffix = output.suffix.lstrip(".").lower() if output is not None else ""
        fmt = suffix if suffix in FORMATS else "md"
    if fmt == "pdf" and output is None:
        parser.print_usage(sys.stderr)
        print("facilitator report: a PDF needs a file: add -o FILE.pdf", file=sys.stderr)
        return USAGE_ERROR
    try:
        path = find_run(runs_dir(), parsed.run)
        report = report_for(path)
    except (RunNotFound, ReportError) as error:
        print(error, file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(f"Note: {warning}", file=sys.stderr)
    if output is None:
        out.write(TEXT_EXPORTERS[fmt](report))
        return 0
    try:
        write_report(report, fmt, output)
    except OSError as error:
        print(f"Could not write the report to {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"Wrote the {fmt} report of run {report.run_id} to {output}", file=out)
    return 0
