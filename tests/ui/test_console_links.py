"""Links in the console's panes are drawn in the pane's text colour, underlined.

Qt draws a link (a bare URL too) in the palette's link blue, unreadable on a
dark desktop theme; the projector and its miniature are tested in
test_trainer_text and test_themes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]

LINKS = "See https://example.org/guide for more, or [the guide](https://example.org/other)."


def anchors(doc: QTextDocument) -> list[tuple[str, bool]]:
    """Every link's colour and underline."""
    found = []
    block = doc.begin()
    while block.isValid():
        piece = block.begin()
        while not piece.atEnd():
            fragment = piece.fragment()
            char_format = fragment.charFormat()
            if fragment.isValid() and char_format.isAnchor():
                found.append((char_format.foreground().color().name(), char_format.fontUnderline()))
            piece += 1
        block = block.next()
    return found


def dark(view: QTextEdit) -> str:
    """Give ``view`` a dark palette (the link colour left blue); its text colour."""
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))
    view.setPalette(palette)
    return "#f0f0f0"


def bluish(view: QTextEdit) -> int:
    """How many pixels of ``view`` are clearly blue."""
    image = view.viewport().grab().toImage()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            count += colour.blue() > 120 and colour.blue() > colour.red() + 80
    return count


def test_the_step_view_draws_links_in_its_text_colour(
    tmp_path: Path, console_factory: Callable[..., Console], qtbot: QtBot
) -> None:
    path = tmp_path / "links.yaml"
    path.write_text(
        "format: 1\ntitle: Links\nduration: 10\nsteps:\n"
        f'  - id: a\n    title: A\n    minutes: 10\n    instructions: "{LINKS}"\n',
        encoding="utf-8",
    )
    console = console_factory(load_agenda(path))
    window = console.window
    view = window.instructions
    text = dark(view)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view.show_step(console.controller.agenda, 0)
    assert anchors(view.document()) == [(text, True), (text, True)]
    assert bluish(view) == 0


def test_the_reference_pane_draws_links_in_its_text_colour(console: Console, qtbot: QtBot) -> None:
    reference = console.window.reference
    text = dark(reference.text)
    found = []
    for item in reference._entries():
        reference.tree.setCurrentItem(item)
        found += anchors(reference.text.document())
    assert found  # the bundled session's sources have addresses
    assert set(found) == {(text, True)}
