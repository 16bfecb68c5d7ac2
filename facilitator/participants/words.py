"""The phone pages' words, in the session's language (pure).

Like the projector's (:mod:`facilitator.room.words`), what the room reads on
a phone is in the session's language, not the console's: each entry a whole
sentence with named placeholders. A language without an entry gets English.
The page that asks for the code says nothing in any language (it is the same
for every session), so its words are not here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class PhoneWords:
    """The phone pages' words in one language."""

    language: str
    on_screen: str  # over what the projector shows
    blank: str  # the projector shows black
    write: str  # over the note form
    note_label: str
    commitment_label: str
    name_label: str
    send: str
    sent_waiting: str  # sent; the trainer releases it
    sent_shown: str  # sent; on the wall at once
    unsent: str  # {count}: notes kept on the phone until they can be sent
    closed: str  # posting is closed (the trainer's choice in this step, or the end)
    empty: str
    too_long: str  # {limit} {count}
    too_many: str  # {seconds}
    wall_full: str
    groups: str  # over the list of groups
    pick_group: str
    no_groups: str
    material: str  # {group}: over a group's cards or documents
    nothing_dealt: str  # {group}
    questions: str
    feedback: str  # the link and the heading
    score: str  # {scale}
    sentence: str
    thanks: str
    bad_score: str  # {scale}
    plan: str  # the link to the call to action
    plan_intro: str
    example: str
    as_text: str
    as_pdf: str
    share: str
    shared: str
    no_plan: str
    back: str
    home: str
    offline: str  # the live connection is lost; the page tries again
    remote: str  # the remote's title
    step_of: str  # {n} {m}
    paused: str
    not_started: str
    finished: str
    overtime: str
    item: str  # {label}: what the projector shows, on the remote
    instructions: str
    done: str  # a remote command done
    refused: str  # a remote command that could not be done
    commands: dict[str, str]  # the remote's buttons, by command name

    def script_json(self) -> str:
        """The words the page's script shows itself, as JSON (read from a data attribute)."""
        keys = (
            *("blank", "note_label", "commitment_label", "sent_waiting", "sent_shown"),
            *("unsent", "offline", "closed", "done", "refused"),
        )
        return json.dumps({k: getattr(self, k) for k in keys}, ensure_ascii=False)


_COMMANDS_NL = {
    "previous_item": "◀ Vorig item",
    "next_item": "Volgend item ▶",
    "toggle_running": "Start / pauze",
    "remove_minute": "−1 minuut",
    "add_minute": "+1 minuut",
    "toggle_blank": "Zwart scherm",
    "next_step": "Volgende stap",
}
_COMMANDS_EN = {
    "previous_item": "◀ Previous item",
    "next_item": "Next item ▶",
    "toggle_running": "Start / pause",
    "remove_minute": "−1 minute",
    "add_minute": "+1 minute",
    "toggle_blank": "Black screen",
    "next_step": "Next step",
}

