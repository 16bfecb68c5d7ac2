"""Watch the agenda file (and its library files) and reload it when it is saved.

Editors save in different ways (write in place, or write a new file and
rename it over the old one), so both the files and their folder are watched
and the paths re-added after every change. Changes are gathered for a short
moment (:data:`SETTLE_MS`) so one save gives one reload, well within a second.
A file that no longer loads leaves the current agenda in place and is
reported with the loader's message.

The folders stay watched while a file is gone (deleted, renamed away, on a
drive that is not there), so saving it again is noticed; a folder that went
too (a USB stick unplugged) tells nothing, so while the agenda file is gone
it is also looked for every :data:`GONE_POLL_MS`. That it is gone, and that
it is back unchanged, are signalled once each.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.console.reload import describe_changes
from facilitator.i18n import translate

SETTLE_MS = 250
GONE_POLL_MS = 2000


def agenda_files(agenda: Agenda) -> list[Path]:
    """The session file and the library files it names."""
    folder = agenda.path.parent
    return [agenda.path, *(folder / name for name in agenda.session.library)]


def nearest_folder(path: Path) -> Path | None:
    """The nearest folder above ``path`` that exists (its own, when it is there)."""
    for folder in path.parents:
        if folder.is_dir():
            return folder
    return None


class AgendaWatcher(QObject):
    """Reloads the watched agenda after a save; reports a broken or missing file instead."""

    reloaded = Signal(object, list)  # the new Agenda, the changes in words
    failed = Signal(str)  # the loader's message: the old agenda stays
    gone = Signal(str)  # the agenda file's name: it is not there any more
    back = Signal(str)  # the agenda file's name: it is there again, unchanged

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agenda: Agenda | None = None
        self._gone = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._schedule)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_now)
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setInterval(GONE_POLL_MS)
        self._poll.timeout.connect(self.check_now)

    def watch(self, agenda: Agenda) -> None:
        """Watch ``agenda``'s files (instead of any watched before)."""
        self._agenda = agenda
        # An agenda whose file is not there (resumed from the journal's plan) waits for it.
        self._gone = not agenda.path.exists()
        self._rewatch()
        if self._gone:
            self._poll.start()
        else:
            self._poll.stop()

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self._agenda = None
        self._settle.stop()
        self._poll.stop()
        self._rewatch()

    @property
    def file_gone(self) -> bool:
        """Whether the agenda file was not there when last looked for."""
        return self._gone

    def watched(self) -> list[str]:
        """The files and folders being watched."""
        return [*self._watcher.files(), *self._watcher.directories()]

    def _rewatch(self) -> None:
        for group in (self._watcher.files(), self._watcher.directories()):
            if group:
                self._watcher.removePaths(group)
        if self._agenda is None:
            return
        paths = agenda_files(self._agenda)
        files = [str(p) for p in paths if p.exists()]
        # Every file's folder, even the folder of a file that is gone: a new file appears there.
        folders = {nearest_folder(p) for p in paths}
        for path in (*files, *sorted(str(f) for f in folders if f is not None)):
            self._watcher.addPath(path)

    def _schedule(self, _path: str = "") -> None:
        self._settle.start()

    @property
    def settling(self) -> bool:
        """Whether a change on disk was seen and its reload waits for the save to settle."""
        return self._settle.isActive()

    def set_settle_ms(self, ms: int) -> None:
        """How long a save is given to settle before the reload (:data:`SETTLE_MS`)."""
        self._settle.setInterval(ms)

    def settle_now(self) -> None:
        """End the wait for the save to settle at once (as when :data:`SETTLE_MS` passed)."""
        if self._settle.isActive():
            self._settle.stop()
            self.check_now()

    def check_now(self) -> None:
        """Reload if the files changed since the last load (after a save, or on demand)."""
        from facilitator.agenda.load import load_agenda  # the loader, on a change only

        agenda = self._agenda
        if agenda is None:
            return
        self._rewatch()  # a rename-over-save drops the watch on the old file
        if not agenda.path.exists():
            if not self._gone:
                self._gone = True
                self.gone.emit(agenda.path.name)
            self._poll.start()
            return
        self._poll.stop()
        was_gone, self._gone = self._gone, False
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
            if was_gone:
                self.back.emit(agenda.path.name)
            return
        self._agenda = new
        self._rewatch()
        self.reloaded.emit(new, describe_changes(agenda, new))
