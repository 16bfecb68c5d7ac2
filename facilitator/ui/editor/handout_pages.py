"""Pages of a hand-out and of one of its documents or cards.

Adding a card or a document is one click (it takes the next letter: after
"Kaart D" comes "Kaart E") and lands on the new one's page with its title
selected; rewriting one is its text field, with the projector's preview beside.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QListWidget

from facilitator.agenda.errors import Loc
from facilitator.editing import changes
from facilitator.editing.edits import Edit
from facilitator.editing.preview import fragment_slide, handout_slide
from facilitator.editing.workspace import SESSION
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.editor.fields import Field, LineField, LinesField, MarkdownField
from facilitator.ui.editor.page import EditorPage, Shown

KIND_WORDS = {"documents": "document", "cards": "card"}


class IdField(LineField):
    """An id; a new one is given to every place that names it too (a rename, one undo step)."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, rename: Any) -> None:
        self._rename = rename
        super().__init__(bridge, doc, loc, optional=False, undo_text="Change the id")
        self.line.textEdited.disconnect()
        self.line.editingFinished.connect(self._finished)
        self.line.setToolTip(
            "A short name: lower-case letters, digits and hyphens. Items that project this "
            "get the new name too."
        )

    def _finished(self) -> None:
        new = self.line.text().strip()
        if new and new != self.value():
            edit: Edit = self._rename(new)
            self.bridge.push(edit)
            self.edited.emit()


class HandoutPage(EditorPage):
    """A hand-out: its instructions, note and questions; its documents and cards."""

    def __init__(self, bridge: WorkspaceBridge, index: int) -> None:
        loc: Loc = ("handouts", index)
        super().__init__(bridge, SESSION, loc, "Hand-out")
        self.index = index
        ws = self.workspace
        s = SESSION
        self.hint(
            "What groups receive on paper (File > Print hand-outs); its parts can be projected."
        )
        self.add(
            "Title",
            LineField(bridge, s, (*loc, "title"), optional=False, undo_text="Change the title"),
        )
        self.add(
            "Id",
            IdField(bridge, s, (*loc, "id"), lambda new: changes.rename_handout(ws, index, new)),
        )
        self.add(
            "Instructions",
            MarkdownField(
                bridge, s, (*loc, "instructions"), lines=6, undo_text="Change the instructions"
            ),
        )
        self.add(
            "Note", MarkdownField(bridge, s, (*loc, "note"), lines=3, undo_text="Change the note")
        )
        self.add(
            "Questions",
            LinesField(
                bridge,
                s,
                (*loc, "questions"),
                lines=4,
                placeholder="One question per line",
                undo_text="Change the questions",
            ),
        )
        self.lists: dict[str, QListWidget] = {}
        for kind, title in (("documents", "Documents"), ("cards", "Cards")):
            self.heading(title, "Double-click one to edit it.")
            listed = QListWidget()
            listed.setObjectName(f"handout-{kind}")
            listed.setMaximumHeight(150)
            listed.itemDoubleClicked.connect(lambda _i, k=kind: self._open(k))
            self.body.addWidget(listed)
            self.lists[kind] = listed
            word = KIND_WORDS[kind]
            self.buttons(
                (f"Add a {word}", partial(self.add_fragment, kind)),
                ("Edit", partial(self._open, kind)),
                ("Remove", partial(self._remove, kind)),
            )
        self.buttons(
            ("Remove this hand-out", lambda: self.bridge.push(changes.remove_handout(ws, index)))
        )
        self.finish()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        for kind, listed in self.lists.items():
            entries = self.get(("handouts", self.index, kind)) or []
            titles = [str(e.get("title", "")) for e in entries if isinstance(e, dict)]
            if [listed.item(r).text() for r in range(listed.count())] != titles:
                listed.clear()
                listed.addItems(titles)

    def add_fragment(self, kind: str) -> None:
        """Add a document or card (the next letter) and show it."""
        self.push(changes.add_fragment(self.workspace, self.index, kind))

    def _open(self, kind: str) -> None:
        row = self.lists[kind].currentRow()
        if row >= 0:
            self.go(("handouts", self.index, kind, row))

    def _remove(self, kind: str) -> None:
        row = self.lists[kind].currentRow()
        if row >= 0:
            self.bridge.push(changes.remove_fragment(self.workspace, self.index, kind, row))

    def shown(self) -> Shown | None:
        slide = handout_slide(self.workspace, self.index)
        handout_id = self.get(("handouts", self.index, "id"))
        return self.shown_in_step(slide, lambda item: item.get("handout") == handout_id)


class FragmentPage(EditorPage):
    """A document or a scenario card: its title and text, as the room reads it beside."""

    def __init__(self, bridge: WorkspaceBridge, handout: int, kind: str, index: int) -> None:
        loc: Loc = ("handouts", handout, kind, index)
        word = KIND_WORDS.get(kind, "part")
        handout_title = bridge.workspace.session.get(("handouts", handout, "title"), "")
        super().__init__(bridge, SESSION, loc, f"{word.capitalize()} · {handout_title}")
        self.handout, self.kind, self.index = handout, kind, index
        ws = self.workspace
        s = SESSION
        self.title_field = self.add(
            "Title",
            LineField(
                bridge, s, (*loc, "title"), optional=False, undo_text=f"Change the {word}'s title"
            ),
        )
        self.text_field: Field = self.add(
            "Text",
            MarkdownField(
                bridge,
                s,
                (*loc, "text"),
                optional=False,
                lines=12,
                undo_text=f"Change the {word}'s text",
            ),
        )
        self.add(
            "Id",
            IdField(
                bridge,
                s,
                (*loc, "id"),
                lambda new: changes.rename_fragment(ws, handout, kind, index, new),
            ),
        )
        self.buttons(
            (f"Add another {word}", lambda: self.push(changes.add_fragment(ws, handout, kind))),
            ("Duplicate", lambda: self.push(changes.duplicate_fragment(ws, handout, kind, index))),
            ("Remove", lambda: self.bridge.push(changes.remove_fragment(ws, handout, kind, index))),
            ("Back to the hand-out", lambda: self.go(("handouts", handout))),
        )
        self.finish()

    def shown(self) -> Shown | None:
        slide = fragment_slide(self.workspace, self.handout, self.kind, self.index)
        ref = f"{self.get(('handouts', self.handout, 'id'))}/{self.get((*self.loc, 'id'))}"
        key = "document" if self.kind == "documents" else "card"

        def names_it(item: dict[str, Any]) -> bool:
            return item.get(key) == ref or ref in (item.get("cards") or [])

        return self.shown_in_step(slide, names_it)
