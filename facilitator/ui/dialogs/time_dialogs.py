"""A small dialog of the presenter console: set the remaining time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.engine.clock import SECOND
from facilitator.i18n import translate
from facilitator.ui.markup import plain_label


class SetRemainingDialog(QDialog):
    """Minutes and seconds left of the current step."""

    def __init__(self, remaining: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Console", "Set the remaining time"))
        total = max(0, remaining // SECOND)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(translate("Console", " min"))
        self.minutes.setValue(total // 60)
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(translate("Console", " s"))
        self.seconds.setValue(total % 60)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addWidget(self.seconds)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("Console", "Time left of this step:")))
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.minutes.setFocus()
        self.minutes.selectAll()

    def remaining(self) -> int:
        """The chosen time left, in ns."""
        return (self.minutes.value() * 60 + self.seconds.value()) * SECOND
