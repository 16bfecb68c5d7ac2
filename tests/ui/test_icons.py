"""The app's icons are qtawesome's, pixel for pixel, without importing qtawesome at start."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import qtawesome as qta
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from facilitator.ui import icons
from facilitator.ui.actions import COMMANDS

UI = Path(icons.__file__).resolve().parent
NAME = re.compile(r"[\"'](fa5s\.[a-z0-9-]+)[\"']")
MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)


def names_in_the_ui() -> list[str]:
    """Every icon name written anywhere in facilitator/ui (commands, phases, rows ...)."""
    found = {match for path in UI.rglob("*.py") for match in NAME.findall(path.read_text())}
    return sorted(found)


def test_the_walk_finds_the_commands_and_the_row_icons() -> None:
    names = names_in_the_ui()
    assert {command.icon for command in COMMANDS} <= set(names)
    assert {"fa5s.check", "fa5s.angle-right", "fa5s.hourglass-end"} <= set(names)


@pytest.mark.parametrize("name", names_in_the_ui())
def test_each_icon_is_qtawesomes_pixel_for_pixel(qtbot: QtBot, name: str) -> None:
    for color in (None, "#1565c0"):
        ours = icons.icon(name, color)
        theirs = qta.icon(name, color=color) if color else qta.icon(name)
        for size in (16, 24, 36):
            for mode in MODES:
                mine = ours.pixmap(QSize(size, size), mode).toImage()
                expected = theirs.pixmap(QSize(size, size), mode).toImage()
                assert mine == expected, (name, color, size, mode)


def test_a_disabled_icon_is_drawn_in_the_disabled_colour(qtbot: QtBot) -> None:
    icon = icons.icon("fa5s.play", "#1565c0")
    normal = icon.pixmap(QSize(32, 32)).toImage()
    disabled = icon.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    assert normal != disabled
    centre = normal.pixelColor(16, 16)
    assert centre.name() == "#1565c0"


def test_icons_are_made_once_per_name_and_colour(qtbot: QtBot) -> None:
    assert icons.icon("fa5s.lock") is icons.icon("fa5s.lock")
    assert icons.icon("fa5s.lock", "#5a6270") is not icons.icon("fa5s.lock")


def test_an_unknown_name_or_another_set_is_an_error(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match=r"no icon named 'fa5s\.no-such-icon'"):
        icons.icon("fa5s.no-such-icon")
    with pytest.raises(ValueError, match=r"only fa5s\. icons"):
        icons.icon("mdi.play")


def test_the_font_comes_from_qtawesomes_own_folder() -> None:
    assert icons.fonts_dir() == Path(qta.__file__).resolve().parent / "fonts"
