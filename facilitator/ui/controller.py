"""The one Qt adapter between the pure engine and the windows: it runs the session.

It owns the session run and the only timer. The timer is a single-shot
``Qt.PreciseTimer`` armed for the instant something shown next changes (the
shown second or phase, the session clock's second, the drift's whole
minutes, the minute of the wall clock), as the engine computes it; ticks are
never counted. Views subscribe to :attr:`SessionController.changed` and
change the session only through named commands.

``changed`` is emitted when a command changed the run (the engine says so:
its commands return whether they did) or when time alone changed what is
shown; nothing is kept by hand to be reset. The projector's state beside
the run (pages, freeze, title screen, blank, look) is the
:class:`~facilitator.ui.projector_controller.ProjectorController` at
:attr:`SessionController.projector`, and the journal's opening, the
controller's own events and the heartbeat are
:class:`~facilitator.engine.run_journal.RunJournal`'s. The room (people,
groups, dealt material, group turns, the wall) is the
:class:`~facilitator.ui.room_controller.RoomController` at
:attr:`SessionController.room`; the running turn's countdown is one more
change the single timer is armed for.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.agenda.agenda import Agenda
from facilitator.engine import events, plan
from facilitator.engine.clock import MINUTE, SECOND, Clock, wall_now, whole_minutes
from facilitator.engine.journal import Journal
from facilitator.engine.run_journal import RunJournal
from facilitator.engine.session import RunState, SessionRun, SessionSnapshot
from facilitator.engine.timer import ThresholdFractions
from facilitator.projection.screens import room_screen
from facilitator.projection.shown import Shown
from facilitator.room.state import RoomState
from facilitator.ui.projector_controller import ProjectorController
from facilitator.ui.room_controller import RoomController

# Without a lead: fire a little after the boundary so that the engine, asked at
# that instant, is sure to be past it even with a coarse OS timer.
_LATE_MARGIN_NS = 1_000_000
#: The app's lead (``lead_ns``): the timer wakes at least this long (real time)
#: before the boundary, and the views are told the state *at* the boundary, so
#: that the projector's paint is done by then rather than late by the wake-up,
#: the views' slots and the paint (issue 14: within one frame of the boundary).
PAINT_LEAD_NS = 2_000_000
#: On a busy machine the timer wakes later than asked: the lead grows to the
#: median of the latest wake-ups' lateness plus the projector's paint, at most this.
MAX_LEAD_NS = 8_000_000
_PAINT_NS = 1_000_000
_LATENESS_KEPT = 15
#: When the journal opens (the session starts: a second's boundary), the journal's
#: records of every area are made this long after, far from the next boundary.
RECORDS_AFTER_OPENING_MS = 200
RECORDS_APART_MS = 50  # between two areas' records (see open_journal)
#: A command's journal lines are with the OS at once (a crash of the app loses none);
#: their fsync, for a power cut, runs this long after, once the command's frame is
#: painted: it took 1-2 ms of the command on a laptop's disk, more on a USB stick.
JOURNAL_SYNC_MS = 50


class SessionController(QObject):
    """Runs one session: turns engine state into signals, and commands into engine calls."""

    changed = Signal(object)  # SessionSnapshot: something visible changed
    stepChanged = Signal(int)
    agendaChanged = Signal(object)  # Agenda
    journalProblem = Signal(str)  # why the journal cannot be written; "" once it can again

    def __init__(
        self,
        agenda: Agenda,
        clock: Clock,
        *,
        auto_advance: bool = False,
        journal_factory: Callable[[Agenda], Journal | None] | None = None,
        wall: Callable[[], datetime] = wall_now,
        lead_ns: int = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._lead_ns = max(0, lead_ns)
        self._due: int | None = None  # the instant the timer was armed for (session ns)
        self._wake_at: int | None = None  # when it should wake (session ns)
        self._lateness: deque[int] = deque(maxlen=_LATENESS_KEPT)  # real ns, latest wake-ups
        self._ahead = 0  # the boundary being shown ahead of the clock; now() never goes back
        self._wall = wall
        self._auto_advance = auto_advance
        # A lambda, not the callable itself: screenshot scripts replace ``_wall`` later.
        self._run_journal = RunJournal(
            journal_factory, clock, lambda: self._wall(), sync_later=self._sync_soon
        )
        # The journal's fsync, a moment after a command's lines: once its frame is painted.
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(JOURNAL_SYNC_MS)
        self._sync_timer.timeout.connect(self._sync_journal)
        self._generation = 0  # bumped when the run or its agenda is replaced
        self._shown_time: tuple[object, ...] | None = None
        self._shown_step: tuple[int, int] | None = None
        self._journal_error = ""  # the journal's problem last said ("" : none)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self._stopped = False  # shut down: nothing arms the timer again
        self._fractions: ThresholdFractions | None = None
        self.agenda = agenda
        self.run = self._new_run(agenda)
        self.room = RoomController(self, self._run_journal)
        self.projector = ProjectorController(self, self._run_journal)
        self.projector.start_run(agenda.session.projector)

    # --- state --------------------------------------------------------------

    def now(self) -> int:
        """The session clock's current instant (ns).

        With a lead, for the few milliseconds between the timer's early wake-up
        and the boundary it announced, the boundary: what was shown is never
        contradicted by an earlier instant (a command, the journal, a view).
        """
        return max(self._clock.now(), self._ahead)

    def clock_now(self) -> int:
        """The clock's own instant, never a boundary shown ahead of it (benchmarks)."""
        return self._clock.now()

    def wall_now(self) -> datetime:
        """The wall-clock time as the session sees it (faster in a dry run)."""
        if self._clock.factor != 1.0 and self.run.started_wall is not None:
            assert self.run.started_at is not None
            elapsed = self.now() - self.run.started_at
            return self.run.started_wall + timedelta(microseconds=elapsed // 1000)
        ahead = self.now() - self._clock.now()
        wall = self._wall()
        return wall + timedelta(microseconds=ahead // 1000) if ahead > 0 else wall

    def snapshot(self) -> SessionSnapshot:
        """Everything the views show, now."""
        return self.run.snapshot(self.now())

    @property
    def journal(self) -> Journal | None:
        """The journal of the run, once it has started."""
        return self._run_journal.journal

    # --- named commands ----------------------------------------------------

    def open_journal(self) -> None:
        """Open the run's journal if it is not open yet (the session starts, the room changes)."""
        opening = self._run_journal.journal is None
        self._run_journal.open(self.agenda, self.run)
        if opening and self._run_journal.journal is not None:
            # Records of every area follow soon (a page turned, a group made): their
            # dataclasses are made now, while the step counts down, not by the first
            # PageDown (some 15 ms on this 2-core machine, a switch over one frame).
            # One area per turn of the event loop: all at once took some 40 ms, long
            # enough to hold up a command given then (issue 13).
            self._make_records(list(events.core.AREAS))

    def _make_records(self, areas: list[str]) -> None:
        """Make the records of ``areas``, one each :data:`RECORDS_APART_MS`, after
        :data:`RECORDS_AFTER_OPENING_MS`."""

        def next_area() -> None:
            if self._stopped:
                return  # shut down meanwhile: nothing will write these records
            events.core.load_area(areas.pop(0))
            if areas:
                QTimer.singleShot(RECORDS_APART_MS, self, next_area)

        QTimer.singleShot(RECORDS_AFTER_OPENING_MS, self, next_area)

    def toggle_running(self) -> None:
        """Start the session, or pause / resume the current step."""
        if self.run.state is RunState.NOT_STARTED:
            # Before reading the start instant: the journal's first line (run_opened,
            # written after creating the file) must not be later than run_started.
            self.open_journal()
        now = self.now()
        self._refresh(self.run.toggle(now, self._wall()))

    def start(self) -> None:
        """Start the session (or resume it when paused)."""
        if self.run.state in (RunState.NOT_STARTED, RunState.PAUSED):
            self.toggle_running()

    def pause(self) -> None:
        """Pause the current step's countdown."""
        if self.run.pause(self.now()):
            self._refresh(True)

    def next_step(self) -> None:
        """End the current step and move to the next one."""
        self._refresh(self.run.next_step(self.now()))

    def previous_step(self) -> None:
        """Go back to the previous step; its countdown goes on where it was."""
        self._refresh(self.run.previous_step(self.now()))

    def go_to_step(self, index: int) -> None:
        """Jump to step ``index`` (0-based)."""
        self._refresh(self.run.go_to_step(index, self.now()))

    def add_minute(self) -> None:
        """Give the current step one more minute."""
        self._refresh(self.run.add_time(MINUTE, self.now()))

    def remove_minute(self) -> None:
        """Take one minute from the current step."""
        self._refresh(self.run.add_time(-MINUTE, self.now()))

    def restart_step(self) -> None:
        """Start the current step's countdown again from its full time."""
        self._refresh(self.run.restart_step(self.now()))

    def load_agenda(self, agenda: Agenda) -> None:
        """Replace the agenda with a new one and start over, not started."""
        if self.run.state in (RunState.RUNNING, RunState.PAUSED):
            # Ended on purpose: crash recovery must not offer this run again.
            self._run_journal.write(events.RunAbandoned("another session was opened"))
        self._run_journal.close()
        self._timer.stop()
        self._install(agenda, self._new_run(agenda), blank=False)

    # --- presenter console commands ------------------------------------------

    def refresh(self) -> None:
        """Look at the engine now, as the timer would (tests and screenshots move a FakeClock)."""
        self._on_timeout()

    def after_command(self, changed: bool) -> None:
        """A command beside the run's own (the projector's) is done: show what changed."""
        self._refresh(changed)

    def set_remaining(self, remaining: int) -> None:
        """Make exactly ``remaining`` ns be left of the current step."""
        self._refresh(self.run.set_remaining(remaining, self.now()))

    def adjust_steps(self, deltas: dict[int, int]) -> None:
        """Lengthen (or shorten) steps by index, e.g. to accept a catch-up plan."""
        now = self.now()
        changed = [
            self.run.adjust_step(index, delta, now) for index, delta in sorted(deltas.items())
        ]
        self._refresh(any(changed))

    def set_default_fractions(self, fractions: ThresholdFractions | None) -> None:
        """Default warning / danger thresholds as fractions of a step's length."""
        self._fractions = fractions
        self.run.set_default_fractions(fractions)
        self._refresh(True)

    def replace_agenda(self, agenda: Agenda) -> None:
        """Take a new version of the same agenda, keeping the run (current step, timers)."""
        self.run.replace_agenda(agenda, self.now())
        self.agenda = agenda
        self._generation += 1
        self.room.follow_agenda()
        self.agendaChanged.emit(agenda)
        self._refresh(True)

    def restore(
        self,
        run: SessionRun,
        journal: Journal,
        *,
        blank: bool = False,
        room: RoomState | None = None,
        screen: str = "",
        paused_at: int | None = None,
        shown: Shown | None = None,
        shown_page: int = 0,
    ) -> None:
        """Go on with a run rebuilt from its journal after a crash, writing to ``journal``.

        ``room`` is the room rebuilt from the same journal, ``screen`` the room
        screen the projector showed (``""``: none); ``paused_at``, when the run
        goes on paused, the instant it was paused at (a running turn pauses there);
        ``shown`` what the trainer had put on the projector at once (at ``shown_page``).
        """
        self._timer.stop()
        self._run_journal.close()
        run.set_default_fractions(self._fractions)
        run.journal = journal
        self._run_journal.adopt(journal)
        self._install(
            run.agenda,
            run,
            blank=blank,
            room=room,
            screen=screen,
            paused_at=paused_at,
            shown=shown,
            shown_page=shown_page,
        )

    def shutdown(self) -> None:
        """Stop the timer and close the journal (the app is quitting)."""
        self._stopped = True
        self._timer.stop()
        self._sync_timer.stop()  # closing the journal syncs it
        self.room.stop()
        if self.run.state in (RunState.RUNNING, RunState.PAUSED):
            self._run_journal.write(events.AppClosed())
        self._run_journal.close()

    # --- timing --------------------------------------------------------------

    def _new_run(self, agenda: Agenda) -> SessionRun:
        return SessionRun(
            agenda,
            auto_advance=self._auto_advance,
            wall=self._wall,
            default_fractions=self._fractions,
        )

    def _install(
        self,
        agenda: Agenda,
        run: SessionRun,
        *,
        blank: bool,
        room: RoomState | None = None,
        screen: str = "",
        paused_at: int | None = None,
        shown: Shown | None = None,
        shown_page: int = 0,
    ) -> None:
        """Go on with another run (and agenda): the views are told everything again."""
        self.agenda = agenda
        self.run = run
        self._generation += 1
        self.room.start_run(room, paused_at=paused_at)
        self.projector.start_run(
            agenda.session.projector,
            blank=blank,
            screen=room_screen(screen),
            shown=shown,
            shown_page=shown_page,
        )
        self.agendaChanged.emit(agenda)
        self._refresh(True)

    def _on_timer(self) -> None:
        """The timer woke (``lead_ns`` early): show the state at the boundary it was armed for."""
        due = self._due
        if self._lead_ns and due is not None:
            clock = self._clock.now()
            if self._wake_at is not None:
                late = self._clock.to_real(clock - self._wake_at)
                self._lateness.append(max(0, min(late, MAX_LEAD_NS)))
            lead = round(MAX_LEAD_NS * self._clock.factor) + 1_000_000  # + the ms rounding
            if clock < due <= clock + lead:
                self._ahead = due
        self._on_timeout()

    @property
    def lead_ns(self) -> int:
        """How long before a boundary the timer wakes (real ns; 0: just after it)."""
        if not self._lead_ns:
            return 0
        late = sorted(self._lateness)
        typical = late[len(late) // 2] + _PAINT_NS if late else 0
        return max(self._lead_ns, min(MAX_LEAD_NS, typical))

    def _on_timeout(self) -> None:
        changed = self._auto_advance and self.run.advance_due(self.now())
        self._refresh(changed)

    def _refresh(self, changed: bool = False) -> None:
        """Emit what changed, then arm the timer for the next change.

        ``changed``: a command changed the run (or what the projector shows);
        otherwise only what time alone changes is compared with what was shown.
        """
        now = self.now()
        # Group turns run only while their step's timer runs (a pause pauses them).
        self.room.follow(now)
        snap = self.run.snapshot(now)
        wall = self.wall_now()
        # What time alone changes on screen; everything else changes only by a command.
        shown_time = (
            snap.display_seconds,
            snap.phase,
            snap.elapsed_session // SECOND,
            whole_minutes(snap.behind),
            wall.replace(second=0, microsecond=0),  # the status line's time of day
            self.room.shown(now),  # a group turn's countdown
            self.projector.live_key(wall),  # the break screen's countdown, the clock's time
        )
        step = (self._generation, snap.index)
        if step != self._shown_step:
            self._shown_step = step
            self.stepChanged.emit(snap.index)
        self.projector.follow()
        if changed or shown_time != self._shown_time:
            self._shown_time = shown_time
            self.changed.emit(snap)
        self._report_journal()
        self._run_journal.heartbeat(now, self.run.state)
        self._arm(now, wall)

    def _report_journal(self) -> None:
        """Say the journal's problem when it changes, and "" once the journal is written
        again (space freed, the folder writable): the console must not keep saying
        entries are only in memory."""
        error = self._run_journal.error or ""
        if error != self._journal_error:
            self._journal_error = error
            self.journalProblem.emit(error)

    def _sync_soon(self) -> None:
        """A line is with the OS, not yet on the disk: fsync it a moment from now (one
        fsync for the lines of a burst of commands)."""
        if self._stopped:  # quitting: the journal is closed (and synced) next
            return
        if not self._sync_timer.isActive():
            self._sync_timer.start()

    def _sync_journal(self) -> None:
        self._run_journal.sync()
        self._report_journal()

    def _arm(self, now: int, wall: datetime) -> None:
        """Arm the single timer for the next visible change."""
        if self._stopped:
            # A window still being resized or closed after the quit refreshes the
            # views once more; a timer started then would tick for a closed app.
            return
        # Even when paused, the time of day and the projected end move on.
        to_minute = (60 - wall.second) * SECOND - wall.microsecond * 1000
        delay = to_minute
        changes = (
            self.run.next_change(now),
            plan.next_drift_change(self.run, now),
            self.room.next_change(now),
            self._live_change(now, wall),
        )
        for at in changes:
            if at is not None:
                delay = min(delay, at - now)
        self._due = now + delay
        # The views' slots ran since ``now`` was read; count from the instant the
        # timer starts (the clock's, not a boundary shown ahead of it), or every
        # change comes late by the time they took.
        delay = self._clock.to_real(self._due - self._clock.now())
        offset = -self.lead_ns if self._lead_ns else _LATE_MARGIN_NS
        delay_ms = max(0, math.ceil((delay + offset) / 1_000_000))
        self._wake_at = self._clock.now() + round(delay_ms * 1_000_000 * self._clock.factor)
        self._timer.start(delay_ms)

    def _live_change(self, now: int, wall: datetime) -> int | None:
        """The instant the projector's break countdown or clock next changes (None: never)."""
        delta = self.projector.next_live_change(wall)
        if delta is None:
            return None
        ns = (delta.days * 86_400 + delta.seconds) * SECOND + delta.microseconds * 1000
        # Before the start of a dry run the wall clock is real time, the session clock faster.
        if self._clock.factor != 1.0 and self.run.started_wall is None:
            ns = round(ns * self._clock.factor)
        return now + ns

    @property
    def timer_interval_ms(self) -> int:
        """The delay the timer was last armed with (for tests and benchmarks)."""
        return self._timer.interval()
