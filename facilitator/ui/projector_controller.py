"""The projector's controller: pages, blank, freeze, title screen, room screen and look.

The session controller (:mod:`facilitator.ui.controller`) runs the session;
this one keeps what the room sees besides it in a pure
:class:`~facilitator.projection.state.ProjectionState`, journals the
projector's events, and tells the projector window and the presenter's
miniature when the picture changed (``projectionChanged``) or the look did
(``lookChanged``). Whether the picture changed is the state's revision, the
run's step and item and the room's revision, compared with what was last
announced.

A room screen (the groups, the dealt material, a group's turn:
:class:`~facilitator.projection.screens.RoomScreen`) stands in front of the
step's item until it is taken off: by its own command again, by PageUp at its
first page or PageDown at its last (back to the item behind it, as it was),
or by a new step.

In its place the trainer can put anything on the projector at once
(:class:`~facilitator.projection.shown.Shown`): a reference section or
checklist, a question typed live, a break screen counting down to a time of
day, a plain wall clock. It pages and comes off like a room screen
(:meth:`ProjectorController.end_shown` too); a new step takes off a section,
checklist or question, but not the break or the clock. Each is journaled
(``projector_*_shown``, ``projector_shown_page``, ``projector_shown_ended``)
and put back after a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from facilitator import i18n
from facilitator.agenda.agenda import Agenda
from facilitator.agenda.plain import ProjectorOptions, Step
from facilitator.agenda.slides import Slide, step_slides, title_screen_slide
from facilitator.engine import events
from facilitator.engine.run_journal import RunJournal
from facilitator.engine.session import RunState, SessionRun
from facilitator.markup import literal
from facilitator.projection.closing import ClosingScreen, closing_slide
from facilitator.projection.look import (
    THEME_NAMES,
    TIMER_STYLES,
    ThemeName,
    TimerStyle,
    next_in,
)
from facilitator.projection.projection import Projection, step_header
from facilitator.projection.screens import RoomScreen
from facilitator.projection.shown import (
    Shown,
    ShownError,
    ShownKind,
    break_end,
    clean_question,
    live_text,
    next_live_change,
    parse_time_of_day,
    shown_slide,
)
from facilitator.projection.state import ProjectionState

if TYPE_CHECKING:
    from facilitator.ui.controller import SessionController


class ProjectorController(QObject):
    """The projector's commands and state; the session controller owns one."""

    projectionChanged = Signal()  # the projected picture or the blank state changed
    lookChanged = Signal()  # the timer style, theme or flash setting changed

    def __init__(self, session: SessionController, journal: RunJournal) -> None:
        super().__init__(session)
        self._session = session
        self._journal = journal
        self.state = ProjectionState()
        self._slides: tuple[Agenda, Step, int, list[Slide]] | None = None
        self._announced: tuple[object, ...] | None = None
        self._closing: ClosingScreen | None = None

    @property
    def _run(self) -> SessionRun:
        return self._session.run

    # --- followed by the session controller ----------------------------------

    def start_run(
        self,
        options: ProjectorOptions | None,
        *,
        blank: bool | None = None,
        screen: RoomScreen | None = None,
        shown: Shown | None = None,
        shown_page: int = 0,
    ) -> None:
        """A new run (a new agenda, a resumed run): page 1, live, the session's look.

        ``screen``: the room screen a resumed run showed; ``shown`` (at
        ``shown_page``) what it showed at once instead, if it still can be.
        """
        run = self._run
        if blank is not None:
            self.state.set_blank(blank)
        self.state.reset(options, (run.index, run.item_index))
        self.state.set_room_screen(screen)
        if shown is not None and self._can_show(shown):
            self.state.show(shown, shown_page)
        self.lookChanged.emit()

    def follow(self) -> None:
        """The run may have moved: a new item starts at its first page; announce a new picture.

        A new step takes the room screen off (journaled).
        """
        run = self._run
        had = self.state.shown
        # The closing screen is a picture of its own: a room screen comes off, page 1.
        item = (-1, -1) if self.finished else (run.index, run.item_index)
        if self.state.follow(item):
            self._journal.write(events.RoomScreenChanged(""))
        if had is not None and self.state.shown is None:
            self._journal.write(events.ShownEnded())
        if self.state.room_screen is not None:
            self.state.clamp_room_page(self.page_count())
        if self.state.shown is not None:
            self.state.clamp_shown_page(self.page_count())
        shown = (
            self._session.agenda.content_hash,
            run.index,
            run.item_index,
            self.finished,  # the closing screen comes and goes with the end of the run
            self.state.revision,
            self._session.room.revision,
        )
        if shown != self._announced:
            self._announced = shown
            self.projectionChanged.emit()

    # --- what is shown ---------------------------------------------------------

    @property
    def blank(self) -> bool:
        """Whether the projector shows black."""
        return self.state.blank

    @property
    def finished(self) -> bool:
        """Whether the run has finished: the room sees the closing screen."""
        return self._run.state is RunState.FINISHED

    def set_closing_screen(self, closing: ClosingScreen | None) -> None:
        """What the room sees once the session has finished (None: thanks and the title).

        The hook for another closing picture, such as the wall of notes: a
        function giving its slide, asked each time the picture is drawn.
        """
        self._closing = closing
        self.state.picture_changed()
        self._session.after_command(True)

    def closing_slide(self) -> Slide:
        """The closing screen's slide: the provider's, else thanks and the session's title."""
        if self._closing is not None:
            return self._closing()
        return closing_slide(self._session.agenda, self.state.trainer_name)

    def slides(self) -> list[Slide]:
        """The current step's slides, in order; once finished, the closing screen alone."""
        if self.finished:
            return [self.closing_slide()]
        agenda, step = self._session.agenda, self._run.step
        # Asked for several times by every command and paint: built once per step (the
        # switch benchmark spent 1.8 ms of a PageDown building them again and again).
        # Kept by identity: a reload makes a new agenda, each step is its own object.
        language = i18n.generation()
        cached = self._slides
        same = cached is not None and cached[0] is agenda and cached[1] is step
        if cached is None or not same or cached[2] != language:
            cached = (agenda, step, language, step_slides(agenda, step))
            self._slides = cached
        return list(cached[3])

    def next_step_slide(self) -> Slide | None:
        """The first slide of the next step (what the projector shows after it), if any."""
        agenda = self._session.agenda
        following = self._run.index + 1
        if self.finished or following >= len(agenda.steps):
            return None
        return step_slides(agenda, agenda.steps[following])[0]

    def current_slide(self) -> Slide:
        """The slide the projector shows when not blank."""
        slides = self.slides()
        return slides[min(self._run.item_index, len(slides) - 1)]

    def next_slide(self) -> Slide | None:
        """The slide after the current one in this step, if any."""
        slides = self.slides()
        index = self._run.item_index + 1
        return slides[index] if index < len(slides) else None

    def live_projection(self) -> Projection:
        """What the projector shows when not frozen."""
        state = self.state
        agenda = self._session.agenda
        if state.title_screen:
            date = self._session.wall_now().date()
            slide = title_screen_slide(agenda, date, state.trainer_name)
            return Projection(slide, "", 0, show_timer=False, title_screen=True)
        run = self._run
        header = step_header(run.index, run.step_count, run.step.title, agenda.session.language)
        shown = state.shown
        if shown is not None:
            slide = self.shown_slide(shown)
            if shown.live:  # the break screen and the clock: no step, no step timer
                return Projection(slide, "", 0, show_timer=False, shown=shown)
            return Projection(slide, header, state.shown_page, shown=shown)
        screen = state.room_screen
        picture = self._session.room.picture(screen) if screen is not None else None
        if picture is not None:
            slide, mark = picture
            return Projection(slide, header, state.room_page, room=screen, turn=mark)
        if self.finished:
            return Projection(self.closing_slide(), "", state.page, show_timer=False, closing=True)
        return Projection(self.current_slide(), header, state.page)

    @property
    def room_screen(self) -> RoomScreen | None:
        """The room screen shown in front of the step's item, if one is."""
        return self.state.room_screen

    @property
    def shown(self) -> Shown | None:
        """What the trainer put on the projector at once, if anything."""
        return self.state.shown

    def shown_slide(self, shown: Shown) -> Slide:
        """The slide of ``shown`` in this session (a stand-in if the agenda lost it)."""
        try:
            return shown_slide(self._session.agenda, shown)
        except ShownError as error:  # a reload took the section away: say so, never crash
            return Slide("text", body=literal(str(error)), label=str(error))

    def _can_show(self, shown: Shown) -> bool:
        try:
            shown_slide(self._session.agenda, shown)
        except ShownError:
            return False
        return True

    def live_key(self, wall: datetime, projected: Projection | None = None) -> str:
        """What time alone changes on the projector: the break's countdown, the clock's time.

        ``projected``: what :meth:`projected` returned just now, when the caller has it.
        """
        shown = (projected if projected is not None else self.projected()).shown
        if shown is None or not shown.live:
            return ""
        return live_text(shown, wall, self._session.agenda.session.language)

    def next_live_change(self, wall: datetime) -> timedelta | None:
        """How long (wall time) until :meth:`live_key` changes; None when it will not."""
        shown = self.projected().shown
        return next_live_change(shown, wall) if shown is not None else None

    def projected(self) -> Projection:
        """What the projector shows now: the frozen picture, or the live one."""
        frozen = self.state.frozen
        return frozen if frozen is not None else self.live_projection()

    @property
    def frozen(self) -> bool:
        """Whether the projector keeps its picture while the console moves on."""
        return self.state.frozen is not None

    @property
    def title_screen(self) -> bool:
        """Whether the projector shows the session's title screen."""
        return self.state.title_screen

    @property
    def trainer_name(self) -> str:
        """The trainer's name on the title screen."""
        return self.state.trainer_name

    @property
    def timer_style(self) -> TimerStyle:
        """The projector's timer style: digits, corner, hidden or disc."""
        return self.state.timer_style

    @property
    def theme_name(self) -> ThemeName:
        """The projector's theme: dark, light or high-contrast."""
        return self.state.theme_name

    @property
    def flash_at_end(self) -> bool:
        """Whether the projector flashes when a step's countdown crosses zero."""
        return self.state.flash_at_end

    # --- pages -------------------------------------------------------------------

    def set_page_counter(self, counter: Callable[[Slide], int]) -> None:
        """How the projector counts the pages of a slide at its size (installed by it)."""
        self.state.set_page_counter(counter)
        self.pages_changed()

    def page_count(self, slide: Slide | None = None) -> int:
        """Pages of ``slide`` (default: the live picture: a room screen, else the item)."""
        return self.state.page_count(slide, self._live_slide)

    def _live_slide(self) -> Slide:
        return self.live_projection().slide

    def item_page_count(self) -> int:
        """Pages of the step's current item (behind any room screen)."""
        return self.state.page_count(self.current_slide(), self.current_slide)

    @property
    def page(self) -> int:
        """The live item's page shown, 0-based."""
        return self.state.page

    def pages_changed(self) -> None:
        """The projector's size or look changed: keep the pages within their counts.

        The counts themselves changed, so the picture is announced again: the
        console's "page 1 of N" must say the projector's N (made before the
        window had its size, the count was of a window of a few pixels).
        """
        self.state.clamp_page(self.item_page_count())
        if self.state.room_screen is not None:
            self.state.clamp_room_page(self.page_count())
        if self.state.shown is not None:
            self.state.clamp_shown_page(self.page_count())
        self.state.picture_changed()
        self._session.after_command(False)

    def _set_page(self, page: int) -> bool:
        if not self.state.set_page(page):
            return False
        self._write_page()
        return True

    def _write_page(self) -> None:
        run = self._run
        self._journal.write(events.PageChanged(run.index, run.item_index, self.state.page))

    # --- commands ------------------------------------------------------------------

    def next_item(self) -> None:
        """Project the next page (of the room screen, else of the item), else the step's
        next item; at the last, nothing. At a room screen's last page, PageDown takes it
        off: the item behind it shows again, where it was."""
        state = self.state
        if state.room_screen is not None:
            if state.room_page + 1 < self.page_count():
                state.set_room_page(state.room_page + 1)
            else:
                self._set_room_screen(None)
            self._session.after_command(True)
            return
        if state.shown is not None:  # as a room screen: its pages, then back to the item
            if state.shown_page + 1 < self.page_count():
                self._set_shown_page(state.shown_page + 1)
            else:
                self._end_shown()
            self._session.after_command(True)
            return
        page = state.page
        if page + 1 < self.item_page_count():
            changed = self._set_page(page + 1)
        elif self.finished:
            changed = False  # the closing screen's last page: the run has no items left
        else:
            changed = self._run.next_item(self._session.now())
        self._session.after_command(changed)

    def previous_item(self) -> None:
        """Project the previous page, else the previous item at its last page; at a room
        screen's first page, PageUp takes it off (back to the item behind it)."""
        state = self.state
        if state.room_screen is not None:
            if state.room_page > 0:
                state.set_room_page(state.room_page - 1)
            else:
                self._set_room_screen(None)
            self._session.after_command(True)
            return
        if state.shown is not None:
            if state.shown_page > 0:
                self._set_shown_page(state.shown_page - 1)
            else:
                self._end_shown()
            self._session.after_command(True)
            return
        page = state.page
        run = self._run
        if page > 0:
            changed = self._set_page(page - 1)
        elif self.finished:
            changed = False
        elif run.previous_item(self._session.now()):
            changed = True
            if state.enter_item((run.index, run.item_index), self.item_page_count() - 1):
                self._write_page()
        else:
            changed = False
        self._session.after_command(changed)

    def _set_room_screen(self, screen: RoomScreen | None) -> bool:
        had = self.state.shown
        if not self.state.set_room_screen(screen):
            return False
        if had is not None and self.state.shown is None:
            self._journal.write(events.ShownEnded())
        self._journal.write(events.RoomScreenChanged(screen.value if screen is not None else ""))
        return True

    # --- anything on the projector, at once ---------------------------------------

    def _show(self, shown: Shown, record: events.Event) -> None:
        """Put ``shown`` on the projector now (from its first page) and journal ``record``."""
        state = self.state
        had_screen, had_title = state.room_screen, state.title_screen
        if not state.show(shown):
            return
        if had_screen is not None:
            self._journal.write(events.RoomScreenChanged(""))
        if had_title:
            self._journal.write(events.TitleScreenChanged(False))
        self._journal.write(record)
        self._session.after_command(True)

    def show_section(self, section: str, *, trainer_parts: bool = False) -> None:
        """Put a reference section on the projector; its trainer-only parts only if asked.

        Raises :class:`~facilitator.projection.shown.ShownError` when the
        session has no such section (nothing changes).
        """
        shown = Shown(ShownKind.SECTION, ref=section, trainer_parts=trainer_parts)
        shown_slide(self._session.agenda, shown)
        self._show(shown, events.SectionShown(section, trainer_parts))

    def show_checklist(self, checklist: str) -> None:
        """Put a checklist's text on the projector (raises ``ShownError`` if there is none)."""
        shown = Shown(ShownKind.CHECKLIST, ref=checklist)
        shown_slide(self._session.agenda, shown)
        self._show(shown, events.ChecklistShown(checklist))

    def show_question(self, text: str) -> None:
        """Put a question typed live on the projector, as plain text.

        Raises :class:`~facilitator.projection.shown.ShownError` for an empty or
        too long question (nothing changes).
        """
        question = clean_question(text)
        self._show(Shown(ShownKind.QUESTION, text=question), events.QuestionShown(question))

    def show_break(self, until: str | time) -> datetime:
        """The break screen, counting down to ``until`` ("10:45": today, or after midnight).

        Returns the break's end; raises ``ShownError`` for what is no time, or
        a time that has passed (nothing changes).
        """
        when = until if isinstance(until, time) else parse_time_of_day(until)
        end = break_end(when, self._session.wall_now())
        self._show(Shown(ShownKind.BREAK, until=end), events.BreakShown(end.isoformat()))
        return end

    def toggle_clock(self) -> None:
        """A plain wall clock on the projector, or the step's item again."""
        if self.state.shown is not None and self.state.shown.kind is ShownKind.CLOCK:
            self.end_shown()
        else:
            self._show(Shown(ShownKind.CLOCK), events.ClockShown())

    def end_shown(self) -> None:
        """Take what was put on at once (or a room screen) off: the step's item again."""
        changed = self._end_shown() or self._set_room_screen(None)
        self._session.after_command(changed)

    def _end_shown(self) -> bool:
        if not self.state.show(None):
            return False
        self._journal.write(events.ShownEnded())
        return True

    def _set_shown_page(self, page: int) -> None:
        if self.state.set_shown_page(page):
            self._journal.write(events.ShownPageChanged(page))

    def show_room_screen(self, screen: RoomScreen | None) -> bool:
        """Put a room screen on the projector (None: take it off, back to the item).

        Returns False when it cannot be shown (nothing to show yet: no groups,
        nothing dealt, no turns); nothing changes then.
        """
        if screen is not None and self._session.room.picture(screen) is None:
            return False
        self._session.after_command(self._set_room_screen(screen))
        return True

    def toggle_room_screen(self, screen: RoomScreen) -> bool:
        """Show ``screen``, or take it off when it is shown; False when it cannot be shown."""
        return self.show_room_screen(None if self.state.room_screen is screen else screen)

    def toggle_blank(self) -> None:
        """Black out the projector, or bring its content back."""
        self.set_blank(not self.state.blank)

    def set_blank(self, blank: bool) -> None:
        """Black out the projector (True) or show the current item (False)."""
        if self.state.set_blank(blank):
            self._journal.write(events.BlankChanged(blank))
            self._session.after_command(True)

    def toggle_freeze(self) -> None:
        """Freeze the projector on what it shows, or return it to live."""
        state = self.state
        state.set_frozen(None if state.frozen is not None else self.live_projection())
        self._journal.write(events.FreezeChanged(state.frozen is not None))
        self._session.after_command(True)

    def toggle_title_screen(self) -> None:
        """Show the session's title screen (title, date, trainer), or the item again."""
        state = self.state
        state.set_title_screen(not state.title_screen)
        self._journal.write(events.TitleScreenChanged(state.title_screen))
        self._session.after_command(True)

    def set_trainer_name(self, name: str) -> None:
        """The trainer's name for the title screen."""
        self._session.after_command(self.state.set_trainer_name(name.strip()))

    def set_timer_style(self, style: TimerStyle | str) -> None:
        """Large digits, small in a corner, hidden, or a disc."""
        if self.state.set_timer_style(style):
            self._journal.write(events.TimerStyleChanged(self.state.timer_style.value))
            self.lookChanged.emit()
            self.pages_changed()

    def cycle_timer_style(self) -> None:
        """The next timer style: digits, corner, hidden, disc."""
        self.set_timer_style(next_in(TIMER_STYLES, self.timer_style))

    def set_theme(self, name: ThemeName | str) -> None:
        """Dark, light or high contrast."""
        if self.state.set_theme(name):
            self._journal.write(events.ThemeChanged(self.state.theme_name.value))
            self.lookChanged.emit()
            self.pages_changed()

    def cycle_theme(self) -> None:
        """The next theme: dark, light, high contrast."""
        self.set_theme(next_in(THEME_NAMES, self.theme_name))

    @property
    def text_size(self) -> int:
        """The projector's body text is at least 1/``text_size`` of the screen's height."""
        return self.state.text_size

    def set_defaults(self, style: TimerStyle | str, theme: ThemeName | str) -> None:
        """The trainer's look for agendas that choose none (taken at the next run)."""
        self.state.set_defaults(style, theme)

    def set_text_size(self, size: int) -> None:
        """Make the projector's smallest text 1/``size`` of its height: pages are fitted again."""
        if self.state.set_text_size(size):
            self.lookChanged.emit()
            self.pages_changed()

    def toggle_flash(self) -> None:
        """Flash the projector at the end of a step, or not."""
        self.state.set_flash(not self.state.flash_at_end)
        self.lookChanged.emit()
