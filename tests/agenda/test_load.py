"""Loading agenda files: a valid file round trip, and every problem in trainer's words."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from facilitator.agenda.errors import AgendaError, Problem
from facilitator.agenda.load import load_agenda, load_file, load_library
from facilitator.agenda.model import Library

SESSION = """\
format: 1
title: Proefsessie
duration: 30
library: [gedeeld.yaml]
handouts:
  - id: hand-out-1
    title: Scenario's
    documents:
      - id: document-a
        title: Document A
        text: Tekst A
    cards:
      - id: kaart-a
        title: Kaart A
        text: Tekst kaart A
steps:
  - id: welkom
    title: Welkom
    minutes: 10
    project:
      - title: Proefsessie
      - document: hand-out-1/document-a
  - id: groepsactiviteit
    title: Groepsactiviteit
    minutes: 15
    project:
      - handout: hand-out-1
      - card: hand-out-1/kaart-a
      - section: casestudy
  - id: afsluiting
    title: Afsluiting
    minutes: 5
"""

LIBRARY = """\
format: 1
kind: library
title: Gedeeld
sections:
  - id: casestudy
    title: Casestudy
checklists:
  - id: voor
    title: Voor de training
    items: [Zaal reserveren]
"""


def write(folder: Path, session: str = SESSION, library: str | None = LIBRARY) -> Path:
    """Write a session (and its library) into ``folder``; return the session's path."""
    if library is not None:
        (folder / "gedeeld.yaml").write_text(library, encoding="utf-8")
    path = folder / "sessie.yaml"
    path.write_text(session, encoding="utf-8")
    return path


def changed(old: str, new: str, text: str = SESSION) -> str:
    """``text`` with ``old`` replaced once; fails if ``old`` is not there."""
    assert old in text, old
    return text.replace(old, new, 1)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the ``occurrence``-th line containing ``needle``."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return found[occurrence - 1]


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    return caught.value.problems


def only_problem(path: Path) -> Problem:
    problems = problems_of(path)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


# --- a valid file -------------------------------------------------------------


def test_valid_session_loads_with_its_library(tmp_path: Path) -> None:
    agenda = load_agenda(write(tmp_path))

    assert agenda.title == "Proefsessie"
    assert [s.id for s in agenda.steps] == ["welkom", "groepsactiviteit", "afsluiting"]
    assert agenda.total_minutes == 30
    assert agenda.path == (tmp_path / "sessie.yaml").absolute()
    assert [lib.title for lib in agenda.libraries] == ["Gedeeld"]
    section = agenda.section("casestudy")
    assert section is not None and section.title == "Casestudy"
    fragment = agenda.fragment("hand-out-1/kaart-a")
    assert fragment is not None and fragment[1].title == "Kaart A"
    assert [c.id for c in agenda.checklists] == ["voor"]


def test_content_hash_covers_session_and_library_bytes(tmp_path: Path) -> None:
    path = write(tmp_path)
    expected = hashlib.sha256(SESSION.encode() + LIBRARY.encode()).hexdigest()
    assert load_agenda(path).content_hash == expected

    (tmp_path / "gedeeld.yaml").write_text(LIBRARY + "# changed\n", encoding="utf-8")
    assert load_agenda(path).content_hash != expected


def test_path_may_be_a_string(tmp_path: Path) -> None:
    assert load_agenda(str(write(tmp_path))).title == "Proefsessie"


def test_a_library_file_loads_as_a_library(tmp_path: Path) -> None:
    write(tmp_path)
    library = load_library(tmp_path / "gedeeld.yaml")
    assert library.title == "Gedeeld"
    assert isinstance(load_file(tmp_path / "gedeeld.yaml"), Library)
    assert load_file(tmp_path / "sessie.yaml").title == "Proefsessie"


def test_a_library_file_is_not_a_session(tmp_path: Path) -> None:
    write(tmp_path)
    problem = only_problem(tmp_path / "gedeeld.yaml")
    assert problem.file.name == "gedeeld.yaml"
    assert problem.line == 2
    assert "this is a library file, not a session" in problem.message


def test_a_session_file_is_not_a_library(tmp_path: Path) -> None:
    path = write(tmp_path)
    with pytest.raises(AgendaError, match="this is not a library file"):
        load_library(path)


