"""Anything on the projector at once: the trainer's input, the slides, the live texts, the
state beside the room screens, and the journal's record of it (pure)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import SECOND
from facilitator.engine.events import (
    BreakShown,
    ClockShown,
    QuestionShown,
    SectionShown,
    ShownEnded,
    ShownPageChanged,
)
from facilitator.engine.journal import Journal, read_log
from facilitator.paths import bundled_agendas
from facilitator.projection.replay import shown_in
from facilitator.projection.screens import RoomScreen
from facilitator.projection.shown import (
    QUESTION_LIMIT,
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

TEN = datetime(2026, 11, 28, 10, 0, 0)


def _agenda(name: str) -> Agenda:
    return load_agenda(next(p for p in bundled_agendas() if p.name.startswith(name)))


@pytest.fixture(scope="module")
def nl() -> Agenda:
    return _agenda("sessie-1")


@pytest.fixture(scope="module")
def en() -> Agenda:
    return _agenda("session-1")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("10:45", time(10, 45)), ("9.05", time(9, 5)), ("10u30", time(10, 30)), (" 14 ", time(14))],
)
def test_a_time_of_day_as_trainers_type_it(typed: str, expected: time) -> None:
    assert parse_time_of_day(typed) == expected


@pytest.mark.parametrize("typed", ["", "kwart over", "25:00", "10:75", "10:4"])
def test_what_is_no_time_of_day_is_refused_in_a_sentence(typed: str) -> None:
    with pytest.raises(ShownError, match="is not a time of day: type it as 10:45"):
        parse_time_of_day(typed)


def test_a_break_ends_later_today_or_after_midnight_but_never_in_the_past() -> None:
    assert break_end(time(10, 45), TEN) == datetime(2026, 11, 28, 10, 45)
    late = datetime(2026, 11, 28, 23, 50)
    assert break_end(time(0, 10), late) == datetime(2026, 11, 29, 0, 10)
    with pytest.raises(ShownError, match="09:55 has passed \\(it is 10:00 now\\)"):
        break_end(time(9, 55), TEN)


def test_the_break_screen_counts_down_in_whole_seconds_then_says_it_is_over() -> None:
    shown = Shown(ShownKind.BREAK, until=datetime(2026, 11, 28, 10, 15))
    assert live_text(shown, TEN, "nl") == "15:00"
    just_after = TEN + timedelta(milliseconds=300)
    assert live_text(shown, just_after, "nl") == "15:00"  # rounded up, like the step's
    assert next_live_change(shown, just_after) == timedelta(milliseconds=700)
    assert live_text(shown, TEN + timedelta(seconds=1), "nl") == "14:59"
    over = TEN + timedelta(minutes=15)
    assert live_text(shown, over, "nl") == "De pauze is voorbij"
    assert live_text(shown, over, "en") == "The break is over"
    assert next_live_change(shown, over) is None


def test_the_clock_shows_the_time_and_changes_at_the_minute() -> None:
    shown = Shown(ShownKind.CLOCK)
    wall = datetime(2026, 11, 28, 10, 47, 20, 500_000)
    assert live_text(shown, wall, "nl") == "10:47"
    assert next_live_change(shown, wall) == timedelta(seconds=39, microseconds=500_000)


def test_a_question_is_plain_text_trimmed_and_within_its_limit(nl: Agenda) -> None:
    assert clean_question("  Wat *zie* jij?\r\n\r\n\r\n<b>Waarom</b>  ") == (
        "Wat *zie* jij?\n\n<b>Waarom</b>"
    )
    with pytest.raises(ShownError, match="Type the question"):
        clean_question(" \n\t ")
    with pytest.raises(ShownError, match=f"at most {QUESTION_LIMIT} characters"):
        clean_question("x" * (QUESTION_LIMIT + 1))
    slide = shown_slide(nl, Shown(ShownKind.QUESTION, text="Wat *zie* jij?\n<b>Waarom</b>"))
    assert slide.kind == "question"
    # Escaped for Markdown: the stars and the tag reach the room as typed.
    assert slide.body == "Wat \\*zie\\* jij?\\\n\\<b\\>Waarom\\</b\\>"


def test_a_section_is_shown_without_the_trainers_parts_unless_asked(nl: Agenda) -> None:
    # Session 1 does not project the call to action itself, but can put it on.
    assert all(
        getattr(item, "section", None) != "oproep-tot-actie"
        for step in nl.steps
        for item in step.project
    )
    room = shown_slide(nl, Shown(ShownKind.SECTION, ref="oproep-tot-actie"))
    asked = shown_slide(nl, Shown(ShownKind.SECTION, ref="oproep-tot-actie", trainer_parts=True))
    assert room.title == "Oproep tot actie" and room.language == "nl"
    assert "Gebruiksaanwijzing" not in room.body + room.closing
    assert "Gebruiksaanwijzing" in asked.body
    with pytest.raises(ShownError, match="no reference text “nergens”"):
        shown_slide(nl, Shown(ShownKind.SECTION, ref="nergens"))


def test_a_checklist_and_the_break_in_the_sessions_language(nl: Agenda, en: Agenda) -> None:
    checklist = nl.checklists[0]
    slide = shown_slide(nl, Shown(ShownKind.CHECKLIST, ref=checklist.id))
    assert slide.title == checklist.title and slide.body.count("\n- ") == len(checklist.items) - 1
    until = datetime(2026, 11, 28, 10, 45)
    assert shown_slide(nl, Shown(ShownKind.BREAK, until=until)).title == "Pauze tot 10:45"
    assert shown_slide(en, Shown(ShownKind.BREAK, until=until)).title == "Break until 10:45"


def test_one_thing_in_front_of_the_item_a_room_screen_or_what_was_put_on() -> None:
    state = ProjectionState()
    state.set_room_screen(RoomScreen.GROUPS)
    state.set_title_screen(True)
    question = Shown(ShownKind.QUESTION, text="Wat nu?")
    assert state.show(question)
    assert state.room_screen is None and not state.title_screen  # the room sees it now
    assert not state.show(question)  # no change, no new picture
    assert state.set_shown_page(1) and state.shown_page == 1
    state.set_room_screen(RoomScreen.DEAL)
    assert state.shown is None and state.shown_page == 0


def test_a_new_step_takes_a_question_off_but_not_the_break_or_the_clock() -> None:
    state = ProjectionState()
    state.show(Shown(ShownKind.SECTION, ref="x"))
    state.follow((0, 1))  # another item of the same step: it stays
    assert state.shown is not None
    state.follow((1, 0))
    assert state.shown is None
    state.show(Shown(ShownKind.BREAK, until=TEN))
    state.follow((2, 0))
    assert state.shown is not None and state.shown.kind is ShownKind.BREAK
    state.reset(None, (0, 0))  # a new run starts with nothing in front
    assert state.shown is None


def test_the_journal_puts_back_what_was_shown_and_its_page(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    journal = Journal(path)
    until = datetime(2026, 11, 28, 10, 45)
    records = [
        SectionShown("casestudy-komm-mach-mint", trainer_parts=True),
        ShownPageChanged(2),
        QuestionShown("Wat neem je mee?"),
        ShownEnded(),
        BreakShown(until.isoformat()),
        ClockShown(),
        SectionShown("oproep-tot-actie"),
        ShownPageChanged(1),
    ]
    results = []
    for t, record in enumerate(records, start=1):
        journal.write(record, t * SECOND, TEN)
        results.append(shown_in(read_log(path)))
    journal.close()
    got = [(r.shown.kind.value if r.shown else None, r.page) for r in results]
    assert got == [
        ("section", 0),
        ("section", 2),
        ("question", 0),
        (None, 0),
        ("break", 0),
        ("clock", 0),
        ("section", 0),
        ("section", 1),
    ]
    assert results[1].shown == Shown(
        ShownKind.SECTION, ref="casestudy-komm-mach-mint", trainer_parts=True
    )
    assert results[4].shown == Shown(ShownKind.BREAK, until=until)


def test_a_damaged_break_end_is_said_and_shows_nothing(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    journal = Journal(path)
    journal.write(BreakShown("kwart over tien"), SECOND, TEN)
    journal.close()
    follower = shown_in(read_log(path))
    assert follower.shown is None
    assert follower.warnings == [
        "Line 1 of the session log: the break's end “kwart over tien” is not a time; "
        "the break screen is not shown again."
    ]