WORDS: dict[str, PhoneWords] = {
    "nl": PhoneWords(
        language="nl",
        on_screen="Nu op het scherm",
        blank="Het scherm is nu zwart.",
        write="Schrijf een briefje",
        note_label="Je briefje (anoniem)",
        commitment_label="Je voornemen (anoniem)",
        name_label="Je naam (mag leeg blijven)",
        send="Versturen",
        sent_waiting="Verstuurd. De trainer zet je briefje op het bord.",
        sent_shown="Verstuurd: je briefje staat op het bord.",
        unsent="Nog niet verstuurd: {count}. Ze gaan vanzelf zodra er weer verbinding is.",
        closed="De trainer heeft het insturen van briefjes nu gesloten.",
        empty="Je briefje is nog leeg.",
        too_long="Een briefje heeft ten hoogste {limit} tekens; dit heeft er {count}.",
        too_many="Je hebt veel briefjes na elkaar verstuurd. Probeer het over {seconds} "
        "seconden opnieuw.",
        wall_full="Het bord is vol; de trainer moet eerst briefjes weghalen.",
        groups="Groepen",
        pick_group="Kies je groep",
        no_groups="Er zijn nog geen groepen.",
        material="{group}: jullie materiaal",
        nothing_dealt="{group} heeft nog geen materiaal gekregen.",
        questions="Leidende vragen",
        feedback="Feedback",
        score="Hoe was het? Een cijfer van 1 tot {scale}",
        sentence="Eén zin (mag leeg blijven)",
        thanks="Dank je wel voor je feedback!",
        bad_score="Kies een cijfer van 1 tot {scale}.",
        plan="Mijn actieplan",
        plan_intro="Vul in wat je wilt. Je antwoorden blijven op je telefoon, tenzij je "
        "hieronder aanvinkt dat de trainer ze mag krijgen.",
        example="Voorbeeld",
        as_text="Bewaar als tekst",
        as_pdf="Bewaar als PDF",
        share="Stuur ook naar de trainer",
        shared="De trainer heeft je antwoorden gekregen.",
        no_plan="Deze sessie heeft geen sjabloon om in te vullen.",
        back="Terug",
        home="Naar het scherm",
        offline="Geen verbinding; we proberen het opnieuw.",
        remote="Afstandsbediening",
        step_of="Stap {n} van {m}",
        paused="gepauzeerd",
        not_started="nog niet begonnen",
        finished="afgelopen",
        overtime="uitloop",
        item="Op het scherm: {label}",
        instructions="Instructies",
        done="Gedaan.",
        refused="Dat kan nu niet.",
        commands=_COMMANDS_NL,
    ),
    "en": PhoneWords(
        language="en",
        on_screen="On the screen now",
        blank="The screen is black right now.",
        write="Write a note",
        note_label="Your note (anonymous)",
        commitment_label="Your commitment (anonymous)",
        name_label="Your name (you may leave it empty)",
        send="Send",
        sent_waiting="Sent. The trainer puts your note on the wall.",
        sent_shown="Sent: your note is on the wall.",
        unsent="Not sent yet: {count}. They go by themselves once there is a connection again.",
        closed="The trainer has closed notes for now.",
        empty="Your note is still empty.",
        too_long="A note has at most {limit} characters; this one has {count}.",
        too_many="You sent many notes in a row. Try again in {seconds} seconds.",
        wall_full="The wall is full; the trainer has to take notes off it first.",
        groups="Groups",
        pick_group="Pick your group",
        no_groups="There are no groups yet.",
        material="{group}: your material",
        nothing_dealt="{group} has not been given any material yet.",
        questions="Guiding questions",
        feedback="Feedback",
        score="How was it? A score from 1 to {scale}",
        sentence="One sentence (you may leave it empty)",
        thanks="Thank you for your feedback!",
        bad_score="Pick a score from 1 to {scale}.",
        plan="My action plan",
        plan_intro="Fill in what you like. Your answers stay on your phone unless you tick "
        "below that the trainer may have them.",
        example="Example",
        as_text="Keep as text",
        as_pdf="Keep as PDF",
        share="Send them to the trainer too",
        shared="The trainer has your answers.",
        no_plan="This session has no template to fill in.",
        back="Back",
        home="To the screen",
        offline="No connection; trying again.",
        remote="Remote",
        step_of="Step {n} of {m}",
        paused="paused",
        not_started="not started yet",
        finished="finished",
        overtime="over time",
        item="On the screen: {label}",
        instructions="Instructions",
        done="Done.",
        refused="That cannot be done now.",
        commands=_COMMANDS_EN,
    ),
}


def phone_words(language: str) -> PhoneWords:
    """The words for a language code such as ``nl``, ``en`` or ``en-GB`` (English if unknown)."""
    return WORDS.get(language.split("-")[0].lower(), WORDS["en"])