# --- how problems read ----------------------------------------------------------


def test_problem_reads_file_line_field_message() -> None:
    problem = Problem(Path("agendas/sessie.yaml"), 42, "step 3 → minutes", "must be more than 0")
    assert str(problem) == "sessie.yaml:42: step 3 → minutes: must be more than 0"
    assert str(Problem(Path("sessie.yaml"), None, "", "file not found")) == (
        "sessie.yaml: file not found"
    )


def test_agenda_error_lists_every_problem_on_its_own_line() -> None:
    error = AgendaError(
        [
            Problem(Path("s.yaml"), 3, "duration", "a"),
            Problem(Path("s.yaml"), 9, "", "b"),
        ]
    )
    assert str(error) == "s.yaml: 2 problems\n  s.yaml:3: duration: a\n  s.yaml:9: b"


# --- the models' rules, worded ------------------------------------------------

CASES = [
    pytest.param(
        ("    minutes: 15\n", "    minutes: 0\n"),
        "minutes: 0",
        "step 2 (id 'groepsactiviteit') → minutes",
        "must be more than 0",
        id="minutes-zero",
    ),
    pytest.param(
        ("    minutes: 15\n", "    minutes: 2000\n"),
        "minutes: 2000",
        "step 2 (id 'groepsactiviteit') → minutes",
        "must be at most 1440 minutes (24 hours)",
        id="minutes-too-many",
    ),
    pytest.param(
        ("    minutes: 15\n", "    minutes: tien\n"),
        "minutes: tien",
        "step 2 (id 'groepsactiviteit') → minutes",
        "must be a number, not 'tien'",
        id="minutes-text",
    ),
    pytest.param(
        ("    minutes: 15\n", "    minutes: 2,5\n"),
        "minutes: 2,5",
        "step 2 (id 'groepsactiviteit') → minutes",
        "must be a number; use a decimal point, not a comma ('2,5')",
        id="decimal-comma",
    ),
    pytest.param(
        ("    title: Welkom\n", "    title: 2024\n"),
        "title: 2024",
        "step 1 (id 'welkom') → title",
        'must be text; put the number in quotes, e.g. "2024"',
        id="title-number",
    ),
    pytest.param(
        ("    title: Welkom\n", "    title: no\n"),
        "title: no",
        "step 1 (id 'welkom') → title",
        "must be text; put it in quotes, because yes/no/on/off/true/false",
        id="title-yes-no",
    ),
    pytest.param(
        ("    title: Welkom\n", "    title:  # leeg\n"),
        "# leeg",
        "step 1 (id 'welkom') → title",
        "is empty: write the text after the colon",
        id="title-empty",
    ),
    pytest.param(
        ("    title: Welkom\n", '    title: ""\n'),
        '    title: ""',
        "step 1 (id 'welkom') → title",
        "must not be empty",
        id="title-empty-quotes",
    ),
    pytest.param(
        ("title: Proefsessie\n", "title: Proefsessie\nfocus: samenwerken\n"),
        "focus:",
        "focus",
        "must be a list (lines starting with '- '), not 'samenwerken'",
        id="not-a-list",
    ),
    pytest.param(
        ("  - id: afsluiting\n    title: Afsluiting\n    minutes: 5\n", "  - afsluiting\n"),
        "  - afsluiting",
        "step 3",
        "must be a group of fields (lines like 'title: ...'), not 'afsluiting'",
        id="step-is-text",
    ),
    pytest.param(
        ("  - id: groepsactiviteit\n", "  - id: Groeps Activiteit\n"),
        "Groeps Activiteit",
        "step 2 (id 'Groeps Activiteit') → id",
        "'Groeps Activiteit' is not a valid id: use only lower-case letters (a-z), digits "
        "and hyphens (-), starting with a letter or digit, e.g. 'kaart-a'",
        id="bad-id",
    ),
    pytest.param(
        ("      - card: hand-out-1/kaart-a\n", "      - card: kaart-a\n"),
        "- card: kaart-a",
        "step 2 (id 'groepsactiviteit') → projected item 2 → card",
        "'kaart-a' is not a valid reference: write '<hand-out id>/<document or card id>', "
        "e.g. 'hand-out-2/kaart-a'",
        id="bad-reference",
    ),
    pytest.param(
        ("duration: 30\n", "duration: 30\nlanguage: NL\n"),
        "language:",
        "language",
        "'NL' is not a language code: write e.g. 'nl', 'en' or 'en-GB'",
        id="bad-language",
    ),
    pytest.param(
        ("format: 1\n", "format: 2\n"),
        "format:",
        "format",
        "this app reads agenda format 1, not 2; write 'format: 1'",
        id="format-2",
    ),
    pytest.param(
        ("format: 1\n", ""),
        "title: Proefsessie",
        "",
        "required field 'format' is missing; start the file with 'format: 1'",
        id="format-missing",
    ),
    pytest.param(
        ("format: 1\n", "format: 1\nkind: sessie\n"),
        "kind:",
        "kind",
        "must be 'session' or 'library', not 'sessie' (a session file may leave it out)",
        id="bad-kind",
    ),
    pytest.param(
        ("      - title: Proefsessie\n", "      - titel: Proefsessie\n"),
        "- titel: Proefsessie",
        "step 1 (id 'welkom') → projected item 1",
        "unknown kind of projected item 'titel' (did you mean 'title'?)",
        id="unknown-item",
    ),
    pytest.param(
        ("      - title: Proefsessie\n", "      - Proefsessie\n"),
        "- Proefsessie",
        "step 1 (id 'welkom') → projected item 1",
        "a projected item starts with its kind, e.g. 'text: ...' or 'question: ...'; "
        "kinds: title, question, questions, document, card, cards, handout, prompt, "
        "section, text",
        id="item-is-text",
    ),
    pytest.param(
        ("      - card: hand-out-1/kaart-a\n", "      - cards: [a/b, a/c, a/d, a/e, a/f]\n"),
        "- cards:",
        "step 2 (id 'groepsactiviteit') → projected item 2 → cards",
        "may have at most 4 entries, not 5",
        id="too-many-cards",
    ),
    pytest.param(
        ("      - title: Proefsessie\n", "      - title: Proefsessie\n        ondertitel: x\n"),
        "ondertitel:",
        "step 1 (id 'welkom') → projected item 1",
        "unknown field 'ondertitel' (did you mean 'subtitle'?)",
        id="unknown-field-in-item",
    ),
    pytest.param(
        ("steps:\n", "steps: []\nsteps_old:\n"),
        "steps: []",
        "steps",
        "needs at least 1 entry",
        id="no-steps",
    ),
]


