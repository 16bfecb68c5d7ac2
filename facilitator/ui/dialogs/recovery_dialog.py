"""At start-up, the question: resume the run that stopped unexpectedly, and how?

Finding the run, rebuilding it, the clock it goes on with and what the
journal notes are pure (``facilitator.recovery``); this module only asks.
When the agenda file cannot be read now, the run can go on from the
journal's plan, or the trainer waits for the file and tries again
(:data:`RETRY`); a run is never given up without the trainer's choice.
"""

from __future__ import annotations

from typing import Final, Literal

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from facilitator.engine.clock import wall_now
from facilitator.engine.events import ResumeHow
from facilitator.engine.resume import Resumable
from facilitator.i18n import translate
from facilitator.recovery import Unresumable, describe, from_plan_words, wait_words
from facilitator.ui.markup import autotext
from facilitator.ui.text_label import TextLabel

RETRY: Final = "retry"  # the trainer waits for the agenda file: look again
Answer = ResumeHow | Literal["retry"] | None  # None: start afresh


class RecoveryDialog(QDialog):
    """Resume counting the time the app was down, resume paused, try again, or start afresh."""

    def __init__(self, resumable: Resumable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Recovery", "Resume the session?"))
        self.choice: ResumeHow | None = None  # None: start afresh
        self.retry = False  # wait for the agenda file and look again
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
        self.plan_note = TextLabel(from_plan_words(resumable), lines=0, tip=False)
        self.plan_note.setObjectName("from-plan")
        self.plan_note.setStyleSheet("QLabel { color: #5f1111; }")
        self.plan_note.setVisible(resumable.from_plan)
        self.resume_button = QPushButton(
            translate("Recovery", "&Resume – the time the app was down counts")
        )
        self.paused_button = QPushButton(translate("Recovery", "Resume &paused – where it stopped"))
        self.retry_button = QPushButton(
            translate("Recovery", "&Try again – wait for the agenda file")
        )
        self.retry_button.setVisible(resumable.from_plan)
        self.fresh_button = QPushButton(translate("Recovery", "&Don't resume – start afresh"))
        # After a crash the room went on; after the trainer quit, it waited.
        closed = resumable.rebuilt.closed_under_way
        (self.paused_button if closed else self.resume_button).setDefault(True)
        self.resume_button.clicked.connect(lambda: self._choose(ResumeHow.COUNTED))
        self.paused_button.clicked.connect(lambda: self._choose(ResumeHow.PAUSED))
        self.retry_button.clicked.connect(self._try_again)
        self.fresh_button.clicked.connect(lambda: self._choose(None))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.plan_note)
        layout.addWidget(notes)
        for button in (self.resume_button, self.paused_button, self.retry_button):
            layout.addWidget(button)
        layout.addWidget(self.fresh_button)
        self.setMinimumWidth(520)

    def _choose(self, choice: ResumeHow | None) -> None:
        self.choice = choice
        self.accept()

    def _try_again(self) -> None:
        self.retry = True
        self.accept()


class WaitDialog(QDialog):
    """The run can only wait for its agenda file: try again, or start afresh."""

    def __init__(self, unresumable: Unresumable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Recovery", "The session's agenda is not there"))
        self.retry = False
        text = TextLabel(wait_words(unresumable), lines=0, tip=False)
        self.retry_button = QPushButton(translate("Recovery", "&Try again – the file is there now"))
        self.fresh_button = QPushButton(translate("Recovery", "&Start afresh – end that session"))
        self.retry_button.setDefault(True)
        self.retry_button.clicked.connect(self._try_again)
        self.fresh_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.fresh_button)
        self.setMinimumWidth(520)

    def _try_again(self) -> None:
        self.retry = True
        self.accept()


def ask_how(resumable: Resumable, parent: QWidget | None = None) -> Answer:
    """Ask whether and how to resume ``resumable``: how, RETRY, or None (start afresh)."""
    dialog = RecoveryDialog(resumable, parent)
    dialog.exec()  # before any session runs: a modal loop holds up nothing
    if dialog.retry:
        return RETRY
    return dialog.choice if isinstance(dialog.choice, ResumeHow) else None


def ask_wait(unresumable: Unresumable, parent: QWidget | None = None) -> bool:
    """Ask whether to wait for the agenda file (True: look again) or start afresh."""
    dialog = WaitDialog(unresumable, parent)
    dialog.exec()
    return dialog.retry


def tell_cannot_resume(message: str, parent: QWidget | None = None) -> None:
    """Say why the run that stopped cannot be resumed."""
    QMessageBox.warning(
        parent, translate("Recovery", "The session cannot be resumed"), autotext(message)
    )
