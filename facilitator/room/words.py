"""The words the room reads, in the session's language (pure): one table per language.

Everything the participants see that is not the agenda's own text comes from
here, whatever language the trainer's interface speaks: the projector's
header ("Stap 3 van 6"), its phase words, the flash, the REHEARSAL mark, the
title screen's date, a panel's "(vervolg)", the closing and break screens,
the wall, and the room's views ("Groep 2", "4 personen"; the phones' pages
have their own table, :mod:`facilitator.participants.words`). This is the one
table of the projector's words: the paginator, the break screen and the wall
take theirs from here too.
The trainer's interface is translated instead (:mod:`facilitator.i18n`);
messages to the trainer are in :mod:`facilitator.room.notices`.

Each entry is a whole phrase with named placeholders. Dutch and English are
complete (a test checks that a Dutch session shows no English word, and the
reverse); German and French have the header and the flash, the rest in
English; any other language gets English.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Words:
    """The room's words in one language."""

    # --- the room's views (groups, turns, the wall)
    group: str  # {number}
    people: str  # {count}, two or more
    one_person: str
    trio: str
    person: str  # {number}: someone known by number only
    theme: str  # {number}: a theme not named yet
    dealt: str  # {group}: {material}
    join: str  # between the cards of one group
    summary: str  # {group} · {size}
    turn_next: str  # {group}
    unthemed: str  # the notes in no theme
    groups_title: str  # over the groups grid
    dealt_all: str  # {material}: the same to every group
    turn_now: str  # over the group whose turn it is
    turn_ready: str  # over the group whose turn comes next, before it starts
    turn_count: str  # {number} {count}: which turn of how many
    turns_done: str  # every group has had its turn
    turn_left: str  # under a turn's countdown
    turn_overrun: str  # under a turn that runs past its time
    turn_paused: str  # under a turn whose clock stopped with the session
    turn_waiting: str  # under the time of a turn not begun yet
    # --- the projector
    step: str  # {number} of {count}: the header over every slide
    page: str  # {page} of {count}: the page number of a long item
    continued: str  # {title}: the rest of a panel cut in two, on the pages that follow
    not_found: str  # {name}: a reference the agenda lacks (a hand-built agenda)
    warning: str  # the phases, in words beside the timer (not by colour alone)
    danger: str
    overtime: str
    flash: str  # the end-of-step flash
    rehearsal: str  # the mark in a corner during a rehearsal
    months: tuple[str, ...]  # January to December
    date: str  # {day} {month} {year}: the title screen's date
    thanks: str  # the closing screen
    break_until: str  # {time}: the break screen's heading
    break_over: str  # the break screen once its time has come
    language: str  # the code these words are in (a slide made with them carries it)
    wall_title: str  # over the wall on the projector
    notes: str  # {count}: two or more notes
    one_note: str


WORDS: dict[str, Words] = {
    "nl": Words(
        group="Groep {number}",
        people="{count} personen",
        one_person="1 persoon",
        trio="drietal",
        person="Persoon {number}",
        theme="Thema {number}",
        dealt="{group}: {material}",
        join=" + ",
        summary="{group} · {size}",
        turn_next="Daarna: {group}",
        unthemed="Overige",
        groups_title="Groepen",
        dealt_all="Elke groep: {material}",
        turn_now="Aan de beurt",
        turn_ready="Straks aan de beurt",
        turn_count="Beurt {number} van {count}",
        turns_done="Alle groepen zijn aan de beurt geweest",
        turn_left="nog",
        turn_overrun="uitloop",
        turn_paused="gepauzeerd",
        turn_waiting="spreektijd",
        step="Stap {number} van {count}",
        page="{page}/{count}",
        continued="{title} (vervolg)",
        not_found="({name} niet gevonden)",
        warning="bijna klaar",
        danger="laatste minuten",
        overtime="over tijd",
        flash="Tijd!",
        rehearsal="OEFENRONDE",
        months=(
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ),
        date="{day} {month} {year}",
        thanks="Bedankt!",
        break_until="Pauze tot {time}",
        break_over="De pauze is voorbij",
        language="nl",
        wall_title="Het bord",
        notes="{count} notities",
        one_note="1 notitie",
    ),
    "en": Words(
        group="Group {number}",
        people="{count} people",
        one_person="1 person",
        trio="trio",
        person="Person {number}",
        theme="Theme {number}",
        dealt="{group}: {material}",
        join=" + ",
        summary="{group} · {size}",
        turn_next="Next: {group}",
        unthemed="Other notes",
        groups_title="Groups",
        dealt_all="Every group: {material}",
        turn_now="Now presenting",
        turn_ready="Up next",
        turn_count="Turn {number} of {count}",
        turns_done="Every group has had its turn",
        turn_left="left",
        turn_overrun="over time",
        turn_paused="paused",
        turn_waiting="speaking time",
        step="Step {number} of {count}",
        page="{page}/{count}",
        continued="{title} (continued)",
        not_found="({name} not found)",
        warning="nearly done",
        danger="last minutes",
        overtime="over time",
        flash="Time!",
        rehearsal="REHEARSAL",
        months=(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        date="{day} {month} {year}",
        thanks="Thank you!",
        break_until="Break until {time}",
        break_over="The break is over",
        language="en",
        wall_title="The wall",
        notes="{count} notes",
        one_note="1 note",
    ),
}
# Only the header, the flash and the thanks so far; the rest is English until translated.
WORDS["de"] = replace(
    WORDS["en"],
    step="Schritt {number} von {count}",
    flash="Zeit!",
    thanks="Vielen Dank!",
    language="de",
)
WORDS["fr"] = replace(
    WORDS["en"], step="Étape {number} sur {count}", flash="Temps !", thanks="Merci !", language="fr"
)


def words_for(language: str) -> Words:
    """The words for a language code such as ``nl``, ``en`` or ``en-GB`` (English if unknown)."""
    return WORDS.get(language.replace("_", "-").split("-")[0].lower(), WORDS["en"])


def long_date(day: int, month: int, year: int, words: Words) -> str:
    """A date written out: '28 november 2026' (Dutch) or '28 November 2026'."""
    return words.date.format(day=day, month=words.months[month - 1], year=year)
