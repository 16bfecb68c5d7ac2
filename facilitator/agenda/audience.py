"""Which parts of a section's text are for the room and which for the trainer (pure).

A section names the headings of its trainer-only parts in ``trainer_only``
(e.g. the call to action's "Gebruiksaanwijzing"). A part is a Markdown
heading written with ``#`` and everything under it up to the next heading of
the same or a higher level. The projector shows a section without those parts
(:func:`room_text`); the trainer's reference panel shows the whole text, and
the trainer's printouts the parts themselves (:func:`trainer_text`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


@dataclass(frozen=True)
class Heading:
    """A heading of a Markdown text: its level (1-6), its words and its line (0-based)."""

    level: int
    text: str
    line: int


def heading_key(text: str) -> str:
    """How headings are compared: spaces collapsed, case ignored."""
    return " ".join(text.split()).casefold()


def headings(markdown: str) -> list[Heading]:
    """The ``#`` headings of ``markdown`` in order, code blocks left out."""
    found: list[Heading] = []
    fence: str | None = None
    for number, line in enumerate(markdown.splitlines()):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            continue
        matched = _HEADING.match(line)
        if matched:
            found.append(Heading(len(matched.group(1)), " ".join(matched.group(2).split()), number))
    return found


def _trainer_lines(markdown: str, trainer_only: Collection[str]) -> list[bool]:
    """For each line of ``markdown``: whether it is in a part named in ``trainer_only``."""
    wanted = {heading_key(name) for name in trainer_only}
    lines = markdown.splitlines()
    mask = [False] * len(lines)
    found = headings(markdown)
    for index, heading in enumerate(found):
        if heading_key(heading.text) not in wanted:
            continue
        end = len(lines)
        for later in found[index + 1 :]:
            if later.level <= heading.level:
                end = later.line
                break
        for number in range(heading.line, end):
            mask[number] = True
    return mask


def room_text(markdown: str, trainer_only: Collection[str]) -> str:
    """``markdown`` without the parts under the headings named in ``trainer_only``.

    Every part under a named heading goes (a heading written twice names two
    parts). What is left keeps its lines exactly; runs of blank lines where a
    part was are collapsed to one.
    """
    if not trainer_only:
        return markdown
    return _kept(markdown, [not t for t in _trainer_lines(markdown, trainer_only)])


def trainer_text(markdown: str, trainer_only: Collection[str]) -> str:
    """Only the parts of ``markdown`` under the headings named in ``trainer_only``.

    What :func:`room_text` leaves out, headings included, in their order: the
    trainer's own instructions, for the trainer's printouts.
    """
    if not trainer_only:
        return ""
    return _kept(markdown, _trainer_lines(markdown, trainer_only))


def _kept(markdown: str, keep: list[bool]) -> str:
    """The lines of ``markdown`` marked in ``keep``, blank runs where lines went collapsed."""
    kept: list[str] = []
    after_cut = False
    for line, wanted in zip(markdown.splitlines(), keep, strict=True):
        if not wanted:
            after_cut = True
            continue
        # Where a part was cut out, the blank lines around it would add up.
        if after_cut and not line.strip() and kept and not kept[-1].strip():
            continue
        after_cut = after_cut and not line.strip()
        kept.append(line)
    text = "\n".join(kept).strip("\n")
    return text + "\n" if text and markdown.endswith("\n") else text
