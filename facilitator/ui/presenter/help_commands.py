"""The Help menu's commands: the guides, About, and the Linux applications menu entry.

Every dialog is built when first asked for (start-up stays quick) and kept,
so asking again shows the same window. The getting-started guide also opens
by itself at the first start (not for automated runs: ``--quit-after``,
``--screenshot``, tests), and again only if the trainer asks.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator import desktop_entry
from facilitator.i18n import spoken_language, translate
from facilitator.paths import assets_dir, default_agenda
from facilitator.ui.markup import autotext

if TYPE_CHECKING:
    from facilitator.agenda.model import Reference
    from facilitator.ui.presenter.window import PresenterWindow

SEEN = "help/getting_started_seen"


class HelpCommands:
    """Handlers of the Help menu for one presenter window."""

    def __init__(self, window: PresenterWindow, platform: str = sys.platform) -> None:
        self.window = window
        self.platform = platform
        self.dialogs: dict[str, QDialog] = {}

    def handlers(self) -> dict[str, Callable[[], object] | None]:
        """Command name to handler; the applications menu entry only on Linux."""
        linux = self.platform.startswith("linux")
        return {
            "getting_started": self.getting_started,
            "user_guide": self.user_guide,
            "about": self.about,
            "add_to_menu": self.add_to_menu if linux else None,
        }

    def _show(self, name: str, make: Callable[[], QDialog]) -> QDialog:
        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = self.dialogs[name] = make()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def getting_started(self) -> QDialog:
        """The short guide: your screen, their screen, the clicker's keys, practise first."""
        from facilitator.ui.dialogs.help_dialog import getting_started

        return self._show(
            "getting-started", lambda: getting_started(spoken_language(), self.window)
        )

    def user_guide(self) -> QDialog:
        """The user guide, in the interface's language."""
        from facilitator.ui.dialogs.help_dialog import user_guide

        return self._show("user-guide", lambda: user_guide(spoken_language(), self.window))

    def about(self) -> QDialog:
        """The version and the credits of the STEAM Coach material and its references."""
        from facilitator.ui.dialogs.help_dialog import about

        return self._show("about", lambda: about(_references(), self.window))

    def offer_at_first_start(self, automated: bool) -> QDialog | None:
        """At the first start, the getting-started guide (once, unless asked for again)."""
        store = self.window.settings.store
        if automated or os.environ.get("FACILITATOR_TESTING") or _flag(store.value(SEEN)):
            return None
        from facilitator.ui.dialogs.help_dialog import getting_started

        dialog = getting_started(spoken_language(), self.window, first=True)
        self.dialogs["first-start"] = dialog
        store.setValue(SEEN, True)
        store.sync()
        dialog.finished.connect(lambda _result: self._remember(dialog.again.isChecked()))
        dialog.show()
        return dialog

    def _remember(self, again: bool) -> None:
        store = self.window.settings.store
        store.setValue(SEEN, not again)
        store.sync()

    def add_to_menu(self) -> None:
        """Linux: put Facilitator in the applications menu (or update it, or take it out)."""
        base = desktop_entry.data_home()
        icon = assets_dir() / "facilitator.svg"
        title = translate("Help", "Add to the applications menu")
        if desktop_entry.entry_path(base).is_file():
            box = QMessageBox(self.window)
            box.setWindowTitle(title)
            box.setText(
                translate(
                    "Help",
                    "Facilitator is in the applications menu already. Update the entry (it "
                    "then starts this installation), or remove it?",
                )
            )
            update = box.addButton(translate("Help", "&Update"), QMessageBox.ButtonRole.AcceptRole)
            remove = box.addButton(
                translate("Help", "&Remove"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is remove:
                self._remove(base, icon, title)
                return
            if box.clickedButton() is not update:
                return
        try:
            done = desktop_entry.install(base, icon, desktop_entry.launch_command())
        except OSError as error:
            QMessageBox.warning(
                self.window,
                title,
                autotext(
                    translate("Help", "The menu entry could not be written: {reason}").format(
                        reason=error.strerror or error
                    )
                ),
            )
            return
        self.window.show_message(
            translate(
                "Help", "Facilitator is in the applications menu (the entry: {file})."
            ).format(file=done.entry),
            15_000,
        )

    def _remove(self, base: Path, icon: Path, title: str) -> None:
        try:
            desktop_entry.remove(base, icon)
        except OSError as error:
            QMessageBox.warning(self.window, title, autotext(str(error)))
            return
        self.window.show_message(
            translate("Help", "Facilitator is no longer in the applications menu."), 15_000
        )


def _flag(value: object) -> bool:
    return value is True or (isinstance(value, str) and value.lower() in ("true", "1"))


def _references() -> list[Reference]:
    """The STEAM Coach material's references (the bundled library's), for About."""
    from facilitator.agenda.errors import AgendaError
    from facilitator.agenda.load import load_agenda

    try:
        return list(load_agenda(default_agenda()).references)
    except (AgendaError, OSError):
        return []
