"""A report as Markdown, CSV or JSON text (pure); the PDF is drawn by ``ui/printing/report.py``.

Exporters only format what :func:`~facilitator.reports.build.build_report`
built. The columns are defined once in :mod:`~facilitator.reports.columns`
(the tables of the Markdown, the PDF and the Reports dialog, and the numbers of
CSV and JSON); the words in :mod:`~facilitator.reports.texts`. Times are shown
as minutes and seconds (``12:30``, written by ``facilitator.timefmt``); CSV and
JSON give numbers: CSV in minutes (two decimals), JSON in seconds.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator.engine.clock import SECOND
from facilitator.files import write_atomically
from facilitator.i18n import translate
from facilitator.markup import literal
from facilitator.reports.build import RunReport
from facilitator.reports.columns import (
    GROUP_COLUMNS,
    TURN_COLUMNS,
    WALL_COLUMNS,
    Column,
    RoomColumn,
    Table,
    Value,
    comparison_table,
    data_columns,
    group_lines,
    groups_table,
    steps_table,
    turns_table,
    wall_table,
)
from facilitator.reports.texts import (
    comparison_note,
    comparison_notes,
    feedback_heading,
    feedback_line,
    grouping_notes,
    groups_heading,
    headline,
    interruption_text,
    session_span,
    turns_heading,
    turns_note,
    wall_heading,
    wall_note,
)

FORMATS = ("md", "csv", "json", "pdf")
TEXT_FORMATS = ("md", "csv", "json")


# --- Markdown --------------------------------------------------------------


def to_markdown(report: RunReport) -> str:
    """The report as a Markdown document."""
    lines = [
        f"# {report.title}",
        "",
        f"**{headline(report)}**",
        "",
        "- " + translate("Reports", "Run: {run}").format(run=f"`{report.run_id}`"),
        "- " + translate("Reports", "Agenda: {agenda}").format(agenda=f"`{report.agenda}`"),
        f"- {session_span(report)}",
        "",
        "## " + translate("Reports", "Steps"),
        "",
        *_markdown_table(steps_table(report)),
        "",
        "## " + translate("Reports", "Compared with earlier runs"),
        "",
        *comparison_notes(report),
        "",
        *_markdown_table(comparison_table(report)),
        "",
        comparison_note(),
    ]
    room = report.room
    if room.groupings:
        lines += ["", "## " + groups_heading(), ""]
        lines += [f"- {note}" for note in grouping_notes(report)]
        lines += ["", *_markdown_table(groups_table(report))]
    if room.turns:
        lines += ["", "## " + turns_heading(), "", *_markdown_table(turns_table(report))]
        lines += ["", turns_note()]
    if room.feedback:
        lines += ["", "## " + feedback_heading(), "", f"- {feedback_line(room.feedback)}"]
        lines += [f"- {_cell(literal(f.text))}" for f in room.feedback if f.text]
    if room.notes:
        # A note is plain text: escaped, so that "**" or "<b>" a participant wrote shows as such.
        lines += ["", f"## {wall_heading()}", "", *_markdown_table(wall_table(report), escape=True)]
        lines += ["", wall_note()]
    if report.interruptions:
        lines += ["", "## " + translate("Reports", "Interruptions"), ""]
        lines += [f"- {interruption_text(stop)}" for stop in report.interruptions]
    if report.warnings:
        lines += ["", "## " + translate("Reports", "Warnings"), ""]
        lines += [f"- {w}" for w in report.warnings]
    return "\n".join(lines) + "\n"


def _markdown_table(table: Table, *, escape: bool = False) -> list[str]:
    # Each separator is as wide as its header cell, with a colon on the right
    # of the number columns (right-aligned). The sums a reader looks for are
    # bold in the total row; the rest stay plain so that they do not compete.
    rule = [
        "-" * (len(h) + 2) if left else "-" * (len(h) + 1) + ":"
        for h, left in zip(table.headers, table.left, strict=True)
    ]
    total = [
        f"**{cell}**" if cell and bold else cell
        for cell, bold in zip(table.total, table.bold, strict=True)
    ]
    cells = [[literal(c) if escape else c for c in row] for row in table.rows]
    body = [_row([_cell(cell) for cell in row]) for row in [*cells, total]]
    return [_row(list(table.headers)), "|" + "|".join(rule) + "|", *body]


def _row(cells: list[str]) -> str:
    # An empty cell is written "| |", not "|  |".
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --- CSV -------------------------------------------------------------------


def csv_names() -> tuple[str, ...]:
    """The CSV's header: each column's name, in minutes for a duration."""
    return tuple(f"{c.name}_min" if c.kind == "duration" else c.name for c in data_columns())


def neutral(value: Value) -> Value:
    """A text cell a spreadsheet shows as text, never runs as a formula (:func:`csv_text`);
    numbers and empty cells as they are."""
    return csv_text(value) if isinstance(value, str) else value


def _csv(column: Column | RoomColumn[Any], value: Value) -> Value:
    if column.kind == "text":
        return "" if value is None else neutral(value)
    if column.kind != "duration":
        return "" if value is None else value
    return "" if not isinstance(value, int) else f"{value / (60 * SECOND):.2f}"


def to_csv(report: RunReport) -> str:
    """One row per step and a total row; minutes with two decimals."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = data_columns()
    writer.writerow(csv_names())
    for row in report.steps:
        writer.writerow([_csv(c, c.value(row)) for c in columns])
    total = [_csv(c, c.total(report)) if c.total else "" for c in columns]
    total[0] = "total"  # the total row names itself where the steps have their number
    writer.writerow(total)
    # The room's tables follow, each after an empty line and its own header.
    if report.room.groupings:
        writer.writerow([])
        _csv_rows(writer, GROUP_COLUMNS, group_lines(report.room))
    if report.room.turns:
        writer.writerow([])
        _csv_rows(writer, TURN_COLUMNS, list(report.room.turns))
    if report.room.feedback:
        writer.writerow([])
        writer.writerow(["feedback", "score", "scale", "text"])
        for n, given in enumerate(report.room.feedback, start=1):
            writer.writerow([n, given.score, given.scale, csv_text(given.text)])
    if report.room.notes:
        writer.writerow([])
        _csv_rows(writer, WALL_COLUMNS, list(report.room.notes))
    return out.getvalue()


