"""The words of a report, shared by the Markdown, the PDF and the Reports dialog (pure).

Every sentence goes through :func:`facilitator.i18n.translate`: the dialog
and what it exports speak the interface's language; the command line, which
installs no translator, writes English. The names in CSV and JSON (the
columns, a run's mode and outcome) are data, never translated.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.engine.events import ResumeHow, RunMode
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.reports.build import Interruption, LeftOut, LeftOutReason, RunReport, StepRow
from facilitator.reports.room import NOTE_STATUS, GroupRow
from facilitator.room.feedback import Feedback, summarise
from facilitator.timefmt import NONE, duration, moment, signed

# Keyed by RunMode (a str): the runs list also has "?" for a run it cannot read.
MODE_NAMES: dict[str, str] = {
    RunMode.LIVE: QT_TRANSLATE_NOOP("Reports", "Live session"),
    RunMode.REHEARSAL: QT_TRANSLATE_NOOP("Reports", "Rehearsal"),
    RunMode.DRY_RUN: QT_TRANSLATE_NOOP("Reports", "Dry run"),
}
INTERRUPTED = {
    ResumeHow.COUNTED: QT_TRANSLATE_NOOP(
        "Reports", "The app stopped around {at}; down {down}, counted as elapsed."
    ),
    ResumeHow.PAUSED: QT_TRANSLATE_NOOP(
        "Reports", "The app stopped around {at}; down {down}, resumed paused."
    ),
}
STATUS_NAMES = {
    "done": QT_TRANSLATE_NOOP("Reports", "done"),
    "current": QT_TRANSLATE_NOOP("Reports", "stopped here"),
    "left": QT_TRANSLATE_NOOP("Reports", "left unfinished"),
    "skipped": QT_TRANSLATE_NOOP("Reports", "skipped"),
    "not reached": QT_TRANSLATE_NOOP("Reports", "not reached"),
    "removed": QT_TRANSLATE_NOOP("Reports", "taken out of the agenda"),
}
# How a run ended (build.outcome_of), in words.
OUTCOME_NAMES = {
    "finished": QT_TRANSLATE_NOOP("Reports", "finished"),
    "not started": QT_TRANSLATE_NOOP("Reports", "not started"),
    "interrupted": QT_TRANSLATE_NOOP("Reports", "interrupted"),
    "closed": QT_TRANSLATE_NOOP("Reports", "closed"),
}
# Under the comparison table of the Markdown and the PDF (and in the Reports dialog).
COMPARISON_NOTE = QT_TRANSLATE_NOOP(
    "Reports",
    "Actual: the step's running time, pauses excluded. Suggested: the median of the actual "
    "times of this agenda's live runs and rehearsals, in whole minutes. A step's time below "
    "a third of its plan, a run whose steps took less than a third of their plan in all "
    "(clicked through), and a run you left out are not used.",
)
LEFT_OUT = {
    LeftOutReason.FAR_BELOW_PLAN: QT_TRANSLATE_NOOP(
        "Reports",
        "Not used: {run}, whose steps took {actual} of the {planned} planned: "
        "a run clicked through says nothing of how long the steps take.",
    ),
    LeftOutReason.BY_TRAINER: QT_TRANSLATE_NOOP("Reports", "Not used: {run}, which you left out."),
}
THIS_LEFT_OUT = {
    LeftOutReason.FAR_BELOW_PLAN: QT_TRANSLATE_NOOP(
        "Reports",
        "This run is not used for the suggestions: its steps took {actual} of the "
        "{planned} planned.",
    ),
    LeftOutReason.BY_TRAINER: QT_TRANSLATE_NOOP(
        "Reports", "This run is not used for the suggestions: you left it out."
    ),
}
SHORT_STEPS = QT_TRANSLATE_NOOP(
    "Reports", "Step times below a third of their plan are not used: {count} here."
)
# A run in a sentence, by its mode.
RUN_NAMES = {
    RunMode.LIVE: QT_TRANSLATE_NOOP("Reports", "the live session of {when}"),
    RunMode.REHEARSAL: QT_TRANSLATE_NOOP("Reports", "the rehearsal of {when}"),
    RunMode.DRY_RUN: QT_TRANSLATE_NOOP("Reports", "the dry run of {when}"),
}


def mode_name(mode: str) -> str:
    """A run's mode in words: "Live session", "Rehearsal", "Dry run" (else as it is)."""
    name = MODE_NAMES.get(mode)
    return translate_marked("Reports", name) if name is not None else mode


