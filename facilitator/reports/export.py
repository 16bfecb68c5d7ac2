"""A report as Markdown, CSV or JSON text (pure); the PDF is drawn by ``ui/printing/report.py``.

Exporters only format what :func:`~facilitator.reports.build.build_report`
built; the display texts and tables here are shared with the PDF and the
Reports dialog. Times are shown as minutes and seconds (``12:30``, written by
``facilitator.timefmt``); CSV and JSON give numbers: CSV in minutes (two
decimals), JSON in seconds.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.engine.clock import SECOND
from facilitator.engine.events import ResumeHow, RunMode
from facilitator.files import write_atomically
from facilitator.reports.build import Interruption, RunReport, StepRow
from facilitator.timefmt import duration, moment, signed

FORMATS = ("md", "csv", "json", "pdf")
TEXT_FORMATS = ("md", "csv", "json")

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


def interruption_text(stop: Interruption) -> str:
    """One interruption in a sentence: when, how long, and how the run went on."""
    return INTERRUPTED[stop.how].format(at=moment(stop.at), down=duration(stop.downtime))


def headline(report: RunReport) -> str:
    """One line saying what run this is."""
    mode = MODE_NAMES.get(report.mode, report.mode)
    if report.mode is RunMode.DRY_RUN:
        mode += f" at {report.speed:g}× speed"
    return f"{mode} · {moment(report.started)} · {report.outcome}"


def adjustments_text(row: StepRow) -> str:
    """Time added or removed, and restarts, in words."""
    parts = []
    if row.adjustments:
        parts.append(signed(row.adjustments))
    if row.restarts:
        parts.append(f"{row.restarts}× restarted")
    return ", ".join(parts) or "–"


def pauses_text(count: int, paused: int) -> str:
    """``2 (3:10)`` for two pauses totalling 3:10; ``–`` for none."""
    return f"{count} ({duration(paused)})" if count else "–"


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
    return notes


# --- Tables ----------------------------------------------------------------
# The steps table (with its total row) and the comparison with earlier runs
# are shown in the Reports dialog, the PDF and the Markdown export. They are
# built here once, so the three always agree; each only adds its own markup.
# (CSV and JSON give numbers, not these texts.)

STEP_HEADERS = (
    "#",
    "Step",
    "Planned",
    "Actual",
    "Difference",
    "Overtime",
    "Adjusted",
    "Pauses",
    "Status",
)
COMPARE_HEADERS = ("#", "Step", "Planned", "This run", "Last", "Mean", "Runs", "Suggested")
# Columns of words, read from the left; the others hold numbers and are
# right-aligned so that their digits line up.
TEXT_COLUMNS = frozenset({"Step", "Status"})


@dataclass(frozen=True)
class Table:
    """Headers, one row per step and a total row, all as display strings."""

    headers: tuple[str, ...]
    rows: list[list[str]]
    total: list[str]


def step_headers(number_column: bool = True) -> tuple[str, ...]:
    """The steps table's headers (without ``#`` when the number is in the title)."""
    return STEP_HEADERS if number_column else STEP_HEADERS[1:]


def compare_headers(number_column: bool = True) -> tuple[str, ...]:
    """The comparison table's headers (without ``#`` when the number is in the title)."""
    return COMPARE_HEADERS if number_column else COMPARE_HEADERS[1:]


def steps_table(report: RunReport, number_column: bool = True) -> Table:
    """Where the time went, step by step, and in total.

    With ``number_column`` false the step number goes before the title
    (``2. Title``) instead of in a ``#`` column of its own.
    """
    t = report.totals
    rows = [
        [
            str(r.index + 1),
            r.title,
            duration(r.planned),
            duration(r.actual),
            signed(r.difference),
            duration(r.overtime) if r.overtime else "–",
            adjustments_text(r),
            pauses_text(r.pauses, r.paused),
            STATUS_NAMES.get(r.status, r.status),
        ]
        for r in report.steps
    ]
    total = [
        "",
        "Total",
        duration(t.planned),
        duration(t.actual),
        signed(t.difference),
        duration(t.overtime) if t.overtime else "–",
        signed(t.adjustments) if t.adjustments else "–",
        pauses_text(t.pauses, t.paused),
        "",
    ]
    return _numbered(STEP_HEADERS, rows, total, number_column)


