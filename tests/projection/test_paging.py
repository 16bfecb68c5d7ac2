"""The room's rules for cutting a slide into pages, with a measure of plain arithmetic.

The measure counts lines: a line holds 40 characters of body text (a heading
is a line and a half, the title two lines); panels stand two to a row and a
row is as tall as its tallest panel. The projector measures with Qt instead
(tests/ui/test_fit.py checks the same rules on every bundled item).
"""

from __future__ import annotations

import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.agenda.slides import Panel, Slide
from facilitator.projection.paging import LEAST_FILLED, paginate, sentences, text_units

LINE = 40  # characters of body text on a line
PANEL_LINE = 18  # characters on a line of a panel (two panels to a row)
ROOM = 20.0  # lines on a page


def _text_height(markdown: str) -> float:
    height = 0.0
    for unit in text_units(markdown, "body"):
        height += 1.5 if unit.heading else math.ceil(len(unit.text) / LINE)
    return height


def measure(slide: Slide) -> float:
    """How many lines ``slide`` takes."""
    height = 2.0 if slide.title else 0.0
    height += 1.0 if slide.subtitle else 0.0
    height += _text_height(slide.body)
    panels = slide.panels
    for start in range(0, len(panels), 2):
        row = panels[start : start + 2]
        height += max(1 + math.ceil(len(p.body) / PANEL_LINE) for p in row) + 0.5
    height += _text_height(slide.closing)
    return height


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _sentence(index: int, length: int) -> str:
    return f"Zin {index} " + " ".join(["woord"] * length) + "."


@st.composite
def prose(draw: st.DrawFn) -> str:
    """Markdown of paragraphs, headings and lists, as a reference section has.

    A heading is always followed by text: a run of empty headings (six in a row)
    cannot both stay off a page's foot and leave the page filled, and the heading
    rule wins there; no section of the material has one."""
    parts: list[str] = []
    counter = 0
    kind = ""
    for _ in range(draw(st.integers(1, 14))):
        kinds = ["paragraph", "paragraph", "list"] + ([] if kind == "heading" else ["heading"])
        kind = draw(st.sampled_from(kinds))
        if kind == "heading":
            parts.append(f"## Kop {counter}")
        elif kind == "list":
            items = draw(st.lists(st.integers(2, 14), min_size=1, max_size=4))
            parts.append("\n".join(f"- {_sentence(counter + i, n)}" for i, n in enumerate(items)))
        else:
            lengths = draw(st.lists(st.integers(2, 16), min_size=1, max_size=6))
            parts.append(" ".join(_sentence(counter + i, n) for i, n in enumerate(lengths)))
        counter += 10
    return "\n\n".join(parts)


@settings(max_examples=150, deadline=None)
@given(prose(), prose())
def test_every_page_but_the_last_is_filled_and_nothing_is_lost(body: str, closing: str) -> None:
    slide = Slide(
        "section", title="Casestudy", subtitle="Een ondertitel", body=body, closing=closing
    )
    pages = paginate(slide, measure, ROOM)
    assert all(measure(page) <= ROOM for page in pages)
    for page in pages[:-1]:
        assert measure(page) >= ROOM * LEAST_FILLED, page
    assert [w for p in pages for w in _words(p.body)] == _words(body)
    assert [w for p in pages for w in _words(p.closing)] == _words(closing)
    assert all(page.title == "Casestudy" for page in pages)
    assert [bool(page.subtitle) for page in pages] == [True] + [False] * (len(pages) - 1)


@settings(max_examples=150, deadline=None)
@given(prose())
def test_a_heading_never_ends_a_page_and_sentences_stay_whole(body: str) -> None:
    slide = Slide("text", title="Tekst", body=body)
    pages = paginate(slide, measure, ROOM)
    texts = [u.text.lstrip("- ") for u in text_units(body, "body") if not u.heading]
    every = {s for text in texts for s in sentences(text)}
    for index, page in enumerate(pages):
        units = text_units(page.body, "body")
        if index < len(pages) - 1:
            assert not units[-1].heading
        for unit in units:
            if not unit.heading:
                # No sentence here is longer than a page, so none is cut.
                assert all(s in every for s in sentences(unit.text.lstrip("- "))), unit.text


def test_a_paragraph_that_does_not_fit_fills_the_page_with_its_first_sentences() -> None:
    first = " ".join(_sentence(i, 5) for i in range(12))  # 11 lines
    second = " ".join(_sentence(100 + i, 5) for i in range(12))
    pages = paginate(Slide("text", title="T", body=f"{first}\n\n{second}"), measure, ROOM)
    assert len(pages) == 2
    assert _sentence(100, 5) in pages[0].body  # the second paragraph begins on page 1
    assert measure(pages[0]) >= ROOM - 2  # less than a sentence is left empty


def test_a_sentence_longer_than_a_page_is_cut_between_words() -> None:
    body = "Zin " + " ".join(["woord"] * 400) + "."
    pages = paginate(Slide("text", body=body), measure, ROOM)
    assert len(pages) > 1
    assert [w for p in pages for w in _words(p.body)] == _words(body)


def test_a_table_is_never_cut() -> None:
    table = "| a | b |\n| - | - |\n" + "\n".join(f"| {i} | {'x' * 30} |" for i in range(40))
    pages = paginate(Slide("text", body=f"Inleiding.\n\n{table}"), measure, ROOM)
    assert [p.body for p in pages] == ["Inleiding.", table]


def test_panels_move_whole_and_the_text_before_them_is_shared_out() -> None:
    # A page and a half of text, then cards that do not fit under its second half:
    # the text is shared between its two pages, so neither is left a third empty.
    body = " ".join(_sentence(i, 12) for i in range(13))  # 26 lines
    panels = tuple(Panel(f"Kaart {c}", "Een kaart met een scenario. " * 6) for c in "ABCD")
    slide = Slide("cards", title="Scenario's", body=body, panels=panels)
    pages = paginate(slide, measure, ROOM)
    assert tuple(p for page in pages for p in page.panels) == panels  # whole, in order
    for page in pages[:-1]:
        assert measure(page) >= ROOM * LEAST_FILLED
    assert [bool(p.body) for p in pages] == [True, True, False, False]
    assert [len(p.panels) for p in pages] == [0, 0, 2, 2]


def test_a_panel_too_big_for_a_page_is_cut_into_its_paragraphs_titled_as_continued() -> None:
    long = "\n\n".join("Een alinea van deze fase die lang is. " * 3 for _ in range(6))
    slide = Slide("section", title="Sjabloon", panels=(Panel("Doel", long),))
    pages = paginate(slide, measure, ROOM, continued="{title} (vervolg)")
    titles = [p.title for page in pages for p in page.panels]
    assert titles[0] == "Doel" and len(titles) > 1
    assert set(titles[1:]) == {"Doel (vervolg)"}


def test_a_full_stop_before_a_small_letter_ends_no_sentence() -> None:
    assert sentences("Een plan (bijv. wie volgt op?). Daarna: de rest.") == [
        "Een plan (bijv. wie volgt op?).",
        "Daarna:",
        "de rest.",
    ]


def test_what_fits_stays_one_page() -> None:
    slide = Slide("question", body="Wat hoop je vandaag te leren?")
    assert paginate(slide, measure, ROOM) == [slide]
