"""Read an agenda file safely into plain data, with the line of every place.

Files are read defensively, since trainers open files from anywhere: the size
is checked before reading, the text must be UTF-8, and the YAML parser only
composes nodes. Plain data is built from those nodes here, so no YAML tag can
construct an object, anchors and aliases are refused (which rules out alias
bombs), merge keys and duplicate keys are errors, and nesting is limited.

A :class:`ParsedFile` also collects the problems found in the file, by place,
so that later checks can add theirs and all are reported at once.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml
from yaml.constructor import SafeConstructor
from yaml.error import Mark, MarkedYAMLError, YAMLError
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import ReaderError

from facilitator.agenda.errors import AgendaError, Loc, Problem, describe_loc
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

if TYPE_CHECKING:  # libyaml's marks; the module is there only when PyYAML has libyaml
    from yaml._yaml import Mark as CMark

#: The largest agenda file read, in bytes (1 MB; the longest real agenda is ~50 kB).
MAX_BYTES = 1_000_000
#: The deepest nesting of lists and fields accepted (a real agenda needs about 7).
MAX_DEPTH = 40
#: The most values (field names, texts, numbers, lists) in one file; a full session
#: has a few hundred. Parsing is slow enough that this bounds the time spent (~1 s).
MAX_VALUES = 50_000
#: The most problems reported for one file; the rest are counted.
MAX_PROBLEMS = 100

_ANCHORS = QT_TRANSLATE_NOOP(
    "Agenda",
    "this app does not accept YAML anchors and aliases (&name / *name); write the text out in full",
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
# (Translated where they are shown.)
_YAML_HINTS = (
    (
        "'\\t'",
        QT_TRANSLATE_NOOP(
            "Agenda", "a tab is used here; YAML needs spaces for indentation, not tabs"
        ),
    ),
    (
        "could not find expected ':'",
        QT_TRANSLATE_NOOP(
            "Agenda",
            "a line lacks the ':' after its field name, or a long text goes on to the next "
            "line without being indented further",
        ),
    ),
    (
        "mapping values are not allowed here",
        QT_TRANSLATE_NOOP(
            "Agenda",
            "a ':' appears where it is not expected; check the indentation, or put text that "
            "contains ': ' in quotes",
        ),
    ),
    (
        "expected a single document",
        QT_TRANSLATE_NOOP(
            "Agenda",
            "the file holds more than one YAML document (a second '---' line); "
            "an agenda file is one document",
        ),
    ),
    (
        "end of stream",
        QT_TRANSLATE_NOOP(
            "Agenda", "the file ends inside a quoted text; is a closing quote missing?"
        ),
    ),
    (
        "expected <block end>",
        QT_TRANSLATE_NOOP(
            "Agenda",
            "the indentation is wrong here: line this up with the lines it belongs with",
        ),
    ),
)


class _Issue(NamedTuple):
    loc: Loc
    line: int | None
    message: str
    at: Loc | None = None  # where an editor shows it, when not at ``loc``


@dataclass
class ParsedFile:
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

    def issue(
        self,
        loc: Loc,
        message: str | Callable[[], str],
        line: int | None = None,
        *,
        at: Loc | None = None,
    ) -> None:
        """Record a problem at ``loc`` (at its own line unless ``line`` is given).

        ``message`` may be a function, for a message that is costly to word
        (suggestions) and may not be shown. ``at`` is the field an editor shows
        the message at, when that is not ``loc`` (a rule about the whole file
        that one field can fix).
        """
        if len(self.issues) >= MAX_PROBLEMS:
            self.untold += 1
            return
        text = message if isinstance(message, str) else message()
        self.issues.append(_Issue(loc, line if line is not None else self.line_of(loc), text, at))

    def problems(self) -> list[Problem]:
        """The recorded issues as problems, in line order."""
        found = [
            Problem(
                self.file,
                i.line,
                describe_loc(i.loc, self.data),
                i.message,
                i.at if i.at is not None else i.loc,
            )
            for i in self.issues
        ]
        found.sort(key=lambda p: p.line or 0)
        if self.untold:
            found.append(
                Problem(
                    self.file,
                    None,
                    "",
                    translate("Agenda", "and {count} more problems not shown").format(
                        count=f"{self.untold:,}"
                    ),
                )
            )
        return found


def file_error(file: Path, message: str, line: int | None = None) -> AgendaError:
    """An error with one problem about the file as a whole (at ``line``, if given)."""
    return AgendaError([Problem(file, line, "", message)], file)


# --- bytes and text ------------------------------------------------------------


def _read_bytes(file: Path) -> bytes:
    """The file's bytes, refusing what is not a readable, ordinary, small file."""
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise file_error(
                file,
                translate("Agenda", "this is a folder, not a file: choose a .yaml file inside it"),
            )
        if not stat.S_ISREG(info.st_mode):
            # A pipe or a device could block or never end.
            raise file_error(file, translate("Agenda", "this is not an ordinary file"))
        if info.st_size > MAX_BYTES:
            raise file_error(file, _too_big(info.st_size))
        with file.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise file_error(
            file,
            translate("Agenda", "file not found (looked for {path})").format(path=file.absolute()),
        ) from None
    except PermissionError:
        raise file_error(file, translate("Agenda", "no permission to read this file")) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise file_error(
            file, translate("Agenda", "cannot read this file: {reason}").format(reason=reason)
        ) from None
    if len(raw) > MAX_BYTES:  # grown since stat()
        raise file_error(file, _too_big(len(raw)))
    return raw


