"""The plan's clock times follow every edit; previews are the projector's own slides."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.agenda.load import load_agenda
from facilitator.agenda.slides import slide_for
from facilitator.editing.edits import SetField
from facilitator.editing.plan import plan_of
from facilitator.editing.preview import (
    NoPreview,
    fragment_slide,
    handout_slide,
    item_slide,
    section_slide,
)
from facilitator.editing.workspace import SESSION, open_workspace
from facilitator.paths import default_agenda

NINE = datetime(2026, 3, 2, 9, 0)


def test_planned_times_from_the_chosen_start() -> None:
    plan = plan_of(open_workspace(default_agenda()).session.data, NINE)
    assert [f"{s.start:%H:%M}" for s in plan.steps] == [
        "09:00",
        "09:10",
        "09:25",
        "09:50",
        "10:05",
        "10:20",
    ]
    assert f"{plan.end:%H:%M}" == "10:30"
    assert plan.matches and plan.summary() == "6 steps, 90 min: 09:00–10:30"


def test_a_plan_that_differs_from_its_duration_says_so_and_knows_the_fix() -> None:
    data = {"duration": 90, "steps": [{"minutes": 60}, {"minutes": 35.5}, {"minutes": "x"}]}
    plan = plan_of(data, NINE)
    assert not plan.matches
    assert plan.fixed_duration == 95.5
    assert plan.unreadable == (2,)
    assert plan.summary() == "3 steps, 95.5 min: 09:00–10:35. The session says 90 min."
    assert plan_of({"steps": [{"minutes": 5}]}, NINE).fixed_duration == 5


def test_previews_are_the_slides_the_projector_draws() -> None:
    workspace = open_workspace(default_agenda())
    agenda = load_agenda(default_agenda())
    for s, step in enumerate(agenda.steps):
        for i, item in enumerate(step.project):
            raw = workspace.session.get(("steps", s, "project", i))
            assert item_slide(workspace, raw) == slide_for(agenda, item)
    card = fragment_slide(workspace, 0, "documents", 0)
    assert card.kind == "document" and card.title == agenda.session.handouts[0].documents[0].title
    assert handout_slide(workspace, 0).kind == "handout"
    section = section_slide(workspace, "steam-coach-materiaal.yaml", 0)
    assert section.title == agenda.sections[0].title


def test_a_preview_follows_the_text_even_when_another_field_is_wrong() -> None:
    workspace = open_workspace(default_agenda())
    workspace.apply(SetField(SESSION, ("steps", 0, "minutes"), -3, "x"))
    workspace.apply(SetField(SESSION, ("handouts", 0, "documents", 0, "text"), "Nieuw.", "x"))
    assert not workspace.validation().ok
    assert fragment_slide(workspace, 0, "documents", 0).body == "Nieuw."


def test_an_incomplete_item_has_no_preview_and_says_why() -> None:
    workspace = open_workspace(default_agenda())
    with pytest.raises(NoPreview, match="not complete"):
        item_slide(workspace, {"question": ""})
    with pytest.raises(NoPreview, match="does not exist"):
        item_slide(workspace, {"card": "hand-out-1/geen-kaart"})
