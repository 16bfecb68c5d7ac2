"""Make the screenshots of the two languages in docs/languages.

Run from the repository root: ``python docs/languages/make_screenshots.py``
(on Qt's offscreen platform with a 1366x768 laptop and a 1920x1080 projector,
``docs/screens/two-screens.json``, unless QT_QPA_PLATFORM says otherwise).
For each interface language (Dutch, English): both windows on session 1 in
that language, mid-step in the warning phase (the projector in the session's
language, with the REHEARSAL mark), the Preferences dialog and the
getting-started guide; and the Dutch session under the English interface,
whose projector still speaks Dutch. In Dutch also: the session editor, the
start window, the print dialog, the Reports dialog after a rehearsal, and the
quit question with Qt's own Yes/No buttons (qtbase's catalogue). Time is a
FakeClock, so every picture is the same each run.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault(
    "QT_QPA_PLATFORM",
    "offscreen:configfile="
    + str(Path(__file__).resolve().parents[1] / "screens" / "two-screens.json"),
)
os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp(prefix="facilitator-shots-"))
os.environ.setdefault(
    "FACILITATOR_SETTINGS", os.path.join(os.environ["FACILITATOR_DATA_DIR"], "s.ini")
)

import shutil

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.editing.edits import Target
from facilitator.editing.workspace import SESSION, open_workspace
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.paths import agendas_dir, bundled_sessions, default_agenda
from facilitator.preferences import Preferences
from facilitator.printouts.catalogue import Source
from facilitator.printouts.choices import PrintChoices, offers
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.dialogs.help_dialog import getting_started
from facilitator.ui.dialogs.print_dialog import PrintDialog
from facilitator.ui.dialogs.report_dialog import ReportDialog
from facilitator.ui.dialogs.settings_dialog import SettingsDialog
from facilitator.ui.editor.window import EditorWindow
from facilitator.ui.i18n import install_language
from facilitator.ui.start.window import StartWindow

OUT = Path(__file__).resolve().parent
SESSIONS = {
    "nl": default_agenda(),
    "en": agendas_dir() / "steam-coach-en" / "session-1-outreach-and-curricula.yaml",
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    widget.grab().save(str(OUT / f"{name}.png"))


def windows(app: QApplication, agenda: Agenda, name: str) -> None:
    """Both windows mid-step 3 in its warning phase, marked as a rehearsal."""
    clock = FakeClock(1_000 * SECOND)
    facilitator = FacilitatorApp(AppOptions(rehearsal=True), agenda, clock=clock)
    controller = facilitator.controller
    nine = datetime(2026, 11, 28, 9, 0)
    controller._wall = lambda: nine + timedelta(microseconds=(clock.now() - 1_000 * SECOND) // 1000)
    facilitator.marks.set_active(True)
    presenter = facilitator.presenter
    presenter.confirm_quit = False
    facilitator.show()
    presenter.resize(1366, 768)
    facilitator.projector.resize(1280, 720)
    controller.start()
    clock.advance(11 * MINUTE)
    controller.next_step()
    clock.advance(16 * MINUTE)
    controller.next_step()
    clock.advance(21 * MINUTE)  # step 3 of 25 min: 4:00 left, nearly done
    controller.refresh()
    save(app, presenter, f"presenter-{name}")
    save(app, facilitator.projector, f"projector-{name}")
    controller.shutdown()
    presenter.close()
    facilitator.projector.close()


def dialogs(app: QApplication, language: str) -> None:
    """The Preferences dialog (its first and second page) and the getting-started guide."""
    settings = SettingsDialog(
        Preferences(trainer_name="An Peeters"),
        screens=["eDP-1", "HDMI-1"],
        sessions=bundled_sessions(),
    )
    settings.show()
    save(app, settings, f"settings-{language}")
    settings.tabs.setCurrentIndex(1)
    save(app, settings, f"settings-projector-{language}")
    settings.close()
    guide = getting_started(language)
    guide.show()
    save(app, guide, f"getting-started-{language}")
    guide.close()


def dutch_only(app: QApplication) -> None:
    """The editor, the start window, printing, the reports and a Qt question, in Dutch."""
    own = Path(tempfile.mkdtemp(prefix="facilitator-own-")) / "steam-coach"
    shutil.copytree(agendas_dir() / "steam-coach", own)
    editor = EditorWindow(open_workspace(own / "sessie-2-diversiteit-op-de-werkplek.yaml"))
    editor.confirm_close = False
    editor.resize(1366, 768)
    editor.show()
    editor.show_target(Target(SESSION, ("steps", 2)))
    save(app, editor, "editor-step-nl")
    editor.show_target(Target(SESSION, ()))
    save(app, editor, "editor-session-nl")
    editor.close()
    start = StartWindow()
    start.resize(1366, 768)
    start.show()
    save(app, start, "start-nl")
    start.close()
    agenda = load_agenda(SESSIONS["nl"])
    folder = "Documenten/Facilitator"  # shown only: no path of this machine in the picture
    printing = PrintDialog(offers(Source(agenda)), PrintChoices(folder=folder), agenda.title)
    printing.show()
    save(app, printing, "print-nl")
    printing.close()
    clock = FakeClock(1_000 * SECOND)
    facilitator = FacilitatorApp(AppOptions(rehearsal=True), agenda, clock=clock)
    facilitator.presenter.confirm_quit = False
    controller = facilitator.controller
    nine = datetime(2026, 11, 28, 9, 0)
    controller._wall = lambda: nine + timedelta(microseconds=(clock.now() - 1_000 * SECOND) // 1000)
    controller.start()
    for minutes in (11, 14, 27):
        clock.advance(minutes * MINUTE)
        controller.next_step()
    controller.shutdown()
    reports = ReportDialog(Path(os.environ["FACILITATOR_DATA_DIR"]) / "runs")
    reports.resize(1100, 700)
    reports.show()
    save(app, reports, "reports-nl")
    reports.close()
    question = QMessageBox(
        QMessageBox.Icon.Question,
        "Facilitator afsluiten",
        "De sessie is bezig. Toch afsluiten?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    question.show()
    save(app, question, "question-nl")
    question.close()
    facilitator.presenter.close()
    facilitator.projector.close()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    for language in ("nl", "en"):
        install_language(app, language)
        windows(app, load_agenda(SESSIONS[language]), language)
        dialogs(app, language)
        if language == "nl":
            dutch_only(app)
    # The Dutch session under the English interface: the room still reads Dutch.
    install_language(app, "en")
    windows(app, load_agenda(SESSIONS["nl"]), "en-interface-nl-session")


if __name__ == "__main__":
    main()