#: What makes a spreadsheet read a cell as a formula (or a command), at its start.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(text: str) -> str:
    """Text someone in the room wrote, as a CSV cell a spreadsheet keeps as text: one that
    would start a formula (``=cmd|...``, ``+1``, ``@SUM``) gets a leading apostrophe."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _csv_rows(writer: Any, columns: tuple[RoomColumn[Any], ...], rows: list[Any]) -> None:
    names = [f"{c.name}_min" if c.kind == "duration" else c.name for c in columns]
    first = {id(GROUP_COLUMNS): "group_step", id(TURN_COLUMNS): "turn_step"}
    names[0] = first.get(id(columns), "note_step")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_csv(c, c.value(row)) for c in columns])


# --- JSON ------------------------------------------------------------------


def _json_name(column: Column) -> str:
    return f"{column.name}_s" if column.kind == "duration" else column.name


def _seconds(ns: int | None) -> float | None:
    return None if ns is None else round(ns / SECOND, 3)


def _json(column: Column, value: Value) -> Value | float:
    if column.kind != "duration" or isinstance(value, str):
        return value
    return _seconds(value)


def to_data(report: RunReport) -> dict[str, Any]:
    """The report as plain data (seconds for durations, ISO 8601 for times)."""
    columns = data_columns()
    totals: dict[str, Any] = {
        _json_name(c): _json(c, c.total(report))
        for c in columns
        if c.total is not None and c.kind != "text"
    }
    totals["elapsed_s"] = _seconds(report.totals.elapsed)
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
        "steps": [{_json_name(c): _json(c, c.value(row)) for c in columns} for row in report.steps],
        "totals": totals,
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
        "room": _room_data(report),
        "warnings": list(report.warnings),
    }


def _room_data(report: RunReport) -> dict[str, Any]:
    room = report.room
    return {
        "groupings": [
            {
                "step": g.step_id,
                "title": g.step_title,
                "size": g.kind,
                "reshuffles": g.reshuffles,
                "dealt": list(g.dealt),
                "groups": [
                    {
                        "number": group.number,
                        "label": group.label,
                        "names": list(group.names),
                        "size": group.size,
                        "given": group.given,
                    }
                    for group in g.groups
                ],
            }
            for g in room.groupings
        ],
        "feedback": [{"score": f.score, "scale": f.scale, "text": f.text} for f in room.feedback],
        "turns": [
            {
                "step": t.step_id,
                "title": t.step_title,
                "turn": t.number,
                "group": t.group,
                "planned_s": _seconds(t.planned),
                "actual_s": _seconds(t.actual),
                "overrun_s": _seconds(t.overrun),
                "status": t.status,
            }
            for t in room.turns
        ],
        "wall": [
            {
                "step": n.step_id,
                "title": n.step_title,
                "theme": n.theme,
                "text": n.text,
                "kind": n.kind,
                "source": n.source,
                "status": n.status,
            }
            for n in room.notes
        ],
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
