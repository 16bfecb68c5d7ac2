"""Edits of a session being edited: each one can be applied and reverted exactly (pure).

An edit names the document it changes (``"session"`` or a library file as the
session lists it), the place it changes, a short text for the Edit menu
("Undo Change the title") and where the editor should show the result. The
Qt side wraps every edit in a ``QUndoCommand``; nothing else changes a document.

Field values are plain data; ``None`` removes an optional field (the format has
no empty values, so a field emptied by the trainer is left out of the file).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from facilitator.agenda.errors import Loc
from facilitator.editing.document import Undo

if TYPE_CHECKING:
    from facilitator.editing.workspace import Workspace

#: The lists that stay in the file when their last entry goes (the format needs them).
KEPT_LISTS: frozenset[Loc] = frozenset({("steps",)})


@dataclass(frozen=True)
class Target:
    """A place in one of the workspace's documents: where the editor shows an edit."""

    doc: str
    loc: Loc


class Edit:
    """One change of the workspace's documents, with its exact inverse."""

    text: str = ""
    target: Target | None = None

    def __init__(self) -> None:
        self._undos: list[Undo] = []

    @property
    def undo_target(self) -> Target | None:
        """Where the editor shows the place after this edit is undone."""
        return self.target

    def do(self, workspace: Workspace) -> list[Undo]:
        """Make the change; return the operations' inverses, in the order they were made."""
        raise NotImplementedError

    def apply(self, workspace: Workspace) -> None:
        """Make the change (again, after a revert)."""
        self._undos = self.do(workspace)

    def revert(self, workspace: Workspace) -> None:
        """Put everything back as it was before :meth:`apply`."""
        for undo in reversed(self._undos):
            undo()
        self._undos = []

    @property
    def docs(self) -> set[str]:
        """The documents this edit changes."""
        return {self.target.doc} if self.target is not None else set()


class SetField(Edit):
    """Set (or, with ``None``, remove) one field or one entry of a list of texts."""

    def __init__(self, doc: str, loc: Loc, value: Any, text: str, target: Loc | None = None):
        super().__init__()
        self.doc = doc
        self.loc = loc
        self.value = value
        self.text = text
        self.target = Target(doc, target if target is not None else loc[:-1])

    def do(self, workspace: Workspace) -> list[Undo]:
        document = workspace.document(self.doc)
        parent_loc, key = self.loc[:-1], self.loc[-1]
        parent = document.get(parent_loc)
        if self.value is None:
            if not isinstance(parent, dict | list):
                return []
            undos = [document.delete(self.loc)]
            # A group of fields left empty (timing, deal, turns) goes too.
            if parent == {} and parent_loc and isinstance(parent_loc[-1], str):
                undos.append(document.delete(parent_loc))
            return undos
        if isinstance(key, str) and not isinstance(parent, dict) and parent_loc:
            # The first field of a group (a step's timing) makes the group; 'turns: yes'
            # becomes 'turns:' with the field under it.
            return [document.set(parent_loc, {key: self.value})]
        return [document.set(self.loc, self.value)]


class InsertEntry(Edit):
    """Insert an entry into a list (made when the list is missing)."""

    def __init__(
        self, doc: str, loc: Loc, index: int, value: Any, text: str, target: Loc | None = None
    ) -> None:
        super().__init__()
        self.doc = doc
        self.loc = loc
        self.index = index
        self.value = value
        self.text = text
        self.target = Target(doc, target if target is not None else (*loc, index))

    def do(self, workspace: Workspace) -> list[Undo]:
        document = workspace.document(self.doc)
        if not isinstance(document.get(self.loc), list):
            return [document.set(self.loc, [self.value])]
        return [document.insert(self.loc, self.index, self.value)]


class RemoveEntry(Edit):
    """Remove an entry from a list (and the list's field when it is left empty)."""

    def __init__(self, doc: str, loc: Loc, index: int, text: str, target: Loc | None = None):
        super().__init__()
        self.doc = doc
        self.loc = loc
        self.index = index
        self.text = text
        # The entry now at its place (or the one before it); after an undo, the entry itself.
        self.target = Target(doc, target if target is not None else (*loc, index))

    def do(self, workspace: Workspace) -> list[Undo]:
        document = workspace.document(self.doc)
        _, undo = document.take(self.loc, self.index)
        undos = [undo]
        if document.get(self.loc) == [] and self.loc not in KEPT_LISTS:
            undos.append(document.delete(self.loc))
        return undos


class MoveEntry(Edit):
    """Move an entry of a list to another place in the same list."""

    def __init__(self, doc: str, loc: Loc, source: int, target_index: int, text: str) -> None:
        super().__init__()
        self.doc = doc
        self.loc = loc
        self.source = source
        self.target_index = target_index
        self.text = text
        self.target = Target(doc, (*loc, target_index))

    @property
    def undo_target(self) -> Target | None:
        """The entry, back at its first place."""
        return Target(self.doc, (*self.loc, self.source))

    def do(self, workspace: Workspace) -> list[Undo]:
        document = workspace.document(self.doc)
        return [document.move(self.loc, self.source, self.target_index)]


class Compound(Edit):
    """Several edits made and undone as one (adding a card and its place, a rename ...)."""

    def __init__(self, parts: Sequence[Edit], text: str, target: Target | None = None) -> None:
        super().__init__()
        self.parts = list(parts)
        self.text = text
        self.target = target if target is not None else (parts[-1].target if parts else None)

    def do(self, workspace: Workspace) -> list[Undo]:
        undos: list[Undo] = []
        for part in self.parts:
            part.apply(workspace)
            undos.append(_reverter(part, workspace))
        return undos

    @property
    def docs(self) -> set[str]:
        """The documents any part changes."""
        found: set[str] = set()
        for part in self.parts:
            found |= part.docs
        return found


def _reverter(part: Edit, workspace: Workspace) -> Undo:
    return lambda: part.revert(workspace)
