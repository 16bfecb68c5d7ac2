"""Load agenda files: YAML → plain data with line numbers → models → :class:`Agenda`.

Files are read defensively, since trainers open files from anywhere: the size
is checked before reading, the text must be UTF-8, and the YAML parser only
composes nodes. Plain data is built from those nodes here, so no YAML tag can
construct an object, anchors and aliases are refused (which rules out alias
bombs), merge keys and duplicate keys are errors, and nesting is limited.
Every problem found is reported at once, with its file, line and field.
"""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from yaml.error import Mark, MarkedYAMLError, YAMLError
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import ReaderError

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import (
    AgendaError,
    Loc,
    Problem,
    describe_loc,
    did_you_mean,
    entry_label,
    format_minutes,
    format_number,
    translate_error,
)
from facilitator.agenda.model import (
    CardItem,
    CardsItem,
    DocumentItem,
    HandoutItem,
    Library,
    SectionItem,
    Session,
    Step,
    Thresholds,
)

#: The largest agenda file read, in bytes (1 MB; the longest real agenda is ~50 kB).
MAX_BYTES = 1_000_000
#: The deepest nesting of lists and fields accepted (a real agenda needs about 7).
MAX_DEPTH = 40
#: The most values (field names, texts, numbers, lists) in one file; a full session
#: has a few hundred. Parsing is slow enough that this bounds the time spent (~1 s).
MAX_VALUES = 50_000
#: The most problems reported for one file; the rest are counted.
MAX_PROBLEMS = 100

_ANCHORS = (
    "this app does not accept YAML anchors and aliases (&name / *name); write the text out in full"
)
_TAG_PREFIX = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (
    _TAG_PREFIX + t for t in ("str", "int", "float", "bool", "null")
)
_MAP, _SEQ, _MERGE = (_TAG_PREFIX + t for t in ("map", "seq", "merge"))
# Dates and '=' stay text: nothing in the format is a date.
_AS_TEXT = {_STR, _TAG_PREFIX + "timestamp", _TAG_PREFIX + "value", _MERGE}
_SCALAR_TAGS = _AS_TEXT | {_INT, _FLOAT, _BOOL, _NULL}

# PyYAML's wording of common mistakes, and what to tell a trainer instead.
_YAML_HINTS = (
    ("'\\t'", "a tab is used here; YAML needs spaces for indentation, not tabs"),
    (
        "could not find expected ':'",
        "a line lacks the ':' after its field name, or a long text goes on to the next "
        "line without being indented further",
    ),
    (
        "mapping values are not allowed here",
        "a ':' appears where it is not expected; check the indentation, or put text that "
        "contains ': ' in quotes",
    ),
    (
        "expected a single document",
        "the file holds more than one YAML document (a second '---' line); "
        "an agenda file is one document",
    ),
    ("end of stream", "the file ends inside a quoted text; is a closing quote missing?"),
    (
        "expected <block end>",
        "the indentation is wrong here: line this up with the lines it belongs with",
    ),
)

M = TypeVar("M", bound=BaseModel)


class _Issue(NamedTuple):
    loc: Loc
    line: int | None
    message: str


