"""Pages of a step and of one of its projected items."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QListWidget, QMenu, QToolButton, QWidget

from facilitator.agenda.errors import Loc
from facilitator.agenda.slides import Slide
from facilitator.editing import changes
from facilitator.editing.preview import item_slide
from facilitator.editing.shape import item_kind
from facilitator.editing.workspace import SESSION
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.editor.fields import (
    CheckField,
    ChoiceField,
    LineField,
    LinesField,
    MarkdownField,
    MinutesField,
    PicksField,
    TextField,
)
from facilitator.ui.editor.outline import ITEM_LABELS, item_summary
from facilitator.ui.editor.page import EditorPage, Shown

GROUP_CHOICES: list[tuple[str, Any]] = [
    ("No groups", None),
    ("Pairs (a trio when odd)", "pairs"),
    ("2 to 3 people", "2-3"),
    ("3 to 5 people", "3-5"),
    ("4 people", 4),
    ("The groups of an earlier step", "same"),
]
PER_GROUP: list[tuple[str, Any]] = [("None", None), ("1", 1), ("2", 2), ("3", 3), ("All", "all")]

#: What each kind of item is for, as the menu "Add a projected item" says it.
ITEM_HINTS = {
    "title": "A large title, with a line under it",
    "question": "One question, alone and large",
    "questions": "Several questions: all together, then one at a time",
    "document": "A document of a hand-out",
    "card": "A scenario card of a hand-out",
    "cards": "Up to four cards side by side",
    "handout": "A hand-out's instructions and questions",
    "prompt": "A sentence to complete, such as “Ik zal ...”",
    "section": "A section: a case study, a template, advice",
    "text": "Free text in Markdown",
}


def add_item_menu(parent: QWidget, on_kind: Any) -> QMenu:
    """The menu of item kinds to add ('Question – One question, alone and large')."""
    menu = QMenu(parent)
    for kind in changes.item_kinds():
        action = menu.addAction(f"{ITEM_LABELS[kind]} – {ITEM_HINTS[kind]}")
        action.setData(kind)
        action.triggered.connect(lambda _c=False, k=kind: on_kind(k))
    return menu


class StepPage(EditorPage):
    """A step: title, minutes, thresholds, groups, instructions, and what it projects."""

    def __init__(self, bridge: WorkspaceBridge, index: int) -> None:
        super().__init__(bridge, SESSION, ("steps", index), f"Step {index + 1}")
        self.index = index
        loc: Loc = ("steps", index)
        s = SESSION
        self.add(
            "Title",
            LineField(
                bridge, s, (*loc, "title"), optional=False, undo_text="Change the step's title"
            ),
        )
        self.add(
            "Minutes",
            MinutesField(
                bridge, s, (*loc, "minutes"), optional=False, undo_text="Change the step's minutes"
            ),
        )
        self.add(
            "At least",
            MinutesField(
                bridge,
                s,
                (*loc, "min_minutes"),
                none_text="half the step",
                undo_text="Change the least minutes",
            ),
            tip="The least this step may be shortened to when the session runs late.",
        )
        self.add(
            "Warning at",
            MinutesField(
                bridge,
                s,
                (*loc, "timing", "warning"),
                none_text="default",
                undo_text="Change the warning",
            ),
            tip="Minutes left when the countdown turns to warning.",
        )
        self.add(
            "Danger at",
            MinutesField(
                bridge,
                s,
                (*loc, "timing", "danger"),
                none_text="default",
                undo_text="Change the danger",
            ),
            tip="Minutes left when the countdown turns to danger.",
        )
        self.add(
            "Id",
            LineField(bridge, s, (*loc, "id"), optional=False, undo_text="Change the step's id"),
            tip="A short name for the step, unique in the session: letters, digits and hyphens.",
        )
        self.heading(
            "The trainer's instructions", "In Markdown: - for a list, **bold**, ## a heading."
        )
        self.instructions = MarkdownField(
            bridge, s, (*loc, "instructions"), lines=10, undo_text="Change the instructions"
        )
        self.fields.append(self.instructions)
        self.body.addWidget(self.instructions)
        form = self.new_form()
        self.body.addLayout(form)
        self.add(
            "Materials",
            LinesField(bridge, s, (*loc, "materials"), undo_text="Change the materials"),
            form,
        )
        self.heading(
            "Groups", "How the room works in this step; the trainer can always choose otherwise."
        )
        form = self.new_form()
        self.body.addLayout(form)
        self.add(
            "Groups",
            ChoiceField(
                bridge,
                s,
                (*loc, "groups"),
                GROUP_CHOICES,
                editable=True,
                undo_text="Change the groups",
            ),
            form,
        )
        handouts = [
            (str(h.get("title", h.get("id"))), h.get("id"))
            for h in self.workspace.session.data.get("handouts") or []
            if isinstance(h, dict)
        ]
        self.add(
            "Deal from",
            ChoiceField(
                bridge,
                s,
                (*loc, "deal", "handout"),
                [("Nothing dealt", None), *handouts],
                undo_text="Change what is dealt",
            ),
            form,
        )
        self.add(
            "Cards per group",
            ChoiceField(
                bridge,
                s,
                (*loc, "deal", "cards"),
                PER_GROUP,
                editable=True,
                undo_text="Change what is dealt",
            ),
            form,
        )
        self.add(
            "Documents per group",
            ChoiceField(
                bridge,
                s,
                (*loc, "deal", "documents"),
                PER_GROUP,
                editable=True,
                undo_text="Change what is dealt",
            ),
            form,
        )
        self.add(
            "",
            CheckField(
                bridge,
                s,
                (*loc, "turns"),
                "Every group has a turn (to present, report back)",
                undo_text="Change the turns",
            ),
            form,
        )
        self.add(
            "Minutes per turn",
            MinutesField(
                bridge,
                s,
                (*loc, "turns", "minutes"),
                none_text="shared out",
                undo_text="Change the turns",
            ),
            form,
        )
        self.add(
            "Order of turns",
            ChoiceField(
                bridge,
                s,
                (*loc, "turns", "order"),
                [("In group order", None), ("Shuffled", "shuffled")],
                undo_text="Change the turns",
            ),
            form,
        )
        self.heading(
            "On the projector",
            "What may be shown during this step, in order. Double-click one to edit it.",
        )
        self.items = QListWidget()
        self.items.setObjectName("step-items")
        self.items.setMinimumHeight(120)
        self.items.itemDoubleClicked.connect(lambda _item: self._open())
        self.body.addWidget(self.items)
        self.add_button = QToolButton()
        self.add_button.setText("Add a projected item")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setMenu(add_item_menu(self.add_button, self.add_item))
        self.buttons(
            ("Edit", self._open),
            ("Duplicate", self._duplicate),
            ("Remove", self._remove),
            ("Move up", lambda: self._move(-1)),
            ("Move down", lambda: self._move(+1)),
            lead=self.add_button,
        )
        self.finish()
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        items = self.get(("steps", self.index, "project"))
        labels = [item_summary(i) for i in items] if isinstance(items, list) else []
        if [self.items.item(r).text() for r in range(self.items.count())] != labels:
            row = self.items.currentRow()
            self.items.clear()
            self.items.addItems(labels)
            self.items.setCurrentRow(min(max(row, 0), len(labels) - 1))

    def add_item(self, kind: str) -> None:
        """Add an item of ``kind`` after the one selected (or at the end)."""
        row = self.items.currentRow()
        at = row + 1 if row >= 0 else None
        self.push(changes.add_item(self.workspace, self.index, kind, at))

    def _row(self) -> int | None:
        row = self.items.currentRow()
        return row if 0 <= row < self.items.count() else None

    def _open(self) -> None:
        row = self._row()
        if row is not None:
            self.go(("steps", self.index, "project", row))

    def _duplicate(self) -> None:
        row = self._row()
        if row is not None:
            self.push(changes.duplicate_item(self.workspace, self.index, row))

    def _remove(self) -> None:
        row = self._row()
        if row is not None:
            self.bridge.push(changes.remove_item(self.workspace, self.index, row))

    def _move(self, by: int) -> None:
        row = self._row()
        if row is None or not 0 <= row + by < self.items.count():
            return
        if self.bridge.push(changes.move_item(self.workspace, self.index, row, row + by)):
            self.items.setCurrentRow(row + by)

    def shown(self) -> Shown | None:
        items = self.get(("steps", self.index, "project"))
        header = self.step_header(self.index)
        minutes = self.step_minutes(self.index)
        row = self._row() or 0
        if isinstance(items, list) and items:
            slide = item_slide(self.workspace, items[min(row, len(items) - 1)])
            return Shown(
                slide, header, minutes, f"Item {min(row, len(items) - 1) + 1} of {len(items)}."
            )
        title = self.get(("steps", self.index, "title"))
        slide = Slide("title", title=str(title or ""), label=str(title or ""))
        return Shown(slide, header, minutes, "A step without items shows its title.")


class ItemPage(EditorPage):
    """One projected item: the fields of its kind, and the part it names."""

    def __init__(self, bridge: WorkspaceBridge, step: int, index: int) -> None:
        loc: Loc = ("steps", step, "project", index)
        raw = bridge.workspace.session.get(loc)
        kind = item_kind(raw) or "text"
        super().__init__(
            bridge,
            SESSION,
            loc,
            f"{ITEM_LABELS.get(kind, 'Item')} · step {step + 1}, item {index + 1}",
        )
        self.step, self.index, self.kind = step, index, kind
        self.hint(ITEM_HINTS.get(kind, ""))
        s = SESSION
        ws = self.workspace
        if kind == "title":
            self.add(
                "Title",
                LineField(bridge, s, (*loc, "title"), optional=False, undo_text="Change the title"),
            )
            self.add(
                "Subtitle",
                LineField(bridge, s, (*loc, "subtitle"), undo_text="Change the subtitle"),
            )
        elif kind == "question":
            self.add(
                "Question",
                TextField(
                    bridge,
                    s,
                    (*loc, "question"),
                    optional=False,
                    lines=3,
                    undo_text="Change the question",
                ),
            )
        elif kind == "questions":
            self.add(
                "Heading", LineField(bridge, s, (*loc, "heading"), undo_text="Change the heading")
            )
            self.add(
                "Questions",
                LinesField(
                    bridge,
                    s,
                    (*loc, "questions"),
                    optional=False,
                    lines=6,
                    placeholder="One question per line",
                    undo_text="Change the questions",
                ),
            )
        elif kind in ("document", "card"):
            choices = _fragments(ws, "documents" if kind == "document" else "cards")
            self.add(
                ITEM_LABELS[kind],
                ChoiceField(
                    bridge,
                    s,
                    (*loc, kind),
                    choices,
                    optional=False,
                    undo_text="Choose what is projected",
                ),
            )
            self.buttons((f"Edit this {ITEM_LABELS[kind].lower()}…", self._edit_named))
        elif kind == "cards":
            self.add(
                "Cards",
                PicksField(
                    bridge,
                    s,
                    (*loc, "cards"),
                    _fragments(ws, "cards"),
                    most=4,
                    optional=False,
                    undo_text="Choose the cards",
                ),
            )
            self.hint("One to four cards, shown side by side, as one group receives them.")
        elif kind == "handout":
            choices = [
                (str(h.get("title")), h.get("id"))
                for h in ws.session.data.get("handouts") or []
                if isinstance(h, dict)
            ]
            self.add(
                "Hand-out",
                ChoiceField(
                    bridge,
                    s,
                    (*loc, "handout"),
                    choices,
                    optional=False,
                    undo_text="Choose the hand-out",
                ),
            )
            self.buttons(("Edit this hand-out…", self._edit_named))
        elif kind == "prompt":
            self.add(
                "Sentence",
                LineField(
                    bridge, s, (*loc, "prompt"), optional=False, undo_text="Change the sentence"
                ),
            )
            self.add(
                "Examples",
                LinesField(bridge, s, (*loc, "examples"), lines=4, undo_text="Change the examples"),
            )
        elif kind == "section":
            choices = [
                (f"{sec.get('title')} ({key if key != SESSION else 'this session'})", sec.get("id"))
                for key in ws.keys
                for sec in ws.document(key).data.get("sections") or []
                if isinstance(sec, dict)
            ]
            self.add(
                "Section",
                ChoiceField(
                    bridge,
                    s,
                    (*loc, "section"),
                    choices,
                    optional=False,
                    undo_text="Choose the section",
                ),
            )
            self.buttons(("Edit this section…", self._edit_named))
        else:
            self.add(
                "Heading", LineField(bridge, s, (*loc, "heading"), undo_text="Change the heading")
            )
            self.add(
                "Text",
                MarkdownField(
                    bridge, s, (*loc, "text"), optional=False, lines=8, undo_text="Change the text"
                ),
            )
        self.buttons(
            ("Duplicate", lambda: self.push(changes.duplicate_item(ws, step, index))),
            ("Remove", lambda: self.bridge.push(changes.remove_item(ws, step, index))),
            ("Back to the step", lambda: self.go(("steps", step))),
        )
        self.finish()

    def _edit_named(self) -> None:
        """Show the card, document, hand-out or section this item projects."""
        ws = self.workspace
        value = ws.session.get((*self.loc, self.kind))
        if self.kind in ("document", "card") and isinstance(value, str):
            handout_id, _, fragment_id = value.partition("/")
            kind = "documents" if self.kind == "document" else "cards"
            for h, handout in enumerate(ws.session.data.get("handouts") or []):
                if isinstance(handout, dict) and handout.get("id") == handout_id:
                    for f, fragment in enumerate(handout.get(kind) or []):
                        if isinstance(fragment, dict) and fragment.get("id") == fragment_id:
                            self.go(("handouts", h, kind, f))
                            return
        elif self.kind == "handout":
            for h, handout in enumerate(ws.session.data.get("handouts") or []):
                if isinstance(handout, dict) and handout.get("id") == value:
                    self.go(("handouts", h))
                    return
        elif self.kind == "section":
            for key in ws.keys:
                for i, sec in enumerate(ws.document(key).data.get("sections") or []):
                    if isinstance(sec, dict) and sec.get("id") == value:
                        self.go(("sections", i), key)
                        return

    def shown(self) -> Shown | None:
        slide = item_slide(self.workspace, self.get(self.loc))
        return Shown(slide, self.step_header(self.step), self.step_minutes(self.step))


def _fragments(workspace: Any, kind: str) -> list[tuple[str, Any]]:
    """Every document or card of the session's hand-outs, by title, as references."""
    found: list[tuple[str, Any]] = [("(none)", None)]
    for handout in workspace.session.data.get("handouts") or []:
        if not isinstance(handout, dict):
            continue
        for fragment in handout.get(kind) or []:
            if isinstance(fragment, dict):
                found.append(
                    (str(fragment.get("title")), f"{handout.get('id')}/{fragment.get('id')}")
                )
    return found
