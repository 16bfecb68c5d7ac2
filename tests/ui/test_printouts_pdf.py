"""Every printout written as a PDF and read back with pypdf: text, pages, "n / N" on each.

Also what the page frame promises for the new kinds of block: a block that
does not fit starts the next page, a block longer than a page runs on at its
lines, and every line stands inside its page, in the file once.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from unicodedata import normalize

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPainter

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.agenda.model import Fragment, Handout, Session, Step
from facilitator.printouts.blocks import (
    GroupBox,
    GroupGrid,
    NoteList,
    Page,
    PlanEntry,
    PrintPlan,
    Ticks,
    TrainerPart,
)
from facilitator.printouts.catalogue import PRINTOUTS, Source, unavailable, write_printout
from facilitator.printouts.output import write_plan
from facilitator.printouts.run_room import RunRoom
from facilitator.ui.printing.plan import MARGINS_MM
from facilitator.ui.printing.plan_entry import plan_entry_pieces
from facilitator.ui.printing.writer import a4_writer, mm
from tests.hostile_text import missing, shown_plain, write_hostile_agenda
from tests.printouts.rooms import WALL, filled_state, session_1, session_2
from tests.ui.test_printing import POINTS_PER_MM, SENTENCE, baselines, content_band

# Per printout, sentences that must come back from session 2's PDF (accents and all).
EXPECTED = {
    "handouts": ["Groep 1 · 4 personen · jullie materiaal: Kaart A + Kaart B", "beïnvloed"],
    "cards": ["Kaart D – Leeftijdsdiscriminatie bij aanwerving", "knip langs de stippellijn"],
    "case-study": ["Komm, mach MINT", "300+", "Te leren lessen", "coördineerde"],
    "call-to-action": ["Sjabloon voor individuele reflectie en actieplanning", "Naam:", "Plan"],
    "advice": ["Didactisch advies", "Use simple, clear, and neutral language", "creëren"],
    "guide": ["Stap 6: Afsluiting en commitment", "vooringenomenheid"],
    "checklists": ["Before training", "Klaarleggen", "Pc en projector"],
    "plan": ["09:00–09:10", "10 min", "Voor de trainer: Oproep tot actie", "Gebruiksaanwijzing"],
    "groups": ["Groep 3 · 5 personen", "Kaart A – Beslissing over promotie", "Gekregen"],
    "wall": [
        "Wat de zaal zei",
        "Vooroordelen",
        "Ideeën van vrouwen worden overgenomen door mannen",
        "Vergaderen met een <b>spreekrondje</b> & een timer",
        "Toezeggingen",
    ],
}
# What participants get never has the trainer's own parts; trainer sheets say whose they are.
PARTICIPANTS = ("handouts", "cards", "case-study", "call-to-action", "groups", "wall")
TRAINERS = ("advice", "guide", "checklists", "plan")


Lines = list[tuple[float, str]]  # each piece of text on a page and its height


def read_pdf(path: Path) -> list[Lines]:
    """Every page's pieces of text with their heights, read once (reading is the slow part)."""
    return [
        [(y, normalize("NFKC", text)) for y, text in baselines(page)]
        for page in PdfReader(path).pages
    ]


def joined(lines: Lines) -> str:
    return " ".join(" ".join(text for _y, text in lines).split())


# The footer's line stands just above the bottom margin; a content line drawn past the
# content's foot would stand between the two and count as content (and fail its check).
FOOTER_TOP = (MARGINS_MM[3] + 3) * POINTS_PER_MM


def split_page(lines: Lines) -> tuple[Lines, str]:
    """A page's content lines, and its footer as text."""
    content = [(y, t) for y, t in lines if y >= FOOTER_TOP]
    return content, joined([(y, t) for y, t in lines if y < FOOTER_TOP])


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int, list[Lines]]]:
    """Every printout of session 2, from a run with groups, dealt cards and a wall; read back."""
    folder = tmp_path_factory.mktemp("printouts")
    source = Source(session_2(), RunRoom("20261203-090000-sessie-2", filled_state(), WALL))
    found = {}
    for printout in PRINTOUTS:
        assert unavailable(printout, source) is None, printout.name
        done = write_printout(printout, source, folder)
        found[printout.name] = (done.path, done.pages, read_pdf(done.path))
    return found


