"""Agendas built in code for engine tests (no YAML, no files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import Session, Step, Timing

# The 90-minute session the tests run: 10/15/25/15/15/10 minutes.
MINUTES = (10, 15, 25, 15, 15, 10)


def make_agenda(
    minutes: tuple[float, ...] = MINUTES,
    *,
    items: dict[int, int] | None = None,
    step_timing: dict[int, Timing] | None = None,
    timing: Timing | None = None,
) -> Agenda:
    """A session with one step per entry of ``minutes``; ``items`` gives steps projected items."""
    items = items or {}
    step_timing = step_timing or {}
    steps = []
    for i, length in enumerate(minutes):
        fields: dict[str, Any] = {
            "id": f"step-{i + 1}",
            "title": f"Step {i + 1}",
            "minutes": length,
            "project": [{"question": f"Question {n + 1}?"} for n in range(items.get(i, 0))],
        }
        if i in step_timing:
            fields["timing"] = step_timing[i]
        steps.append(Step.model_validate(fields))
    session = Session(
        format=1, title="Test session", duration=sum(minutes), timing=timing, steps=steps
    )
    return Agenda(path=Path("/agendas/test.yaml"), session=session, content_hash="abc123")
