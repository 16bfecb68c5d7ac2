"""The English STEAM Coach agendas: the Dutch bundle's twin, complete and faithful.

``agendas/steam-coach-en/`` is the English version of ``agendas/steam-coach/``. These tests
hold the two together: the same structure (steps, minutes, projected items, hand-outs,
documents, cards, checklists, sections, phases, references, and every field that is not
text), the parts that are English in the source exactly as in the Dutch files, and key
sentences from every part of the translation, so that nothing is left untranslated or out.
Like ``test_bundled_content.py`` they read the files with ``yaml.safe_load`` and the
format's models, so they do not depend on the loader.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.check import check_files
from facilitator.agenda.groupsize import PAIRS as PAIR_GROUPS
from facilitator.agenda.groupsize import SAME, GroupSize
from facilitator.agenda.model import (
    CardItem,
    CardsItem,
    DocumentItem,
    HandoutItem,
    Library,
    PromptItem,
    QuestionsItem,
    SectionItem,
    Session,
    Step,
    TextItem,
    Turns,
)
from facilitator.agenda.schema import agenda_schema
from tests.agenda.bundle_reading import (
    all_strings,
    library_of,
    list_under,
    norm,
    projected_questions,
    raw_yaml,
    section_named,
    session_of,
    step_number,
)

AGENDAS = Path(__file__).resolve().parents[2] / "agendas"
NL = AGENDAS / "steam-coach"
EN = AGENDAS / "steam-coach-en"
NL_LIBRARY = NL / "steam-coach-materiaal.yaml"
EN_LIBRARY = EN / "steam-coach-material.yaml"
EN_SESSION_1 = EN / "session-1-outreach-and-curricula.yaml"
EN_SESSION_2 = EN / "session-2-diversity-in-the-workplace.yaml"
# Each English file beside the Dutch file it translates.
PAIRS = [
    (NL / "sessie-1-outreach-en-curricula.yaml", EN_SESSION_1),
    (NL / "sessie-2-diversiteit-op-de-werkplek.yaml", EN_SESSION_2),
    (NL_LIBRARY, EN_LIBRARY),
]
SESSION_PAIRS = PAIRS[:2]
EN_FILES = [english for _, english in PAIRS]


@pytest.fixture(scope="module")
def library() -> Library:
    return library_of(EN_LIBRARY)


@pytest.fixture(scope="module")
def dutch_library() -> Library:
    return library_of(NL_LIBRARY)


@pytest.fixture(scope="module")
def session1() -> Session:
    return session_of(EN_SESSION_1)


@pytest.fixture(scope="module")
def session2() -> Session:
    return session_of(EN_SESSION_2)


# --- one structure, two languages ------------------------------------------------------

# The keys whose strings are translated. Every other value (ids, minutes, references to
# hand-outs, cards, documents and sections, figures' values, URLs, and any field added to
# the format later) must be the same in both languages.
TEXT_KEYS = frozenset(
    {
        "title",
        "subtitle",
        "short_title",
        "description",
        "focus",
        "objectives",
        "audience",
        "materials",
        "instructions",
        "question",
        "questions",
        "heading",
        "text",
        "prompt",
        "examples",
        "example",
        "note",
        "body",
        "closing",
        "category",
    }
)
# Keys whose whole content is English in the source (or, for the references, stays as
# it is): equal in both versions, texts included.
SAME_IN_BOTH = frozenset({"checklists", "figures", "references"})
# Keys that differ by design: the language itself and the library's file name.
PER_LANGUAGE = frozenset({"language", "library"})
# Keys that name a section's headings (translated): they must name the same parts.
HEADING_KEYS = frozenset({"trainer_only"})


def _heading_positions(section: dict[str, Any]) -> list[int]:
    """Where each heading named in ``trainer_only`` is among the section's headings (-1: not)."""
    text = f"{section.get('body', '')}\n{section.get('closing', '')}"
    titles = re.findall(r"^#+ (.+?)\s*$", text, re.MULTILINE)
    return [titles.index(name) if name in titles else -1 for name in section["trainer_only"]]


def _differences(dutch: Any, english: Any, where: str = "", text: bool = False) -> Iterator[str]:
    """Where the English document's structure or non-text values differ from the Dutch one."""
    if isinstance(dutch, dict) and isinstance(english, dict):
        if list(dutch) != list(english):
            yield f"{where or 'top'}: keys {list(dutch)} != {list(english)}"
        for key in dutch:
            if key not in english or key in PER_LANGUAGE:
                continue
            if key in SAME_IN_BOTH:
                if dutch[key] != english[key]:
                    yield f"{where}.{key}: not the same as in the Dutch file"
                continue
            if key in HEADING_KEYS:
                nl_parts, en_parts = _heading_positions(dutch), _heading_positions(english)
                if nl_parts != en_parts or -1 in en_parts:
                    yield f"{where}.{key}: headings {en_parts} in English, {nl_parts} in Dutch"
                continue
            yield from _differences(dutch[key], english[key], f"{where}.{key}", key in TEXT_KEYS)
    elif isinstance(dutch, list) and isinstance(english, list):
        if len(dutch) != len(english):
            yield f"{where}: {len(dutch)} entries in Dutch, {len(english)} in English"
        for index, (a, b) in enumerate(zip(dutch, english, strict=False)):
            yield from _differences(a, b, f"{where}[{index}]", text)
    elif type(dutch) is not type(english):
        yield f"{where}: {type(dutch).__name__} in Dutch, {type(english).__name__} in English"
    elif not text and dutch != english:
        yield f"{where}: {dutch!r} in Dutch, {english!r} in English"


