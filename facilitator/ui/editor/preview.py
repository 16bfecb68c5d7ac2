"""The part being edited as the room will see it: the projector's own canvas, smaller.

The preview is a :class:`~facilitator.ui.projector.canvas.SlideCanvas`, the
widget the projector window fills, laid out at the projector's size (1920×1080
unless the app knows the real one) and painted scaled down: its line breaks,
text size and pages are exactly the room's. It shows the step's header and its
countdown at the step's full time, in the session's theme and timer style.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from facilitator.agenda.slides import Slide
from facilitator.engine.timer import Phase
from facilitator.i18n import translate
from facilitator.projection.look import TimerStyle
from facilitator.projection.themes import theme_named
from facilitator.ui.markup import plain_label
from facilitator.ui.projector.canvas import SlideCanvas


class PreviewPane(QWidget):
    """'On the projector': the slide of the part selected, page by page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor-preview")
        self.caption = plain_label(translate("Editor", "On the projector"))
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.canvas = SlideCanvas(miniature=True)
        self.canvas.setObjectName("editor-canvas")
        self.canvas.setMinimumSize(240, 135)
        self.canvas.set_reference_size(QSize(1920, 1080))
        self.note = plain_label()
        self.note.setObjectName("preview-note")
        self.note.setWordWrap(True)
        self.page_label = plain_label()
        self.previous_button = QPushButton(translate("Editor", "◀ Page"))
        self.next_button = QPushButton(translate("Editor", "Page ▶"))
        self.previous_button.setToolTip(
            translate("Editor", "The previous page of this item, as PageUp shows it")
        )
        self.next_button.setToolTip(
            translate("Editor", "The next page of this item, as PageDown shows it")
        )
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(+1))
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.canvas)
        layout.addLayout(pages)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._slide: Slide | None = None
        self._header = ""
        self._page = 0
        self.show_nothing(
            translate(
                "Editor", "Choose a step, an item, a card or a section to see it as the room will."
            )
        )

    def set_reference_size(self, size: QSize) -> None:
        """The projector's real size, when the app knows it."""
        self.canvas.set_reference_size(size)
        self._show()

    def set_look(self, theme: str | None, timer: str | None) -> None:
        """The session's theme and timer style (its ``projector:`` options)."""
        self.canvas.set_theme(theme_named(theme))
        try:
            self.canvas.set_timer_style(TimerStyle(timer or TimerStyle.DIGITS))
        except ValueError:
            self.canvas.set_timer_style(TimerStyle.DIGITS)

    def show_slide(
        self, slide: Slide, header: str, *, minutes: float | None = None, note: str = ""
    ) -> None:
        """Show ``slide`` under ``header``, with the countdown at ``minutes`` (None: no timer)."""
        if slide != self._slide or header != self._header:
            self._page = 0
        self._slide, self._header = slide, header
        self.canvas.set_show_timer(minutes is not None)
        seconds = round((minutes or 0) * 60)
        self.canvas.set_timer(seconds if minutes is not None else None, Phase.IDLE, seconds)
        self.note.setText(note)
        self.canvas.show()
        self._show()

    def show_nothing(self, why: str) -> None:
        """No slide: say why (the item is not complete, nothing is chosen)."""
        self._slide = None
        self.canvas.set_slide(None)
        self.canvas.hide()
        self.note.setText(why)
        self.page_label.setText("")
        self.previous_button.hide()
        self.next_button.hide()

    def turn(self, by: int) -> None:
        """Show the next (``+1``) or previous (``-1``) page."""
        if self._slide is None:
            return
        count = self.canvas.page_count(self._slide)
        self._page = max(0, min(count - 1, self._page + by))
        self._show()

    @property
    def page(self) -> int:
        """The page shown (0-based)."""
        return self._page

    @property
    def slide(self) -> Slide | None:
        """The slide shown, if any."""
        return self._slide

    def _show(self) -> None:
        if self._slide is None:
            return
        count = self.canvas.page_count(self._slide)
        self._page = min(self._page, max(0, count - 1))
        self.canvas.set_slide(self._slide, self._header, self._page)
        several = count > 1
        self.previous_button.setVisible(several)
        self.next_button.setVisible(several)
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page + 1 < count)
        self.page_label.setText(
            translate("Editor", "Page {page} of {pages}").format(page=self._page + 1, pages=count)
            if several
            else ""
        )