@pytest.mark.parametrize("name", [p.name for p in PRINTOUTS])
def test_every_printout_reads_back_titled_and_numbered(
    written: dict[str, tuple[Path, int, list[Lines]]], name: str
) -> None:
    path, pages, read = written[name]
    assert path.name == f"sessie-2-{name}.pdf"
    assert len(read) == pages >= 1
    title = session_2().title
    lowest, highest = content_band(MARGINS_MM)
    contents = []
    for number, lines in enumerate(read, start=1):
        content, footer = split_page(lines)
        # The session's title on the left, the page's own note and "n / N" at the right.
        assert footer.startswith(title), (name, number, footer)
        assert footer.endswith(f" · {number} / {pages}"), (name, number, footer)
        assert (name in TRAINERS) == ("Voor de trainer" in footer), (name, footer)
        for y, text in content:
            assert lowest <= y <= highest, (name, text, y)
        contents.append(joined(content))
    every = " ".join(contents)
    for sentence in EXPECTED[name]:
        assert sentence in every, (name, sentence)
    if name in PARTICIPANTS:
        assert "Gebruiksaanwijzing" not in every and "Suggesties voor follow-up" not in every


def test_page_counts_of_session_2(written: dict[str, tuple[Path, int, list[Lines]]]) -> None:
    # Three groups: a cover and a sheet of two cards each.
    assert {name: pages for name, (_path, pages, _read) in written.items()} == {
        "handouts": 6,
        "cards": 2,
        "case-study": 2,
        "call-to-action": 4,
        "advice": 1,
        "guide": 2,
        "checklists": 1,
        "plan": 4,
        "groups": 1,
        "wall": 1,
    }


def test_session_1_has_no_cards_and_its_other_printouts_read_back(tmp_path: Path) -> None:
    source = Source(session_1())
    names = [p.name for p in PRINTOUTS if unavailable(p, source) is None]
    assert names == [
        "handouts",
        "case-study",
        "call-to-action",
        "advice",
        "guide",
        "checklists",
        "plan",
    ]
    done = write_printout(
        next(p for p in PRINTOUTS if p.name == "call-to-action"), source, tmp_path
    )
    assert len(PdfReader(done.path).pages) == done.pages == 4


# --- what the page frame promises, for the new blocks ------------------------------------


def _agenda(tmp_path: Path, **session: object) -> Agenda:
    base = {
        "format": 1,
        "title": "Lang",
        "duration": 10,
        "steps": [Step(id="a", title="A", minutes=10)],
    }
    return Agenda(tmp_path / "lang.yaml", Session.model_validate({**base, **session}))


def _inside_and_once(path: Path, sentence: str, expected: int) -> list[str]:
    """Every page's content, each line inside its page; ``sentence`` in it ``expected``
    times: no line lost past a page's foot, none drawn twice.

    Compared without white space: a reader of the PDF may split a word where the
    font's spacing leaves a gap ("z in"), and a sentence runs on to the next page.
    """
    lowest, highest = content_band(MARGINS_MM)
    texts = []
    for lines in read_pdf(path):
        content, _footer = split_page(lines)
        for y, text in content:
            assert lowest <= y <= highest, (text, y)
        texts.append(joined(content))
    squeezed = "".join("".join(texts).split())
    assert squeezed.count("".join(sentence.split())) == expected
    return texts


def test_a_step_longer_than_a_page_runs_on_line_by_line(tmp_path: Path) -> None:
    long = "\n\n".join([" ".join([SENTENCE] * 12)] * 8)
    entry = PlanEntry(
        "09:00",
        "09:45",
        "45 min",
        "Een lange stap",
        long,
        ("Materialen: veel",),
        (TrainerPart("Voor de trainer: X", " ".join([SENTENCE] * 30)),),
    )
    plan = PrintPlan("Lang", (Page("Plan", blocks=(entry, entry)),))
    path = tmp_path / "plan.pdf"
    pages = write_plan(plan, path)
    texts = _inside_and_once(path, SENTENCE, 2 * (8 * 12 + 30))
    assert pages == len(texts) >= 4


def test_the_clock_times_stay_with_their_step(qapp: object) -> None:
    # The pieces beside the time column go to a page together: a rule, the title,
    # the instructions' first line: never a title (or its times) alone at a foot.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, "t", MARGINS_MM)
    painter = QPainter(writer)
    try:
        entry = PlanEntry("09:00", "09:10", "10 min", "Stap", "\n\n".join([SENTENCE] * 3))
        pieces = plan_entry_pieces(writer, painter, entry, 0.0, 2000.0)
    finally:
        painter.end()
    assert [p.keep_with_next for p in pieces] == [True, True, True, False, False]
    times_column = mm(9)  # two lines: "09:00–09:10" and "10 min"
    kept = sum(p.height + p.gap for p in pieces[1:3])
    assert kept >= times_column


