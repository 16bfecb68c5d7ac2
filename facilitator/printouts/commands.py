"""``facilitator handouts AGENDA -o FILE.pdf``: print a session's hand-outs without a window.

Qt is imported only to draw the PDF (on the offscreen platform, no display
needed). Exit status: 0 written, 1 a broken agenda, nothing to print or a
file that cannot be written (the message says which), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from facilitator.agenda.errors import AgendaError
from facilitator.agenda.load import load_agenda
from facilitator.printouts.handouts import default_filename, write_handouts

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
