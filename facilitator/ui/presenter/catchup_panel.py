"""The catch-up band over the console: the offer in words, Accept (A) and Dismiss (D).

It only renders a :class:`facilitator.console.catchup.CatchUpView`; when to
offer, which steps may change and the words are the console model's
(:mod:`facilitator.console.catchup`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from facilitator.console.catchup import CatchUpView
from facilitator.engine.catchup import CatchUpPlan
from facilitator.ui.text_label import TextLabel


class CatchUpPanel(QFrame):
    """The band with the proposal and its Accept (A) / Dismiss (D) buttons."""

    def __init__(self, accept: QAction, dismiss: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catchup-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#catchup-panel { background: #fff4d6; border: 1px solid #b36b00; }")
        self.label = TextLabel(lines=4)
        self.label.setStyleSheet("color: #3d2a00;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        for action in (accept, dismiss):
            # Not QToolButton.setDefaultAction: it copies the action's key to the
            # button, and a key bound twice is ambiguous and does nothing.
            button = QPushButton(action.icon(), action.text().replace("&", ""))
            button.setToolTip(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            layout.addWidget(button)
            self.buttons.append(button)
        self.plan: CatchUpPlan | None = None  # the plan on show (what Accept applies)
        self._view: CatchUpView | None = None
        self.hide()

    def show_view(self, view: CatchUpView) -> None:
        """Show the offer ``view`` describes, or hide the band."""
        if view is self._view:
            return  # the same offer as a second ago (console/catchup.py keeps it)
        self._view = view
        self.plan = view.plan if view.shown else None
        if view.shown:
            self.label.setText(view.text)
        self.setVisible(view.shown)