def _too_big(size: int) -> str:
    return translate(
        "Agenda", "the file is too large ({size} bytes); an agenda file may be at most 1 MB"
    ).format(size=f"{size:,}")


def _decode(file: Path, raw: bytes) -> str:
    """The text of the file, which must be UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise file_error(
            file,
            translate("Agenda", "this file is saved as UTF-16; save it as UTF-8 in your editor"),
        )
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise file_error(
            file,
            translate(
                "Agenda",
                "this is not a text file: it contains binary data (a NUL byte); "
                "an agenda is a text file in YAML",
            ),
            raw.count(b"\n", 0, nul) + 1,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", "replace")) + 1
        raise file_error(
            file,
            translate(
                "Agenda",
                "this file is not UTF-8 text (byte {byte} at column {column}); "
                "save it as UTF-8 in your editor",
            ).format(byte=f"0x{raw[exc.start]:02X}", column=column),
            raw.count(b"\n", 0, exc.start) + 1,
        ) from None
    return text.removeprefix("\ufeff")


# --- YAML nodes ----------------------------------------------------------------


class _Refusal(Exception):
    def __init__(self, mark: Mark | CMark | None, message: str) -> None:
        super().__init__(message)
        self.line = mark.line if mark is not None else 0  # 0-based, as marks count
        self.message = message


class RestrictedLoader(yaml.SafeLoader):
    """Composes nodes only, refusing anchors, aliases, deep nesting and too many values."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._values = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        """Compose one node, after checking the event that starts it against the limits."""
        event = self.peek_event()  # type: ignore[no-untyped-call]
        # Refusing at the event, before any node is shared, is what defeats alias bombs.
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refusal(event.start_mark, translate_marked("Agenda", _ANCHORS))
        self._depth += 1
        self._values += 1
        try:
            _check_limits(event.start_mark, self._values, self._depth)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _check_limits(mark: Mark | CMark | None, values: int, depth: int) -> None:
    """Refuse the node starting at ``mark``: the ``values``-th, ``depth`` levels deep."""
    if values > MAX_VALUES:
        raise _Refusal(
            mark,
            translate(
                "Agenda",
                "the file holds more than {count} values; an agenda never needs that many",
            ).format(count=f"{MAX_VALUES:,}"),
        )
    if depth > MAX_DEPTH:
        raise _Refusal(
            mark,
            translate(
                "Agenda",
                "the file is nested more than {levels} levels deep; "
                "an agenda never needs that many",
            ).format(levels=MAX_DEPTH),
        )


_NODE_STARTS = (ScalarEvent, SequenceStartEvent, MappingStartEvent, AliasEvent)
_NODE_ENDS = (SequenceEndEvent, MappingEndEvent)


def check_limits_ahead(text: str) -> bool:
    """Refuse ``text`` as :class:`RestrictedLoader` would, reading libyaml's events (in C).

    PyYAML's own parser is pure Python: reading the 50,000 values allowed
    takes it seconds before it reaches the limit. libyaml's event parser
    reads them in a small fraction of that, so the limits (values, depth,
    anchors) are checked on its events first, with the same counting, message
    and line as the loader's. Anything else (a mistake in the YAML, a second
    document, no libyaml at all) is left to the loader, which words it.

    True when libyaml read the whole first document within the limits: then
    libyaml may compose its nodes too (:func:`_compose`).
    """
    if not getattr(yaml, "__with_libyaml__", False):
        return False
    parser = yaml.CSafeLoader(text)
    values = depth = 0
    try:
        while True:
            event = parser.get_event()
            if event is None or isinstance(event, DocumentEndEvent | StreamEndEvent):
                return True  # the first document is within the limits
            if isinstance(event, _NODE_STARTS):
                if isinstance(event, AliasEvent) or event.anchor is not None:
                    raise _Refusal(event.start_mark, translate_marked("Agenda", _ANCHORS))
                values += 1
                _check_limits(event.start_mark, values, depth + 1)
                if not isinstance(event, ScalarEvent):
                    depth += 1
            elif isinstance(event, _NODE_ENDS):
                depth -= 1
    except YAMLError:
        return False  # the loader says what is wrong, in its words
    finally:
        parser.dispose()


def _compose(text: str, checked: bool) -> tuple[Node | None, SafeConstructor]:
    """The file's root node, and the constructor that reads its numbers and yes/no values.

    ``checked``: libyaml found the first document within the limits
    (:func:`check_limits_ahead`), so it composes the nodes too, in C: at 500
    steps some 40 ms against PyYAML's half a second. Its nodes have the same
    tags (PyYAML's resolver) and lines. Anything it finds wrong (a second
    document, a character YAML does not allow) goes to
    :class:`RestrictedLoader`, so that every problem is worded as before.
    """
    if checked:
        fast = _FastLoader(text)
        try:
            return fast.get_single_node(), fast
        except YAMLError:
            pass  # worded below, by PyYAML's loader
        finally:
            fast.dispose()
    loader = RestrictedLoader(text)
    try:
        return loader.get_single_node(), loader
    finally:
        loader.dispose()


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's loader, which composes nodes only here (its own class, so that a test
    can make it fail as :class:`RestrictedLoader` can be made to)."""


