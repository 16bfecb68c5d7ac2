"""Load agenda files: YAML → plain data with line numbers → models → :class:`Agenda`.

Reading a file safely into plain data is :mod:`facilitator.agenda.yaml_source`'s
work, and the checks beyond the models are :mod:`facilitator.agenda.rules`'s;
this module validates the data against the models, loads the library files a
session names and assembles the result. Every problem found, in the session
and in its library files, is reported at once, with its file, line and field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError, Loc, Problem
from facilitator.agenda.messages import translate_error
from facilitator.agenda.model import Library, Session
from facilitator.agenda.rules import check_library, check_session, check_shared
from facilitator.agenda.yaml_source import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_PROBLEMS,
    MAX_VALUES,
    ParsedFile,
    RestrictedLoader,
    file_error,
    load_yaml_file,
    parse_file,
)
from facilitator.digest import sha256
from facilitator.i18n import translate

# The limits and the plain reader were defined here first; callers import them from here.
__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_PROBLEMS",
    "MAX_VALUES",
    "load_agenda",
    "load_file",
    "load_library",
    "load_yaml_file",
]

# The loader's old name here, which tests patch to simulate a parser failure.
_Loader = RestrictedLoader

M = TypeVar("M", bound=BaseModel)


def _validate(parsed: ParsedFile, model: type[M]) -> M | None:
    """The file's data as ``model``, or None with the problems added to ``parsed``."""
    try:
        return model.model_validate(parsed.data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            if len(parsed.issues) >= MAX_PROBLEMS:
                parsed.untold += 1  # words for errors nobody reads would cost seconds
                continue
            field_loc, line_loc, message = translate_error(model, error)
            if any(line_loc[:end] in parsed.refused for end in range(len(line_loc) + 1)):
                continue
            parsed.issue(field_loc, message, parsed.line_of(line_loc))
        return None


# --- library files -------------------------------------------------------------


@dataclass
class _Libraries:
    """The library files a session names, loaded side by side."""

    loaded: list[tuple[ParsedFile, Library]] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    broken: bool = False


#: Files not yet saved (an editor's), by resolved path: read instead of the disk.
Unsaved = Mapping[Path, bytes]


def _resolved(file: Path) -> Path:
    try:
        return file.resolve()
    except (OSError, ValueError):
        return file


def _parse(file: Path, unsaved: Unsaved) -> ParsedFile:
    return parse_file(file, unsaved.get(_resolved(file)) if unsaved else None)


def _load_libraries(session: ParsedFile, unsaved: Unsaved) -> _Libraries:
    result = _Libraries()
    entries = session.data.get("library")
    if not isinstance(entries, list):
        return result
    seen: set[Path] = set()
    sections: dict[str, Path] = {}
    checklists: dict[str, Path] = {}
    for index, entry in enumerate(entries):
        if not isinstance(entry, str):
            result.broken = True  # the model reports it
            continue
        loc: Loc = ("library", index)
        file = session.file.parent / entry
        key = _resolved(file)
        try:
            exists = key in unsaved or file.exists()
        except (OSError, ValueError):
            exists = False
        if key in seen:
            session.issue(loc, translate("Agenda", "'{file}' is listed twice").format(file=entry))
            continue
        seen.add(key)
        if not exists:
            result.broken = True
            session.issue(
                loc,
                translate("Agenda", "'{file}' not found (looked for {path})").format(
                    file=entry, path=file.absolute()
                ),
            )
            continue
        try:
            parsed = _parse(file, unsaved)
        except AgendaError as exc:
            result.broken = True
            result.failed.extend(exc.problems)
            continue
        if parsed.data.get("kind") != "library":
            result.broken = True
            session.issue(
                loc,
                translate(
                    "Agenda", "'{file}' is not a library file: it lacks 'kind: library'"
                ).format(file=entry),
            )
            continue
        library = _validate(parsed, Library)
        if library is not None:
            check_library(parsed, library)
            check_shared(parsed, "sections", [s.id for s in library.sections], sections)
            check_shared(parsed, "checklists", [c.id for c in library.checklists], checklists)
            result.loaded.append((parsed, library))
        if parsed.issues:
            result.broken = True
            result.failed.extend(parsed.problems())
    return result


# --- putting it together -------------------------------------------------------


def _session(parsed: ParsedFile, unsaved: Unsaved) -> Agenda:
    session = _validate(parsed, Session)
    libraries = _load_libraries(parsed, unsaved)
    if session is not None:
        sections = (
            None
            if libraries.broken
            else {s.id for _, library in libraries.loaded for s in library.sections}
        )
        check_session(parsed, session, sections)
    problems = parsed.problems() + libraries.failed
    if problems or session is None:
        raise AgendaError(problems, parsed.file)
    digest = sha256(parsed.raw)
    for library_file, _ in libraries.loaded:
        digest.update(library_file.raw)
    return Agenda(
        path=parsed.file.absolute(),
        session=session,
        libraries=tuple(library for _, library in libraries.loaded),
        content_hash=digest.hexdigest(),
    )


def _library(parsed: ParsedFile) -> Library:
    library = _validate(parsed, Library)
    if library is not None:
        check_library(parsed, library)
    if parsed.issues or library is None:
        raise AgendaError(parsed.problems(), parsed.file)
    return library


def load_file(path: str | Path) -> Agenda | Library:
    """Load a session file (as an :class:`Agenda`) or a library file, by its ``kind``."""
    parsed = parse_file(Path(path))
    return _library(parsed) if parsed.data.get("kind") == "library" else _session(parsed, {})


def load_library(path: str | Path) -> Library:
    """Load and check one library file (``kind: library``) on its own."""
    parsed = parse_file(Path(path))
    if parsed.data.get("kind") != "library":
        raise file_error(
            parsed.file,
            translate("Agenda", "this is not a library file: it lacks 'kind: library'"),
        )
    return _library(parsed)


def load_agenda(path: str | Path, *, unsaved: Unsaved | None = None) -> Agenda:
    """Load a session file and the library files it names, every reference resolved.

    Raises AgendaError listing every problem found, in this file and in its
    library files, each with file, line and field. ``unsaved`` holds the content
    of files being edited, by resolved path, read instead of what is on disk: the
    editor checks what it would save exactly as ``facilitator check`` checks a file.
    """
    unsaved = unsaved or {}
    parsed = _parse(Path(path), unsaved)
    if parsed.data.get("kind") == "library":
        raise file_error(
            parsed.file,
            translate(
                "Agenda",
                "this is a library file, not a session: open a session file that names it "
                "under 'library:'",
            ),
            parsed.lines.get(("kind",)),
        )
    return _session(parsed, unsaved)
