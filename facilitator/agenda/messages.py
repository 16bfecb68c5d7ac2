"""Pydantic's validation errors, worded for the trainer in the interface's language.

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
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

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


def _suggest(message: str, word: str, allowed: list[str]) -> str:
    """``message`` with a suggestion for ``word``: the closest allowed name, or all of them."""
    guess = did_you_mean(word, allowed)
    if guess is not None:
        return translate("Agenda", "{message} (did you mean '{guess}'?)").format(
            message=message, guess=guess
        )
    if allowed:
        return translate("Agenda", "{message}; allowed here: {allowed}").format(
            message=message, allowed=", ".join(allowed)
        )
    return message


def _pattern_message(pattern: str, value: Any) -> str:
    shown = show_value(value)
    if pattern == _ID_PATTERN:
        return translate(
            "Agenda",
            "{value} is not a valid id: use only lower-case letters (a-z), digits and "
            "hyphens (-), starting with a letter or digit, e.g. 'kaart-a'",
        ).format(value=shown)
    if pattern == _REF_PATTERN:
        return translate(
            "Agenda",
            "{value} is not a valid reference: write '<hand-out id>/<document or card id>', "
            "e.g. 'hand-out-2/kaart-a'",
        ).format(value=shown)
    if pattern == _LANGUAGE_PATTERN:
        return translate(
            "Agenda", "{value} is not a language code: write e.g. 'nl', 'en' or 'en-GB'"
        ).format(value=shown)
    return translate("Agenda", "{value} is not written in the expected form ({pattern})").format(
        value=shown, pattern=pattern
    )


def _text_message(value: Any) -> str:
    if value is None:
        return translate("Agenda", "is empty: write the text after the colon")
    if isinstance(value, bool):
        return translate(
            "Agenda",
            "must be text; put it in quotes, because yes/no/on/off/true/false on their own "
            "are read as a yes/no value",
        )
    if isinstance(value, int | float):
        return translate(
            "Agenda", 'must be text; put the number in quotes, e.g. "{number}"'
        ).format(number=format_number(value))
    return translate("Agenda", "must be text, not {value}").format(value=show_value(value))


def _number_message(value: Any) -> str:
    if isinstance(value, str) and value.replace(",", "", 1).strip().isdigit():
        return translate(
            "Agenda", "must be a number; use a decimal point, not a comma ({value})"
        ).format(value=show_value(value))
    return translate("Agenda", "must be a number, not {value}").format(value=show_value(value))


def translate_error(model: type[BaseModel], error: ErrorDetails) -> tuple[Loc, Loc, str]:
    """Word one pydantic error for a trainer, in the interface's language.

    Returns ``(field_loc, line_loc, message)``: where the field is named,
    where to look for its line, and what is wrong. For a missing field both
    point at the mapping that lacks it; for an unknown field the line is the
    key's own. Pydantic's own English is never shown: every error type the
    models raise has its own wording here (:func:`_value_message`).
    """
    kind = error["type"]
    value = error.get("input")
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    data_loc, target = _resolve(model, error["loc"])
    parent_loc, parent_type = _resolve(model, error["loc"][:-1]) if error["loc"] else ((), None)

    if kind == "missing":
        key = str(error["loc"][-1])
        if key == "format":
            message = translate(
                "Agenda", "required field '{field}' is missing; start the file with 'format: 1'"
            )
        else:
            message = translate("Agenda", "required field '{field}' is missing")
        return parent_loc, parent_loc, message.format(field=key)
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        unknown = translate("Agenda", "unknown field '{field}'").format(field=key)
        return parent_loc, data_loc, _suggest(unknown, key, _fields_of(parent_type))
    if kind == "unknown_item":
        kinds = list(target) if isinstance(target, dict) else []
        if isinstance(value, Mapping) and value:
            first = str(next(iter(value)))
            unknown = translate("Agenda", "unknown kind of projected item '{kind}'").format(
                kind=first
            )
            return data_loc, data_loc, _suggest(unknown, first, kinds)
        return (
            data_loc,
            data_loc,
            translate(
                "Agenda",
                "a projected item starts with its kind, e.g. 'text: ...' or 'question: ...'; "
                "kinds: {kinds}",
            ).format(kinds=", ".join(kinds)),
        )
    return data_loc, data_loc, _value_message(kind, data_loc, value, ctx)


def _value_message(kind: str, loc: Loc, value: Any, ctx: dict[str, Any]) -> str:
    """The message for a value that is present but wrong."""
    if kind == "literal_error":
        return _literal_message(loc, value, ctx)
    if kind in {"float_type", "float_parsing", "int_type", "int_parsing", "finite_number"}:
        return _number_message(value)
    if kind in {"int_from_float"}:
        return translate("Agenda", "must be a whole number, not {value}").format(
            value=show_value(value)
        )
    if kind == "string_type":
        return _text_message(value)
    if kind in {"bool_type", "bool_parsing"}:
        return translate("Agenda", "must be yes or no, not {value}").format(value=show_value(value))
    if kind == "list_type":
        if value is None:
            return translate(
                "Agenda", "is empty: give a list (lines starting with '- ') or leave the field out"
            )
        return translate("Agenda", "must be a list (lines starting with '- '), not {value}").format(
            value=show_value(value)
        )
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return translate(
            "Agenda", "must be a group of fields (lines like 'title: ...'), not {value}"
        ).format(value=show_value(value))
    if kind in _LIMITS:
        return _limit_message(kind, ctx)
    if kind == "string_pattern_mismatch":
        return _pattern_message(str(ctx.get("pattern", "")), value)
    if kind == "string_too_short":
        return translate("Agenda", "must not be empty")
    if kind == "string_too_long":
        return translate("Agenda", "is too long: at most {most} characters").format(
            most=ctx.get("max_length")
        )
    if kind == "too_short":
        least = int(ctx.get("min_length", 1))
        if least == 1:
            return translate("Agenda", "needs at least 1 entry")
        return translate("Agenda", "needs at least {least} entries").format(least=least)
    if kind == "too_long":
        most, count = ctx.get("max_length"), ctx.get("actual_length")
        if count is None:
            return translate("Agenda", "may have at most {most} entries").format(most=most)
        return translate("Agenda", "may have at most {most} entries, not {count}").format(
            most=most, count=count
        )
    custom = _CUSTOM.get(kind)
    if custom is not None:
        return translate_marked("Agenda", custom).format(**ctx)
    if kind == "group_size":
        return str(ctx.get("reason", ""))  # worded by parse_groups, in the interface's language
    return translate("Agenda", "{value} is not a value this field accepts").format(
        value=show_value(value)
    )


def _literal_message(loc: Loc, value: Any, ctx: dict[str, Any]) -> str:
    if loc == ("format",):
        return translate(
            "Agenda", "this app reads agenda format 1, not {value}; write 'format: 1'"
        ).format(value=show_value(value))
    if loc == ("kind",):
        return translate(
            "Agenda",
            "must be 'session' or 'library', not {value} (a session file may leave it out)",
        ).format(value=show_value(value))
    expected = ctx.get("expected")
    if expected is None:
        return translate("Agenda", "must be one of the allowed values")
    return translate("Agenda", "must be {expected}").format(expected=_or_list(str(expected)))


def _or_list(expected: str) -> str:
    """Pydantic's ``'a', 'b' or 'c'`` with the interface's word for "or"."""
    head, separator, last = expected.rpartition(" or ")
    if not separator:
        return expected
    return translate("Agenda", "{choices} or {last}").format(choices=head, last=last)


_LIMITS = {"greater_than", "greater_than_equal", "less_than_equal", "less_than"}


def _limit_message(kind: str, ctx: dict[str, Any]) -> str:
    if kind == "greater_than":
        return translate("Agenda", "must be more than {limit}").format(
            limit=format_number(ctx["gt"])
        )
    if kind == "greater_than_equal":
        return translate("Agenda", "must be at least {limit}").format(
            limit=format_number(ctx["ge"])
        )
    if kind == "less_than":
        return translate("Agenda", "must be less than {limit}").format(
            limit=format_number(ctx["lt"])
        )
    limit = format_number(ctx["le"])
    if limit == "1440":
        return translate("Agenda", "must be at most 1440 minutes (24 hours)")
    return translate("Agenda", "must be at most {limit}").format(limit=limit)


#: The models' own error types (``PydanticCustomError``), worded here in the
#: interface's language; their ``ctx`` fills the placeholders.
_CUSTOM = {
    "per_group": QT_TRANSLATE_NOOP(
        "Agenda",
        "must be how many each group gets, a whole number from 1 to {most}, or 'all' "
        "(every one to every group)",
    ),
    "deal_nothing": QT_TRANSLATE_NOOP(
        "Agenda",
        "say what each group gets: 'cards: 2' (two cards per group) or "
        "'documents: all' (every document to every group)",
    ),
    "turns": QT_TRANSLATE_NOOP(
        "Agenda",
        "write 'turns: yes' (every group a turn, the step's time shared out) or 'turns:' "
        "with 'minutes: 2' under it (about 2 minutes per group)",
    ),
}
