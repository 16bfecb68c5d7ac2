"""At start-up, the question: resume the run that stopped unexpectedly, and how?

Finding the run, rebuilding it, the clock it goes on with and what the
journal notes are pure (``facilitator.recovery``); this module only asks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from facilitator.engine.clock import wall_now
from facilitator.engine.events import ResumeHow
from facilitator.engine.resume import Resumable
from facilitator.i18n import translate
from facilitator.recovery import describe
from facilitator.ui.markup import autotext
from facilitator.ui.text_label import TextLabel


class RecoveryDialog(QDialog):
    """Resume counting the time the app was down, resume paused, or start afresh."""

    def __init__(self, resumable: Resumable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Recovery", "Resume the session?"))
        self.choice: ResumeHow | None = None  # None: start afresh
        text = TextLabel(describe(resumable, wall_now()), lines=0)
        notes = TextLabel(lines=0, tip=False)
        notes.setText(
            translate(
                "Recovery",
                "Resume: the session goes on at the same step, and the time the app was down "
                "counts as elapsed (the room kept going).\n"
                "Resume paused: the step's countdown stands where it was when the app stopped; "
                "press Space to go on.\n"
                "What was recorded is kept either way.",
            )
        )
        for warning in resumable.warnings:
            note = translate("Recovery", "Note: {warning}").format(warning=warning)
            notes.setText(notes.text() + "\n\n" + note)
        self.resume_button = QPushButton(
            translate("Recovery", "&Resume – the time the app was down counts")
        )
        self.paused_button = QPushButton(translate("Recovery", "Resume &paused – where it stopped"))
        self.fresh_button = QPushButton(translate("Recovery", "&Don't resume – start afresh"))
        # After a crash the room went on; after the trainer quit, it waited.
        closed = resumable.rebuilt.closed_under_way
        (self.paused_button if closed else self.resume_button).setDefault(True)
        self.resume_button.clicked.connect(lambda: self._choose(ResumeHow.COUNTED))
        self.paused_button.clicked.connect(lambda: self._choose(ResumeHow.PAUSED))
        self.fresh_button.clicked.connect(lambda: self._choose(None))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(notes)
        for button in (self.resume_button, self.paused_button, self.fresh_button):
            layout.addWidget(button)
        self.setMinimumWidth(520)

    def _choose(self, choice: ResumeHow | None) -> None:
        self.choice = choice
        self.accept()


def ask_how(resumable: Resumable, parent: QWidget | None = None) -> ResumeHow | None:
    """Ask whether and how to resume ``resumable``; None: start afresh."""
    dialog = RecoveryDialog(resumable, parent)
    dialog.exec()  # before any session runs: a modal loop holds up nothing
    return dialog.choice if isinstance(dialog.choice, ResumeHow) else None


def tell_cannot_resume(message: str, parent: QWidget | None = None) -> None:
    """Say why the run that stopped cannot be resumed."""
    QMessageBox.warning(
        parent, translate("Recovery", "The session cannot be resumed"), autotext(message)
    )
