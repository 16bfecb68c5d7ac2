"""What the trainer reads for a step: instructions, materials and guiding questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.plain import HandoutItem, QuestionItem, QuestionsItem, Step
from facilitator.i18n import translate
from facilitator.markup import bullets
from facilitator.ui.markup import show_markdown


def guiding_questions(agenda: Agenda, step: Step) -> list[str]:
    """The questions a step puts to the room: its projected questions and hand-outs' questions."""
    found: list[str] = []
    for item in step.project:
        if isinstance(item, QuestionItem):
            found.append(item.question)
        elif isinstance(item, QuestionsItem):
            found.extend(item.questions)
        elif isinstance(item, HandoutItem):
            handout = agenda.handout(item.handout)
            if handout is not None:
                found.extend(handout.questions)
    return list(dict.fromkeys(found))  # once each, in order


def step_markdown(agenda: Agenda, index: int) -> str:
    """The trainer's view of a step: instructions, materials, then its guiding questions.

    The instructions are Markdown; materials and questions are plain text, shown as written.
    """
    step = agenda.steps[index]
    none = translate("Console", "No instructions for this step.")
    parts = [step.instructions.strip() or f"*{none}*"]
    if step.materials:
        heading = translate("Console", "Materials")
        parts.append(f"### {heading}\n\n" + bullets(step.materials))
    questions = guiding_questions(agenda, step)
    if questions:
        heading = translate("Console", "Guiding questions")
        parts.append(f"### {heading}\n\n" + bullets(questions))
    return "\n\n".join(parts)


class StepView(QTextBrowser):
    """The current step's Markdown, read-only; links open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instructions")
        self.setOpenExternalLinks(True)
        # A word wider than the pane (a long URL, a title without spaces) breaks.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)

    def show_step(self, agenda: Agenda, index: int) -> None:
        """Show step ``index`` of ``agenda``, scrolled to the top."""
        show_markdown(self, step_markdown(agenda, index))
