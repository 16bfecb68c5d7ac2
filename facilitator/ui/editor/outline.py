"""The editor's outline: the session's parts in a tree, with their clock times and problems.

Steps (with their planned clock times) and their projected items, hand-outs
with their documents and cards, the session's sections, and each library file
with its sections and checklists. Steps, items, documents, cards and sections
are dragged into a new order among their siblings; a drop asks for a move
(:attr:`Outline.moveRequested`) and the tree is then drawn again from the
workspace, so the tree never holds an order of its own.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDropEvent, QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from facilitator.agenda.errors import Loc, format_number
from facilitator.editing.edits import Target
from facilitator.editing.plan import plan_of
from facilitator.editing.shape import item_kind
from facilitator.editing.validation import Validation
from facilitator.editing.workspace import SESSION, Workspace
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.ui.markup import autotext

TARGET_ROLE = Qt.ItemDataRole.UserRole
LIST_ROLE = Qt.ItemDataRole.UserRole + 1  # (doc, list loc, index) of a movable entry

#: How each kind of projected item is named in the outline.
ITEM_LABELS = {
    "title": QT_TRANSLATE_NOOP("Editor", "Title"),
    "question": QT_TRANSLATE_NOOP("Editor", "Question"),
    "questions": QT_TRANSLATE_NOOP("Editor", "Questions"),
    "document": QT_TRANSLATE_NOOP("Editor", "Document"),
    "card": QT_TRANSLATE_NOOP("Editor", "Card"),
    "cards": QT_TRANSLATE_NOOP("Editor", "Cards"),
    "handout": QT_TRANSLATE_NOOP("Editor", "Hand-out"),
    "prompt": QT_TRANSLATE_NOOP("Editor", "Prompt"),
    "section": QT_TRANSLATE_NOOP("Editor", "Section"),
    "text": QT_TRANSLATE_NOOP("Editor", "Text"),
}


def item_label(kind: str) -> str:
    """The name of a kind of projected item, in the interface's language ("Question")."""
    label = ITEM_LABELS.get(kind)
    return translate_marked("Editor", label) if label is not None else translate("Editor", "Item")


def item_summary(item: Any) -> str:
    """'Question: Kent u een leerplan …' for a projected item (plain data)."""
    kind = item_kind(item)
    if kind is None or not isinstance(item, dict):
        return translate("Editor", "Unknown item")
    value = item.get(kind)
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value or "")
    if kind == "questions" and item.get("heading"):
        text = str(item["heading"])
    text = " ".join(text.split())
    short = text[:60] + ("…" if len(text) > 60 else "")
    return translate("Editor", "{kind}: {text}").format(kind=item_label(kind), text=short)


def _text(value: Any, fallback: str) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) and value.strip() else fallback


