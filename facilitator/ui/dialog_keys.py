"""While a dialog has the keyboard, its keys are the dialog's: no command runs behind it.

The session's commands have application-wide shortcuts, so that a clicker
works whichever of the two windows has the focus. Qt blocks them behind a
*modal* dialog, but not behind a dialog that lets the session go on (the
keyboard sheet, the reports, the trainer's name): there N would end a step
and Escape would pause the countdown instead of closing the sheet.

:class:`DialogKeys` is an application event filter. When a key that is one
of the commands' keys is pressed in a dialog, it answers Qt's question
("does the focused widget want this key itself?", a ``ShortcutOverride``
event) with yes: the shortcut does not run and the key goes to the dialog,
so Escape closes it and letters go into its fields. Once the dialog is
closed the keys are the commands' again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from facilitator.ui.actions import Command

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def command_sequences(commands: Iterable[Command]) -> frozenset[str]:
    """Every command's keys, written the one way Qt writes them ("Ctrl+Right", "B", "?")."""
    return frozenset(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        for command in commands
        for key in command.keys
    )


def pressed(event: QKeyEvent) -> set[str]:
    """The ways a command may name this key press: with its modifiers, and as the text
    typed when it has no Ctrl/Alt/Meta ("?" is Shift+/ on most keyboards)."""
    names = {
        QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
    }
    if not event.modifiers() & _MODIFIERS:
        names.add(QKeySequence(event.key()).toString(QKeySequence.SequenceFormat.PortableText))
        if event.text().strip():
            names.add(event.text())
    return names


def in_dialog(widget: QObject) -> bool:
    """Whether ``widget`` belongs to a dialog (a message box, an input dialog, any QDialog)."""
    return isinstance(widget, QWidget) and isinstance(widget.window(), QDialog)


class DialogKeys(QObject):
    """Keeps the commands' keys from running behind a dialog (one per app)."""

    def __init__(self, commands: Iterable[Command], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = command_sequences(commands)
        self.held: list[str] = []  # the keys kept for a dialog (tests)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # Qt drops it by itself when this object goes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A command's key pressed in a dialog goes to the dialog, not to the command."""
        if event.type() is not QEvent.Type.ShortcutOverride or not in_dialog(watched):
            return False
        assert isinstance(event, QKeyEvent)
        names = pressed(event)
        if names & self._keys:
            event.accept()  # "the widget wants it": no shortcut runs, the dialog gets the key
            self.held.append(sorted(names)[0])
        return False
