"""Text fitting: the largest size that fits, never below the readable floor,
and pages instead of clipping. Bounds are checked on the fitted layouts."""

from __future__ import annotations

import re
from functools import cache

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtWidgets import QApplication

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.agenda.model import SectionItem
from facilitator.agenda.slides import Panel, Slide, slide_for, step_slides
from facilitator.paths import bundled_agendas
from facilitator.projection.look import TIMER_STYLES
from facilitator.projection.themes import DARK, THEMES, Theme
from facilitator.ui.projector import layout as layout_module
from facilitator.ui.projector import pages as pages_module
from facilitator.ui.projector.blocks import Block
from facilitator.ui.projector.canvas import SlideCanvas
from facilitator.ui.projector.layout import _layout_at, fit_pages, floor_px, paginate

SIZES = [QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)]


@cache
def _agendas() -> tuple[Agenda, ...]:
    return tuple(load_agenda(path) for path in bundled_agendas())


def _bundled_slides() -> list[Slide]:
    slides: list[Slide] = []
    for agenda in _agendas():
        for step in agenda.steps:
            slides.extend(s for s in step_slides(agenda, step) if s not in slides)
    return slides


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("style", TIMER_STYLES)
def test_no_bundled_item_is_clipped_or_below_the_floor(
    qapp: QApplication, size: QSize, style: str
) -> None:
    canvas = SlideCanvas()
    canvas.resize(size)
    canvas.set_timer_style(style)
    rect = canvas.content_rect()
    floor = floor_px(size.height())
    assert floor >= size.height() / 30
    # Slides made for a room: body text at least 1/25 of the height, no text below 1/30.
    assert floor >= size.height() / 25
    for slide in _bundled_slides():
        pages = canvas.pages_of(slide)
        cut = len(pages) - len(slide.singles)  # the pages the slide was cut into
        for layout in pages:
            where = f"{slide.label} page {layout.page_index + 1}/{len(pages)}"
            assert layout.fits, where
            assert layout.base_px >= floor, where
            assert not layout.clipped(rect), where
            assert rect.contains(layout.bounds()), where
            assert layout.overflow() <= 0.5, where
            smallest = min(
                (b.doc.defaultFont().pixelSize() for b in layout.blocks if not b.doc.isEmpty()),
                default=size.height(),
            )
            assert smallest >= size.height() / 30, where
            if layout.page_index < cut - 1:
                # No page leaves a third of the screen's room empty while text remains.
                assert layout.content_height >= rect.height() * 2 / 3, where


def test_long_sections_are_paged_and_nothing_is_lost(qapp: QApplication) -> None:
    canvas = SlideCanvas()
    canvas.resize(1920, 1080)
    paged = [s for s in _bundled_slides() if len(canvas.pages_of(s)) > 1]
    labels = {s.label for s in paged}
    assert any("Komm, mach MINT" in label for label in labels)
    assert "Oproep tot actie" in labels
    for slide in paged:
        # A list of questions is followed by one page per question; the rest
        # of the pages come from cutting the slide.
        layouts = canvas.pages_of(slide)
        layouts = layouts[: len(layouts) - len(slide.singles)]
        pages = [layout.page for layout in layouts]
        assert all(page is not None and page.title == slide.title for page in pages)
        body = [w for p in pages if p for w in _words(p.body)]
        closing = [w for p in pages if p for w in _words(p.closing)]
        assert body == _words(slide.body)
        assert closing == _words(slide.closing)
        panels = tuple(panel for p in pages if p for panel in p.panels)
        assert panels == slide.panels
        # One text size for every page of an item: nothing jumps while paging.
        assert len({layout.base_px for layout in layouts}) == 1


def test_a_list_of_questions_can_also_be_shown_one_at_a_time(qapp: QApplication) -> None:
    canvas = SlideCanvas()
    canvas.resize(1920, 1080)
    lists = [s for s in _bundled_slides() if s.kind == "questions" and len(s.singles) > 1]
    assert lists, "the bundled sessions have lists of questions"
    for slide in lists:
        layouts = canvas.pages_of(slide)
        singles = layouts[len(layouts) - len(slide.singles) :]
        shown = [layout.page.body if layout.page else "" for layout in singles]
        assert shown == list(slide.singles)
        # Alone on its page a question is at least as large as in the list (and
        # a lone question's text is drawn larger than the base size).
        assert all(layout.base_px >= layouts[0].base_px for layout in singles)


def test_trainer_only_parts_are_never_projected_unless_asked(qapp: QApplication) -> None:
    canvas = SlideCanvas()
    canvas.resize(1920, 1080)
    marked = 0
    for agenda in _agendas():
        for section in agenda.sections:
            for heading in section.trainer_only:
                marked += 1
                for step in agenda.steps:
                    for slide in step_slides(agenda, step):
                        shown = [
                            f"{layout.page.body}\n{layout.page.closing}"
                            for layout in canvas.pages_of(slide)
                            if layout.page is not None
                        ]
                        assert not any(heading in text for text in shown), (heading, slide.label)
                asked = slide_for(agenda, SectionItem(section=section.id), trainer_parts=True)
                assert heading in asked.body + asked.closing
    assert marked >= 6  # the call to action's three, in Dutch and in English


