"""``facilitator print`` and ``facilitator handouts``: printouts without a window.

``facilitator print [AGENDA] --what LIST -o DIR [--run RUN] [--start HH:MM]``
writes each printout of the catalogue (:mod:`~facilitator.printouts.catalogue`)
asked for as its own PDF in DIR; groups and the wall come from the run's
journal, replayed with the room following. ``facilitator handouts AGENDA -o
FILE.pdf`` is the older command, kept: the hand-outs, cards and templates in
one PDF.

Qt is imported only to draw the PDFs (on the offscreen platform, no display
needed). Exit status: 0 written, 1 a broken agenda, a run that cannot be
found, nothing to print or a file that cannot be written (the message says
which), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.agenda.load import load_agenda
from facilitator.paths import default_agenda, runs_dir
from facilitator.printouts.catalogue import (
    NAMES,
    Source,
    filename,
    parse_clock,
    parse_what,
    unavailable,
    write_printout,
)
from facilitator.printouts.handouts import default_filename, write_handouts
from facilitator.printouts.run_room import NoRoom, RunRoom, room_of_run
from facilitator.printouts.session_plan import DEFAULT_START
from facilitator.reports.runs import RunNotFound, find_run

USAGE_ERROR = 2


def handouts_parser() -> argparse.ArgumentParser:
    """The parser of ``facilitator handouts``."""
    parser = argparse.ArgumentParser(
        prog="facilitator handouts",
        description="Write a session's hand-outs (instructions, guiding questions, documents, "
        "scenario cards to cut out) and the templates it uses (call to action) to an A4 PDF.",
    )
    parser.add_argument("agenda", type=Path, metavar="AGENDA", help="a session agenda (.yaml)")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the PDF to write (default: e.g. sessie-1-hand-outs.pdf in the current folder)",
    )
    return parser


def handouts_command(args: Sequence[str], out: TextIO | None = None) -> int:
    """Load the agenda and write its hand-outs PDF."""
    out = out or sys.stdout
    try:
        parsed = handouts_parser().parse_args(list(args))
    except SystemExit as exit_:
        return USAGE_ERROR if exit_.code else 0
    try:
        agenda = load_agenda(parsed.agenda)
    except AgendaError as error:
        print(error, file=sys.stderr)
        return 1
    output: Path = parsed.output or Path(default_filename(agenda))
    try:
        pages = write_handouts(agenda, output)
    except ValueError as error:
        print(f"facilitator handouts: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"Could not write the hand-outs to {output}: {error.strerror or error}",
            file=sys.stderr,
        )
        return 1
    print(f"Wrote {pages} pages of hand-outs of “{agenda.title}” to {output}", file=out)
    return 0


def print_parser() -> argparse.ArgumentParser:
    """The parser of ``facilitator print``."""
    parser = argparse.ArgumentParser(
        prog="facilitator print",
        description="Write a session's printouts as A4 PDFs, one file each, into a folder: "
        "the hand-outs as participants get them (one copy per group when the run has groups), "
        "the scenario cards to cut out, the case study, the call-to-action template, the "
        "didactic advice and the how-to guide, the checklists, the session plan with clock "
        "times, and, from a recorded run (--run), its groups and its wall (what the room said).",
    )
    parser.add_argument(
        "agenda",
        nargs="?",
        type=Path,
        metavar="AGENDA",
        help="a session agenda (.yaml); default: the run's agenda with --run, "
        "else the bundled STEAM Coach session 1",
    )
    parser.add_argument(
        "--what",
        "-w",
        default="all",
        metavar="LIST",
        help=f"what to print, separated by commas: {', '.join(NAMES)}, or all (default)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the folder to write the PDFs in, made if needed (default: the current folder)",
    )
    parser.add_argument(
        "--run",
        metavar="RUN",
        help="the run whose groups and wall to print: an id from `facilitator runs`, or latest",
    )
    parser.add_argument(
        "--start",
        default=DEFAULT_START.strftime("%H:%M"),
        metavar="HH:MM",
        help="when the session starts, for the session plan's clock times (default: %(default)s)",
    )
    return parser


def print_command(args: Sequence[str], out: TextIO | None = None) -> int:
    """Write the printouts asked for into a folder; say what was written and what not."""
    out = out or sys.stdout
    try:
        parsed = print_parser().parse_args(list(args))
        wanted = parse_what(parsed.what)
        start = parse_clock(parsed.start)
    except SystemExit as exit_:
        return USAGE_ERROR if exit_.code else 0
    except ValueError as error:  # an unknown printout, a time that is none
        print(f"facilitator print: {error}", file=sys.stderr)
        return USAGE_ERROR
    everything = "all" in [part.strip().lower() for part in parsed.what.split(",")]
    try:
        run, agenda = _run_and_agenda(parsed.agenda, parsed.run)
    except (AgendaError, RunNotFound, NoRoom) as error:
        print(error, file=sys.stderr)
        return 1
    if run is not None:
        for warning in run.warnings:
            print(f"Note: {warning}", file=sys.stderr)
    source = Source(agenda, run, start)
    folder: Path = parsed.output
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"Could not make the folder {folder}: {error.strerror or error}", file=sys.stderr)
        return 1
    failed = False
    written = 0
    for printout in wanted:
        reason = unavailable(printout, source)
        if reason is not None and printout.from_run and run is None:
            reason = NEEDS_RUN.format(label=printout.label)
        if reason is not None:
            if everything:
                print(f"Not printed: {reason}", file=out)
            else:
                print(f"facilitator print: {reason}", file=sys.stderr)
                failed = True
            continue
        try:
            done = write_printout(printout, source, folder)
        except OSError as error:
            path = folder / filename(agenda, printout)
            print(f"Could not write {path}: {error.strerror or error}", file=sys.stderr)
            failed = True
            continue
        written += 1
        if done.pages == 1:
            print(f"Wrote {done.path} (1 page)", file=out)
        else:
            print(f"Wrote {done.path} ({done.pages} pages)", file=out)
    print(f"{written} of {len(wanted)} printouts of “{agenda.title}” written to {folder}", file=out)
    return 1 if failed else 0


NEEDS_RUN = (
    "“{label}” is made from a run: add --run latest, or --run with a run's id "
    "from `facilitator runs`."
)


def _run_and_agenda(agenda_path: Path | None, run_key: str | None) -> tuple[RunRoom | None, Agenda]:
    """The run asked for (if any) and the agenda to print: the one named, else the run's
    own (when its file still loads), else the bundled session 1."""
    agenda = load_agenda(agenda_path) if agenda_path is not None else None
    if run_key is None:
        return None, agenda or load_agenda(default_agenda())
    path = find_run(runs_dir(), run_key)
    run = room_of_run(path, agenda)
    if agenda is None and run.agenda_path:
        try:
            agenda = load_agenda(Path(run.agenda_path))
        except (AgendaError, OSError):
            agenda = None
    if agenda is None:
        agenda = load_agenda(default_agenda())
    return run, agenda