class Outline(QTreeWidget):
    """The tree of the session's parts; selecting one shows its page."""

    selected = Signal(object)  # the Target of the part chosen
    moveRequested = Signal(str, tuple, int, int)  # doc, list loc, from, to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor-outline")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentItemChanged.connect(self._current)
        self._items: dict[Target, QTreeWidgetItem] = {}
        self._problem_icon = qta.icon("fa5s.exclamation-circle", color="#b3261e")
        self._quiet = False

    # --- building ----------------------------------------------------------------------

    def rebuild(self, workspace: Workspace, start: datetime, keep: Target | None = None) -> None:
        """Draw the tree again from ``workspace`` (after a structural edit); keep a selection."""
        current = keep if keep is not None else self.current_target()
        expanded = {t for t, item in self._items.items() if item.isExpanded()}
        self._quiet = True
        self.clear()
        self._items = {}
        data = workspace.session.data
        root = self._add(
            None,
            _text(data.get("title"), translate("Editor", "Untitled session")),
            Target(SESSION, ()),
        )
        font = QFont(root.font(0))
        font.setBold(True)
        root.setFont(0, font)
        plan = plan_of(data, start)
        steps = self._group(root, translate("Editor", "Steps"), SESSION, ("steps",))
        for planned, step in zip(plan.steps, data.get("steps") or [], strict=False):
            step_loc: Loc = ("steps", planned.index)
            node = self._add(
                steps, "", Target(SESSION, step_loc), (SESSION, ("steps",), planned.index)
            )
            node.setText(0, self.step_label(planned.start, step))
            items = step.get("project") if isinstance(step, dict) else None
            for i, item in enumerate(items if isinstance(items, list) else []):
                loc: Loc = (*step_loc, "project", i)
                self._add(
                    node,
                    item_summary(item),
                    Target(SESSION, loc),
                    (SESSION, (*step_loc, "project"), i),
                )
        handouts = self._group(root, translate("Editor", "Hand-outs"), SESSION, ("handouts",))
        for h, handout in enumerate(data.get("handouts") or []):
            if not isinstance(handout, dict):
                continue
            node = self._add(
                handouts,
                _text(handout.get("title"), translate("Editor", "Untitled hand-out")),
                Target(SESSION, ("handouts", h)),
            )
            for kind in ("documents", "cards"):
                for f, fragment in enumerate(handout.get(kind) or []):
                    loc = ("handouts", h, kind, f)
                    word = (
                        translate("Editor", "Card")
                        if kind == "cards"
                        else translate("Editor", "Document")
                    )
                    title = fragment.get("title") if isinstance(fragment, dict) else None
                    self._add(
                        node,
                        _text(title, word),
                        Target(SESSION, loc),
                        (SESSION, ("handouts", h, kind), f),
                    )
        self._sections(root, SESSION, data, translate("Editor", "Sections"))
        for key, document in workspace.libraries.items():
            title = _text(document.data.get("title"), key)
            library = self._add(
                None, translate("Editor", "Library: {title}").format(title=title), Target(key, ())
            )
            self._sections(library, key, document.data, translate("Editor", "Sections"))
            checklists = self._group(
                library, translate("Editor", "Checklists"), key, ("checklists",)
            )
            for c, checklist in enumerate(document.data.get("checklists") or []):
                title = checklist.get("title") if isinstance(checklist, dict) else None
                self._add(
                    checklists,
                    _text(title, translate("Editor", "Checklist")),
                    Target(key, ("checklists", c)),
                    (key, ("checklists",), c),
                )
        for target, item in self._items.items():
            if target in expanded or target.loc in ((), ("steps",), ("handouts",)):
                item.setExpanded(True)
        self._quiet = False
        self.select(current or Target(SESSION, ()))

    def _sections(
        self, parent: QTreeWidgetItem, doc: str, data: dict[str, Any], label: str
    ) -> None:
        group = self._group(parent, label, doc, ("sections",))
        for s, section in enumerate(data.get("sections") or []):
            title = section.get("title") if isinstance(section, dict) else None
            self._add(
                group,
                _text(title, translate("Editor", "Section")),
                Target(doc, ("sections", s)),
                (doc, ("sections",), s),
            )

    def _group(self, parent: QTreeWidgetItem, label: str, doc: str, loc: Loc) -> QTreeWidgetItem:
        group = self._add(parent, label, Target(doc, loc))
        group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        return group

    def _add(
        self,
        parent: QTreeWidgetItem | None,
        text: str,
        target: Target,
        movable: tuple[str, Loc, int] | None = None,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setToolTip(0, autotext(text))
        item.setData(0, TARGET_ROLE, target)
        flags = item.flags() | Qt.ItemFlag.ItemIsDropEnabled
        if movable is not None:
            item.setData(0, LIST_ROLE, movable)
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        else:
            flags &= ~Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[target] = item
        return item

    @staticmethod
    def step_label(start: datetime, step: Any) -> str:
        """'09:10  Presentatie: … · 15 min' for a step planned to start at ``start``."""
        step = step if isinstance(step, dict) else {}
        minutes = step.get("minutes")
        length = format_number(minutes) if isinstance(minutes, int | float) else "?"
        title = _text(step.get("title"), translate("Editor", "Untitled step"))
        return translate("Editor", "{time}  {title} · {minutes} min").format(
            time=f"{start:%H:%M}", title=title, minutes=length
        )

    # --- following the model ----------------------------------------------------------

    def relabel(self, workspace: Workspace, start: datetime) -> None:
        """Write every label again (a title or minutes changed), keeping the tree."""
        data = workspace.session.data
        plan = plan_of(data, start)
        steps = data.get("steps") or []
        for target, item in self._items.items():
            doc, loc = target.doc, target.loc
            value = workspace.document(doc).get(loc) if doc in workspace.keys else None
            if doc == SESSION and len(loc) == 2 and loc[0] == "steps" and isinstance(loc[1], int):
                if loc[1] < len(plan.steps):
                    item.setText(0, self.step_label(plan.steps[loc[1]].start, steps[loc[1]]))
            elif len(loc) == 4 and loc[2] == "project":
                item.setText(0, item_summary(value))
            elif loc == ():
                title = value.get("title") if isinstance(value, dict) else None
                text = _text(title, translate("Editor", "Untitled session"))
                item.setText(
                    0,
                    text
                    if doc == SESSION
                    else translate("Editor", "Library: {title}").format(title=text),
                )
            elif isinstance(value, dict) and "title" in value and len(loc) >= 2:
                item.setText(0, _text(value.get("title"), item.text(0)))

    def show_problems(self, validation: Validation) -> None:
        """Mark every part that has a problem in it (or in a part inside it)."""
        for target, item in self._items.items():
            inside = validation.at(target.doc, target.loc, exact=False)
            if target.loc == ():
                inside = validation.at(target.doc, (), exact=True) + validation.at(
                    target.doc, ("duration",)
                )
            item.setIcon(0, self._problem_icon if inside else QIcon())
            # The whole name (a long one is cut short with "…" in the tree), then the problems.
            tip = [item.text(0), *(p.sentence for p in inside[:5])]
            item.setToolTip(0, autotext("\n".join(tip)))

    # --- selection ----------------------------------------------------------------------

    def current_target(self) -> Target | None:
        """The part selected now."""
        item = self.currentItem()
        target = item.data(0, TARGET_ROLE) if item is not None else None
        return target if isinstance(target, Target) else None

    def select(self, target: Target) -> None:
        """Select ``target`` (or the nearest part that exists: the one before it, its parent)."""
        item = self._nearest(target)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def _nearest(self, target: Target) -> QTreeWidgetItem | None:
        loc = target.loc
        while True:
            item = self._items.get(Target(target.doc, loc))
            if item is not None:
                return item
            if loc and isinstance(loc[-1], int) and loc[-1] > 0:
                loc = (*loc[:-1], loc[-1] - 1)
                continue
            if not loc:
                return self._items.get(Target(SESSION, ()))
            loc = loc[:-1]

    def item_for(self, target: Target) -> QTreeWidgetItem | None:
        """The tree's row for ``target``, if it has one."""
        return self._items.get(target)

    def _current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if self._quiet or item is None:
            return
        target = item.data(0, TARGET_ROLE)
        if isinstance(target, Target):
            self.selected.emit(target)

    # --- drag and drop -----------------------------------------------------------------

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask for the move the drop means; the tree is drawn again from the model."""
        source = self.currentItem()
        position = self.dropIndicatorPosition()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.ignore()
        if source is not None and target is not None:
            self.drop(source, target, position)

    def drop(
        self,
        source: QTreeWidgetItem,
        target: QTreeWidgetItem,
        position: QAbstractItemView.DropIndicatorPosition,
    ) -> bool:
        """Move ``source`` to where ``target`` and ``position`` say, among its siblings."""
        moving = source.data(0, LIST_ROLE)
        if not isinstance(moving, tuple):
            return False
        doc, list_loc, index = moving
        onto = target.data(0, LIST_ROLE)
        below = position == QAbstractItemView.DropIndicatorPosition.BelowItem
        if isinstance(onto, tuple) and onto[:2] == (doc, list_loc):
            place = onto[2] + (1 if below else 0)
        elif target.data(0, TARGET_ROLE) == Target(doc, list_loc) or (
            isinstance(target.data(0, TARGET_ROLE), Target)
            and target.data(0, TARGET_ROLE).loc == list_loc[:-1]
        ):
            place = 0 if position == QAbstractItemView.DropIndicatorPosition.AboveItem else 10_000
        else:
            return False  # not among its siblings: steps stay steps, cards stay in their hand-out
        count = self._count(source)
        place = min(place, count)
        new_index = place - 1 if place > index else place
        if new_index == index:
            return False
        self.moveRequested.emit(doc, list_loc, index, new_index)
        return True

    @staticmethod
    def _count(item: QTreeWidgetItem) -> int:
        parent = item.parent()
        moving = item.data(0, LIST_ROLE)
        if parent is None:
            return 1
        count = 0
        for i in range(parent.childCount()):
            child = parent.child(i)
            entry = child.data(0, LIST_ROLE) if child is not None else None
            if isinstance(entry, tuple) and entry[:2] == moving[:2]:
                count += 1
        return count

    def drop_point(self, target: QTreeWidgetItem) -> QPoint:
        """Where to drop onto ``target``'s row (tests drag with this)."""
        return self.visualItemRect(target).center()
