"""What changed between two versions of an agenda, in a trainer's words (the reload notice)."""

from __future__ import annotations

from facilitator.agenda.agenda import Agenda


def describe_changes(old: Agenda, new: Agenda) -> list[str]:
    """What changed between two versions of an agenda, in a trainer's words."""
    old_steps = {step.id: step for step in old.steps}
    new_steps = {step.id: step for step in new.steps}
    lines: list[str] = []
    for step in new.steps:
        before = old_steps.get(step.id)
        if before is None:
            lines.append(f"new step “{step.title}” ({step.minutes:g} min)")
            continue
        if before.minutes != step.minutes:
            lines.append(f"“{step.title}”: {before.minutes:g} → {step.minutes:g} min")
        if before.title != step.title:
            lines.append(f"step renamed: “{before.title}” → “{step.title}”")
        if (before.instructions, before.materials) != (step.instructions, step.materials):
            lines.append(f"“{step.title}”: instructions or materials changed")
        if (before.project, before.timing, before.min_minutes) != (
            step.project,
            step.timing,
            step.min_minutes,
        ):
            lines.append(f"“{step.title}”: projected items or timing changed")
    lines.extend(f"step removed: “{step.title}”" for step in old.steps if step.id not in new_steps)
    if [s.id for s in old.steps if s.id in new_steps] != [
        s.id for s in new.steps if s.id in old_steps
    ]:
        lines.append("steps reordered")
    if not lines and old.content_hash != new.content_hash:
        lines.append("texts changed (hand-outs, reference or metadata)")
    return lines
