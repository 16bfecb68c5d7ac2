"""The trainer's rules for phones' notes: moderation by default, posting per step, names
only when asked; all kept in the run's journal and replayed after a crash (pure)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from facilitator.engine.events import Event, decode_all, encode
from facilitator.participants.words import phone_words
from facilitator.reports.room import wall_rows
from facilitator.room.replay import replay_room
from facilitator.room.room import Room
from facilitator.room.wall import Source, Status, Wall, pending_notes

from .fakes import ROOM, FakePort, get, make_site, post

WALL = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


class Lines:
    """A recorder keeping journal lines in memory, through JSON as the journal would."""

    def __init__(self) -> None:
        self.lines: list[dict[str, Any]] = []

    def __call__(self, record: Event, now: int) -> None:
        self.lines.append(json.loads(json.dumps(encode(record, now, WALL))))


def form(**fields: str) -> str:
    import urllib.parse

    return urllib.parse.urlencode(fields)


# --- moderation --------------------------------------------------------------------------


def test_moderation_is_the_default_a_phones_note_waits_for_release() -> None:
    assert Wall().auto_release is False
    room = Room("nl")
    phone = room.add_note("Van een telefoon", 1, source=Source.PARTICIPANT, client_id="p-1")
    mine = room.add_note("Van de trainer", 2)
    assert phone.status is Status.PENDING and mine.status is Status.RELEASED
    assert pending_notes(room.state.wall) == [phone]


def test_auto_release_is_a_switch_kept_in_the_journal() -> None:
    lines = Lines()
    room = Room("nl", record=lines)
    room.set_auto_release(True, 1)
    note = room.add_note("meteen", 2, source=Source.PARTICIPANT, client_id="p-2")
    assert note.status is Status.RELEASED
    assert lines.lines[0]["event"] == "room_auto_release_set"
    replayed = replay_room(decode_all(lines.lines))
    assert replayed.state.wall.auto_release is True and replayed.state == room.state


# --- posting per step ----------------------------------------------------------------------


def test_posting_closed_in_a_step_is_journaled_and_replayed() -> None:
    lines = Lines()
    room = Room("nl", record=lines)
    room.set_posting("delen", False, 1)
    room.set_posting("delen", False, 2)  # already closed: nothing recorded
    room.set_posting("afsluiting", False, 3)
    room.set_posting("afsluiting", True, 4)
    assert [line["event"] for line in lines.lines] == ["room_posting_set"] * 3
    assert lines.lines[0]["step"] == "delen" and lines.lines[0]["open"] is False
    wall = room.state.wall
    assert wall.closed_steps == {"delen"}
    assert not wall.posting_open("delen") and wall.posting_open("afsluiting")
    # After a crash the room rebuilt from the journal has the same steps closed.
    assert replay_room(decode_all(lines.lines)).state.wall.closed_steps == {"delen"}


def test_the_phone_page_says_posting_is_closed_in_the_sessions_language() -> None:
    site, port = make_site()
    port.room.set_posting(port.run.step.id, False, 0)
    page = site.respond(get(f"/r/{ROOM}/")).body.decode()
    closed = phone_words("nl").closed
    assert "De trainer heeft" in closed
    assert f'<p id="closed">{closed}</p>' in page
    assert 'id="note-form" hidden' in page
    refused = site.respond(post(f"/r/{ROOM}/note", form(id="c1", text="toch", kind="note")))
    assert refused.status == 409 and closed in refused.body.decode()
    assert port.room.state.wall.notes == ()
    port.room.set_posting(port.run.step.id, True, 1)
    page = site.respond(get(f"/r/{ROOM}/")).body.decode()
    assert '<p id="closed" hidden>' in page and 'id="note-form" hidden' not in page


# --- names only when asked -------------------------------------------------------------------


def test_a_name_sent_while_names_are_not_asked_for_is_dropped() -> None:
    room = Room("nl")
    note = room.add_note("Ik zal luisteren", 1, source=Source.PARTICIPANT, name="Anna")
    assert note.name == "" and note.signed == "Ik zal luisteren"
    room.ask_names(True, 2)
    named = room.add_note("Ik zal vragen", 3, source=Source.PARTICIPANT, name="  Bo \n")
    assert named.name == "Bo" and named.signed == "Ik zal vragen\n— Bo"
    # The trainer's own notes never carry a phone's name.
    assert room.add_note("Van mij", 4, name="Anna").name == ""


def test_names_asked_for_are_journaled_and_replayed() -> None:
    lines = Lines()
    room = Room("nl", record=lines)
    room.ask_names(True, 1)
    room.add_note("met naam", 2, source=Source.PARTICIPANT, client_id="n-1", name="Anna")
    room.ask_names(False, 3)
    room.add_note("zonder", 4, source=Source.PARTICIPANT, client_id="n-2", name="Bo")
    events = [line["event"] for line in lines.lines]
    assert events == [
        "room_names_asked",
        "room_note_added",
        "room_names_asked",
        "room_note_added",
    ]
    replayed = replay_room(decode_all(lines.lines)).state
    assert replayed == room.state
    assert [n.name for n in replayed.wall.notes] == ["Anna", ""]


def test_the_form_offers_a_name_field_only_when_names_are_asked_for() -> None:
    site, port = make_site()
    page = site.respond(get(f"/r/{ROOM}/")).body.decode()
    # Anonymous: the field is hidden and disabled (a disabled field is never sent).
    assert '<div id="name-field" hidden>' in page and 'name="name"' in page
    assert 'autocomplete="off" value="" disabled>' in page
    site.respond(post(f"/r/{ROOM}/note", form(id="a1", text="anoniem", kind="note", name="Eva")))
    port.room.ask_names(True, 1)
    page = site.respond(get(f"/r/{ROOM}/")).body.decode()
    assert '<div id="name-field">' in page and "disabled>" not in page
    site.respond(post(f"/r/{ROOM}/note", form(id="a2", text="met naam", kind="note", name="Eva")))
    site.respond(post(f"/r/{ROOM}/note", form(id="a3", text="zonder naam", kind="note")))
    assert [(n.text, n.name) for n in port.room.state.wall.notes] == [
        ("anoniem", ""),
        ("met naam", "Eva"),
        ("zonder naam", ""),
    ]


def test_in_the_report_a_name_appears_only_with_its_note() -> None:
    port = FakePort()
    room = port.room
    room.ask_names(True, 1)
    room.add_note("Ik zal luisteren", 2, step="a", source=Source.PARTICIPANT, name="Anna")
    room.add_note("Ik zal vragen", 3, step="a", source=Source.PARTICIPANT)
    rows = wall_rows(room.state.wall, {"a": "Stap A"})
    assert [r.text for r in rows] == ["Ik zal luisteren\n— Anna", "Ik zal vragen"]
    assert [r for r in rows if "Anna" in r.step_title + r.theme + r.kind + r.source] == []
