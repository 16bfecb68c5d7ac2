"""The wall: notes in plain text, themes, hiding, moderation, a phone's retry."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.room.feedback import summarise
from facilitator.room.notices import RoomError
from facilitator.room.room import Room
from facilitator.room.wall import (
    NOTE_LIMIT,
    Kind,
    Source,
    Status,
    clean_note,
    grouped,
    newest_first,
    pending_notes,
    shown_notes,
)


def test_a_note_is_plain_text_trimmed_and_bounded() -> None:
    assert (
        clean_note("  Ik zal\tdelen \x00\r\n\r\n\r\n  met mijn team  ")
        == "Ik zal delen\n\nmet mijn team"
    )
    assert clean_note("<script>alert(1)</script>") == "<script>alert(1)</script>"  # kept as text
    with pytest.raises(RoomError, match="A note needs some text"):
        clean_note(" \n\x01 ")
    with pytest.raises(RoomError) as caught:
        clean_note("x" * (NOTE_LIMIT + 1))
    assert str(caught.value) == (
        "A note has at most 500 characters; this one has 501. Shorten it, or split it into "
        "two notes."
    )


def test_notes_belong_to_their_step_and_show_newest_first() -> None:
    room = Room("nl")
    a = room.add_note("Veilige ruimte", 10, step="ijsbreker")
    b = room.add_note("Ik zal luisteren", 20, step="afsluiting", kind=Kind.COMMITMENT)
    c = room.add_note("Rolmodellen", 30, step="ijsbreker", kind=Kind.INSIGHT)
    assert [n.id for n in newest_first(shown_notes(room.state.wall))] == [c.id, b.id, a.id]
    assert [n.id for n in shown_notes(room.state.wall, "ijsbreker")] == [a.id, c.id]
    assert (b.kind, b.source, b.step, b.at) == (Kind.COMMITMENT, Source.TRAINER, "afsluiting", 20)
    late = room.add_note("Toch eerder geschreven", 5)  # a note's own instant orders it
    assert newest_first(shown_notes(room.state.wall))[-1] == late


def test_edit_hide_and_remove() -> None:
    room = Room("nl")
    note = room.add_note("Eerste", 0)
    room.edit_note(note.id, "Eerste, beter", 1)
    room.hide_note(note.id, 2)
    edited = room.state.wall.note(note.id)
    assert edited is not None and edited.text == "Eerste, beter" and edited.edited
    assert shown_notes(room.state.wall) == []  # hidden: off the projector, still on the wall
    room.hide_note(note.id, 3, hidden=False)
    assert shown_notes(room.state.wall) == [room.state.wall.note(note.id)]
    room.remove_note(note.id, 4)
    assert room.state.wall.notes == ()
    with pytest.raises(RoomError, match="That note is not on the wall"):
        room.edit_note(note.id, "weg", 5)


def test_a_note_onto_a_note_makes_a_theme_onto_a_theme_joins_it() -> None:
    room = Room("nl")
    a, b, c, d = (room.add_note(t, i) for i, t in enumerate("abcd"))
    theme = room.put_note_on(b.id, a.id, 10)
    assert room.state.wall.theme(theme).name == "Thema 1"  # type: ignore[union-attr]
    assert room.put_note_on(c.id, b.id, 11) == theme  # onto a note in the theme: joins it
    room.rename_theme(theme, "  Taal \n en beeld ", 12)
    wall = room.state.wall
    assert wall.theme(theme).name == "Taal en beeld"  # type: ignore[union-attr]
    view = grouped(wall, shown_notes(wall))
    assert [(g.theme.name if g.theme else None, [n.id for n in g.notes]) for g in view] == [
        ("Taal en beeld", [a.id, b.id, c.id]),
        (None, [d.id]),
    ]
    room.put_note_in(a.id, None, 13)
    room.put_note_in(b.id, None, 14)
    room.put_note_in(c.id, None, 15)
    assert room.state.wall.themes == ()  # an empty theme goes
    with pytest.raises(RoomError, match="cannot be put onto itself"):
        room.put_note_on(a.id, a.id, 16)


def test_a_theme_whose_last_note_is_removed_goes() -> None:
    room = Room("nl")
    a, b, c = room.add_note("a", 0), room.add_note("b", 1), room.add_note("c", 2)
    theme = room.put_note_on(b.id, a.id, 3)
    room.remove_note(a.id, 4)
    assert [t.id for t in room.state.wall.themes] == [theme]
    room.remove_note(b.id, 5)
    assert room.state.wall.themes == ()
    assert [n.id for n in room.state.wall.notes] == [c.id]


def test_dissolving_a_theme_loses_no_note() -> None:
    room = Room("en")
    a, b = room.add_note("a", 0), room.add_note("b", 1)
    theme = room.put_note_on(a.id, b.id, 2)
    assert room.state.wall.theme(theme).name == "Theme 1"  # type: ignore[union-attr]
    room.dissolve_theme(theme, 3)
    assert [n.theme for n in room.state.wall.notes] == [None, None]
    with pytest.raises(RoomError, match="That theme does not exist"):
        room.rename_theme(theme, "x", 4)


def test_participants_notes_wait_for_release_when_moderated() -> None:
    room = Room("nl")
    room.set_auto_release(False, 0)
    waiting = room.add_note("Van een telefoon", 1, source=Source.PARTICIPANT, client_id="p1-0001")
    mine = room.add_note("Van de trainer", 2)
    assert waiting.status is Status.PENDING and mine.status is Status.RELEASED
    assert pending_notes(room.state.wall) == [waiting]
    assert shown_notes(room.state.wall) == [mine]
    room.release_note(waiting.id, 3)
    assert pending_notes(room.state.wall) == []
    other = room.add_note("Nog een", 4, source=Source.PARTICIPANT)
    room.set_auto_release(True, 5)  # what waited goes on the wall with the switch
    assert room.state.wall.note(other.id).status is Status.RELEASED  # type: ignore[union-attr]


def test_a_phones_retry_is_not_a_second_note() -> None:
    room = Room("nl")
    first = room.add_note("Ik zal...", 1, source=Source.PARTICIPANT, client_id="abc-1")
    again = room.add_note("Ik zal...", 9, source=Source.PARTICIPANT, client_id="abc-1")
    assert again == first and len(room.state.wall.notes) == 1
    with pytest.raises(RoomError, match="A note's id from a phone"):
        room.add_note("x", 1, client_id="<script>")


def test_quick_feedback_per_run() -> None:
    room = Room("nl")
    room.give_feedback(4, 1, text="Goed gesprek", client_id="f1")
    room.give_feedback(4, 2, client_id="f1")  # the retry
    room.give_feedback(2, 3)
    room.give_feedback(5, 4, text=" Meer tijd voor scènes ")
    summary = summarise(room.state.feedback)
    assert (summary.count, summary.mean) == (3, 11 / 3)
    assert summary.scores == ((1, 0), (2, 1), (3, 0), (4, 1), (5, 1))
    assert summary.sentences == ("Goed gesprek", "Meer tijd voor scènes")
    with pytest.raises(RoomError, match="A score is a whole number from 1 to 5"):
        room.give_feedback(6, 5)
    with pytest.raises(RoomError, match="A scale runs from 1 to 2 up to 1 to 10"):
        room.give_feedback(1, 5, scale=11)


OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "hide", "show", "remove", "onto", "in", "out", "rename"]),
        st.integers(0, 50),
        st.integers(0, 50),
    ),
    max_size=40,
)


@settings(max_examples=80, deadline=None)
@given(OPS)
def test_wall_operations_keep_ids_unique_and_lose_nothing(ops: list[tuple[str, int, int]]) -> None:
    room = Room("nl")
    alive: set[int] = set()
    texts: dict[int, str] = {}
    for at, (op, x, y) in enumerate(ops):
        ids = sorted(n.id for n in room.state.wall.notes)
        themes = [t.id for t in room.state.wall.themes]
        pick = ids[x % len(ids)] if ids else None
        other = ids[y % len(ids)] if ids else None
        try:
            if op == "add" or pick is None:
                note = room.add_note(f"notitie {at}", at)
                alive.add(note.id)
                texts[note.id] = note.text
            elif op == "edit":
                room.edit_note(pick, f"bewerkt {at}", at)
                texts[pick] = f"bewerkt {at}"
            elif op == "hide":
                room.hide_note(pick, at)
            elif op == "show":
                room.hide_note(pick, at, hidden=False)
            elif op == "remove":
                room.remove_note(pick, at)
                alive.discard(pick)
            elif op == "onto" and other is not None:
                room.put_note_on(pick, other, at)
            elif op == "in" and themes:
                room.put_note_in(pick, themes[y % len(themes)], at)
            elif op == "out":
                room.put_note_in(pick, None, at)
            elif op == "rename" and themes:
                room.rename_theme(themes[x % len(themes)], f"Thema {y}", at)
        except RoomError as error:
            assert error.notice.key == "onto_itself"
        wall = room.state.wall
        ids = [n.id for n in wall.notes]
        assert len(ids) == len(set(ids)) and set(ids) == alive
        assert {n.id: n.text for n in wall.notes} == {i: texts[i] for i in alive}
        theme_ids = {t.id for t in wall.themes}
        assert len(theme_ids) == len(wall.themes)
        assert all(n.theme is None or n.theme in theme_ids for n in wall.notes)
        assert all(any(n.theme == t for n in wall.notes) for t in theme_ids)
        view = grouped(wall, wall.notes)
        assert sorted(n.id for g in view for n in g.notes) == sorted(ids)
