"""The presenter's countdown: large digits coloured by phase, with the phase in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.engine.timer import Phase, TimerState
from facilitator.ui.theme import PHASE_WORDS, PRESENTER_PHASES
from facilitator.ui.timefmt import countdown, minutes_text


class CountdownPanel(QWidget):
    """Step number and title, the countdown, its phase in words, and what comes next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        title_font = QFont()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.digits = QLabel("0:00")
        self.digits.setObjectName("countdown")
        digits_font = QFont()
        digits_font.setPointSizeF(digits_font.pointSizeF() * 5.5)
        digits_font.setBold(True)
        self.digits.setFont(digits_font)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status = QLabel()
        status_font = QFont()
        status_font.setPointSizeF(status_font.pointSizeF() * 1.2)
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.next = QLabel()
        self.next.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.position, self.title, self.digits, self.status, self.next):
            layout.addWidget(widget)

    def show_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the current step and its countdown."""
        self.position.setText(f"Step {snap.index + 1} of {snap.step_count}")
        self.title.setText(snap.step_title)
        self.digits.setText(countdown(snap.display_seconds))
        color = PRESENTER_PHASES[snap.phase]
        self.digits.setStyleSheet(f"color: {color};")
        self.status.setStyleSheet(f"color: {color};")
        self.status.setText(_status_words(snap))
        if snap.next_step_title:
            self.next.setText(f"Next: {snap.next_step_title}")
        else:
            self.next.setText("Last step of the session")


def _status_words(snap: SessionSnapshot) -> str:
    if snap.state is RunState.FINISHED:
        return "Session finished"
    if snap.state is RunState.NOT_STARTED:
        return f"Ready · {minutes_text(snap.planned)} planned · press Space to start"
    words = PHASE_WORDS[snap.phase]
    if snap.timer_state is TimerState.PAUSED:
        return f"PAUSED · {words}"
    if snap.phase is Phase.OVERTIME:
        return f"OVER TIME · {minutes_text(snap.planned)} planned"
    return f"{words.capitalize()} · {minutes_text(snap.planned)} planned"
