"""The ``facilitator`` command: open an agenda in the app, or check agenda files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from facilitator import __version__
from facilitator.i18n import LANGUAGES
from facilitator.participants.network import Listen, ListenError, parse_listen
from facilitator.resume_how import ResumeHow

USAGE_ERROR = 2

DESCRIPTION = """\
Run a workshop session from a YAML agenda: a presenter window for the trainer
and a projector window for the room. Without AGENDA the bundled STEAM Coach
session 1 opens, ready to start (Space or F5 starts).

other commands:
  facilitator check AGENDA.yaml ...   validate agenda files without opening a window
  facilitator rehearse [AGENDA]       practise a session; every step's real time is recorded
  facilitator runs                    list the recorded runs (live, rehearsal, dry run)
  facilitator report RUN|latest       a run's report: --format md|csv|json|pdf -o FILE
  facilitator print [AGENDA] --what LIST -o DIR  the session's printouts, one PDF each:
                                      handouts, cards, case-study, call-to-action, advice,
                                      guide, checklists, plan, groups, wall, or all;
                                      --run RUN|latest for groups and wall, --start HH:MM
  facilitator handouts AGENDA -o FILE.pdf  hand-outs, cards and templates in one PDF
  facilitator install-desktop [--remove]  add to (or remove from) the Linux applications menu
"""

EPILOG = """\
keys: Space/F5 start or pause · Escape pause · PageDown/PageUp next/previous
projected item · N/P (Ctrl+Right/Left) next/previous step · B or . black
screen · +/- add/remove a minute · F11 projector full screen · Ctrl+O open.
"""


@dataclass(frozen=True)
class AppOptions:
    """What the app was asked to do on the command line."""

    agenda: Path | None = None
    speed: float = 1.0
    start: bool = False
    auto_advance: bool = False
    quit_after: float | None = None
    screenshot: Path | None = None
    rehearsal: bool = False  # recorded as a rehearsal (a dry run at --speed never is)
    projector: bool = True  # False: no projector window until F11 asks for it
    recover: str = "ask"  # after a crash: RECOVER_ASK, a ResumeHow, or RECOVER_NEVER
    participants: bool = False  # start the participants' server at once
    listen: Listen | None = None  # where it listens (None: the default route's interface)
    lang: str | None = None  # the interface's language; None: the setting, else the system's


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def _listen(text: str) -> Listen:
    try:
        return parse_listen(text)
    except ListenError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def app_parser() -> argparse.ArgumentParser:
    """The parser of the app's own options."""
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "agenda",
        nargs="?",
        type=Path,
        metavar="AGENDA",
        help="a session agenda (.yaml); default: the bundled STEAM Coach session 1",
    )
    parser.add_argument(
        "--speed",
        type=_positive,
        default=1.0,
        metavar="FACTOR",
        help="dry run: the session's time runs FACTOR times faster",
    )
    parser.add_argument("--start", action="store_true", help="start the first step at once")
    parser.add_argument(
        "--auto-advance",
        action="store_true",
        help="at zero, move to the next step instead of counting overtime",
    )
    parser.add_argument(
        "--quit-after",
        type=_positive,
        metavar="SECONDS",
        help="quit after SECONDS real seconds (for demos and checks)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="DIR",
        help="just before quitting, save presenter.png and projector.png in DIR",
    )
    parser.add_argument(
        "--recover",
        choices=RECOVER_CHOICES,
        default=RECOVER_ASK,
        help="when the last run stopped unexpectedly: ask (default), resume counting the "
        "time the app was down (counted), resume paused, or never offer to resume",
    )
    parser.add_argument(
        "--participants",
        action="store_true",
        help="start the participants' server at once (phones join; prints 'join: URL')",
    )
    parser.add_argument(
        "--listen",
        type=_listen,
        metavar="ADDRESS",
        help="the participants' server listens on ADDRESS[:PORT] (default: the address of "
        "the network with the default route)",
    )
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help="the language of the windows and dialogs (default: as set in Preferences, else "
        "the system's); the projector always speaks the session's language",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    return parser


RECOVER_ASK = "ask"
RECOVER_NEVER = "never"
RECOVER_CHOICES = (RECOVER_ASK, *(how.value for how in ResumeHow), RECOVER_NEVER)


def rehearse_parser() -> argparse.ArgumentParser:
    """The parser of ``facilitator rehearse``: the app's options and --no-projector."""
    parser = app_parser()
    parser.prog = "facilitator rehearse"
    parser.description = (
        "Rehearse a session: the same windows, marked REHEARSAL, and every step's real "
        "duration recorded for the reports. With --speed it is a dry run, recorded as such."
    )
    parser.epilog = None
    parser.add_argument(
        "--no-projector",
        dest="projector",
        action="store_false",
        help="no projector window (F11 shows it); the presenter's miniature shows it anyway",
    )
    return parser


def check_parser() -> argparse.ArgumentParser:
    """The parser of ``facilitator check``."""
    parser = argparse.ArgumentParser(
        prog="facilitator check",
        description="Validate agenda files: print a summary of each, or every problem found. "
        "Exit status: 0 all valid, 1 a file has problems, 2 wrong usage.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="AGENDA")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``facilitator`` and ``python -m facilitator``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "check":
        try:
            parsed = check_parser().parse_args(args[1:])
        except SystemExit as exit_:
            return USAGE_ERROR if exit_.code else 0
        from facilitator.agenda.check import check_files

        return check_files([str(f) for f in parsed.files], sys.stdout)
    if args and args[0] in ("print", "handouts"):
        # Like `report`: Qt only to draw the PDFs, offscreen.
        from facilitator.printouts.commands import handouts_command, print_command

        return (print_command if args[0] == "print" else handouts_command)(args[1:])
    if args and args[0] == "install-desktop":
        from facilitator import desktop_entry

        return desktop_entry.command(args[1:], sys.stdout)
    if args and args[0] in ("runs", "report"):
        # Reports print without windows; only a PDF needs Qt (and no display).
        from facilitator.reports.commands import report_command, runs_command

        return (runs_command if args[0] == "runs" else report_command)(args[1:])
    rehearsal = bool(args) and args[0] == "rehearse"
    parser = rehearse_parser() if rehearsal else app_parser()
    try:
        ns = parser.parse_args(args[1:] if rehearsal else args)
    except SystemExit as exit_:
        return USAGE_ERROR if exit_.code else 0
    options = AppOptions(
        agenda=ns.agenda,
        speed=ns.speed,
        start=ns.start,
        auto_advance=ns.auto_advance,
        quit_after=ns.quit_after,
        screenshot=ns.screenshot,
        rehearsal=rehearsal,
        projector=getattr(ns, "projector", True),
        recover=ns.recover,
        participants=ns.participants,
        listen=ns.listen,
        lang=ns.lang,
    )
    # Qt is imported only for the app, so `check` works without a display.
    from facilitator.ui.app import run_app

    return run_app(options)
