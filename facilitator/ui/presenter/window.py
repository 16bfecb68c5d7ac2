"""The presenter window: the trainer's console on their own screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.agenda.agenda import Agenda
from facilitator.engine import plan
from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.paths import bundled_agendas
from facilitator.ui.actions import COMMANDS, build_actions
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.countdown import CountdownPanel
from facilitator.ui.presenter.step_list import StepList
from facilitator.ui.projector.canvas import SlideCanvas
from facilitator.ui.projector.window import step_header
from facilitator.ui.timefmt import clock_time, drift_text, elapsed_text

TOOLBAR_COMMANDS = (
    "toggle_running",
    "previous_step",
    "next_step",
    "remove_minute",
    "add_minute",
    "previous_item",
    "next_item",
    "toggle_blank",
)


def step_markdown(agenda: Agenda, index: int) -> str:
    """The trainer's view of a step: instructions, then the materials it needs."""
    step = agenda.steps[index]
    parts = [step.instructions.strip() or "*No instructions for this step.*"]
    if step.materials:
        parts.append("**Materials:**\n\n" + "\n".join(f"- {m}" for m in step.materials))
    return "\n\n".join(parts)


class PresenterWindow(QMainWindow):
    """Step, instructions and countdown; the step list; what the projector shows."""

    openRequested = Signal(Path)

    def __init__(
        self,
        controller: SessionController,
        extra_handlers: dict[str, Callable[[], None]] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("presenter")
        self._controller = controller
        self.confirm_quit = True
        handlers: dict[str, Callable[[], None]] = {
            name: getattr(controller, name)
            for name in (c.name for c in COMMANDS)
            if hasattr(controller, name)
        }
        handlers["open_agenda"] = self.choose_agenda
        handlers["quit"] = self._quit
        handlers.update(extra_handlers or {})
        self.actions_by_name = build_actions(handlers, self)
        self._build_menus()
        self._build_toolbar()
        self._build_body()
        self._build_status()
        controller.changed.connect(self._on_changed)
        controller.stepChanged.connect(self._on_step)
        controller.projectionChanged.connect(self._on_projection)
        controller.agendaChanged.connect(self._on_agenda)
        controller.journalProblem.connect(self._on_journal_problem)
        self._on_agenda(controller.agenda)
        self.resize(1280, 760)

    # --- building ------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions_by_name
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(a["open_agenda"])
        self.bundled_menu = file_menu.addMenu("Bundled &sessions")
        for path in bundled_agendas():
            action = QAction(_bundled_title(path), self)
            action.setData(str(path))
            action.triggered.connect(lambda _c=False, p=path: self._open_checked(p))
            self.bundled_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        session = self.menuBar().addMenu("&Session")
        for name in (
            "toggle_running",
            "pause",
            None,
            "previous_step",
            "next_step",
            None,
            "add_minute",
            "remove_minute",
            "restart_step",
        ):
            if name is None:
                session.addSeparator()
            else:
                session.addAction(a[name])
        projector = self.menuBar().addMenu("&Projector")
        for name in (
            "previous_item",
            "next_item",
            "toggle_blank",
            None,
            "toggle_projector_fullscreen",
        ):
            if name is None:
                projector.addSeparator()
            else:
                projector.addAction(a[name])
        for action in a.values():  # shortcuts must work even for actions in no menu
            self.addAction(action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Session", self)
        toolbar.setObjectName("session-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        for name in TOOLBAR_COMMANDS:
            toolbar.addAction(self.actions_by_name[name])
        self.addToolBar(toolbar)

    def _build_body(self) -> None:
        self.step_list = StepList()
        self.step_list.stepActivated.connect(self._confirm_jump)
        self.countdown = CountdownPanel()
        self.instructions = QTextBrowser()
        self.instructions.setOpenExternalLinks(True)
        self.instructions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.addWidget(self.countdown)
        centre_layout.addWidget(_heading("Instructions"))
        centre_layout.addWidget(self.instructions, 1)

        self.miniature = SlideCanvas(miniature=True)
        self.miniature.setMinimumSize(240, 135)
        self.projected_label = QLabel()
        self.projected_label.setWordWrap(True)
        self.next_item_label = QLabel()
        self.next_item_label.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(_heading("On the projector now"))
        right_layout.addWidget(self.miniature)
        right_layout.addWidget(self.projected_label)
        right_layout.addWidget(self.next_item_label)
        right_layout.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(_heading("Steps"))
        left_layout.addWidget(self.step_list)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("presenter-splitter")
        for widget in (left, centre, right):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([360, 560, 360])
        self.setCentralWidget(splitter)

    def _build_status(self) -> None:
        self.session_label = QLabel()
        self.session_label.setObjectName("session-status")
        self.statusBar().addPermanentWidget(self.session_label, 1)
        self.journal_label = QLabel()
        self.journal_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.journal_label)

    # --- following the controller --------------------------------------------

    def _on_agenda(self, agenda: Agenda) -> None:
        self.setWindowTitle(f"{agenda.title} – Facilitator")
        self.step_list.set_agenda(agenda)
        self._on_step(self._controller.run.index)
        self._on_projection()
        self._on_changed(self._controller.snapshot())

    def _on_step(self, index: int) -> None:
        self.instructions.setMarkdown(step_markdown(self._controller.agenda, index))

    def _on_projection(self) -> None:
        controller = self._controller
        snap = controller.snapshot()
        slide = controller.current_slide()
        self.miniature.set_slide(slide, step_header(snap))
        self.miniature.set_blank(controller.blank)
        self.actions_by_name["toggle_blank"].setChecked(controller.blank)
        count = len(controller.slides())
        shown = "Black screen · " if controller.blank else ""
        self.projected_label.setText(
            f"{shown}Item {min(snap.item_index, count - 1) + 1} of {count}: {slide.label}"
        )
        following = controller.next_slide()
        self.next_item_label.setText(
            f"Next item (PageDown): {following.label}" if following else "Last item of this step"
        )

    def _on_changed(self, snap: SessionSnapshot) -> None:
        controller = self._controller
        self.countdown.show_snapshot(snap)
        self.miniature.set_timer(snap.display_seconds, snap.phase)
        now = controller.now()
        wall = controller.wall_now()
        run = controller.run
        starts = plan.planned_times(run, now, wall)
        actual: list[int | None] = [
            run.record(i).actual(now)
            if (i < snap.index or snap.state is RunState.FINISHED)
            else None
            for i in range(run.step_count)
        ]
        self.step_list.show_state(snap, starts, actual)
        running = snap.state is RunState.RUNNING
        self.actions_by_name["toggle_running"].setText("&Pause" if running else "&Start")
        self.session_label.setText(self._session_line(snap, wall))

    def _session_line(self, snap: SessionSnapshot, wall: object) -> str:
        controller = self._controller
        now = controller.now()
        wall_now = controller.wall_now()
        run = controller.run
        parts = [f"Now {clock_time(wall_now)}"]
        if snap.state is RunState.NOT_STARTED:
            parts.append(f"Planned end {clock_time(plan.planned_end(run, wall_now))}")
        else:
            parts.append(f"Elapsed {elapsed_text(snap.elapsed_session)}")
            parts.append(f"Planned end {clock_time(plan.planned_end(run, wall_now))}")
            parts.append(f"Projected end {clock_time(plan.projected_end(run, now, wall_now))}")
            parts.append(drift_text(snap.behind))
        return "   ·   ".join(parts)

    def _on_journal_problem(self, message: str) -> None:
        self.journal_label.setText(message)

    # --- commands that need a dialog -----------------------------------------

    def _confirm_jump(self, index: int) -> None:
        if index == self._controller.run.index:
            return
        title = self._controller.agenda.steps[index].title
        answer = QMessageBox.question(
            self,
            "Jump to another step",
            f"Jump to step {index + 1}, “{title}”?\n\nThe current step ends now.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.go_to_step(index)

    def choose_agenda(self) -> None:
        """Ask for an agenda file and open it."""
        folder = str(self._controller.agenda.path.parent)
        name, _ = QFileDialog.getOpenFileName(
            self, "Open a session agenda", folder, "Agendas (*.yaml *.yml);;All files (*)"
        )
        if name:
            self._open_checked(Path(name))

    def _open_checked(self, path: Path) -> None:
        if self._controller.run.state in (RunState.RUNNING, RunState.PAUSED):
            answer = QMessageBox.question(
                self,
                "Open another session",
                "A session is under way. Open another one and end this one?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.openRequested.emit(path)

    def _quit(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before closing a session that is under way."""
        under_way = self._controller.run.state in (RunState.RUNNING, RunState.PAUSED)
        if self.confirm_quit and under_way:
            answer = QMessageBox.question(
                self,
                "Quit Facilitator",
                "The session is under way. Quit anyway?\n\nWhat happened so far is saved.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    return label


def _bundled_title(path: Path) -> str:
    # A cheap look at the title line, so the menu needs no full load at start-up.
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("title:"):
            return line.partition(":")[2].strip().strip("\"'")
    return path.stem
