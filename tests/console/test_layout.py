"""A saved window layout made usable: on a screen, at a sensible size, no pane collapsed (pure)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.console.layout import Box, default_panes, fit_window

LAPTOP = Box(0, 0, 1366, 740)
PROJECTOR = Box(1366, 0, 1920, 1050)
MINIMUM = (600, 400)
DEFAULT = (1280, 760)


def test_a_window_on_its_screen_is_left_alone() -> None:
    window = Box(40, 30, 1200, 700)
    assert fit_window(window, [LAPTOP, PROJECTOR], MINIMUM, DEFAULT) == window


def test_a_window_off_every_screen_comes_back_centred_on_the_first() -> None:
    fitted = fit_window(Box(50_000, 50_000, 900, 600), [LAPTOP, PROJECTOR], MINIMUM, DEFAULT)
    assert fitted == Box(43, 0, 1280, 740)  # the default size, no taller than the laptop


def test_a_sliver_of_a_window_gets_its_minimum_size() -> None:
    fitted = fit_window(Box(3, 779, 798, 20), [Box(0, 0, 800, 800)], MINIMUM, DEFAULT)
    assert fitted == Box(2, 400, 798, 400)


def test_a_window_larger_than_its_screen_is_cut_to_it() -> None:
    fitted = fit_window(Box(1300, -200, 90_000, 90_000), [LAPTOP, PROJECTOR], MINIMUM, DEFAULT)
    assert fitted == PROJECTOR


@given(
    st.builds(
        Box,
        st.integers(-(10**6), 10**6),
        st.integers(-(10**6), 10**6),
        st.integers(-(10**6), 10**6),
        st.integers(-(10**6), 10**6),
    )
)
def test_any_saved_geometry_ends_wholly_on_a_screen(window: Box) -> None:
    fitted = fit_window(window, [LAPTOP, PROJECTOR], MINIMUM, DEFAULT)
    screen = next(
        s for s in (LAPTOP, PROJECTOR) if s.overlap(fitted) == fitted.width * fitted.height
    )
    assert fitted.width >= min(MINIMUM[0], screen.width)
    assert fitted.height >= min(MINIMUM[1], screen.height)


def test_default_panes_share_the_room_in_proportion() -> None:
    assert default_panes(1000, (1, 1, 1), (10, 10, 10)) == [333, 333, 334]


def test_default_panes_never_go_below_their_minimum() -> None:
    assert default_panes(300, (380, 540, 340), (100, 240, 200)) == [100, 240, 200]
