"""The agenda's room fields: groups, deal, turns and a section's trainer-only parts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from facilitator.agenda.audience import headings, room_text, trainer_text
from facilitator.agenda.errors import AgendaError, Problem
from facilitator.agenda.groupsize import (
    PAIRS,
    SAME,
    GroupSize,
    GroupSizeError,
    parse_group_size,
    parse_groups,
)
from facilitator.agenda.load import load_agenda
from facilitator.agenda.model import SectionItem, Turns
from facilitator.agenda.schema import agenda_schema
from facilitator.agenda.slides import slide_for, step_slides
from tests.agenda.test_load_docs import example

# --- the value of 'groups' ----------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "size"),
    [
        ("3-5", GroupSize(3, 5)),
        (" 2 - 3 ", GroupSize(2, 3)),
        ("3–5", GroupSize(3, 5)),  # an en dash, as word processors write it
        ("3 to 5", GroupSize(3, 5)),
        ("pairs", PAIRS),
        ("Pairs", PAIRS),
        (4, GroupSize(4, 4)),
        ("4", GroupSize(4, 4)),
        (4.0, GroupSize(4, 4)),
        ("same", SAME),
    ],
)
def test_group_sizes_as_trainers_write_them(written: object, size: object) -> None:
    assert parse_groups(written) == size


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("drie", "'drie' is not a group size: write a size range such as '3-5', 'pairs'"),
        ("tweetallen", "'tweetallen' is not a size this app reads: write 'pairs'"),
        ("5-3", "'5-3' goes from more to fewer people: write the smaller number first, '3-5'"),
        ("1-3", "a group has at least 2 people"),
        (1, "a group has at least 2 people, not 1"),
        (40, "a group has at most 30 people, not 40"),
        ("2-40", "a group has at most 30 people, not 40"),
        (2.5, "a group has a whole number of people, not 2.5"),
        (True, "must be a group size, not a yes/no value"),
        ([3, 5], "must be a group size"),
    ],
)
def test_what_is_not_a_group_size_is_said_plainly(written: object, message: str) -> None:
    with pytest.raises(GroupSizeError) as caught:
        parse_groups(written)
    assert str(caught.value).startswith(message)


def test_a_size_reads_back_as_written_and_knows_pairs() -> None:
    assert [str(parse_groups(v)) for v in ("3-5", "pairs", 4, "2-2")] == [
        "3-5",
        "pairs",
        "4",
        "pairs",
    ]
    assert PAIRS.pairs and not GroupSize(2, 3).pairs
    assert GroupSize(3, 5).allows(5) and not GroupSize(3, 5).allows(6)
    with pytest.raises(GroupSizeError, match="'same' is not a size"):
        parse_group_size("same")
    assert parse_group_size("2-3") == GroupSize(2, 3)


# --- the documented example ---------------------------------------------------------


def test_the_documented_room_example_loads_with_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "groepswerk.yaml"
    path.write_text(example("room"), encoding="utf-8")
    agenda = load_agenda(path)
    pairs, cards, turns = agenda.steps
    assert pairs.groups == PAIRS and pairs.deal is None and pairs.turns is None
    assert cards.groups == GroupSize(3, 5)
    assert cards.deal is not None
    assert (cards.deal.handout, cards.deal.cards, cards.deal.documents) == (
        "hand-out-1",
        2,
        "all",
    )
    assert turns.groups == SAME
    assert turns.turns == Turns(minutes=3, order="groups")


def test_the_documented_trainer_only_example_leaves_its_part_off_the_slide(
    tmp_path: Path,
) -> None:
    data = yaml.safe_load(example("trainer-only"))
    session = {
        "format": 1,
        "title": "Sjabloon",
        "duration": 5,
        "sections": data["sections"],
        "steps": [
            {"id": "een", "title": "Een", "minutes": 5, "project": [{"section": "sjabloon"}]}
        ],
    }
    path = tmp_path / "sjabloon.yaml"
    path.write_text(yaml.safe_dump(session, allow_unicode=True), encoding="utf-8")
    agenda = load_agenda(path)
    (slide,) = step_slides(agenda, agenda.steps[0])
    assert slide.body == "## Het sjabloon\nVijf fasen van doel tot plan."
    (asked,) = step_slides(agenda, agenda.steps[0], trainer_parts=True)
    assert "Deel het sjabloon uit in de laatste tien minuten." in asked.body
    section = agenda.section("sjabloon")
    assert section is not None and "## Gebruiksaanwijzing" in section.body


def test_turns_yes_and_no_are_short_for_the_fields(tmp_path: Path) -> None:
    text = example("room").replace("    turns:\n      minutes: 3 ", "    turns: yes ")
    assert "turns: yes" in text
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_agenda(path).steps[2].turns == Turns()
    path.write_text(text.replace("turns: yes", "turns: no"), encoding="utf-8")
    assert load_agenda(path).steps[2].turns is None


# --- problems in a trainer's words, at their line ----------------------------------


def problems(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "groepswerk.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    return caught.value.problems


def only(tmp_path: Path, old: str, new: str) -> tuple[Problem, int]:
    """The one problem of the room example with ``old`` changed into ``new``, and the
    line of the first line of ``new``."""
    base = example("room")
    assert base.count(old) == 1, old
    text = base.replace(old, new)
    found = problems(tmp_path, text)
    assert len(found) == 1, "\n".join(map(str, found))
    first = new.strip().splitlines()[0].strip() if new.strip() else "\0"
    line = next((n for n, row in enumerate(text.splitlines(), 1) if first in row), 0)
    return found[0], line


CASES = [
    pytest.param(
        "    groups: 3-5 ",
        "    groups: drie ",
        "step 2 (id 'kaarten') → groups",
        "'drie' is not a group size: write a size range such as '3-5', 'pairs', a fixed "
        "size such as '4', or 'same' for the groups made in an earlier step",
        id="not-a-size",
    ),
    pytest.param(
        "    groups: pairs\n",
        "    groups: tweetallen\n",
        "step 1 (id 'kennismaking') → groups",
        "'tweetallen' is not a size this app reads: write 'pairs'",
        id="dutch-pairs",
    ),
    pytest.param(
        "    groups: pairs\n",
        "    groepen: pairs\n",
        "step 1 (id 'kennismaking')",
        "unknown field 'groepen' (did you mean 'groups'?)",
        id="dutch-field",
    ),
    pytest.param(
        "    groups: pairs\n",
        "    groups: same\n",
        "step 1 (id 'kennismaking') → groups",
        "'same' carries on the groups of an earlier step, but no earlier step makes groups: "
        "give a size here, such as 'groups: 3-5' or 'groups: pairs'",
        id="same-first",
    ),
    pytest.param(
        "      handout: hand-out-1\n",
        "      handout: hand-out-2\n",
        "step 2 (id 'kaarten') → deal → handout",
        "there is no hand-out 'hand-out-2' in this file (did you mean 'hand-out-1'?)",
        id="no-such-handout",
    ),
    pytest.param(
        "      cards: 2 ",
        "      cards: 5 ",
        "step 2 (id 'kaarten') → deal → cards",
        "5 cards per group, but hand-out 'hand-out-1' has only 4 cards; write 4 or 'all'",
        id="more-cards-than-there-are",
    ),
    pytest.param(
        "      documents: all ",
        "      documents: 2 ",
        "step 2 (id 'kaarten') → deal → documents",
        "2 documents per group, but hand-out 'hand-out-1' has only 1 document; write 1 or 'all'",
        id="more-documents-than-there-are",
    ),
    pytest.param(
        "      cards: 2 ",
        "      cards: twee ",
        "step 2 (id 'kaarten') → deal → cards",
        "must be how many each group gets, a whole number from 1 to 20, or 'all' "
        "(every one to every group)",
        id="cards-not-a-number",
    ),
    pytest.param(
        "      cards: 2                  # two cards per group, every card used\n"
        "      documents: all            # and every document to every group\n",
        "      kaarten: 2\n",
        "step 2 (id 'kaarten') → deal",
        "unknown field 'kaarten' (did you mean 'cards'?)",
        id="dutch-cards",
    ),
    pytest.param(
        "    groups: same ",
        "    groups: ",
        "step 3 (id 'presenteren') → turns",
        "this step has group turns, but it has no groups: add 'groups: same' (the groups "
        "of an earlier step) or a size such as 'groups: 3-5'",
        id="turns-without-groups",
    ),
    pytest.param(
        "      minutes: 3 ",
        "      minutes: 16 ",
        "step 3 (id 'presenteren') → turns → minutes",
        "a turn of 16 minutes is longer than the step's 15 minutes",
        id="turn-longer-than-step",
    ),
    pytest.param(
        "    turns:\n      minutes: 3 ",
        "    turns: 3 ",
        "step 3 (id 'presenteren') → turns",
        "write 'turns: yes' (every group a turn, the step's time shared out) or 'turns:' "
        "with 'minutes: 2' under it (about 2 minutes per group)",
        id="turns-a-number",
    ),
]


@pytest.mark.parametrize(("old", "new", "field", "message"), CASES)
def test_room_field_problems_name_line_field_and_fix(
    tmp_path: Path, old: str, new: str, field: str, message: str
) -> None:
    problem, line = only(tmp_path, old, new)
    assert (problem.field, problem.message) == (field, message)
    if field.endswith("turns") and "no groups" in message:
        return  # reported at the step's 'turns', not at the changed line
    assert problem.line == line


def test_dealing_without_groups_is_reported_at_the_deal(tmp_path: Path) -> None:
    text = example("room").replace("    groups: 3-5 ", "    # no groups ")
    found = problems(tmp_path, text)
    # The next step's 'same' carries on the pairs of the first step.
    assert [p.message.split(":")[0] for p in found] == [
        "this step deals material to groups, but it has no groups"
    ]
    assert found[0].field == "step 2 (id 'kaarten') → deal"
    assert found[0].line == text.splitlines().index("    deal:") + 1


def test_a_deal_must_say_what_it_deals(tmp_path: Path) -> None:
    old = (
        "      cards: 2                  # two cards per group, every card used\n"
        "      documents: all            # and every document to every group\n"
    )
    problem, _ = only(tmp_path, old, "")
    assert problem.field == "step 2 (id 'kaarten') → deal"
    assert problem.message.startswith("say what each group gets: 'cards: 2'")


def test_dealing_cards_from_a_hand_out_without_cards_points_at_its_documents(
    tmp_path: Path,
) -> None:
    text = example("room")
    start = text.index("    cards:\n      - {id: kaart-a")
    end = text.index("steps:")
    found = problems(tmp_path, text[:start] + text[end:])
    assert [p.message for p in found] == [
        "hand-out 'hand-out-1' has no cards: it has documents, deal those with 'documents: ...'"
    ]


SECTION = """\
format: 1
title: Sjabloon
duration: 5
sections:
  - id: sjabloon
    title: Actieplan
    body: |
      ## Het sjabloon
      Vijf fasen.

      ## Gebruiksaanwijzing
      Deel uit.
    closing: |
      ### Tot slot
      Bedankt.
    trainer_only:
      - Gebruiksaanwijzig