@pytest.mark.parametrize(("dutch", "english"), PAIRS, ids=lambda p: p.stem)
def test_same_structure_and_values_as_the_dutch_file(dutch: Path, english: Path) -> None:
    assert list(_differences(raw_yaml(dutch), raw_yaml(english))) == []


def test_the_structure_check_sees_a_difference() -> None:
    # Guards the walker above: it must notice a dropped card, changed minutes, a dropped
    # checklist line and a changed id, and let a translated text pass.
    dutch = raw_yaml(PAIRS[1][0])
    english = raw_yaml(PAIRS[1][0])
    english["steps"][0]["title"] = "Introduction & icebreaker"
    assert list(_differences(dutch, english)) == []
    english["handouts"][0]["cards"].pop()
    english["steps"][1]["minutes"] = 20
    english["steps"][2]["project"][1]["cards"][0] = "hand-out-2/kaart-x"
    found = list(_differences(dutch, english))
    assert any(".handouts[0].cards" in f for f in found), found
    assert any(".steps[1].minutes" in f for f in found), found
    assert any(".steps[2].project[1].cards[0]" in f for f in found), found
    library = raw_yaml(NL_LIBRARY)
    spoiled = raw_yaml(NL_LIBRARY)
    spoiled["checklists"][0]["items"].pop()
    assert list(_differences(library, spoiled)) == [
        ".checklists: not the same as in the Dutch file"
    ]


@pytest.mark.parametrize(("dutch_path", "english_path"), SESSION_PAIRS, ids=lambda p: p.stem)
def test_sessions_have_the_dutch_steps_and_minutes(dutch_path: Path, english_path: Path) -> None:
    dutch, english = session_of(dutch_path), session_of(english_path)
    assert english.language == "en"
    assert dutch.language == "nl"
    assert english.library == [EN_LIBRARY.name]
    assert english.duration == dutch.duration == 90
    assert [s.id for s in english.steps] == [s.id for s in dutch.steps]
    assert [s.minutes for s in english.steps] == [s.minutes for s in dutch.steps]
    assert [s.minutes for s in english.steps] == [10, 15, 25, 15, 15, 10]
    assert sum(s.minutes for s in english.steps) == english.duration
    for field in ("focus", "objectives", "audience", "materials"):
        assert len(getattr(english, field)) == len(getattr(dutch, field)), field
    for nl_step, en_step in zip(dutch.steps, english.steps, strict=True):
        assert en_step.title != nl_step.title, en_step.id
        assert len(en_step.materials) == len(nl_step.materials), en_step.id
        assert not re.match(r"(?i)step\s*\d", en_step.title), en_step.title
        assert "minutes" not in en_step.title


def _shape(item: Any) -> tuple[Any, ...]:
    """What a projected item is and what it points to, without its words."""
    if isinstance(item, QuestionsItem):
        return ("questions", len(item.questions), item.heading is not None)
    if isinstance(item, PromptItem):
        return ("prompt", len(item.examples))
    if isinstance(item, TextItem):
        return ("text", item.heading is not None)
    if isinstance(item, DocumentItem):
        return ("document", item.document)
    if isinstance(item, CardItem):
        return ("card", item.card)
    if isinstance(item, CardsItem):
        return ("cards", tuple(item.cards))
    if isinstance(item, HandoutItem):
        return ("handout", item.handout)
    if isinstance(item, SectionItem):
        return ("section", item.section)
    return (type(item).__name__,)


@pytest.mark.parametrize(("dutch_path", "english_path"), SESSION_PAIRS, ids=lambda p: p.stem)
def test_every_step_projects_the_same_items(dutch_path: Path, english_path: Path) -> None:
    dutch, english = session_of(dutch_path), session_of(english_path)
    for nl_step, en_step in zip(dutch.steps, english.steps, strict=True):
        assert len(en_step.project) == len(nl_step.project), en_step.id
        assert [_shape(i) for i in en_step.project] == [_shape(i) for i in nl_step.project]