def outcome_name(outcome: str) -> str:
    """How a run ended, in words: "finished", "interrupted" (else as it is)."""
    name = OUTCOME_NAMES.get(outcome)
    return translate_marked("Reports", name) if name is not None else outcome


def status_name(status: str) -> str:
    """What became of a step, in words: "done", "skipped" (else as it is)."""
    name = STATUS_NAMES.get(status)
    return translate_marked("Reports", name) if name is not None else status


def comparison_note() -> str:
    """The note under the comparison table."""
    return translate_marked("Reports", COMPARISON_NOTE)


def headline(report: RunReport) -> str:
    """One line saying what run this is."""
    mode = mode_name(report.mode)
    if report.mode is RunMode.DRY_RUN:
        mode = translate("Reports", "{mode} at {speed}× speed").format(
            mode=mode, speed=f"{report.speed:g}"
        )
    return f"{mode} · {moment(report.started)} · {outcome_name(report.outcome)}"


def session_span(report: RunReport) -> str:
    """When the run started and ended, and how long the session took."""
    return translate(
        "Reports", "Started {started}, ended {ended} (session time {elapsed}, pauses included)"
    ).format(
        started=moment(report.started),
        ended=moment(report.ended),
        elapsed=duration(report.totals.elapsed),
    )


def adjustments_text(row: StepRow) -> str:
    """Time added or removed, and restarts, in words."""
    parts = []
    if row.adjustments:
        parts.append(signed(row.adjustments))
    if row.restarts:
        parts.append(translate("Reports", "{count}× restarted").format(count=row.restarts))
    return ", ".join(parts) or NONE


def pauses_text(count: int, paused: int) -> str:
    """``2 (3:10)`` for two pauses totalling 3:10; ``–`` for none."""
    return f"{count} ({duration(paused)})" if count else NONE


def comparison_notes(report: RunReport) -> list[str]:
    """The sentences above the comparison table: which runs it compares with."""
    if report.earlier:
        names = ", ".join(
            f"{mode_name(r.mode).lower()} {moment(r.started)}" for r in report.earlier
        )
        notes = [
            translate("Reports", "Earlier live runs and rehearsals of this agenda: {runs}.").format(
                runs=names
            )
        ]
    else:
        notes = [
            translate("Reports", "No earlier live runs or rehearsals of this agenda are recorded.")
        ]
    if report.mode is RunMode.DRY_RUN:
        notes.append(
            translate(
                "Reports", "This run is a dry run: it never counts in comparisons or suggestions."
            )
        )
    for run in report.left_out:
        words = THIS_LEFT_OUT if run.run_id == report.run_id else LEFT_OUT
        notes.append(
            translate_marked("Reports", words[run.reason]).format(
                run=run_name(run), actual=duration(run.actual), planned=duration(run.planned)
            )
        )
    short = sum(row.left_out for row in report.steps)
    if short:
        notes.append(translate_marked("Reports", SHORT_STEPS).format(count=short))
    return notes


def run_name(run: LeftOut) -> str:
    """'the rehearsal of 1 Dec 2026 10:03': a run in a sentence."""
    name = RUN_NAMES.get(run.mode)
    if name is None:
        return f"{run.mode} {moment(run.started)}"
    return translate_marked("Reports", name).format(when=moment(run.started))


def interruption_text(stop: Interruption) -> str:
    """One interruption in a sentence: when, how long, and how the run went on."""
    return translate_marked("Reports", INTERRUPTED[stop.how]).format(
        at=moment(stop.at), down=duration(stop.downtime)
    )


def groups_heading() -> str:
    """The heading of the groups made during the run."""
    return translate("Reports", "Groups")


def turns_heading() -> str:
    """The heading of the group turns."""
    return translate("Reports", "Group turns")


def turns_note() -> str:
    """The note under the turns table of the Markdown and the PDF."""
    return translate(
        "Reports",
        "Actual: the turn's running time, pauses excluded. Overrun: how long it ran past its "
        "planned time.",
    )


def groups_count(count: int) -> str:
    """ "1 group", "3 groups"."""
    if count == 1:
        return translate("Reports", "1 group")
    return translate("Reports", "{count} groups").format(count=count)


