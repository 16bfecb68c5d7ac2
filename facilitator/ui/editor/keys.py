"""Keys typed in the editor stay in the editor.

The presenter's commands have application-wide shortcuts (so that a clicker
works whichever window has the focus): N is the next step, B blacks out the
projector. In the editor those keys must never reach the session under way.
Every key the editor does not use itself is therefore claimed for the
widget that has the focus (Qt's ``ShortcutOverride``), before any shortcut of
another window can fire.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence


class KeepKeys(QObject):
    """Claims every key for the editor window but the editor's own shortcuts."""

    def __init__(self, own: Iterable[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._own = list(own)

    def claims(self, event: QKeyEvent) -> bool:
        """Whether ``event``'s key is kept from the other windows' shortcuts."""
        pressed = QKeySequence(event.keyCombination())
        for action in self._own:
            for shortcut in action.shortcuts():
                if shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                    return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept the shortcut override of any key that is not the editor's own."""
        overriding = event.type() == QEvent.Type.ShortcutOverride
        if overriding and isinstance(event, QKeyEvent) and self.claims(event):
            event.accept()
        return False