@pytest.mark.parametrize(("replace", "at", "field", "message"), CASES)
def test_model_rule_is_worded_for_a_trainer(
    tmp_path: Path, replace: tuple[str, str], at: str, field: str, message: str
) -> None:
    text = changed(*replace)
    problems = problems_of(write(tmp_path, text))
    matching = [p for p in problems if p.message.startswith(message)]
    assert matching, "\n".join(map(str, problems))
    problem = matching[0]
    assert problem.file.name == "sessie.yaml"
    assert problem.line == line_of(text, at)
    assert problem.field == field


def test_misspelt_field_is_unknown_and_the_real_one_missing(tmp_path: Path) -> None:
    text = changed("    minutes: 15\n", "    minuten: 15\n")
    problems = problems_of(write(tmp_path, text))
    assert [(p.line, p.field, p.message) for p in problems] == [
        (
            line_of(text, "- id: groepsactiviteit"),
            "step 2 (id 'groepsactiviteit')",
            "required field 'minutes' is missing",
        ),
        (
            line_of(text, "minuten: 15"),
            "step 2 (id 'groepsactiviteit')",
            "unknown field 'minuten' (did you mean 'minutes'?)",
        ),
    ]


def test_unknown_field_without_a_close_match_lists_the_allowed_ones(tmp_path: Path) -> None:
    text = changed("    minutes: 5\n", "    minutes: 5\n    kleur: rood\n")
    problem = only_problem(write(tmp_path, text))
    assert problem.message == (
        "unknown field 'kleur'; allowed here: id, title, minutes, min_minutes, instructions, "
        "materials, timing, project, groups, deal, turns"
    )
    assert problem.line == line_of(text, "kleur:")


def test_dutch_field_names_get_the_english_suggestion(tmp_path: Path) -> None:
    text = changed("title: Proefsessie\n", "titel: Proefsessie\n")
    messages = [p.message for p in problems_of(write(tmp_path, text))]
    assert "unknown field 'titel' (did you mean 'title'?)" in messages
    assert "required field 'title' is missing" in messages


