"""Small dialogs of the presenter console: set the remaining time, and preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.engine.clock import SECOND
from facilitator.engine.timer import ThresholdFractions
from facilitator.ui.markup import plain_label


class SetRemainingDialog(QDialog):
    """Minutes and seconds left of the current step."""

    def __init__(self, remaining: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set the remaining time")
        total = max(0, remaining // SECOND)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(total // 60)
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(" s")
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
        layout.addWidget(plain_label("Time left of this step:"))
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.minutes.setFocus()
        self.minutes.selectAll()

    def remaining(self) -> int:
        """The chosen time left, in ns."""
        return (self.minutes.value() * 60 + self.seconds.value()) * SECOND


class PreferencesDialog(QDialog):
    """Default warning / danger thresholds (percent of a step) and the chimes."""

    def __init__(
        self,
        fractions: ThresholdFractions,
        volume: int,
        muted: bool,
        sound_problem: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.warning = QDoubleSpinBox()
        self.danger = QDoubleSpinBox()
        for box, value in ((self.warning, fractions.warning), (self.danger, fractions.danger)):
            box.setRange(0, 90)
            box.setDecimals(0)
            box.setSuffix(" % of the step left")
            box.setValue(round(value * 100))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(volume)
        self.muted = QCheckBox("Mute the chimes")
        self.muted.setChecked(muted)
        form = QFormLayout()
        form.addRow("Warning at", self.warning)
        form.addRow("Danger at", self.danger)
        hint = plain_label(
            "Used where the agenda sets no thresholds. 20 % / 10 % means a 10-minute step "
            "warns at 2:00 and a 25-minute step at 5:00."
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow("Chime volume", self.volume)
        form.addRow("", self.muted)
        if sound_problem:
            form.addRow(plain_label(sound_problem.capitalize()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def fractions(self) -> ThresholdFractions:
        """The chosen thresholds; danger never above warning."""
        warning = self.warning.value() / 100
        return ThresholdFractions(warning, min(warning, self.danger.value() / 100))
