"""The REHEARSAL marks: a badge in the presenter's menu bar, its window title, and a
label in a corner of the projector, so that nobody mistakes a rehearsal for the real
session (nor the other way round).

The marks sit on top of the windows from outside (a menu-bar corner widget,
an overlay label kept in place by an event filter), so the windows need no
knowledge of rehearsals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from facilitator.i18n import translate
from facilitator.room.words import words_for
from facilitator.ui.markup import plain_label


def prefix() -> str:
    """What goes in front of the window titles during a rehearsal: "REHEARSAL – "."""
    return translate("Rehearsal", "REHEARSAL") + " – "


STYLE = (
    "QLabel { background: #ef6c00; color: white; font-weight: bold; "
    "padding: 3px 10px; border-radius: 3px; letter-spacing: 1px; }"
)


class RehearsalMarks(QObject):
    """Shows or hides the REHEARSAL marks on the presenter and projector windows."""

    def __init__(self, presenter: QMainWindow, projector: QWidget) -> None:
        super().__init__(presenter)
        self._presenter = presenter
        self._projector = projector
        self._active = False
        self.badge = plain_label(translate("Rehearsal", "REHEARSAL"))
        self.badge.setObjectName("rehearsal-badge")
        self.badge.setStyleSheet(STYLE)
        self.badge.setToolTip(
            translate("Rehearsal", "This run is recorded as a rehearsal, not as a live session")
        )
        presenter.menuBar().setCornerWidget(self.badge, Qt.Corner.TopRightCorner)
        # The room reads this one: in the session's language (set_language), not the console's.
        self.overlay = plain_label(words_for("en").rehearsal, projector)
        self.overlay.setObjectName("rehearsal-overlay")
        self.overlay.setStyleSheet(STYLE)
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        projector.installEventFilter(self)
        self.badge.hide()
        self.overlay.hide()

    @property
    def active(self) -> bool:
        """Whether the windows are marked as a rehearsal."""
        return self._active

    def set_active(self, active: bool) -> None:
        """Mark the windows as a rehearsal (True) or not."""
        self._active = active
        self.badge.setVisible(active)
        self.overlay.setVisible(active)
        self._presenter.menuBar().adjustSize()
        self._place_overlay()
        self.retitle()

    def retitle(self) -> None:
        """Put the mark in front of the window titles (after the presenter set its own)."""
        mark = prefix()
        for window in (self._presenter, self._projector):
            title = window.windowTitle().removeprefix(mark)
            window.setWindowTitle(mark + title if self._active else title)

    def set_language(self, language: str) -> None:
        """The session's language, which the projector's mark speaks."""
        self.overlay.setText(words_for(language).rehearsal)
        self._place_overlay()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the projector's label in its corner when the window resizes."""
        if watched is self._projector and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place_overlay()
        return False

    def _place_overlay(self) -> None:
        label = self.overlay
        font = label.font()
        # About 1/40 of the projector's height: readable at the back, small beside the slide.
        font.setPixelSize(max(12, self._projector.height() // 40))
        label.setFont(font)
        label.adjustSize()
        margin = max(6, self._projector.height() // 90)
        # Bottom left: the header runs along the top and the countdown sits in the middle.
        label.move(margin, self._projector.height() - label.height() - margin)
        label.raise_()