@pytest.mark.parametrize(("dutch_path", "english_path"), SESSION_PAIRS, ids=lambda p: p.stem)
def test_same_hand_outs_documents_and_cards(dutch_path: Path, english_path: Path) -> None:
    dutch, english = session_of(dutch_path), session_of(english_path)
    assert [h.id for h in english.handouts] == [h.id for h in dutch.handouts]
    for nl_handout, en_handout in zip(dutch.handouts, english.handouts, strict=True):
        assert en_handout.title != nl_handout.title
        assert len(en_handout.questions) == len(nl_handout.questions)
        assert (en_handout.note is None) == (nl_handout.note is None)
        assert [d.id for d in en_handout.documents] == [d.id for d in nl_handout.documents]
        assert [c.id for c in en_handout.cards] == [c.id for c in nl_handout.cards]


@pytest.mark.parametrize(("dutch_path", "english_path"), SESSION_PAIRS, ids=lambda p: p.stem)
def test_every_step_keeps_the_dutch_bullets(dutch_path: Path, english_path: Path) -> None:
    # Top-level bullets (the ▪ paragraphs of the source) and nested ones, per step.
    def bullets(step: Step) -> tuple[int, int]:
        text = step.instructions
        return (
            len(re.findall(r"^- ", text, re.MULTILINE)),
            len(re.findall(r"^\s+- ", text, re.MULTILINE)),
        )

    dutch, english = session_of(dutch_path), session_of(english_path)
    assert [bullets(s) for s in english.steps] == [bullets(s) for s in dutch.steps]


def test_library_has_the_dutch_checklists_sections_and_phases(
    library: Library, dutch_library: Library
) -> None:
    assert [c.id for c in library.checklists] == [c.id for c in dutch_library.checklists]
    assert [len(c.items) for c in library.checklists] == [3, 2, 2]
    assert [s.id for s in library.sections] == [s.id for s in dutch_library.sections]
    for nl_section, en_section in zip(dutch_library.sections, library.sections, strict=True):
        where = en_section.id
        assert en_section.category, where
        assert en_section.title != nl_section.title, where
        assert len(en_section.phases) == len(nl_section.phases), where
        assert en_section.figures == nl_section.figures, where
        assert en_section.body.count("\n## ") == nl_section.body.count("\n## "), where
        assert en_section.closing.count("\n") == nl_section.closing.count("\n"), where
    assert len(section_named(library, "oproep-tot-actie").phases) == 5


def test_every_reference_resolves(library: Library, session1: Session, session2: Session) -> None:
    for path, session in ((EN_SESSION_1, session1), (EN_SESSION_2, session2)):
        agenda = Agenda(path, session, (library,))
        for name in session.library:
            assert (path.parent / name).is_file(), name
        for step in agenda.steps:
            for item in step.project:
                where = f"{path.name} {step.id}: {item!r}"
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


@pytest.mark.parametrize("path", EN_FILES, ids=lambda p: p.stem)
def test_the_english_files_match_the_schema(path: Path) -> None:
    # As an editor with the JSON Schema sees them.
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    validator = jsonschema.Draft202012Validator(agenda_schema())
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(raw_yaml(path))
    ]
    assert errors == []


def test_the_english_files_pass_check() -> None:
    out = io.StringIO()
    status = check_files([str(p) for p in EN_FILES], out)
    assert status == 0, out.getvalue()
    assert out.getvalue().count("OK  ") == 3, out.getvalue()


# --- the parts that are English in the source, as they are ------------------------------


def test_checklists_are_the_dutch_files_ones(library: Library, dutch_library: Library) -> None:
    assert library.checklists == dutch_library.checklists
    assert [c.title for c in library.checklists] == [
        "Before training",
        "During training",
        "After training",
    ]
    assert (
        "Follow the step-by-step instructions provided under each section"
        in library.checklists[1].items
    )


def _raw_part(path: Path, start: str, end: str | None, after: str | None = None) -> str:
    """The file's text from ``start`` up to ``end`` (looked for after ``after``), or to its end."""
    text = path.read_text(encoding="utf-8")
    first = text.index(start)
    if end is None:
        return text[first:]
    return text[first : text.index(end, text.index(after, first) if after else first + 1)]


# (start, end, look for the end after): the English parts as the files write them.
ENGLISH_PARTS = [
    ("\nchecklists:\n", "\n\n# ---", None),
    ("      ## DO(s)\n", "\n\n      ## ", "      ## Don't(s)\n"),
    ("    figures:\n", "    closing: |", None),
    ("\nreferences:\n", None, None),
]


@pytest.mark.parametrize(("start", "end", "after"), ENGLISH_PARTS, ids=lambda v: repr(v)[:20])
def test_english_parts_are_byte_equal_in_the_files(
    start: str, end: str | None, after: str | None
) -> None:
    dutch = _raw_part(NL_LIBRARY, start, end, after).encode("utf-8")
    english = _raw_part(EN_LIBRARY, start, end, after).encode("utf-8")
    assert len(dutch) > 200, start
    assert english == dutch


def test_both_figure_lists_are_byte_equal_in_the_files() -> None:
    figures = _raw_part(NL_LIBRARY, "    figures:\n", "    closing: |")
    assert NL_LIBRARY.read_text(encoding="utf-8").count(figures) == 2
    assert EN_LIBRARY.read_text(encoding="utf-8").count(figures) == 2


