"""Start the app: load the agenda, build the controller and both windows, run."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator import collector
from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.cli import RECOVER_ASK, RECOVER_NEVER, AppOptions
from facilitator.desktop_entry import APP_ID as DESKTOP_APP_ID
from facilitator.engine.clock import Clock, MonotonicClock, ScaledClock, wall_now
from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.i18n import translate
from facilitator.paths import cache_dir, data_dir, default_agenda, runs_dir
from facilitator.preferences import Preferences
from facilitator.preferences import notice as settings_notice
from facilitator.run_files import may_have_crashed, new_run_path
from facilitator.ui.app_icon import app_icon
from facilitator.ui.controller import PAINT_LEAD_NS, SessionController
from facilitator.ui.first_paint import after_first_paint
from facilitator.ui.i18n import install_language, interface_language
from facilitator.ui.markup import autotext
from facilitator.ui.placement import ProjectorPlacement
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.projector.window import ProjectorWindow
from facilitator.ui.rehearsal import RehearsalMarks
from facilitator.ui.settings import ConsoleSettings
from facilitator.ui.sound import LazyChimes
from facilitator.ui.start.launcher import Launcher
from facilitator.ui.start.memory import last_session, remember_session

if TYPE_CHECKING:
    # Loaded on first use, not before the first paint (issue 14): a crashed run's
    # recovery, the journal's events, the Reports dialog.
    from facilitator.engine.events import RunMode
    from facilitator.engine.journal import Journal
    from facilitator.recovery import Recovery
    from facilitator.ui.dialogs.report_dialog import ReportDialog
    from facilitator.ui.participants.in_app import PhonesInApp

#: How long after the first paint start-up counts as done (see facilitator.collector).
START_UP_SETTLED_MS = 1000


def load_agenda(path: Path) -> Agenda:
    """An agenda for the app to open: from the cache of checked agendas when its files are
    unchanged, else loaded and checked (raises AgendaError)."""
    from facilitator.agenda.cache import load_cached

    return load_cached(path, cache_dir() / "agendas")


class FacilitatorApp:
    """The running app: one controller, a presenter and a projector window."""

    def __init__(self, options: AppOptions, agenda: Agenda, clock: Clock | None = None) -> None:
        self.options = options
        self._phones: PhonesInApp | None = None
        self.rehearsal = options.rehearsal
        if clock is None:
            clock = MonotonicClock()
            if options.speed != 1.0:
                clock = ScaledClock(clock, options.speed)
        self.controller = SessionController(
            agenda,
            clock,
            auto_advance=options.auto_advance,
            journal_factory=self._new_journal,
            lead_ns=PAINT_LEAD_NS,
        )
        # The trainer's preferences; values that could not be used are named once, at show().
        settings = ConsoleSettings()
        prefs, self.setting_resets = settings.preferences()
        projector = self.controller.projector
        projector.set_trainer_name(prefs.trainer_name)
        projector.set_defaults(prefs.timer_style, prefs.theme)
        projector.set_text_size(prefs.text_size)
        projector.start_run(agenda.session.projector)  # the run starts in the trainer's look
        # The projector first: its canvas follows ``changed`` before the console does
        # (slots run in the order they were connected), and repaints the new second
        # at once, so the room sees it by its boundary, not after the console's work.
        self.projector = ProjectorWindow(self.controller)
        self.presenter = PresenterWindow(
            self.controller,
            settings=settings,
            extra_handlers={
                "show_projector": self.show_projector,
                "toggle_projector_fullscreen": self._toggle_projector_fullscreen,
                "projector_next_screen": self._projector_next_screen,
                "swap_screens": self._swap_screens,
                "trainer_name": self._ask_trainer_name,
                "rehearse": self.rehearse,
                "show_reports": self.show_reports,
                "show_start": lambda: self.launcher.show_start(),
                "new_session": lambda: self.launcher.new_session(),
                "edit_session": lambda: self.launcher.edit(),
                "toggle_participants": lambda: self.phones.toggle(),
            },
        )
        # The start window and the editor, imported when first opened.
        self.launcher = Launcher(
            self.controller,
            self.presenter,
            open_agenda=self.presenter.open_checked,
            choose_file=self.presenter.choose_agenda,
            show_report=self.show_report_of,
            tell=lambda text: self.presenter.show_message(text, 15_000),
        )
        remember_session(agenda.path)
        self.controller.agendaChanged.connect(lambda new: remember_session(new.path))
        self.projector.resized.connect(self.presenter.miniature.set_reference_size)
        self.projector.resized.connect(self.presenter.preview.set_reference_size)
        self.placement = ProjectorPlacement(
            self.presenter, self.projector, spot=self.presenter.preview.miniature
        )
        self.presenter.preferencesChanged.connect(self._preferences_changed)
        # The console says so plainly whenever the room does not see the projector window.
        self.projector.shownChanged.connect(self.presenter.preview.set_projector_shown)
        self.presenter.openRequested.connect(self.open_agenda)
        self.marks = RehearsalMarks(self.presenter, self.projector)
        # Connected after the presenter's own handler, so the mark goes before its new title.
        self.controller.agendaChanged.connect(lambda _agenda: self.marks.retitle())
        self.controller.agendaChanged.connect(
            lambda changed: self.marks.set_language(changed.session.language)
        )
        self.marks.set_language(agenda.session.language)
        self.marks.set_active(self.rehearsal and options.speed == 1.0)
        self.reports: ReportDialog | None = None
        self._finished = False
        self.controller.changed.connect(self._point_to_report)

    @property
    def phones(self) -> PhonesInApp:
        """Phones in the room: made (and its Phones tab added) when first switched on, so
        that start-up loads no network code."""
        if self._phones is None:
            from facilitator.ui.participants.in_app import PhonesInApp

            self._phones = PhonesInApp(self.controller, self.presenter, self.options.listen)
        return self._phones

    def _stop_phones(self) -> None:
        if self._phones is not None:
            self._phones.stop()

    @property
    def mode(self) -> RunMode:
        """Live or rehearsal; a dry run when time runs faster (never a rehearsal)."""
        from facilitator.engine.events import run_mode

        return run_mode(self.options.speed, self.rehearsal)

    def _new_journal(self, agenda: Agenda) -> Journal:
        from facilitator.engine.events import opening
        from facilitator.engine.journal import Journal
        from facilitator.engine.resume_point import boot_id

        try:
            path = new_run_path(runs_dir(), agenda.path.stem, datetime.now())
        except OSError:
            # The journal itself reports the problem in the status bar and keeps trying.
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            path = runs_dir() / f"{stamp}-{agenda.path.stem}.jsonl"
        journal = Journal(path)
        opened = opening(agenda, speed=self.options.speed, rehearsal=self.rehearsal, boot=boot_id())
        journal.write(opened, self.controller.now(), wall_now())
        return journal

    def rehearse(self) -> None:
        """Start over with this session as a rehearsal (after asking, if one is under way)."""
        if self.controller.run.state in (RunState.RUNNING, RunState.PAUSED):
            answer = QMessageBox.question(
                self.presenter,
                translate("App", "Rehearse this session"),
                translate(
                    "App", "A session is under way. End it and start a rehearsal of this session?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.rehearsal = True
        self.controller.load_agenda(self.controller.agenda)
        self.marks.set_active(self.options.speed == 1.0)

    def show_reports(self) -> None:
        """Open the Reports dialog on the current run (or the latest one)."""
        from facilitator.ui.dialogs.report_dialog import ReportDialog

        journal = self.controller.journal
        if self.reports is not None:
            self.reports.close()
        self.reports = ReportDialog(
            runs_dir(), journal.path if journal is not None else None, self.presenter
        )
        self.reports.show()

    def show_report_of(self, journal: Path) -> None:
        """Open the Reports dialog on the run recorded in ``journal``."""
        from facilitator.ui.dialogs.report_dialog import ReportDialog

        if self.reports is not None:
            self.reports.close()
        self.reports = ReportDialog(runs_dir(), journal, self.presenter)
        self.reports.show()

    def _point_to_report(self, snapshot: SessionSnapshot) -> None:
        """When a run finishes, say where its report is."""
        finished = snapshot.state is RunState.FINISHED
        if finished and not self._finished:
            self.presenter.show_message(
                translate(
                    "App",
                    "Session finished. File > Reports… (Ctrl+Shift+R) shows where the time went.",
                ),
                30_000,
            )
        self._finished = finished

    def resume(self, recovery: Recovery) -> None:
        """Go on with a run that stopped unexpectedly, as the trainer chose."""
        from facilitator.engine.events import ResumeHow
        from facilitator.engine.journal import Journal
        from facilitator.engine.resume import resume_run
        from facilitator.projection.replay import shown_in
        from facilitator.recovery import running_from_plan_words

        resumable = recovery.resumable
        journal = Journal(resumable.path)
        run = resume_run(
            resumable, journal, recovery.point, recovery.how, wall=wall_now(), boot=recovery.boot
        )
        paused = recovery.how is ResumeHow.PAUSED
        # What the trainer had put on the projector at once goes back on too.
        shown = shown_in(resumable.log)
        self.controller.restore(
            run,
            journal,
            blank=resumable.rebuilt.blank,
            room=resumable.room,
            screen=resumable.rebuilt.room_screen,
            paused_at=resumable.last_t if paused else None,
            shown=shown.shown,
            shown_page=shown.page,
        )
        if resumable.from_plan:
            # The trainer must see it: the projected items come back with the file.
            self.presenter.notice.show_notice(running_from_plan_words(resumable), "warning")

    def show_projector(self) -> None:
        """Put the projector window back (full screen where it was) after it was closed."""
        self.placement.show_projector()
        self.presenter.take_keys()

    def _preferences_changed(self, prefs: Preferences) -> None:
        """A projector screen chosen in Preferences: the projector goes there now."""
        if prefs.projector_screen != self.placement.remembered:
            self.placement.remembered = prefs.projector_screen
            if self.projector.isVisible():
                self.placement.place()

    def _projector_next_screen(self) -> None:
        self.placement.move_to_next_screen()

    def _swap_screens(self) -> None:
        self.placement.swap()

    def _ask_trainer_name(self) -> None:
        from facilitator.ui.projector.menu import ask_trainer_name

        ask_trainer_name(self.presenter, self.controller.projector)

    def _toggle_projector_fullscreen(self) -> None:
        self.placement.toggle_fullscreen()

    def show(self) -> None:
        """Show the presenter, then place the projector on the other screen."""
        if self.presenter.window_layout.restored_geometry:
            self.presenter.show()  # exactly where the trainer left it (fitted to the screens)
        else:
            # A first start: the console takes the laptop's screen, as a trainer expects.
            self.presenter.window_layout.show_first_time()
        if self.options.projector:
            self.placement.place()
        self.presenter.preview.set_projector_shown(self.projector.on_screen)
        # The console has the keyboard, not the projector window shown after it.
        self.presenter.take_keys()
        if self.setting_resets:
            self.presenter.notice.show_notice(settings_notice(self.setting_resets), "info")
        if self.options.start:
            self.controller.start()
        if self.options.participants:
            self.phones.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_phones)
        if self.options.quit_after is not None:
            QTimer.singleShot(round(self.options.quit_after * 1000), self.quit)
        # What the first paint does not need loads once both windows are on screen.
        self.first_paint = after_first_paint((self.presenter, self.projector), self._load_later)

    def _load_later(self) -> None:
        """After the first paint: the chimes (their player and its audio device); a second
        later, start-up's objects set aside from the cycle collector's full walks."""
        chimes = self.presenter.chimes
        if isinstance(chimes, LazyChimes):
            chimes.load()
        # By then the chimes are loaded, and a session started at once has its records.
        QTimer.singleShot(START_UP_SETTLED_MS, self.presenter, collector.set_start_up_aside)

    def offer_getting_started(self) -> None:
        """At the very first start, the getting-started guide (never in an automated run).

        It opens once both windows have painted: the trainer sees the console and the
        projector first, and their first paint does not wait for the guide's (a third
        window, its Markdown laid out: about a seventh of a first start, issue 14).
        """
        automated = self.options.quit_after is not None or self.options.screenshot is not None

        def offer() -> None:
            self.presenter.help.offer_at_first_start(automated)

        self.guide_offer = after_first_paint((self.presenter, self.projector), offer)

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
        # exit(), not quit(): Qt 6's quit() first closes every window and gives up
        # when one refuses (the projector only hides), so --quit-after hung at random.
        QApplication.exit(0)


def show_agenda_error(parent: QWidget | None, error: AgendaError) -> None:
    """Tell the trainer, in a dialog, what is wrong with an agenda file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("App", "This agenda cannot be opened"))
    box.setText(translate("App", "The agenda file has problems; nothing was changed."))
    box.setInformativeText(translate("App", "Fix the file in a text editor and open it again."))
    box.setDetailedText(str(error))
    # Not exec(): a modal loop would hold up the session's timer and --quit-after.
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _default_session() -> Path | None:
    """The session Preferences opens at start, if one is chosen (and still there)."""
    chosen = ConsoleSettings().current.default_session
    return Path(chosen) if chosen else None


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
                translate("App", "Something went wrong"),
                autotext(
                    translate(
                        "App",
                        "Facilitator hit an unexpected problem. The session goes on; "
                        "details were written to {file}.",
                    ).format(file=log)
                ),
            )

    sys.excepthook = hook


