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
from facilitator.i18n import translate
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.editor.fields import Field, LineField, LinesField, MarkdownField
from facilitator.ui.editor.page import EditorPage, Shown


def _fragment_words(kind: str) -> dict[str, str]:
    """The sentences of a page of documents or of cards, each whole (a translation may
    decline the noun differently in each)."""
    if kind == "cards":
        return {
            "add": translate("Editor", "Add a card"),
            "another": translate("Editor", "Add another card"),
            "title": translate("Editor", "Change the card's title"),
            "text": translate("Editor", "Change the card's text"),
            "page": translate("Editor", "Card · {handout}"),
        }
    return {
        "add": translate("Editor", "Add a document"),
        "another": translate("Editor", "Add another document"),
        "title": translate("Editor", "Change the document's title"),
        "text": translate("Editor", "Change the document's text"),
        "page": translate("Editor", "Document · {handout}"),
    }


class IdField(LineField):
    """An id; a new one is given to every place that names it too (a rename, one undo step)."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, rename: Any) -> None:
        self._rename = rename
        super().__init__(
            bridge, doc, loc, optional=False, undo_text=translate("Editor", "Change the id")
        )
        self.line.textEdited.disconnect()
        self.line.editingFinished.connect(self._finished)
        self.line.setToolTip(
            translate(
                "Editor",
                "A short name: lower-case letters, digits and hyphens. Items that project this "
                "get the new name too.",
            )
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
        super().__init__(bridge, SESSION, loc, translate("Editor", "Hand-out"))
        self.index = index
        ws = self.workspace
        s = SESSION
        self.hint(
            translate(
                "Editor",
                "What groups receive on paper (File > Print hand-outs); its parts can be "
                "projected.",
            )
        )
        self.add(
            translate("Editor", "Title"),
            LineField(
                bridge,
                s,
                (*loc, "title"),
                optional=False,
                undo_text=translate("Editor", "Change the title"),
            ),
        )
        self.add(
            translate("Editor", "Id"),
            IdField(bridge, s, (*loc, "id"), lambda new: changes.rename_handout(ws, index, new)),
        )
        self.add(
            translate("Editor", "Instructions"),
            MarkdownField(
                bridge,
                s,
                (*loc, "instructions"),
                lines=6,
                undo_text=translate("Editor", "Change the instructions"),
            ),
        )
        self.add(
            translate("Editor", "Note"),
            MarkdownField(
                bridge, s, (*loc, "note"), lines=3, undo_text=translate("Editor", "Change the note")
            ),
        )
        self.add(
            translate("Editor", "Questions"),
            LinesField(
                bridge,
                s,
                (*loc, "questions"),
                lines=4,
                placeholder=translate("Editor", "One question per line"),
                undo_text=translate("Editor", "Change the questions"),
            ),
        )
        self.lists: dict[str, QListWidget] = {}
        for kind, title in (
            ("documents", translate("Editor", "Documents")),
            ("cards", translate("Editor", "Cards")),
        ):
            self.heading(title, translate("Editor", "Double-click one to edit it."))
            listed = QListWidget()
            listed.setObjectName(f"handout-{kind}")
            listed.setMaximumHeight(150)
            listed.itemDoubleClicked.connect(lambda _i, k=kind: self._open(k))
            self.body.addWidget(listed)
            self.lists[kind] = listed
            self.buttons(
                (_fragment_words(kind)["add"], partial(self.add_fragment, kind)),
                (translate("Editor", "Edit"), partial(self._open, kind)),
                (translate("Editor", "Remove"), partial(self._remove, kind)),
            )
        self.buttons(
            (
                translate("Editor", "Remove this hand-out"),
                lambda: self.bridge.push(changes.remove_handout(ws, index)),
            )
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
        words = _fragment_words(kind)
        handout_title = bridge.workspace.session.get(("handouts", handout, "title"), "")
        super().__init__(bridge, SESSION, loc, words["page"].format(handout=handout_title))
        self.handout, self.kind, self.index = handout, kind, index
        ws = self.workspace
        s = SESSION
        self.title_field = self.add(
            translate("Editor", "Title"),
            LineField(bridge, s, (*loc, "title"), optional=False, undo_text=words["title"]),
        )
        self.text_field: Field = self.add(
            translate("Editor", "Text"),
            MarkdownField(
                bridge,
                s,
                (*loc, "text"),
                optional=False,
                lines=12,
                undo_text=words["text"],
            ),
        )
        self.add(
            translate("Editor", "Id"),
            IdField(
                bridge,
                s,
                (*loc, "id"),
                lambda new: changes.rename_fragment(ws, handout, kind, index, new),
            ),
        )
        self.buttons(
            (words["another"], lambda: self.push(changes.add_fragment(ws, handout, kind))),
            (
                translate("Editor", "Duplicate"),
                lambda: self.push(changes.duplicate_fragment(ws, handout, kind, index)),
            ),
            (
                translate("Editor", "Remove"),
                lambda: self.bridge.push(changes.remove_fragment(ws, handout, kind, index)),
            ),
            (translate("Editor", "Back to the hand-out"), lambda: self.go(("handouts", handout))),
        )
        self.finish()

    def shown(self) -> Shown | None:
        slide = fragment_slide(self.workspace, self.handout, self.kind, self.index)
        ref = f"{self.get(('handouts', self.handout, 'id'))}/{self.get((*self.loc, 'id'))}"
        key = "document" if self.kind == "documents" else "card"

        def names_it(item: dict[str, Any]) -> bool:
            return item.get(key) == ref or ref in (item.get("cards") or [])

        return self.shown_in_step(slide, names_it)