def test_do_and_dont_lists_are_the_dutch_files_ones(
    library: Library, dutch_library: Library
) -> None:
    body = section_named(library, "didactisch-advies").body
    dutch_body = section_named(dutch_library, "didactisch-advies").body
    for heading in ("DO(s)", "Don't(s)"):
        assert list_under(body, heading) == list_under(dutch_body, heading), heading
    assert len(list_under(body, "DO(s)")) == 7
    assert len(list_under(body, "Don't(s)")) == 6
    assert len(list_under(body, "Recommended use during the training sessions")) == 3


def test_case_study_figures_are_the_dutch_files_ones(
    library: Library, dutch_library: Library
) -> None:
    for section_id in ("casestudy-komm-mach-mint", "casestudy-resultaten"):
        figures = section_named(library, section_id).figures
        assert figures == section_named(dutch_library, section_id).figures
        assert [f.value for f in figures] == ["300+", "1000+", "30000", "100+", "250+", "70000"]


def test_references_are_the_dutch_files_ones(library: Library, dutch_library: Library) -> None:
    assert library.references == dutch_library.references
    assert len(library.references) == 10
    assert all(
        r.url and r.url.startswith("https://") and "?" not in r.url for r in library.references
    )


# --- the translation is complete ---------------------------------------------------------

# Dutch words that have no business in an English text (whole words, lower case).
DUTCH_WORDS = frozenset(
    {
        "de",
        "het",
        "een",
        "van",
        "voor",
        "zijn",
        "niet",
        "wordt",
        "worden",
        "hun",
        "met",
        "aan",
        "te",
        "ook",
        "bij",
        "om",
        "die",
        "dat",
        "ze",
        "je",
        "uw",
        "kunnen",
        "moet",
        "deelnemers",
        "stap",
        "vraag",
        "groep",
        "groepen",
        "zoals",
        "naar",
        "hoe",
        "wat",
        "welke",
    }
)


