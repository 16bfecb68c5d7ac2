"""The console's wall panel, pure: what it lists and how a paste becomes notes."""

from __future__ import annotations

from facilitator.console.keys import TYPING_PAUSE, KeyRoute, route_key
from facilitator.console.wall import paste_notes, wall_panel
from facilitator.room.room import Room
from facilitator.room.wall import Source

STEPS = {"s4": "Stap 4 · Bespreken", "s6": "Stap 6 · Afsluiten"}


def test_a_paste_is_one_note_per_line_without_list_markers() -> None:
    assert paste_notes("Rolmodellen") == ["Rolmodellen"]
    assert paste_notes("  \n \r\n") == []
    pasted = "- Rolmodellen\r\n* Taal\n\n• Ouders\n1. Mentoren\n2) Netwerk\n-5 graden"
    assert paste_notes(pasted) == [
        "Rolmodellen",
        "Taal",
        "Ouders",
        "Mentoren",
        "Netwerk",
        "-5 graden",
    ]


def test_the_panel_lists_themes_then_loose_notes_newest_first_and_waiting_apart() -> None:
    room = Room("nl")
    a = room.add_note("Rolmodellen", 1, step="s4").id
    b = room.add_note("Taal", 2, step="s4").id
    c = room.add_note("Ik zal luisteren", 3, step="s6").id
    room.put_note_on(b, a, 4)
    room.hide_note(c, 5)
    room.set_auto_release(False, 6)
    room.add_note("=1+1", 7, step="s6", source=Source.PARTICIPANT)
    d = room.add_note("Later", 8, step="").id
    view = wall_panel(room.state.wall, STEPS, "Overige")
    assert [(t.id, t.name, [n.text for n in t.notes]) for t in view.themes] == [
        (1, "Thema 1", ["Rolmodellen", "Taal"]),
        (None, "Overige", ["Later", "Ik zal luisteren"]),
    ]
    later, hidden = view.themes[1].notes
    assert (later.id, later.step, later.step_number) == (d, "before the session", "")
    assert (hidden.step, hidden.flags, hidden.hidden) == ("Stap 6 · Afsluiten", "hidden", True)
    assert hidden.step_number == "2"  # the second step of STEPS
    (waiting,) = view.pending
    assert (waiting.text, waiting.flags, waiting.pending) == (
        "=1+1",
        "waiting · from a phone",
        True,
    )
    assert view.summary == "4 notes on the wall, 1 theme; 3 the room sees."
    assert view.pending_line == "1 note waits for you to release it."
    assert not view.auto_release and view.auto_line.startswith("Notes from phones wait")
    assert view.note(waiting.id) == waiting and view.note(99) is None


def test_a_writing_field_keeps_command_letters_however_quiet() -> None:
    quiet = TYPING_PAUSE * 5
    assert route_key("N", is_command=True, quiet=quiet) is KeyRoute.COMMAND  # a search
    assert route_key("N", is_command=True, quiet=quiet, writing=True) is KeyRoute.TYPE
    assert route_key("B", is_command=True, quiet=None, writing=True) is KeyRoute.TYPE
    assert route_key("Return", is_command=False, quiet=None, writing=True) is KeyRoute.TYPE
    assert route_key("Esc", is_command=True, quiet=None, writing=True) is KeyRoute.LEAVE
    assert route_key("PgDown", is_command=True, quiet=0, writing=True) is KeyRoute.COMMAND
