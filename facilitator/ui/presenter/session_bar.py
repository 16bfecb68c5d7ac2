"""The session at a glance: time of day, elapsed, planned and projected end, drift in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from facilitator.engine import plan
from facilitator.engine.session import RunState, SessionRun, SessionSnapshot
from facilitator.i18n import translate
from facilitator.timefmt import clock_time, drift_text, elapsed_text, whole_minutes
from facilitator.ui.markup import plain_label

LATE = "#c62828"
EARLY = "#1565c0"
ON_PLAN = "#1b7f3b"


def session_line(snap: SessionSnapshot, run: SessionRun, now: int, wall: datetime) -> str:
    """The whole bar as one line of text (for the status line and tests)."""
    return "   ·   ".join(text for _, text in session_parts(snap, run, now, wall))


def session_parts(
    snap: SessionSnapshot, run: SessionRun, now: int, wall: datetime
) -> list[tuple[str, str]]:
    """(name, text) of each field the bar shows, in order.

    The ends come from the sums ``snap`` holds (what is left of every step to
    come, the planned length): at 500 steps adding them up again for the bar
    was two passes over the steps per change.
    """
    parts = [("now", translate("Console", "Now {time}").format(time=clock_time(wall)))]
    if snap.state is not RunState.NOT_STARTED:
        elapsed = elapsed_text(snap.elapsed_session)
        parts.append(("elapsed", translate("Console", "Elapsed {time}").format(time=elapsed)))
    planned_end, projected_end = plan.ends_of(run, snap, wall)
    planned = clock_time(planned_end)
    parts.append(("planned", translate("Console", "Planned end {time}").format(time=planned)))
    if snap.state is not RunState.NOT_STARTED:
        projected = clock_time(projected_end)
        parts.append(
            ("projected", translate("Console", "Projected end {time}").format(time=projected))
        )
        parts.append(("drift", drift_text(snap.behind)))
    return parts


class SessionBar(QFrame):
    """A band of large labels over the console; the drift is in words and coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.labels: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        bold = QFont(font)
        bold.setBold(True)
        for name in ("now", "elapsed", "planned", "projected", "drift"):
            label = plain_label()
            label.setObjectName(f"session-{name}")
            label.setFont(bold if name == "drift" else font)
            layout.addWidget(label)
            if name != "drift":
                layout.addSpacing(14)
            self.labels[name] = label
        layout.addStretch(1)
        self.line = ""
        self.held = 0  # labels measured at the last show_state (tests)
        self._measured_in: tuple[str, int] | None = None  # the font and density they were

    def show_state(self, snap: SessionSnapshot, run: SessionRun, now: int, wall: datetime) -> None:
        """Fill the fields for ``snap``; fields without meaning yet are hidden."""
        parts = session_parts(snap, run, now, wall)
        texts = dict(parts)
        changed: list[QLabel] = []
        for name, label in self.labels.items():
            text = texts.get(name, "")
            if label.isVisibleTo(self) != (name in texts) or label.text() != text:
                label.setVisible(name in texts)
                label.setText(text)
                changed.append(label)
        minutes = whole_minutes(snap.behind)  # the minutes drift_text shows
        colour = LATE if minutes > 0 else EARLY if minutes < 0 else ON_PLAN
        drift = self.labels["drift"]
        # Its colour in its palette, set when it changes: a style sheet re-polished the
        # label (its font, palette and style again, 0.3 ms a minute added).
        if drift.palette().color(QPalette.ColorRole.WindowText) != QColor(colour):
            palette = drift.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            drift.setPalette(palette)
        # Another font or screen density measures every label again (moved to a screen
        # of another DPI, say); else a second changes the elapsed time alone.
        measure = (self.labels["now"].font().key(), self.logicalDpiY())
        if measure != self._measured_in:
            self._measured_in = measure
            changed = list(self.labels.values())
        self.held = 0
        for label in changed:  # one label measured a second, mostly
            _hold_size(label)
            self.held += 1
        self.line = "   ·   ".join(text for _, text in parts)


def _hold_size(label: QLabel) -> None:
    """Fix ``label`` at its size hint, set again only when that changes.

    A label whose text changes asks its window to lay out again
    (``updateGeometry``), unless its minimum and maximum size are one: then
    Qt skips it. "Elapsed 12:34" keeps its width from one second to the next
    (digits are of one width), so the console is laid out again only when a
    text's width changes, not every second (issue 14: CPU while counting down).
    """
    hint = label.sizeHint()
    if label.minimumSize() != hint or label.maximumSize() != hint:
        label.setFixedSize(hint)
