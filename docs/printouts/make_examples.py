"""Make the printout examples in this folder: session 2's plan (PDF and PNG) and its wall (PNG).

The room is scripted as a trainer would fill it in session 2 (thirteen people
in groups of 3-5, two scenario cards each, notes in two themes, commitments),
written to a run's journal and replayed from it, as ``facilitator print
--run`` does; the PDFs are made by the same code, and the PNGs by pdftoppm
(poppler), which must be installed.

    QT_QPA_PLATFORM=offscreen python docs/printouts/make_examples.py
"""

from __future__ import annotations

import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECOND = 1_000_000_000
PEOPLE = "Anna\nBo\nChris\nDirk\nEva\nFatima\nGerrit\nHanna\nIlse\nJoost\nKim\nLotte\nMeryem"
NOTES = [
    ("Vooroordelen", "Aannames over wie thuis de zorgtaken heeft"),
    ("Vooroordelen", "Ideeën van vrouwen worden pas gehoord als een man ze herhaalt"),
    ("Vooroordelen", "Leeftijd telt mee bij aanwerving, ook al zegt niemand het"),
    ("Structuur", "Vergaderen met een spreekrondje, zodat iedereen aan het woord komt"),
    ("Structuur", "Wie zit er aan tafel als er over promoties wordt beslist?"),
    ("Structuur", "Vacatureteksten laten nalezen op genderneutrale taal"),
    ("", "Mentorschap helpt, maar alleen als de leiding het ook steunt"),
]
COMMITMENTS = [
    "Ik zal bij elke vacature de tekst laten nalezen.",
    "Ik zal in mijn team een spreekrondje invoeren.",
    "Ik zal voor de volgende promotieronde de criteria vooraf delen.",
]


def main() -> None:
    """Record the scripted run, print its plan and its wall, and draw the PNGs."""
    from facilitator.agenda.groupsize import GroupSize
    from facilitator.agenda.load import load_agenda
    from facilitator.engine.journal import Journal
    from facilitator.engine.session import SessionRun
    from facilitator.paths import bundled_agendas
    from facilitator.printouts.catalogue import PRINTOUTS_BY_NAME, Source, write_printout
    from facilitator.printouts.run_room import room_of_run
    from facilitator.room.room import Room
    from facilitator.room.wall import Kind

    (path,) = [p for p in bundled_agendas() if p.name.startswith("sessie-2")]
    agenda = load_agenda(path)
    wall = datetime(2026, 12, 3, 9, 0).astimezone()
    with tempfile.TemporaryDirectory(prefix="facilitator-examples-") as scratch:
        journal_path = Path(scratch) / "20261203-090000-sessie-2.jsonl"
        journal = Journal(journal_path)
        run = SessionRun(agenda, journal=journal, wall=lambda: wall)
        run.start(0)
        room = Room("nl", record=lambda record, now: journal.write(record, now, wall))
        t = 0

        def now() -> int:
            nonlocal t
            t += SECOND
            return t

        step = "groepsactiviteit-scenarios"
        room.set_people(PEOPLE, now())
        room.make_groups(step, now(), size=GroupSize(3, 5), seed=7)
        room.deal(
            step,
            "hand-out-2",
            "cards",
            ["kaart-a", "kaart-b", "kaart-c", "kaart-d"],
            now(),
            per_group=2,
        )
        themes: dict[str, int] = {}
        first: dict[str, int] = {}
        for theme, text in NOTES:
            note = room.add_note(text, now(), step="delen-en-begeleide-discussie")
            if not theme:
                continue
            if theme in themes:
                room.put_note_in(note.id, themes[theme], now())
            elif theme in first:
                themes[theme] = room.put_note_on(note.id, first[theme], now())
                room.rename_theme(themes[theme], theme, now())
            else:
                first[theme] = note.id
        for text in COMMITMENTS:
            room.add_note(text, now(), step="evaluatie-en-conclusie", kind=Kind.COMMITMENT)
        run.pause(now())
        journal.close()
        source = Source(agenda, room_of_run(journal_path, agenda))
        plan = write_printout(PRINTOUTS_BY_NAME["plan"], source, HERE)
        shown = write_printout(PRINTOUTS_BY_NAME["wall"], source, Path(scratch))
        _png(plan.path, HERE / "sessie-2-plan")
        _png(shown.path, HERE / "sessie-2-wall")
    print(f"wrote {plan.path.name} ({plan.pages} pages), sessie-2-plan.png and sessie-2-wall.png")


def _png(pdf: Path, stem: Path) -> None:
    """The PDF's first page as ``stem``.png, at 75 dots per inch."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", "75", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )


if __name__ == "__main__":
    main()
