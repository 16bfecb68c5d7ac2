"""The console's wall panel: notes typed or pasted during a step, themes, moderation.

It renders a :class:`~facilitator.console.wall.WallPanelView` and holds no
rule: what a drop, a double-click or Enter means is said by signals, which
the wall's commands (:mod:`facilitator.ui.presenter.wall_commands`) turn into
the room controller's commands; the buttons are the wall's actions (the same
as the menus and keys). Notes are plain text here as everywhere.

The tree lists each theme with its notes, then the notes in no theme. A note
dragged onto another note asks for the two to share a theme, onto a theme (or
one of its notes' rows' theme) to join it, onto the empty space below to
leave its theme. Qt never moves a row itself: the view is drawn again from
the room.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.console.wall import DROP_HINT, NoteRow, WallPanelView
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.ui.button_grid import ButtonGrid, command_buttons
from facilitator.ui.markup import autotext, plain_label
from facilitator.ui.presenter.keyboard import WRITING

NOTE_COMMANDS = ("edit_note", "hide_note", "remove_note", "rename_theme", "dissolve_theme")
PENDING_COMMANDS = ("release_note", "release_all_notes", "toggle_auto_release")
TREE_HEADERS = (
    QT_TRANSLATE_NOOP("Wall", "Note"),
    QT_TRANSLATE_NOOP("Wall", "Step"),
    "",
)  # the step by its number; its title in the tooltip
ROLE = Qt.ItemDataRole.UserRole  # ("note" | "theme", id)
BUTTON_COLUMNS = 2  # at most; fewer when the tab is narrow
INPUT_LINES = 3


def _buttons(actions: Mapping[str, QAction], names: tuple[str, ...]) -> ButtonGrid:
    return command_buttons(actions, names, BUTTON_COLUMNS, "wall-button-")


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    return label


class NoteInput(QPlainTextEdit):
    """The field a note is written in: Enter adds it, Shift+Enter starts a new line.

    It is a field the trainer writes in (:data:`~facilitator.ui.presenter.keyboard.WRITING`):
    its letters are never taken for the session's keys.
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall-input")
        self.setProperty(WRITING, True)
        self.setPlaceholderText(
            translate("Wall", "Type a note and press Enter; paste a list to add one note per line")
        )
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing() * INPUT_LINES
        self.setFixedHeight(lines + 2 * self.frameWidth() + 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds what is written; Shift+Enter is a new line within the note."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit(self.toPlainText())
            return
        super().keyPressEvent(event)


class WallTree(QTreeWidget):
    """The wall as a tree; dropping a note onto a row asks for a theme (Qt moves nothing)."""

    droppedOnNote = Signal(int, int)  # note, target note
    droppedOnTheme = Signal(int, int)  # note, theme
    droppedOut = Signal(int)  # note: out of its theme
    removeAsked = Signal()  # Delete pressed on a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall-tree")
        self.setColumnCount(len(TREE_HEADERS))
        self.setHeaderLabels([translate_marked("Wall", h) if h else "" for h in TREE_HEADERS])
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def kind_of(item: QTreeWidgetItem | None) -> tuple[str, int] | None:
        """What a row stands for: ("note", id) or ("theme", id); None for none."""
        if item is None:
            return None
        data = item.data(0, ROLE)
        return (str(data[0]), int(data[1])) if isinstance(data, tuple | list) else None

    def dragged_note(self) -> int | None:
        """The note being dragged (the chosen row), if it is a note."""
        kind = self.kind_of(self.currentItem())
        return kind[1] if kind is not None and kind[0] == "note" else None

    def drop_on(self, note: int, target: QTreeWidgetItem | None) -> None:
        """Say what dropping ``note`` onto ``target`` (None: the empty space) asks for."""
        kind = self.kind_of(target)
        if kind is None:
            self.droppedOut.emit(note)
        elif kind[0] == "theme":
            self.droppedOnTheme.emit(note, kind[1])
        elif kind[1] != note:
            self.droppedOnNote.emit(note, kind[1])

    def dropEvent(self, event: QDropEvent) -> None:
        """A note dropped: the room decides; the view is drawn again from it."""
        note = self.dragged_note()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if note is not None:
            self.drop_on(note, self.itemAt(event.position().toPoint()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete asks to remove the chosen note (the wall's command asks first)."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeAsked.emit()
            return
        super().keyPressEvent(event)


class WallPanel(QScrollArea):
    """The wall's notes and themes, the note field, and the notes waiting for release.

    A scroll area, like the Groups & turns tab: its buttons never make the console
    wider than the trainer left it (the panel scrolls instead)."""

    noteSubmitted = Signal(str)  # what was written, to add (one note or several)
    noteActivated = Signal(int)  # a note double-clicked: edit it
    themeActivated = Signal(int)  # a theme double-clicked: name it
    selectionChanged = Signal()

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall-panel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = plain_label()
        self.summary.setObjectName("wall-summary")
        self.summary.setWordWrap(True)
        self.input = NoteInput()
        self.input.submitted.connect(self.noteSubmitted.emit)
        self.add_button = QPushButton()
        self.add_button.setObjectName("wall-add")
        add = actions["add_note"]
        self.add_button.setText(add.text().replace("&", ""))
        self.add_button.setIcon(add.icon())
        self.add_button.setToolTip(add.toolTip())
        self.add_button.clicked.connect(add.trigger)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tree = WallTree()
        self.tree.setMinimumHeight(180)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.tree.itemSelectionChanged.connect(self.selectionChanged.emit)
        hint = plain_label(translate_marked("Wall", DROP_HINT))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #616161;")
        self.pending_line = plain_label()
        self.pending_line.setObjectName("wall-pending-line")
        self.pending_line.setWordWrap(True)
        self.auto_line = plain_label()
        self.auto_line.setObjectName("wall-auto-line")
        self.auto_line.setWordWrap(True)
        self.pending = QListWidget()
        self.pending.setObjectName("wall-pending")
        self.pending.setWordWrap(True)
        self.pending.itemSelectionChanged.connect(self.selectionChanged.emit)
        self.pending.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.pending.setMaximumHeight(140)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.summary)
        layout.addLayout(input_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(_buttons(actions, NOTE_COMMANDS))
        layout.addWidget(_heading(translate("Wall", "Waiting for release")))
        layout.addWidget(self.pending_line)
        layout.addWidget(self.pending)
        layout.addWidget(self.auto_line)
        layout.addWidget(_buttons(actions, PENDING_COMMANDS))
        self.setWidget(body)
        self.view: WallPanelView | None = None

    # --- what the trainer chose ----------------------------------------------------------

    def chosen(self) -> tuple[str, int] | None:
        """The row chosen in the tree: ("note", id) or ("theme", id)."""
        return self.tree.kind_of(self.tree.currentItem())

    def chosen_note(self) -> int | None:
        """The note chosen in the tree, if a note is."""
        kind = self.chosen()
        return kind[1] if kind is not None and kind[0] == "note" else None

    def chosen_theme(self) -> int | None:
        """The theme chosen in the tree, or the chosen note's theme."""
        kind = self.chosen()
        if kind is None:
            return None
        if kind[0] == "theme":
            return kind[1]
        row = self.view.note(kind[1]) if self.view is not None else None
        return row.theme if row is not None else None

    def chosen_pending(self) -> int | None:
        """The waiting note chosen in the list, if one is."""
        item = self.pending.currentItem()
        return int(item.data(ROLE)) if item is not None and item.isSelected() else None

    def select_note(self, note_id: int) -> bool:
        """Choose a note's row in the tree; False when it is not listed."""
        item = self.note_item(note_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def note_item(self, note_id: int) -> QTreeWidgetItem | None:
        """The tree's row of a note."""
        return self._find(("note", note_id))

    def theme_item(self, theme_id: int) -> QTreeWidgetItem | None:
        """The tree's row of a theme."""
        return self._find(("theme", theme_id))

    def _find(self, wanted: tuple[str, int]) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(top)
            if item is None:
                continue
            if self.tree.kind_of(item) == wanted:
                return item
            for index in range(item.childCount()):
                child = item.child(index)
                if self.tree.kind_of(child) == wanted:
                    return child
        return None

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = self.tree.kind_of(item)
        if kind is not None:
            (self.noteActivated if kind[0] == "note" else self.themeActivated).emit(kind[1])

    # --- rendering --------------------------------------------------------------------

    def show_view(self, view: WallPanelView) -> None:
        """Render the wall as ``view`` says (drawn again only when it changed)."""
        if view == self.view:
            return
        previous, self.view = self.view, view
        self.summary.setText(view.summary)
        self.pending_line.setText(view.pending_line)
        self.auto_line.setText(view.auto_line)
        if previous is None or previous.themes != view.themes:
            self._show_tree(view)
        if previous is None or previous.pending != view.pending:
            self._show_pending(view, previous)

    def _show_tree(self, view: WallPanelView) -> None:
        chosen = self.chosen()
        scroll = self.tree.verticalScrollBar().value()
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for theme in view.themes:
            if theme.id is None:  # the notes in no theme: rows of their own
                for row in theme.notes:
                    self.tree.addTopLevelItem(self._note_item(row))
                continue
            item = QTreeWidgetItem([theme.name, "", f"{len(theme.notes)}"])
            item.setData(0, ROLE, ("theme", theme.id))
            item.setFont(0, bold)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled
            )
            for row in theme.notes:
                item.addChild(self._note_item(row))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        if chosen is not None:
            again = self._find(chosen)
            if again is not None:
                self.tree.setCurrentItem(again)
        self.tree.verticalScrollBar().setValue(scroll)

    @staticmethod
    def _note_item(row: NoteRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([row.text, row.step_number, row.flags])
        item.setData(0, ROLE, ("note", row.id))
        item.setToolTip(0, autotext(row.text))  # a tooltip guesses rich text: never from a note
        item.setToolTip(1, autotext(row.step))
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if row.hidden:
            item.setForeground(0, Qt.GlobalColor.gray)
            font = QFont()
            font.setItalic(True)
            item.setFont(0, font)
        return item

    def _show_pending(self, view: WallPanelView, previous: WallPanelView | None = None) -> None:
        before = previous.pending if previous is not None else ()
        if before and view.pending[: len(before)] == before:
            # Only new notes at the end (phones posting): appended, the rest and the choice
            # stay, so a note costs one row however many wait.
            fresh = view.pending[len(before) :]
        else:
            fresh = view.pending
            chosen = self.chosen_pending()
            self.pending.clear()
        for row in fresh:
            item = QListWidgetItem(row.text)
            item.setData(ROLE, row.id)
            self.pending.addItem(item)
            if fresh is view.pending and row.id == chosen:
                self.pending.setCurrentItem(item)
        self.pending.setVisible(bool(view.pending))
