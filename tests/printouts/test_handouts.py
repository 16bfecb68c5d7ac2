"""The printable plan of a session's hand-outs (pure: no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.agenda.model import Fragment, Handout, Session, Step
from facilitator.paths import bundled_agendas, default_agenda
from facilitator.printouts.blocks import Card, Document, Fields, Heading, Note, Phase, Questions
from facilitator.printouts.handouts import default_filename, handout_plan, labels_for


@pytest.fixture(scope="module")
def session_1() -> Agenda:
    return load_agenda(default_agenda())


@pytest.fixture(scope="module")
def session_2() -> Agenda:
    (path,) = [p for p in bundled_agendas() if p.name.startswith("sessie-2")]
    return load_agenda(path)


def test_session_1_prints_hand_out_1_with_its_questions_and_documents_a_to_c(
    session_1: Agenda,
) -> None:
    plan = handout_plan(session_1)
    assert [p.layout for p in plan.pages] == ["flow", "flow"]
    cover, documents = plan.pages
    assert cover.blocks[0] == Heading("Hand-out 1: Onderwijskundige documenten voor analyse")
    questions = [b for b in cover.blocks if isinstance(b, Questions)]
    assert len(questions) == 1 and len(questions[0].items) == 4
    assert "Is de taal gendergevoelig en inclusief?" in questions[0].items
    # The instructions end in "**Leidende vragen:**": no second heading.
    assert questions[0].heading == ""
    assert [b.title.split(" –")[0] for b in documents.blocks if isinstance(b, Document)] == [
        "Document A",
        "Document B",
        "Document C",
    ]
    assert "Meisjes zijn ook welkom als ze geïnteresseerd zijn." in documents.text
    assert all(
        b.notes_label == "Aantekeningen" for b in documents.blocks if isinstance(b, Document)
    )
    # Session 1 does not project the call-to-action template.
    assert "Oproep tot actie" not in "\n".join(p.text for p in plan.pages)


def test_session_2_prints_hand_out_2_cards_to_cut_out_and_the_call_to_action(
    session_2: Agenda,
) -> None:
    plan = handout_plan(session_2)
    assert [p.layout for p in plan.pages] == ["flow", "cards", "cards", "flow", "flow", "flow"]
    cover = plan.pages[0]
    notes = [b for b in cover.blocks if isinstance(b, Note)]
    assert len(notes) == 1 and notes[0].markdown.startswith("Opmerking voor deelnemers")
    questions = next(b for b in cover.blocks if isinstance(b, Questions))
    assert questions.heading == "Leidende vragen" and len(questions.items) == 4
    cards = [c for p in plan.pages[1:3] for c in p.cards]
    assert [c.title.split(" –")[0] for c in cards] == ["Kaart A", "Kaart B", "Kaart C", "Kaart D"]
    assert all(isinstance(c, Card) and c.source.startswith("Hand-out 2") for c in cards)
    assert [len(p.cards) for p in plan.pages[1:3]] == [2, 2]
    assert plan.pages[1].cut_label == "knip langs de stippellijn"

    template = plan.pages[3:]
    assert template[0].blocks[:2] == (
        Heading("Oproep tot actie", "Ga vooruit: bevorder verandering"),
        Fields(("Naam", "Datum")),
    )
    phases = [b for p in template for b in p.blocks if isinstance(b, Phase)]
    assert [(p.number, p.title) for p in phases] == [
        (1, "Doel"),
        (2, "Documentatie"),
        (3, "Analyse"),
        (4, "Evaluatie"),
        (5, "Plan"),
    ]
    assert all(p.example.startswith("Voorbeeld:") and p.min_lines > 0 for p in phases)
    assert "Lange termijn" in phases[4].example


def test_a_session_without_hand_outs_has_nothing_to_print(tmp_path: Path) -> None:
    session = Session(
        format=1,
        title="Leeg",
        duration=10,
        steps=[Step(id="een", title="Een", minutes=10)],
    )
    plan = handout_plan(Agenda(tmp_path / "leeg.yaml", session))
    assert plan.empty and plan.pages == ()


def test_cards_go_two_to_a_page_and_the_labels_follow_the_language(tmp_path: Path) -> None:
    cards = [Fragment(id=f"c{i}", title=f"Card {i}", text=f"Text {i}") for i in range(3)]
    session = Session(
        format=1,
        title="Cards",
        language="en",
        duration=10,
        handouts=[Handout(id="h", title="Handout", questions=["Why?"], cards=cards)],
        steps=[Step(id="een", title="One", minutes=10)],
    )
    plan = handout_plan(Agenda(tmp_path / "workshop.yaml", session))
    assert [len(p.cards) for p in plan.pages if p.layout == "cards"] == [2, 1]
    questions = next(b for b in plan.pages[0].blocks if isinstance(b, Questions))
    assert questions.heading == "Guiding questions"
    assert plan.pages[1].cut_label == "cut along the dashed line"
    assert labels_for("nl-BE").notes == "Aantekeningen"
    assert labels_for("fr").notes == "Notes"


def test_default_file_names(session_1: Agenda, session_2: Agenda, tmp_path: Path) -> None:
    assert default_filename(session_1) == "sessie-1-hand-outs.pdf"
    assert default_filename(session_2) == "sessie-2-hand-outs.pdf"
    other = Agenda(tmp_path / "my-workshop.yaml", session_1.session)
    assert default_filename(other) == "my-workshop-hand-outs.pdf"
