"""What changed between two versions of an agenda, in a trainer's words (the reload notice)."""

from __future__ import annotations

from facilitator.agenda.agenda import Agenda
from facilitator.i18n import translate


def describe_changes(old: Agenda, new: Agenda) -> list[str]:
    """What changed between two versions of an agenda, in a trainer's words."""
    old_steps = {step.id: step for step in old.steps}
    new_steps = {step.id: step for step in new.steps}
    lines: list[str] = []
    for step in new.steps:
        before = old_steps.get(step.id)
        if before is None:
            lines.append(
                translate("Console", "new step “{title}” ({minutes} min)").format(
                    title=step.title, minutes=f"{step.minutes:g}"
                )
            )
            continue
        if before.minutes != step.minutes:
            lines.append(
                translate("Console", "“{title}”: {before} → {after} min").format(
                    title=step.title, before=f"{before.minutes:g}", after=f"{step.minutes:g}"
                )
            )
        if before.title != step.title:
            lines.append(
                translate("Console", "step renamed: “{before}” → “{after}”").format(
                    before=before.title, after=step.title
                )
            )
        if (before.instructions, before.materials) != (step.instructions, step.materials):
            lines.append(
                translate("Console", "“{title}”: instructions or materials changed").format(
                    title=step.title
                )
            )
        if (before.project, before.timing, before.min_minutes) != (
            step.project,
            step.timing,
            step.min_minutes,
        ):
            lines.append(
                translate("Console", "“{title}”: projected items or timing changed").format(
                    title=step.title
                )
            )
    removed = translate("Console", "step removed: “{title}”")
    lines.extend(removed.format(title=step.title) for step in old.steps if step.id not in new_steps)
    if [s.id for s in old.steps if s.id in new_steps] != [
        s.id for s in new.steps if s.id in old_steps
    ]:
        lines.append(translate("Console", "steps reordered"))
    if not lines and old.content_hash != new.content_hash:
        lines.append(translate("Console", "texts changed (hand-outs, reference or metadata)"))
    return lines
