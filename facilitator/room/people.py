"""The people in the room: a number of them, or the names a trainer pasted (pure).

A trainer either types how many people there are (they are then "Persoon 1",
"Persoon 2" ... on screen) or pastes a list of names: one per line, or
separated by commas or semicolons. Names are trimmed, inner spaces collapsed,
control characters dropped, and duplicates made distinct ("Anna", "Anna (2)").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

#: The most people a room holds (a pasted list longer than this is refused).
MAX_PEOPLE: Final = 500
#: The longest name kept (longer ones are cut, with an ellipsis).
MAX_NAME: Final = 60

_SEPARATORS = re.compile(r"[\n\r,;\t]+")


@dataclass(frozen=True)
class Person:
    """One person in the room; ``name`` is empty when only a number of people was given."""

    id: int
    name: str = ""


def clean_text(text: str) -> str:
    """``text`` with control and format characters dropped and all spaces collapsed."""
    kept = "".join(
        " " if c.isspace() else c for c in text if unicodedata.category(c)[0] != "C" or c.isspace()
    )
    return " ".join(kept.split())


def clean_name(text: str) -> str:
    """A name as the room shows it: cleaned and at most :data:`MAX_NAME` characters."""
    name = clean_text(text)
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1].rstrip() + "…"


def parse_names(text: str) -> list[str]:
    """The names in pasted text: one per line, or separated by commas, semicolons or tabs.

    Empty entries are dropped; names are cleaned (:func:`clean_name`) but not
    yet made distinct (see :func:`distinct_names`).
    """
    names = (clean_name(part) for part in _SEPARATORS.split(text))
    return [name for name in names if name]


def distinct_names(names: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """``names`` with duplicates told apart: the second "Anna" becomes "Anna (2)".

    Names compare without regard to case. ``taken`` are names already in the
    room (a late arrival called "Anna" becomes "Anna (2)" too).
    """
    used = {name.casefold() for name in taken}
    result: list[str] = []
    for name in names:
        candidate, number = name, 1
        while candidate.casefold() in used:
            number += 1
            candidate = f"{name} ({number})"
        used.add(candidate.casefold())
        result.append(candidate)
    return result
