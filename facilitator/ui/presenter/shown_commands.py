"""The console's commands that put anything on the projector at once, with their dialogs.

A reference text or checklist chosen in the Reference tab (R), a question
typed live (Q), the break screen counting down to a time of day (Ctrl+B),
the wall clock (Ctrl+Shift+C), and Home to take it off again. Each asks what
it needs and calls the projector controller's command; what cannot be done
is said in the status bar in a whole sentence, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit

from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked
from facilitator.projection.shown import ShownError, ShownKind
from facilitator.ui.controller import SessionController

if TYPE_CHECKING:
    from facilitator.ui.presenter.window import PresenterWindow

CHOOSE_REFERENCE = QT_TRANSLATE_NOOP(
    "Console",
    "Choose a text or checklist in the Reference tab first, then put it on the projector (R).",
)
QUESTION_TITLE = QT_TRANSLATE_NOOP("Console", "Project a question")
QUESTION_PROMPT = QT_TRANSLATE_NOOP("Console", "The question for the room (shown as you type it):")
BREAK_TITLE = QT_TRANSLATE_NOOP("Console", "Break screen")
BREAK_PROMPT = QT_TRANSLATE_NOOP("Console", "The break ends at (a time of day, such as 10:45):")
BREAK_SHOWN = QT_TRANSLATE_NOOP(
    "Console", "The projector shows the break until {time} and counts down to it; Home ends it."
)


def _said(text: str) -> str:
    return translate_marked("Console", text)


def suggested_break_end(now: datetime) -> str:
    """A time to offer for the end of a break: a quarter of an hour on, to the next 5 minutes."""
    later = now + timedelta(minutes=15)
    minutes = (later.minute + 4) // 5 * 5
    rounded = later.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)
    return rounded.strftime("%H:%M")


class ShownCommands:
    """Handlers of the commands that put something on the projector at once."""

    def __init__(self, window: PresenterWindow, controller: SessionController) -> None:
        self.window = window
        self.controller = controller
        # Tests answer the dialogs by replacing these (text, accepted).
        self.ask_question: Callable[[], tuple[str, bool]] = self._ask_question
        self.ask_break_end: Callable[[str], tuple[str, bool]] = self._ask_break_end

    def handlers(self) -> dict[str, Callable[[], object]]:
        """Command name to handler, for :func:`facilitator.ui.actions.build_actions`."""
        projector = self.controller.projector
        return {
            "project_reference": self.project_reference,
            "project_question": self.project_question,
            "show_break": self.show_break,
            "toggle_clock": projector.toggle_clock,
            "end_shown": projector.end_shown,
        }

    def sync(self) -> None:
        """Tick the wall clock's action while the projector shows the clock."""
        shown = self.controller.projector.shown
        clock = shown is not None and shown.kind is ShownKind.CLOCK
        self.window.actions_by_name["toggle_clock"].setChecked(clock)

    def project_reference(self) -> None:
        """The section or checklist chosen in the Reference tab, on the projector at once."""
        reference = self.window.reference
        source = reference.selected_source()
        if source is None:
            self.window.tabs.setCurrentWidget(reference)
            self.window.show_message(_said(CHOOSE_REFERENCE))
            return
        projector = self.controller.projector
        try:
            if source.kind == "checklist":
                projector.show_checklist(source.ref)
            else:
                projector.show_section(source.ref, trainer_parts=reference.with_trainer_parts())
        except ShownError as error:
            self.window.show_message(str(error))

    def project_question(self) -> None:
        """Ask for a question and put it on the projector as typed."""
        text, accepted = self.ask_question()
        if not accepted:
            return
        try:
            self.controller.projector.show_question(text)
        except ShownError as error:
            self.window.show_message(str(error))

    def show_break(self) -> None:
        """Ask when the break ends and show the break screen counting down to it."""
        text, accepted = self.ask_break_end(suggested_break_end(self.controller.wall_now()))
        if not accepted:
            return
        try:
            end = self.controller.projector.show_break(text)
        except ShownError as error:
            self.window.show_message(str(error))
            return
        self.window.show_message(_said(BREAK_SHOWN).format(time=end.strftime("%H:%M")))

    def _ask_question(self) -> tuple[str, bool]:
        return QInputDialog.getMultiLineText(
            self.window, _said(QUESTION_TITLE), _said(QUESTION_PROMPT)
        )

    def _ask_break_end(self, suggested: str) -> tuple[str, bool]:
        return QInputDialog.getText(
            self.window,
            _said(BREAK_TITLE),
            _said(BREAK_PROMPT),
            QLineEdit.EchoMode.Normal,
            suggested,
        )
