"""The console's wall commands: notes written, edited, hidden, removed, themed, released.

Each handler reads what the wall panel has chosen, asks what it needs (the
new text, a theme's name, whether to remove, whether a pasted list is one
note or several) and calls the room controller's command; keys, menus, the
panel's buttons, its drops and double-clicks all come here. Asking goes
through :class:`Asker`, so tests answer for the trainer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from facilitator.console.wall import NoteRow, paste_notes, row_words, wall_panel
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.room.wall import Note
from facilitator.ui.controller import SessionController
from facilitator.ui.markup import autotext

if TYPE_CHECKING:
    from facilitator.ui.presenter.wall_panel import WallPanel
    from facilitator.ui.presenter.window import PresenterWindow

#: How a pasted list may be added.
SEVERAL, ONE, NEITHER = "several", "one", "neither"
NO_NOTE_CHOSEN = QT_TRANSLATE_NOOP("Wall", "Choose a note on the wall first.")
NO_THEME_CHOSEN = QT_TRANSLATE_NOOP("Wall", "Choose a theme (or a note in one) on the wall first.")
NO_PENDING_CHOSEN = QT_TRANSLATE_NOOP("Wall", "Choose a waiting note first.")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP(
    "Wall", "Type a note in the wall's field first (Ctrl+Shift+N puts the cursor there)."
)


class Asker:
    """The questions the wall's commands ask the trainer (dialogs; tests replace them)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def text(self, title: str, label: str, text: str) -> str | None:
        """A note's new text (several lines allowed); None when cancelled."""
        value, ok = QInputDialog.getMultiLineText(self.parent, title, label, text)
        return value if ok else None

    def name(self, title: str, label: str, text: str) -> str | None:
        """A theme's name (one line); None when cancelled."""
        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def confirm(self, title: str, question: str) -> bool:
        """Whether the trainer says yes."""
        answer = QMessageBox.question(self.parent, title, autotext(question))
        return answer == QMessageBox.StandardButton.Yes

    def how_many(self, count: int) -> str:
        """A pasted list of ``count`` lines: :data:`SEVERAL` notes, :data:`ONE`, or
        :data:`NEITHER` (cancelled)."""
        box = QMessageBox(self.parent)
        box.setWindowTitle(translate("Wall", "Several lines"))
        box.setText(
            translate(
                "Wall", "You wrote {count} lines. Add them as {count} notes, or as one note?"
            ).format(count=count)
        )
        several = box.addButton(
            translate("Wall", "{count} notes").format(count=count),
            QMessageBox.ButtonRole.AcceptRole,
        )
        one = box.addButton(translate("Wall", "One note"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(several)
        box.exec()
        clicked = box.clickedButton()
        return SEVERAL if clicked is several else ONE if clicked is one else NEITHER


class WallCommands:
    """Handlers for the wall's commands, bound to one presenter window and its panel."""

    def __init__(self, window: PresenterWindow, controller: SessionController) -> None:
        self.window = window
        self.controller = controller
        self.asker = Asker(window)
        self.panel: WallPanel | None = None
        self._shown: tuple[object, ...] | None = None
        self._rows: dict[Note, NoteRow] = {}  # the rows made so far, by note
        self._rows_for: tuple[object, ...] = ()

    def handlers(self) -> dict[str, Callable[[], object]]:
        """Command name to handler, for :func:`facilitator.ui.actions.build_actions`."""
        return {
            "write_note": self.write_note,
            "add_note": self.add_written,
            "edit_note": self.edit_note,
            "hide_note": self.hide_note,
            "remove_note": self.remove_note,
            "rename_theme": self.rename_theme,
            "dissolve_theme": self.dissolve_theme,
            "release_note": self.release_note,
            "release_all_notes": self.controller.room.release_all,
            "toggle_auto_release": self.toggle_auto_release,
            "toggle_phone_posting": self.toggle_phone_posting,
            "toggle_phone_names": self.toggle_phone_names,
            "toggle_wall_closing": self.toggle_wall_closing,
        }

    def attach(self, panel: WallPanel) -> None:
        """Follow the panel's own gestures: Enter, drops, double-clicks, Delete."""
        self.panel = panel
        room = self.controller.room
        panel.noteSubmitted.connect(self.add_text)
        panel.noteActivated.connect(lambda note: self.edit_note(note))
        panel.themeActivated.connect(lambda theme: self.rename_theme(theme))
        panel.tree.droppedOnNote.connect(room.put_note_on)
        panel.tree.droppedOnTheme.connect(room.put_note_in)
        panel.tree.droppedOut.connect(lambda note: room.put_note_in(note, None))
        panel.tree.removeAsked.connect(self.remove_note)
        panel.selectionChanged.connect(self.sync)

    # --- what the panel shows ------------------------------------------------------------

    def show(self) -> None:
        """Draw the panel from the room (only what changed is drawn again)."""
        if self.panel is None:  # the Wall tab not made yet: its commands' ticks all the same
            self.sync()
            return
        room = self.controller.room
        agenda = self.controller.agenda
        self._sync_phones()  # posting follows the step, which can change without the room
        key = (room.revision, id(room.room), agenda.content_hash, room.words.unthemed)
        if key == self._shown:
            return  # the wall is drawn again only when the room changed, not every second
        self._shown = key
        steps = {step.id: step.title for step in agenda.steps}
        made_for = (*key[1:], row_words())
        if self._rows_for != made_for:  # each note's row is made once for a run and an agenda
            self._rows_for = made_for
            self._rows.clear()
        view = wall_panel(room.state.wall, steps, room.words.unthemed, self._rows)
        self.panel.show_view(view)
        self.sync()

    def sync(self) -> None:
        """Tick the chosen note's "hide" and the auto-release as they stand.

        The commands stay enabled with nothing chosen (as every command is at
        the start): each says what to choose first.
        """
        actions = self.window.actions_by_name
        panel = self.panel
        note = panel.chosen_note() if panel is not None else None
        view = panel.view if panel is not None else None
        row = view.note(note) if view is not None and note is not None else None
        actions["hide_note"].setChecked(row is not None and row.hidden)
        actions["toggle_auto_release"].setChecked(self.controller.room.state.wall.auto_release)
        self._sync_phones()

    def _sync_phones(self) -> None:
        actions = self.window.actions_by_name
        room = self.controller.room
        wall = room.state.wall
        actions["toggle_phone_posting"].setChecked(wall.posting_open(room.step.id))
        actions["toggle_phone_names"].setChecked(wall.ask_names)

    # --- writing --------------------------------------------------------------------

    def write_note(self) -> None:
        """Show the wall and put the cursor in its note field."""
        panel = self.window.wall_panel  # made now if the tab was never shown
        self.window.tabs.setCurrentWidget(panel)
        panel.input.setFocus()
        self.window.keyboard.typing_starts()

    def add_written(self) -> bool:
        """Add what is written in the panel's field (the Add button)."""
        if self.panel is None:
            return False
        return self.add_text(self.panel.input.toPlainText())

    def add_text(self, text: str) -> bool:
        """Add ``text`` as a note of this step, or (a list, if the trainer says so) as several.

        The field is emptied once the wall took it; when the room refuses (too
        long, say), the text stays in the field and the trainer is told why.
        """
        lines = paste_notes(text)
        if not lines:
            self.window.show_message(translate_marked("Wall", NOTHING_WRITTEN))
            return False
        room = self.controller.room
        if len(lines) > 1:
            choice = self.asker.how_many(len(lines))
            if choice == NEITHER:
                return False
            added = room.add_notes(lines) if choice == SEVERAL else room.add_note(text)
        else:
            added = room.add_note(text)
        if added and self.panel is not None:
            self.panel.input.clear()
        return added

    # --- the chosen note or theme -------------------------------------------------------

    def _note(self, note_id: int | None) -> int | None:
        chosen = (
            note_id
            if note_id is not None
            else (self.panel.chosen_note() if self.panel is not None else None)
        )
        if chosen is None:
            self.window.show_message(translate_marked("Wall", NO_NOTE_CHOSEN))
        return chosen

    def edit_note(self, note_id: int | None = None) -> bool:
        """Change the chosen note's text."""
        chosen = self._note(note_id)
        note = self.controller.room.state.wall.note(chosen) if chosen is not None else None
        if note is None:
            return False
        text = self.asker.text(
            translate("Wall", "Edit the note"), translate("Wall", "The note's text:"), note.text
        )
        return text is not None and self.controller.room.edit_note(note.id, text)

    def hide_note(self) -> bool:
        """Keep the chosen note off the projector, or show it again."""
        chosen = self._note(None)
        note = self.controller.room.state.wall.note(chosen) if chosen is not None else None
        if note is None:
            self.sync()
            return False
        return self.controller.room.hide_note(note.id, not note.hidden)

    def remove_note(self) -> bool:
        """Take the chosen note off the wall, once the trainer said yes."""
        chosen = self._note(None)
        note = self.controller.room.state.wall.note(chosen) if chosen is not None else None
        if note is None:
            return False
        question = translate(
            "Wall", "Remove this note from the wall? It cannot be put back.\n\n{text}"
        ).format(text=note.text)
        if not self.asker.confirm(translate("Wall", "Remove the note"), question):
            return False
        return self.controller.room.remove_note(note.id)

    def rename_theme(self, theme_id: int | None = None) -> bool:
        """Give the chosen theme a name."""
        chosen = theme_id
        if chosen is None and self.panel is not None:
            chosen = self.panel.chosen_theme()
        theme = self.controller.room.state.wall.theme(chosen) if chosen is not None else None
        if theme is None:
            self.window.show_message(translate_marked("Wall", NO_THEME_CHOSEN))
            return False
        name = self.asker.name(
            translate("Wall", "Name the theme"), translate("Wall", "The theme's name:"), theme.name
        )
        return name is not None and self.controller.room.rename_theme(theme.id, name)

    def dissolve_theme(self) -> bool:
        """Take the chosen theme apart (its notes stay, in no theme)."""
        chosen = self.panel.chosen_theme() if self.panel is not None else None
        if chosen is None:
            self.window.show_message(translate_marked("Wall", NO_THEME_CHOSEN))
            return False
        return self.controller.room.dissolve_theme(chosen)

    # --- moderation ------------------------------------------------------------------

    def release_note(self) -> bool:
        """Let the chosen waiting note onto the wall."""
        chosen = self.panel.chosen_pending() if self.panel is not None else None
        if chosen is None:
            self.window.show_message(translate_marked("Wall", NO_PENDING_CHOSEN))
            return False
        return self.controller.room.release_note(chosen)

    def toggle_auto_release(self) -> bool:
        """Notes from phones at once, or waiting for release (the action's tick says which)."""
        wall = self.controller.room.state.wall
        done = self.controller.room.set_auto_release(not wall.auto_release)
        self.sync()
        return done

    def toggle_phone_posting(self) -> bool:
        """Open or close posting from phones in the current step (the action's tick)."""
        done = self.controller.room.toggle_posting()
        self.sync()
        return done

    def toggle_phone_names(self) -> bool:
        """Ask phones for names, or stop asking (the action's tick says which)."""
        room = self.controller.room
        done = room.ask_names(not room.state.wall.ask_names)
        self.sync()
        return done

    # --- the closing screen ----------------------------------------------------------

    def toggle_wall_closing(self) -> None:
        """The whole wall as the closing screen, or the thanks again (the action's tick)."""
        action = self.window.actions_by_name["toggle_wall_closing"]
        on = action.isChecked()
        room = self.controller.room
        self.controller.projector.set_closing_screen(room.closing_wall if on else None)
