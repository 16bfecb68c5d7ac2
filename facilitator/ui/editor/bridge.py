"""The editor's link between the pure workspace and Qt: the undo stack and the live check.

Every edit a view makes goes through :meth:`WorkspaceBridge.push`: the
workspace applies it (or refuses it, and the refusal is told), and a
:class:`EditCommand` puts it on the ``QUndoStack``, so Edit > Undo and Redo
(Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y) take back and make again every change.
Typing into one field is one undo step: consecutive changes of the same field
merge until the field loses the focus (:meth:`WorkspaceBridge.seal`).

The check (``facilitator check``'s rules and words) runs a moment after the
last change, so typing stays fluent; :attr:`WorkspaceBridge.validation` is
always the latest result.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.editing.edits import Edit, SetField
from facilitator.editing.validation import Validation
from facilitator.editing.workspace import Workspace

#: How long after the last change the check runs, in ms.
CHECK_DELAY_MS = 350
_SET_FIELD = 1  # the QUndoCommand id of field changes, which merge


class EditCommand(QUndoCommand):
    """One edit (or one field's typing) on the undo stack."""

    def __init__(self, bridge: WorkspaceBridge, edit: Edit) -> None:
        super().__init__(edit.text)
        self._bridge = bridge
        self.edits = [edit]
        self.sealed = False
        self._applied = True  # pushed after the workspace made it: the first redo is a no-op

    def id(self) -> int:
        """Field changes share an id, so the stack offers them to :meth:`mergeWith`."""
        return _SET_FIELD if isinstance(self.edits[0], SetField) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing on in the same field adds to this step instead of making a new one."""
        if self.sealed or not isinstance(other, EditCommand):
            return False
        mine, theirs = self.edits[-1], other.edits[0]
        if not (isinstance(mine, SetField) and isinstance(theirs, SetField)):
            return False
        if (mine.doc, mine.loc) != (theirs.doc, theirs.loc) or len(other.edits) != 1:
            return False
        self.edits.append(theirs)
        return True

    def redo(self) -> None:
        """Make the edit (again)."""
        if self._applied:
            self._applied = False
            return
        for edit in self.edits:
            refusal = self._bridge.workspace.apply(edit)
            if refusal is not None:
                self._bridge.refused.emit(refusal)
                self.setObsolete(True)
                return
        self._bridge.tell(self.edits[-1], undone=False)

    def undo(self) -> None:
        """Take the edit back."""
        for edit in reversed(self.edits):
            self._bridge.workspace.revert(edit)
        self._bridge.tell(self.edits[0], undone=True)


class WorkspaceBridge(QObject):
    """The workspace, its undo stack and its debounced check, for the editor's views."""

    changed = Signal(object, bool)  # the edit (None: all changed), whether it was undone
    validated = Signal(object)  # the new Validation
    refused = Signal(str)  # why an edit was not made, in the trainer's words

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.stack = QUndoStack(self)
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(CHECK_DELAY_MS)
        self._check.timeout.connect(self.check_now)
        self.validation: Validation = workspace.validation()

    def push(self, edit: Edit) -> bool:
        """Make ``edit`` and put it on the undo stack; False (and ``refused``) if refused."""
        refusal = self.workspace.apply(edit)
        if refusal is not None:
            self.refused.emit(refusal)
            return False
        self.stack.push(EditCommand(self, edit))
        self.tell(edit, undone=False)
        return True

    def seal(self) -> None:
        """The field being typed into lost the focus: the next change is a new undo step."""
        index = self.stack.index()
        command = self.stack.command(index - 1) if index > 0 else None
        if isinstance(command, EditCommand):
            command.sealed = True

    def tell(self, edit: Edit | None, *, undone: bool) -> None:
        """Tell the views; check again a moment later."""
        self.changed.emit(edit, undone)
        self._check.start()

    def check_now(self) -> Validation:
        """Check at once (saving, tests) and tell the views."""
        self._check.stop()
        self.validation = self.workspace.validation()
        self.validated.emit(self.validation)
        return self.validation

    def stop(self) -> None:
        """The editor closes: no check is pending any more."""
        self._check.stop()

    def reset(self) -> None:
        """The documents were replaced (saved as a copy): tell the views, check again."""
        self.tell(None, undone=False)
