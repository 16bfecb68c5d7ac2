"""File > Print… (Ctrl+P): the session's printouts, chosen in a dialog, written into a folder.

The handler of the ``print`` command. It gathers what the printouts are made
of (the session, the current run's room, the plan's start), lets the trainer
choose in :class:`~facilitator.ui.dialogs.print_dialog.PrintDialog` (the
choices and the folder are remembered), writes one PDF per printout with the
same code as ``facilitator print``, and says in the status bar what was
written; what could not be written is explained in a message box. The
session is never disturbed.

The current run's room is the room adapter's live room
(``controller.room``, ``ui/room_controller.py``): what is printed is what the
console shows, and what the journal holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator.i18n import translate
from facilitator.printouts.catalogue import Source, Written, write_printout
from facilitator.printouts.choices import PrintChoices, offers, read_choices
from facilitator.printouts.run_room import RunRoom
from facilitator.room.state import RoomState
from facilitator.ui.controller import SessionController
from facilitator.ui.dialogs.print_dialog import PrintDialog

if TYPE_CHECKING:
    from facilitator.ui.presenter.window import PresenterWindow

SETTINGS_GROUP = "print"


class Printer:
    """The handler of the ``print`` command for one presenter window."""

    def __init__(self, window: PresenterWindow, controller: SessionController) -> None:
        self.window = window
        self.controller = controller

    # --- what the printouts are made of ----------------------------------------------

    def current_run(self) -> RunRoom | None:
        """The current run's room (the room adapter's, as it is now), with the run's id and
        day; None while there is no run yet (no journal and an empty room)."""
        controller = self.controller
        journal = controller.journal
        state = controller.room.state
        if journal is None and state == RoomState():
            return None
        # Groups are often made while people arrive: before the start, the day is today.
        started = controller.run.started_wall or controller.wall_now()
        return RunRoom(journal.path.stem if journal is not None else "", state, started)

    def remembered(self) -> PrintChoices:
        """The trainer's last choices; the folder, when none was chosen, their Documents."""
        store = self.window.settings.store
        store.beginGroup(SETTINGS_GROUP)
        try:
            values = {key: store.value(key) for key in store.childKeys()}
        finally:
            store.endGroup()
        choices = read_choices(values)
        if not choices.folder:
            choices = PrintChoices(choices.what, str(_documents_folder()), choices.start)
        return choices

    def remember(self, choices: PrintChoices) -> None:
        """Keep ``choices`` for next time."""
        store = self.window.settings.store
        store.beginGroup(SETTINGS_GROUP)
        try:
            for key, value in choices.values().items():
                store.setValue(key, value)
        finally:
            store.endGroup()
        store.sync()

    # --- the command ----------------------------------------------------------------

    def print_printouts(self) -> None:
        """Ask what to print and where, then write it."""
        remembered = self.remembered()
        source = Source(self.controller.agenda, self.current_run(), remembered.start)
        dialog = PrintDialog(offers(source), remembered, source.agenda.title, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choices = dialog.choices(remembered)
        self.remember(choices)
        self.write(Source(source.agenda, source.run, choices.start), choices)

    def write(self, source: Source, choices: PrintChoices) -> list[Written]:
        """Write the printouts chosen into the chosen folder; say what happened."""
        folder = Path(choices.folder)
        chosen = choices.chosen(offers(source))
        written: list[Written] = []
        failures: list[str] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            failures.append(f"{folder}: {error.strerror or error}")
            chosen = []
        for printout in chosen:
            try:
                written.append(write_printout(printout, source, folder))
            except OSError as error:
                failures.append(f"{printout.shown_label}: {error.strerror or error}")
        if failures:
            QMessageBox.warning(
                self.window,
                translate("Print", "Print"),
                translate(
                    "Print",
                    "These printouts could not be written to {folder}:\n\n{failures}\n\n"
                    "Choose another folder (one you can write to, on a disk with free space).",
                ).format(folder=folder, failures="\n".join(failures)),
            )
        if written:
            files = ", ".join(w.path.name for w in written)
            if len(written) == 1:
                text = translate("Print", "One PDF written to {folder}: {files}.")
            else:
                text = translate("Print", "{count} PDFs written to {folder}: {files}.")
            self.window.show_message(
                text.format(count=len(written), folder=folder, files=files), 15_000
            )
        elif failures:
            self.window.show_message(
                translate("Print", "Nothing was written to {folder}.").format(folder=folder)
            )
        return written


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
