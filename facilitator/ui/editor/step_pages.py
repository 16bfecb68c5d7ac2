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
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
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
    translated,
)
from facilitator.ui.editor.outline import item_label, item_summary
from facilitator.ui.editor.page import EditorPage, Shown

GROUP_CHOICES: list[tuple[str, Any]] = [
    (QT_TRANSLATE_NOOP("Editor", "No groups"), None),
    (QT_TRANSLATE_NOOP("Editor", "Pairs (a trio when odd)"), "pairs"),
    (QT_TRANSLATE_NOOP("Editor", "2 to 3 people"), "2-3"),
    (QT_TRANSLATE_NOOP("Editor", "3 to 5 people"), "3-5"),
    (QT_TRANSLATE_NOOP("Editor", "4 people"), 4),
    (QT_TRANSLATE_NOOP("Editor", "The groups of an earlier step"), "same"),
]
PER_GROUP: list[tuple[str, Any]] = [
    (QT_TRANSLATE_NOOP("Editor", "None"), None),
    ("1", 1),
    ("2", 2),
    ("3", 3),
    (QT_TRANSLATE_NOOP("Editor", "All"), "all"),
]

#: What each kind of item is for, as the menu "Add a projected item" says it.
ITEM_HINTS = {
    "title": QT_TRANSLATE_NOOP("Editor", "A large title, with a line under it"),
    "question": QT_TRANSLATE_NOOP("Editor", "One question, alone and large"),
    "questions": QT_TRANSLATE_NOOP("Editor", "Several questions: all together, then one at a time"),
    "document": QT_TRANSLATE_NOOP("Editor", "A document of a hand-out"),
    "card": QT_TRANSLATE_NOOP("Editor", "A scenario card of a hand-out"),
    "cards": QT_TRANSLATE_NOOP("Editor", "Up to four cards side by side"),
    "handout": QT_TRANSLATE_NOOP("Editor", "A hand-out's instructions and questions"),
    "prompt": QT_TRANSLATE_NOOP("Editor", "A sentence to complete, such as “Ik zal ...”"),
    "section": QT_TRANSLATE_NOOP("Editor", "A section: a case study, a template, advice"),
    "text": QT_TRANSLATE_NOOP("Editor", "Free text in Markdown"),
}


def item_hint(kind: str) -> str:
    """What a kind of item is for, in the interface's language ("" for an unknown kind)."""
    hint = ITEM_HINTS.get(kind)
    return translate_marked("Editor", hint) if hint is not None else ""


def add_item_menu(parent: QWidget, on_kind: Any) -> QMenu:
    """The menu of item kinds to add ('Question – One question, alone and large')."""
    menu = QMenu(parent)
    for kind in changes.item_kinds():
        action = menu.addAction(
            translate("Editor", "{kind} – {hint}").format(
                kind=item_label(kind), hint=item_hint(kind)
            )
        )
        action.setData(kind)
        action.triggered.connect(lambda _c=False, k=kind: on_kind(k))
    return menu