def test_a_section_with_panels_keeps_its_body(qapp: QApplication) -> None:
    for agenda in _agendas():
        for step in agenda.steps:
            for slide in step_slides(agenda, step):
                if slide.kind != "section":
                    continue
                section = next(s for s in agenda.sections if s.title == slide.title)
                # All of the room's text: only the trainer-only parts stay off.
                assert slide.body == section.room_body.strip()
                assert slide.closing == section.room_closing.strip()


def test_short_text_gets_the_largest_size_that_fits(qapp: QApplication) -> None:
    rect = QRectF(0, 0, 1800, 700)
    slide = Slide("question", body="Wat hoop je vandaag te leren?")
    (layout,) = fit_pages(slide, rect, DARK, 1080)
    assert layout.base_px > floor_px(1080) * 1.5
    # One pixel more would not fit (or the size is at its cap, 1/9 of the height).
    _blocks, taller = _layout_at(slide, rect, layout.base_px + 1, DARK)
    assert taller > rect.height() or layout.base_px >= round(1080 / 9)


def test_too_much_text_is_split_into_pages_at_the_floor_never_smaller(
    qapp: QApplication,
) -> None:
    rect = QRectF(0, 0, 1700, 700)
    body = "\n\n".join(f"Alinea {i}: " + "woord " * 30 for i in range(30))
    slide = Slide("text", title="Lang", body=body)
    layouts = fit_pages(slide, rect, DARK, 1080)
    assert len(layouts) > 3
    for layout in layouts:
        assert layout.fits and layout.base_px >= floor_px(1080)
        assert not layout.clipped(rect)
    joined = [w for layout in layouts if layout.page for w in _words(layout.page.body)]
    assert joined == _words(body)


def test_one_huge_paragraph_is_split_into_sentences(qapp: QApplication) -> None:
    rect = QRectF(0, 0, 1700, 600)
    body = " ".join(f"Zin nummer {i} gaat over gelijkheid op het werk." for i in range(80))
    pages = paginate(Slide("text", body=body), rect, DARK, 1080)
    assert len(pages) > 1
    assert [w for p in pages for w in _words(p.body)] == _words(body)


def test_a_long_list_splits_between_items(qapp: QApplication) -> None:
    rect = QRectF(0, 0, 1700, 600)
    body = "\n".join(f"- punt {i} van de lijst" for i in range(40))
    pages = paginate(Slide("questions", title="Vragen", body=body), rect, DARK, 1080)
    assert len(pages) > 1
    for page in pages:
        assert all(line.startswith("- ") for line in page.body.splitlines())


def test_panels_split_across_pages_keep_their_order(qapp: QApplication) -> None:
    rect = QRectF(0, 0, 1700, 600)
    panels = tuple(Panel(f"Fase {i}", "Een uitleg van deze fase. " * 6) for i in range(8))
    pages = paginate(Slide("section", title="Sjabloon", panels=panels), rect, DARK, 1080)
    assert len(pages) > 1
    assert tuple(p for page in pages for p in page.panels) == panels


def test_an_unsplittable_word_is_flagged_but_never_shrunk(qapp: QApplication) -> None:
    rect = QRectF(0, 0, 300, 200)
    layouts = fit_pages(Slide("text", body="Donaudampfschifffahrt" * 4), rect, DARK, 1080)
    assert all(layout.base_px == floor_px(1080) for layout in layouts)
    assert not all(layout.fits for layout in layouts)


@pytest.mark.parametrize("screen_height", [720, 1080, 2160])
def test_the_size_search_never_tries_below_the_floor(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, screen_height: int
) -> None:
    # Every size measured while fitting, for text that fits easily, text that
    # needs pages, and a word too big at the floor (where a search started
    # lower would settle on a size below it).
    tried: list[int] = []

    def measured(slide: Slide, rect: QRectF, px: int, theme: Theme) -> tuple[list[Block], float]:
        tried.append(px)
        return _layout_at(slide, rect, px, theme)

    monkeypatch.setattr(layout_module, "layout_at", measured)
    monkeypatch.setattr(pages_module, "layout_at", measured)
    scale = screen_height / 1080
    rect = QRectF(0, 0, 1700 * scale, 700 * scale)
    slides = [
        Slide("question", body="Wat hoop je vandaag te leren?"),
        Slide("text", title="Lang", body="\n\n".join("woord " * 40 for _ in range(12))),
        Slide("text", body="Donaudampfschifffahrtsgesellschaft" * 4),
    ]
    floor = floor_px(screen_height)
    for slide in slides:
        tried.clear()
        layouts = fit_pages(slide, rect, DARK, screen_height)
        assert tried and min(tried) >= floor, (slide.body[:20], min(tried), floor)
        assert all(layout.base_px >= floor for layout in layouts)


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_theme_fits_alike(qapp: QApplication, theme: str) -> None:
    canvas = SlideCanvas()
    canvas.resize(1280, 720)
    canvas.set_theme(THEMES[theme])
    for slide in _bundled_slides():
        for layout in canvas.pages_of(slide):
            assert layout.fits and not layout.clipped(canvas.content_rect())
