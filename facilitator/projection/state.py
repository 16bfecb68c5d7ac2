"""What the projector shows beside the run: page, blank, freeze, title screen, the look.

Pages are a view matter: how many an item needs depends on the projector's
size, theme and timer style, so the engine counts items and
:class:`ProjectionState` keeps the page within the current item, counted by
the page counter the projector window installs. It also holds the rest of
what the room sees besides the run: blank, freeze, title screen, trainer
name, the room screen in front of the item (groups, dealt material, a turn:
:mod:`facilitator.projection.screens`) and its page, or, in its place, what
the trainer put on at once (a section, a question, a break, the clock:
:mod:`facilitator.projection.shown`) and its page, and the look (timer
style, theme, flash at the end of a step).

Every change goes through a method. A change of the picture (page, blank,
freeze, title screen, trainer name, page counter, a new run) bumps
:attr:`ProjectionState.revision`: the projector controller compares revisions
to know when the picture changed, instead of a key of fields kept by hand.
The look (timer style, theme, flash) has its own signal there.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.agenda.plain import ProjectorOptions
from facilitator.agenda.slides import Slide
from facilitator.projection.look import ThemeName, TimerStyle
from facilitator.projection.projection import Projection
from facilitator.projection.screens import RoomScreen
from facilitator.projection.shown import Shown


def one_page(_slide: Slide) -> int:
    """The page counter until the projector installs its own: every slide fits one page."""
    return 1


class ProjectionState:
    """The projector's page, freeze, title screen, blank, trainer name and look."""

    def __init__(self) -> None:
        self.revision = 0  # bumped by every change of the picture the room sees
        self._blank = False
        self._trainer_name = ""
        self._page_counter: Callable[[Slide], int] = one_page
        self._page = 0
        self._page_item = (0, 0)  # (step, item) the page belongs to
        self._frozen: Projection | None = None
        self._title_screen = False
        self._room_screen: RoomScreen | None = None
        self._room_page = 0
        self._shown: Shown | None = None  # put on at once: a section, a question, a break...
        self._shown_page = 0
        self._timer_style = TimerStyle.DIGITS
        self._theme_name = ThemeName.DARK
        self._flash_at_end = False
        # The trainer's defaults (Preferences), for an agenda that chooses no look.
        self._default_style = TimerStyle.DIGITS
        self._default_theme = ThemeName.DARK
        self._text_size = 30  # body text at least 1/30 of the screen height (or larger)

    def _bump(self) -> bool:
        self.revision += 1
        return True

    # --- what is shown ------------------------------------------------------

    @property
    def blank(self) -> bool:
        """Whether the projector shows black."""
        return self._blank

    @property
    def trainer_name(self) -> str:
        """The trainer's name on the title screen."""
        return self._trainer_name

    @property
    def page(self) -> int:
        """The live item's page shown, 0-based."""
        return self._page

    @property
    def frozen(self) -> Projection | None:
        """The picture kept while frozen, else None."""
        return self._frozen

    @property
    def title_screen(self) -> bool:
        """Whether the session's title screen is shown."""
        return self._title_screen

    @property
    def room_screen(self) -> RoomScreen | None:
        """The room screen shown in front of the step's item, if one is."""
        return self._room_screen

    @property
    def room_page(self) -> int:
        """The room screen's page shown, 0-based."""
        return self._room_page

    @property
    def shown(self) -> Shown | None:
        """What was put on the projector at once in front of the item, if anything."""
        return self._shown

    @property
    def shown_page(self) -> int:
        """The page shown of what was put on at once, 0-based."""
        return self._shown_page

    @property
    def timer_style(self) -> TimerStyle:
        """Large digits, small in a corner, hidden, or a disc."""
        return self._timer_style

    @property
    def theme_name(self) -> ThemeName:
        """Dark, light or high contrast."""
        return self._theme_name

    @property
    def flash_at_end(self) -> bool:
        """Whether the projector flashes when a step's countdown crosses zero."""
        return self._flash_at_end

    # --- changes --------------------------------------------------------------

    def reset(self, options: ProjectorOptions | None, item: tuple[int, int]) -> None:
        """A new run: page 1 of ``item`` (step, item), live, with the session's look.

        Blank, the trainer name and the page counter stay: they belong to the
        room and the projector window, not to the run.
        """
        self._page = 0
        self._page_item = item
        self._frozen = None
        self._title_screen = False
        self._room_screen = None
        self._room_page = 0
        self._shown = None
        self._shown_page = 0
        chosen = options.model_fields_set if options is not None else set()
        self._timer_style = (
            TimerStyle(options.timer)
            if options is not None and "timer" in chosen
            else self._default_style
        )
        self._theme_name = (
            ThemeName(options.theme)
            if options is not None and "theme" in chosen
            else self._default_theme
        )
        self._flash_at_end = options.flash if options else False
        self._bump()

    def follow(self, item: tuple[int, int]) -> bool:
        """The run is at ``item`` (step, item): a different one starts at its first page.

        A new step takes the room screen off (it showed the last step's room);
        returns True when it did. It takes off a section, checklist or question
        put on at once too, but not the break screen or the clock: they belong
        to the room's time, not to a step.
        """
        if item == self._page_item:
            return False
        new_step = item[0] != self._page_item[0]
        self._page_item = item
        self._page = 0
        self._bump()
        if new_step and self._shown is not None and not self._shown.live:
            self._shown = None
            self._shown_page = 0
        if new_step and self._room_screen is not None:
            self._room_screen = None
            self._room_page = 0
            return True
        return False

    def enter_item(self, item: tuple[int, int], page: int) -> bool:
        """Back to ``item`` (step, item) at its ``page``; True when the page moved."""
        self._page_item = item
        moved = page != self._page
        self._page = page
        self._bump()
        return moved

    def set_blank(self, blank: bool) -> bool:
        """Black out (True) or show the picture again; True when that changed it."""
        if blank == self._blank:
            return False
        self._blank = blank
        return self._bump()

    def set_trainer_name(self, name: str) -> bool:
        """The name for the title screen; True when that changed it."""
        if name == self._trainer_name:
            return False
        self._trainer_name = name
        return self._bump()

    def picture_changed(self) -> None:
        """Something the picture is made of changed outside this state (a new closing screen)."""
        self._bump()

    def set_page_counter(self, counter: Callable[[Slide], int]) -> None:
        """How the projector counts the pages of a slide at its size (installed by it)."""
        self._page_counter = counter
        self._bump()

    def page_count(self, slide: Slide | None, live: Callable[[], Slide]) -> int:
        """Pages of ``slide``, or of the live item (``live()``) when None; the title screen is 1."""
        if self._title_screen and slide is None:
            return 1
        return max(1, self._page_counter(slide if slide is not None else live()))

    def clamp_page(self, count: int) -> None:
        """Keep the page within ``count`` pages (the projector's size or look changed)."""
        if self._page > count - 1:
            self._page = count - 1
            self._bump()

    def set_page(self, page: int) -> bool:
        """Show ``page`` of the live item; True when that changed it."""
        if page == self._page:
            return False
        self._page = page
        return self._bump()

    def set_frozen(self, picture: Projection | None) -> None:
        """Keep ``picture`` on the projector while the console moves on, or go live (None)."""
        self._frozen = picture
        self._bump()

    def set_room_screen(self, screen: RoomScreen | None) -> bool:
        """Show a room screen (from its first page) in front of the item, or none; True if
        that changed it. A room screen takes off what was put on at once."""
        if screen == self._room_screen:
            return False
        self._room_screen = screen
        self._room_page = 0
        if screen is not None:
            self._shown = None
            self._shown_page = 0
        return self._bump()

    def show(self, shown: Shown | None, page: int = 0) -> bool:
        """Put ``shown`` on the projector at once, in front of the item (from ``page``), or
        take it off (None); True if that changed the picture. It takes a room screen off,
        and the title screen: the room is to see it now."""
        if shown == self._shown and page == self._shown_page:
            return False
        self._shown = shown
        self._shown_page = page if shown is not None else 0
        if shown is not None:
            self._room_screen = None
            self._room_page = 0
            self._title_screen = False
        return self._bump()

    def set_shown_page(self, page: int) -> bool:
        """Show ``page`` of what was put on at once; True when that changed it."""
        if self._shown is None or page == self._shown_page:
            return False
        self._shown_page = page
        return self._bump()

    def clamp_shown_page(self, count: int) -> None:
        """Keep the page of what was put on at once within ``count`` pages (a new size)."""
        if self._shown_page > count - 1:
            self._shown_page = max(0, count - 1)
            self._bump()

    def set_room_page(self, page: int) -> bool:
        """Show ``page`` of the room screen; True when that changed it."""
        if page == self._room_page:
            return False
        self._room_page = page
        return self._bump()

    def clamp_room_page(self, count: int) -> None:
        """Keep the room screen's page within ``count`` pages (fewer groups, a new size)."""
        if self._room_page > count - 1:
            self._room_page = max(0, count - 1)
            self._bump()

    def set_title_screen(self, shown: bool) -> None:
        """Show the session's title screen, or the item again."""
        self._title_screen = shown
        self._bump()

    def set_timer_style(self, style: TimerStyle | str) -> bool:
        """Large digits, small in a corner, hidden, or a disc; True when that changed it."""
        try:
            chosen = TimerStyle(style)
        except ValueError:
            raise ValueError(f"unknown timer style {style!r}") from None
        if chosen == self._timer_style:
            return False
        self._timer_style = chosen
        return True

    def set_theme(self, name: ThemeName | str) -> bool:
        """Dark, light or high contrast; True when that changed it."""
        try:
            chosen = ThemeName(name)
        except ValueError:
            raise ValueError(f"unknown theme {name!r}") from None
        if chosen == self._theme_name:
            return False
        self._theme_name = chosen
        return True

    @property
    def text_size(self) -> int:
        """The projector's body text is at least 1/``text_size`` of the screen's height."""
        return self._text_size

    def set_defaults(self, style: TimerStyle | str, theme: ThemeName | str) -> None:
        """The trainer's timer style and theme, for the runs whose agenda chooses none."""
        self._default_style = TimerStyle(style)
        self._default_theme = ThemeName(theme)

    def set_text_size(self, size: int) -> bool:
        """The readable floor as 1/``size`` of the screen (30 or less); True when it changed."""
        if not 1 <= size <= 30:
            raise ValueError(f"the text would be smaller than 1/30 of the screen: 1/{size}")
        if size == self._text_size:
            return False
        self._text_size = size
        return self._bump()

    def set_flash(self, flash: bool) -> None:
        """Flash the projector at the end of a step, or not."""
        self._flash_at_end = flash
