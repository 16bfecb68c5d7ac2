"""The presenter's countdown: large digits coloured by phase, and a phase badge.

Colour is never the only sign of the phase: a badge beside the digits shows
a shape (circle, triangle, diamond-like alert, hourglass) and the phase in
capitals, and the line under it says it in words.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.engine.timer import Phase, TimerState
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.projection.themes import PRESENTER_PHASES, phase_words
from facilitator.timefmt import countdown, minutes_text
from facilitator.ui import icons
from facilitator.ui.markup import plain_label
from facilitator.ui.presenter.digits import CountdownDigits
from facilitator.ui.presenter.progress_line import ProgressLine
from facilitator.ui.text_label import TextLabel

# A different shape per phase, so the badge reads without colour.
PHASE_SHAPES = {
    Phase.IDLE: "fa5s.circle-notch",
    Phase.NORMAL: "fa5s.circle",
    Phase.WARNING: "fa5s.exclamation-triangle",
    Phase.DANGER: "fa5s.exclamation-circle",
    Phase.OVERTIME: "fa5s.hourglass-end",
}
PHASE_BADGES = {
    Phase.IDLE: QT_TRANSLATE_NOOP("Console", "READY"),
    Phase.NORMAL: QT_TRANSLATE_NOOP("Console", "ON TIME"),
    Phase.WARNING: QT_TRANSLATE_NOOP("Console", "WARNING"),
    Phase.DANGER: QT_TRANSLATE_NOOP("Console", "DANGER"),
    Phase.OVERTIME: QT_TRANSLATE_NOOP("Console", "OVERTIME"),
}


def _font(scale: float, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


class CountdownPanel(QWidget):
    """Step number and title, the countdown with its phase badge, and what comes next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = plain_label()
        self.title = TextLabel(lines=3)  # a step's title: wrapped anywhere, never too wide
        self.title.setFont(_font(1.5))
        self.digits = CountdownDigits("0:00")  # a new second repaints the changed digits
        self.digits.setObjectName("countdown")
        self.digits.setFont(_font(5.0))
        self.digits.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.shape = plain_label()
        self.shape.setObjectName("phase-shape")
        self.badge = plain_label()
        self.badge.setObjectName("phase-badge")
        self.badge.setFont(_font(1.4))
        badge_box = QVBoxLayout()
        badge_box.addStretch(1)
        badge_box.addWidget(self.shape, 0, Qt.AlignmentFlag.AlignHCenter)
        badge_box.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        badge_box.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.digits, 1)
        row.addLayout(badge_box)
        self.progress = ProgressLine()
        self.progress.setRange(0, 1000)
        self.progress_repaints = 0  # repaints the bar was given (tests)
        self.status = TextLabel(lines=2)
        self.status.setFont(_font(1.15))
        self.next = TextLabel(lines=2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.next)
        # Once the session has finished: where the time went, one click away.
        self.report_button = QPushButton(translate_marked("Console", REPORT_BUTTON))
        self.report_button.setObjectName("show-report")
        self.report_button.hide()
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.phase: Phase | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Digits as large as the panel's width allows (and readable from a step back)."""
        super().resizeEvent(event)
        font = self.digits.font()
        font.setPixelSize(max(56, min(150, event.size().width() // 7)))
        self.digits.setFont(font)

    def _set_progress(self, value: int) -> None:
        """The bar's new value, repainted with the rest of the console when its filling
        moves by a pixel: a 10-minute step moves the bar's 1000 steps by 1.7 a second,
        a pixel every 3 or 4 seconds on a bar of 300, so the bar paints when its
        filling moves, not each second (issue 14: CPU while counting down)."""
        if self.progress.set_value(value):
            self.progress_repaints += 1

    def show_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the current step and its countdown."""
        self.position.setText(
            translate("Console", "Step {number} of {count}").format(
                number=snap.index + 1, count=snap.step_count
            )
        )
        self.title.setText(snap.step_title)
        self.digits.setText(countdown(snap.display_seconds))
        color = PRESENTER_PHASES[snap.phase]
        if snap.phase is not self.phase:
            self.phase = snap.phase
            self.digits.setStyleSheet(f"color: {color};")
            self.status.setStyleSheet(f"color: {color};")
            self.badge.setStyleSheet(f"color: {color};")
            icon = icons.icon(PHASE_SHAPES[snap.phase], color=color)
            self.shape.setPixmap(icon.pixmap(QSize(36, 36)))
            self.shape.setToolTip(phase_words(snap.phase))
        paused = snap.timer_state is TimerState.PAUSED
        if snap.state is RunState.FINISHED:
            self.badge.setText(translate("Console", "FINISHED"))
        elif paused:
            self.badge.setText(translate("Console", "PAUSED"))
        else:
            self.badge.setText(translate_marked("Console", PHASE_BADGES[snap.phase]))
        planned = max(1, snap.planned)
        spent = min(planned, max(0, planned - snap.remaining))
        self._set_progress(round(1000 * spent / planned))
        self.status.setText(status_words(snap))
        finished = snap.state is RunState.FINISHED
        if finished:
            self.next.setText(translate_marked("Console", FINISHED_NEXT))
        elif snap.next_step_title:
            self.next.setText(
                translate("Console", "Next: {title}").format(title=snap.next_step_title)
            )
        else:
            self.next.setText(translate("Console", "Last step of the session"))
        self.report_button.setVisible(finished)


REPORT_BUTTON = QT_TRANSLATE_NOOP("Console", "Show the report: where the time went")
FINISHED_NEXT = QT_TRANSLATE_NOOP(
    "Console", "The room sees the closing screen · P reopens the last step"
)


def status_words(snap: SessionSnapshot) -> str:
    """The countdown's state in words, under the digits."""
    if snap.state is RunState.FINISHED:
        return translate("Console", "Session finished")
    planned = minutes_text(snap.planned)
    if snap.state is RunState.NOT_STARTED:
        return translate("Console", "Ready · {planned} planned · press Space to start").format(
            planned=planned
        )
    words = phase_words(snap.phase)
    if snap.timer_state is TimerState.PAUSED:
        return translate("Console", "PAUSED · {phase} · Space resumes").format(phase=words)
    if snap.phase is Phase.OVERTIME:
        return translate("Console", "OVER TIME, counting up · {planned} planned").format(
            planned=planned
        )
    return translate("Console", "{phase} · {planned} planned").format(
        phase=words[:1].upper() + words[1:], planned=planned
    )