def comparison_table(report: RunReport, number_column: bool = True) -> Table:
    """Each step's time in this run against earlier runs, and the suggested time."""
    t = report.totals
    rows = [
        [
            str(r.index + 1),
            r.title,
            duration(r.planned),
            duration(r.actual),
            duration(r.last),
            duration(r.mean),
            str(r.compared),
            duration(r.suggested),
        ]
        for r in report.steps
    ]
    total = [
        "",
        "Total",
        duration(t.planned),
        duration(t.actual),
        "",
        "",
        "",
        duration(t.suggested),
    ]
    return _numbered(COMPARE_HEADERS, rows, total, number_column)


def _numbered(
    headers: tuple[str, ...], rows: list[list[str]], total: list[str], number_column: bool
) -> Table:
    if number_column:
        return Table(headers, rows, total)
    return Table(
        headers[1:],
        [[f"{number}. {title}", *rest] for number, title, *rest in rows],
        total[1:],
    )


# --- Markdown --------------------------------------------------------------


def to_markdown(report: RunReport) -> str:
    """The report as a Markdown document."""
    t = report.totals
    lines = [
        f"# {report.title}",
        "",
        f"**{headline(report)}**",
        "",
        f"- Run: `{report.run_id}`",
        f"- Agenda: `{report.agenda}`",
        f"- Started {moment(report.started)}, ended {moment(report.ended)} "
        f"(session time {duration(t.elapsed)}, pauses included)",
        "",
        "## Steps",
        "",
        *_markdown_table(steps_table(report)),
        "",
        "## Compared with earlier runs",
        "",
        *comparison_notes(report),
        "",
        *_markdown_table(comparison_table(report)),
        "",
        "Actual: the step's running time, pauses excluded. Suggested: the median of the "
        "actual times of this agenda's live runs and rehearsals, in whole minutes.",
    ]
    if report.interruptions:
        lines += ["", "## Interruptions", ""]
        lines += [f"- {interruption_text(stop)}" for stop in report.interruptions]
    if report.warnings:
        lines += ["", "## Warnings", ""] + [f"- {w}" for w in report.warnings]
    return "\n".join(lines) + "\n"


# The sums a reader looks for are bold in the total row; the rest stay plain
# so that they do not compete with them.
_BOLD_TOTALS = frozenset({"Step", "Planned", "Actual", "This run", "Difference", "Suggested"})


def _markdown_table(table: Table) -> list[str]:
    # Each separator is as wide as its header cell, with a colon on the right
    # of the number columns (right-aligned).
    rule = [
        "-" * (len(h) + 2) if h in TEXT_COLUMNS else "-" * (len(h) + 1) + ":" for h in table.headers
    ]
    total = [
        f"**{cell}**" if cell and header in _BOLD_TOTALS else cell
        for header, cell in zip(table.headers, table.total, strict=True)
    ]
    body = [_row([_cell(cell) for cell in row]) for row in [*table.rows, total]]
    return [_row(list(table.headers)), "|" + "|".join(rule) + "|", *body]


def _row(cells: list[str]) -> str:
    # An empty cell is written "| |", not "|  |".
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --- CSV -------------------------------------------------------------------

CSV_COLUMNS = (
    "step",
    "id",
    "title",
    "planned_min",
    "actual_min",
    "difference_min",
    "overtime_min",
    "adjusted_min",
    "restarts",
    "pauses",
    "paused_min",
    "status",
    "last_min",
    "mean_min",
    "earlier_runs",
    "suggested_min",
)


def _minutes(ns: int | None) -> str:
    return "" if ns is None else f"{ns / (60 * SECOND):.2f}"


