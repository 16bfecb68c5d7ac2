"""Where a key pressed in a text field goes: typed, or the clicker's command (literal times)."""

from __future__ import annotations

import pytest

from facilitator.console.keys import TYPING_PAUSE, KeyRoute, route_key
from facilitator.engine.clock import SECOND

TYPE, COMMAND, LEAVE = KeyRoute.TYPE, KeyRoute.COMMAND, KeyRoute.LEAVE


@pytest.mark.parametrize("key", ["PgDown", "PgUp", "F5"])
@pytest.mark.parametrize("quiet", [None, 0, 3 * SECOND, TYPING_PAUSE + 1])
def test_page_keys_and_f5_always_run_their_command(key: str, quiet: int | None) -> None:
    assert route_key(key, is_command=True, quiet=quiet) is COMMAND


def test_while_typing_letters_are_text_even_the_commands() -> None:
    for key in ("B", "T", "N", ".", "Space"):
        assert route_key(key, is_command=True, quiet=2 * SECOND) is TYPE
    assert route_key("B", is_command=True, quiet=TYPING_PAUSE) is TYPE


def test_after_a_quiet_spell_a_command_key_is_the_clickers() -> None:
    assert route_key("B", is_command=True, quiet=TYPING_PAUSE + 1) is COMMAND
    assert route_key(".", is_command=True, quiet=60 * SECOND) is COMMAND
    # Given back the keyboard by a dialog or the window: not typing.
    assert route_key("B", is_command=True, quiet=None) is COMMAND


def test_a_letter_no_command_has_is_always_typed() -> None:
    assert route_key("Q", is_command=False, quiet=None) is TYPE
    assert route_key("Q", is_command=False, quiet=60 * SECOND) is TYPE


def test_escape_leaves_a_search_being_typed_and_pauses_only_after_quiet() -> None:
    assert route_key("Esc", is_command=True, quiet=SECOND) is LEAVE
    assert route_key("Esc", is_command=True, quiet=TYPING_PAUSE + 1) is COMMAND
    assert route_key("Esc", is_command=True, quiet=None) is COMMAND


def test_enter_leaves_the_field() -> None:
    for quiet in (None, SECOND, 60 * SECOND):
        assert route_key("Return", is_command=False, quiet=quiet) is LEAVE
        assert route_key("Enter", is_command=False, quiet=quiet) is LEAVE
