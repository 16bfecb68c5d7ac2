"""Start the app: load the agenda, build the controller and both windows, run."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import Clock, MonotonicClock, ScaledClock, wall_now
from facilitator.engine.journal import Journal
from facilitator.paths import assets_dir, data_dir, default_agenda, runs_dir
from facilitator.ui.controller import SessionController
from facilitator.ui.placement import ProjectorPlacement
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.projector.window import ProjectorWindow


class FacilitatorApp:
    """The running app: one controller, a presenter and a projector window."""

    def __init__(self, options: AppOptions, agenda: Agenda, clock: Clock | None = None) -> None:
        self.options = options
        if clock is None:
            clock = MonotonicClock()
            if options.speed != 1.0:
                clock = ScaledClock(clock, options.speed)
        self.controller = SessionController(
            agenda,
            clock,
            auto_advance=options.auto_advance,
            journal_factory=self._new_journal,
        )
        self.presenter = PresenterWindow(
            self.controller,
            extra_handlers={"toggle_projector_fullscreen": self._toggle_projector_fullscreen},
        )
        self.projector = ProjectorWindow(self.controller)
        self.projector.resized.connect(self.presenter.miniature.set_reference_size)
        self.placement = ProjectorPlacement(self.presenter, self.projector)
        self.presenter.openRequested.connect(self.open_agenda)

    @property
    def mode(self) -> str:
        """'live', or 'dry-run' when time runs faster than real time."""
        return "live" if self.options.speed == 1.0 else "dry-run"

    def _new_journal(self, agenda: Agenda) -> Journal:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        journal = Journal(runs_dir() / f"{stamp}-{agenda.path.stem}.jsonl")
        journal.write(
            "run_opened",
            self.controller.now(),
            wall_now(),
            mode=self.mode,
            speed=self.options.speed,
            agenda=str(agenda.path),
            hash=agenda.content_hash,
            title=agenda.title,
        )
        return journal

    def _toggle_projector_fullscreen(self) -> None:
        self.placement.toggle_fullscreen()

    def show(self) -> None:
        """Show the presenter, then place the projector on the other screen."""
        self.presenter.show()
        self.placement.place()
        self.presenter.activateWindow()
        if self.options.start:
            self.controller.start()
        if self.options.quit_after is not None:
            QTimer.singleShot(round(self.options.quit_after * 1000), self.quit)

    def open_agenda(self, path: Path) -> None:
        """Open another agenda; a broken one is reported and the current one stays."""
        try:
            agenda = load_agenda(path)
        except AgendaError as error:
            show_agenda_error(self.presenter, error)
            return
        self.controller.load_agenda(agenda)

    def save_screenshots(self, folder: Path) -> None:
        """Save presenter.png and projector.png of the two windows into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        self.presenter.grab().save(str(folder / "presenter.png"))
        self.projector.grab().save(str(folder / "projector.png"))

    def quit(self) -> None:
        """Save screenshots if asked, and leave without asking."""
        if self.options.screenshot is not None:
            try:
                self.save_screenshots(self.options.screenshot)
            except OSError as error:
                print(f"Could not save the screenshots: {error}", file=sys.stderr)
        self.presenter.confirm_quit = False
        QApplication.quit()


def show_agenda_error(parent: QWidget | None, error: AgendaError) -> None:
    """Tell the trainer, in a dialog, what is wrong with an agenda file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("This agenda cannot be opened")
    box.setText("The agenda file has problems; nothing was changed.")
    box.setInformativeText("Fix the file in a text editor and open it again.")
    box.setDetailedText(str(error))
    # Not exec(): a modal loop would hold up the session's timer and --quit-after.
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _install_excepthook() -> None:
    """Unexpected errors go to a log file and a dialog, never end the session."""
    log = data_dir() / "errors.log"

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as stream:
                stream.write(f"--- {datetime.now().isoformat()}\n{text}\n")
        except OSError:
            pass
        print(text, file=sys.stderr)
        if QApplication.instance() is not None:
            QMessageBox.warning(
                None,
                "Something went wrong",
                "Facilitator hit an unexpected problem. The session goes on; "
                f"details were written to {log}.",
            )

    sys.excepthook = hook


def run_app(options: AppOptions) -> int:
    """Run the app until it quits; returns the process exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setApplicationDisplayName("Facilitator")
    app.setWindowIcon(QIcon(str(assets_dir() / "facilitator.svg")))
    _install_excepthook()
    path = options.agenda or default_agenda()
    try:
        agenda = load_agenda(path)
    except AgendaError as error:
        if options.agenda is None:
            print(error, file=sys.stderr)
            return 1
        # Tell the trainer, then carry on with the bundled session rather than nothing.
        print(error, file=sys.stderr)
        show_agenda_error(None, error)
        agenda = load_agenda(default_agenda())
    facilitator = FacilitatorApp(options, agenda)
    facilitator.show()
    status = app.exec()
    facilitator.controller.shutdown()
    return status