def to_csv(report: RunReport) -> str:
    """One row per step and a total row; minutes with two decimals."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.steps:
        writer.writerow(
            [
                row.index + 1,
                row.step_id,
                row.title,
                _minutes(row.planned),
                _minutes(row.actual),
                _minutes(row.difference),
                _minutes(row.overtime),
                _minutes(row.adjustments),
                row.restarts,
                row.pauses,
                _minutes(row.paused),
                row.status,
                _minutes(row.last),
                _minutes(row.mean),
                row.compared,
                _minutes(row.suggested),
            ]
        )
    t = report.totals
    writer.writerow(
        [
            "total",
            "",
            report.title,
            _minutes(t.planned),
            _minutes(t.actual),
            _minutes(t.difference),
            _minutes(t.overtime),
            _minutes(t.adjustments),
            "",
            t.pauses,
            _minutes(t.paused),
            report.outcome,
            "",
            "",
            len(report.earlier),
            _minutes(t.suggested),
        ]
    )
    return out.getvalue()


# --- JSON ------------------------------------------------------------------


def _seconds(ns: int | None) -> float | None:
    return None if ns is None else round(ns / SECOND, 3)


def to_data(report: RunReport) -> dict[str, Any]:
    """The report as plain data (seconds for durations, ISO 8601 for times)."""
    t = report.totals
    return {
        "run": report.run_id,
        "title": report.title,
        "agenda": report.agenda,
        "agenda_hash": report.agenda_hash,
        "mode": report.mode,
        "speed": report.speed,
        "started": report.started.isoformat() if report.started else None,
        "ended": report.ended.isoformat() if report.ended else None,
        "outcome": report.outcome,
        "steps": [
            {
                "step": row.index + 1,
                "id": row.step_id,
                "title": row.title,
                "status": row.status,
                "planned_s": _seconds(row.planned),
                "actual_s": _seconds(row.actual),
                "difference_s": _seconds(row.difference),
                "overtime_s": _seconds(row.overtime),
                "adjusted_s": _seconds(row.adjustments),
                "restarts": row.restarts,
                "pauses": row.pauses,
                "paused_s": _seconds(row.paused),
                "last_s": _seconds(row.last),
                "mean_s": _seconds(row.mean),
                "earlier_runs": row.compared,
                "suggested_s": _seconds(row.suggested),
            }
            for row in report.steps
        ],
        "totals": {
            "planned_s": _seconds(t.planned),
            "actual_s": _seconds(t.actual),
            "difference_s": _seconds(t.difference),
            "overtime_s": _seconds(t.overtime),
            "adjusted_s": _seconds(t.adjustments),
            "pauses": t.pauses,
            "paused_s": _seconds(t.paused),
            "elapsed_s": _seconds(t.elapsed),
            "suggested_s": _seconds(t.suggested),
        },
        "earlier": [
            {
                "run": r.run_id,
                "mode": r.mode,
                "started": r.started.isoformat() if r.started else None,
            }
            for r in report.earlier
        ],
        "interruptions": [
            {
                "at": i.at.isoformat() if i.at else None,
                "downtime_s": _seconds(i.downtime),
                "how": i.how,
            }
            for i in report.interruptions
        ],
        "warnings": list(report.warnings),
    }


def to_json(report: RunReport) -> str:
    """The report as indented JSON (UTF-8 text, accents kept)."""
    return json.dumps(to_data(report), ensure_ascii=False, indent=2) + "\n"


TEXT_EXPORTERS: dict[str, Callable[[RunReport], str]] = {
    "md": to_markdown,
    "csv": to_csv,
    "json": to_json,
}


def render_report(report: RunReport, fmt: str) -> bytes:
    """``report`` as the bytes of a md, csv, json or pdf file (the last drawn with Qt)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "pdf":
        from facilitator.ui.printing.report import report_pdf  # Qt only when a PDF is asked for

        return report_pdf(report)
    return TEXT_EXPORTERS[fmt](report).encode("utf-8")


def write_report(report: RunReport, fmt: str, path: Path) -> None:
    """Write ``report`` to ``path`` as md, csv, json or pdf.

    The file is written beside its final name and then renamed, so a failure
    never leaves half a report under the name.
    """
    write_atomically(path, render_report(report, fmt))
