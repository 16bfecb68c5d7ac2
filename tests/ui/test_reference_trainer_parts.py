"""The reference panel shows a section whole: the trainer's own parts too."""

from __future__ import annotations

from pathlib import Path

from facilitator.agenda.load import load_agenda
from facilitator.ui.presenter.reference_panel import section_markdown

BUNDLE = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"


def test_the_reference_panel_keeps_the_trainer_only_parts() -> None:
    agenda = load_agenda(BUNDLE / "sessie-1-outreach-en-curricula.yaml")
    section = agenda.section("oproep-tot-actie")
    assert section is not None and section.trainer_only
    text = section_markdown(section)
    for trainers in ("## Gebruiksaanwijzing", "Begeleid hen door de vijf fasen."):
        assert trainers in text
