"""What a journal event is: a typed frozen record, registered by its name; encode and decode.

A journal line is ``{"t": <instant ns>, "wall": <ISO time>, "event": <name>,
<the record's fields>}``. :func:`encode` turns a record into that object;
:func:`decode` turns a parsed line back into a :class:`Logged` record, or
into a warning naming the line when the line cannot be one (an event this
version does not know, a field missing, of the wrong type or out of range).
Decoding never raises: a journal is something the app wrote, but a crash, a
disk or a hand can damage it.

A field's type annotation says what its value must be (``int``, ``float``,
``str``, ``bool``, a ``StrEnum``, ``X | None``, ``tuple[Record, ...]`` of a
plain frozen dataclass); :func:`spec` adds what a type cannot say (a JSON key
that is a Python keyword, a range, the value old journals imply when the
field is missing). A field with a default may be missing from a line; a bad
value there is replaced by the default, with a warning.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

#: The journal format this version writes. 1: the first one (no ``format``
#: field; a session pause was only a ``step_paused`` that no move followed).
#: 2: ``format`` in ``run_opened`` and ``run_started``; session pauses are
#: events of their own.
JOURNAL_FORMAT = 2

#: Every integer in a journal lies within this (about 146 years of nanoseconds):
#: larger numbers are damage, and would overflow the wall-clock arithmetic.
LIMIT = 2**62

_RESERVED = frozenset({"t", "wall", "event"})

# Warnings, whole sentences with named placeholders (to be translated later). Each
# problem with a field has two: the line is skipped, or the field's default is taken.
UNKNOWN = "Line {line} of the session log: an event “{name}” this version does not know; skipped."
NO_TIME = "Line {line} of the session log: the event “{name}” has no valid time; skipped."
BAD_WALL = (
    "Line {line} of the session log: the event “{name}” has a wall time that is not a time "
    "({value}); it is ignored."
)
MISSING = "Line {line} of the session log: the event “{name}” lacks its “{field}”; skipped."
MISSING_DEFAULT = (
    "Line {line} of the session log: the event “{name}” lacks its “{field}”; "
    "{default} is taken instead."
)
WRONG = (
    "Line {line} of the session log: in the event “{name}”, “{field}” should be {expected} "
    "but is {value}; skipped."
)
WRONG_DEFAULT = (
    "Line {line} of the session log: in the event “{name}”, “{field}” should be {expected} "
    "but is {value}; {default} is taken instead."
)
OUT_OF_RANGE = (
    "Line {line} of the session log: in the event “{name}”, “{field}” is {value}, "
    "outside {low} to {high}; skipped."
)
OUT_OF_RANGE_DEFAULT = (
    "Line {line} of the session log: in the event “{name}”, “{field}” is {value}, "
    "outside {low} to {high}; {default} is taken instead."
)
_WITH_DEFAULT = {
    MISSING: MISSING_DEFAULT,
    WRONG: WRONG_DEFAULT,
    OUT_OF_RANGE: OUT_OF_RANGE_DEFAULT,
}


@dataclass(frozen=True)
class Event:
    """A journal event: subclasses are frozen dataclasses registered with :func:`event`."""

    NAME: ClassVar[str] = ""


E = TypeVar("E", bound=Event)
R = TypeVar("R")

_REGISTRY: dict[str, type[Event]] = {}


def event(name: str) -> Callable[[type[E]], type[E]]:
    """Register a record class as the event ``name`` (what the journal's ``event`` says)."""

    def register(cls: type[E]) -> type[E]:
        if name in _REGISTRY:
            raise ValueError(f"two journal events are named {name!r}")
        clash = _RESERVED.intersection(_key(f) for f in dataclasses.fields(cls))
        if clash:
            raise ValueError(f"{cls.__name__} has a field named like a line's own: {clash}")
        cls.NAME = name
        _REGISTRY[name] = cls
        return cls

    return register


#: The modules whose records make the journal (the package's areas).
AREAS = ("run", "session", "projector", "room")
_areas_loaded = False


def _load_areas() -> None:
    """Every area's records registered: they load when first used, not with the package."""
    global _areas_loaded
    if not _areas_loaded:
        for area in AREAS:
            load_area(area)
        _areas_loaded = True


def load_area(area: str) -> None:
    """Make one area's records now (ahead of their first use, a piece at a time)."""
    if area not in AREAS:
        raise ValueError(f"no area of journal events is called {area!r}")
    import importlib

    importlib.import_module(f"facilitator.engine.events.{area}")


def registry() -> Mapping[str, type[Event]]:
    """Every registered event class by name (read-only), every area's."""
    _load_areas()
    return types.MappingProxyType(_REGISTRY)


_NO_ABSENT = object()


def spec(
    *,
    key: str | None = None,
    low: float | None = None,
    high: float | None = None,
    absent: object = _NO_ABSENT,
) -> dict[str, object]:
    """A field's metadata: its JSON ``key`` (default: its name), its range, and ``absent``.

    ``absent`` is the value a line without the field means (old journals),
    when that differs from the default new records are written with.
    """
    meta: dict[str, object] = {}
    if key is not None:
        meta["key"] = key
    if low is not None:
        meta["low"] = low
    if high is not None:
        meta["high"] = high
    if absent is not _NO_ABSENT:
        meta["absent"] = absent
    return meta


#: An index into steps, items or pages.
INDEX = spec(low=0)
#: A duration in ns that cannot be negative.
SPAN = spec(low=0)


@dataclass(frozen=True)
class Logged(Generic[E]):
    """One event read from a journal: its line, instant, wall time and record."""

    line: int
    t: int
    wall: datetime | None
    event: E


class _Bad(Exception):
    """A value that does not fit its field: the warning's template, its values, the field."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template)
        self.template = template
        self.values = values
        self.path: list[str] = []  # the field, from the outside in: steps, [2], minutes

    def within(self, part: str) -> _Bad:
        """The same problem, one level further out (``part`` holds the value)."""
        self.path.insert(0, part)
        return self

    @property
    def field(self) -> str:
        """The field's name as the journal spells it, ``steps[2].minutes`` for a part."""
        return "".join(
            p if p.startswith("[") or i == 0 else "." + p for i, p in enumerate(self.path)
        )


@dataclass
class Decoded:
    """What a journal line gave: its record (None when it cannot be one) and warnings."""

    logged: Logged[Event] | None
    warnings: list[str]


def encode(record: Event, t: int, wall: datetime) -> dict[str, object]:
    """The journal line of ``record`` at instant ``t`` and wall time ``wall``."""
    line: dict[str, object] = {"t": t, "wall": wall.isoformat(), "event": record.NAME}
    for f in dataclasses.fields(record):
        line[_key(f)] = _plain(getattr(record, f.name))
    return line


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {_key(f): _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _key(f: dataclasses.Field[Any]) -> str:
    return str(f.metadata.get("key", f.name))


def decode(line: Mapping[str, object], number: int) -> Decoded:
    """The record of a parsed journal line (line ``number`` of its file), and its warnings."""
    _load_areas()
    name = line.get("event")
    shown = name if isinstance(name, str) else repr(name)
    kind = _REGISTRY.get(name) if isinstance(name, str) else None
    if kind is None:
        return Decoded(None, [UNKNOWN.format(line=number, name=shown)])
    t = line.get("t")
    if not _is_int(t) or not -LIMIT <= t <= LIMIT:
        return Decoded(None, [NO_TIME.format(line=number, name=shown)])
    warnings: list[str] = []
    wall = _wall(line.get("wall"))
    if wall is None and line.get("wall") is not None:
        warnings.append(BAD_WALL.format(line=number, name=shown, value=_show(line.get("wall"))))
    try:
        record = _record(kind, line, number, shown, warnings)
    except _Bad as bad:
        warnings.append(bad.template.format(line=number, name=shown, field=bad.field, **bad.values))
        return Decoded(None, warnings)
    return Decoded(Logged(number, t, wall, record), warnings)


def _record(
    kind: type[R], data: Mapping[str, object], number: int, name: str, warnings: list[str]
) -> R:
    values: dict[str, object] = {}
    hints = _hints(kind)
    for f in dataclasses.fields(kind):  # type: ignore[arg-type]
        key = _key(f)
        has_default = f.default is not dataclasses.MISSING
        try:
            if key not in data:
                if "absent" in f.metadata:
                    values[f.name] = f.metadata["absent"]
                    continue
                raise _Bad(MISSING)
            values[f.name] = _value(hints[f.name], data[key], f.metadata, number, warnings)
        except _Bad as bad:
            bad.within(key)
            if not has_default:
                raise
            template = _WITH_DEFAULT[bad.template]
            if bad.template != MISSING:  # a field left out is how old journals say "default"
                warnings.append(
                    template.format(
                        line=number,
                        name=name,
                        field=bad.field,
                        default=_show(_plain(f.default)),
                        **bad.values,
                    )
                )
            values[f.name] = f.default
    return kind(**values)


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(kind: type[Any]) -> dict[str, Any]:
    """The resolved annotations of a record class (computed once, on first decode)."""
    found = _HINTS.get(kind)
    if found is None:
        found = _HINTS[kind] = typing.get_type_hints(kind)
    return found


def _value(
    hint: Any, value: object, meta: Mapping[str, object], number: int, warnings: list[str]
) -> object:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _value(inner, value, meta, number, warnings)
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        if not isinstance(value, list):
            raise _Bad(WRONG, expected="a list", value=_show(value))
        parts = []
        for position, part in enumerate(value):
            try:
                parts.append(_value(inner, part, {}, number, warnings))
            except _Bad as bad:
                raise bad.within(f"[{position}]") from None
        return tuple(parts)
    if hint is bool:
        if not isinstance(value, bool):
            raise _Bad(WRONG, expected="true or false", value=_show(value))
        return value
    if hint is int:
        if not _is_int(value):
            raise _Bad(WRONG, expected="a whole number", value=_show(value))
        return _ranged(value, meta, -LIMIT, LIMIT)
    if hint is float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _Bad(WRONG, expected="a number", value=_show(value))
        if not math.isfinite(value):
            raise _Bad(WRONG, expected="a finite number", value=_show(value))
        return float(_ranged(value, meta, -float(LIMIT), float(LIMIT)))
    if hint is str:
        if not isinstance(value, str):
            raise _Bad(WRONG, expected="text", value=_show(value))
        return value
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        choices = [member.value for member in hint]
        if value not in choices:
            expected = " or ".join(_show(c) for c in choices)
            raise _Bad(WRONG, expected=expected, value=_show(value))
        return hint(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise _Bad(WRONG, expected="an object", value=_show(value))
        return _record(hint, value, number, hint.__name__, warnings)
    raise TypeError(f"a journal field cannot be of type {hint!r}")


def _ranged(value: float, meta: Mapping[str, object], low: float, high: float) -> float:
    lo = meta.get("low", low)
    hi = meta.get("high", high)
    assert isinstance(lo, int | float) and isinstance(hi, int | float)
    if not lo <= value <= hi:
        raise _Bad(OUT_OF_RANGE, value=_show(value), low=_show(lo), high=_show(hi))
    return value


def _is_int(value: object) -> typing.TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _wall(text: object) -> datetime | None:
    """A journal's wall time, or None when it is missing or not a time."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.astimezone()


def _show(value: object) -> str:
    """A value as a warning quotes it: short, whatever it is."""
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 1e15:
        return f"{value:.3g}"
    if isinstance(value, list | tuple) and not value:
        return "none"
    text = repr(value) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 40 else text[:39] + "…"
