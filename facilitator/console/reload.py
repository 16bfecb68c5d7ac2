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


MOST_CHANGES = 6  # listed in the band; the tooltip has them all


def reload_notice(
    file: str,
    changes: list[str],
    *,
    gone: str | None,
    number: int,
    title: str,
    under_way: bool,
    finished: bool,
) -> str:
    """The band's words after a reload: what changed, and what became of the current step.

    ``gone`` is the title of the current step when the new version left it
    out; ``number`` and ``title`` are the step current now.
    """
    listed = "; ".join(changes[:MOST_CHANGES]) + (" …" if len(changes) > MOST_CHANGES else "")
    listed = listed or translate("Console", "no visible change")
    if finished:
        text = translate("Console", "Agenda reloaded from {file}: {changes}.")
    elif gone is None:
        text = translate(
            "Console",
            "Agenda reloaded from {file}: {changes}. The current step and its timer go on.",
        )
    elif under_way:
        text = translate(
            "Console",
            "Agenda reloaded from {file}: {changes}. “{gone}” was taken out of the agenda, "
            "so the session moved on to step {number}, “{title}”; the time spent on “{gone}” "
            "stays in the record and the report.",
        )
    else:
        text = translate(
            "Console",
            "Agenda reloaded from {file}: {changes}. “{gone}” was taken out of the agenda; "
            "the session starts with step {number}, “{title}”.",
        )
    return text.format(file=file, changes=listed, gone=gone, number=number, title=title)


def file_gone(file: str) -> str:
    """The band's words when the agenda file is not there any more."""
    return translate(
        "Console",
        "The agenda file {file} is gone (deleted, moved, or on a drive that is not there); "
        "the session goes on with the version loaded. Save it there again and it is reloaded.",
    ).format(file=file)


def file_back(file: str) -> str:
    """The band's words when the agenda file is there again, unchanged."""
    return translate(
        "Console", "The agenda file {file} is back, unchanged; the session goes on."
    ).format(file=file)
