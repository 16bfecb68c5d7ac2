"""File > Print hand-outs…: the session's hand-outs and templates as a PDF to print.

Asks where to save (the session's name as the default, in the folder used
last, else the user's Documents), writes the PDF and says in the status bar
where it went. A folder that cannot be written or a full disk is explained in
a message box; the session is never disturbed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.i18n import translate
from facilitator.printouts.handouts import default_filename, handout_plan, write_handouts
from facilitator.ui.controller import SessionController
from facilitator.ui.markup import autotext

if TYPE_CHECKING:
    from facilitator.ui.presenter.window import PresenterWindow


class HandoutPrinter:
    """The handler of the ``print_handouts`` command for one presenter window."""

    def __init__(self, window: PresenterWindow, controller: SessionController) -> None:
        self.window = window
        self.controller = controller
        self.folder: Path | None = None  # where the last PDF went, offered again

    def print_handouts(self) -> None:
        """Ask for a file name and write the current session's hand-outs there."""
        agenda = self.controller.agenda
        if handout_plan(agenda).empty:
            self.window.show_message(
                translate("Printing", "“{title}” has no hand-outs to print.").format(
                    title=agenda.title
                )
            )
            return
        folder = self.folder or _documents_folder()
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("Printing", "Print hand-outs – save as PDF"),
            str(folder / default_filename(agenda)),
            translate("Printing", "PDF files (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.write(path)

    def write(self, path: Path) -> bool:
        """Write the PDF to ``path``; report success in the status bar, failure in a box."""
        try:
            pages = write_handouts(self.controller.agenda, path)
        except OSError as error:
            reason = error.strerror or str(error)
            QMessageBox.warning(
                self.window,
                translate("Printing", "Print hand-outs"),
                autotext(
                    translate(
                        "Printing",
                        "The hand-outs could not be written to\n{file}\n\n{reason}.\n\n"
                        "Choose another folder (one you can write to, on a disk with free space).",
                    ).format(file=path, reason=reason)
                ),
            )
            self.window.show_message(
                translate("Printing", "Hand-outs not written: {reason}").format(reason=reason)
            )
            return False
        self.folder = path.parent
        self.window.show_message(
            translate("Printing", "Hand-outs written to {file} ({pages} pages)").format(
                file=path, pages=pages
            ),
            15_000,
        )
        return True


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