def offer_recovery(options: AppOptions, parent: QWidget | None = None) -> Recovery | None:
    """If the last run stopped unexpectedly, ask (or follow ``--recover``); None: start afresh."""
    if options.recover == RECOVER_NEVER or not may_have_crashed(runs_dir()):
        return None  # the latest runs all ended on purpose: no replay is loaded
    from facilitator.engine.events import ResumeHow
    from facilitator.engine.resume_point import boot_id
    from facilitator.recovery import (
        Unresumable,
        accept,
        decline,
        find_recovery,
        give_up,
        resume_how,
        running_from_plan_words,
    )
    from facilitator.ui.dialogs.recovery_dialog import RETRY, ask_how, ask_wait, tell_cannot_resume

    asking = options.recover == RECOVER_ASK
    while True:  # until the trainer stops waiting for the agenda file
        found = find_recovery(runs_dir(), wall_now(), load_agenda)
        if found is None:
            return None
        if isinstance(found, Unresumable):
            if found.wait:  # the agenda file may come back: never given up unasked
                if not asking:
                    print(f"The session cannot be resumed yet: {found.message}", file=sys.stderr)
                    return None
                if ask_wait(found, parent):
                    continue
                give_up(found, wall_now())
                return None
            if asking:
                tell_cannot_resume(found.message, parent)
            else:
                print(f"The session cannot be resumed: {found.message}", file=sys.stderr)
            return None
        if found.from_plan and not asking:
            print(running_from_plan_words(found), file=sys.stderr)
        answer = ask_how(found, parent) if asking else resume_how(options.recover)
        if answer == RETRY:
            continue
        if answer is None:
            decline(found, wall_now())
            return None
        return accept(
            found, ResumeHow(answer), options, monotonic=MonotonicClock(), wall=wall_now(),
            boot=boot_id(),
        )  # fmt: skip