def test_every_problem_of_a_file_is_reported_at_once_in_line_order(tmp_path: Path) -> None:
    text = changed("    minutes: 10\n", "    minutes: -1\n")
    text = changed("    title: Afsluiting\n", "    title: Afsluiting\n    minuten: 3\n", text)
    text = changed("title: Proefsessie\n", "title: Proefsessie\ntitle: Dubbel\n", text)
    text = changed("  - id: welkom\n", "  - id: welkom\n    note: !!python/object x\n", text)
    problems = problems_of(write(tmp_path, text))
    assert [p.line for p in problems] == [
        line_of(text, "title: Dubbel"),
        line_of(text, "note: !!python"),
        line_of(text, "minutes: -1"),
        line_of(text, "minuten: 3"),
    ]
    assert [p.message.split(" (")[0].split(";")[0] for p in problems] == [
        "this field appears twice",
        "the YAML tag '!!python/object' is not allowed",
        "must be more than 0",
        "unknown field 'minuten'",
    ]
    assert "4 problems" in str(AgendaError(problems))


# --- rules beyond the models ------------------------------------------------------


def test_duration_must_equal_the_sum_of_the_steps(tmp_path: Path) -> None:
    text = changed("duration: 30\n", "duration: 35\n")
    problem = only_problem(write(tmp_path, text))
    assert str(problem) == "sessie.yaml:3: duration is 35 minutes but the steps add up to 30"


@pytest.mark.parametrize("declared", ["31", "29"])
def test_a_duration_one_minute_off_the_steps_is_refused(tmp_path: Path, declared: str) -> None:
    # One minute is the smallest difference a trainer writes: a tolerance of a
    # minute would let it through.
    text = changed("duration: 30\n", f"duration: {declared}\n")
    problem = only_problem(write(tmp_path, text))
    assert str(problem) == (
        f"sessie.yaml:3: duration is {declared} minutes but the steps add up to 30"
    )


def test_fractional_minutes_that_add_up_are_fine(tmp_path: Path) -> None:
    text = changed("    minutes: 10\n", "    minutes: 9.9\n")
    text = changed("    minutes: 5\n", "    minutes: 5.1\n", text)
    assert load_agenda(write(tmp_path, text)).total_minutes == pytest.approx(30)


def test_step_ids_are_unique(tmp_path: Path) -> None:
    text = changed("  - id: afsluiting\n", "  - id: welkom\n")
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "- id: welkom", 2)
    assert problem.field == "step 3 (id 'welkom') → id"
    assert problem.message == "the id 'welkom' is used twice: also by step 1 (line 17)"


def test_handout_ids_are_unique(tmp_path: Path) -> None:
    text = changed("steps:\n", "  - id: hand-out-1\n    title: Nog een\nsteps:\n")
    problem = only_problem(write(tmp_path, text))
    assert problem.field == "hand-out 2 (id 'hand-out-1') → id"
    assert problem.message == "the id 'hand-out-1' is used twice: also by hand-out 1 (line 6)"


def test_document_and_card_ids_are_unique_within_a_handout(tmp_path: Path) -> None:
    text = changed("      - id: kaart-a\n", "      - id: document-a\n")
    text = changed("hand-out-1/kaart-a", "hand-out-1/document-a", text)
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "- id: document-a", 2)
    assert problem.field == "hand-out 1 (id 'hand-out-1') → card 1 (id 'document-a') → id"
    assert problem.message == (
        "the id 'document-a' is used twice in this hand-out: also by document 1"
    )


def test_section_ids_are_unique_in_a_session(tmp_path: Path) -> None:
    sections = "sections:\n  - id: tips\n    title: Tips\n  - id: tips\n    title: Meer tips\n"
    text = changed("steps:\n", sections + "steps:\n")
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "- id: tips", 2)
    assert "the id 'tips' is used twice: also by section 1" in problem.message


def test_a_session_section_may_override_a_library_section(tmp_path: Path) -> None:
    sections = "sections:\n  - id: casestudy\n    title: Eigen casestudy\n"
    agenda = load_agenda(write(tmp_path, changed("steps:\n", sections + "steps:\n")))
    section = agenda.section("casestudy")
    assert section is not None and section.title == "Eigen casestudy"