@dataclass
class _Parsed:
    """A file read into plain data, with the line of every key and list entry."""

    file: Path
    raw: bytes
    data: dict[str, Any]
    lines: dict[Loc, int]
    issues: list[_Issue] = field(default_factory=list)
    # Places whose value was refused while reading; the models' complaints there are noise.
    refused: set[Loc] = field(default_factory=set)
    untold: int = 0

    def line_of(self, loc: Loc) -> int | None:
        """The line of ``loc``, or of the nearest enclosing place that has one."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(loc[:end])
            if line is not None:
                return line
        return None

    def issue(self, loc: Loc, message: str | Callable[[], str], line: int | None = None) -> None:
        """Record a problem at ``loc`` (at its own line unless ``line`` is given).

        ``message`` may be a function, for a message that is costly to word
        (suggestions) and may not be shown.
        """
        if len(self.issues) >= MAX_PROBLEMS:
            self.untold += 1
            return
        text = message if isinstance(message, str) else message()
        self.issues.append(_Issue(loc, line if line is not None else self.line_of(loc), text))

    def problems(self) -> list[Problem]:
        """The recorded issues as problems, in line order."""
        found = [
            Problem(self.file, i.line, describe_loc(i.loc, self.data), i.message)
            for i in self.issues
        ]
        found.sort(key=lambda p: p.line or 0)
        if self.untold:
            found.append(
                Problem(self.file, None, "", f"and {self.untold:,} more problems not shown")
            )
        return found


# --- reading a file ----------------------------------------------------------


def _fail(file: Path, message: str, line: int | None = None) -> AgendaError:
    return AgendaError([Problem(file, line, "", message)], file)


def _read_bytes(file: Path) -> bytes:
    """The file's bytes, refusing what is not a readable, ordinary, small file."""
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _fail(file, "this is a folder, not a file: choose a .yaml file inside it")
        if not stat.S_ISREG(info.st_mode):
            # A pipe or a device could block or never end.
            raise _fail(file, "this is not an ordinary file")
        if info.st_size > MAX_BYTES:
            raise _fail(file, _too_big(info.st_size))
        with file.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise _fail(file, f"file not found (looked for {file.absolute()})") from None
    except PermissionError:
        raise _fail(file, "no permission to read this file") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise _fail(file, f"cannot read this file: {reason}") from None
    if len(raw) > MAX_BYTES:  # grown since stat()
        raise _fail(file, _too_big(len(raw)))
    return raw


def _too_big(size: int) -> str:
    return f"the file is too large ({size:,} bytes); an agenda file may be at most 1 MB"


