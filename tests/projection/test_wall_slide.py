"""The wall's screens, pure: which notes, in which order, as plain text; the report's rows."""

from __future__ import annotations

from facilitator.projection.room import WALL_KIND, WALL_THEMES_KIND, wall_notes, wall_slide
from facilitator.projection.screens import RoomScreen, room_screen
from facilitator.reports.export import neutral
from facilitator.reports.room import wall_rows
from facilitator.room.room import Room
from facilitator.room.wall import Source
from facilitator.room.words import words_for

NL = words_for("nl")


def wall() -> Room:
    room = Room("nl")
    room.add_note("Rolmodellen", 1, step="s4")
    room.add_note("**Taal** <b>vet</b>", 2, step="s4")
    room.add_note("Geheim", 3, step="s4")
    room.add_note("Ik zal luisteren", 4, step="s6")
    room.put_note_on(2, 1, 5)
    room.rename_theme(1, "Zichtbaarheid", 6)
    room.hide_note(3, 7)
    room.set_auto_release(False, 8)
    room.add_note("Wacht nog", 9, step="s4", source=Source.PARTICIPANT)
    return room


def test_the_wall_screens_are_journaled_by_name() -> None:
    assert room_screen("wall") is RoomScreen.WALL
    assert room_screen("wall-themes") is RoomScreen.WALL_THEMES


def test_newest_first_each_note_a_sticky_note_of_the_step() -> None:
    room = wall()
    slide = wall_slide(room.state.wall, "s4", NL, by_theme=False)
    assert slide is not None and slide.kind == WALL_KIND
    assert (slide.title, slide.subtitle) == ("Het bord", "2 notities")
    # Hidden and waiting notes stay off; the newest first; Markdown shows the text as written.
    assert [p.title for p in slide.panels] == ["", ""]
    assert [p.body for p in slide.panels] == ["\\*\\*Taal\\*\\* \\<b\\>vet\\</b\\>", "Rolmodellen"]


def test_by_theme_a_panel_per_theme_then_the_others() -> None:
    room = wall()
    room.add_note("Los punt", 10, step="s4")
    slide = wall_slide(room.state.wall, "s4", NL, by_theme=True)
    assert slide is not None and slide.kind == WALL_THEMES_KIND
    assert [p.title for p in slide.panels] == ["Zichtbaarheid", "Overige"]
    assert slide.panels[0].body.startswith("- Rolmodellen\n- ")
    assert slide.panels[1].body == "- Los punt"


def test_a_step_without_notes_shows_the_whole_wall_and_an_empty_wall_nothing() -> None:
    room = wall()
    assert [n.text for n in wall_notes(room.state.wall, "s6")] == ["Ik zal luisteren"]
    assert len(wall_notes(room.state.wall, "s7")) == 3
    assert len(wall_notes(room.state.wall, None)) == 3
    one = Room("nl")
    assert wall_slide(one.state.wall, "s1", NL, by_theme=False) is None
    one.add_note("Eén", 1, step="s1")
    slide = wall_slide(one.state.wall, "s1", NL, by_theme=False)
    assert slide is not None and slide.subtitle == "1 notitie"


def test_the_report_lists_every_note_by_theme_with_where_it_stood() -> None:
    rows = wall_rows(wall().state.wall, {"s4": "Stap 4", "s6": "Stap 6"})
    assert [(r.theme, r.text, r.status) for r in rows] == [
        ("Zichtbaarheid", "Rolmodellen", "on the wall"),
        ("Zichtbaarheid", "**Taal** <b>vet</b>", "on the wall"),
        ("", "Geheim", "hidden"),
        ("", "Ik zal luisteren", "on the wall"),
        ("", "Wacht nog", "not released"),
    ]
    assert (rows[0].step_title, rows[-1].source, rows[0].kind) == ("Stap 4", "participant", "note")


def test_a_csv_cell_that_looks_like_a_formula_stays_text() -> None:
    for bad in ("=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert neutral(bad) == "'" + bad
    assert neutral("Ik zal") == "Ik zal" and neutral(3) == 3 and neutral("") == ""