def test_checklist_ids_are_unique_in_a_library(tmp_path: Path) -> None:
    library = LIBRARY + "  - id: voor\n    title: Nog eens\n    items: [x]\n"
    problem = only_problem(write(tmp_path, library=library))
    assert problem.file.name == "gedeeld.yaml"
    assert problem.line == line_of(library, "- id: voor", 2)
    assert problem.message == "the id 'voor' is used twice: also by checklist 1 (line 8)"


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (
            "      - handout: hand-out-1\n",
            "      - handout: hand-out-9\n",
            "step 2 (id 'groepsactiviteit') → projected item 1 → handout",
            "there is no hand-out 'hand-out-9' in this file (did you mean 'hand-out-1'?)",
        ),
        (
            "      - card: hand-out-1/kaart-a\n",
            "      - card: hand-out-1/kaart-z\n",
            "step 2 (id 'groepsactiviteit') → projected item 2 → card",
            "there is no document or card 'kaart-z' in hand-out 'hand-out-1' "
            "(did you mean 'kaart-a'?)",
        ),
        (
            "      - document: hand-out-1/document-a\n",
            "      - document: werkblad/document-a\n",
            "step 1 (id 'welkom') → projected item 2 → document",
            "there is no hand-out 'werkblad' in this file; there are: hand-out-1",
        ),
        (
            "      - card: hand-out-1/kaart-a\n",
            "      - cards: [hand-out-1/kaart-a, hand-out-1/kaart-q]\n",
            "step 2 (id 'groepsactiviteit') → projected item 2 → card 2",
            "there is no document or card 'kaart-q' in hand-out 'hand-out-1' "
            "(did you mean 'kaart-a'?)",
        ),
        (
            "      - section: casestudy\n",
            "      - section: casestudie\n",
            "step 2 (id 'groepsactiviteit') → projected item 3 → section",
            "there is no section 'casestudie' in this file or its library files "
            "(did you mean 'casestudy'?)",
        ),
    ],
)
def test_references_must_exist(
    tmp_path: Path, old: str, new: str, field: str, message: str
) -> None:
    text = changed(old, new)
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, new.strip())
    assert problem.field == field
    assert problem.message == message


def test_min_minutes_may_not_exceed_minutes(tmp_path: Path) -> None:
    text = changed("    minutes: 15\n", "    minutes: 15\n    min_minutes: 20\n")
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "min_minutes")
    assert problem.field == "step 2 (id 'groepsactiviteit') → min_minutes"
    assert problem.message == "is 20, more than the step's 15 minutes"


def test_step_danger_may_not_exceed_warning(tmp_path: Path) -> None:
    timing = "    minutes: 15\n    timing:\n      warning: 2\n      danger: 3\n"
    text = changed("    minutes: 15\n", timing)
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "danger: 3")
    assert problem.field == "step 2 (id 'groepsactiviteit') → timing → danger"
    assert problem.message.startswith(
        "danger at 3 minutes left comes before warning at 2 minutes left"
    )


def test_step_warning_must_be_less_than_its_minutes(tmp_path: Path) -> None:
    text = changed("    minutes: 5\n", "    minutes: 5\n    timing: {warning: 5}\n")
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "timing: {warning: 5}")
    assert problem.field == "step 3 (id 'afsluiting') → timing → warning"
    assert problem.message == "warning at 5 minutes left is not less than the step's 5 minutes"


def test_a_session_warning_too_long_for_a_short_step_is_reported_at_the_step(
    tmp_path: Path,
) -> None:
    text = changed("duration: 30\n", "duration: 30\ntiming:\n  warning: 6\n")
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "minutes: 5")
    assert problem.field == "step 3 (id 'afsluiting') → minutes"
    assert problem.message == (
        "the session's warning at 6 minutes left is not less than the step's 5 minutes"
    )


def test_a_session_danger_above_its_warning_is_reported_once(tmp_path: Path) -> None:
    text = changed("duration: 30\n", "duration: 30\ntiming: {warning: 1, danger: 2}\n")
    problem = only_problem(write(tmp_path, text))
    assert problem.line == line_of(text, "timing:")
    assert problem.field == "timing → danger"
    assert problem.message == (
        "danger at 2 minutes left comes before warning at 1 minute left; "
        "danger must be at most the warning"
    )


