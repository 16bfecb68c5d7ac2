"""Rooms and recorded runs for the printout tests: session 2 as a trainer runs it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.engine.journal import Journal
from facilitator.engine.session import SessionRun
from facilitator.paths import bundled_agendas, default_agenda
from facilitator.room.room import Room
from facilitator.room.state import RoomState
from facilitator.room.wall import Kind, Source

# 3 December 2026, 09:00 in Amsterdam.
WALL = datetime(2026, 12, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))
SECOND = 1_000_000_000
NAMES = "Anna\nBo\nChris\nDirk\nEva\nFatima\nGerrit\nHanna\nIlse\nJoost\nKim\nLotte\nMeryem"
CARDS = ["kaart-a", "kaart-b", "kaart-c", "kaart-d"]
SCENARIOS = "groepsactiviteit-scenarios"
SHARING = "delen-en-begeleide-discussie"


def session_1() -> Agenda:
    """STEAM Coach session 1 (Dutch)."""
    return load_agenda(default_agenda())


def session_2() -> Agenda:
    """STEAM Coach session 2 (Dutch)."""
    (path,) = [p for p in bundled_agendas() if p.name.startswith("sessie-2")]
    return load_agenda(path)


def fill_room(room: Room, start: int = 0) -> None:
    """Thirteen people in groups of 3-5 with two cards each, and a wall with two themes,
    a hidden note, one waiting for release and two commitments."""
    t = start

    def now() -> int:
        nonlocal t
        t += SECOND
        return t

    room.set_people(NAMES, now())
    room.make_groups(SCENARIOS, now(), size=GroupSize(3, 5), seed=7)
    room.deal(SCENARIOS, "hand-out-2", "cards", CARDS, now(), per_group=2)
    a = room.add_note("Aannames over wie de zorgtaken thuis heeft", now(), step=SHARING)
    b = room.add_note("Ideeën van vrouwen worden overgenomen door mannen", now(), step=SHARING)
    c = room.add_note("Leeftijd telt mee, ook al zegt niemand het", now(), step=SHARING)
    biases = room.put_note_on(b.id, a.id, now())
    room.rename_theme(biases, "Vooroordelen", now())
    d = room.add_note("Vergaderen met een <b>spreekrondje</b> & een timer", now(), step=SHARING)
    e = room.add_note("Wie zit er aan tafel bij promoties?", now(), step=SHARING)
    structure = room.put_note_on(e.id, d.id, now())
    room.rename_theme(structure, "Structuur", now())
    hidden = room.add_note("Naam van een collega: niet voor op papier", now(), step=SHARING)
    room.hide_note(hidden.id, now())
    room.set_auto_release(False, now())
    room.add_note("Nog niet vrijgegeven", now(), source=Source.PARTICIPANT, client_id="tel-1")
    room.add_note("Ik zal bij elke vacature de tekst laten nalezen.", now(), kind=Kind.COMMITMENT)
    room.add_note("Ik zal iedereen het woord geven.", now(), kind=Kind.COMMITMENT)
    assert c.id  # the note in no theme stays there


def filled_state() -> RoomState:
    """The room of :func:`fill_room`, without a journal."""
    room = Room("nl")
    fill_room(room)
    return room.state


def record_run(folder: Path, agenda: Agenda, *, room: bool = True) -> Path:
    """A journal in ``folder`` of a session started at :data:`WALL`, with the room of
    :func:`fill_room` (or none); the run's id is its file name."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "20261203-090000-sessie-2.jsonl"
    journal = Journal(path)
    run = SessionRun(agenda, journal=journal, wall=lambda: WALL)
    run.start(0)
    if room:
        live = Room("nl", record=lambda record, now: journal.write(record, now, WALL))
        fill_room(live)
    run.pause(100 * SECOND)
    journal.close()
    return path