steps:
  - {id: een, title: Een, minutes: 5, project: [{section: sjabloon}]}
"""


def test_a_trainer_only_heading_must_exist(tmp_path: Path) -> None:
    (problem,) = problems(tmp_path, SECTION)
    assert problem.field == "section 1 (id 'sjabloon') → trainer-only heading 1"
    assert problem.message == (
        "there is no heading 'Gebruiksaanwijzig' in this section's body or closing "
        "(did you mean 'Gebruiksaanwijzing'?)"
    )
    assert problem.line == SECTION.splitlines().index("      - Gebruiksaanwijzig") + 1


def test_a_trainer_only_heading_without_a_match_lists_the_headings(tmp_path: Path) -> None:
    (problem,) = problems(tmp_path, SECTION.replace("- Gebruiksaanwijzig", "- Bronnen"))
    assert problem.message.endswith(
        "; its headings are: Het sjabloon, Gebruiksaanwijzing, Tot slot"
    )


def test_a_trainer_only_heading_listed_twice_is_reported(tmp_path: Path) -> None:
    text = SECTION.replace(
        "      - Gebruiksaanwijzig\n", "      - Gebruiksaanwijzing\n      - gebruiksaanwijzing\n"
    )
    (problem,) = problems(tmp_path, text)
    assert problem.field == "section 1 (id 'sjabloon') → trainer-only heading 2"
    assert problem.message == "the heading 'gebruiksaanwijzing' is listed twice"


def test_a_library_sections_trainer_only_headings_are_checked(tmp_path: Path) -> None:
    library = (
        "format: 1\nkind: library\ntitle: Gedeeld\nsections:\n"
        "  - id: s\n    title: S\n    body: 'Geen kopjes.'\n    trainer_only: [Uitleg]\n"
    )
    (tmp_path / "gedeeld.yaml").write_text(library, encoding="utf-8")
    session = (
        "format: 1\ntitle: T\nduration: 5\nlibrary: [gedeeld.yaml]\n"
        "steps: [{id: een, title: Een, minutes: 5}]\n"
    )
    (problem,) = problems(tmp_path, session)
    assert problem.file.name == "gedeeld.yaml"
    assert problem.message == (
        "there is no heading 'Uitleg' in this section's body or closing: it has no "
        "headings (a heading is a line starting with '#')"
    )


# --- the parts of a text --------------------------------------------------------------


def test_a_part_runs_to_the_next_heading_of_its_level_or_higher() -> None:
    text = "Intro.\n\n## A\nTekst A.\n\n### A1\nDetail.\n\n## B\nTekst B.\n\n# C\nTekst C.\n"
    assert room_text(text, ["A"]) == "Intro.\n\n## B\nTekst B.\n\n# C\nTekst C.\n"
    assert room_text(text, ["A1"]) == (
        "Intro.\n\n## A\nTekst A.\n\n## B\nTekst B.\n\n# C\nTekst C.\n"
    )
    assert (
        room_text(text, ["B"]) == "Intro.\n\n## A\nTekst A.\n\n### A1\nDetail.\n\n# C\nTekst C.\n"
    )
    assert room_text(text, ["c"]) == (
        "Intro.\n\n## A\nTekst A.\n\n### A1\nDetail.\n\n## B\nTekst B.\n"
    )
    assert room_text(text, []) == text


def test_headings_in_code_blocks_are_not_headings() -> None:
    text = "## Echt\n\n```\n## Geen kop\n```\n\n## Ook echt ##\n"
    assert [h.text for h in headings(text)] == ["Echt", "Ook echt"]
    assert room_text(text, ["Geen kop"]) == text


def test_a_heading_written_twice_names_both_parts() -> None:
    text = "## Uitleg\nEen.\n\n## Zaal\nTwee.\n\n## Uitleg\nDrie.\n"
    assert room_text(text, ["Uitleg"]) == "## Zaal\nTwee.\n"
    assert trainer_text(text, ["Uitleg"]) == "## Uitleg\nEen.\n\n## Uitleg\nDrie.\n"


def test_the_trainers_text_is_what_the_room_does_not_get() -> None:
    text = "Intro.\n\n## A\nTekst A.\n\n### A1\nDetail.\n\n## B\nTekst B.\n\n# C\nTekst C.\n"
    assert trainer_text(text, ["A"]) == "## A\nTekst A.\n\n### A1\nDetail.\n"
    assert trainer_text(text, ["a1", "C"]) == "### A1\nDetail.\n\n# C\nTekst C.\n"
    assert trainer_text(text, []) == "" and trainer_text(text, ["Geen"]) == ""


# --- the bundled call to action -------------------------------------------------------

BUNDLE = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"


def test_the_call_to_action_slide_leaves_the_trainers_instructions_out() -> None:
    agenda = load_agenda(BUNDLE / "sessie-2-diversiteit-op-de-werkplek.yaml")
    slide = slide_for(agenda, SectionItem(section="oproep-tot-actie"))
    for trainers in ("Gebruiksaanwijzing", "Begeleid hen door de vijf fasen", "follow-up"):
        assert trainers not in slide.body + slide.closing
    for rooms in ("## Onderdelen", "Doelstelling/doel van de reflectie."):
        assert rooms in slide.body
    assert [p.title for p in slide.panels] == [
        "Doel",
        "Documentatie",
        "Analyse",
        "Evaluatie",
        "Plan",
    ]
    asked = slide_for(agenda, SectionItem(section="oproep-tot-actie"), trainer_parts=True)
    assert "3. Begeleid hen door de vijf fasen." in asked.body


# --- the schema ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(agenda_schema())


def test_the_schema_accepts_the_room_example(validator: Any) -> None:
    document = yaml.safe_load(example("room"))
    assert [e.message for e in validator.iter_errors(document)] == []
    document["steps"][2]["turns"] = True
    assert [e.message for e in validator.iter_errors(document)] == []


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d["steps"][0].update(groups="drie"),
        lambda d: d["steps"][0].update(groups=1),
        lambda d: d["steps"][1]["deal"].update(cards=0),
        lambda d: d["steps"][1]["deal"].update(kaarten=2),
        lambda d: d["steps"][2].update(turns={"minutes": 0}),
        lambda d: d["steps"][2].update(turns=3),
    ],
    ids=["groups-word", "groups-1", "cards-0", "deal-unknown", "turn-0", "turns-number"],
)
def test_the_schema_refuses_wrong_room_fields(validator: Any, spoil: Any) -> None:
    document = yaml.safe_load(example("room"))
    spoil(document)
    assert list(validator.iter_errors(document))
