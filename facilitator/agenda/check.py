"""Check agenda files and report in words, for ``facilitator check FILE...``."""

from __future__ import annotations

from typing import TextIO

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError, format_number
from facilitator.agenda.load import load_file
from facilitator.agenda.model import Library


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def summary(name: str, loaded: Agenda | Library) -> str:
    """The one line said of a file that loaded well."""
    if isinstance(loaded, Agenda):
        minutes = format_number(loaded.total_minutes)
        return f'OK  {name}: "{loaded.title}" — {_count(len(loaded.steps), "step")}, {minutes} min'
    return (
        f'OK  {name}: "{loaded.title}" — library, {_count(len(loaded.sections), "section")}, '
        f"{_count(len(loaded.checklists), 'checklist')}"
    )


def check_files(paths: list[str], out: TextIO) -> int:
    """Load each file (session or library) and print its summary or every problem.

    Returns 0 when all files are good and 1 when any has a problem.
    """
    status = 0
    for name in paths:
        try:
            loaded = load_file(name)
        except AgendaError as exc:
            status = 1
            print(f"FAIL {name}: {_count(len(exc.problems), 'problem')}", file=out)
            for problem in exc.problems:
                print(f"  {problem}", file=out)
            continue
        print(summary(name, loaded), file=out)
    return status
