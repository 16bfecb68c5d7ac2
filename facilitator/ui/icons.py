"""The app's icons: Font Awesome 5 glyphs from qtawesome's own font, drawn as qtawesome draws them.

qtawesome is the icons' design (its fonts and names, such as ``fa5s.play``),
but importing it costs the first paint about 230 ms: it imports qtpy, which
loads QtOpenGL, QtOpenGLWidgets and QtDataVisualization, and it loads all
fourteen of its fonts on the first icon. This module reads the one font and
charmap the app uses straight from qtawesome's package folder (found without
importing it) and paints each glyph exactly as qtawesome's ``CharIconPainter``
does with its default options: the glyph at 7/8 of the icon's height, centred,
in the palette's text colour (its disabled colour when disabled).
``tests/ui/test_icons.py`` compares the pixels with qtawesome's own icons.

Only the solid set (``fa5s.``) is here: it is the only one the app uses.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

PREFIX = "fa5s"
FONT_GLOB = "fontawesome5-solid-webfont-*.ttf"
CHARMAP_GLOB = "fontawesome5-solid-webfont-charmap-*.json"
STYLE_NAME = "Solid"  # the regular and solid sets share one family name
GLYPH_SHARE = 0.875  # qtawesome: a 16 px icon holds a 14 px glyph (room for the bearing)


class IconError(RuntimeError):
    """The icon font cannot be found or read: qtawesome is missing or damaged."""


def fonts_dir() -> Path:
    """qtawesome's ``fonts`` folder, found without importing qtawesome."""
    spec = importlib.util.find_spec("qtawesome")
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        raise IconError("qtawesome is not installed: its icon font is missing")
    return Path(next(iter(locations))) / "fonts"


def _newest(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if not found:
        raise IconError(f"no {pattern} in {folder}")
    return found[-1]


@cache
def _font() -> tuple[str, dict[str, str]]:
    """The font's family, loaded into Qt once, and the glyph of each icon name."""
    folder = fonts_dir()
    font_id = QFontDatabase.addApplicationFont(str(_newest(folder, FONT_GLOB)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise IconError(f"the icon font in {folder} cannot be read")
    codes = json.loads(_newest(folder, CHARMAP_GLOB).read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


def glyph(name: str) -> str:
    """The character of icon ``name`` (``fa5s.play``) in the icon font."""
    prefix, _, short = name.partition(".")
    if prefix != PREFIX:
        raise ValueError(f"only {PREFIX}. icons are drawn here, not {name!r}")
    chars = _font()[1]
    if short not in chars:
        raise ValueError(f"no icon named {name!r}")
    return chars[short]


def _text_colour(group: QPalette.ColorGroup) -> QColor:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return QGuiApplication.palette().color(group, QPalette.ColorRole.Text)
    return QColor(50, 50, 50) if group is QPalette.ColorGroup.Active else QColor(150, 150, 150)


class GlyphEngine(QIconEngine):
    """Paints one glyph of the icon font at any size, and keeps the pixmaps it made."""

    def __init__(self, char: str, family: str, colour: QColor, disabled: QColor) -> None:
        super().__init__()
        self._char = char
        self._family = family
        self._colour = colour
        self._disabled = disabled
        self._pixmaps: dict[tuple[int, int, QIcon.Mode, QIcon.State], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the glyph centred in ``rect`` at 7/8 of its height, as qtawesome does."""
        painter.save()
        painter.setPen(self._disabled if mode is QIcon.Mode.Disabled else self._colour)
        font = QFont()
        font.setFamily(self._family)
        font.setPixelSize(round(GLYPH_SHARE * rect.height()))
        font.setStyleName(STYLE_NAME)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The glyph on a transparent pixmap of ``size`` (made once per size and mode)."""
        key = (size.width(), size.height(), mode, state)
        found = self._pixmaps.get(key)
        if found is None:
            found = QPixmap(size)
            found.fill(Qt.GlobalColor.transparent)
            painter = QPainter(found)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            self._pixmaps[key] = found
        return QPixmap(found)

    def clone(self) -> QIconEngine:
        """A copy for Qt, which clones an engine when an icon is changed."""
        return GlyphEngine(self._char, self._family, self._colour, self._disabled)


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``name`` (a qtawesome name, ``fa5s.play``), in ``color`` or the text colour.

    Made once per name and colour, as qtawesome caches its icons.
    """
    family = _font()[0]
    colour = QColor(color) if color is not None else _text_colour(QPalette.ColorGroup.Active)
    disabled = _text_colour(QPalette.ColorGroup.Disabled)
    return QIcon(GlyphEngine(glyph(name), family, colour, disabled))
