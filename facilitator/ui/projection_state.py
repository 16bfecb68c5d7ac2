"""What the controller keeps about the projector next to the run.

Pages are a view matter: how many an item needs depends on the projector's
size, theme and timer style, so the engine counts items and
:class:`ProjectionState` keeps the page within the current item, counted by
the page counter the projector window installs. It also holds the rest of
what the room sees besides the run: blank, freeze, title screen, trainer
name, and the look (timer style, theme, flash at the end of a step).
Plain Python: the controller owns one, emits the signals and writes the journal.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.agenda.model import ProjectorOptions
from facilitator.agenda.slides import Slide
from facilitator.ui.projector.projection import THEME_NAMES, TIMER_STYLES, Projection


def one_page(_slide: Slide) -> int:
    """The page counter until the projector installs its own: every slide fits one page."""
    return 1


class ProjectionState:
    """The projector's page, freeze, title screen, blank, trainer name and look."""

    def __init__(self) -> None:
        self.blank = False
        self.trainer_name = ""
        self.page_counter: Callable[[Slide], int] = one_page
        self.page = 0
        self.page_item = (0, 0)  # (step, item) the page belongs to
        self.frozen: Projection | None = None
        self.title_screen = False
        self.timer_style = "digits"
        self.theme_name = "dark"
        self.flash_at_end = False

    def reset(self, options: ProjectorOptions | None, item: tuple[int, int]) -> None:
        """A new run: page 1 of ``item`` (step, item), live, with the session's look.

        Blank, the trainer name and the page counter stay: they belong to the
        room and the projector window, not to the run.
        """
        self.page = 0
        self.page_item = item
        self.frozen = None
        self.title_screen = False
        self.timer_style = options.timer if options else "digits"
        self.theme_name = options.theme if options else "dark"
        self.flash_at_end = options.flash if options else False

    def key(self) -> tuple[object, ...]:
        """What, besides step, item and blank, changes the projected picture."""
        return (self.page, self.frozen, self.title_screen, self.trainer_name)

    def follow(self, item: tuple[int, int]) -> None:
        """The run is at ``item`` (step, item): a different one starts at its first page."""
        if item != self.page_item:
            self.page_item = item
            self.page = 0

    def page_count(self, slide: Slide | None, live: Callable[[], Slide]) -> int:
        """Pages of ``slide``, or of the live item (``live()``) when None; the title screen is 1."""
        if self.title_screen and slide is None:
            return 1
        return max(1, self.page_counter(slide if slide is not None else live()))

    def clamp_page(self, count: int) -> None:
        """Keep the page within ``count`` pages (the projector's size or look changed)."""
        if self.page > count - 1:
            self.page = count - 1

    def set_page(self, page: int) -> bool:
        """Show ``page`` of the live item; True when that changed it."""
        if page == self.page:
            return False
        self.page = page
        return True

    def set_timer_style(self, style: str) -> bool:
        """Large digits, small in a corner, hidden, or a disc; True when that changed it."""
        if style not in TIMER_STYLES:
            raise ValueError(f"unknown timer style {style!r}")
        if style == self.timer_style:
            return False
        self.timer_style = style
        return True

    def set_theme(self, name: str) -> bool:
        """Dark, light or high contrast; True when that changed it."""
        if name not in THEME_NAMES:
            raise ValueError(f"unknown theme {name!r}")
        if name == self.theme_name:
            return False
        self.theme_name = name
        return True
