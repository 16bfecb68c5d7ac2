"""Pydantic's validation errors, worded in plain English for the trainer.

:func:`translate_error` follows an error's location through the models, to
find where it is in the file (pydantic adds a projected item's kind, which the
file does not name) and which fields are allowed there, then words what is
wrong: a missing or unknown field (with a suggestion), or a wrong value.
"""

from __future__ import annotations

import types
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, Tag
from pydantic_core import ErrorDetails

from facilitator.agenda.errors import Loc, did_you_mean, format_number, show_value

# --- the models' shape, to name allowed fields ------------------------------


def _unwrap(tp: Any) -> Any:
    """Strip Annotated and Optional; a tagged union becomes a dict of tag → type."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
            continue
        if origin is Union or origin is types.UnionType:
            members = [a for a in get_args(tp) if a is not type(None)]
            tags = {
                meta.tag: get_args(member)[0]
                for member in members
                if get_origin(member) is Annotated
                for meta in member.__metadata__
                if isinstance(meta, Tag)
            }
            if tags:
                return tags
            if len(members) == 1:
                tp = members[0]
                continue
            return None
        return tp


def _resolve(model: type[BaseModel], loc: Sequence[str | int]) -> tuple[Loc, Any]:
    """Follow a pydantic error location through the models.

    Returns the location in the file's data (pydantic adds the tag of a
    projected item's kind, which the file does not have) and the type found
    at its end: a model class, a dict of tag → type for a projected item, or
    None when the location leaves the models.
    """
    data_loc: list[str | int] = []
    tp: Any = model
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(tp, dict):
            tp = tp.get(str(part))
            continue
        data_loc.append(part)
        if isinstance(tp, type) and issubclass(tp, BaseModel) and isinstance(part, str):
            field = tp.model_fields.get(part)
            tp = field.annotation if field is not None else None
        elif get_origin(tp) is list and isinstance(part, int):
            tp = get_args(tp)[0]
        else:
            tp = None
    return tuple(data_loc), _unwrap(tp)


def _fields_of(tp: Any) -> list[str]:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return list(tp.model_fields)
    return []


# --- pydantic errors in plain words -----------------------------------------

_ID_PATTERN = "^[a-z0-9][a-z0-9-]*$"
_REF_PATTERN = "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"
_LANGUAGE_PATTERN = "^[a-z]{2}(-[A-Z]{2})?$"


def _suggest(word: str, allowed: list[str]) -> str:
    guess = did_you_mean(word, allowed)
    if guess is not None:
        return f" (did you mean '{guess}'?)"
    if allowed:
        return "; allowed here: " + ", ".join(allowed)
    return ""


def _pattern_message(pattern: str, value: Any) -> str:
    shown = show_value(value)
    if pattern == _ID_PATTERN:
        return (
            f"{shown} is not a valid id: use only lower-case letters (a-z), digits and "
            "hyphens (-), starting with a letter or digit, e.g. 'kaart-a'"
        )
    if pattern == _REF_PATTERN:
        return (
            f"{shown} is not a valid reference: write '<hand-out id>/<document or card id>', "
            "e.g. 'hand-out-2/kaart-a'"
        )
    if pattern == _LANGUAGE_PATTERN:
        return f"{shown} is not a language code: write e.g. 'nl', 'en' or 'en-GB'"
    return f"{shown} is not written in the expected form ({pattern})"


def _text_message(value: Any) -> str:
    if value is None:
        return "is empty: write the text after the colon"
    if isinstance(value, bool):
        return (
            "must be text; put it in quotes, because yes/no/on/off/true/false on their own "
            "are read as a yes/no value"
        )
    if isinstance(value, int | float):
        return f'must be text; put the number in quotes, e.g. "{format_number(value)}"'
    return f"must be text, not {show_value(value)}"


def _number_message(value: Any) -> str:
    if isinstance(value, str) and value.replace(",", "", 1).strip().isdigit():
        return f"must be a number; use a decimal point, not a comma ({show_value(value)})"
    return f"must be a number, not {show_value(value)}"


def translate_error(model: type[BaseModel], error: ErrorDetails) -> tuple[Loc, Loc, str]:
    """Word one pydantic error for a trainer.

    Returns ``(field_loc, line_loc, message)``: where the field is named,
    where to look for its line, and what is wrong. For a missing field both
    point at the mapping that lacks it; for an unknown field the line is the
    key's own.
    """
    kind = error["type"]
    value = error.get("input")
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    data_loc, target = _resolve(model, error["loc"])
    parent_loc, parent_type = _resolve(model, error["loc"][:-1]) if error["loc"] else ((), None)

    if kind == "missing":
        key = str(error["loc"][-1])
        message = f"required field '{key}' is missing"
        if key == "format":
            message += "; start the file with 'format: 1'"
        return parent_loc, parent_loc, message
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        return (
            parent_loc,
            data_loc,
            f"unknown field '{key}'" + _suggest(key, _fields_of(parent_type)),
        )
    if kind == "unknown_item":
        kinds = list(target) if isinstance(target, dict) else []
        if isinstance(value, Mapping) and value:
            first = str(next(iter(value)))
            return (
                data_loc,
                data_loc,
                (f"unknown kind of projected item '{first}'" + _suggest(first, kinds)),
            )
        return (
            data_loc,
            data_loc,
            (
                "a projected item starts with its kind, e.g. 'text: ...' or 'question: ...'; "
                "kinds: " + ", ".join(kinds)
            ),
        )
    return data_loc, data_loc, _value_message(kind, data_loc, value, ctx, error["msg"])


def _value_message(kind: str, loc: Loc, value: Any, ctx: dict[str, Any], msg: str) -> str:
    """The message for a value that is present but wrong."""
    if kind == "literal_error":
        if loc == ("format",):
            return f"this app reads agenda format 1, not {show_value(value)}; write 'format: 1'"
        if loc == ("kind",):
            return (
                f"must be 'session' or 'library', not {show_value(value)} "
                "(a session file may leave it out)"
            )
        return f"must be {ctx.get('expected', 'one of the allowed values')}"
    if kind in {"float_type", "float_parsing", "int_type", "int_parsing", "finite_number"}:
        return _number_message(value)
    if kind == "string_type":
        return _text_message(value)
    if kind == "list_type":
        if value is None:
            return "is empty: give a list (lines starting with '- ') or leave the field out"
        return f"must be a list (lines starting with '- '), not {show_value(value)}"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return f"must be a group of fields (lines like 'title: ...'), not {show_value(value)}"
    if kind == "greater_than":
        return f"must be more than {format_number(ctx['gt'])}"
    if kind == "greater_than_equal":
        return f"must be at least {format_number(ctx['ge'])}"
    if kind == "less_than_equal":
        limit = format_number(ctx["le"])
        return f"must be at most {limit}" + (" minutes (24 hours)" if limit == "1440" else "")
    if kind == "less_than":
        return f"must be less than {format_number(ctx['lt'])}"
    if kind == "string_pattern_mismatch":
        return _pattern_message(str(ctx.get("pattern", "")), value)
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long: at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        least = int(ctx.get("min_length", 1))
        return f"needs at least {least} {'entry' if least == 1 else 'entries'}"
    if kind == "too_long":
        return (
            f"may have at most {ctx.get('max_length')} entries, "
            f"not {ctx.get('actual_length', 'more')}"
        )
    return msg[:1].lower() + msg[1:]
