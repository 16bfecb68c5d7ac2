"""The one Qt adapter between the pure engine and the windows.

It owns the session run and the only timer. The timer is a single-shot
``Qt.PreciseTimer`` armed for the instant the shown second next changes, as
the engine computes it from the clock; ticks are never counted. Views
subscribe to :attr:`SessionController.changed` and change the session only
through the controller's named commands.

The projector's state beside the run (pages, freeze, title screen, blank,
look) is kept in :mod:`facilitator.ui.projection_state`, and the journal's
opening, the controller's own events and the heartbeat in
:mod:`facilitator.engine.run_journal`; the controller delegates to both.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.slides import Slide, step_slides, title_screen_slide
from facilitator.engine.clock import MINUTE, SECOND, Clock, wall_now
from facilitator.engine.events import (
    AppClosed,
    BlankChanged,
    FreezeChanged,
    PageChanged,
    RunAbandoned,
    ThemeChanged,
    TimerStyleChanged,
    TitleScreenChanged,
)
from facilitator.engine.journal import Journal
from facilitator.engine.run_journal import RunJournal
from facilitator.engine.session import RunState, SessionRun, SessionSnapshot
from facilitator.ui.projection_state import ProjectionState
from facilitator.ui.projector.projection import (
    THEME_NAMES,
    TIMER_STYLES,
    Projection,
    next_in,
    step_header,
)

# Fire a little after the boundary so that the engine, asked at that instant,
# is sure to be past it even with a coarse OS timer.
_LATE_MARGIN_NS = 1_000_000


class SessionController(QObject):
    """Runs one session: turns engine state into signals, and commands into engine calls."""

    changed = Signal(object)  # SessionSnapshot: something visible changed
    stepChanged = Signal(int)
    projectionChanged = Signal()  # the projected slide or the blank state changed
    agendaChanged = Signal(object)  # Agenda
    lookChanged = Signal()  # the projector's timer style, theme or flash setting changed
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
        # A lambda, not the callable itself: screenshot scripts replace ``_wall`` later.
        self._run_journal = RunJournal(journal_factory, clock, lambda: self._wall())
        self._projection_state = ProjectionState()
        self._last_key: tuple[object, ...] | None = None
        self._last_step = -1
        self._last_projection: tuple[object, ...] | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._fractions: tuple[float, float] | None = None
        self.agenda = agenda
        self.run = self._new_run(agenda)
        self._init_projector()

    # --- state --------------------------------------------------------------

    def now(self) -> int:
        """The session clock's current instant (ns)."""
        return self._clock.now()

    def wall_now(self) -> datetime:
        """The wall-clock time as the session sees it (faster in a dry run)."""
        if self._clock.factor != 1.0 and self.run.started_wall is not None:
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
        return self._projection_state.blank

    @property
    def journal(self) -> Journal | None:
        """The journal of the run, once it has started."""
        return self._run_journal.journal

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
        if self.run.state is RunState.NOT_STARTED:
            # Before reading the start instant: the journal's first line (run_opened,
            # written after creating the file) must not be later than run_started.
            self._run_journal.open(self.agenda, self.run)
        now = self.now()
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
        """Project the item's next page, else the step's next item; at the last, nothing."""
        page = self._projection_state.page
        if page + 1 < self.page_count():
            self._set_page(page + 1)
        else:
            self.run.next_item(self.now())
        self._refresh()

    def previous_item(self) -> None:
        """Project the item's previous page, else the previous item at its last page."""
        page = self._projection_state.page
        if page > 0:
            self._set_page(page - 1)
        elif self.run.previous_item(self.now()):
            self._projection_state.page_item = (self.run.index, self.run.item_index)
            self._set_page(self.page_count() - 1)
        self._refresh()

    def toggle_blank(self) -> None:
        """Black out the projector, or bring its content back."""
        self.set_blank(not self._projection_state.blank)

    def set_blank(self, blank: bool) -> None:
        """Black out the projector (True) or show the current item (False)."""
        if blank != self._projection_state.blank:
            self._projection_state.blank = blank
            self._run_journal.write(BlankChanged(blank))
            self._refresh()

    def load_agenda(self, agenda: Agenda) -> None:
        """Replace the agenda with a new one and start over, not started."""
        if self.run.state in (RunState.RUNNING, RunState.PAUSED):
            # Ended on purpose: crash recovery must not offer this run again.
            self._run_journal.write(RunAbandoned("another session was opened"))
        self._run_journal.close()
        self._timer.stop()
        self.agenda = agenda
        self.run = self._new_run(agenda)
        self._projection_state.blank = False
        self._init_projector()
        self._forget_emitted()
        self.agendaChanged.emit(agenda)
        self._refresh()

    # --- presenter console commands ------------------------------------------

    def refresh(self) -> None:
        """Look at the engine now, as the timer would (tests and screenshots move a FakeClock)."""
        self._on_timeout()

    def set_remaining(self, remaining: int) -> None:
        """Make exactly ``remaining`` ns be left of the current step."""
        self.run.set_remaining(remaining, self.now())
        self._refresh()

    def adjust_steps(self, deltas: dict[int, int]) -> None:
        """Lengthen (or shorten) steps by index, e.g. to accept a catch-up plan."""
        now = self.now()
        for index, delta in sorted(deltas.items()):
            self.run.adjust_step(index, delta, now)
        self._last_key = None  # later steps' plans are not in the change key
        self._refresh()

    def set_default_fractions(self, fractions: tuple[float, float] | None) -> None:
        """Default warning / danger thresholds as fractions of a step's length."""
        self._fractions = fractions
        self.run.set_default_fractions(fractions)
        self._last_key = None
        self._refresh()

    def replace_agenda(self, agenda: Agenda) -> None:
        """Take a new version of the same agenda, keeping the run (current step, timers)."""
        self.run.replace_agenda(agenda, self.now())
        self.agenda = agenda
        self._forget_emitted()
        self.agendaChanged.emit(agenda)
        self._refresh()

    def restore(self, run: SessionRun, journal: Journal, *, blank: bool = False) -> None:
        """Go on with a run rebuilt from its journal after a crash, writing to ``journal``."""
        self._timer.stop()
        self._run_journal.close()
        run.set_default_fractions(self._fractions)
        run.journal = journal
        self.agenda = run.agenda
        self.run = run
        self._run_journal.adopt(journal)
        self._projection_state.blank = blank
        self._init_projector()
        self._forget_emitted()
        self.agendaChanged.emit(run.agenda)
        self._refresh()

    def shutdown(self) -> None:
        """Stop the timer and close the journal (the app is quitting)."""
        self._timer.stop()
        if self.run.state in (RunState.RUNNING, RunState.PAUSED):
            self._run_journal.write(AppClosed())
        self._run_journal.close()

    # --- timing --------------------------------------------------------------

    def _new_run(self, agenda: Agenda) -> SessionRun:
        return SessionRun(
            agenda,
            auto_advance=self._auto_advance,
            wall=self._wall,
            default_fractions=self._fractions,
        )

    def _forget_emitted(self) -> None:
        """Emit everything on the next refresh: the run or its agenda was replaced."""
        self._last_key = None
        self._last_step = -1
        self._last_projection = None

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
            self._projection_state.blank,
            wall.replace(second=0, microsecond=0),
            snap.elapsed_session // SECOND,
        )
        if snap.index != self._last_step:
            self._last_step = snap.index
            self.stepChanged.emit(snap.index)
        state = self._projection_state
        state.follow((snap.index, snap.item_index))
        projection = (snap.index, snap.item_index, state.blank, *state.key())
        if projection != self._last_projection:
            self._last_projection = projection
            self.projectionChanged.emit()
        if key != self._last_key:
            self._last_key = key
            self.changed.emit(snap)
        error = self._run_journal.error
        if error:
            self.journalProblem.emit(error)
        self._run_journal.heartbeat(now, self.run.state)
        self._arm(now, wall)

    def _arm(self, now: int, wall: datetime) -> None:
        """Arm the single timer for the next visible change."""
        next_at = self.run.next_change(now)
        # Even when paused, the time of day and the projected end move on.
        to_minute = (60 - wall.second) * SECOND - wall.microsecond * 1000
        delay = to_minute if next_at is None else min(next_at - now, to_minute)
        # The views' slots ran since ``now`` was read; count from the instant the
        # timer starts, or every change comes late by the time they took.
        delay -= self.now() - now
        delay = self._clock.to_real(delay)
        delay_ms = max(0, math.ceil((delay + _LATE_MARGIN_NS) / 1_000_000))
        self._timer.start(delay_ms)

    @property
    def timer_interval_ms(self) -> int:
        """The delay the timer was last armed with (for tests and benchmarks)."""
        return self._timer.interval()

    # --- the projector: pages, freeze, title screen, look (issue 4) ----------
    #
    # The state lives in ProjectionState (see there why pages are the view's);
    # these are the commands on it, which refresh, emit and journal.

    def _init_projector(self) -> None:
        options = self.agenda.session.projector
        self._projection_state.reset(options, (self.run.index, self.run.item_index))
        self.lookChanged.emit()

    @property
    def trainer_name(self) -> str:
        """The trainer's name on the title screen."""
        return self._projection_state.trainer_name

    @property
    def timer_style(self) -> str:
        """The projector's timer style: digits, corner, hidden or disc."""
        return self._projection_state.timer_style

    @property
    def theme_name(self) -> str:
        """The projector's theme: dark, light or high-contrast."""
        return self._projection_state.theme_name

    @property
    def flash_at_end(self) -> bool:
        """Whether the projector flashes when a step's countdown crosses zero."""
        return self._projection_state.flash_at_end

    def set_page_counter(self, counter: Callable[[Slide], int]) -> None:
        """How the projector counts the pages of a slide at its size (installed by it)."""
        self._projection_state.page_counter = counter
        self.pages_changed()

    def page_count(self, slide: Slide | None = None) -> int:
        """Pages of ``slide`` (default: the live item) on the projector."""
        return self._projection_state.page_count(slide, self.current_slide)

    @property
    def page(self) -> int:
        """The live item's page shown, 0-based."""
        return self._projection_state.page

    def pages_changed(self) -> None:
        """The projector's size or look changed: keep the page within the item's pages."""
        self._projection_state.clamp_page(self.page_count())
        self._refresh()

    def _set_page(self, page: int) -> None:
        if self._projection_state.set_page(page):
            self._run_journal.write(PageChanged(self.run.index, self.run.item_index, page))

    def live_projection(self) -> Projection:
        """What the projector shows when not frozen."""
        state = self._projection_state
        if state.title_screen:
            slide = title_screen_slide(self.agenda, self.wall_now().date(), state.trainer_name)
            return Projection(slide, "", 0, show_timer=False, title_screen=True)
        header = step_header(
            self.run.index, self.run.step_count, self.run.step.title, self.agenda.session.language
        )
        return Projection(self.current_slide(), header, state.page)

    def projected(self) -> Projection:
        """What the projector shows now: the frozen picture, or the live one."""
        frozen = self._projection_state.frozen
        return frozen if frozen is not None else self.live_projection()

    @property
    def frozen(self) -> bool:
        """Whether the projector keeps its picture while the console moves on."""
        return self._projection_state.frozen is not None

    def toggle_freeze(self) -> None:
        """Freeze the projector on what it shows, or return it to live."""
        state = self._projection_state
        state.frozen = None if state.frozen is not None else self.live_projection()
        self._run_journal.write(FreezeChanged(state.frozen is not None))
        self._refresh()

    @property
    def title_screen(self) -> bool:
        """Whether the projector shows the session's title screen."""
        return self._projection_state.title_screen

    def toggle_title_screen(self) -> None:
        """Show the session's title screen (title, date, trainer), or the item again."""
        state = self._projection_state
        state.title_screen = not state.title_screen
        self._run_journal.write(TitleScreenChanged(state.title_screen))
        self._refresh()

    def set_trainer_name(self, name: str) -> None:
        """The trainer's name for the title screen."""
        self._projection_state.trainer_name = name.strip()
        self._refresh()

    def set_timer_style(self, style: str) -> None:
        """Large digits, small in a corner, hidden, or a disc."""
        if self._projection_state.set_timer_style(style):
            self._run_journal.write(TimerStyleChanged(style))
            self.lookChanged.emit()
            self.pages_changed()

    def cycle_timer_style(self) -> None:
        """The next timer style: digits, corner, hidden, disc."""
        self.set_timer_style(next_in(TIMER_STYLES, self.timer_style))

    def set_theme(self, name: str) -> None:
        """Dark, light or high contrast."""
        if self._projection_state.set_theme(name):
            self._run_journal.write(ThemeChanged(name))
            self.lookChanged.emit()
            self.pages_changed()

    def cycle_theme(self) -> None:
        """The next theme: dark, light, high contrast."""
        self.set_theme(next_in(THEME_NAMES, self.theme_name))

    def toggle_flash(self) -> None:
        """Flash the projector at the end of a step, or not."""
        self._projection_state.flash_at_end = not self._projection_state.flash_at_end
        self.lookChanged.emit()
