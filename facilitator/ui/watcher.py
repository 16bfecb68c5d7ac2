"""Watch the agenda file (and its library files) and reload it when it is saved.

Editors save in different ways (write in place, or write a new file and
rename it over the old one), so both the files and their folder are watched
and the paths re-added after every change. Changes are gathered for a short
moment (:data:`SETTLE_MS`) so one save gives one reload, well within a second.
A file that no longer loads leaves the current agenda in place and is
reported with the loader's message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.console.reload import describe_changes
from facilitator.i18n import translate

SETTLE_MS = 250


def agenda_files(agenda: Agenda) -> list[Path]:
    """The session file and the library files it names."""
    folder = agenda.path.parent
    return [agenda.path, *(folder / name for name in agenda.session.library)]


class AgendaWatcher(QObject):
    """Reloads the watched agenda after a save; reports a broken file instead."""

    reloaded = Signal(object, list)  # the new Agenda, the changes in words
    failed = Signal(str)  # the loader's message: the old agenda stays

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agenda: Agenda | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._schedule)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_now)

    def watch(self, agenda: Agenda) -> None:
        """Watch ``agenda``'s files (instead of any watched before)."""
        self._agenda = agenda
        self._rewatch()

    def watched(self) -> list[str]:
        """The files and folders being watched."""
        return [*self._watcher.files(), *self._watcher.directories()]

    def _rewatch(self) -> None:
        for group in (self._watcher.files(), self._watcher.directories()):
            if group:
                self._watcher.removePaths(group)
        if self._agenda is None:
            return
        files = [str(p) for p in agenda_files(self._agenda) if p.exists()]
        folders = sorted({str(Path(p).parent) for p in files})
        for path in (*files, *folders):
            self._watcher.addPath(path)

    def _schedule(self, _path: str = "") -> None:
        self._settle.start()

    def check_now(self) -> None:
        """Reload if the files changed since the last load (after a save, or on demand)."""
        from facilitator.agenda.load import load_agenda  # the loader, on a change only

        agenda = self._agenda
        if agenda is None:
            return
        self._rewatch()  # a rename-over-save drops the watch on the old file
        if not agenda.path.exists():
            return  # between an editor's delete and its write: wait for the next event
        try:
            new = load_agenda(agenda.path)
        except AgendaError as error:
            self.failed.emit(str(error))
            return
        except OSError as error:
            self.failed.emit(
                translate("Console", "{file} could not be read: {error}").format(
                    file=agenda.path.name, error=error
                )
            )
            return
        if new.content_hash == agenda.content_hash:
            return
        self._agenda = new
        self._rewatch()
        self.reloaded.emit(new, describe_changes(agenda, new))
