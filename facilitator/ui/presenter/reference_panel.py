"""The reference panel: the session's advice, guide, case study, checklists, searchable.

Entries come from the agenda's sections (grouped by their ``category``), the
libraries' introduction, their checklists (one tickable row per item) and
references. The search box keeps the entries whose text contains every word
typed, accents and case ignored, and marks the first match in the text.
Checklist ticks are kept per agenda file (:class:`ConsoleSettings`), so they
survive a reload of the agenda and a restart of the app during the run.

Any section or checklist can be put on the projector at once: the panel knows
which one each entry is (:meth:`ReferencePanel.selected_source`) and carries
the button of the ``project_reference`` command, and a tick for the parts the
agenda marks as the trainer's own, which the room sees only when it is ticked.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.plain import Reference, Section
from facilitator.i18n import translate
from facilitator.markup import bullets, literal
from facilitator.ui.markup import show_markdown

ROLE_TEXT = Qt.ItemDataRole.UserRole  # the entry's Markdown
ROLE_TICK = Qt.ItemDataRole.UserRole + 1  # a checklist item's key
ROLE_SOURCE = Qt.ItemDataRole.UserRole + 2  # ("section" or "checklist", its id)
ROLE_TRAINER = Qt.ItemDataRole.UserRole + 3  # a section with trainer-only parts


@dataclass(frozen=True)
class ReferenceSource:
    """What a reference entry is, for putting it on the projector."""

    kind: str  # "section" or "checklist"
    ref: str  # its id
    trainer_only: bool = False  # a section that has parts for the trainer alone


def fold(text: str) -> str:
    """Lower case without accents, for searching Dutch text typed without them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(query: str, text: str) -> bool:
    """Whether every word of ``query`` occurs in ``text`` (accents and case ignored)."""
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())


def section_markdown(section: Section) -> str:
    """A reference section as Markdown: title, body, figures, phases, closing.

    Body, closing and the phases' texts are Markdown; titles and labels plain text.
    """
    parts = [f"## {literal(section.title)}"]
    if section.subtitle:
        parts.append(f"*{literal(section.subtitle)}*")
    if section.body.strip():
        parts.append(section.body.strip())
    if section.figures:
        parts.append(
            "\n".join(f"- **{literal(f.value)}** {literal(f.label)}" for f in section.figures)
        )
    for phase in section.phases:
        parts.append(f"### {literal(phase.title)}\n\n{phase.text.strip()}")
        if phase.example:
            parts.append(f"*{phase.example.strip()}*")
    if section.closing.strip():
        parts.append(section.closing.strip())
    return "\n\n".join(parts)


def reference_line(reference: Reference) -> str:
    """A source as a Markdown list item: its citation as written, its address a link."""
    if (
        reference.url
        and reference.url.startswith(("http://", "https://"))
        and not any(c in reference.url for c in " <>")
    ):
        return f"- {literal(reference.text)} <{reference.url}>"
    if reference.url:
        return f"- {literal(reference.text)} {literal(reference.url)}"
    return f"- {literal(reference.text)}"


