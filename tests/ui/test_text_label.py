"""TextLabel lays its text out once per width asked, and again for a new text."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from facilitator.ui import text_label
from facilitator.ui.text_label import TextLabel

LONG = "Bespreek in groepjes van drie hoe je de kaarten aan je eigen context aanpast. " * 3


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The widths the label laid its text out at, in order."""
    made: list[int] = []
    real = text_label._Lines

    def counted(text: str, font: object, width: float, limit: int) -> object:
        made.append(round(width))
        return real(text, font, width, limit)  # type: ignore[arg-type]

    monkeypatch.setattr(text_label, "_Lines", counted)
    return made


def test_a_layout_asking_two_widths_in_turn_lays_the_text_out_once_each(
    qtbot: QtBot, layouts: list[int]
) -> None:
    label = TextLabel(LONG, lines=0)
    qtbot.addWidget(label)
    layouts.clear()  # (made with the label: its elision at its own width)
    heights = [label.heightForWidth(width) for width in (200, 400, 200, 400, 200)]
    assert heights[0] > heights[1]  # narrower: more lines
    assert heights[::2] == [heights[0]] * 3 and heights[1::2] == [heights[1]] * 2
    assert len(layouts) == 2  # once at each width (it was each time one was asked)


def test_a_new_text_is_laid_out_anew(qtbot: QtBot, layouts: list[int]) -> None:
    label = TextLabel("Kort", lines=0)
    qtbot.addWidget(label)
    short = label.heightForWidth(200)
    label.setText(LONG)
    assert label.heightForWidth(200) > short
    label.clear()  # Qt's own slot, past setText
    assert label.heightForWidth(200) == 0
    assert label.sizeHint().width() == text_label.MIN_WIDTH