def _texts(value: Any, text: bool = False) -> Iterator[str]:
    """The translated strings of a loaded document (see TEXT_KEYS and SAME_IN_BOTH)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in SAME_IN_BOTH:
                yield from _texts(item, key in TEXT_KEYS)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item, text)
    elif isinstance(value, str) and text:
        yield value


def _without_urls(text: str) -> str:
    # An address such as komm-mach-mint.de is no Dutch "de".
    return re.sub(r"https?://\S+", "", text)


@pytest.mark.parametrize("path", EN_FILES, ids=lambda p: p.stem)
def test_no_dutch_is_left(path: Path) -> None:
    texts = list(_texts(raw_yaml(path)))
    assert len(texts) > 30
    for text in texts:
        dutch = sorted(
            {w for w in re.findall(r"\w+", _without_urls(text).lower()) if w in DUTCH_WORDS}
        )
        assert not dutch, f"Dutch {dutch} in {text[:80]!r}"


def test_the_dutch_word_check_sees_dutch() -> None:
    # Guards the check above on the Dutch files themselves.
    for dutch, _ in PAIRS:
        texts = list(_texts(raw_yaml(dutch)))
        assert any(w in DUTCH_WORDS for t in texts for w in re.findall(r"\w+", t.lower()))


def test_titles(session1: Session, session2: Session, library: Library) -> None:
    assert session1.title == "Designing gender-aware outreach and curricula in STEM"
    assert session1.subtitle == "STEAM Coach – Session 1"
    assert session2.title == (
        "Identifying strategies for greater diversity and equality in the workplace"
    )
    assert session2.subtitle == "STEAM Coach – Session 2"
    assert library.title == "STEAM Coach – Guidelines for trainers"
    assert [s.title for s in session1.steps] == [
        "Introduction & icebreaker",
        "Presentation: strategies for outreach programmes",
        "Group activity: analysing educational documents",
        "Sharing and discussing in groups",
        "Pair activity: designing gender-aware curricula",
        "Evaluation and conclusion",
    ]
    assert [s.title for s in session2.steps] == [
        "Introduction & icebreaker",
        "Presentation: strategies for diversity and equality",
        "Group activity: workplace scenarios",
        "Sharing in groups & guided discussion",
        "Pair activity: creating workplace scenes",
        "Evaluation & conclusion",
    ]
    assert [s.title for s in library.sections] == [
        "Didactical advice",
        "How-to guide",
        'Case study "Komm, mach MINT"',
        "Results and impact",
        "Call to action",
        "Motivational and promotional material",
    ]
    assert session1.handouts[0].title == "Handout 1: Educational documents for analysis"
    assert session2.handouts[0].title == "Handout 2: Scenario cards for the workplace"


def test_metadata(session1: Session, session2: Session) -> None:
    assert session1.focus == [
        "Designing effective outreach programmes",
        "Creating gender-inclusive STEM curricula",
    ]
    assert session2.focus == [
        "Developing policies for diversity and gender equality",
        "Measuring and monitoring the effectiveness of policies",
    ]
    assert session1.audience == [
        "Leaders in TVET/VET",
        "Trainers/instructors",
        "Career counsellors/R&D professionals",
    ]
    assert session2.audience[0] == "Leaders in vocational education and training"
    assert any(m.startswith("Handout 1: Educational documents") for m in session1.materials)
    assert any(
        m.startswith("Handout 2: Cards with workplace scenarios") for m in session2.materials
    )
    assert any("Promoting women in STEM and leadership" in m for m in session2.materials)
    assert any("props for role play" in m for m in session2.materials)
    assert any("Handout 1" in m for m in step_number(session1, 3).materials)
    assert any("Handout 2" in m for m in step_number(session2, 3).materials)


def test_documents_keep_their_gendered_wording(session1: Session) -> None:
    # The documents are there to be analysed for biased wording: the translation keeps it.
    docs = {d.id: d for d in session1.handouts[0].documents}
    assert [d.title for d in docs.values()] == [
        "Document A – Excerpt from the STEM curriculum",
        "Document B – Job description",
        "Document C – Announcement of a training programme",
    ]
    a, b, c = (norm(docs[f"document-{x}"].text) for x in "abc")
    assert "The student must demonstrate that he is able to solve technical problems" in a
    assert "present his results clearly. He must also show leadership qualities" in a
    assert "The ideal candidate is a young, dynamic graduate" in b
    assert "He will be responsible for leading a small project team" in b
    assert "intended for motivated boys" in c
    assert "Girls are also welcome if they are interested." in c


def test_cards(session2: Session) -> None:
    handout = session2.handouts[0]
    assert "Each group receives two scenario cards." in norm(handout.instructions)
    assert handout.note is not None
    assert "this is a safe, respectful space." in norm(handout.note)
    assert "not on judging individuals." in norm(handout.note)
    assert "Who is affected by this, and how?" in handout.questions
    expected = {
        "kaart-a": (
            "Card A – Promotion decision",
            [
                "There are two candidates: a man and a woman. Both are equally qualified.",
                "the female colleague is passed over because the manager assumes that she"
                ' cannot cope with the workload "because of her family responsibilities".',
            ],
        ),
        "kaart-b": (
            "Card B – Team meeting",
            [
                "a participant from an ethnic minority background presents an idea."
                " The proposal is ignored.",
                "another colleague repeats the same idea, and it is praised and accepted",
            ],
        ),
        "kaart-c": (
            "Card C – Training opportunity",
            [
                "A young female trainee shows interest in taking part in a technical training"
                " programme.",
                "Her manager suggests that she take a 'softer' course, because he assumes that"
                " she is not interested in practical technical work.",
            ],
        ),
        "kaart-d": (
            "Card D – Age discrimination in recruitment",
            [
                "A candidate in his mid-fifties applies for a new position.",
                "assuming that the candidate would not 'fit into a young team'.",
            ],
        ),
    }
    cards = {c.id: c for c in handout.cards}
    assert list(cards) == list(expected)
    for card_id, (title, sentences) in expected.items():
        assert cards[card_id].title == title
        for sentence in sentences:
            assert sentence in norm(cards[card_id].text), card_id


def test_prompt_and_call_to_action(session2: Session, library: Library) -> None:
    prompts = [i for i in step_number(session2, 6).project if isinstance(i, PromptItem)]
    assert [p.prompt for p in prompts] == ["I will..."]
    assert prompts[0].examples == [
        "I will challenge inequality when I see it",
        "I will share these ideas with my team",
        "I will promote fairness in recruitment",
    ]
    section = section_named(library, "oproep-tot-actie")
    assert section.subtitle == "Move forward: promote change"
    assert [p.title for p in section.phases] == [
        "Goal",
        "Documentation",
        "Analysis",
        "Evaluation",
        "Plan",
    ]
    prompts_of_phases = [
        "Define your personal goal or learning goal for this seminar.",
        "What was its purpose? How was it structured? What were the key facts?",
        "why is diversity or equality not yet sufficiently put into practice? What barriers"
        " are there?",
        "what options do you have to take action? What resources or support are needed for this?",
        "Define steps for the short, medium and long term.",
    ]
    examples = [
        "raise awareness of unconscious bias in my department",
        "highlight the barriers for women in STEM",
        "female students rarely enrol in robotics electives",
        "propose to the faculty board that a mentoring programme be set up",
        "Short term: add role models to my STEM lessons. Medium term:",
    ]
    for phase, prompt, example in zip(section.phases, prompts_of_phases, examples, strict=True):
        assert prompt in norm(phase.text), phase.title
        assert phase.example is not None and phase.example.startswith('Example: "'), phase.title
        assert example in norm(phase.example), phase.title
        assert phase.example.count('"') % 2 == 0, f"unbalanced quotes in {phase.title}"
    body = section.body
    for heading in (
        "Components",
        "Instructions for use",
        "How to use it",
        "Suggestions for follow-up",
    ):
        assert f"## {heading}" in body
    assert len(list_under(body, "Components")) == 6
    assert len(list_under(body, "Suggestions for follow-up")) == 3
    assert re.findall(r"^(\d)\. ", body, re.MULTILINE) == ["1", "2", "3", "4", "5"]
    assert "1) Goal, 2) Documentation, 3) Analysis, 4) Evaluation and 5) Planning" in body


def test_how_to_table(library: Library) -> None:
    section = section_named(library, "hoe-te-begeleiden")
    rows = [line for line in section.body.splitlines() if line.startswith("|")]
    assert rows[0].replace(" ", "") == "|Step|Action|Strategy|"
    data = rows[2:]
    assert [row.split("|")[1].strip().split(":")[0] for row in data] == [
        "Step 1",
        "Step 2",
        "Step 3",
        "Step 5",
        "Step 6",
    ]
    for row in data:
        assert row.count("|") == 4, row
    assert "The numbering follows the source, in which step 4 is missing." in section.body
    assert 'Use closing questions such as: "In my case, I will..."' in section.body


def test_case_study_text(library: Library) -> None:
    case = section_named(library, "casestudy-komm-mach-mint")
    assert case.title == 'Case study "Komm, mach MINT"'
    body, closing = norm(case.body), norm(case.closing)
    assert 'Komm, mach MINT (literally "Come on, do STEM") was founded in 2008' in body
    assert "With more than 300 partners in education, business and research" in body
    assert "## Measures taken" in case.body
    assert case.body.rstrip().endswith("## Results and impact")
    for programme in (
        "Schule und dann (School and then) travelling exhibition",
        "MINT role models and interviews",
        "MINT Data tool and project map",
    ):
        assert programme in body
    assert "## Lessons learned" in case.closing
    assert "Inclusive communication and mentoring are essential" in closing
    assert "For trainers, this case shows how policy and practice interact" in closing
    assert "Source: <https://www.komm-mach-mint.de/>" in closing
    results = section_named(library, "casestudy-resultaten")
    assert results.title == "Results and impact"
    assert not results.body.strip()
    assert not results.closing.strip()


def test_motivational_material_is_a_placeholder(library: Library) -> None:
    section = section_named(library, "motiverend-materiaal")
    assert "images that are not available here" in section.body
    assert not section.figures
    assert not section.phases


def test_description_lists_the_six_parts(library: Library) -> None:
    description = norm(library.description)
    assert description.startswith("This series of face-to-face training sessions")
    assert "developed within the STEAM Coach project." in description
    bullets = [line for line in library.description.splitlines() if line.startswith("- ")]
    assert len(bullets) == 6


_NESTED_QUESTION = re.compile(r"^\s+- ['\"]?(?P<q>[^\n]+?\?)['\"]?\s*$", re.MULTILINE)
_INLINE_QUESTION = re.compile(r": ['\"](?P<q>[^'\"\n]+?\?)['\"]")


@pytest.mark.parametrize(
    ("path", "questions_asked"),
    [(EN_SESSION_1, 12), (EN_SESSION_2, 10)],
    ids=lambda v: v.stem if isinstance(v, Path) else str(v),
)
def test_every_question_a_step_asks_is_projectable(path: Path, questions_asked: int) -> None:
    session = session_of(path)
    asked_total = 0
    for step in session.steps:
        asked = [m["q"] for m in _NESTED_QUESTION.finditer(step.instructions)]
        asked += [m["q"] for m in _INLINE_QUESTION.finditer(step.instructions)]
        asked_total += len(asked)
        projected = projected_questions(step)
        for question in asked:
            assert question in projected, f"{step.id}: {question!r} is not projectable"
    # The same counts as in the Dutch files: the patterns find every question.
    assert asked_total == questions_asked


# Key sentences from every part, as they must appear (whitespace normalised).
SAMPLES: dict[str, list[str]] = {
    "library.description": [
        "The material is intended to support trainers in promoting inclusive, reflective and"
        " gender-sensitive practices within STEM TVET settings",
        "supports trainers and facilitators in applying an intersectional and culturally"
        " responsive approach during training sessions.",
    ],
    "session1.objectives": [
        "Raising awareness of how curricula and guidelines can support or hinder gender diversity",
    ],
    "session1.step1": [
        "Emphasise that this is a safe space where people can reflect and share experiences"
        " without judgement.",
        "Form small groups of 2-3 people to exchange ideas",
        "Communicate ground rules for a confidential and inclusive environment.",
        "Make the transition by emphasising how gender-sensitive curricula are essential for"
        " inclusive STEM education.",
    ],
    "session1.step2": [
        "What does a gender-sensitive educational environment in STEM mean?",
        "Include definitions, frameworks and relevant examples in this presentation to"
        " illustrate the content.",
        "Encourage participants to reflect on the current outreach programmes they know",
    ],
    "session1.step3": [
        "Divide the participants into groups of 3-5 people",
        "three excerpts (curricula, guidelines, job profiles)",
        "Can you find examples of exclusion (biases, stereotypes, omissions)?",
        "if time allows, provide additional documents (which you have researched and prepared"
        " in advance).",
    ],
    "session1.step4": [
        "Appoint a moderator to collect and organise all the key points on a flip chart",
        "How do these findings reflect practice in education?",
        "link the discussion to broader strategies for educational outreach",
    ],
    "session1.step5": [
        "Hand out paper, pens, pencils or other materials for this activity.",
        "Each pair must choose a STEM setting (e.g. a lab session, a work placement, a"
        " programming module).",
        "Ask 2-3 pairs to briefly share their designs with the group.",
        "What is one small change you could make tomorrow in your own teaching or professional"
        " context to make it more gender-aware?",
    ],
    "session1.step6": [
        "Collect brief feedback (sticky notes, verbal reflections or a digital tool).",
        "are essential for today's world of education and work.",
    ],
    "session2.objectives": [
        "Strengthen individual commitment to promoting equality and diversity in participants'"
        " own working environment",
    ],
    "session2.step1": [
        "Emphasise that this is a safe, non-judgemental space for reflection and exchange.",
        "Ask everyone to briefly write down one situation.",
        "Set clear group rules to build trust.",
    ],
    "session2.step2": [
        "Use clear examples, such as mentoring programmes, inclusive recruitment practices or"
        " flexible policies.",
        "Have you seen these in practice in your own workplace or educational setting?",
    ],
    "session2.step3": [
        "Give each group two cards with workplace scenarios from Handout 2.",
        "How would you resolve the situation in the light of this workshop?",
        "Ask the groups to look beyond the surface details",
    ],
    "session2.step4": [
        "While they share, note the key points on a flip chart so that everyone can see the ideas.",
        "Which institutional measures could support fairer outcomes?",
        "you can add a short good-practice case study – drawn from education or the workplace –",
    ],
    "session2.step5": [
        "one that shows injustice or a lack of equality, and one that shows a positive example"
        " of equality in practice.",
        "a very short presentation (about 2 minutes)",
        "What struck you most about these scenes?",
    ],
    "session2.step6": [
        "The meaning and importance of diversity and equality at work.",
        "Ask them to complete the sentence 'I will...' on a sticky note or digital board.",
        "Emphasise that equality and diversity are essential for creating fair and inclusive"
        " workplaces for everyone.",
    ],
    "section.didactisch-advies": [
        "This guide supports trainers in using inclusive and targeted communication when"
        " delivering STEM-related workshops.",
        "What to do and what not to do for effective and inclusive facilitation.",
        "Use it to evaluate whether the objectives for inclusiveness and outreach have been"
        " achieved.",
    ],
    "section.hoe-te-begeleiden": [
        "The aim is to motivate women to pursue leadership positions and STEM fields, to"
        " reduce stigma and bias",
        "Develop cultural understanding by reflecting on norms, beliefs and biases.",
        "Avoid clichés or generalisations; highlight diverse perspectives",
    ],
    "section.casestudy-komm-mach-mint": [
        "MINT is the German equivalent of STEM and stands for Mathematik (mathematics),"
        " Informatik (computer science), Naturwissenschaften (natural sciences) and Technik"
        " (technology).",
        "it has created hands-on learning formats, such as STEM camps, project days and"
        " robotics workshops,",
        "Komm, mach MINT ensures that girls and young women not only gain access to STEM"
        " pathways but also see their future place in them.",
        "Linking outreach and workplace initiatives increases the impact",
    ],
    "section.oproep-tot-actie": [
        "The aim is to translate insights from the training into a concrete action plan.",
        "Accountability plan (e.g. who will monitor or follow up on progress?).",
        "Give the participants a printed or digital version of the template.",
        "Recommend forming peer-support or accountability pairs, so that participants can track"
        " their progress together.",
    ],
    "section.motiverend-materiaal": [
        "Use the original document of the STEAM Coach project to show or distribute it.",
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
def test_key_sentences_are_present(
    library: Library, session1: Session, session2: Session, part: str, sentence: str
) -> None:
    assert norm(sentence) in norm(_part_text(part, library, session1, session2))


def test_every_step_and_section_has_key_sentences(
    session1: Session, session2: Session, library: Library
) -> None:
    # Every part of the material is sampled above, so a step or section lost or left
    # untranslated shows.
    parts = set(SAMPLES)
    for owner, session in (("session1", session1), ("session2", session2)):
        assert {f"{owner}.step{n}" for n in range(1, len(session.steps) + 1)} <= parts
    sampled = {s.id for s in library.sections if s.body.strip()} - {"casestudy-resultaten"}
    assert {f"section.{s}" for s in sampled} <= parts


# --- clean files -------------------------------------------------------------------------

ARTEFACTS = ("\uf0fe", "\uf0b7", "\uf0a7", "▪", "•", "utm_source", "setp-by-step", "instuctions")


@pytest.mark.parametrize("path", EN_FILES, ids=lambda p: p.stem)
def test_no_extraction_artefacts(path: Path) -> None:
    for text in all_strings(raw_yaml(path)):
        for artefact in ARTEFACTS:
            assert artefact not in text, f"{artefact!r} in {text[:80]!r}"
        assert not any("\ue000" <= ch <= "\uf8ff" for ch in text), text[:80]
        assert "  " not in text.replace("\n  ", "\n"), f"double space in {text[:80]!r}"


@pytest.mark.parametrize("path", EN_FILES, ids=lambda p: p.stem)
def test_no_yaml_anchors_or_aliases(path: Path) -> None:
    # The app's loader refuses anchors and aliases: every text is written out in full.
    with path.open(encoding="utf-8") as f:
        for event in yaml.parse(f):
            assert not isinstance(event, yaml.AliasEvent), f"alias at {event.start_mark}"
            assert getattr(event, "anchor", None) is None, f"anchor at {event.start_mark}"


# --- the room: groups, dealt material, turns, the trainer's parts -----------------------


@pytest.mark.parametrize(("dutch_path", "english_path"), SESSION_PAIRS, ids=lambda p: p.stem)
def test_groups_deal_and_turns_are_the_dutch_files_ones(
    dutch_path: Path, english_path: Path
) -> None:
    dutch, english = session_of(dutch_path), session_of(english_path)
    for field in ("groups", "deal", "turns"):
        assert [getattr(s, field) for s in english.steps] == [
            getattr(s, field) for s in dutch.steps
        ], field
    assert any(s.groups is not None for s in english.steps)
    assert any(s.deal is not None for s in english.steps)
    assert any(s.turns is not None for s in english.steps)


def test_groups_where_the_instructions_say_so(session1: Session, session2: Session) -> None:
    assert [step.groups for step in session1.steps] == [
        GroupSize(2, 3),
        None,
        GroupSize(3, 5),
        SAME,
        PAIR_GROUPS,
        None,
    ]
    assert [step.groups for step in session2.steps] == [
        None,
        None,
        GroupSize(3, 5),
        SAME,
        PAIR_GROUPS,
        None,
    ]
    # What the English instructions say, that the annotations follow.
    assert "Form small groups of 2-3 people" in step_number(session1, 1).instructions
    assert (
        "Divide the participants into groups of 3-5 people" in step_number(session1, 3).instructions
    )
    assert "Ask the participants to form pairs" in step_number(session1, 5).instructions
    assert "into small groups of 3-5 people" in step_number(session2, 3).instructions
    assert step_number(session2, 5).title.startswith("Pair activity")
    for session in (session1, session2):
        assert "Ask each group to" in step_number(session, 4).instructions


def test_material_is_dealt_where_the_steps_hand_it_out(
    session1: Session, session2: Session
) -> None:
    documents = step_number(session1, 3).deal
    assert documents is not None
    assert (documents.handout, documents.documents, documents.cards) == ("hand-out-1", "all", None)
    assert "Give each group Handout 1" in step_number(session1, 3).instructions
    cards = step_number(session2, 3).deal
    assert cards is not None
    assert (cards.handout, cards.cards, cards.documents) == ("hand-out-2", 2, None)
    assert "Give each group two cards" in step_number(session2, 3).instructions
    assert "Each group receives two scenario cards." in norm(session2.handouts[0].instructions)


def test_every_group_has_a_turn_where_every_group_presents(
    session1: Session, session2: Session
) -> None:
    assert step_number(session1, 4).turns == Turns()
    assert step_number(session2, 4).turns == Turns()
    assert step_number(session2, 5).turns == Turns(minutes=2)
    assert "(about 2 minutes)" in step_number(session2, 5).instructions


def test_the_call_to_action_keeps_the_trainers_instructions_off_the_projector(
    library: Library, dutch_library: Library
) -> None:
    section = section_named(library, "oproep-tot-actie")
    assert section.trainer_only == [
        "Instructions for use",
        "How to use it",
        "Suggestions for follow-up",
    ]
    room = norm(section.room_body)
    for trainers in (
        "Introduce this template during the closing part of workshop 2.",
        "Guide them through the five phases.",
        "Give the participants a printed or digital version of the template.",
        "accountability pairs",
    ):
        assert trainers in norm(section.body)
        assert trainers not in room
    for rooms in (
        "## Components",
        "The aim is to translate insights from the training into a concrete action plan.",
        "Links to additional resources for continuous learning.",
        "## Template for individual reflection and action planning",
    ):
        assert rooms in room
    # The room sees the same parts in both languages.
    dutch = section_named(dutch_library, "oproep-tot-actie")
    assert section.room_body.count("\n## ") == dutch.room_body.count("\n## ")
    assert len(section.room_body.splitlines()) == len(dutch.room_body.splitlines())
    assert [s.id for s in library.sections if s.trainer_only] == [
        s.id for s in dutch_library.sections if s.trainer_only
    ]
