"""The bundled STEAM Coach agendas: complete, faithful to the source and self-consistent.

The files are read with plain ``yaml.safe_load`` and the format's models, so these tests
do not depend on the loader. They check real content: the structure of both sessions,
the hand-outs, the library's sections, and sample sentences from every part of the
trainer guidelines.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import PAIRS, SAME, GroupSize
from facilitator.agenda.model import (
    CardItem,
    CardsItem,
    DocumentItem,
    HandoutItem,
    Library,
    PromptItem,
    SectionItem,
    Session,
    Step,
    TextItem,
    Turns,
)
from tests.agenda.bundle_reading import (
    all_strings,
    list_under,
    norm,
    projected_questions,
    raw_yaml,
    section_named,
    step_number,
)

BUNDLE = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"
LIBRARY_FILE = BUNDLE / "steam-coach-materiaal.yaml"
SESSION_1_FILE = BUNDLE / "sessie-1-outreach-en-curricula.yaml"
SESSION_2_FILE = BUNDLE / "sessie-2-diversiteit-op-de-werkplek.yaml"
SESSION_FILES = (SESSION_1_FILE, SESSION_2_FILE)
ALL_FILES = (LIBRARY_FILE, *SESSION_FILES)


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.model_validate(raw_yaml(LIBRARY_FILE))


@pytest.fixture(scope="module")
def session1() -> Session:
    return Session.model_validate(raw_yaml(SESSION_1_FILE))


@pytest.fixture(scope="module")
def session2() -> Session:
    return Session.model_validate(raw_yaml(SESSION_2_FILE))


@pytest.fixture(scope="module")
def agendas(library: Library, session1: Session, session2: Session) -> list[Agenda]:
    return [
        Agenda(SESSION_1_FILE, session1, (library,)),
        Agenda(SESSION_2_FILE, session2, (library,)),
    ]


# --- structure ---------------------------------------------------------------------


@pytest.mark.parametrize("path", SESSION_FILES, ids=lambda p: p.stem)
def test_session_has_six_steps_of_the_planned_minutes(path: Path) -> None:
    session = Session.model_validate(raw_yaml(path))
    assert session.duration == 90
    assert [step.minutes for step in session.steps] == [10, 15, 25, 15, 15, 10]
    assert sum(step.minutes for step in session.steps) == session.duration
    assert session.language == "nl"
    assert session.library == [LIBRARY_FILE.name]
    ids = [step.id for step in session.steps]
    assert len(set(ids)) == len(ids)
    for step in session.steps:
        assert not re.match(r"(?i)stap\s*\d", step.title), step.title
        assert "minuten" not in step.title
        assert step.instructions.strip(), step.id
        assert step.project, f"{step.id} projects nothing"


def test_session_titles_and_metadata(session1: Session, session2: Session) -> None:
    assert session1.title == "Ontwerpen van genderbewuste outreach en curricula in STEM"
    assert session2.title == (
        "Strategieën identificeren voor meer diversiteit en gelijkheid op de werkplek"
    )
    assert session1.focus == [
        "Ontwerpen van effectieve outreachprogramma's",
        "Het creëren van genderinclusieve STEM-curricula",
    ]
    assert session2.focus == [
        "Ontwikkelen van beleid voor diversiteit en gendergelijkheid",
        "Het meten en monitoren van de effectiviteit van beleid",
    ]
    assert len(session1.objectives) == 4
    assert len(session2.objectives) == 4
    assert session1.audience == [
        "Leiders in TVET/VET",
        "Trainers/instructeurs",
        "Loopbaanbegeleiders/R&D-professionals",
    ]
    assert session2.audience[0] == "Leiders in beroepsonderwijs en -opleiding"
    assert any(m.startswith("Hand-out 1: Onderwijskundige documenten") for m in session1.materials)
    assert any(m.startswith("Hand-out 2: Kaarten met scenario's") for m in session2.materials)
    assert any("Bevordering van vrouwen in STEM en leiderschap" in m for m in session2.materials)
    assert any("rekwisieten voor rollenspel" in m for m in session2.materials)
    # Hand-out 1 is what step 3 of session 1 works with.
    assert any("Hand-out 1" in m for m in step_number(session1, 3).materials)
    assert any("Hand-out 2" in m for m in step_number(session2, 3).materials)


def test_step_titles(session1: Session, session2: Session) -> None:
    assert [s.title for s in session1.steps] == [
        "Inleiding & ijsbreker",
        "Presentatie: strategieën voor outreachprogramma's",
        "Groepsactiviteit: onderwijskundige documenten analyseren",
        "Delen en bespreken in groepen",
        "Activiteit in tweetallen: ontwerpen van genderbewuste leerplannen",
        "Evaluatie en conclusie",
    ]
    assert [s.title for s in session2.steps] == [
        "Introductie & ijsbreker",
        "Presentatie: strategieën voor diversiteit en gelijkheid",
        "Groepsactiviteit: scenario's op de werkplek",
        "Delen in groepen & begeleide discussie",
        "Activiteit in tweetallen: werkplekscènes creëren",
        "Evaluatie & conclusie",
    ]


# --- hand-outs -----------------------------------------------------------------------


def test_handout_1_documents(session1: Session) -> None:
    assert [h.id for h in session1.handouts] == ["hand-out-1"]
    handout = session1.handouts[0]
    assert handout.title == "Hand-out 1: Onderwijskundige documenten voor analyse"
    assert "Lees de toegewezen fragmenten zorgvuldig door en bespreek ze samen." in norm(
        handout.instructions
    )
    assert handout.questions == [
        "Wat valt u op aan de inhoud en de beoogde doelgroep?",
        "Is de taal gendergevoelig en inclusief?",
        "Kunt u exclusieve elementen vinden (vooroordelen, stereotypen, weglatingen)?",
        "Welke veranderingen zouden kunnen worden aangebracht om de inclusiviteit te verbeteren?",
    ]
    docs = {d.id: d for d in handout.documents}
    assert list(docs) == ["document-a", "document-b", "document-c"]
    assert docs["document-a"].title == "Document A – Fragment uit het STEM-curriculum"
    assert docs["document-b"].title == "Document B – Functieomschrijving"
    assert docs["document-c"].title == "Document C – Aankondiging van een opleidingsprogramma"
    assert "De student moet aantonen dat hij in staat is technische problemen op te lossen" in (
        norm(docs["document-a"].text)
    )
    assert "Hij moet ook leiderschapskwaliteiten tonen" in norm(docs["document-a"].text)
    assert "De ideale kandidaat is een jonge, dynamische afgestudeerde" in norm(
        docs["document-b"].text
    )
    assert "rechtstreeks rapporteren aan de supervisor." in norm(docs["document-b"].text)
    assert "bedoeld voor gemotiveerde jongens" in norm(docs["document-c"].text)
    assert "Meisjes zijn ook welkom als ze geïnteresseerd zijn." in norm(docs["document-c"].text)


def test_handout_2_cards(session2: Session) -> None:
    assert [h.id for h in session2.handouts] == ["hand-out-2"]
    handout = session2.handouts[0]
    assert handout.title == "Hand-out 2: Scenariokaarten voor op de werkplek"
    assert "Elke groep krijgt twee scenario-kaarten." in norm(handout.instructions)
    assert handout.note is not None
    assert "dit is een veilige, respectvolle ruimte." in norm(handout.note)
    assert "niet op het beoordelen van individuen." in norm(handout.note)
    assert len(handout.questions) == 4
    assert "Wie wordt hierdoor beïnvloed en hoe?" in handout.questions
    cards = {c.id: c for c in handout.cards}
    assert list(cards) == ["kaart-a", "kaart-b", "kaart-c", "kaart-d"]
    expected = {
        "kaart-a": (
            "Kaart A – Beslissing over promotie",
            "vanwege haar gezinsverantwoordelijkheden",
        ),
        "kaart-b": (
            "Kaart B – Teamvergadering",
            "Later in de vergadering herhaalt een andere collega hetzelfde idee",
        ),
        "kaart-c": (
            "Kaart C – Opleidingsmogelijkheid",
            "Haar leidinggevende stelt voor dat ze een 'zachtere' opleiding volgt",
        ),
        "kaart-d": (
            "Kaart D – Leeftijdsdiscriminatie bij aanwerving",
            "niet zou 'passen in een jong team'.",
        ),
    }
    for card_id, (title, sentence) in expected.items():
        assert cards[card_id].title == title
        assert sentence in norm(cards[card_id].text), card_id


# --- references and projection -------------------------------------------------------


def test_every_reference_resolves(agendas: list[Agenda]) -> None:
    for path in SESSION_FILES:
        for name in Session.model_validate(raw_yaml(path)).library:
            assert (path.parent / name).is_file(), name
    for agenda in agendas:
        for step in agenda.steps:
            for item in step.project:
                where = f"{agenda.path.name} {step.id}: {item!r}"
                if isinstance(item, DocumentItem):
                    found = agenda.fragment(item.document)
                    assert found is not None and found[1] in found[0].documents, where
                elif isinstance(item, CardItem):
                    found = agenda.fragment(item.card)
                    assert found is not None and found[1] in found[0].cards, where
                elif isinstance(item, CardsItem):
                    for ref in item.cards:
                        found = agenda.fragment(ref)
                        assert found is not None and found[1] in found[0].cards, where
                elif isinstance(item, HandoutItem):
                    assert agenda.handout(item.handout) is not None, where
                elif isinstance(item, SectionItem):
                    assert agenda.section(item.section) is not None, where


def test_session_1_step_3_projects_hand_out_1(session1: Session) -> None:
    project = step_number(session1, 3).project
    assert HandoutItem(handout="hand-out-1") in project
    documents = [i.document for i in project if isinstance(i, DocumentItem)]
    assert documents == [
        "hand-out-1/document-a",
        "hand-out-1/document-b",
        "hand-out-1/document-c",
    ]


def test_session_2_projects_cards_case_study_and_call_to_action(session2: Session) -> None:
    step3 = step_number(session2, 3).project
    assert HandoutItem(handout="hand-out-2") in step3
    pairs = [i.cards for i in step3 if isinstance(i, CardsItem)]
    assert pairs == [
        ["hand-out-2/kaart-a", "hand-out-2/kaart-b"],
        ["hand-out-2/kaart-c", "hand-out-2/kaart-d"],
    ]
    singles = [i.card for i in step3 if isinstance(i, CardItem)]
    assert singles == [f"hand-out-2/kaart-{x}" for x in "abcd"]

    step4 = [i.section for i in step_number(session2, 4).project if isinstance(i, SectionItem)]
    assert step4 == ["casestudy-resultaten", "casestudy-komm-mach-mint"]

    step6 = step_number(session2, 6).project
    prompts = [i for i in step6 if isinstance(i, PromptItem)]
    assert len(prompts) == 1
    assert prompts[0].prompt == "Ik zal..."
    assert prompts[0].examples == [
        "Ik zal ongelijkheid aan de kaak stellen wanneer ik die zie",
        "Ik zal deze ideeën delen met mijn team",
        "Ik zal eerlijkheid bij werving bevorderen",
    ]
    assert SectionItem(section="oproep-tot-actie") in step6


def test_first_steps_project_their_icebreaker_question(
    session1: Session, session2: Session
) -> None:
    assert "Kent u een leerplan dat gendergevoelig is? Wat vindt u daarvan?" in (
        projected_questions(step_number(session1, 1))
    )
    assert any(
        q.startswith("Kunt u zich een situatie op het werk herinneren")
        for q in projected_questions(step_number(session2, 1))
    )


def test_summaries_are_projected(session1: Session, session2: Session) -> None:
    def projected_text(step: Step) -> str:
        return norm(" ".join(i.text for i in step.project if isinstance(i, TextItem)))

    assert "Doel en strategieën van outreachprogramma's." in projected_text(
        step_number(session1, 6)
    )
    assert "met name vrouwen en ondervertegenwoordigde groepen" in projected_text(
        step_number(session1, 6)
    )
    assert "Hoe strategieën en acties de werkplek voor iedereen kunnen verbeteren." in (
        projected_text(step_number(session2, 6))
    )


_NESTED_QUESTION = re.compile(r"^\s+- ['\"]?(?P<q>[^\n]+?\?)['\"]?\s*$", re.MULTILINE)
_INLINE_QUESTION = re.compile(r": ['\"](?P<q>[^'\"\n]+?\?)['\"]")


@pytest.mark.parametrize(
    ("path", "questions_asked"),
    [(SESSION_1_FILE, 12), (SESSION_2_FILE, 10)],
    ids=lambda v: v.stem if isinstance(v, Path) else str(v),
)
def test_every_question_a_step_asks_is_projectable(path: Path, questions_asked: int) -> None:
    session = Session.model_validate(raw_yaml(path))
    asked_total = 0
    for step in session.steps:
        asked = [m["q"] for m in _NESTED_QUESTION.finditer(step.instructions)]
        asked += [m["q"] for m in _INLINE_QUESTION.finditer(step.instructions)]
        asked_total += len(asked)
        projected = projected_questions(step)
        for question in asked:
            assert question in projected, f"{step.id}: {question!r} is not projectable"
    # Guards the patterns above: they must find every question of the source.
    assert asked_total == questions_asked


# --- the library ---------------------------------------------------------------------


def test_checklists(library: Library) -> None:
    lists = {c.id: c for c in library.checklists}
    assert list(lists) == ["voor-de-training", "tijdens-de-training", "na-de-training"]
    assert [c.title for c in library.checklists] == [
        "Before training",
        "During training",
        "After training",
    ]
    assert len(lists["voor-de-training"].items) == 3
    assert len(lists["tijdens-de-training"].items) == 2
    assert len(lists["na-de-training"].items) == 2
    assert (
        "Follow the step-by-step instructions provided under each section"
        in lists["tijdens-de-training"].items
    )
    assert any("Call to Action tool" in item for item in lists["na-de-training"].items)
    assert any("motivational materials" in item for item in lists["na-de-training"].items)


def test_sections_have_categories(library: Library) -> None:
    ids = [s.id for s in library.sections]
    for expected in (
        "didactisch-advies",
        "hoe-te-begeleiden",
        "casestudy-komm-mach-mint",
        "casestudy-resultaten",
        "oproep-tot-actie",
        "motiverend-materiaal",
    ):
        assert expected in ids
    assert len(set(ids)) == len(ids)
    for section in library.sections:
        assert section.category, section.id


def test_do_and_dont_lists(library: Library) -> None:
    body = section_named(library, "didactisch-advies").body
    dos = list_under(body, "DO(s)")
    donts = list_under(body, "Don't(s)")
    assert len(dos) == 7
    assert len(donts) == 6
    assert len(set(donts)) == len(donts), "a Don't line is repeated"
    assert donts[-1] == "Ignore participant discomfort or silence other viewpoints"
    assert "Use simple, clear, and neutral language so everyone understands" in dos
    assert "Pressure individuals to represent their gender, race, or identity" in donts
    assert len(list_under(body, "Aanbevolen gebruik tijdens de trainingssessies")) == 3


def test_how_to_table(library: Library) -> None:
    section = section_named(library, "hoe-te-begeleiden")
    rows = [line for line in section.body.splitlines() if line.startswith("|")]
    assert rows[0].replace(" ", "") == "|Stap|Actie|Strategie|"
    assert re.fullmatch(r"\|( ?-+ ?\|){3}", rows[1].replace(" ", ""))
    data = rows[2:]
    assert [row.split("|")[1].strip().split(":")[0] for row in data] == [
        "Stap 1",
        "Stap 2",
        "Stap 3",
        "Stap 5",
        "Stap 6",
    ]
    for row in data:
        assert row.count("|") == 4, row
    assert "De nummering volgt de bron, waarin stap 4 ontbreekt." in section.body
    assert "Stap 5: Groepsmanagement en inclusie" in section.body
    assert 'Gebruik afsluitende vragen zoals: "In mijn geval zal ik..."' in section.body


EXPECTED_FIGURES = [
    ("300+", "partners"),
    ("1000+", "projects"),
    ("30000", "participants"),
    ("100+", "exhibition stops"),
    ("250+", "role model stories"),
    ("70000", "MINT cards"),
]


@pytest.mark.parametrize("section_id", ["casestudy-komm-mach-mint", "casestudy-resultaten"])
def test_case_study_figures_are_paired_correctly(library: Library, section_id: str) -> None:
    figures = section_named(library, section_id).figures
    assert [(f.value, f.label.split(" ")[0]) for f in figures] == [
        (value, word.split(" ")[0]) for value, word in EXPECTED_FIGURES
    ]
    for figure, (value, words) in zip(figures, EXPECTED_FIGURES, strict=True):
        assert figure.value == value
        assert figure.label.startswith(words), (value, figure.label)


def test_case_study_text(library: Library) -> None:
    case = section_named(library, "casestudy-komm-mach-mint")
    assert "Komm, mach MINT" in case.title
    body, closing = norm(case.body), norm(case.closing)
    assert "Met meer dan 300 partners in het onderwijs" in body
    assert "is in 2008 opgericht door het Duitse federale ministerie van Onderwijs" in body
    assert "## Genomen maatregelen" in case.body
    for programme in (
        "Schule und dann (School en daarna) reizende tentoonstelling",
        "MINT-rolmodellen en interviews",
        "MINT Data tool en project map",
    ):
        assert programme in body
    assert "## Te leren lessen" in case.closing
    assert "Inclusieve communicatie en mentoring zijn essentieel" in closing
    assert "Duurzame organisatorische verandering kost tijd" in closing
    assert "Voor trainers laat deze casus zien hoe beleid en praktijk op elkaar inwerken" in closing
    assert "https://www.komm-mach-mint.de/" in closing
    results = section_named(library, "casestudy-resultaten")
    assert results.title == "Resultaten en impact"
    assert not results.body.strip()
    assert not results.closing.strip()


def test_call_to_action(library: Library) -> None:
    section = section_named(library, "oproep-tot-actie")
    assert [p.title for p in section.phases] == [
        "Doel",
        "Documentatie",
        "Analyse",
        "Evaluatie",
        "Plan",
    ]
    key_sentences = [
        "Bepaal je persoonlijke doel of leerdoel voor dit seminar.",
        "Wat was het doel ervan? Hoe was het opgebouwd?",
        "waarom wordt diversiteit of gelijkheid nog niet voldoende in praktijk gebracht?",
        "Welke middelen of ondersteuning zijn daarvoor nodig?",
        "Bepaal stappen voor de korte, middellange en lange termijn.",
    ]
    key_examples = [
        "bewustzijn van onbewuste vooroordelen in mijn afdeling vergroten",
        "belemmeringen voor vrouwen in STEM te belichten",
        "schrijven vrouwelijke studenten zich zelden in voor keuzevakken",
        "de faculteitsraad voorstellen om een mentorprogramma op te zetten",
        "Korte termijn: rolmodellen toevoegen aan mijn STEM-lessen.",
    ]
    for phase, sentence, example in zip(section.phases, key_sentences, key_examples, strict=True):
        assert sentence in norm(phase.text), phase.title
        assert phase.example, f"{phase.title} has no example"
        assert example in norm(phase.example), phase.title
        assert phase.example.count('"') % 2 == 0, f"unbalanced quotes in {phase.title}"
    body = section.body
    for heading in (
        "Onderdelen",
        "Gebruiksaanwijzing",
        "Hoe te gebruiken",
        "Suggesties voor follow-up",
    ):
        assert f"## {heading}" in body
    assert len(list_under(body, "Onderdelen")) == 6
    assert len(list_under(body, "Suggesties voor follow-up")) == 3
    numbered = re.findall(r"^(\d)\. ", body, re.MULTILINE)
    assert numbered == ["1", "2", "3", "4", "5"]
    assert "Introduceer dit sjabloon tijdens het afsluitende deel van workshop 2." in norm(body)


def test_motivational_material_is_a_placeholder(library: Library) -> None:
    section = section_named(library, "motiverend-materiaal")
    assert "niet beschikbaar" in section.body
    assert not section.figures
    assert not section.phases


def test_references(library: Library) -> None:
    refs = library.references
    assert len(refs) == 10
    for ref in refs:
        assert ref.url, ref.text
        assert ref.url.startswith("https://")
        assert "?" not in ref.url
        assert " " not in ref.url
        assert ref.url not in ref.text
    assert refs[0].text.startswith("Alkhaled, S., Stead, V., & Li, Y. (2024).")
    assert refs[0].url == (
        "https://www.lancaster.ac.uk/media/lancaster-university/content-assets/"
        "documents/lums/research/LUMSGenderAwareResearch.pdf"
    )
    assert refs[-1].url == "https://www.teamhero.de/vielfalt-am-arbeitsplatz/"
    assert any(r.url == "https://www.lpb-bw.de/diversity" for r in refs)


def test_description_lists_the_six_parts(library: Library) -> None:
    description = norm(library.description)
    assert description.startswith("Deze reeks face-to-face trainingssessies")
    assert "ontwikkeld in het kader van het STEAM Coach-project." in description
    bullets = [line for line in library.description.splitlines() if line.startswith("- ")]
    assert len(bullets) == 6


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.stem)
def test_no_yaml_anchors_or_aliases(path: Path) -> None:
    # The app's loader refuses anchors and aliases: every text is written out in full.
    with path.open(encoding="utf-8") as f:
        for event in yaml.parse(f):
            assert not isinstance(event, yaml.AliasEvent), f"alias at {event.start_mark}"
            assert getattr(event, "anchor", None) is None, f"anchor at {event.start_mark}"


# --- no extraction artefacts, faithful text --------------------------------------------

ARTEFACTS = ("\uf0fe", "\uf0b7", "\uf0a7", "▪", "•", "utm_source", "setp-by-step", "instuctions")


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.stem)
def test_no_extraction_artefacts(path: Path) -> None:
    for text in all_strings(raw_yaml(path)):
        for artefact in ARTEFACTS:
            assert artefact not in text, f"{artefact!r} in {text[:80]!r}"
        assert not any("\ue000" <= ch <= "\uf8ff" for ch in text), text[:80]
        assert "  " not in text.replace("\n  ", "\n"), f"double space in {text[:80]!r}"
    raw = path.read_text(encoding="utf-8")
    assert "utm_source" not in raw
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in raw)


# Sample sentences from every part of the source, as they must appear (whitespace normalised).
SAMPLES: dict[str, list[str]] = {
    "library.description": [
        "Het materiaal is bedoeld om trainers te ondersteunen bij het bevorderen van inclusieve,"
        " reflectieve en gendersensitieve praktijken binnen STEM-TVET-omgevingen",
        "Een handleiding die trainers en facilitators ondersteunt bij het toepassen van een"
        " intersectionele en cultureel responsieve aanpak tijdens trainingssessies.",
    ],
    "session1.objectives": [
        "Bewustwording creëren over hoe leerplannen en richtlijnen genderdiversiteit kunnen"
        " ondersteunen of belemmeren",
    ],
    "session1.step1": [
        "Benadruk dat dit een veilige ruimte is waar zonder oordeel kan worden nagedacht en"
        " ervaringen kunnen worden uitgewisseld.",
        "Vorm kleine groepjes van 2-3 personen om ideeën uit te wisselen",
        "Communiceer basisregels voor een vertrouwelijke en inclusieve omgeving.",
        "Maak de overgang door te benadrukken hoe gendersensitieve leerplannen essentieel zijn"
        " voor inclusief STEM-onderwijs.",
    ],
    "session1.step2": [
        "Wat betekent een gendersensitieve onderwijsomgeving in STEM?",
        "Neem in deze presentatie definities, kaders en relevante voorbeelden op om de inhoud"
        " te illustreren.",
        "Moedig deelnemers aan om na te denken over de huidige outreachprogramma's die ze kennen",
    ],
    "session1.step3": [
        "Verdeel de deelnemers in groepen van 3-5 personen",
        "drie fragmenten (curricula, richtlijnen, functieprofielen)",
        "Kunt u voorbeelden vinden van uitsluitingen (vooroordelen, stereotypen, weglatingen)?",
        "Geef daarvoor, als de tijd het toelaat, extra documenten (die u vooraf hebt onderzocht"
        " en voorbereid).",
    ],
    "session1.step4": [
        "Wijs een moderator aan om alle belangrijke punten op een flip-over te verzamelen",
        "Hoe weerspiegelen deze bevindingen de praktijk in het onderwijs?",
        "Koppel de discussie tijdens het begeleiden van de gesprekken aan bredere strategieën"
        " voor onderwijsbereik",
    ],
    "session1.step5": [
        "Deel voor deze activiteit papier, pennen, potloden of ander materiaal uit.",
        "Elk duo moet een STEM-omgeving kiezen (bijv. een practicum, een stage, een"
        " programmeermodule).",
        "Vraag 2-3 duo's om hun ontwerpen kort met de groep te delen.",
        "Wat is een kleine verandering die je morgen in je eigen onderwijs of professionele"
        " context zou kunnen doorvoeren om deze genderbewuster te maken?",
    ],
    "session1.step6": [
        "Verzamel korte feedback (plakbriefjes, mondelinge reflecties of digitale tool).",
        "essentieel zijn voor de huidige onderwijs- en beroepswereld.",
    ],
    "session2.objectives": [
        "Versterk de individuele betrokkenheid bij het bevorderen van gelijkheid en diversiteit"
        " in de eigen werkomgeving van deelnemers",
    ],
    "session2.step1": [
        "Benadruk dat dit een veilige, oordeelvrije ruimte is voor reflectie en uitwisseling.",
        "Vraag iedereen om kort één situatie op te schrijven.",
        "Stel duidelijke groepsregels op om vertrouwen op te bouwen.",
    ],
    "session2.step2": [
        "Gebruik duidelijke voorbeelden, zoals mentorprogramma's, inclusieve wervingspraktijken"
        " of flexibel beleid.",
        "Heb je deze in de praktijk gezien op je eigen werkplek of in je onderwijsomgeving?",
    ],
    "session2.step3": [
        "Geef elke groep twee kaarten met scenario's op de werkplek uit Hand-out 2.",
        "Hoe zou je de situatie oplossen in het licht van deze workshop?",
        "Vraag de groepen om verder te kijken dan de oppervlakkige details",
    ],
    "session2.step4": [
        "Noteer tijdens het delen de belangrijkste punten op een flip-over, zodat iedereen de"
        " ideeën kan zien.",
        "Welke institutionele maatregelen zouden eerlijkere resultaten kunnen ondersteunen?",
        "kunt u een korte casestudy van goede praktijken toevoegen – ontleend aan het onderwijs"
        " of de werkplek –",
    ],
    "session2.step5": [
        "één die onrechtvaardigheid of een gebrek aan gelijkheid laat zien, en één die een"
        " positief voorbeeld van gelijkheid in de praktijk laat zien.",
        "een zeer korte presentatie (ongeveer 2 minuten)",
        "Wat vond je het meest opvallend aan deze scènes?",
    ],
    "session2.step6": [
        "De betekenis en het belang van diversiteit en gelijkheid op het werk.",
        "Vraag hen om de zin 'Ik zal...' in te vullen op een plakbriefje of digitaal bord.",
        "Benadruk dat gelijkheid en diversiteit essentieel zijn voor het creëren van eerlijke en"
        " inclusieve werkplekken voor iedereen.",
    ],
    "section.didactisch-advies": [
        "Deze gids ondersteunt trainers bij het gebruik van inclusieve en gerichte communicatie"
        " bij het geven van STEM-gerelateerde workshops.",
        "Wat je wel en niet moet doen voor effectieve en inclusieve begeleiding.",
        "Emphasise measurable, targeted outreach goals (e.g., “Motivate 100 women to apply for"
        " STEM studies”)",
        "Gebruik het om te evalueren of de doelstellingen op het gebied van inclusiviteit en"
        " outreach zijn bereikt.",
    ],
    "section.hoe-te-begeleiden": [
        "Het doel is om vrouwen te motiveren om leidinggevende posities en STEM-velden te"
        " vervullen, stigma en vooroordelen te verminderen",
        "Cultuurbegrip te ontwikkelen door na te denken over normen, opvattingen en vooroordelen.",
        "Vermijd clichés of generalisaties; benadruk diverse perspectieven",
    ],
    "section.casestudy-komm-mach-mint": [
        "MINT is het Duitse equivalent van STEM en staat voor Mathematik (wiskunde), Informatik"
        " (informatica), Naturwissenschaften (natuurwetenschappen) en Technik (technologie).",
        "Tegelijkertijd heeft het praktische leerformats gecreëerd, zoals STEM-kampen,"
        " projectdagen en robotica-workshops,",
        "zorgt Komm, mach MINT ervoor dat meisjes en jonge vrouwen niet alleen toegang krijgen"
        " tot STEM-trajecten, maar ook hun toekomstige plaats daarin zien.",
        "Het koppelen van outreach- en werkplekinitiatieven vergroot de impact",
    ],
    "section.oproep-tot-actie": [
        "Het doel is om inzichten uit de training te vertalen naar een concreet actieplan.",
        "Verantwoordingsplan (bijv. wie gaat de voortgang monitoren of opvolgen?).",
        "Geef de deelnemers een gedrukte of digitale versie van het sjabloon.",
        "Beveel aan om peer-support of verantwoordingsparen te vormen, zodat deelnemers samen de"
        " voortgang kunnen volgen.",
    ],
}


def _part_text(part: str, library: Library, session1: Session, session2: Session) -> str:
    owner, _, name = part.partition(".")
    if owner == "library":
        return library.description
    if owner == "section":
        section = section_named(library, name)
        phases = " ".join(f"{p.text} {p.example or ''}" for p in section.phases)
        return f"{section.body} {phases} {section.closing}"
    session = session1 if owner == "session1" else session2
    if name == "objectives":
        return " ".join(session.objectives)
    return step_number(session, int(name.removeprefix("step"))).instructions


@pytest.mark.parametrize(
    ("part", "sentence"),
    [(part, sentence) for part, sentences in SAMPLES.items() for sentence in sentences],
)
def test_source_sentences_are_present(
    library: Library, session1: Session, session2: Session, part: str, sentence: str
) -> None:
    assert norm(sentence) in norm(_part_text(part, library, session1, session2))


def test_every_step_keeps_all_its_instruction_bullets(session1: Session, session2: Session) -> None:
    # Top-level bullets (the ▪ paragraphs of the source) per step.
    expected = {
        "session1": [2, 3, 3, 3, 3, 3],
        "session2": [4, 2, 3, 3, 3, 3],
    }
    for name, session in (("session1", session1), ("session2", session2)):
        counts = [
            len(re.findall(r"^- ", step.instructions, re.MULTILINE)) for step in session.steps
        ]
        assert counts == expected[name], name


# --- the room: groups, dealt material, turns, the trainer's parts -----------------------


def test_groups_where_the_steps_say_so(session1: Session, session2: Session) -> None:
    assert [step.groups for step in session1.steps] == [
        GroupSize(2, 3),
        None,
        GroupSize(3, 5),
        SAME,
        PAIRS,
        None,
    ]
    assert [step.groups for step in session2.steps] == [
        None,
        None,
        GroupSize(3, 5),
        SAME,
        PAIRS,
        None,
    ]
    # What the instructions say, that the annotations follow.
    assert "Vorm kleine groepjes van 2-3 personen" in step_number(session1, 1).instructions
    assert (
        "Verdeel de deelnemers in groepen van 3-5 personen" in step_number(session1, 3).instructions
    )
    assert "Vraag de deelnemers om duo's te vormen" in step_number(session1, 5).instructions
    assert "in kleine groepen van 3-5 personen" in step_number(session2, 3).instructions
    assert "tweetallen" in step_number(session2, 5).title
    for session in (session1, session2):
        assert "Vraag elke groep om" in step_number(session, 4).instructions


def test_material_is_dealt_where_the_steps_hand_it_out(
    session1: Session, session2: Session
) -> None:
    documents = step_number(session1, 3).deal
    assert documents is not None
    assert (documents.handout, documents.documents, documents.cards) == ("hand-out-1", "all", None)
    assert "Geef elke groep hand-out 1" in step_number(session1, 3).instructions
    cards = step_number(session2, 3).deal
    assert cards is not None
    assert (cards.handout, cards.cards, cards.documents) == ("hand-out-2", 2, None)
    assert "Geef elke groep twee kaarten" in step_number(session2, 3).instructions
    dealing = [
        (n, i + 1)
        for n, s in enumerate((session1, session2), 1)
        for i, step in enumerate(s.steps)
        if step.deal is not None
    ]
    assert dealing == [(1, 3), (2, 3)]
    handout_2 = session2.handouts[0]
    assert len(handout_2.cards) == 4 and "Elke groep krijgt twee scenario-kaarten" in (
        handout_2.instructions
    )


def test_every_group_has_a_turn_where_every_group_presents(
    session1: Session, session2: Session
) -> None:
    assert step_number(session1, 4).turns == Turns()  # the step's time shared out
    assert step_number(session2, 4).turns == Turns()
    assert step_number(session2, 5).turns == Turns(minutes=2)
    assert "(ongeveer 2 minuten)" in step_number(session2, 5).instructions
    turns = [
        (n, i + 1)
        for n, s in enumerate((session1, session2), 1)
        for i, step in enumerate(s.steps)
        if step.turns is not None
    ]
    assert turns == [(1, 4), (2, 4), (2, 5)]


def test_the_call_to_action_keeps_the_trainers_instructions_off_the_projector(
    library: Library,
) -> None:
    section = section_named(library, "oproep-tot-actie")
    assert section.trainer_only == [
        "Gebruiksaanwijzing",
        "Hoe te gebruiken",
        "Suggesties voor follow-up",
    ]
    room = norm(section.room_body)
    for trainers in (
        "Introduceer dit sjabloon tijdens het afsluitende deel van workshop 2.",
        "Begeleid hen door de vijf fasen.",
        "Geef de deelnemers een gedrukte of digitale versie van het sjabloon.",
        "verantwoordingsparen",
    ):
        assert trainers in norm(section.body)
        assert trainers not in room
    for rooms in (
        "## Onderdelen",
        "Het doel is om inzichten uit de training te vertalen naar een concreet actieplan.",
        "Links naar aanvullende bronnen voor continu leren.",
        "## Sjabloon voor individuele reflectie en actieplanning",
    ):
        assert rooms in room
    others = [s.id for s in library.sections if s.trainer_only and s.id != section.id]
    assert others == []
