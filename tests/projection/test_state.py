"""The projector's state beside the run: every change of the picture bumps its revision."""

from __future__ import annotations

import pytest

from facilitator.agenda.model import ProjectorOptions
from facilitator.projection.look import THEME_NAMES, TIMER_STYLES, ThemeName, TimerStyle, next_in
from facilitator.projection.state import ProjectionState


def test_every_change_of_the_picture_bumps_the_revision_and_no_change_does_not() -> None:
    state = ProjectionState()
    changes = [
        lambda: state.set_blank(True),
        lambda: state.set_trainer_name("Ada"),
        lambda: state.set_page(2),
        lambda: state.follow((1, 0)),  # another item: page 1 again
        lambda: state.set_title_screen(True),
        lambda: state.set_frozen(None),
        lambda: state.reset(None, (0, 0)),
    ]
    for change in changes:
        before = state.revision
        change()
        assert state.revision == before + 1
    assert state.blank  # a new run keeps the room black
    before = state.revision
    assert not state.set_blank(True)
    assert not state.set_page(0)
    state.follow((0, 0))
    assert state.revision == before


def test_the_look_is_not_the_picture_and_comes_from_the_session() -> None:
    state = ProjectionState()
    before = state.revision
    assert state.set_timer_style("disc")
    assert state.set_theme(ThemeName.LIGHT)
    state.set_flash(True)
    assert state.revision == before
    assert (state.timer_style, state.theme_name, state.flash_at_end) == ("disc", "light", True)
    state.reset(ProjectorOptions(timer="corner", theme="high-contrast", flash=False), (0, 0))
    assert state.timer_style is TimerStyle.CORNER
    assert state.theme_name is ThemeName.HIGH_CONTRAST
    with pytest.raises(ValueError, match="unknown timer style"):
        state.set_timer_style("sundial")
    with pytest.raises(ValueError, match="unknown theme"):
        state.set_theme("neon")


def test_going_back_to_an_item_shows_the_page_asked_for() -> None:
    state = ProjectionState()
    state.follow((3, 1))
    assert state.enter_item((3, 0), 3)
    assert state.page == 3
    state.follow((3, 0))  # the same item: the page stays
    assert state.page == 3


def test_cycling_the_look_wraps_round() -> None:
    assert next_in(TIMER_STYLES, TimerStyle.DISC) is TimerStyle.DIGITS
    assert next_in(THEME_NAMES, ThemeName.DARK) is ThemeName.LIGHT