def test_a_document_and_a_note_longer_than_a_page_run_on(tmp_path: Path) -> None:
    long = " ".join([SENTENCE] * 150)
    agenda = _agenda(
        tmp_path,
        handouts=[
            Handout(
                id="h",
                title="Hand-out",
                note=long,
                documents=[Fragment(id="d", title="Document A – lang", text=long)],
            )
        ],
    )
    path = tmp_path / "lang.pdf"
    source = Source(agenda)
    done = write_printout(next(p for p in PRINTOUTS if p.name == "handouts"), source, path.parent)
    texts = _inside_and_once(done.path, SENTENCE, 2 * 150)
    assert done.pages == len(texts) >= 4
    assert "Aantekeningen" in texts[-1]


def test_a_card_too_long_for_its_half_gets_a_sheet_and_then_more(tmp_path: Path) -> None:
    agenda = _agenda(
        tmp_path,
        handouts=[
            Handout(
                id="h",
                title="Hand-out",
                cards=[
                    Fragment(id="k", title="Kaart A – kort", text="Kort."),
                    Fragment(id="l", title="Kaart B – lang", text=" ".join([SENTENCE] * 70)),
                    Fragment(id="m", title="Kaart C – heel lang", text=" ".join([SENTENCE] * 300)),
                ],
            )
        ],
    )
    done = write_printout(next(p for p in PRINTOUTS if p.name == "cards"), Source(agenda), tmp_path)
    texts = _inside_and_once(done.path, SENTENCE, 70 + 300)
    # A and B share a sheet no more: each on its own; C runs on over two sheets or more.
    assert "Kaart A" in texts[0] and "Kaart B" not in texts[0]
    assert "Kaart B" in texts[1]
    assert done.pages == len(texts) >= 4


def test_long_lists_grids_and_walls_run_on(tmp_path: Path) -> None:
    items = tuple(f"Taak {i}: " + SENTENCE for i in range(60))
    notes = tuple(f"Notitie {i}: " + " ".join([SENTENCE] * 3) for i in range(40))
    groups = tuple(
        GroupBox(
            f"Groep {i}", tuple(f"Persoon {i}-{j}" for j in range(5)), ("Kaart A",), "Gekregen"
        )
        for i in range(1, 21)
    )
    plan = PrintPlan(
        "Lang",
        (
            Page("Lijsten", blocks=(Ticks("Voor de training", items), NoteList("Thema", notes))),
            Page("Groepen", blocks=(GroupGrid(groups),)),
        ),
    )
    path = tmp_path / "lijsten.pdf"
    pages = write_plan(plan, path)
    texts = _inside_and_once(path, SENTENCE, 60 + 40 * 3)
    assert pages == len(texts) >= 4
    every = " ".join(texts)
    assert all(f"Groep {i} " in every for i in range(1, 21))
    # A row of groups goes to a page whole: both its groups' last members with it.
    for text in texts:
        assert text.count("Groep ") == text.count("-4 ")


def test_every_printout_shows_trainer_text_as_written(tmp_path: Path) -> None:
    # Plain fields exactly as typed, Markdown fields as their Markdown means: never HTML.
    folder = tmp_path / "agenda"
    folder.mkdir()
    hostile = load_agenda(write_hostile_agenda(folder))
    extra = {"objectives": [shown_plain("objective")], "materials": [shown_plain("material")]}
    hostile = replace(hostile, session=hostile.session.model_copy(update=extra))
    source = Source(hostile)
    printed = {}
    for printout in PRINTOUTS:
        if unavailable(printout, source) is None:
            done = write_printout(printout, source, tmp_path)
            printed[printout.name] = "\n".join(
                page.extract_text() for page in PdfReader(done.path).pages
            )
    assert sorted(printed) == ["call-to-action", "cards", "checklists", "handouts", "plan"]
    plain = {
        "plan": ["session.title", "step-1.title", "step-2.title", "objective", "material"],
        "checklists": ["checklist.title", "checklist.item", "step-1.material"],
        "call-to-action": ["section.title", "section.subtitle", "phase.title"],
        "handouts": ["handout.title", "handout.question", "document.title", "card.title"],
        "cards": ["card.title"],
    }
    marked = {
        "plan": ["step-1.instructions"],
        "call-to-action": ["section.body", "phase.text", "phase.example", "section.closing"],
        "handouts": ["handout.instructions", "handout.note", "document.text", "card.text"],
        "cards": ["card.text"],
    }
    for name, text in printed.items():
        assert missing(text, plain.get(name, []), plain_fields=True) == [], name
        assert missing(text, marked.get(name, []), plain_fields=False) == [], name