def _decode(file: Path, raw: bytes) -> str:
    """The text of the file, which must be UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(file, "this file is saved as UTF-16; save it as UTF-8 in your editor")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise _fail(
            file,
            "this is not a text file: it contains binary data (a NUL byte); "
            "an agenda is a text file in YAML",
            raw.count(b"\n", 0, nul) + 1,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", "replace")) + 1
        raise _fail(
            file,
            f"this file is not UTF-8 text (byte 0x{raw[exc.start]:02X} at column {column}); "
            "save it as UTF-8 in your editor",
            raw.count(b"\n", 0, exc.start) + 1,
        ) from None
    return text.removeprefix("\ufeff")


class _Refusal(Exception):
    def __init__(self, mark: Mark, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


class _Loader(yaml.SafeLoader):
    """Composes nodes only, refusing anchors, aliases, deep nesting and too many values."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._values = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        # Refusing at the event, before any node is shared, is what defeats alias bombs.
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refusal(event.start_mark, _ANCHORS)
        self._depth += 1
        self._values += 1
        try:
            if self._values > MAX_VALUES:
                raise _Refusal(
                    event.start_mark,
                    f"the file holds more than {MAX_VALUES:,} values; "
                    "an agenda never needs that many",
                )
            if self._depth > MAX_DEPTH:
                raise _Refusal(
                    event.start_mark,
                    f"the file is nested more than {MAX_DEPTH} levels deep; "
                    "an agenda never needs that many",
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _yaml_problem(file: Path, text: str, exc: Exception) -> AgendaError:
    if isinstance(exc, _Refusal):
        return _fail(file, exc.message, exc.mark.line + 1)
    if isinstance(exc, ReaderError):
        position = int(exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        return _fail(
            file,
            f"the file contains a character that YAML does not allow (U+{char:04X}) "
            f"at column {column}; remove it",
            text.count("\n", 0, position) + 1,
        )
    if isinstance(exc, MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "unknown error"
        said = f"{exc.context} {exc.problem}"
        hint = next((h for key, h in _YAML_HINTS if key in said), None)
        message = hint or f"this is not valid YAML: {problem}"
        if mark is None:
            return _fail(file, message)
        return _fail(file, f"{message} (column {mark.column + 1})", mark.line + 1)
    if isinstance(exc, RecursionError):
        return _fail(file, f"the file is nested too deeply (at most {MAX_DEPTH} levels)")
    return _fail(file, f"this is not valid YAML: {exc}")


def _tag_name(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG_PREFIX) if tag.startswith(_TAG_PREFIX) else tag


class _Builder:
    """Builds plain data from composed nodes, noting lines and refusing what is not data."""

    def __init__(self, loader: _Loader, parsed: _Parsed) -> None:
        self._loader = loader
        self._parsed = parsed

    def build(self, node: Node, loc: Loc) -> Any:
        """The plain data of ``node``, found at ``loc`` in the file."""
        if isinstance(node, MappingNode):
            return self._mapping(node, loc) if self._tag_ok(node, {_MAP}, loc) else None
        if isinstance(node, SequenceNode):
            if not self._tag_ok(node, {_SEQ}, loc):
                return None
            items = []
            for index, item in enumerate(node.value):
                self._parsed.lines[(*loc, index)] = item.start_mark.line + 1
                items.append(self.build(item, (*loc, index)))
            return items
        if isinstance(node, ScalarNode):
            return self._scalar(node, loc)
        return None  # the composer makes no other kind of node

    def _tag_ok(self, node: Node, allowed: set[str], loc: Loc, *, key: bool = False) -> bool:
        if node.tag in allowed:
            return True
        if not key:  # a refused key leaves the rest of its mapping worth checking
            self._parsed.refused.add(loc)
        self._parsed.issue(
            loc,
            f"the YAML tag '{_tag_name(node.tag)}' is not allowed; "
            "an agenda holds only text, numbers, lists and fields",
            node.start_mark.line + 1,
        )
        return False

    def _mapping(self, node: MappingNode, loc: Loc) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                self._parsed.issue(loc, "a field name must be a plain word", line)
                continue
            if key_node.tag == _MERGE:
                self._parsed.issue(
                    loc, "merge keys ('<<') are not accepted: write the fields out in full", line
                )
                continue
            if not self._tag_ok(key_node, _SCALAR_TAGS, loc, key=True):
                continue
            # The key as written: 'yes:' or '3:' are names, not a yes/no value or a number.
            key = str(key_node.value)
            if key in first_line:
                self._parsed.issue(
                    (*loc, key),
                    f"this field appears twice (first on line {first_line[key]}); keep one",
                    line,
                )
                continue
            first_line[key] = line
            self._parsed.lines[(*loc, key)] = line
            result[key] = self.build(value_node, (*loc, key))
        return result

    def _scalar(self, node: ScalarNode, loc: Loc) -> Any:
        if not self._tag_ok(node, _SCALAR_TAGS, loc):
            return None
        if node.tag in _AS_TEXT:
            return str(node.value)
        if node.tag == _NULL:
            return None
        constructors = {
            _BOOL: self._loader.construct_yaml_bool,
            _INT: self._loader.construct_yaml_int,
            _FLOAT: self._loader.construct_yaml_float,
        }
        try:
            return constructors[node.tag](node)
        except (ValueError, KeyError, OverflowError, TypeError):
            # e.g. '!!int abc', or more digits than Python converts.
            self._parsed.refused.add(loc)
            self._parsed.issue(
                loc,
                f"cannot read {str(node.value)[:40]!r} as {_tag_name(node.tag)}",
                node.start_mark.line + 1,
            )
            return None


def _parse(file: Path) -> _Parsed:
    """Read ``file`` into plain data; raises AgendaError if that is impossible."""
    raw = _read_bytes(file)
    text = _decode(file, raw)
    parsed = _Parsed(file, raw, {}, {})
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            if root is None:
                raise _fail(file, "the file is empty")
            if not isinstance(root, MappingNode):
                raise _fail(
                    file,
                    "the file must consist of fields such as 'format: 1' and 'title: ...', "
                    f"but it starts with {'a list' if isinstance(root, SequenceNode) else 'text'}",
                    root.start_mark.line + 1,
                )
            parsed.lines[()] = root.start_mark.line + 1
            data = _Builder(loader, parsed).build(root, ())
        finally:
            loader.dispose()
    except (YAMLError, _Refusal, RecursionError) as exc:
        raise _yaml_problem(file, text, exc) from None
    if not isinstance(data, dict):  # the root mapping had a refused tag
        raise AgendaError(parsed.problems(), file)
    parsed.data = data
    return parsed


def load_yaml_file(path: str | Path) -> tuple[dict[str, Any], dict[Loc, int]]:
    """Read a YAML agenda file into plain data and the 1-based line of every place.

    Raises AgendaError for anything that is not plain, safe YAML data (see
    the module's docstring); the data is not validated against the format.
    """
    parsed = _parse(Path(path))
    if parsed.issues:
        raise AgendaError(parsed.problems(), parsed.file)
    return parsed.data, parsed.lines


def _validate(parsed: _Parsed, model: type[M]) -> M | None:
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


# --- checks beyond the models -----------------------------------------------


def _check_unique(parsed: _Parsed, list_loc: Loc, ids: Iterable[str]) -> None:
    """Report every id of the list at ``list_loc`` that an earlier entry already has."""
    first: dict[str, int] = {}
    for index, ident in enumerate(ids):
        if ident not in first:
            first[ident] = index
            continue
        earlier = (*list_loc, first[ident])
        label = entry_label(str(list_loc[-1]), first[ident])
        parsed.issue(
            (*list_loc, index, "id"),
            f"the id '{ident}' is used twice: also by {label} "
            f"(line {parsed.line_of((*earlier, 'id'))})",
        )


def _missing(kind: str, ident: str, known: list[str], where: str) -> str:
    message = f"there is no {kind} '{ident}' {where}"
    guess = did_you_mean(ident, known)
    if guess is not None:
        return f"{message} (did you mean '{guess}'?)"
    if not known:
        return f"{message}: there are none"
    if len(known) <= 8:
        return f"{message}; there are: {', '.join(known)}"
    return message


def _check_timing(parsed: _Parsed, session: Session, index: int, step: Step) -> None:
    """Warning and danger, from the step, else the session, else 20% and 10% of the step."""
    base: Loc = ("steps", index)
    values: dict[str, tuple[float, str]] = {}
    for name, share in (("warning", 0.2), ("danger", 0.1)):
        own = getattr(step.timing, name) if step.timing else None
        shared = getattr(session.timing, name) if session.timing else None
        if own is not None:
            values[name] = (own, "step")
        elif shared is not None:
            values[name] = (shared, "session")
        else:
            values[name] = (share * step.minutes, "default")
    (warning, w_from), (danger, d_from) = values["warning"], values["danger"]
    source = {"step": "", "session": "the session's ", "default": "the default "}
    if w_from != "default" and warning >= step.minutes:
        loc = (*base, "timing", "warning") if w_from == "step" else (*base, "minutes")
        parsed.issue(
            loc,
            f"{source[w_from]}warning at {format_minutes(warning)} left is not less "
            f"than the step's {format_minutes(step.minutes)}",
        )
    # A session-wide pair that is wrong is reported once, at the session's timing.
    if danger > warning and not (w_from == d_from == "session"):
        loc = (*base, "timing", "danger") if "step" in (w_from, d_from) else base
        parsed.issue(
            loc,
            f"{source[d_from]}danger at {format_minutes(danger)} left comes before "
            f"{source[w_from]}warning at {format_minutes(warning)} left; "
            "danger must be at most the warning",
        )


def _check_session(parsed: _Parsed, session: Session, library_sections: set[str] | None) -> None:
    """Rules the models cannot express: sums, unique ids, references, thresholds.

    ``library_sections`` is None when a library file failed to load, so that a
    section reference is not reported missing because of that.
    """
    total = sum(step.minutes for step in session.steps)
    if abs(total - session.duration) > 1e-6:
        parsed.issue(
            (),
            f"duration is {format_minutes(session.duration)} but the steps add up to "
            f"{format_number(total)}",
            parsed.lines.get(("duration",)),
        )
    _check_unique(parsed, ("steps",), (s.id for s in session.steps))
    _check_unique(parsed, ("handouts",), (h.id for h in session.handouts))
    _check_unique(parsed, ("sections",), (s.id for s in session.sections))
    for h, handout in enumerate(session.handouts):
        seen: dict[str, str] = {}
        for kind in ("documents", "cards"):
            for f, fragment in enumerate(getattr(handout, kind)):
                label = entry_label(kind, f)
                if fragment.id in seen:
                    parsed.issue(
                        ("handouts", h, kind, f, "id"),
                        f"the id '{fragment.id}' is used twice in this hand-out: "
                        f"also by {seen[fragment.id]}",
                    )
                seen.setdefault(fragment.id, label)
    timing = session.timing or Thresholds()
    if timing.warning is not None and timing.danger is not None and timing.danger > timing.warning:
        parsed.issue(
            ("timing", "danger"),
            f"danger at {format_minutes(timing.danger)} left comes before warning at "
            f"{format_minutes(timing.warning)} left; danger must be at most the warning",
        )
    names = _Names(session, library_sections)
    for i, step in enumerate(session.steps):
        if step.min_minutes is not None and step.min_minutes > step.minutes:
            parsed.issue(
                ("steps", i, "min_minutes"),
                f"is {format_number(step.min_minutes)}, more than the step's "
                f"{format_minutes(step.minutes)}",
            )
        _check_timing(parsed, session, i, step)
        _check_references(parsed, names, i, step)


class _Names:
    """The ids a session's references may name, looked up once per file."""

    def __init__(self, session: Session, library_sections: set[str] | None) -> None:
        self.handouts: dict[str, list[str]] = {}
        for handout in session.handouts:  # the first of a duplicated id, like Agenda.handout()
            fragments = [f.id for f in (*handout.documents, *handout.cards)]
            self.handouts.setdefault(handout.id, fragments)
        self.fragments = {h: set(ids) for h, ids in self.handouts.items()}
        self.sections: list[str] | None = None
        if library_sections is not None:
            own = [s.id for s in session.sections]
            self.sections = own + sorted(library_sections - set(own))
        self.section_set = set(self.sections or ())


def _check_references(parsed: _Parsed, names: _Names, index: int, step: Step) -> None:
    """Every hand-out, document, card and section a step projects must exist."""
    handout_ids = list(names.handouts)

    def fragment(loc: Loc, ref: str) -> None:
        handout_id, _, fragment_id = ref.partition("/")
        if handout_id not in names.handouts:
            parsed.issue(
                loc, partial(_missing, "hand-out", handout_id, handout_ids, "in this file")
            )
        elif fragment_id not in names.fragments[handout_id]:
            ids = names.handouts[handout_id]
            where = f"in hand-out '{handout_id}'"
            parsed.issue(loc, partial(_missing, "document or card", fragment_id, ids, where))

    for j, item in enumerate(step.project):
        loc: Loc = ("steps", index, "project", j)
        if isinstance(item, HandoutItem) and item.handout not in names.handouts:
            parsed.issue(
                (*loc, "handout"),
                partial(_missing, "hand-out", item.handout, handout_ids, "in this file"),
            )
        elif isinstance(item, DocumentItem):
            fragment((*loc, "document"), item.document)
        elif isinstance(item, CardItem):
            fragment((*loc, "card"), item.card)
        elif isinstance(item, CardsItem):
            for k, ref in enumerate(item.cards):
                fragment((*loc, "cards", k), ref)
        elif (
            isinstance(item, SectionItem)
            and names.sections is not None
            and item.section not in names.section_set
        ):
            where = "in this file or its library files"
            parsed.issue(
                (*loc, "section"),
                partial(_missing, "section", item.section, names.sections, where),
            )


def _check_library(parsed: _Parsed, library: Library) -> None:
    _check_unique(parsed, ("sections",), (s.id for s in library.sections))
    _check_unique(parsed, ("checklists",), (c.id for c in library.checklists))


# --- putting it together ---------------------------------------------------


@dataclass
class _Libraries:
    """The library files a session names, loaded side by side."""

    loaded: list[tuple[_Parsed, Library]] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    broken: bool = False


def _load_libraries(session: _Parsed) -> _Libraries:
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
        try:
            key = file.resolve()
            exists = file.exists()
        except (OSError, ValueError):
            key, exists = file, False
        if key in seen:
            session.issue(loc, f"'{entry}' is listed twice")
            continue
        seen.add(key)
        if not exists:
            result.broken = True
            session.issue(loc, f"'{entry}' not found (looked for {file.absolute()})")
            continue
        try:
            parsed = _parse(file)
        except AgendaError as exc:
            result.broken = True
            result.failed.extend(exc.problems)
            continue
        if parsed.data.get("kind") != "library":
            result.broken = True
            session.issue(loc, f"'{entry}' is not a library file: it lacks 'kind: library'")
            continue
        library = _validate(parsed, Library)
        if library is not None:
            _check_library(parsed, library)
            _check_shared(parsed, "sections", [s.id for s in library.sections], sections)
            _check_shared(parsed, "checklists", [c.id for c in library.checklists], checklists)
            result.loaded.append((parsed, library))
        if parsed.issues:
            result.broken = True
            result.failed.extend(parsed.problems())
    return result


def _check_shared(parsed: _Parsed, key: str, ids: list[str], earlier: dict[str, Path]) -> None:
    """Ids must be unique across the library files a session uses, too."""
    for index, ident in enumerate(ids):
        other = earlier.get(ident)
        if other is not None and other != parsed.file:
            parsed.issue(
                (key, index, "id"),
                f"the id '{ident}' is also used in library file {other.name}",
            )
    for ident in ids:
        earlier.setdefault(ident, parsed.file)


def _session(parsed: _Parsed) -> Agenda:
    session = _validate(parsed, Session)
    libraries = _load_libraries(parsed)
    if session is not None:
        sections = (
            None
            if libraries.broken
            else {s.id for _, library in libraries.loaded for s in library.sections}
        )
        _check_session(parsed, session, sections)
    problems = parsed.problems() + libraries.failed
    if problems or session is None:
        raise AgendaError(problems, parsed.file)
    digest = hashlib.sha256(parsed.raw)
    for library_file, _ in libraries.loaded:
        digest.update(library_file.raw)
    return Agenda(
        path=parsed.file.absolute(),
        session=session,
        libraries=tuple(library for _, library in libraries.loaded),
        content_hash=digest.hexdigest(),
    )


def _library(parsed: _Parsed) -> Library:
    library = _validate(parsed, Library)
    if library is not None:
        _check_library(parsed, library)
    if parsed.issues or library is None:
        raise AgendaError(parsed.problems(), parsed.file)
    return library


def load_file(path: str | Path) -> Agenda | Library:
    """Load a session file (as an :class:`Agenda`) or a library file, by its ``kind``."""
    parsed = _parse(Path(path))
    return _library(parsed) if parsed.data.get("kind") == "library" else _session(parsed)


def load_library(path: str | Path) -> Library:
    """Load and check one library file (``kind: library``) on its own."""
    parsed = _parse(Path(path))
    if parsed.data.get("kind") != "library":
        raise _fail(parsed.file, "this is not a library file: it lacks 'kind: library'")
    return _library(parsed)


def load_agenda(path: str | Path) -> Agenda:
    """Load a session file and the library files it names, every reference resolved.

    Raises AgendaError listing every problem found, in this file and in its
    library files, each with file, line and field.
    """
    parsed = _parse(Path(path))
    if parsed.data.get("kind") == "library":
        raise _fail(
            parsed.file,
            "this is a library file, not a session: open a session file that names it "
            "under 'library:'",
            parsed.lines.get(("kind",)),
        )
    return _session(parsed)
