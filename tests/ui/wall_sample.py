"""A wall of 25 notes in 4 themes, as a session 2 discussion leaves it: the same notes for the
tests of the wall's views and for the pictures in docs/room."""

from __future__ import annotations

from facilitator.ui.room_controller import RoomController

#: 25 notes of a session 2 discussion, in 4 themes (theme name, notes).
WALL = (
    (
        "Zichtbaarheid",
        (
            "Rolmodellen uit de eigen buurt uitnodigen",
            "Vrouwelijke ingenieurs in de klas",
            "Foto's op de website laten zien wie er écht werkt",
            "Oud-leerlingen vertellen over hun opleiding",
            "Een open dag voor ouders én kinderen",
            "Posters zonder stereotypen",
        ),
    ),
    (
        "Taal en toon",
        (
            "Vacatureteksten nakijken op ‘mannelijke’ woorden",
            "Niet ‘jongens en meisjes’ maar ‘iedereen’",
            "Voorbeelden uit verschillende culturen",
            "Humor zonder iemand buiten te sluiten",
            "Vragen stellen in plaats van voorzeggen",
            "Complimenten voor aanpak, niet voor talent",
        ),
    ),
    (
        "Groepswerk",
        (
            "Rollen laten rouleren",
            "Stille deelnemers eerst laten schrijven",
            "Gemengde groepen, niet altijd vrienden",
            "De notulist is niet altijd een meisje",
            "Tijd bewaken zodat iedereen spreekt",
            "Afspraken aan het begin samen maken",
        ),
    ),
    (
        "Ik zal...",
        (
            "Ik zal mijn lesmateriaal doorlichten vóór de zomer",
            "Ik zal een collega vragen mij te observeren",
            "Ik zal in elke les één rolmodel noemen",
            "Ik zal ouders uitnodigen voor de projectweek",
            "Ik zal het groepswerk anders indelen",
            "Ik zal dit over een maand met mijn team bespreken",
            "Ik zal de meisjes in mijn klas vaker het woord geven",
        ),
    ),
)


def fill_wall(room: RoomController) -> None:
    """The 25 notes of :data:`WALL`, typed in and put into their 4 themes by dropping one onto
    another, as a trainer does on the Wall tab."""
    for name, texts in WALL:
        assert room.add_notes(list(texts))
        ids = [n.id for n in room.state.wall.notes[-len(texts) :]]
        for other in ids[1:]:
            assert room.put_note_on(other, ids[0])
        theme = room.state.wall.note(ids[0]).theme  # type: ignore[union-attr]
        assert theme is not None and room.rename_theme(theme, name)