class StepPage(EditorPage):
    """A step: title, minutes, thresholds, groups, instructions, and what it projects."""

    def __init__(self, bridge: WorkspaceBridge, index: int) -> None:
        super().__init__(
            bridge,
            SESSION,
            ("steps", index),
            translate("Editor", "Step {number}").format(number=index + 1),
        )
        self.index = index
        loc: Loc = ("steps", index)
        s = SESSION
        self.add(
            translate("Editor", "Title"),
            LineField(
                bridge,
                s,
                (*loc, "title"),
                optional=False,
                undo_text=translate("Editor", "Change the step's title"),
            ),
        )
        self.add(
            translate("Editor", "Minutes"),
            MinutesField(
                bridge,
                s,
                (*loc, "minutes"),
                optional=False,
                undo_text=translate("Editor", "Change the step's minutes"),
            ),
        )
        self.add(
            translate("Editor", "At least"),
            MinutesField(
                bridge,
                s,
                (*loc, "min_minutes"),
                none_text=translate("Editor", "half the step"),
                undo_text=translate("Editor", "Change the least minutes"),
            ),
            tip=translate(
                "Editor", "The least this step may be shortened to when the session runs late."
            ),
        )
        self.add(
            translate("Editor", "Warning at"),
            MinutesField(
                bridge,
                s,
                (*loc, "timing", "warning"),
                none_text=translate("Editor", "default"),
                undo_text=translate("Editor", "Change the warning"),
            ),
            tip=translate("Editor", "Minutes left when the countdown turns to warning."),
        )
        self.add(
            translate("Editor", "Danger at"),
            MinutesField(
                bridge,
                s,
                (*loc, "timing", "danger"),
                none_text=translate("Editor", "default"),
                undo_text=translate("Editor", "Change the danger"),
            ),
            tip=translate("Editor", "Minutes left when the countdown turns to danger."),
        )
        self.add(
            translate("Editor", "Id"),
            LineField(
                bridge,
                s,
                (*loc, "id"),
                optional=False,
                undo_text=translate("Editor", "Change the step's id"),
            ),
            tip=translate(
                "Editor",
                "A short name for the step, unique in the session: letters, digits and hyphens.",
            ),
        )
        self.heading(
            translate("Editor", "The trainer's instructions"),
            translate("Editor", "In Markdown: - for a list, **bold**, ## a heading."),
        )
        self.instructions = MarkdownField(
            bridge,
            s,
            (*loc, "instructions"),
            lines=10,
            undo_text=translate("Editor", "Change the instructions"),
        )
        self.fields.append(self.instructions)
        self.body.addWidget(self.instructions)
        form = self.new_form()
        self.body.addLayout(form)
        self.add(
            translate("Editor", "Materials"),
            LinesField(
                bridge,
                s,
                (*loc, "materials"),
                undo_text=translate("Editor", "Change the materials"),
            ),
            form,
        )
        self.heading(
            translate("Editor", "Groups"),
            translate(
                "Editor",
                "How the room works in this step; the trainer can always choose otherwise.",
            ),
        )
        form = self.new_form()
        self.body.addLayout(form)
        self.add(
            translate("Editor", "Groups"),
            ChoiceField(
                bridge,
                s,
                (*loc, "groups"),
                translated(GROUP_CHOICES),
                editable=True,
                undo_text=translate("Editor", "Change the groups"),
            ),
            form,
        )
        handouts = [
            (str(h.get("title", h.get("id"))), h.get("id"))
            for h in self.workspace.session.data.get("handouts") or []
            if isinstance(h, dict)
        ]
        self.add(
            translate("Editor", "Deal from"),
            ChoiceField(
                bridge,
                s,
                (*loc, "deal", "handout"),
                [(translate("Editor", "Nothing dealt"), None), *handouts],
                undo_text=translate("Editor", "Change what is dealt"),
            ),
            form,
        )
        self.add(
            translate("Editor", "Cards per group"),
            ChoiceField(
                bridge,
                s,
                (*loc, "deal", "cards"),
                translated(PER_GROUP),
                editable=True,
                undo_text=translate("Editor", "Change what is dealt"),
            ),
            form,
        )
        self.add(
            translate("Editor", "Documents per group"),
            ChoiceField(
                bridge,
                s,
                (*loc, "deal", "documents"),
                translated(PER_GROUP),
                editable=True,
                undo_text=translate("Editor", "Change what is dealt"),
            ),
            form,
        )
        self.add(
            "",
            CheckField(
                bridge,
                s,
                (*loc, "turns"),
                translate("Editor", "Every group has a turn (to present, report back)"),
                undo_text=translate("Editor", "Change the turns"),
            ),
            form,
        )
        self.add(
            translate("Editor", "Minutes per turn"),
            MinutesField(
                bridge,
                s,
                (*loc, "turns", "minutes"),
                none_text=translate("Editor", "shared out"),
                undo_text=translate("Editor", "Change the turns"),
            ),
            form,
        )
        self.add(
            translate("Editor", "Order of turns"),
            ChoiceField(
                bridge,
                s,
                (*loc, "turns", "order"),
                [
                    (translate("Editor", "In group order"), None),
                    (translate("Editor", "Shuffled"), "shuffled"),
                ],
                undo_text=translate("Editor", "Change the turns"),
            ),
            form,
        )
        self.heading(
            translate("Editor", "On the projector"),
            translate(
                "Editor",
                "What may be shown during this step, in order. Double-click one to edit it.",
            ),
        )
        self.items = QListWidget()
        self.items.setObjectName("step-items")
        self.items.setMinimumHeight(120)
        self.items.itemDoubleClicked.connect(lambda _item: self._open())
        self.body.addWidget(self.items)
        self.add_button = QToolButton()
        self.add_button.setText(translate("Editor", "Add a projected item"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setMenu(add_item_menu(self.add_button, self.add_item))
        self.buttons(
            (translate("Editor", "Edit"), self._open),
            (translate("Editor", "Duplicate"), self._duplicate),
            (translate("Editor", "Remove"), self._remove),
            (translate("Editor", "Move up"), lambda: self._move(-1)),
            (translate("Editor", "Move down"), lambda: self._move(+1)),
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
                slide,
                header,
                minutes,
                translate("Editor", "Item {number} of {count}.").format(
                    number=min(row, len(items) - 1) + 1, count=len(items)
                ),
            )
        title = self.get(("steps", self.index, "title"))
        slide = Slide("title", title=str(title or ""), label=str(title or ""))
        return Shown(
            slide, header, minutes, translate("Editor", "A step without items shows its title.")
        )


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
            translate("Editor", "{kind} · step {step}, item {number}").format(
                kind=item_label(kind), step=step + 1, number=index + 1
            ),
        )
        self.step, self.index, self.kind = step, index, kind
        self.hint(item_hint(kind))
        s = SESSION
        ws = self.workspace
        if kind == "title":
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
                translate("Editor", "Subtitle"),
                LineField(
                    bridge,
                    s,
                    (*loc, "subtitle"),
                    undo_text=translate("Editor", "Change the subtitle"),
                ),
            )
        elif kind == "question":
            self.add(
                translate("Editor", "Question"),
                TextField(
                    bridge,
                    s,
                    (*loc, "question"),
                    optional=False,
                    lines=3,
                    undo_text=translate("Editor", "Change the question"),
                ),
            )
        elif kind == "questions":
            self.add(
                translate("Editor", "Heading"),
                LineField(
                    bridge,
                    s,
                    (*loc, "heading"),
                    undo_text=translate("Editor", "Change the heading"),
                ),
            )
            self.add(
                translate("Editor", "Questions"),
                LinesField(
                    bridge,
                    s,
                    (*loc, "questions"),
                    optional=False,
                    lines=6,
                    placeholder=translate("Editor", "One question per line"),
                    undo_text=translate("Editor", "Change the questions"),
                ),
            )
        elif kind in ("document", "card"):
            choices = _fragments(ws, "documents" if kind == "document" else "cards")
            self.add(
                item_label(kind),
                ChoiceField(
                    bridge,
                    s,
                    (*loc, kind),
                    choices,
                    optional=False,
                    undo_text=translate("Editor", "Choose what is projected"),
                ),
            )
            edit_this = (
                translate("Editor", "Edit this document…")
                if kind == "document"
                else translate("Editor", "Edit this card…")
            )
            self.buttons((edit_this, self._edit_named))
        elif kind == "cards":
            self.add(
                translate("Editor", "Cards"),
                PicksField(
                    bridge,
                    s,
                    (*loc, "cards"),
                    _fragments(ws, "cards"),
                    most=4,
                    optional=False,
                    undo_text=translate("Editor", "Choose the cards"),
                ),
            )
            self.hint(
                translate(
                    "Editor", "One to four cards, shown side by side, as one group receives them."
                )
            )
        elif kind == "handout":
            choices = [
                (str(h.get("title")), h.get("id"))
                for h in ws.session.data.get("handouts") or []
                if isinstance(h, dict)
            ]
            self.add(
                translate("Editor", "Hand-out"),
                ChoiceField(
                    bridge,
                    s,
                    (*loc, "handout"),
                    choices,
                    optional=False,
                    undo_text=translate("Editor", "Choose the hand-out"),
                ),
            )
            self.buttons((translate("Editor", "Edit this hand-out…"), self._edit_named))
        elif kind == "prompt":
            self.add(
                translate("Editor", "Sentence"),
                LineField(
                    bridge,
                    s,
                    (*loc, "prompt"),
                    optional=False,
                    undo_text=translate("Editor", "Change the sentence"),
                ),
            )
            self.add(
                translate("Editor", "Examples"),
                LinesField(
                    bridge,
                    s,
                    (*loc, "examples"),
                    lines=4,
                    undo_text=translate("Editor", "Change the examples"),
                ),
            )
        elif kind == "section":
            choices = [
                (
                    translate("Editor", "{title} ({file})").format(
                        title=sec.get("title"),
                        file=key if key != SESSION else translate("Editor", "this session"),
                    ),
                    sec.get("id"),
                )
                for key in ws.keys
                for sec in ws.document(key).data.get("sections") or []
                if isinstance(sec, dict)
            ]
            self.add(
                translate("Editor", "Section"),
                ChoiceField(
                    bridge,
                    s,
                    (*loc, "section"),
                    choices,
                    optional=False,
                    undo_text=translate("Editor", "Choose the section"),
                ),
            )
            self.buttons((translate("Editor", "Edit this section…"), self._edit_named))
        else:
            self.add(
                translate("Editor", "Heading"),
                LineField(
                    bridge,
                    s,
                    (*loc, "heading"),
                    undo_text=translate("Editor", "Change the heading"),
                ),
            )
            self.add(
                translate("Editor", "Text"),
                MarkdownField(
                    bridge,
                    s,
                    (*loc, "text"),
                    optional=False,
                    lines=8,
                    undo_text=translate("Editor", "Change the text"),
                ),
            )
        self.buttons(
            (
                translate("Editor", "Duplicate"),
                lambda: self.push(changes.duplicate_item(ws, step, index)),
            ),
            (
                translate("Editor", "Remove"),
                lambda: self.bridge.push(changes.remove_item(ws, step, index)),
            ),
            (translate("Editor", "Back to the step"), lambda: self.go(("steps", step))),
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
    found: list[tuple[str, Any]] = [(translate("Editor", "(none)"), None)]
    for handout in workspace.session.data.get("handouts") or []:
        if not isinstance(handout, dict):
            continue
        for fragment in handout.get(kind) or []:
            if isinstance(fragment, dict):
                found.append(
                    (str(fragment.get("title")), f"{handout.get('id')}/{fragment.get('id')}")
                )
    return found
