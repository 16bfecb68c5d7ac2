"""TextLabel lays its text out once per width asked, and again for a new text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
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


class Events(QObject):
    """How many events of a type a widget was sent (a layout asked for, a paint)."""

    def __init__(self, widget: QWidget, kind: QEvent.Type) -> None:
        super().__init__()
        self.count = 0
        self._kind = kind
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == self._kind:
            self.count += 1
        return False


def test_a_new_text_of_the_same_size_lays_nothing_out_again(qtbot: QtBot) -> None:
    """The countdown's status from "10 min planned" to "11": QLabel's own setText had the
    console lay out its panels again for the same sizes (issue 13)."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    label = TextLabel("Loopt · 10 min gepland", lines=2)
    layout.addWidget(label)
    layout.addWidget(QLabel("onder"))
    box.resize(300, 120)
    box.show()
    qtbot.waitExposed(box)
    QApplication.processEvents()
    requests = Events(box, QEvent.Type.LayoutRequest)
    before = label.grab().toImage()
    paints = Events(label, QEvent.Type.Paint)
    label.setText("Loopt · 11 min gepland")  # the digits are of one width
    QApplication.processEvents()
    assert requests.count == 0
    assert label.text() == label.accessibleName() == "Loopt · 11 min gepland"
    assert paints.count >= 1  # painted anew all the same
    assert label.grab().toImage() != before
    label.setText("Loopt · 11 min gepland · " + LONG)  # another size: laid out again
    QApplication.processEvents()
    assert requests.count >= 1
    assert label.height() > label.fontMetrics().lineSpacing() * 1.5  # two lines now
