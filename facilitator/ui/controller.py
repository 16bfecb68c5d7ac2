"""The one Qt adapter between the pure engine and the windows.

It owns the session run and the only timer. The timer is a single-shot
``Qt.PreciseTimer`` armed for the instant the shown second next changes, as
the engine computes it from the clock; ticks are never counted. Views
subscribe to :attr:`SessionController.changed` and change the session only
through the controller's named commands.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.slides import Slide, step_slides
from facilitator.engine.clock import MINUTE, SECOND, Clock, ScaledClock, wall_now
from facilitator.engine.journal import Journal
from facilitator.engine.session import RunState, SessionRun, SessionSnapshot

# Fire a little after the boundary so that the engine, asked at that instant,
# is sure to be past it even with a coarse OS timer.
_LATE_MARGIN_NS = 1_000_000


class SessionController(QObject):
    """Runs one session: turns engine state into signals, and commands into engine calls."""

    changed = Signal(object)  # SessionSnapshot: something visible changed
    stepChanged = Signal(int)
    projectionChanged = Signal()  # the projected slide or the blank state changed
    agendaChanged = Signal(object)  # Agenda
    journalProblem = Signal(str)

    def __init__(
        self,
        agenda: Agenda,
        clock: Clock,
        *,
        auto_advance: bool = False,
        journal_factory: Callable[[Agenda], Journal | None] | None = None,
        wall: Callable[[], datetime] = wall_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wall = wall
        self._auto_advance = auto_advance
        self._journal_factory = journal_factory
        self._journal: Journal | None = None
        self._blank = False
        self._last_key: tuple[object, ...] | None = None
        self._last_step = -1
        self._last_projection: tuple[object, ...] | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self.agenda = agenda
        self.run = self._new_run(agenda)

    # --- state --------------------------------------------------------------

    def now(self) -> int:
        """The session clock's current instant (ns)."""
        return self._clock.now()

    def wall_now(self) -> datetime:
        """The wall-clock time as the session sees it (faster in a dry run)."""
        if isinstance(self._clock, ScaledClock) and self.run.started_wall is not None:
            assert self.run.started_at is not None
            elapsed = self._clock.now() - self.run.started_at
            return self.run.started_wall + timedelta(microseconds=elapsed // 1000)
        return self._wall()

    def snapshot(self) -> SessionSnapshot:
        """Everything the views show, now."""
        return self.run.snapshot(self.now())

    @property
    def blank(self) -> bool:
        """Whether the projector shows black."""
        return self._blank

    @property
    def journal(self) -> Journal | None:
        """The journal of the run, once it has started."""
        return self._journal

    def slides(self) -> list[Slide]:
        """The current step's slides, in order."""
        return step_slides(self.agenda, self.run.step)

    def current_slide(self) -> Slide:
        """The slide the projector shows when not blank."""
        slides = self.slides()
        return slides[min(self.run.item_index, len(slides) - 1)]

    def next_slide(self) -> Slide | None:
        """The slide after the current one in this step, if any."""
        slides = self.slides()
        index = self.run.item_index + 1
        return slides[index] if index < len(slides) else None

    # --- named commands ----------------------------------------------------

    def toggle_running(self) -> None:
        """Start the session, or pause / resume the current step."""
        now = self.now()
        if self.run.state is RunState.NOT_STARTED:
            self._open_journal()
        self.run.toggle(now, self._wall())
        self._refresh()

    def start(self) -> None:
        """Start the session (or resume it when paused)."""
        if self.run.state in (RunState.NOT_STARTED, RunState.PAUSED):
            self.toggle_running()

    def pause(self) -> None:
        """Pause the current step's countdown."""
        if self.run.pause(self.now()):
            self._refresh()

    def next_step(self) -> None:
        """End the current step and move to the next one."""
        self.run.next_step(self.now())
        self._refresh()

    def previous_step(self) -> None:
        """Go back to the previous step; its countdown goes on where it was."""
        self.run.previous_step(self.now())
        self._refresh()

    def go_to_step(self, index: int) -> None:
        """Jump to step ``index`` (0-based)."""
        self.run.go_to_step(index, self.now())
        self._refresh()

    def add_minute(self) -> None:
        """Give the current step one more minute."""
        self.run.add_time(MINUTE, self.now())
        self._refresh()

    def remove_minute(self) -> None:
        """Take one minute from the current step."""
        self.run.add_time(-MINUTE, self.now())
        self._refresh()

    def restart_step(self) -> None:
        """Start the current step's countdown again from its full time."""
        self.run.restart_step(self.now())
        self._refresh()

    def next_item(self) -> None:
        """Project the step's next item; at the last one nothing happens."""
        self.run.next_item(self.now())
        self._refresh()

    def previous_item(self) -> None:
        """Project the step's previous item."""
        self.run.previous_item(self.now())
        self._refresh()

    def toggle_blank(self) -> None:
        """Black out the projector, or bring its content back."""
        self.set_blank(not self._blank)

    def set_blank(self, blank: bool) -> None:
        """Black out the projector (True) or show the current item (False)."""
        if blank != self._blank:
            self._blank = blank
            self._journal_write("blank_changed", blank=blank)
            self._refresh()

    def load_agenda(self, agenda: Agenda) -> None:
        """Replace the agenda with a new one and start over, not started."""
        self._close_journal()
        self._timer.stop()
        self.agenda = agenda
        self.run = self._new_run(agenda)
        self._blank = False
        self._last_key = None
        self._last_step = -1
        self._last_projection = None
        self.agendaChanged.emit(agenda)
        self._refresh()

    def shutdown(self) -> None:
        """Stop the timer and close the journal (the app is quitting)."""
        self._timer.stop()
        if self.run.state in (RunState.RUNNING, RunState.PAUSED):
            self._journal_write("app_closed")
        self._close_journal()

    # --- timing --------------------------------------------------------------

    def _new_run(self, agenda: Agenda) -> SessionRun:
        return SessionRun(agenda, auto_advance=self._auto_advance, wall=self._wall)

    def _open_journal(self) -> None:
        if self._journal_factory is None or self._journal is not None:
            return
        self._journal = self._journal_factory(self.agenda)
        self.run.journal = self._journal

    def _close_journal(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def _journal_write(self, event: str, **data: object) -> None:
        if self._journal is not None:
            self._journal.write(event, self.now(), self._wall(), **data)

    def _on_timeout(self) -> None:
        if self._auto_advance:
            self.run.advance_due(self.now())
        self._refresh()

    def _refresh(self) -> None:
        """Emit what changed since the last refresh, then arm the timer for the next change."""
        now = self.now()
        snap = self.run.snapshot(now)
        wall = self.wall_now()
        # The status line shows minutes of the wall clock; re-emit when they turn.
        key = (
            snap.state,
            snap.index,
            snap.display_seconds,
            snap.phase,
            snap.timer_state,
            snap.item_index,
            snap.planned,
            self._blank,
            wall.replace(second=0, microsecond=0),
            snap.elapsed_session // SECOND,
        )
        if snap.index != self._last_step:
            self._last_step = snap.index
            self.stepChanged.emit(snap.index)
        projection = (snap.index, snap.item_index, self._blank)
        if projection != self._last_projection:
            self._last_projection = projection
            self.projectionChanged.emit()
        if key != self._last_key:
            self._last_key = key
            self.changed.emit(snap)
        if self._journal is not None and self._journal.error:
            self.journalProblem.emit(self._journal.error)
        self._arm(now, wall)

    def _arm(self, now: int, wall: datetime) -> None:
        """Arm the single timer for the next visible change."""
        next_at = self.run.next_change(now)
        # Even when paused, the time of day and the projected end move on.
        to_minute = (60 - wall.second) * SECOND - wall.microsecond * 1000
        delay = to_minute if next_at is None else min(next_at - now, to_minute)
        if isinstance(self._clock, ScaledClock):
            delay = self._clock.to_real(delay)
        delay_ms = max(0, math.ceil((delay + _LATE_MARGIN_NS) / 1_000_000))
        self._timer.start(delay_ms)

    @property
    def timer_interval_ms(self) -> int:
        """The delay the timer was last armed with (for tests and benchmarks)."""
        return self._timer.interval()
