"""The projector window: what the participants see, full screen on the second screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.engine.session import SessionSnapshot
from facilitator.ui.controller import SessionController
from facilitator.ui.projector.canvas import SlideCanvas


def step_header(snapshot: SessionSnapshot) -> str:
    """The header line over a slide: 'Stap 3 van 6 · Groepsactiviteit …'."""
    return f"Stap {snapshot.index + 1} van {snapshot.step_count} · {snapshot.step_title}"


class ProjectorWindow(QWidget):
    """A top-level window holding the participants' canvas; it follows the controller."""

    resized = Signal(QSize)

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self.setObjectName("projector")
        self.setWindowTitle("Facilitator – projector")
        self._controller = controller
        self.canvas = SlideCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.resize(960, 540)
        self.setStyleSheet("background: black;")
        controller.changed.connect(self._on_changed)
        controller.projectionChanged.connect(self._on_projection)
        self._on_projection()
        self._on_changed(controller.snapshot())

    def _on_projection(self) -> None:
        snap = self._controller.snapshot()
        self.canvas.set_slide(self._controller.current_slide(), step_header(snap))
        self.canvas.set_blank(self._controller.blank)

    def _on_changed(self, snapshot: SessionSnapshot) -> None:
        self.canvas.set_timer(snapshot.display_seconds, snapshot.phase)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Tell the presenter's miniature the new proportions."""
        super().resizeEvent(event)
        self.resized.emit(event.size())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the projector only hides it; the presenter can show it again."""
        event.ignore()
        self.hide()