def test_a_session_danger_above_a_steps_default_warning_is_reported(tmp_path: Path) -> None:
    # Step 1 lasts 10 minutes: its default warning is at 2 minutes left.
    text = changed("duration: 30\n", "duration: 30\ntiming: {danger: 3}\n")
    text = changed("    minutes: 15\n", "    minutes: 15\n    timing: {warning: 4}\n", text)
    text = changed("    minutes: 5\n", "    minutes: 5\n    timing: {warning: 4}\n", text)
    problem = only_problem(write(tmp_path, text))
    assert problem.field == "step 1 (id 'welkom')"
    assert problem.message.startswith(
        "the session's danger at 3 minutes left comes before the default warning at 2 minutes left"
    )


# --- library files -----------------------------------------------------------------


def test_a_missing_library_is_reported_at_its_line_in_the_session(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, library=None))
    assert problem.file.name == "sessie.yaml"
    assert problem.line == 4
    assert problem.field == "library file 1"
    assert problem.message == (
        f"'gedeeld.yaml' not found (looked for {(tmp_path / 'gedeeld.yaml').absolute()})"
    )


def test_a_broken_library_reports_its_own_problems_under_its_own_name(tmp_path: Path) -> None:
    library = changed("    title: Casestudy\n", "    titel: Casestudy\n", LIBRARY)
    problems = problems_of(write(tmp_path, library=library))
    # The section reference to the broken library is not reported as missing too.
    assert [(p.file.name, p.line, p.field) for p in problems] == [
        ("gedeeld.yaml", 5, "section 1 (id 'casestudy')"),
        ("gedeeld.yaml", 6, "section 1 (id 'casestudy')"),
    ]
    assert problems[1].message == "unknown field 'titel' (did you mean 'title'?)"


def test_library_and_session_problems_come_together(tmp_path: Path) -> None:
    session = changed("    minutes: 5\n", "    minutes: 0\n")
    library = changed("format: 1\n", "format: 3\n", LIBRARY)
    problems = problems_of(write(tmp_path, session, library))
    assert [(p.file.name, p.line) for p in problems] == [
        ("sessie.yaml", line_of(session, "minutes: 0")),
        ("gedeeld.yaml", 1),
    ]


def test_a_library_that_is_not_valid_yaml_names_its_own_file(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, library="format: 1\nkind: library\n  title: x\n"))
    assert problem.file.name == "gedeeld.yaml"
    assert problem.line == 3


def test_a_library_must_say_it_is_one(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, library=changed("kind: library\n", "", LIBRARY)))
    assert (problem.file.name, problem.line) == ("sessie.yaml", 4)
    assert problem.message == "'gedeeld.yaml' is not a library file: it lacks 'kind: library'"


def test_a_library_listed_twice_is_reported(tmp_path: Path) -> None:
    text = changed("library: [gedeeld.yaml]", "library: [gedeeld.yaml, ./gedeeld.yaml]")
    problem = only_problem(write(tmp_path, text))
    assert problem.field == "library file 2"
    assert problem.message == "'./gedeeld.yaml' is listed twice"


def test_a_library_in_another_folder_is_found_relative_to_the_session(tmp_path: Path) -> None:
    (tmp_path / "gedeeld").mkdir()
    (tmp_path / "gedeeld" / "materiaal.yaml").write_text(LIBRARY, encoding="utf-8")
    sessions = tmp_path / "sessies"
    sessions.mkdir()
    text = changed("library: [gedeeld.yaml]", "library: [../gedeeld/materiaal.yaml]")
    agenda = load_agenda(write(sessions, text, library=None))
    assert agenda.section("casestudy") is not None


def test_section_ids_are_unique_across_libraries(tmp_path: Path) -> None:
    (tmp_path / "ander.yaml").write_text(
        "format: 1\nkind: library\ntitle: Ander\nsections:\n  - id: casestudy\n    title: X\n",
        encoding="utf-8",
    )
    text = changed("library: [gedeeld.yaml]", "library: [gedeeld.yaml, ander.yaml]")
    problem = only_problem(write(tmp_path, text))
    assert (problem.file.name, problem.line) == ("ander.yaml", 5)
    assert problem.message == "the id 'casestudy' is also used in library file gedeeld.yaml"
