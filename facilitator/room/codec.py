"""Room records to journal lines and back (pure): typed frozen records, one registry.

A journal line is ``{"t": <instant ns>, "wall": <ISO time>, "event": <name>,
<the record's fields>}``; :func:`fields_of` gives the record's part of it and
:func:`decode` turns a parsed line back into its record. A field's annotation
says what its value must be: ``int``, ``str``, ``bool``, a ``StrEnum``,
``X | None``, a plain frozen dataclass, or ``tuple[X, ...]`` of those;
:func:`spec` adds a range. Decoding never raises: a line that cannot be a
room record (damaged by a crash, a disk or a hand) gives a warning instead.

This follows the shape of the journal's own event records (typed, frozen,
registered by name), so that room records can join that registry as they are.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

#: Integers in a journal lie within this; larger ones are damage.
LIMIT = 2**62

UNKNOWN = (
    "Line {line} of the session log: a room event “{name}” this version does not know; skipped."
)
BAD = "Line {line} of the session log: in the event “{name}”, “{field}” {problem}; skipped."


@dataclass(frozen=True)
class Event:
    """A journal record: subclasses are frozen dataclasses registered with :func:`event`."""

    NAME: ClassVar[str] = ""


E = TypeVar("E", bound=Event)
_REGISTRY: dict[str, type[Event]] = {}


def event(name: str) -> Callable[[type[E]], type[E]]:
    """Register a record class as the event ``name`` (what the journal's ``event`` says)."""

    def register(cls: type[E]) -> type[E]:
        if name in _REGISTRY:
            raise ValueError(f"two journal events are named {name!r}")
        cls.NAME = name
        _REGISTRY[name] = cls
        return cls

    return register


def registry() -> Mapping[str, type[Event]]:
    """Every registered room record class by name (read-only)."""
    return types.MappingProxyType(_REGISTRY)


def spec(*, low: int | None = None, high: int | None = None) -> dict[str, object]:
    """A field's metadata: the range its whole-number value must lie in."""
    meta: dict[str, object] = {}
    if low is not None:
        meta["low"] = low
    if high is not None:
        meta["high"] = high
    return meta


def fields_of(record: Event) -> dict[str, object]:
    """The record's fields as plain JSON values (tuples as lists, enums as their values)."""
    return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


class _Bad(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str] = []


def is_room_event(line: Mapping[str, object]) -> bool:
    """Whether a parsed journal line names a room event (known to this version or not)."""
    name = line.get("event")
    return isinstance(name, str) and name.startswith("room_")


def decode(line: Mapping[str, object], number: int) -> tuple[Event | None, str | None]:
    """The room record of a parsed journal line, or None and a warning naming the line."""
    name = line.get("event")
    kind = _REGISTRY.get(name) if isinstance(name, str) else None
    if kind is None:
        return None, UNKNOWN.format(line=number, name=name)
    try:
        return _record(kind, line), None
    except _Bad as bad:
        where = "".join(p if p.startswith("[") else "." + p for p in bad.path).lstrip(".")
        return None, BAD.format(line=number, name=name, field=where, problem=bad.problem)


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _record(kind: type[Any], data: Mapping[str, object]) -> Any:
    hints = _HINTS.get(kind)
    if hints is None:
        hints = _HINTS[kind] = typing.get_type_hints(kind)
    values: dict[str, object] = {}
    for f in dataclasses.fields(kind):
        try:
            if f.name not in data:
                if f.default is not dataclasses.MISSING:
                    continue
                raise _Bad("is missing")
            values[f.name] = _value(hints[f.name], data[f.name], f.metadata)
        except _Bad as bad:
            bad.path.insert(0, f.name)
            raise
    return kind(**values)


def _value(hint: Any, value: object, meta: Mapping[str, object]) -> object:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _value(inner, value, meta)
    if origin is tuple:
        if not isinstance(value, list):
            raise _Bad("should be a list")
        inner = typing.get_args(hint)[0]
        parts = []
        for position, part in enumerate(value):
            try:
                parts.append(_value(inner, part, {}))
            except _Bad as bad:
                bad.path.insert(0, f"[{position}]")
                raise
        return tuple(parts)
    if hint is bool:
        if not isinstance(value, bool):
            raise _Bad("should be true or false")
        return value
    if hint is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Bad("should be a whole number")
        low, high = meta.get("low", -LIMIT), meta.get("high", LIMIT)
        assert isinstance(low, int) and isinstance(high, int)
        if not low <= value <= high:
            raise _Bad(f"is {value}, outside {low} to {high}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise _Bad("should be text")
        return value
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise _Bad(f"is not one of {', '.join(str(m.value) for m in hint)}") from None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise _Bad("should be an object")
        return _record(hint, value)
    raise TypeError(f"a journal field cannot be of type {hint!r}")
