"""Check what the editor would save, with the loader's own rules and words (pure).

The texts of the open documents are handed to
:func:`facilitator.agenda.load.load_agenda` in place of the files on disk, so
every message is exactly the one ``facilitator check`` prints for the saved
file; each is tied back to its document and place, for the editor to show at
the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError, Loc, Problem
from facilitator.agenda.load import load_agenda
from facilitator.i18n import translate


@dataclass(frozen=True)
class FieldProblem:
    """One problem, at a field of one of the edited documents."""

    doc: str  # "session" or the library file's name as the session lists it
    loc: Loc
    field: str  # the place in words: "step 3 (id 'groepsactiviteit') → minutes"
    message: str
    problem: Problem  # the loader's own, as `facilitator check` prints it

    def __str__(self) -> str:
        return str(self.problem)

    @property
    def sentence(self) -> str:
        """The place and the message, without the file and line (the editor shows the field)."""
        if not self.field:
            return self.message
        return translate("Editor", "{place}: {problem}").format(
            place=self.field, problem=self.message
        )

    def within(self, doc: str, loc: Loc) -> bool:
        """Whether this problem is at ``loc`` of ``doc`` or somewhere inside it."""
        return self.doc == doc and self.loc[: len(loc)] == loc


@dataclass(frozen=True)
class Validation:
    """The result of checking the edited session: the agenda, or what is wrong."""

    agenda: Agenda | None
    problems: tuple[FieldProblem, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the session loads as it is."""
        return self.agenda is not None and not self.problems

    def at(self, doc: str, loc: Loc, *, exact: bool = True) -> list[FieldProblem]:
        """The problems at ``loc`` (``exact``) or at it and inside it."""
        if exact:
            return [p for p in self.problems if p.doc == doc and p.loc == loc]
        return [p for p in self.problems if p.within(doc, loc)]


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, ValueError):
        return path


def validate(session_path: Path, texts: Mapping[str, tuple[Path, str]]) -> Validation:
    """Check the session at ``session_path`` as if ``texts`` (doc key → path, text) were saved."""
    unsaved = {_key(path): text.encode("utf-8") for path, text in texts.values()}
    docs = {_key(path): doc for doc, (path, _) in texts.items()}
    try:
        agenda = load_agenda(session_path, unsaved=unsaved)
    except AgendaError as error:
        problems = tuple(
            FieldProblem(
                doc=docs.get(_key(p.file), "session"),
                loc=p.loc,
                field=p.field,
                message=p.message,
                problem=p,
            )
            for p in error.problems
        )
        return Validation(None, problems)
    return Validation(agenda)
