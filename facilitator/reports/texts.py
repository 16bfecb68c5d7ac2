"""The words of a report, shared by the Markdown, the PDF and the Reports dialog (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.engine.events import ResumeHow, RunMode
from facilitator.reports.build import Interruption, LeftOut, LeftOutReason, RunReport, StepRow
from facilitator.reports.room import GroupRow
from facilitator.room.feedback import Feedback, summarise
from facilitator.timefmt import NONE, duration, moment, signed

# Keyed by RunMode (a str): the runs list also has "?" for a run it cannot read.
MODE_NAMES: dict[str, str] = {
    RunMode.LIVE: "Live session",
    RunMode.REHEARSAL: "Rehearsal",
    RunMode.DRY_RUN: "Dry run",
}
INTERRUPTED = {
    ResumeHow.COUNTED: "The app stopped around {at}; down {down}, counted as elapsed.",
    ResumeHow.PAUSED: "The app stopped around {at}; down {down}, resumed paused.",
}
STATUS_NAMES = {
    "done": "done",
    "current": "stopped here",
    "left": "left unfinished",
    "skipped": "skipped",
    "not reached": "not reached",
}
# Under the comparison table of the Markdown and the PDF (and in the Reports dialog).
COMPARISON_NOTE = (
    "Actual: the step's running time, pauses excluded. Suggested: the median of the actual "
    "times of this agenda's live runs and rehearsals, in whole minutes. A step's time below "
    "a third of its plan, a run whose steps took less than a third of their plan in all "
    "(clicked through), and a run you left out are not used."
)
LEFT_OUT = {
    LeftOutReason.FAR_BELOW_PLAN: (
        "Not used: {run}, whose steps took {actual} of the {planned} planned: "
        "a run clicked through says nothing of how long the steps take."
    ),
    LeftOutReason.BY_TRAINER: "Not used: {run}, which you left out.",
}
THIS_LEFT_OUT = {
    LeftOutReason.FAR_BELOW_PLAN: (
        "This run is not used for the suggestions: its steps took {actual} of the "
        "{planned} planned."
    ),
    LeftOutReason.BY_TRAINER: "This run is not used for the suggestions: you left it out.",
}
SHORT_STEPS = "Step times below a third of their plan are not used: {count} here."


def headline(report: RunReport) -> str:
    """One line saying what run this is."""
    mode = MODE_NAMES.get(report.mode, report.mode)
    if report.mode is RunMode.DRY_RUN:
        mode += f" at {report.speed:g}× speed"
    return f"{mode} · {moment(report.started)} · {report.outcome}"


def session_span(report: RunReport) -> str:
    """When the run started and ended, and how long the session took."""
    return (
        f"Started {moment(report.started)}, ended {moment(report.ended)} "
        f"(session time {duration(report.totals.elapsed)}, pauses included)"
    )


def adjustments_text(row: StepRow) -> str:
    """Time added or removed, and restarts, in words."""
    parts = []
    if row.adjustments:
        parts.append(signed(row.adjustments))
    if row.restarts:
        parts.append(f"{row.restarts}× restarted")
    return ", ".join(parts) or NONE


def pauses_text(count: int, paused: int) -> str:
    """``2 (3:10)`` for two pauses totalling 3:10; ``–`` for none."""
    return f"{count} ({duration(paused)})" if count else NONE


def comparison_notes(report: RunReport) -> list[str]:
    """The sentences above the comparison table: which runs it compares with."""
    if report.earlier:
        names = ", ".join(
            f"{MODE_NAMES.get(r.mode, r.mode).lower()} {moment(r.started)}" for r in report.earlier
        )
        notes = [f"Earlier live runs and rehearsals of this agenda: {names}."]
    else:
        notes = ["No earlier live runs or rehearsals of this agenda are recorded."]
    if report.mode is RunMode.DRY_RUN:
        notes.append("This run is a dry run: it never counts in comparisons or suggestions.")
    for run in report.left_out:
        words = THIS_LEFT_OUT if run.run_id == report.run_id else LEFT_OUT
        notes.append(
            words[run.reason].format(
                run=run_name(run), actual=duration(run.actual), planned=duration(run.planned)
            )
        )
    short = sum(row.left_out for row in report.steps)
    if short:
        notes.append(SHORT_STEPS.format(count=short))
    return notes


def run_name(run: LeftOut) -> str:
    """'the rehearsal of 1 Dec 2026 10:03': a run in a sentence."""
    mode = MODE_NAMES.get(run.mode, run.mode).lower()
    return f"the {mode} of {moment(run.started)}"


def interruption_text(stop: Interruption) -> str:
    """One interruption in a sentence: when, how long, and how the run went on."""
    return INTERRUPTED[stop.how].format(at=moment(stop.at), down=duration(stop.downtime))


GROUPS_HEADING = "Groups"
FEEDBACK_HEADING = "Feedback"


def feedback_line(feedback: Sequence[Feedback]) -> str:
    """How the quick feedback came out: "12 people gave feedback: 4.2 of 5 on average
    (1: 0, 2: 1, 3: 1, 4: 5, 5: 5)"."""
    scale = feedback[-1].scale
    summary = summarise(feedback, scale)
    spread = ", ".join(f"{score}: {count}" for score, count in summary.scores)
    mean = summary.mean if summary.mean is not None else 0.0
    if summary.count == 1:
        return f"1 person gave feedback: {mean:.1f} of {scale} ({spread})"
    return f"{summary.count} people gave feedback: {mean:.1f} of {scale} on average ({spread})"


TURNS_HEADING = "Group turns"
# Under the turns table of the Markdown and the PDF.
TURNS_NOTE = (
    "Actual: the turn's running time, pauses excluded. Overrun: how long it ran past its "
    "planned time."
)
GROUPING = "{title}: {groups} of {size}{reshuffled}{dealt}."
GROUPING_COUNTED = "{title}: {groups}, as many as asked{reshuffled}{dealt}."
RESHUFFLED = {1: ", reshuffled once"}


def grouping_notes(report: RunReport) -> list[str]:
    """One sentence per grouping made: the step, how many groups of what size, what was dealt."""
    notes = []
    for grouping in report.room.groupings:
        count = len(grouping.groups)
        groups = "1 group" if count == 1 else f"{count} groups"
        times = grouping.reshuffles
        reshuffled = RESHUFFLED.get(times, f", reshuffled {times} times") if times else ""
        dealt = f"; dealt from {', '.join(grouping.dealt)}" if grouping.dealt else ""
        values = {
            "title": grouping.step_title,
            "groups": groups,
            "reshuffled": reshuffled,
            "dealt": dealt,
        }
        if grouping.kind.endswith("groups") or not grouping.kind:
            notes.append(GROUPING_COUNTED.format(**values))
        else:
            size = "two (pairs)" if grouping.kind == "pairs" else grouping.kind
            notes.append(GROUPING.format(**values, size=size))
    return notes


def group_line(group: GroupRow) -> str:
    """A group in a line: "Groep 2 · 4 personen: Anna, Bo, Chris, Dirk · Kaart C + Kaart D"."""
    text = group.label
    if group.names:
        text += ": " + ", ".join(group.names)
    if group.given:
        text += " · " + group.given
    return text
