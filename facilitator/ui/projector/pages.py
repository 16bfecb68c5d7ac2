"""Pagination: cutting a slide into pages that each fit at the readable floor.

A slide's body and closing are cut into units (paragraphs, list items) and
its panels are units of their own; :func:`paginate` packs them greedily,
in order, onto pages measured with :func:`blocks.layout_at` at the floor.
A unit too big for a page of its own is split further (sentences, words,
a panel's paragraphs). Finding each page's text size is ``layout.py``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF

from facilitator.agenda.slides import Panel, Slide
from facilitator.projection.themes import Theme
from facilitator.ui.projector.blocks import floor_px, layout_at


@dataclass(frozen=True)
class _Unit:
    """The smallest piece a page break may fall between."""

    where: str  # body, panel or closing
    text: str = ""
    list_item: bool = False
    heading: bool = False
    panel: Panel | None = None


_LIST_ITEM = re.compile(r"^\s{0,3}([-*+]|\d+[.)])\s")


def _text_units(markdown: str, where: str) -> list[_Unit]:
    units: list[_Unit] = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        if not block.strip():
            continue
        lines = block.split("\n")
        if _LIST_ITEM.match(lines[0]):
            item: list[str] = []
            for line in lines:
                if _LIST_ITEM.match(line) and item:
                    units.append(_Unit(where, "\n".join(item), list_item=True))
                    item = []
                item.append(line)
            units.append(_Unit(where, "\n".join(item), list_item=True))
        else:
            units.append(_Unit(where, block, heading=block.lstrip().startswith("#")))
    return units


def _units(slide: Slide) -> list[_Unit]:
    units = _text_units(slide.body, "body") if slide.body else []
    units += [_Unit("panel", panel=panel) for panel in slide.panels]
    if slide.closing:
        units += _text_units(slide.closing, "closing")
    return units


def _join(units: list[_Unit]) -> str:
    text = ""
    for index, unit in enumerate(units):
        if index:
            tight = unit.list_item and units[index - 1].list_item
            text += "\n" if tight else "\n\n"
        text += unit.text
    return text


def _page(slide: Slide, units: list[_Unit], first: bool) -> Slide:
    return replace(
        slide,
        subtitle=slide.subtitle if first else "",
        body=_join([u for u in units if u.where == "body"]),
        panels=tuple(u.panel for u in units if u.panel is not None),
        closing=_join([u for u in units if u.where == "closing"]),
    )


def _split(unit: _Unit) -> list[_Unit]:
    """Smaller pieces of a unit too big for a page on its own; [] when it cannot split."""
    if unit.panel is not None:
        panel = unit.panel
        pieces = [u.text for u in _text_units(panel.body, "body")] if panel.body else []
        if len(pieces) < 2:
            pieces = _sentences(panel.body)
        if len(pieces) < 2:
            return []
        return [
            _Unit("panel", panel=Panel(panel.title + (" (vervolg)" if i else ""), piece))
            for i, piece in enumerate(pieces)
        ]
    if unit.text.lstrip().startswith("|"):
        return []  # a table stays whole
    marker = ""
    text = unit.text
    if unit.list_item:
        found = _LIST_ITEM.match(text)
        assert found is not None
        marker, text = text[: found.end()], text[found.end() :]
    pieces = _sentences(text)
    if len(pieces) < 2:
        words = text.split()
        if len(words) < 2:
            return []
        half = len(words) // 2
        pieces = [" ".join(words[:half]), " ".join(words[half:])]
    first = _Unit(unit.where, marker + pieces[0], unit.list_item)
    rest = [_Unit(unit.where, piece) for piece in pieces[1:]]
    return [first, *rest]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if s]


def paginate(slide: Slide, rect: QRectF, theme: Theme, screen_height: float) -> list[Slide]:
    """``slide`` split into pages that each fit ``rect`` at the readable floor.

    Pieces (paragraphs, list items, panels, closing paragraphs) are kept in
    order and packed greedily; a piece too big for a page of its own is split
    into sentences (a panel into its paragraphs). A heading is never left
    alone at the bottom of a page. The title stays on every page, the
    subtitle only on the first.
    """
    floor = floor_px(screen_height)

    def fits(page: Slide) -> bool:
        return layout_at(page, rect, floor, theme)[1] <= rect.height()

    if fits(slide):
        return [slide]
    queue = _units(slide)
    if not queue:
        return [slide]
    pages: list[list[_Unit]] = []
    current: list[_Unit] = []
    while queue:
        unit = queue.pop(0)
        if fits(_page(slide, [*current, unit], not pages)):
            current.append(unit)
            continue
        if current:
            carried: list[_Unit] = []
            while current and current[-1].heading:
                carried.insert(0, current.pop())
            if current:
                pages.append(current)
            current = carried
            queue.insert(0, unit)
            if carried and not fits(_page(slide, [*carried, unit], not pages)):
                pages.append(carried)  # a heading with too big a piece: keep the order
                current = []
            continue
        pieces = _split(unit)
        if pieces:
            queue[:0] = pieces
        else:
            pages.append([unit])  # unsplittable: alone on its page, shown at the floor
    if current:
        pages.append(current)
    return [_page(slide, units, index == 0) for index, units in enumerate(pages)]
