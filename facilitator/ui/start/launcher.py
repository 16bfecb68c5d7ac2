"""The app's start window, editors and new sessions, opened on demand.

:class:`Launcher` is what the presenter's File menu reaches for Start window
(Ctrl+Shift+O), New session (Ctrl+N) and Edit this session (Ctrl+E). It imports
the start window and the editor only when the trainer first opens one, so the
app starts as fast without them. It links an editor to the session under way:
the steps that have run cannot be changed (a
:class:`~facilitator.editing.run_guard.RunGuard`), a save reloads the session
through the presenter's file watcher, and a bundled session saved as the
trainer's copy becomes the session the presenter shows (keeping its timer).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.agenda.errors import AgendaError
from facilitator.engine.session import RunState
from facilitator.i18n import translate
from facilitator.ui.controller import SessionController

if TYPE_CHECKING:
    from facilitator.editing.run_guard import RunGuard
    from facilitator.ui.editor.window import EditorWindow
    from facilitator.ui.start.window import StartWindow

UNDER_WAY = (RunState.RUNNING, RunState.PAUSED)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


class Launcher(QObject):
    """Opens the start window, the editors and the new-session dialog for the app."""

    def __init__(
        self,
        controller: SessionController,
        presenter: QWidget,
        *,
        open_agenda: Callable[[Path], object],
        choose_file: Callable[[], object],
        show_report: Callable[[Path], object],
        tell: Callable[[str], object],
    ) -> None:
        super().__init__(presenter)
        self._controller = controller
        self._presenter = presenter
        self._open_agenda = open_agenda
        self._choose_file = choose_file
        self._show_report = show_report
        self._tell = tell
        self.start_window: StartWindow | None = None
        self.editors: list[EditorWindow] = []

    # --- the start window ---------------------------------------------------------------

    def show_start(self) -> None:
        """Show the start window (made the first time), with its lists read again."""
        if self.start_window is None:
            from facilitator.ui.start.window import StartWindow

            window = StartWindow()
            window.openRequested.connect(self._open_from_start)
            window.editRequested.connect(self.edit)
            window.newRequested.connect(self.new_session)
            window.fileRequested.connect(self._choose_file)
            window.reportRequested.connect(self._show_report)
            self.start_window = window
        else:
            self.start_window.refresh()
        self.start_window.show()
        self.start_window.raise_()
        self.start_window.activateWindow()

    def _open_from_start(self, path: Path) -> None:
        self._open_agenda(path)
        if self.start_window is not None:
            self.start_window.close()

    # --- editors --------------------------------------------------------------------------

    def edit(self, path: Path | None = None) -> EditorWindow | None:
        """Open ``path`` (default: the presenter's session) in an editor, or raise its editor."""
        target = path if path is not None else self._controller.agenda.path
        for editor in list(self.editors):
            if not _same(editor.workspace.path, target):
                continue
            if editor.isVisible():
                editor.raise_()
                editor.activateWindow()
                return editor
            self._forget(editor)  # closed: open the file afresh
            editor.deleteLater()
        from facilitator.editing.document import DocumentError
        from facilitator.ui.editor.window import open_editor

        try:
            editor = open_editor(target)
        except DocumentError as error:
            box = QMessageBox(self._presenter)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(translate("Start", "This session cannot be edited here"))
            box.setText(
                translate(
                    "Start",
                    "The file is not one the editor can read; nothing was changed. Fix it in a "
                    "text editor (the details say where), then open it again.",
                )
            )
            box.setDetailedText(str(error))
            box.open()
            return None
        workspace = editor.workspace
        workspace.run_guard = lambda: self.guard_for(workspace.path)
        editor.copied.connect(partial(self._copied, editor, target))
        self.editors.append(editor)
        editor.show()
        editor.raise_()
        return editor

    def _forget(self, editor: EditorWindow) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def guard_for(self, path: Path) -> RunGuard | None:
        """What the session under way has run, when the presenter runs ``path``; else None."""
        run = self._controller.run
        if run.state not in UNDER_WAY or not _same(self._controller.agenda.path, path):
            return None
        from facilitator.editing.run_guard import RunGuard

        steps = run.agenda.steps
        return RunGuard(
            begun=tuple(s.id for s in steps[: run.index + 1]),
            titles={s.id: s.title for s in steps},
            done_minutes={s.id: s.minutes for s in steps[: run.index]},
        )

    def _copied(self, editor: EditorWindow, original: Path, copy: object) -> None:
        """The trainer saved their copy: the presenter goes on with it, timer and all."""
        assert isinstance(copy, Path)
        if self.start_window is not None:
            self.start_window.refresh()
        if not _same(self._controller.agenda.path, original):
            return
        from facilitator.agenda.load import load_agenda  # YAML and the checks: not at start

        try:
            agenda = load_agenda(copy)
        except (AgendaError, OSError):
            self._tell(
                translate(
                    "Start",
                    "Your copy is saved in {folder}. It has problems to fix before it can run; "
                    "the presenter stays on the session it shows.",
                ).format(folder=copy.parent)
            )
            return
        if self._controller.run.state in UNDER_WAY:
            self._controller.replace_agenda(agenda)
            self._tell(
                translate(
                    "Start", "The session under way goes on with your copy; its timer was kept."
                )
            )
        else:
            self._controller.load_agenda(agenda)
            self._tell(translate("Start", "Your copy is open in the presenter, ready to start."))

    # --- new sessions ---------------------------------------------------------------------

    def new_session(self) -> Path | None:
        """Ask how to make a new session; make it and open it in the editor."""
        from facilitator.ui.start.new_session import NewSessionDialog

        parent = self.start_window if self.start_window is not None else self._presenter
        dialog = NewSessionDialog(parent)
        if not dialog.exec() or dialog.made is None:
            return None
        if self.start_window is not None:
            self.start_window.refresh()
        self.edit(dialog.made)
        return dialog.made