def run_app(options: AppOptions) -> int:
    """Run the app until it quits; returns the process exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setApplicationDisplayName("Facilitator")
    # Names the menu entry of `facilitator install-desktop`, so that Wayland and
    # KDE show its icon and group the windows under it (else they see "python3").
    app.setDesktopFileName(DESKTOP_APP_ID)
    app.setWindowIcon(app_icon())  # painted: no QtSvg at start
    # Before the first window (the recovery question too): every window is built in it.
    install_language(app, interface_language(options.lang, ConsoleSettings().language))
    _install_excepthook()
    recovery = offer_recovery(options)
    if recovery is not None:
        facilitator = FacilitatorApp(recovery.options, recovery.resumable.agenda, recovery.clock)
        facilitator.resume(recovery)
        facilitator.show()
        facilitator.offer_getting_started()
        status = app.exec()
        facilitator.controller.shutdown()
        return status
    # The session the trainer chose to open at start (Preferences), else the one used
    # last, else the bundled one.
    chosen = options.agenda or _default_session() or last_session()
    path = chosen or default_agenda()
    try:
        agenda = load_agenda(path)
    except AgendaError as error:
        if chosen is None:
            print(error, file=sys.stderr)
            return 1
        # Tell the trainer, then carry on with the bundled session rather than nothing.
        print(error, file=sys.stderr)
        show_agenda_error(None, error)
        agenda = load_agenda(default_agenda())
    facilitator = FacilitatorApp(options, agenda)
    facilitator.show()
    facilitator.offer_getting_started()
    status = app.exec()
    facilitator.controller.shutdown()
    return status
