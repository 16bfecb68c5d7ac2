"""The presenter window: the trainer's console on their own screen.

At a glance: the session bar (time of day, elapsed, planned and projected
end, drift in words), the catch-up offer, the step list, the countdown with
the step's instructions (or the searchable reference), and what the
projector shows now and next. The window only shows the controller's state
and sends it named commands; commands that need a dialog or a confirmation
live in :mod:`facilitator.ui.presenter.commands`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator import i18n
from facilitator.agenda.agenda import Agenda
from facilitator.console.model import ConsoleModel
from facilitator.console.room import room_panel, step_wishes
from facilitator.console.run_inputs import records_signature
from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.i18n import translate
from facilitator.paths import BundledSession, bundled_sessions
from facilitator.ui.actions import COMMANDS, build_actions
from facilitator.ui.controller import SessionController
from facilitator.ui.dialog_keys import DialogKeys
from facilitator.ui.inhibit import SleepGuard
from facilitator.ui.markup import plain_label
from facilitator.ui.presenter.catchup_panel import CatchUpPanel
from facilitator.ui.presenter.commands import ConsoleCommands
from facilitator.ui.presenter.countdown import CountdownPanel
from facilitator.ui.presenter.help_commands import HelpCommands
from facilitator.ui.presenter.keyboard import KeyboardHome, plain_keys
from facilitator.ui.presenter.layout import PANE_WEIGHTS, ConsoleLayout
from facilitator.ui.presenter.lazy_tab import LazyTab
from facilitator.ui.presenter.notice import NoticeBar
from facilitator.ui.presenter.preview import ProjectorPreview
from facilitator.ui.presenter.reference_panel import ReferencePanel
from facilitator.ui.presenter.room_commands import SCREEN_OF, RoomCommands
from facilitator.ui.presenter.session_bar import SessionBar
from facilitator.ui.presenter.shown_commands import ShownCommands
from facilitator.ui.presenter.step_list import StepList
from facilitator.ui.presenter.step_view import StepView, step_markdown
from facilitator.ui.presenter.wall_commands import WallCommands
from facilitator.ui.projector.menu import ProjectorMenu
from facilitator.ui.settings import ConsoleSettings, take_notices
from facilitator.ui.sound import Chimes, LazyChimes
from facilitator.ui.text_label import TextLabel
from facilitator.ui.watcher import AgendaWatcher

if TYPE_CHECKING:
    from facilitator.console.room import RoomPanelView

    # Printing loads when first used, not before the first paint (issue 14).
    from facilitator.ui.presenter.print_handouts import HandoutPrinter
    from facilitator.ui.presenter.printer import Printer
    from facilitator.ui.presenter.room_panel import RoomPanel
    from facilitator.ui.presenter.wall_panel import WallPanel

__all__ = ["PresenterWindow", "step_markdown"]

TOOLBAR_COMMANDS = (
    "toggle_running",
    "previous_step",
    "next_step",
    "remove_minute",
    "add_minute",
    "set_remaining",
    "previous_item",
    "next_item",
    "toggle_blank",
    "plan_catchup",
    "show_keys",
)
# Commands the app supplies (placement, its dialogs): disabled in a window on its own.
APP_COMMANDS = (
    "show_projector",
    "toggle_projector_fullscreen",
    "projector_next_screen",
    "swap_screens",
    "trainer_name",
    "rehearse",
    "show_reports",
    "show_start",
    "new_session",
    "edit_session",
    "toggle_participants",
)
SESSION_MENU = (
    "toggle_running",
    "pause",
    None,
    "previous_step",
    "next_step",
    "jump_to_selected",
    None,
    "add_minute",
    "remove_minute",
    "set_remaining",
    "restart_step",
    None,
    "plan_catchup",
    "accept_catchup",
    "dismiss_catchup",
    "undo_catchup",
    "toggle_lock",
    None,
    "toggle_mute",
)
ROOM_MENU = (
    "make_groups",
    "reshuffle_groups",
    "add_person",
    "remove_person",
    "show_groups",
    None,
    "deal_material",
    "show_deal",
    None,
    "plan_turns",
    "next_turn",
    "end_turn",
    "skip_turn",
    "redo_turn",
    "add_turn",
    "set_turn_time",
    "show_turn",
    None,
    "toggle_participants",
    "show_join",
)
# The wall's commands in a submenu of the room's: one menu of them all would hold more
# items than a language has letters for their Alt keys.
WALL_MENU = (
    "write_note",
    "edit_note",
    "hide_note",
    "remove_note",
    "rename_theme",
    "dissolve_theme",
    "release_all_notes",
    "toggle_auto_release",
    "toggle_phone_posting",
    "toggle_phone_names",
    "show_wall",
    "show_wall_themes",
    "toggle_wall_closing",
)


class PresenterWindow(QMainWindow):
    """Step, instructions and countdown; the step list; what the projector shows."""

    openRequested = Signal(Path)
    preferencesChanged = Signal(object)  # Preferences, just chosen and stored

    def __init__(
        self,
        controller: SessionController,
        extra_handlers: dict[str, Callable[[], object]] | None = None,
        *,
        settings: ConsoleSettings | None = None,
        chimes: Chimes | None = None,
        sleep_guard: SleepGuard | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("presenter")
        self._controller = controller
        self.confirm_quit = True
        self.last_message = ""
        self._shown = False
        self._room_shown: tuple[object, ...] | None = None  # what the room panel shows
        self.room_views = 0  # room panel views built (tests)
        self.settings = settings if settings is not None else ConsoleSettings()
        # The chimes load after the first paint (the app calls load), or at the first chime.
        self.chimes: Chimes = chimes if chimes is not None else LazyChimes(parent=self)
        self.sleep_guard = sleep_guard if sleep_guard is not None else SleepGuard(parent=self)
        # Locked steps, the catch-up offer, the chime cue: the window renders them.
        self.console = ConsoleModel()
        self.console.subscribe(self.refresh_view)
        self.commands = ConsoleCommands(self, controller)
        self.room_commands = RoomCommands(self, controller)
        self.wall_commands = WallCommands(self, controller)
        self.window_layout = ConsoleLayout(self)
        self.shown_commands = ShownCommands(self, controller)
        self._handout_printer: HandoutPrinter | None = None  # made on first use
        self._printer: Printer | None = None  # made on first use
        self.help = HelpCommands(self)
        self.handlers = self._handlers(extra_handlers or {})
        self.actions_by_name = build_actions(self.handlers, self)
        self._build_menus()
        self._build_toolbar()
        self._build_body()
        self._build_status()
        # The keyboard belongs to the session's commands: a search keeps it only while typed in.
        self.keyboard = KeyboardHome(self, self.countdown, plain_keys(COMMANDS))
        # A dialog's keys are the dialog's: Escape closes the keys sheet, N types an N.
        self.dialog_keys = DialogKeys(COMMANDS, self)
        self.watcher = AgendaWatcher(self)
        self.watcher.reloaded.connect(self.commands.on_reloaded)
        self.watcher.failed.connect(self.commands.on_reload_failed)
        self.watcher.gone.connect(self.commands.on_agenda_gone)
        self.watcher.back.connect(self.commands.on_agenda_back)
        controller.changed.connect(self._on_changed)
        controller.stepChanged.connect(self._on_step)
        controller.projector.projectionChanged.connect(self._on_projection)
        controller.agendaChanged.connect(self._on_agenda)
        controller.journalProblem.connect(self._on_journal_problem)
        controller.projector.lookChanged.connect(self._on_projection)
        controller.room.roomChanged.connect(self.refresh_view)
        controller.room.noticesChanged.connect(self._on_room_notices)
        self.commands.apply_settings()
        if isinstance(self.chimes, LazyChimes):
            self.chimes.ready.connect(self.commands.show_sound_state)
        self._on_agenda(controller.agenda)
        self.resize(1280, 760)
        self.commands.restore_layout()
        for notice in take_notices():  # a damaged settings file, set aside at start-up
            self.notice.show_notice(notice, "error")
        app = QApplication.instance()
        if app is not None:
            # Quitting from code (--quit-after, the end of a run) skips closeEvent.
            app.aboutToQuit.connect(self.sleep_guard.release)
            app.aboutToQuit.connect(self._save_layout)

    # --- building ------------------------------------------------------------

    def _handlers(
        self, extra: dict[str, Callable[[], object]]
    ) -> dict[str, Callable[[], object] | None]:
        """Every command's handler, named one by one (a missing one is an error, not a
        silently disabled action); the app's own commands come in ``extra``."""
        session = self._controller
        projector = session.projector
        handlers: dict[str, Callable[[], object] | None] = {
            "toggle_running": session.toggle_running,
            "pause": session.pause,
            "previous_step": session.previous_step,
            "add_minute": session.add_minute,
            "remove_minute": session.remove_minute,
            "next_item": projector.next_item,
            "previous_item": projector.previous_item,
            "toggle_blank": projector.toggle_blank,
            "toggle_freeze": projector.toggle_freeze,
            "toggle_title_screen": projector.toggle_title_screen,
            "cycle_timer_style": projector.cycle_timer_style,
            "cycle_theme": projector.cycle_theme,
            "toggle_flash": projector.toggle_flash,
            "open_agenda": self.choose_agenda,
            "print": lambda: self.printer.print_printouts(),
            "print_handouts": lambda: self.handout_printer.print_handouts(),
            "quit": self._quit,
            **self.commands.handlers(),
            **self.help.handlers(),
            **self.room_commands.handlers(),
            **self.wall_commands.handlers(),
            **self.shown_commands.handlers(),
        }
        # Placement and the app's dialogs: a window without the app (tests) has none.
        handlers.update(dict.fromkeys(APP_COMMANDS))
        handlers.update(extra)
        return handlers

    def _build_menus(self) -> None:
        a = self.actions_by_name
        file_menu = self.menuBar().addMenu(translate("Console", "&File"))
        self.file_menu = file_menu
        file_menu.addAction(a["show_start"])
        file_menu.addAction(a["new_session"])
        file_menu.addAction(a["open_agenda"])
        self.bundled_menu = file_menu.addMenu(translate("Console", "Bundled &sessions"))
        for bundled in bundled_sessions():
            action = QAction(bundled_label(bundled), self)
            action.setData(str(bundled.path))
            action.triggered.connect(lambda _c=False, p=bundled.path: self._open_checked(p))
            self.bundled_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(a["edit_session"])
        file_menu.addAction(a["print"])
        file_menu.addAction(a["print_handouts"])
        file_menu.addAction(a["rehearse"])
        file_menu.addAction(a["show_reports"])
        file_menu.addSeparator()
        file_menu.addAction(a["preferences"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        session = self.menuBar().addMenu(translate("Console", "&Session"))
        self.session_menu = session
        for name in SESSION_MENU:
            if name is None:
                session.addSeparator()
            else:
                session.addAction(a[name])
        room = self.menuBar().addMenu(translate("Console", "R&oom"))
        self.room_menu = room
        for name in ROOM_MENU:
            if name is None:
                room.addSeparator()
            else:
                room.addAction(a[name])
        room.addSeparator()
        self.wall_menu = room.addMenu(translate("Console", "The &wall"))
        for name in WALL_MENU:
            self.wall_menu.addAction(a[name])
        projector = self.menuBar().addMenu(translate("Console", "&Projector"))
        for name in (
            "previous_item",
            "next_item",
            "toggle_blank",
            None,
            "project_reference",
            "project_question",
            "show_break",
            "toggle_clock",
            "end_shown",
            None,
            "show_projector",
            "toggle_projector_fullscreen",
        ):
            if name is None:
                projector.addSeparator()
            else:
                projector.addAction(a[name])
        self.projector_menu = ProjectorMenu(projector, a, self._controller.projector)
        reference = self.menuBar().addMenu(translate("Console", "&Reference"))
        reference.addAction(a["find_reference"])
        reference.addAction(a["project_reference"])
        help_menu = self.menuBar().addMenu(translate("Console", "&Help"))
        self.help_menu = help_menu
        for name in (
            "getting_started",
            "user_guide",
            "show_keys",
            None,
            "reset_layout",
            "add_to_menu",
            None,
            "about",
        ):
            if name is None:
                help_menu.addSeparator()
            else:
                help_menu.addAction(a[name])
        a["add_to_menu"].setVisible(a["add_to_menu"].isEnabled())  # Linux only
        for action in a.values():  # shortcuts must work even for actions in no menu
            self.addAction(action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("Console", "Session"), self)
        toolbar.setObjectName("session-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        for name in TOOLBAR_COMMANDS:
            toolbar.addAction(self.actions_by_name[name])
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _build_body(self) -> None:
        a = self.actions_by_name
        self.session_bar = SessionBar()
        self.catchup = CatchUpPanel(a["accept_catchup"], a["dismiss_catchup"])
        self.notice = NoticeBar()
        self.step_list = StepList()
        self.step_list.stepActivated.connect(self.commands.confirm_jump)
        self.countdown = CountdownPanel()
        self.countdown.report_button.clicked.connect(a["show_reports"].trigger)
        self.countdown.report_button.setToolTip(a["show_reports"].toolTip())
        self.countdown.report_button.setEnabled(a["show_reports"].isEnabled())
        self.instructions = StepView()
        self.reference = ReferencePanel(project=a["project_reference"])
        self.reference.ticksChanged.connect(self.commands.save_ticks)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("centre-tabs")
        self.tabs.addTab(self.instructions, translate("Console", "Instructions"))
        self.tabs.addTab(self.reference, translate("Console", "Reference && checklists"))
        # Not seen at start: made when first chosen (or asked for), before their paint.
        self._room_view: RoomPanelView | None = None
        self._room_tab = LazyTab(
            self.tabs, translate("Console", "Groups && turns"), self._make_room_panel
        )
        self._wall_tab = LazyTab(self.tabs, translate("Console", "Wall"), self._make_wall_panel)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.addWidget(self.countdown)
        centre_layout.addWidget(self.tabs, 1)

        self.preview = ProjectorPreview(self._controller, a["show_projector"])
        self.miniature = self.preview.miniature
        self.miniature_binding = self.preview.binding
        self.projected_label = self.preview.projected_label
        self.next_item_label = self.preview.next_item_label

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(_heading(translate("Console", "Steps")))
        left_layout.addWidget(self.step_list)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("presenter-splitter")
        splitter.setChildrenCollapsible(False)
        for widget in (left, centre, self.preview):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes(list(PANE_WEIGHTS))
        self.splitter = splitter

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.session_bar)
        layout.addWidget(self.catchup)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)

    def _make_room_panel(self) -> RoomPanel:
        from facilitator.ui.presenter.room_panel import RoomPanel

        panel = RoomPanel(self.actions_by_name)
        if self._room_view is not None:
            panel.show_view(self._room_view)
        return panel

    def _make_wall_panel(self) -> WallPanel:
        from facilitator.ui.presenter.wall_panel import WallPanel

        panel = WallPanel(self.actions_by_name)
        self.wall_commands.attach(panel)
        self.wall_commands.show()
        return panel

    @property
    def room_panel(self) -> RoomPanel:
        """The Groups & turns tab's panel (made now if it was not yet)."""
        from facilitator.ui.presenter.room_panel import RoomPanel

        panel = self._room_tab.page()
        assert isinstance(panel, RoomPanel)
        return panel

    @property
    def wall_panel(self) -> WallPanel:
        """The Wall tab's panel (made now if it was not yet)."""
        from facilitator.ui.presenter.wall_panel import WallPanel

        panel = self._wall_tab.page()
        assert isinstance(panel, WallPanel)
        return panel

    def _build_status(self) -> None:
        # The whole session line as text, for screen readers and tests; the bar shows it.
        self.session_label = plain_label()
        self.session_label.setObjectName("session-status")
        self.session_label.hide()
        self.sound_label = plain_label()
        self.sound_label.setObjectName("sound-status")
        self.statusBar().addPermanentWidget(self.sound_label)
        # A message naming a file: cut short, never wider than the window.
        self.journal_label = TextLabel(lines=1)
        self.journal_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.journal_label)

    # --- following the controller --------------------------------------------

    def _on_agenda(self, agenda: Agenda) -> None:
        self.setWindowTitle(f"{agenda.title} — Facilitator")
        self.console.follow_agenda(agenda)
        self.step_list.set_agenda(agenda)
        self.reference.set_agenda(agenda, self.settings.ticks(str(agenda.path)))
        self.watcher.watch(agenda)
        self._on_step(self._controller.run.index)
        self._on_projection()
        self._on_changed(self._controller.snapshot())

    def _on_step(self, index: int) -> None:
        self.instructions.show_step(self._controller.agenda, index)

    def _on_projection(self) -> None:
        self.actions_by_name["toggle_blank"].setChecked(self._controller.projector.blank)
        self.sync_room_actions()
        self.shown_commands.sync()
        self.preview.show_projection()

    def sync_room_actions(self) -> None:
        """Tick the room screen the projector shows (G, K, Shift+Y), and no other."""
        shown = self._controller.projector.room_screen
        for name, screen in SCREEN_OF.items():
            self.actions_by_name[name].setChecked(shown is screen)

    def _on_room_notices(self, notices: list[object]) -> None:
        texts = [str(getattr(n, "text", n)) for n in notices]
        if texts:
            self.show_message(" ".join(texts), 12_000)

    def refresh_view(self) -> None:
        """Show the run and the console model as they are now (after a console command)."""
        self._on_changed(self._controller.snapshot())

    def _on_changed(self, snap: SessionSnapshot) -> None:
        controller = self._controller
        chime = self.console.chime(snap)
        if chime is not None:
            self.chimes.play(chime)
        self.sleep_guard.follow(snap)
        self.countdown.show_snapshot(snap)
        now = controller.now()
        wall = controller.wall_now()
        self.session_bar.show_state(snap, controller.run, now, wall)
        self.session_label.setText(self.session_bar.line)
        # The run's records summed up once, for the offer and the rows (500 steps: a pass).
        signature = records_signature(controller.run)
        offer = self.console.follow(controller.run, now, snap.behind, signature)  # its sum
        self.catchup.show_view(offer)
        self.actions_by_name["accept_catchup"].setEnabled(offer.can_accept)
        self.actions_by_name["dismiss_catchup"].setEnabled(offer.can_dismiss)
        self.actions_by_name["undo_catchup"].setEnabled(self.console.can_undo(controller.run))
        looks = self.console.looks(controller.run, snap, now, wall, offer.plan, signature)
        self.step_list.show_looks(snap, looks)
        self._show_room(now)
        running = snap.state is RunState.RUNNING
        self.actions_by_name["toggle_running"].setText(
            translate("Console", "&Pause") if running else translate("Console", "&Start")
        )

    def _show_room(self, now: int) -> None:
        """The room panel, and the soft chime when a group's time is up."""
        room = self._controller.room
        turns = room.turns()
        chime = self.console.turn_chime(turns, now)
        if chime is not None:
            self.chimes.play(chime)
        # Built again only when the room, the step, the notices, the language or a
        # running turn's second changed: without a turn running a second changes
        # nothing of it (issue 14: CPU while counting down).
        agenda = self._controller.agenda
        shown = (
            room.state, room.step, agenda, room.words, tuple(room.notices),
            room.shown(now), i18n.generation(),
        )  # fmt: skip
        if shown != self._room_shown:
            self._room_shown = shown
            self.room_views += 1
            wishes = step_wishes(agenda, room.step)
            view = room_panel(room.state, room.step.id, room.words, now, room.notices, wishes)
            self._room_view = view
            if self._room_tab.made:
                self.room_panel.show_view(view)
        self.wall_commands.show()

    def _on_journal_problem(self, message: str) -> None:
        self.journal_label.setText(message)

    # --- opening and leaving -------------------------------------------------

    def choose_agenda(self) -> None:
        """Ask for an agenda file and open it."""
        folder = str(self._controller.agenda.path.parent)
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Console", "Open a session agenda"),
            folder,
            translate("Console", "Agendas (*.yaml *.yml);;All files (*)"),
        )
        if name:
            self._open_checked(Path(name))

    def open_checked(self, path: Path) -> None:
        """Open the session at ``path``, after asking if one is under way."""
        self._open_checked(path)

    def _open_checked(self, path: Path) -> None:
        if self._controller.run.state in (RunState.RUNNING, RunState.PAUSED):
            answer = QMessageBox.question(
                self,
                translate("Console", "Open another session"),
                translate("Console", "A session is under way. Open another one and end this one?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.openRequested.emit(path)

    def _quit(self) -> None:
        self.close()

    def _save_layout(self) -> None:
        self.commands.save_layout()

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, put the splitters where the trainer left them."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.commands.restore_splitters()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before closing a session that is under way; remember the layout."""
        under_way = self._controller.run.state in (RunState.RUNNING, RunState.PAUSED)
        if self.confirm_quit and under_way:
            answer = QMessageBox.question(
                self,
                translate("Console", "Quit Facilitator"),
                translate(
                    "Console",
                    "The session is under way. Quit anyway?\n\nWhat happened so far is saved, "
                    "and the next start offers to go on where you left off.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.commands.save_layout()
        self.sleep_guard.release()
        self.notice.dismiss()
        self.watcher.stop()
        event.accept()

    @property
    def printer(self) -> Printer:
        """File > Print…: made (and the printouts' code loaded) on first use."""
        if self._printer is None:
            from facilitator.ui.presenter.printer import Printer

            self._printer = Printer(self, self._controller)
        return self._printer

    @property
    def handout_printer(self) -> HandoutPrinter:
        """File > Print hand-outs: made (and the printing code loaded) on first use."""
        if self._handout_printer is None:
            from facilitator.ui.presenter.print_handouts import HandoutPrinter

            self._handout_printer = HandoutPrinter(self, self._controller)
        return self._handout_printer

    def take_keys(self) -> None:
        """Give the keyboard to the console (at start, after a search): keys run commands."""
        self.keyboard.take_keys()

    def show_message(self, text: str, ms: int = 8000) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(text, ms)
        self.last_message = text  # the bar clears itself; tests read this


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    return label


def bundled_label(bundled: BundledSession) -> str:
    """A bundled session as File > Bundled sessions shows it: which session, and its language.

    The same session comes in more than one language, so the label names it.
    """
    if bundled.subtitle:
        return f"{bundled.subtitle}: {bundled.title} ({bundled.language_name})"
    return f"{bundled.title} ({bundled.language_name})"
