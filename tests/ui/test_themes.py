"""Themes: at least 7:1 contrast for every text colour, and phases not by colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from facilitator.agenda.slides import Slide
from facilitator.engine.timer import Phase
from facilitator.projection.look import THEME_NAMES
from facilitator.projection.themes import DARK, PHASE_WORDS, THEMES, contrast, theme_named
from facilitator.ui.projector.canvas import SlideCanvas


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_three_themes_dark_by_default() -> None:
    assert set(THEMES) == set(THEME_NAMES) == {"dark", "light", "high-contrast"}
    assert theme_named(None) is DARK and theme_named("nonsense") is DARK


@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_text_colour_has_at_least_7_to_1(name: str) -> None:
    theme = THEMES[name]
    for role, colour in theme.text_colours().items():
        for ground in (theme.background, theme.panel):
            ratio = contrast(colour, ground)
            assert ratio >= 7.0, f"{name} {role} {colour} on {ground}: {ratio:.2f}"


@pytest.mark.parametrize("name", THEME_NAMES)
def test_warning_danger_and_overtime_differ_from_normal_and_have_words(name: str) -> None:
    theme = THEMES[name]
    alerts = [Phase.WARNING, Phase.DANGER, Phase.OVERTIME]
    assert len({theme.phases[p] for p in alerts} | {theme.phases[Phase.NORMAL]}) == 4
    assert len({PHASE_WORDS[p] for p in alerts}) == 3


def _render(canvas: SlideCanvas) -> QImage:
    return canvas.grab().toImage()


def _has_colour(image: QImage, colour: str, rect: tuple[int, int, int, int]) -> bool:
    target = QColor(colour)
    x0, y0, w, h = rect
    for y in range(y0, y0 + h, 2):
        for x in range(x0, x0 + w, 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red()) < 12
                and abs(pixel.green() - target.green()) < 12
                and abs(pixel.blue() - target.blue()) < 12
            ):
                return True
    return False


@pytest.mark.parametrize("name", THEME_NAMES)
def test_the_canvas_paints_in_the_theme(qapp: QApplication, name: str) -> None:
    canvas = SlideCanvas()
    canvas.resize(640, 360)
    theme = THEMES[name]
    canvas.set_theme(theme)
    canvas.set_slide(Slide("question", body="Wat hoop je te leren?"), "Stap 1 van 2 · Welkom")
    canvas.set_timer(300, Phase.NORMAL, 600)
    image = _render(canvas)
    assert image.pixelColor(2, 2) == QColor(theme.background)
    assert _has_colour(image, theme.text, (0, 60, 640, 220))


@pytest.mark.parametrize("style", ["digits", "corner", "disc"])
@pytest.mark.parametrize("phase", [Phase.WARNING, Phase.DANGER, Phase.OVERTIME])
def test_alerts_are_said_in_words_in_every_timer_style(
    qapp: QApplication, style: str, phase: Phase, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    canvas = SlideCanvas()
    canvas.resize(960, 540)
    canvas.set_timer_style(style)
    canvas.set_slide(Slide("question", body="Vraag?"), "Stap 1")
    canvas.set_timer(30, phase, 600)
    from PySide6.QtGui import QPainter

    original = QPainter.drawText

    def spy(self: QPainter, *args: object) -> None:
        drawn.append(str(args[-1]))
        original(self, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QPainter, "drawText", spy)
    canvas.grab()
    assert any(PHASE_WORDS[phase] in text for text in drawn), drawn


@pytest.mark.parametrize("name", THEME_NAMES)
def test_links_are_drawn_in_the_text_colour_not_default_blue(qapp: QApplication, name: str) -> None:
    from PySide6.QtCore import QRectF

    from facilitator.ui.projector.layout import fit_pages

    theme = THEMES[name]
    slide = Slide("text", body="Bron: <https://www.komm-mach-mint.de/> en [meer](https://x.nl)")
    (layout,) = fit_pages(slide, QRectF(0, 0, 1700, 700), theme, 1080)
    anchors = []
    for block in layout.blocks:
        text_block = block.doc.begin()
        while text_block.isValid():
            piece = text_block.begin()
            while not piece.atEnd():
                fmt = piece.fragment().charFormat()
                if fmt.isAnchor():
                    anchors.append(fmt.foreground().color().name())
                piece += 1
            text_block = text_block.next()
    assert anchors and set(anchors) == {QColor(theme.text).name()}
