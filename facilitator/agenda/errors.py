"""Problems found in agenda files, worded for the trainer who edits them.

A :class:`Problem` names the file, the line and the field in readable form
(``step 3 (id 'groepsactiviteit') → minutes``); an :class:`AgendaError`
carries every problem found at once. The helpers here word places, numbers
and values for messages, and suggest the name a trainer probably meant; the
translation of pydantic's validation errors is in
:mod:`facilitator.agenda.messages`.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

#: A place in a file's data: keys of mappings and 0-based indexes of lists.
Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an agenda file, at a line (1-based) and a field."""

    file: Path
    line: int | None
    field: str
    message: str
    # The place in the file's data (keys and 0-based indexes), for an editor to show
    # the message at its field; () for the file as a whole. Not part of the message.
    loc: Loc = dataclasses.field(default=(), compare=False)

    def __str__(self) -> str:
        where = self.file.name if self.line is None else f"{self.file.name}:{self.line}"
        if self.field:
            return translate("Agenda", "{where}: {field}: {message}").format(
                where=where, field=self.field, message=self.message
            )
        return translate("Agenda", "{where}: {message}").format(where=where, message=self.message)


class AgendaError(Exception):
    """An agenda could not be loaded; ``problems`` lists everything found wrong."""

    def __init__(self, problems: Sequence[Problem], path: Path | None = None) -> None:
        self.problems: list[Problem] = list(problems)
        self.path = path if path is not None else (self.problems[0].file if problems else None)
        super().__init__(self._text())

    def _text(self) -> str:
        count = len(self.problems)
        name = self.path.name if self.path is not None else translate("Agenda", "agenda")
        heading = (
            translate("Agenda", "{file}: 1 problem")
            if count == 1
            else translate("Agenda", "{file}: {count} problems")
        ).format(file=name, count=count)
        return "\n".join([heading, *(f"  {problem}" for problem in self.problems)])

    def __str__(self) -> str:
        return self._text()


# --- readable places ---------------------------------------------------------

# How one entry of a list is called, by the list's key (translated where it is shown).
_SINGULAR = {
    "steps": QT_TRANSLATE_NOOP("Agenda", "step {number}"),
    "handouts": QT_TRANSLATE_NOOP("Agenda", "hand-out {number}"),
    "sections": QT_TRANSLATE_NOOP("Agenda", "section {number}"),
    "documents": QT_TRANSLATE_NOOP("Agenda", "document {number}"),
    "cards": QT_TRANSLATE_NOOP("Agenda", "card {number}"),
    "figures": QT_TRANSLATE_NOOP("Agenda", "figure {number}"),
    "phases": QT_TRANSLATE_NOOP("Agenda", "phase {number}"),
    "checklists": QT_TRANSLATE_NOOP("Agenda", "checklist {number}"),
    "references": QT_TRANSLATE_NOOP("Agenda", "reference {number}"),
    "project": QT_TRANSLATE_NOOP("Agenda", "projected item {number}"),
    "questions": QT_TRANSLATE_NOOP("Agenda", "question {number}"),
    "items": QT_TRANSLATE_NOOP("Agenda", "item {number}"),
    "examples": QT_TRANSLATE_NOOP("Agenda", "example {number}"),
    "materials": QT_TRANSLATE_NOOP("Agenda", "material {number}"),
    "objectives": QT_TRANSLATE_NOOP("Agenda", "objective {number}"),
    "library": QT_TRANSLATE_NOOP("Agenda", "library file {number}"),
    "trainer_only": QT_TRANSLATE_NOOP("Agenda", "trainer-only heading {number}"),
}


def _child(data: Any, key: str | int) -> Any:
    if isinstance(key, str) and isinstance(data, Mapping):
        return data.get(key)
    if isinstance(key, int) and isinstance(data, list) and 0 <= key < len(data):
        return data[key]
    return None


def entry_label(list_key: str, index: int, entry: Any = None) -> str:
    """Name entry ``index`` (0-based) of list ``list_key``: ``step 3 (id 'intro')``."""
    singular = _SINGULAR.get(list_key)
    if singular is not None:
        label = translate_marked("Agenda", singular).format(number=index + 1)
    else:
        label = translate("Agenda", "{list} → item {number}").format(
            list=list_key, number=index + 1
        )
    if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
        label = translate("Agenda", "{entry} (id '{id}')").format(entry=label, id=entry["id"])
    return label


def describe_loc(loc: Loc, data: Any) -> str:
    """Turn a data path into readable words, using 1-based numbers and ids from ``data``."""
    parts: list[str] = []
    node = data
    i = 0
    while i < len(loc):
        key = loc[i]
        child = _child(node, key)
        if isinstance(key, str) and i + 1 < len(loc) and isinstance(loc[i + 1], int):
            index = int(loc[i + 1])
            node = _child(child, index)
            parts.append(entry_label(key, index, node))
            i += 2
            continue
        if isinstance(key, int):
            parts.append(translate("Agenda", "item {number}").format(number=key + 1))
        else:
            parts.append(key)
        node = child
        i += 1
    return " → ".join(parts)


def format_number(value: float) -> str:
    """A number as a trainer writes it: ``90`` rather than ``90.0``."""
    if math.isfinite(value) and value == int(value):
        return str(int(value))
    return f"{value:g}"


def format_minutes(value: float) -> str:
    """``1 minute``, ``2.5 minutes``."""
    if value == 1:
        return translate("Agenda", "1 minute")
    return translate("Agenda", "{minutes} minutes").format(minutes=format_number(value))


def show_value(value: Any) -> str:
    """A short description of a value found in a file, for a message."""
    if value is None:
        return translate("Agenda", "nothing")
    if isinstance(value, bool):
        return translate("Agenda", "a yes/no value")
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    if isinstance(value, list):
        return translate("Agenda", "a list")
    if isinstance(value, Mapping):
        return translate("Agenda", "a group of fields")
    return translate("Agenda", "a value of an unknown kind")


def did_you_mean(word: str, options: Iterable[str]) -> str | None:
    """The option closest to ``word``, if one is close enough; Dutch names included."""
    choices = list(options)
    if len(choices) > _MAX_CHOICES:
        return None
    translated = _DUTCH.get(word.lower())
    if translated in choices:
        return translated
    matches = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    return matches[0] if matches else None


# Comparing with every id of a hostile file full of them would take minutes.
_MAX_CHOICES = 200

# Trainers often write the Dutch word for a field.
_DUTCH = {
    "titel": "title",
    "ondertitel": "subtitle",
    "minuten": "minutes",
    "duur": "duration",
    "stappen": "steps",
    "stap": "steps",
    "taal": "language",
    "doelen": "objectives",
    "leerdoelen": "objectives",
    "doelgroep": "audience",
    "materialen": "materials",
    "materiaal": "materials",
    "instructies": "instructions",
    "instructie": "instructions",
    "vraag": "question",
    "vragen": "questions",
    "kaart": "card",
    "kaarten": "cards",
    "tekst": "text",
    "kop": "heading",
    "voorbeelden": "examples",
    "documenten": "documents",
    "notitie": "note",
    "bibliotheek": "library",
    "soort": "kind",
    "projecteer": "project",
    "projectie": "project",
    "waarschuwing": "warning",
    "gevaar": "danger",
    "groepen": "groups",
    "groep": "groups",
    "groepsgrootte": "groups",
    "beurten": "turns",
    "beurt": "turns",
    "uitdelen": "deal",
    "verdelen": "deal",
    "verdeling": "deal",
}