class ReferencePanel(QWidget):
    """Search box, the list of entries (with tickable checklists), and the chosen text."""

    ticksChanged = Signal(set)

    def __init__(self, parent: QWidget | None = None, project: QAction | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("reference-search")
        self.search.setPlaceholderText(translate("Reference", "Search the reference (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reference-tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("reference-text")
        self.text.setOpenExternalLinks(True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("reference-splitter")
        split.addWidget(self.tree)
        split.addWidget(self.text)
        split.setSizes([200, 300])
        self.splitter = split
        # Put the chosen entry on the projector at once (the project_reference command).
        self.project_button = QToolButton()
        self.project_button.setObjectName("reference-project")
        self.project_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if project is not None:
            self.project_button.setDefaultAction(project)
        self.trainer_parts = QCheckBox(translate("Reference", "With my own instructions"))
        self.trainer_parts.setObjectName("reference-trainer-parts")
        self.trainer_parts.setToolTip(
            translate(
                "Reference",
                "Also show the room the parts of this text that the agenda marks as the "
                "trainer's own (such as how to use a template)",
            )
        )
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.project_button)
        actions.addWidget(self.trainer_parts)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self._follow_selection(None)
        self.tree.currentItemChanged.connect(lambda item, _old: self._follow_selection(item))
        self.search.textChanged.connect(self.filter)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.tree.itemChanged.connect(self._on_item_changed)
        self._loading = False

    # --- content -------------------------------------------------------------

    def set_agenda(self, agenda: Agenda, ticks: set[str]) -> None:
        """Fill the entries from ``agenda``; ``ticks`` are the checklist items ticked."""
        self._loading = True
        self.tree.clear()
        if agenda.description.strip():
            self._group(
                translate("Reference", "Introduction"),
                [(translate("Reference", "About this material"), agenda.description, None)],
            )
        groups: dict[str, list[tuple[str, str, ReferenceSource | None]]] = {}
        for section in agenda.sections:
            source = ReferenceSource("section", section.id, bool(section.trainer_only))
            groups.setdefault(section.category or translate("Reference", "Reference"), []).append(
                (section.title, section_markdown(section), source)
            )
        for name, entries in groups.items():
            self._group(name, entries)
        if agenda.checklists:
            top = QTreeWidgetItem([translate("Reference", "Checklists")])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for checklist in agenda.checklists:
                title = f"## {literal(checklist.title)}"
                parent = QTreeWidgetItem([checklist.title])
                parent.setData(0, ROLE_TEXT, f"{title}\n\n{bullets(checklist.items)}")
                source = ReferenceSource("checklist", checklist.id)
                parent.setData(0, ROLE_SOURCE, source)
                top.addChild(parent)
                for number, text in enumerate(checklist.items, start=1):
                    key = f"{checklist.id}/{number}"
                    child = QTreeWidgetItem([text])
                    child.setData(0, ROLE_TICK, key)
                    child.setData(0, ROLE_TEXT, f"{title}\n\n{literal(text)}")
                    child.setData(0, ROLE_SOURCE, source)  # an item projects its checklist
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    checked = key in ticks
                    child.setCheckState(
                        0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
                    parent.addChild(child)
        if agenda.references:
            body = "\n".join(reference_line(r) for r in agenda.references)
            references = translate("Reference", "References")
            self._group(
                translate("Reference", "Sources"),
                [(references, f"## {references}\n\n{body}", None)],
            )
        self.tree.expandAll()
        self._loading = False
        self.filter(self.search.text())

    def _group(self, name: str, entries: list[tuple[str, str, ReferenceSource | None]]) -> None:
        top = QTreeWidgetItem([name])
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(top)
        for title, markdown, source in entries:
            child = QTreeWidgetItem([title])
            child.setData(0, ROLE_TEXT, markdown)
            if source is not None:
                child.setData(0, ROLE_SOURCE, source)
            top.addChild(child)

    # --- putting an entry on the projector ------------------------------------

    def selected_source(self) -> ReferenceSource | None:
        """The section or checklist of the entry chosen, if it is one the room can see."""
        item = self.tree.currentItem()
        source = item.data(0, ROLE_SOURCE) if item is not None else None
        return source if isinstance(source, ReferenceSource) else None

    def with_trainer_parts(self) -> bool:
        """Whether the trainer asked for the chosen section's trainer-only parts too."""
        source = self.selected_source()
        return bool(source and source.trainer_only and self.trainer_parts.isChecked())

    def select_source(self, kind: str, ref: str) -> bool:
        """Choose the entry of a section or checklist (the first, not a checklist's item);
        True when there is one."""
        for item in self._entries():
            source = item.data(0, ROLE_SOURCE)
            found = isinstance(source, ReferenceSource) and (source.kind, source.ref) == (kind, ref)
            if found and not item.data(0, ROLE_TICK):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _follow_selection(self, item: QTreeWidgetItem | None) -> None:
        """The tick for the trainer's own parts is there only for a section that has them."""
        source = item.data(0, ROLE_SOURCE) if item is not None else None
        self.trainer_parts.setVisible(isinstance(source, ReferenceSource) and source.trainer_only)

    # --- checklists ----------------------------------------------------------

    def ticks(self) -> set[str]:
        """The keys of the ticked checklist items."""
        return {
            str(item.data(0, ROLE_TICK))
            for item in self._entries()
            if item.data(0, ROLE_TICK) and item.checkState(0) == Qt.CheckState.Checked
        }

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if not self._loading and item.data(0, ROLE_TICK):
            self.ticksChanged.emit(self.ticks())

    # --- search --------------------------------------------------------------

    def _entries(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    found.append(child)
                    walk(child)

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                found.append(top)
                walk(top)
        return found

    def visible_titles(self) -> list[str]:
        """The entries left by the search (those with a text of their own)."""
        return [
            item.text(0)
            for item in self._entries()
            if not item.isHidden() and item.data(0, ROLE_TEXT) is not None
        ]

    def filter(self, query: str) -> None:
        """Keep the entries matching ``query``; show the first one."""
        first: QTreeWidgetItem | None = None
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None and self._filter_item(top, query):
                first = first or self._first_leaf(top)
        if first is not None and query.strip():
            self.tree.setCurrentItem(first)

    def _filter_item(self, item: QTreeWidgetItem, query: str) -> bool:
        text = f"{item.text(0)}\n{item.data(0, ROLE_TEXT) or ''}"
        own = not query.strip() or matches(query, text)
        any_child = False
        for i in range(item.childCount()):
            child = item.child(i)
            if child is None:
                continue
            # A matching group keeps all its entries; otherwise each entry on its own.
            any_child = self._filter_item(child, "" if own else query) or any_child
        visible = own or any_child
        item.setHidden(not visible)
        return visible

    def _first_leaf(self, item: QTreeWidgetItem) -> QTreeWidgetItem | None:
        if item.data(0, ROLE_TEXT) is not None and not item.isHidden():
            return item
        for i in range(item.childCount()):
            child = item.child(i)
            found = self._first_leaf(child) if child is not None else None
            if found is not None:
                return found
        return None

    def _show(self, item: QTreeWidgetItem | None) -> None:
        markdown = item.data(0, ROLE_TEXT) if item is not None else None
        if markdown is None:
            return
        show_markdown(self.text, str(markdown))
        words = self.search.text().split()
        if words:
            self.text.find(words[0])  # mark the first place the search matches

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (the trainer asked: Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