def _yaml_problem(file: Path, text: str, exc: Exception) -> AgendaError:
    if isinstance(exc, _Refusal):
        return file_error(file, exc.message, exc.line + 1)
    if isinstance(exc, ReaderError):
        position = int(exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        return file_error(
            file,
            translate(
                "Agenda",
                "the file contains a character that YAML does not allow ({character}) "
                "at column {column}; remove it",
            ).format(character=f"U+{char:04X}", column=column),
            text.count("\n", 0, position) + 1,
        )
    if isinstance(exc, MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "unknown error"
        said = f"{exc.context} {exc.problem}"
        hint = next((h for key, h in _YAML_HINTS if key in said), None)
        message = (
            translate_marked("Agenda", hint)
            if hint is not None
            else translate("Agenda", "this is not valid YAML: {problem}").format(problem=problem)
        )
        if mark is None:
            return file_error(file, message)
        return file_error(
            file,
            translate("Agenda", "{message} (column {column})").format(
                message=message, column=mark.column + 1
            ),
            mark.line + 1,
        )
    if isinstance(exc, RecursionError):
        return file_error(
            file,
            translate("Agenda", "the file is nested too deeply (at most {levels} levels)").format(
                levels=MAX_DEPTH
            ),
        )
    return file_error(
        file, translate("Agenda", "this is not valid YAML: {problem}").format(problem=exc)
    )


def _tag_name(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG_PREFIX) if tag.startswith(_TAG_PREFIX) else tag


# --- plain data ----------------------------------------------------------------


class _Builder:
    """Builds plain data from composed nodes, noting lines and refusing what is not data."""

    def __init__(self, loader: SafeConstructor, parsed: ParsedFile) -> None:
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
            translate(
                "Agenda",
                "the YAML tag '{tag}' is not allowed; "
                "an agenda holds only text, numbers, lists and fields",
            ).format(tag=_tag_name(node.tag)),
            node.start_mark.line + 1,
        )
        return False

    def _mapping(self, node: MappingNode, loc: Loc) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                plain = translate("Agenda", "a field name must be a plain word")
                self._parsed.issue(loc, plain, line)
                continue
            if key_node.tag == _MERGE:
                self._parsed.issue(
                    loc,
                    translate(
                        "Agenda", "merge keys ('<<') are not accepted: write the fields out in full"
                    ),
                    line,
                )
                continue
            if not self._tag_ok(key_node, _SCALAR_TAGS, loc, key=True):
                continue
            # The key as written: 'yes:' or '3:' are names, not a yes/no value or a number.
            key = str(key_node.value)
            if key in first_line:
                self._parsed.issue(
                    (*loc, key),
                    translate(
                        "Agenda", "this field appears twice (first on line {line}); keep one"
                    ).format(line=first_line[key]),
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
                translate("Agenda", "cannot read {value} as {tag}").format(
                    value=repr(str(node.value)[:40]), tag=_tag_name(node.tag)
                ),
                node.start_mark.line + 1,
            )
            return None


# --- the whole file ------------------------------------------------------------


def parse_file(file: Path, raw: bytes | None = None) -> ParsedFile:
    """Read ``file`` into plain data; raises AgendaError if that is impossible.

    Problems that leave the rest of the file readable (a refused tag, a
    duplicated field) are recorded in the result's issues instead. ``raw``, when
    given, is the file's content not yet saved (an editor's), read instead of the
    disk under the same limits.
    """
    if raw is None:
        raw = _read_bytes(file)
    elif len(raw) > MAX_BYTES:
        raise file_error(file, _too_big(len(raw)))
    text = _decode(file, raw)
    parsed = ParsedFile(file, raw, {}, {})
    try:
        checked = check_limits_ahead(text)  # a hostile file refused in a fraction of a second
        root, loader = _compose(text, checked)
        if root is None:
            raise file_error(file, translate("Agenda", "the file is empty"))
        if not isinstance(root, MappingNode):
            starts = (
                translate(
                    "Agenda",
                    "the file must consist of fields such as 'format: 1' and 'title: ...', "
                    "but it starts with a list",
                )
                if isinstance(root, SequenceNode)
                else translate(
                    "Agenda",
                    "the file must consist of fields such as 'format: 1' and 'title: ...', "
                    "but it starts with text",
                )
            )
            raise file_error(file, starts, root.start_mark.line + 1)
        parsed.lines[()] = root.start_mark.line + 1
        data = _Builder(loader, parsed).build(root, ())
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
    parsed = parse_file(Path(path))
    if parsed.issues:
        raise AgendaError(parsed.problems(), parsed.file)
    return parsed.data, parsed.lines
