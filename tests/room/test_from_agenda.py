"""The bundled sessions drive the room: groups and cards (step 3), turns (4), pairs (5)."""

from __future__ import annotations

from pathlib import Path

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.room.from_agenda import (
    deal_for_step,
    fragment_titles,
    plan_turns_for_step,
    step_group_size,
)
from facilitator.room.room import Room
from facilitator.room.turns import SECOND
from facilitator.room.views import dealt_lines, group_views

BUNDLE = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"
MIN = 60 * SECOND


def test_session_2_groups_deals_two_cards_and_gives_every_group_a_turn() -> None:
    agenda = load_agenda(BUNDLE / "sessie-2-diversiteit-op-de-werkplek.yaml")
    step3, step4, step5 = agenda.steps[2], agenda.steps[3], agenda.steps[4]
    room = Room(agenda.session.language)
    room.set_people(24, 0)
    size = step_group_size(agenda, step3)
    assert size == GroupSize(3, 5)
    room.make_groups(step3.id, 0, size=size, seed=3)
    assert [v.size for v in group_views(room.state, room.words)] == [4, 4, 4, 4, 4, 4]
    assert deal_for_step(room, agenda, step3, 1) == []
    grouping = room.state.grouping
    assert grouping is not None
    dealt = grouping.deal("hand-out-2", "cards")
    assert dealt is not None
    lines = dealt_lines(grouping, dealt, fragment_titles(agenda, "hand-out-2"), room.words)
    assert [line.text for line in lines] == [
        "Groep 1: Kaart A + Kaart B",
        "Groep 2: Kaart C + Kaart D",
        "Groep 3: Kaart A + Kaart B",
        "Groep 4: Kaart C + Kaart D",
        "Groep 5: Kaart A + Kaart B",
        "Groep 6: Kaart C + Kaart D",
    ]
    # Step 4 keeps step 3's groups: the turns share the step's 15 minutes.
    assert step_group_size(agenda, step4) == GroupSize(3, 5)
    assert plan_turns_for_step(room, step4, 15 * MIN, 2) == []
    turns = room.state.round(step4.id)
    assert turns is not None and [t.allotted for t in turns.turns] == [150 * SECOND] * 6
    # Step 5: pairs, about two minutes each; twelve pairs do not fit 15 minutes, and say so.
    assert step_group_size(agenda, step5) == PAIRS
    room.make_groups(step5.id, 3, size=PAIRS, seed=4)
    (notice,) = plan_turns_for_step(room, step5, 15 * MIN, 4)
    assert notice.text == (
        "12 turns of 2 minutes take 24 minutes, but 15 minutes remain in this step."
    )


def test_session_1_deals_every_document_to_every_group() -> None:
    agenda = load_agenda(BUNDLE / "sessie-1-outreach-en-curricula.yaml")
    step1, step3 = agenda.steps[0], agenda.steps[2]
    room = Room("nl")
    room.set_people(10, 0)
    room.make_groups(step1.id, 0, size=step_group_size(agenda, step1), seed=1)  # type: ignore[arg-type]
    assert sorted(v.size for v in group_views(room.state, room.words)) == [2, 2, 3, 3]
    room.make_groups(step3.id, 1, size=step_group_size(agenda, step3), seed=2)  # type: ignore[arg-type]
    deal_for_step(room, agenda, step3, 2)
    grouping = room.state.grouping
    assert grouping is not None
    dealt = grouping.deal("hand-out-1", "documents")
    assert dealt is not None
    titles = fragment_titles(agenda, "hand-out-1")
    assert {
        line.text.split(": ", 1)[1] for line in dealt_lines(grouping, dealt, titles, room.words)
    } == {"Document A + Document B + Document C"}
    assert step_group_size(agenda, agenda.steps[1]) is None
    assert deal_for_step(room, agenda, agenda.steps[1], 3) == []
    assert plan_turns_for_step(room, agenda.steps[1], 0, 3) == []
