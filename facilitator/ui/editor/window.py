"""The session editor's window: the outline, the page of the part chosen, its preview.

```
┌ plan: start, total, fix ┐┌ page of the part chosen ─────────┐┌ on the projector ┐
│ outline (drag to order) ││ fields, each with its problem    ││ SlideCanvas       │
│ problems                ││                                  ││ pages ◀ ▶         │
└─────────────────────────┘└──────────────────────────────────┘└───────────────────┘
```

Every change is an edit on the undo stack (Edit > Undo, Redo). File > Save
writes the trainer's own files in place; a bundled session is saved as the
trainer's copy (File > Save as my copy), which the editor then goes on
editing. While a session runs from the same file, saving reloads it in the
presenter (its file watcher) and the timer goes on; what has already run
cannot be changed (:mod:`facilitator.editing.run_guard`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.editing import changes
from facilitator.editing.edits import Edit, InsertEntry, SetField, Target
from facilitator.editing.plan import plan_of
from facilitator.editing.preview import NoPreview
from facilitator.editing.saving import save_as_copy, save_workspace
from facilitator.editing.workspace import SESSION, Workspace
from facilitator.editing.writer import SaveError
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.paths import sessions_dir
from facilitator.ui.actions import COMMANDS
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.editor.fields import focus_first
from facilitator.ui.editor.handout_pages import FragmentPage, HandoutPage
from facilitator.ui.editor.keys import KeepKeys
from facilitator.ui.editor.outline import Outline
from facilitator.ui.editor.page import EditorPage
from facilitator.ui.editor.panels import PlanBar, ProblemsPanel
from facilitator.ui.editor.preview import PreviewPane
from facilitator.ui.editor.section_page import SectionPage
from facilitator.ui.editor.session_pages import ChecklistPage, LibraryPage, SessionPage
from facilitator.ui.editor.step_pages import ItemPage, StepPage, add_item_menu
from facilitator.ui.editor.targets import Page, page_for
from facilitator.ui.markup import autotext, plain_label

BUNDLED_NOTE = QT_TRANSLATE_NOOP(
    "Editor",
    "This is one of the app's own sessions: it is never changed. Your changes are kept "
    "when you save them as your copy, in your sessions folder.",
)
PREVIEW_DELAY_MS = 120

#: What the trainer chose when closing with unsaved changes: save, discard or cancel.
UnsavedAnswer = str


def ask_unsaved(parent: QWidget, name: str) -> UnsavedAnswer:
    """Ask what to do with unsaved changes: 'save', 'discard' or 'cancel'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Editor", "Unsaved changes"))
    box.setText(
        autotext(
            translate("Editor", "Save your changes to “{name}” before closing?").format(name=name)
        )
    )
    box.setInformativeText(translate("Editor", "If you do not save them, they are lost."))
    save = box.addButton(translate("Editor", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("Editor", "Don't save"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def free_keys(keys: list[QKeySequence]) -> list[QKeySequence]:
    """``keys`` without those a presenter command has (Ctrl+Y is a group's turn there):
    two shortcuts on one key would both stay silent."""
    taken = {QKeySequence(key) for command in COMMANDS for key in command.keys}
    return [key for key in keys if key not in taken]


class EditorWindow(QMainWindow):
    """Edit one session (and its library files), with undo, live checks and a preview."""

    saved = Signal(Path)  # a file of the session was written in place
    copied = Signal(Path)  # the session was saved as the trainer's copy (its new file)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.bridge = WorkspaceBridge(workspace, self)
        self.day = datetime.now()
        self.page: EditorPage | None = None
        self.last_message = ""
        self.confirm_close = True  # ask before unsaved changes are lost (tests say no)
        self._build_actions()
        self._build_body()
        self._build_menus()
        self._build_toolbar()
        self.keep_keys = KeepKeys(self.own_actions(), self)
        self.installEventFilter(self.keep_keys)
        self.bridge.changed.connect(self._on_changed)
        self.bridge.validated.connect(self._on_validated)
        self.bridge.refused.connect(lambda why: self.show_message(why, 12_000))
        self.bridge.stack.cleanChanged.connect(self._retitle)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.outline.rebuild(workspace, self.start())
        self._show_plan()
        self._on_validated(self.bridge.validation)
        self._retitle()
        self.resize(1280, 760)

    # --- the model -------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        """The session being edited."""
        return self.bridge.workspace

    def start(self) -> datetime:
        """The start the plan counts from."""
        return self.plan_bar.start(self.day)

    def push(self, edit: Edit) -> bool:
        """Make an edit (through the undo stack)."""
        return self.bridge.push(edit)

    # --- building ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        keys: tuple[QKeySequence | QKeySequence.StandardKey | str, ...],
        slot: Callable[[], object],
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(free_keys([QKeySequence(k) for k in keys]))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(autotext(tip))
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.save_action = self._action(
            translate("Editor", "&Save"),
            (QKeySequence.StandardKey.Save,),
            self.save,
            translate("Editor", "Save the session in place"),
        )
        self.copy_action = self._action(
            translate("Editor", "Save as my &copy"),
            ("Ctrl+Shift+S",),
            self.save_copy,
            translate("Editor", "Save the session, with its library, in your sessions folder"),
        )
        self.close_action = self._action(
            translate("Editor", "C&lose the editor"), ("Ctrl+W",), self.close
        )
        self.undo_action = self.bridge.stack.createUndoAction(self, translate("Editor", "Undo"))
        self.undo_action.setShortcuts(
            free_keys(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        )
        self.redo_action = self.bridge.stack.createRedoAction(self, translate("Editor", "Redo"))
        redo = [
            QKeySequence("Ctrl+Shift+Z"),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
        ]
        self.redo_action.setShortcuts(free_keys(list(dict.fromkeys(redo))))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.add_step_action = self._action(
            translate("Editor", "Add a &step"),
            ("Ctrl+Shift+N",),
            self.add_step,
            translate("Editor", "A new step after the one chosen"),
        )
        self.add_card_action = self._action(
            translate("Editor", "Add a &card"),
            (),
            lambda: self.add_fragment("cards"),
            translate("Editor", "A new scenario card in the hand-out chosen"),
        )
        self.add_document_action = self._action(
            translate("Editor", "Add a &document"),
            (),
            lambda: self.add_fragment("documents"),
            translate("Editor", "A new document in the hand-out chosen"),
        )
        self.add_handout_action = self._action(
            translate("Editor", "Add a &hand-out"),
            (),
            lambda: self.push(changes.add_handout(self.workspace)),
        )
        self.add_section_action = self._action(
            translate("Editor", "Add a s&ection"),
            (),
            self.add_section,
            translate("Editor", "A new section in the file chosen"),
        )
        self.duplicate_action = self._action(
            translate("Editor", "Du&plicate"),
            ("Ctrl+D",),
            self.duplicate,
            translate("Editor", "A copy of the part chosen, after it"),
        )
        self.remove_action = self._action(
            translate("Editor", "&Remove"),
            ("Ctrl+Backspace",),
            self.remove,
            translate("Editor", "Remove the part chosen (Undo brings it back)"),
        )
        self.up_action = self._action(
            translate("Editor", "Move &up"), ("Alt+Up",), lambda: self.move_entry(-1)
        )
        self.down_action = self._action(
            translate("Editor", "Move do&wn"), ("Alt+Down",), lambda: self.move_entry(+1)
        )

    def own_actions(self) -> list[QAction]:
        """The editor's own actions: their keys work here, every other key goes to the field."""
        return [a for a in self.actions() if a.shortcuts()]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("Editor", "&File"))
        for action in (self.save_action, self.copy_action, None, self.close_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        edit = self.menuBar().addMenu(translate("Editor", "&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.add_step_action)
        self.items_menu = QMenu(translate("Editor", "Add a projected &item"), self)
        for kind_action in add_item_menu(self, self.add_item).actions():
            self.items_menu.addAction(kind_action)
        edit.addMenu(self.items_menu)
        for action in (
            self.add_handout_action,
            self.add_document_action,
            self.add_card_action,
            self.add_section_action,
        ):
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.duplicate_action, self.remove_action, self.up_action, self.down_action):
            edit.addAction(action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("Editor", "Editor"), self)
        toolbar.setObjectName("editor-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        icons = {
            self.save_action: "fa5s.save",
            self.copy_action: "fa5s.copy",
            self.undo_action: "fa5s.undo",
            self.redo_action: "fa5s.redo",
            self.add_step_action: "fa5s.plus",
            self.duplicate_action: "fa5s.clone",
            self.remove_action: "fa5s.trash-alt",
            self.up_action: "fa5s.arrow-up",
            self.down_action: "fa5s.arrow-down",
        }
        for action, icon in icons.items():
            action.setIcon(qta.icon(icon))
        entry: QAction | None
        for entry in (
            self.save_action,  # on a bundled session: Save as my copy
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.add_step_action,
        ):
            if entry is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(entry)
        add_item = QToolButton()
        add_item.setText(translate("Editor", "Add an item"))
        add_item.setIcon(qta.icon("fa5s.tv"))
        add_item.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add_item.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_item.setMenu(self.items_menu)
        add_item.setToolTip(translate("Editor", "Add a projected item to the step chosen"))
        toolbar.addWidget(add_item)
        for entry in (
            self.add_card_action,
            None,
            self.duplicate_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ):
            if entry is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(entry)
        self.add_card_action.setIcon(qta.icon("fa5s.id-card"))
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.add_step_action,
            None,
            self.add_handout_action,
            self.add_document_action,
            self.add_card_action,
            self.add_section_action,
            None,
            self.duplicate_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.insertMenu(menu.actions()[1], self.items_menu)
        menu.exec(self.outline.viewport().mapToGlobal(point))

    def _build_body(self) -> None:
        self.banner = QWidget()
        self.banner.setObjectName("bundled-banner")
        self.banner.setStyleSheet(
            "#bundled-banner { background: #fff4ce; } QLabel { color: #3d3000; }"
        )
        note = plain_label(translate_marked("Editor", BUNDLED_NOTE))
        note.setWordWrap(True)
        copy_button = QPushButton(translate("Editor", "Save as my copy"))
        copy_button.clicked.connect(self.save_copy)
        row = QHBoxLayout(self.banner)
        row.addWidget(note, 1)
        row.addWidget(copy_button)
        self.plan_bar = PlanBar()
        self.plan_bar.startChanged.connect(self._start_changed)
        self.plan_bar.fixRequested.connect(lambda: self.push(changes.fix_duration(self.workspace)))
        self.outline = Outline()
        self.outline.selected.connect(self.show_target)
        self.outline.moveRequested.connect(self._move_requested)
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.outline.customContextMenuRequested.connect(self._context_menu)
        self.problems = ProblemsPanel()
        self.problems.chosen.connect(self.show_target)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 4, 8)
        column.addWidget(self.plan_bar)
        column.addWidget(self.outline, 3)
        column.addWidget(self.problems, 1)
        self.pages = QStackedWidget()
        self.preview = PreviewPane()
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(4, 8, 8, 8)
        side.addWidget(self.preview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.statusBar()

    def resizeEvent(self, event: object) -> None:
        """Share the width: outline, page, preview."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        width = self.width()
        self.splitter.setSizes([int(width * 0.24), int(width * 0.43), int(width * 0.33)])

    # --- showing parts ------------------------------------------------------------------------

    def show_target(self, target: Target) -> None:
        """Show the page of ``target`` (and select it in the outline)."""
        page = page_for(self._existing(target))
        if self.page is None or (self.page.doc, self.page.loc) != (page.doc, page.loc):
            self._set_page(self._make_page(page))
        self.outline.blockSignals(True)
        self.outline.select(Target(page.doc, page.loc))
        self.outline.blockSignals(False)
        self.update_preview()

    def _existing(self, target: Target) -> Target:
        """``target``, or the nearest part that exists (after a removal)."""
        doc = target.doc if target.doc in self.workspace.keys else SESSION
        document = self.workspace.document(doc)
        loc = target.loc
        while loc:
            if document.get(loc) is not None:
                return Target(doc, loc)
            loc = (*loc[:-1], loc[-1] - 1) if isinstance(loc[-1], int) and loc[-1] > 0 else loc[:-1]
        return Target(doc, ())

    def _make_page(self, page: Page) -> EditorPage:
        bridge, loc = self.bridge, page.loc
        made: EditorPage
        if page.kind == "step":
            made = StepPage(bridge, int(loc[1]))
        elif page.kind == "item":
            made = ItemPage(bridge, int(loc[1]), int(loc[3]))
        elif page.kind == "handout":
            made = HandoutPage(bridge, int(loc[1]))
        elif page.kind == "fragment":
            made = FragmentPage(bridge, int(loc[1]), str(loc[2]), int(loc[3]))
        elif page.kind == "section":
            made = SectionPage(bridge, page.doc, int(loc[1]))
        elif page.kind == "checklist":
            made = ChecklistPage(bridge, page.doc, int(loc[1]))
        elif page.kind == "library":
            made = LibraryPage(bridge, page.doc)
        else:
            made = SessionPage(bridge)
        made.navigate.connect(self.show_target)
        made.show_problems(self.bridge.validation)
        return made

    def _set_page(self, page: EditorPage) -> None:
        old = self.page
        self.page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()

    def update_preview(self) -> None:
        """Show the part chosen as the projector draws it, or why it cannot be shown."""
        data = self.workspace.session.data
        look = data.get("projector")
        projector: dict[str, Any] = look if isinstance(look, dict) else {}
        self.preview.set_look(projector.get("theme"), projector.get("timer"))
        try:
            shown = self.page.shown() if self.page is not None else None
        except NoPreview as why:
            self.preview.show_nothing(str(why))
            return
        if shown is None:
            self.preview.show_nothing(
                translate(
                    "Editor",
                    "Choose a step, an item, a card or a section to see it as the room will.",
                )
            )
            return
        self.preview.show_slide(shown.slide, shown.header, minutes=shown.minutes, note=shown.note)

    # --- following changes ---------------------------------------------------------------------

    def _on_changed(self, edit: Edit | None, undone: bool) -> None:
        structural = edit is None or not isinstance(edit, SetField)
        target = None if edit is None else (edit.undo_target if undone else edit.target)
        if structural:
            keep = target or self.outline.current_target()
            self.outline.rebuild(self.workspace, self.start(), keep=keep)
            current = self.page
            self.page = None  # a structural change moves the places: build the page again
            if current is not None:
                self.pages.removeWidget(current)
                current.deleteLater()
            self.show_target(keep or Target(SESSION, ()))
            # Something new (added or a copy) is named first: its first field has the keys.
            if isinstance(edit, InsertEntry) and not undone and self.page is not None:
                focus_first(self.page)
        else:
            assert isinstance(edit, SetField)
            self.outline.relabel(self.workspace, self.start())
            page = self.page
            inside = (
                page is not None and edit.doc == page.doc and edit.loc[: len(page.loc)] == page.loc
            )
            if page is not None and inside:
                page.refresh()
            elif target is not None:
                self.show_target(target)
        self._show_plan()
        self._preview_timer.start()
        self._retitle()

    def _on_validated(self, validation: object) -> None:
        from facilitator.editing.validation import Validation

        assert isinstance(validation, Validation)
        self.problems.show_validation(validation)
        self.outline.show_problems(validation)
        if self.page is not None:
            self.page.show_problems(validation)

    def _show_plan(self) -> None:
        self.plan_bar.show_plan(plan_of(self.workspace.session.data, self.start()))

    def _start_changed(self) -> None:
        self.outline.relabel(self.workspace, self.start())
        self._show_plan()

    def _retitle(self, *_args: object) -> None:
        data = self.workspace.session.data
        title = (
            data.get("title") if isinstance(data.get("title"), str) else self.workspace.path.stem
        )
        where = (
            translate("Editor", "bundled session")
            if self.workspace.bundled
            else str(self.workspace.path.parent)
        )
        self.setWindowTitle(
            translate("Editor", "Edit · {title} [*] – {where} — Facilitator").format(
                title=title, where=where
            )
        )
        self.setWindowModified(not self.bridge.stack.isClean())
        self.banner.setVisible(self.workspace.bundled)
        # Ctrl+S on a bundled session saves the trainer's copy: nothing is lost to a habit.
        self.save_action.setText(
            translate("Editor", "&Save as my copy")
            if self.workspace.bundled
            else translate("Editor", "&Save")
        )

    def show_message(self, text: str, ms: int = 8000) -> None:
        """A line in the status bar (kept for tests in ``last_message``)."""
        self.last_message = text
        self.statusBar().showMessage(text, ms)

    # --- commands -----------------------------------------------------------------------------

    def _selected(self) -> Target:
        return self.outline.current_target() or Target(SESSION, ())

    def add_step(self) -> None:
        """A new step after the one chosen (or at the end)."""
        loc = self._selected().loc
        steps = self.workspace.session.get(("steps",)) or []
        index = int(loc[1]) + 1 if len(loc) >= 2 and loc[0] == "steps" else len(steps)
        self.push(changes.add_step(self.workspace, index))

    def add_item(self, kind: str) -> None:
        """A new projected item in the step chosen (after the item chosen)."""
        loc = self._selected().loc
        if len(loc) >= 2 and loc[0] == "steps" and self._selected().doc == SESSION:
            at = int(loc[3]) + 1 if len(loc) >= 4 else None
            self.push(changes.add_item(self.workspace, int(loc[1]), kind, at))
        else:
            self.show_message(
                translate("Editor", "Choose a step first: its items are added to it.")
            )

    def add_fragment(self, kind: str) -> None:
        """A new card or document in the hand-out chosen."""
        target = self._selected()
        if target.doc == SESSION and len(target.loc) >= 2 and target.loc[0] == "handouts":
            self.push(changes.add_fragment(self.workspace, int(target.loc[1]), kind))
        elif self.workspace.session.get(("handouts",)):
            self.push(changes.add_fragment(self.workspace, 0, kind))
        else:
            self.show_message(
                translate("Editor", "Add a hand-out first: documents and cards belong to one.")
            )

    def add_section(self) -> None:
        """A new section in the file chosen (the session, or a library file)."""
        self.push(changes.add_section(self.workspace, self._selected().doc))

    def duplicate(self) -> None:
        """A copy of the step, item, document or card chosen."""
        edit = self._entry_edit("duplicate")
        if edit is not None:
            self.push(edit)

    def remove(self) -> None:
        """Remove the part chosen (Undo brings it back)."""
        edit = self._entry_edit("remove")
        if edit is not None:
            self.push(edit)

    def move_entry(self, by: int) -> None:
        """Move the part chosen up (-1) or down (+1) among its siblings."""
        target = self._selected()
        loc = target.loc
        if not loc or not isinstance(loc[-1], int):
            return
        siblings = self.workspace.document(target.doc).get(loc[:-1]) or []
        new = loc[-1] + by
        if 0 <= new < len(siblings):
            self._move_requested(target.doc, loc[:-1], loc[-1], new)

    def _move_requested(
        self, doc: str, list_loc: tuple[str | int, ...], source: int, target: int
    ) -> None:
        from facilitator.editing.edits import MoveEntry

        self.push(MoveEntry(doc, list_loc, source, target, translate("Editor", "Move")))

    def _entry_edit(self, what: str) -> Edit | None:
        target = self._selected()
        ws, loc = self.workspace, target.loc
        shape = tuple("#" if isinstance(p, int) else p for p in loc)
        if target.doc == SESSION and shape == ("steps", "#"):
            return (
                changes.duplicate_step(ws, int(loc[1]))
                if what == "duplicate"
                else changes.remove_step(ws, int(loc[1]))
            )
        if shape == ("steps", "#", "project", "#"):
            make = changes.duplicate_item if what == "duplicate" else changes.remove_item
            return make(ws, int(loc[1]), int(loc[3]))
        if shape in (("handouts", "#", "cards", "#"), ("handouts", "#", "documents", "#")):
            makef = changes.duplicate_fragment if what == "duplicate" else changes.remove_fragment
            return makef(ws, int(loc[1]), str(loc[2]), int(loc[3]))
        if shape == ("handouts", "#") and what == "remove":
            return changes.remove_handout(ws, int(loc[1]))
        if shape == ("sections", "#") and what == "remove":
            return changes.remove_section(ws, target.doc, int(loc[1]))
        if shape == ("checklists", "#") and what == "remove":
            return changes.remove_entry(
                target.doc,
                ("checklists",),
                int(loc[1]),
                translate("Editor", "Remove the checklist"),
            )
        self.show_message(
            translate("Editor", "Choose a step, an item, a document or a card first.")
        )
        return None

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save in place (a bundled session: as the trainer's copy instead)."""
        if self.workspace.bundled:
            return self.save_copy()
        refusal = self.workspace.guard_refusal()
        if refusal is not None:
            self.show_message(refusal, 15_000)
            return False
        try:
            written = save_workspace(self.workspace)
        except SaveError as error:
            QMessageBox.warning(self, translate("Editor", "Not saved"), autotext(str(error)))
            return False
        self.bridge.stack.setClean()
        validation = self.bridge.check_now()
        names = ", ".join(p.name for p in written) or translate("Editor", "nothing had changed")
        if validation.ok:
            self.show_message(translate("Editor", "Saved: {names}.").format(names=names))
        else:
            self.show_message(
                translate(
                    "Editor",
                    "Saved: {names}. The session has problems (listed on the left) and cannot "
                    "be run until they are fixed.",
                ).format(names=names),
                15_000,
            )
        for path in written:
            self.saved.emit(path)
        return True

    def save_copy(self) -> bool:
        """Save the session with its library in the trainer's sessions folder, and go on there."""
        try:
            path = save_as_copy(self.workspace, sessions_dir())
        except SaveError as error:
            QMessageBox.warning(self, translate("Editor", "Not saved"), autotext(str(error)))
            return False
        self.bridge.stack.setClean()
        self.bridge.reset()
        self.show_message(
            translate(
                "Editor", "Saved as your copy: {path}. From now on, Save keeps your changes there."
            ).format(path=path),
            15_000,
        )
        self._retitle()
        self.copied.emit(path)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before unsaved changes are lost."""
        if self.confirm_close and not self.bridge.stack.isClean():
            answer = ask_unsaved(self, self.workspace.path.name)
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        self._preview_timer.stop()
        self.bridge.stop()
        event.accept()


def open_editor(path: Path, parent: QWidget | None = None) -> EditorWindow:
    """An editor window on the session at ``path`` (raises DocumentError if it cannot)."""
    from facilitator.editing.workspace import open_workspace

    window = EditorWindow(open_workspace(path), parent)
    app = QApplication.instance()
    if app is not None:
        window.setWindowIcon(QApplication.windowIcon())
    return window
