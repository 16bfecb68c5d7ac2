"""A band for news the trainer must see: the agenda was reloaded, or the saved file is broken."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from facilitator.i18n import translate
from facilitator.ui.markup import autotext
from facilitator.ui.text_label import TextLabel

STYLES = {
    "info": "#notice { background: #e3f2fd; border: 1px solid #1565c0; }"
    " QLabel { color: #0d2b4d; }",
    "error": "#notice { background: #fdecea; border: 1px solid #c62828; }"
    " QLabel { color: #5f1111; }",
    # News that changes the session (a reload moved it on, the file is gone): it stays.
    "warning": "#notice { background: #fff4d6; border: 1px solid #b36b00; }"
    " QLabel { color: #3d2a00; }",
}
INFO_MS = 20_000


class NoticeBar(QFrame):
    """One message with a close button; information fades after a while, errors stay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = TextLabel(lines=4, tip=False)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(translate("Console", "Hide this message"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.kind = ""
        self.hide()

    def show_notice(self, text: str, kind: str = "info", details: str = "") -> None:
        """Show ``text``; ``details`` (the full error) go in the tooltip."""
        self.kind = kind
        self.setStyleSheet(STYLES[kind])
        self.label.setText(text)
        self.label.setToolTip(autotext(details))
        self.show()
        if kind == "info":
            self._timer.start(INFO_MS)
        else:
            self._timer.stop()

    def dismiss(self) -> None:
        """Hide the message, with no fade left pending (closed by hand or with the window)."""
        self._timer.stop()
        self.hide()
