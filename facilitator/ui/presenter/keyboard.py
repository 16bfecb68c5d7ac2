"""The console keeps the keyboard for the session's commands, even after a search.

:class:`KeyboardHome` is an application event filter for the presenter
window. It gives the keyboard to the console's home (the countdown, which
types nothing) when the console should have it, and applies
:func:`facilitator.console.keys.route_key` to every key pressed in a text
field of the presenter window: a clicker's keys run their commands, a
trainer typing a search keeps their letters. Qt asks the focused widget
first whether it wants a key that is also a shortcut (a ``ShortcutOverride``
event): a text field says yes to letters; here that answer is decided by
the rule instead.

When one of the console's dialogs closes and no window of the app has the
keyboard afterwards, the console takes it back. A window manager usually
hands it back to the console itself, but not always (and without one, as on
a bare X server, the keyboard stays with the screen's root window): the
clicker's keys would then go nowhere until the trainer clicks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from facilitator.console.keys import KeyRoute, route_key
from facilitator.ui.actions import Command

# Focus the trainer asked for: the typing window opens.
_ASKED = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


def is_text_field(widget: QObject | None) -> bool:
    """Whether ``widget`` takes typed letters (a line edit, spin box or editable text)."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


#: The Qt property that marks a field the trainer writes in (see ``route_key``'s ``writing``).
# The events the filter looks at; every event of the app passes it (some 1,600 before
# the first paint), so the others leave after one look-up (issue 14).
_WATCHED = frozenset(
    {
        QEvent.Type.Hide,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.FocusIn,
        QEvent.Type.FocusOut,
        QEvent.Type.KeyPress,
    }
)

WRITING = "writing"


def is_writing_field(widget: QObject) -> bool:
    """Whether ``widget`` is a field the trainer writes in (a note for the wall)."""
    return bool(widget.property(WRITING))


def key_name(event: QKeyEvent) -> str:
    """The key as Qt writes it, without modifiers: "PgDown", "Esc", "B"."""
    return QKeySequence(event.key()).toString(QKeySequence.SequenceFormat.PortableText)


def plain_keys(commands: Iterable[Command]) -> frozenset[str]:
    """The commands' keys that need no modifier ("B", ".", "Space", "Esc", "PgDown")."""
    found = set()
    for command in commands:
        for key in command.keys:
            sequence = QKeySequence(key)
            combined = sequence[0] if sequence.count() else None  # type: ignore[index]
            if combined is None or combined.keyboardModifiers() not in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                continue
            found.add(
                QKeySequence(combined.key()).toString(QKeySequence.SequenceFormat.PortableText)
            )
    return frozenset(found)


class KeyboardHome(QObject):
    """Hands the keyboard back to the console's ``home`` and routes keys typed in its fields."""

    def __init__(
        self,
        window: QWidget,
        home: QWidget,
        command_keys: frozenset[str],
        *,
        clock: Callable[[], int] = time.monotonic_ns,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._home = home
        self._command_keys = command_keys
        self.clock = clock  # ns, monotonic: how long the trainer has been quiet (tests: a fake)
        self._typed_at: int | None = None  # the trainer last typed or clicked into a field
        home.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self._uninstall)

    def _uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def take_keys(self) -> None:
        """Give the keyboard to the console (its window active, the countdown focused)."""
        self._typed_at = None
        window = self._window
        if window.isVisible():
            window.activateWindow()
        self._home.setFocus(Qt.FocusReason.OtherFocusReason)

    def typing_starts(self) -> None:
        """The trainer put the cursor into a field on purpose (Ctrl+F): they mean to type."""
        self._typed_at = self.clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Decide keys pressed in the window's text fields; note when the trainer types."""
        kind = event.type()
        if kind not in _WATCHED:  # most events, the first paint's too: at once
            return False
        if kind == QEvent.Type.Hide:
            if isinstance(watched, QDialog) and watched.isWindow():
                self._dialog_hidden(watched)
            return False
        if not is_text_field(watched) or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            return False
        if kind == QEvent.Type.FocusOut:
            # A dialog, a menu or another window took the keyboard: typing is over, and
            # Qt giving the field its focus back later is no sign of typing again.
            self._typed_at = None
            return False
        if kind == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            if event.reason() in _ASKED:
                self._typed_at = self.clock()
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyPress:
            self._typed_at = self.clock()
            return False
        return self._route(event, writing=is_writing_field(watched))

    def _dialog_hidden(self, dialog: QDialog) -> None:
        """One of the console's dialogs closed: see, once Qt is done, who has the keys."""
        parent = dialog.parentWidget()
        if parent is not None and parent.window() is self._window:
            # After the events of the closing (another dialog may open at once).
            QTimer.singleShot(0, self, self._after_dialog)

    def _after_dialog(self) -> None:
        """Give the console the keyboard if no window of the app has it after a dialog."""
        window = self._window
        if not window.isVisible() or window.isMinimized():
            return
        if QApplication.activeModalWidget() is not None or QApplication.activeWindow() is not None:
            return  # another dialog, or the window manager already gave a window the keys
        self.take_keys()

    def _route(self, event: QKeyEvent, *, writing: bool = False) -> bool:
        name = key_name(event)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        if not plain:
            return False  # Ctrl+... shortcuts are never text
        quiet = None if self._typed_at is None else self.clock() - self._typed_at
        route = route_key(name, is_command=self._is_command(event), quiet=quiet, writing=writing)
        if route is KeyRoute.TYPE:
            return False
        self.take_keys()
        if route is KeyRoute.LEAVE:
            event.accept()  # a shortcut of this key (Escape: pause) does not run
        # Not accepted (COMMAND): Qt goes on to the shortcut, which runs the command.
        return True

    def _is_command(self, event: QKeyEvent) -> bool:
        text = event.text()
        keys = self._command_keys
        return key_name(event) in keys or (bool(text) and text in keys)
