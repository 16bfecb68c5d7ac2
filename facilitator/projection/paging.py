"""Cutting a slide into pages made for a room (pure: the measuring is given).

A slide's body and closing are cut into units (paragraphs, list items,
headings) and its panels are units of their own; :func:`paginate` packs them
in order onto pages, measured by the ``height`` function the projector gives
(``ui/projector/pages.py`` measures with Qt at the readable floor). The rules
are the room's, not the layout engine's, so they are tested here with a
measure of plain arithmetic:

- every word and panel is kept, in order; the title is on every page, the
  subtitle on the first;
- a page is filled: when the next paragraph or list item does not fit
  whole, as much of it as fits goes on the page (whole sentences; words
  only when the page would stay too empty), so no page of text but the last
  leaves a third of the room empty (:data:`LEAST_FILLED`);
- a panel (a card, a figure, a phase) is cut only when it is too big for a
  page of its own (into its paragraphs, the rest titled as ``continued``);
- a heading is never left at the foot of a page; a table is never cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from facilitator.agenda.slides import Panel, Slide

#: A page but the last is filled at least this far (of the room it has).
LEAST_FILLED: Final = 2 / 3

#: How many ways of sharing text between pages are tried when balancing them,
#: and how many pages at most share it.
_BALANCE_STEPS = 8
_BALANCE_PAGES = 3

#: How tall a page is at the size pages are cut at (the projector measures it).
Measure = Callable[[Slide], float]


@dataclass(frozen=True)
class Unit:
    """The smallest piece a page break may fall between."""

    where: str  # body, panel or closing
    text: str = ""
    list_item: bool = False
    heading: bool = False
    panel: Panel | None = None


_LIST_ITEM = re.compile(r"^\s{0,3}([-*+]|\d+[.)])\s")
_SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")


def text_units(markdown: str, where: str) -> list[Unit]:
    """The paragraphs, headings and list items of ``markdown``, in order."""
    units: list[Unit] = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        if not block.strip():
            continue
        lines = block.split("\n")
        if _LIST_ITEM.match(lines[0]):
            item: list[str] = []
            for line in lines:
                if _LIST_ITEM.match(line) and item:
                    units.append(Unit(where, "\n".join(item), list_item=True))
                    item = []
                item.append(line)
            units.append(Unit(where, "\n".join(item), list_item=True))
        else:
            units.append(Unit(where, block, heading=block.lstrip().startswith("#")))
    return units


def units_of(slide: Slide) -> list[Unit]:
    """Every unit of ``slide``: its body's, its panels, its closing's."""
    units = text_units(slide.body, "body") if slide.body else []
    units += [Unit("panel", panel=panel) for panel in slide.panels]
    if slide.closing:
        units += text_units(slide.closing, "closing")
    return units


def join(units: list[Unit]) -> str:
    """Units of one text back as Markdown (list items of one list stay one list)."""
    text = ""
    for index, unit in enumerate(units):
        if index:
            tight = unit.list_item and units[index - 1].list_item
            text += "\n" if tight else "\n\n"
        text += unit.text
    return text


def page_slide(slide: Slide, units: list[Unit], first: bool) -> Slide:
    """The part of ``slide`` that ``units`` are: its title always, its subtitle on the first."""
    return replace(
        slide,
        subtitle=slide.subtitle if first else "",
        body=join([u for u in units if u.where == "body"]),
        panels=tuple(u.panel for u in units if u.panel is not None),
        closing=join([u for u in units if u.where == "closing"]),
    )


def sentences(text: str) -> list[str]:
    """``text`` cut after each sentence, and after a colon or semicolon.

    A full stop followed by a small letter ends no sentence ("bijv. wie").
    """
    text = text.strip()
    pieces: list[str] = []
    start = 0
    for gap in _SENTENCE_END.finditer(text):
        after = text[gap.end() : gap.end() + 1]
        if text[gap.start() - 1] in ".!?…" and after.islower():
            continue
        pieces.append(text[start : gap.start()])
        start = gap.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece]


def _splittable(unit: Unit) -> bool:
    return not unit.heading and not unit.text.lstrip().startswith("|")  # a table stays whole


def _marker(unit: Unit) -> tuple[str, str]:
    """A text unit as its list marker ("- ", "3. ", or none) and its text."""
    if unit.list_item:
        found = _LIST_ITEM.match(unit.text)
        assert found is not None
        return unit.text[: found.end()], unit.text[found.end() :]
    return "", unit.text


def _largest(count: int, fits: Callable[[int], bool]) -> int:
    """The largest k in 1..count-1 with fits(k) (fits turns false as k grows); 0 if none."""
    low, high, best = 1, count - 1, 0
    while low <= high:
        middle = (low + high) // 2
        if fits(middle):
            best, low = middle, middle + 1
        else:
            high = middle - 1
    return best


class _Packer:
    """Packs the units of one slide onto pages (see :func:`paginate`).

    ``first`` is the number of the first page it packs (the subtitle is on
    page 0 only); its first ``narrow`` pages get only ``narrow_room`` (less
    than a page, when pages are balanced).
    """

    def __init__(
        self,
        slide: Slide,
        height: Measure,
        room: float,
        continued: str,
        *,
        first: int = 0,
        narrow: int = 0,
        narrow_room: float = 0.0,
    ) -> None:
        self.slide = slide
        self.height = height
        self.room = room
        self.continued = continued
        self.first = first
        self.narrow = narrow
        self.narrow_room = narrow_room
        self.pages: list[list[Unit]] = []

    def _measure(self, units: list[Unit]) -> float:
        return self.height(page_slide(self.slide, units, self.first + len(self.pages) == 0))

    def fits(self, units: list[Unit]) -> bool:
        """Whether a page of ``units`` fits the room of the page being packed."""
        room = self.narrow_room if len(self.pages) < self.narrow else self.room
        return self._measure(units) <= room

    def filled(self, units: list[Unit]) -> bool:
        """Whether a page of ``units`` leaves less than a third of the room empty."""
        return self._measure(units) >= self.room * LEAST_FILLED

    def fill(self, current: list[Unit], unit: Unit) -> tuple[Unit, Unit] | None:
        """The largest leading part of text ``unit`` that fits after ``current``, and the rest.

        Whole sentences only, but for a sentence longer than a page, which is
        cut between words. None when nothing fits.
        """
        if not _splittable(unit) or unit.panel is not None:
            return None
        marker, text = _marker(unit)
        for pieces in (sentences(text), [] if current else text.split()):
            if len(pieces) < 2:
                continue

            def head(k: int, pieces: list[str] = pieces) -> Unit:
                return Unit(unit.where, marker + " ".join(pieces[:k]), unit.list_item)

            count = _largest(len(pieces), lambda k: self.fits([*current, head(k)]))
            if count:
                # The rest of a list item goes on as a paragraph: no second bullet.
                return head(count), Unit(unit.where, " ".join(pieces[count:]))
        return None

    def split_panel(self, panel: Panel) -> list[Unit]:
        """A panel too big for a page of its own, cut into its paragraphs (else sentences)."""
        pieces = [u.text for u in text_units(panel.body, "body")] if panel.body else []
        if len(pieces) < 2:
            pieces = sentences(panel.body)
        if len(pieces) < 2:
            return []
        return [
            Unit(
                "panel",
                panel=Panel(self.continued.format(title=panel.title) if i else panel.title, piece),
            )
            for i, piece in enumerate(pieces)
        ]

    def pack(self, queue: list[Unit]) -> list[list[Unit]]:
        """The units of each page, in order."""
        current: list[Unit] = []
        while queue:
            unit = queue.pop(0)
            if self.fits([*current, unit]):
                current.append(unit)
                continue
            # Text fills the page; a panel (a card, a phase) moves to the next page whole.
            parts = self.fill(current, unit)
            if parts is not None:
                head, rest = parts
                self.pages.append([*current, head])
                current = []
                queue.insert(0, rest)
                continue
            if current:
                carried: list[Unit] = []
                while current and current[-1].heading:
                    carried.insert(0, current.pop())
                if current:
                    self.pages.append(current)
                current = carried
                queue.insert(0, unit)
                if carried and not self.fits([*carried, unit]) and self.fill(carried, unit) is None:
                    self.pages.append(carried)  # a heading with too big a piece: keep the order
                    current = []
                continue
            pieces = self.split_panel(unit.panel) if unit.panel is not None else []
            if pieces:
                queue[:0] = pieces
            else:
                self.pages.append([unit])  # unsplittable: alone on its page, shown at the floor
        if current:
            self.pages.append(current)
        return self.pages

    def balance(self, pages: list[list[Unit]]) -> list[list[Unit]]:
        """Pages too empty (a card or phase did not fit after the text) filled from the pages
        before, when all of them can then be filled at least :data:`LEAST_FILLED`."""
        pages = list(pages)
        for index in range(1, len(pages) - 1):
            for back in range(1, min(_BALANCE_PAGES, index + 1)):
                if self._filled_page(index, pages[index]):
                    break
                start = index - back
                run = [unit for page in pages[start : index + 1] for unit in page]
                better = self._balanced(start, back + 1, run)
                if better is not None:
                    pages[start : index + 1] = better
        return pages

    def _filled_page(self, index: int, units: list[Unit]) -> bool:
        page = page_slide(self.slide, units, index == 0)
        return self.height(page) >= self.room * LEAST_FILLED

    def _balanced(self, start: int, count: int, units: list[Unit]) -> list[list[Unit]] | None:
        """``units`` on ``count`` pages from page ``start``, all but the last given less room,
        as little as makes the emptiest page fullest; None when some page stays too empty."""
        best: list[list[Unit]] | None = None
        best_fill = self.room * LEAST_FILLED
        for step in range(_BALANCE_STEPS + 1):
            room = self.room * (1 - (1 - LEAST_FILLED) * step / _BALANCE_STEPS)
            packer = _Packer(
                self.slide,
                self.height,
                self.room,
                self.continued,
                first=start,
                narrow=count - 1,
                narrow_room=room,
            )
            got = packer.pack(list(units))
            if len(got) != count:
                continue
            least = min(
                self.height(page_slide(self.slide, page, start + i == 0))
                for i, page in enumerate(got)
            )
            if least >= best_fill:
                best, best_fill = got, least
        return best


def paginate(
    slide: Slide, height: Measure, room: float, *, continued: str = "{title} (continued)"
) -> list[Slide]:
    """``slide`` cut into pages that each fit ``room``, as measured by ``height``.

    ``continued`` titles the rest of a panel cut in two, in the session's
    language ("{title} (vervolg)").
    """
    if height(slide) <= room:
        return [slide]
    queue = units_of(slide)
    if not queue:
        return [slide]
    packer = _Packer(slide, height, room, continued)
    pages = packer.balance(packer.pack(queue))
    return [page_slide(slide, units, index == 0) for index, units in enumerate(pages)]
