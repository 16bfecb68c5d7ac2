"""The room's screens, pure: what each shows, when a screen comes off, the turn's clock."""

from __future__ import annotations

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.projection.projection import TurnMark
from facilitator.projection.room import dealt_slide, groups_slide, turn_clock, turn_picture
from facilitator.projection.screens import RoomScreen, room_screen
from facilitator.projection.state import ProjectionState
from facilitator.room.room import Room
from facilitator.room.turns import SECOND
from facilitator.room.words import words_for

NL = words_for("nl")


def shown(text: str) -> str:
    """A text as the room reads it (no-break spaces are spaces)."""
    return text.replace("\u00a0", " ")


EN = words_for("en")
MIN = 60 * SECOND


def grouped(people: int | str = "Anna\nBo\nChris\nDirk\nEva\nFatima", **kw: object) -> Room:
    room = Room("nl")
    room.set_people(people, 1)
    room.make_groups("stap", 2, size=kw.get("size", GroupSize(3, 5)), seed=1)  # type: ignore[arg-type]
    return room


def test_in_a_grid_of_four_columns_a_label_may_break_after_the_group() -> None:
    room = grouped(26, size=PAIRS)
    slide = groups_slide(room.state, NL)
    assert slide is not None and len(slide.panels) == 13
    assert shown(slide.panels[0].title) == "Groep 1 · 2 personen"
    assert slide.panels[0].title.count(" ") == 1  # the one place it may break: after "·"


def test_no_groups_no_screens() -> None:
    room = Room("nl")
    assert groups_slide(room.state, NL) is None
    assert dealt_slide(room.state, NL) is None
    assert turn_picture(room.state, "stap", NL) is None


def test_the_groups_grid_names_people_and_escapes_their_names() -> None:
    room = grouped("Anna\n*Bo*\nChris\nDirk\n# Eva\nFatima")
    slide = groups_slide(room.state, NL)
    assert slide is not None and slide.kind == "groups" and slide.title == "Groepen"
    assert [shown(p.title) for p in slide.panels] == [
        "Groep 1 · 3 personen",
        "Groep 2 · 3 personen",
    ]
    assert all(" " not in p.title for p in slide.panels)  # each label stays on one line
    bodies = " ".join(p.body for p in slide.panels)
    assert "\\*Bo\\*" in bodies and "\\# Eva" in bodies  # shown as written, not marked up


def test_counted_people_get_no_names_and_english_sessions_english_words() -> None:
    room = Room("en")
    room.set_people(5, 1)
    room.make_groups("stap", 2, size=PAIRS, seed=1)
    slide = groups_slide(room.state, EN)
    assert slide is not None and slide.title == "Groups"
    assert [shown(p.title) for p in slide.panels] == ["Group 1 · 2 people", "Group 2 · trio"]
    assert all(p.body == "" for p in slide.panels)


def test_everything_dealt_to_every_group_is_said_once() -> None:
    room = grouped()
    titles = {"document-a": "Document A – Fragment", "document-b": "Document B – Functie"}
    room.deal("stap", "hand-out-1", "documents", list(titles), 3, per_group=None, titles=titles,
              handout_title="Hand-out 1")  # fmt: skip
    slide = dealt_slide(room.state, NL)
    assert slide is not None and slide.title == "Hand-out 1"
    assert shown(slide.body) == "Elke groep: Document A + Document B"
    assert shown(slide.panels[0].title).startswith("Groep 1 ·")


def test_the_turn_picture_before_during_and_after_the_turns() -> None:
    room = grouped()
    room.plan_turns("stap", 3, each=2 * MIN)
    picture = turn_picture(room.state, "stap", NL)
    assert picture is not None and picture.mark == TurnMark("stap", 0)
    assert picture.slide.title == "Groep 1"
    assert picture.slide.subtitle == "Straks aan de beurt · Beurt 1 van 2"
    assert picture.slide.closing == "Daarna: Groep 2"
    room.start_turn("stap", 10)
    picture = turn_picture(room.state, "stap", NL)
    assert picture is not None and picture.slide.subtitle == "Aan de beurt · Beurt 1 van 2"
    room.start_turn("stap", 20)  # group 2, the last
    picture = turn_picture(room.state, "stap", NL)
    assert picture is not None and picture.slide.closing == ""
    room.end_turn("stap", 30)
    picture = turn_picture(room.state, "stap", NL)
    assert picture is not None and picture.mark is None
    assert picture.slide.title == "Alle groepen zijn aan de beurt geweest"


def test_the_turn_clock_counts_down_then_up_and_says_so_in_words() -> None:
    room = grouped()
    room.plan_turns("stap", 3, each=2 * MIN)
    mark = TurnMark("stap", 0)
    waiting = turn_clock(room.state, mark, 5, NL)
    assert waiting is not None and (waiting.text, waiting.caption) == ("2:00", "spreektijd")
    room.start_turn("stap", 0)
    at = turn_clock(room.state, mark, 48 * SECOND + 1, NL)
    assert at is not None and (at.text, at.caption, at.over) == ("1:12", "nog", False)
    up = turn_clock(room.state, mark, 2 * MIN, NL)
    assert up is not None and (up.text, up.caption, up.over) == ("0:00", "uitloop", True)
    over = turn_clock(room.state, mark, 2 * MIN + 35 * SECOND, NL)
    assert over is not None and (over.text, over.over) == ("+0:35", True)
    room.pause_turns("stap", 3 * MIN)
    paused = turn_clock(room.state, mark, 4 * MIN, NL)
    assert paused is not None and paused.caption == "gepauzeerd" and not paused.running
    assert turn_clock(room.state, TurnMark("stap", 9), 0, NL) is None


def test_a_room_screen_comes_off_with_a_new_step_not_a_new_item() -> None:
    state = ProjectionState()
    state.reset(None, (2, 0))
    assert state.set_room_screen(RoomScreen.GROUPS)
    assert not state.set_room_screen(RoomScreen.GROUPS)  # no change
    state.set_room_page(1)
    assert state.set_room_screen(RoomScreen.DEAL) and state.room_page == 0
    assert not state.follow((2, 1))  # another item of the same step: it stays
    assert state.room_screen is RoomScreen.DEAL
    assert state.follow((3, 0))  # a new step takes it off
    assert state.room_screen is None
    state.set_room_screen(RoomScreen.TURN)
    state.reset(None, (0, 0))
    assert state.room_screen is None


def test_a_journal_names_a_screen_or_none() -> None:
    assert room_screen("turn") is RoomScreen.TURN
    assert room_screen("") is None and room_screen("confetti") is None