def group_size(kind: str) -> str:
    """A grouping's kind as the report's table shows it: "3-5", "pairs", "4 groups"."""
    if kind == "pairs":
        return translate("Reports", "pairs")
    number, _, rest = kind.partition(" ")
    if rest == "groups" and number.isdigit():
        return groups_count(int(number))
    return kind


def feedback_heading() -> str:
    """The heading of the room's quick feedback."""
    return translate("Reports", "Feedback")


def feedback_line(feedback: Sequence[Feedback]) -> str:
    """How the quick feedback came out: "12 people gave feedback: 4.2 of 5 on average
    (1: 0, 2: 1, 3: 1, 4: 5, 5: 5)"."""
    scale = feedback[-1].scale
    summary = summarise(feedback, scale)
    spread = ", ".join(f"{score}: {count}" for score, count in summary.scores)
    mean = summary.mean if summary.mean is not None else 0.0
    values = {"count": summary.count, "mean": f"{mean:.1f}", "scale": scale, "spread": spread}
    if summary.count == 1:
        return translate("Reports", "1 person gave feedback: {mean} of {scale} ({spread})").format(
            **values
        )
    return translate(
        "Reports", "{count} people gave feedback: {mean} of {scale} on average ({spread})"
    ).format(**values)


def wall_heading() -> str:
    """The heading of the wall's notes in the report."""
    return translate("Reports", "The wall")


def wall_note() -> str:
    """Under the wall's table of the Markdown and beside its lines in the PDF."""
    return translate(
        "Reports",
        "Each theme's notes in the order they were written, then the notes in no theme. "
        "Hidden: kept off the projector. Not released: sent from a phone and never let onto "
        "the wall.",
    )


def no_theme() -> str:
    """The heading of the wall's notes in no theme."""
    return translate("Reports", "In no theme")


def grouping_notes(report: RunReport) -> list[str]:
    """One sentence per grouping made: the step, how many groups of what size, what was dealt.

    The sentence is a frame with the phrases (how many groups, reshuffled, dealt
    from) as placeholders, each phrase translated whole."""
    notes = []
    for grouping in report.room.groupings:
        times = grouping.reshuffles
        if not times:
            reshuffled = ""
        elif times == 1:
            reshuffled = translate("Reports", ", reshuffled once")
        else:
            reshuffled = translate("Reports", ", reshuffled {times} times").format(times=times)
        dealt = (
            translate("Reports", "; dealt from {handouts}").format(
                handouts=", ".join(grouping.dealt)
            )
            if grouping.dealt
            else ""
        )
        values = {
            "title": grouping.step_title,
            "groups": groups_count(len(grouping.groups)),
            "reshuffled": reshuffled,
            "dealt": dealt,
        }
        if grouping.kind.endswith("groups") or not grouping.kind:
            text = translate("Reports", "{title}: {groups}, as many as asked{reshuffled}{dealt}.")
            notes.append(text.format(**values))
        else:
            size = (
                translate("Reports", "two (pairs)") if grouping.kind == "pairs" else grouping.kind
            )
            text = translate("Reports", "{title}: {groups} of {size}{reshuffled}{dealt}.")
            notes.append(text.format(**values, size=size))
    return notes


def group_line(group: GroupRow) -> str:
    """A group in a line: "Groep 2 · 4 personen: Anna, Bo, Chris, Dirk · Kaart C + Kaart D"."""
    text = group.label
    if group.names:
        text += ": " + ", ".join(group.names)
    if group.given:
        text += " · " + group.given
    return text


def wall_groups(report: RunReport) -> list[tuple[str, list[str]]]:
    """The wall as headed lists: each theme's name (or "In no theme") and its notes, each
    with its step and, when the room did not see it, why: "Rolmodellen (Step 4 · hidden)"."""
    groups: list[tuple[str, list[str]]] = []
    for note in report.room.notes:
        heading = note.theme or no_theme()
        if not groups or groups[-1][0] != heading:
            groups.append((heading, []))
        where = [note.step_title] if note.step_title else []
        if note.status != NOTE_STATUS["shown"]:
            where.append(note.status)
        suffix = f" ({' · '.join(where)})" if where else ""
        groups[-1][1].append(note.text.replace("\n", " ") + suffix)
    return groups
