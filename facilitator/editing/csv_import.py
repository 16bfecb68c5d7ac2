"""A session from a table: the CSV export of a spreadsheet plan (pure).

One row per step, with a header row naming the columns: ``title`` and
``minutes`` are needed, ``instructions`` and ``questions`` may be there
(Dutch names too: titel, minuten, instructies, vragen). A cell of questions
holds one question per line; several ``questions`` columns are read in order.
Commas, semicolons (a Dutch spreadsheet's export) and tabs are all understood,
and a decimal comma too (``2,5`` minutes).

The session made is checked by the loader like any file. Every problem names
the table's row, counted as a spreadsheet counts them (the header is row 1),
so the trainer can find it: "Row 4 (“Pauze”): minutes: must be more than 0".
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator.agenda.errors import describe_loc
from facilitator.editing import rt_yaml
from facilitator.editing.saving import slug
from facilitator.editing.validation import validate
from facilitator.i18n import translate

# Column names, as trainers write them, by the field they fill.
_COLUMNS = {
    "title": ("title", "titel", "step", "stap", "activity", "activiteit", "onderdeel", "name"),
    "minutes": ("minutes", "minuten", "min", "duration", "duur", "tijd", "time", "mins"),
    "instructions": (
        "instructions",
        "instructies",
        "instructie",
        "description",
        "beschrijving",
        "notes",
        "notities",
        "what",
        "wat",
    ),
    "questions": ("questions", "question", "vragen", "vraag"),
}
_MINUTES = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:min(?:uten|utes|\.)?|m)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class RowProblem:
    """Something wrong in the table, at a row (1 is the header) or in the table as a whole."""

    row: int | None
    message: str
    step: str = ""  # the row's step title, when it has one

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        if self.step:
            return translate("Editor", "Row {row} (“{step}”): {problem}").format(
                row=self.row, step=self.step, problem=self.message
            )
        return translate("Editor", "Row {row}: {problem}").format(
            row=self.row, problem=self.message
        )


@dataclass
class TableImport:
    """A session read from a table: its text when it is good, else the problems by row."""

    text: str | None
    steps: int = 0
    minutes: float = 0
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the table made a session that loads."""
        return self.text is not None and not self.problems


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older spreadsheets on Windows export in their own code page.
        return raw.decode("cp1252", errors="replace")


def _column_of(name: str) -> str | None:
    key = re.sub(r"[^a-z]", "", name.strip().lower())
    for column, names in _COLUMNS.items():
        if key in names or any(key.startswith(n) for n in names if len(n) > 3):
            return column
    return None


def _delimiter(text: str) -> str:
    """The column separator: whichever of , ; and tab the header row uses most."""
    header = text.splitlines()[0] if text else ""
    return max((",", ";", "\t"), key=header.count)


def _minutes(cell: str) -> float | None:
    match = _MINUTES.match(cell)
    if match is None:
        return None
    value = float(match.group(1).replace(",", "."))
    return int(value) if value == int(value) else value


def read_table(
    raw: bytes, title: str, language: str = "nl", path: Path | None = None
) -> TableImport:
    """Make a session titled ``title`` from a CSV table; see the module's description."""
    text = _decode(raw)
    if not text.strip():
        return TableImport(
            None, problems=[RowProblem(None, translate("Editor", "The table is empty."))]
        )
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    # Rows as the spreadsheet numbers them: a cell of several lines is still one row.
    rows = list(enumerate(reader, start=1))
    header_row, header = rows[0]
    columns = [_column_of(name) for name in header]
    if "title" not in columns or "minutes" not in columns:
        found = ", ".join(f"“{name.strip()}”" for name in header if name.strip()) or translate(
            "Editor", "none"
        )
        return TableImport(
            None,
            problems=[
                RowProblem(
                    header_row,
                    translate(
                        "Editor",
                        "the first row must name the columns, with at least “title” and "
                        "“minutes” (columns found: {found}).",
                    ).format(found=found),
                )
            ],
        )
    problems: list[RowProblem] = []
    steps: list[dict[str, Any]] = []
    step_rows: list[tuple[int, str]] = []
    used: set[str] = set()
    for row, cells in rows[1:]:
        values: dict[str, list[str]] = {}
        for column, cell in zip(columns, cells, strict=False):
            if column is not None and cell.strip():
                values.setdefault(column, []).append(cell.strip())
        if not values:
            continue  # an empty row between blocks of the plan
        step_title = " ".join(values.get("title", []))
        if not step_title:
            problems.append(RowProblem(row, translate("Editor", "the step has no title.")))
            continue
        minutes_cell = " ".join(values.get("minutes", []))
        minutes = _minutes(minutes_cell)
        if minutes is None:
            problems.append(
                RowProblem(
                    row,
                    translate(
                        "Editor",
                        "the minutes “{minutes}” are not a number; write a number such as 10.",
                    ).format(minutes=minutes_cell)
                    if minutes_cell
                    else translate("Editor", "the step has no minutes; write a number such as 10."),
                    step_title,
                )
            )
            continue
        step: dict[str, Any] = {"id": _unique(slug(step_title, "step"), used), "title": step_title}
        step["minutes"] = minutes
        instructions = "\n\n".join(values.get("instructions", []))
        if instructions:
            step["instructions"] = instructions.replace("\r\n", "\n").rstrip("\n") + "\n"
        questions = [
            q.strip()
            for cell in values.get("questions", [])
            for q in cell.replace("\r\n", "\n").split("\n")
            if q.strip()
        ]
        if len(questions) == 1:
            step["project"] = [{"question": questions[0]}]
        elif questions:
            step["project"] = [{"questions": questions}]
        steps.append(step)
        step_rows.append((row, step_title))
    if not steps:
        if not problems:
            problems.append(
                RowProblem(
                    None,
                    translate(
                        "Editor", "The table has no steps: one row per step, under the header."
                    ),
                )
            )
        return TableImport(None, problems=problems)
    total = sum(float(s["minutes"]) for s in steps)
    session: dict[str, Any] = {
        "format": 1,
        "title": title,
        "language": language,
        "duration": int(total) if total == int(total) else total,
        "steps": steps,
    }
    session_text = _write(session)
    target = path if path is not None else Path(f"{slug(title)}.yaml")
    checked = validate(target, {"session": (target, session_text)})
    for problem in checked.problems:
        loc = problem.loc
        if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
            row, step_title = step_rows[loc[1]]
            place = describe_loc(loc[2:], steps[loc[1]])
            said = (
                translate("Editor", "{place}: {problem}").format(
                    place=place, problem=problem.message
                )
                if place
                else problem.message
            )
            problems.append(RowProblem(row, said, step_title))
        else:
            problems.append(RowProblem(None, problem.sentence))
    if problems:
        problems.sort(key=lambda p: (p.row is None, p.row or 0))
        return TableImport(None, problems=problems)
    return TableImport(session_text, steps=len(steps), minutes=total)


def _unique(name: str, used: set[str]) -> str:
    candidate, number = name, 2
    while candidate in used:
        candidate = f"{name}-{number}"
        number += 1
    used.add(candidate)
    return candidate


def _write(session: dict[str, Any]) -> str:
    """The session as YAML in the project's style, a blank line between the steps."""
    root = rt_yaml.to_node(session)
    steps = root["steps"]
    for index in range(1, len(steps)):
        rt_yaml.set_before(steps, index, [""])
    return rt_yaml.dump_tree(rt_yaml.Tree(root, rt_yaml.Indent()))
