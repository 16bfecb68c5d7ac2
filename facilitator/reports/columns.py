"""The report's columns, defined once: the tables shown and the data exported (pure).

Each :class:`Column` is one figure of a step: its name in CSV and JSON, how
to read it from a :class:`~facilitator.reports.build.StepRow` and from the
run's totals, and where it stands in the two tables a person reads (the steps
table and the comparison with earlier runs: in the Reports dialog, the PDF
and the Markdown). CSV and JSON write every column with a name as numbers
(CSV in minutes, JSON in seconds); the tables show texts (``12:30``,
``+2:00``). A new figure is one more row of :data:`COLUMNS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.reports.build import RunReport, StepRow
from facilitator.reports.room import GroupingRow, GroupRow, RoomReport, TurnRow, WallRow
from facilitator.reports.texts import (
    adjustments_text,
    group_size,
    groups_count,
    pauses_text,
    status_name,
)
from facilitator.timefmt import NONE, duration, signed

Value = int | str | None
Kind = Literal["duration", "number", "text"]
TableName = Literal["steps", "compare"]


@dataclass(frozen=True)
class Shown:
    """A column's place in a table a person reads: its header and share of the page's width."""

    header: str  # English, marked for translation in the context "Reports"
    width: float  # relative to the other columns of the table (the PDF's column widths)


def _ns(value: Value) -> int | None:
    return value if isinstance(value, int) else None


def _text(kind: Kind, value: Value) -> str:
    if kind == "duration":
        return duration(_ns(value))
    return NONE if value is None else str(value)


def _nonzero(ns: int | None) -> str:
    """A duration, or ``–`` when there is none (no overtime, nothing added)."""
    return duration(ns) if ns else NONE


def _signed_nonzero(ns: int | None) -> str:
    return signed(ns) if ns else NONE


@dataclass(frozen=True)
class Column:
    """One figure of a step, in every format.

    ``fmt`` writes a duration and its total for a table (default: by ``kind``);
    ``cell`` and ``total_cell``, when given, write them from the whole row
    or report instead (a cell that combines two figures).
    """

    name: str  # in CSV and JSON, without its unit; "" for a column only shown
    kind: Kind
    value: Callable[[StepRow], Value]
    total: Callable[[RunReport], Value] | None = None
    steps: Shown | None = None
    compare: Shown | None = None
    fmt: Callable[[int | None], str] | None = None
    cell: Callable[[StepRow], str] | None = None
    total_cell: Callable[[RunReport], str] | None = None
    bold_total: bool = False  # a sum a reader looks for (Markdown)

    @property
    def left(self) -> bool:
        """Words are read from the left; numbers right-aligned so that their digits line up."""
        return self.kind == "text"

    def shown(self, row: StepRow) -> str:
        """The cell of ``row`` in a table."""
        if self.cell is not None:
            return self.cell(row)
        value = self.value(row)
        return self.fmt(_ns(value)) if self.fmt is not None else _text(self.kind, value)

    def shown_total(self, report: RunReport) -> str:
        """The cell of the total row in a table (empty when the column has no total)."""
        if self.total_cell is not None:
            return self.total_cell(report)
        if self.total is None or self.kind == "text":
            return ""
        value = self.total(report)
        return self.fmt(_ns(value)) if self.fmt is not None else _text(self.kind, value)


TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")

COLUMNS: tuple[Column, ...] = (
    Column(
        "step",
        "number",
        lambda r: r.index + 1,
        steps=Shown("#", 0.4),
        compare=Shown("#", 0.4),
        total_cell=lambda _report: "",
    ),
    Column("id", "text", lambda r: r.step_id),
    Column(
        "title",
        "text",
        lambda r: r.title,
        total=lambda report: report.title,
        steps=Shown(QT_TRANSLATE_NOOP("Reports", "Step"), 4.6),
        compare=Shown(QT_TRANSLATE_NOOP("Reports", "Step"), 5.6),
        total_cell=lambda _report: translate_marked("Reports", TOTAL),
        bold_total=True,
    ),
    Column(
        "planned",
        "duration",
        lambda r: r.planned,
        total=lambda report: report.totals.planned,
        steps=Shown(QT_TRANSLATE_NOOP("Reports", "Planned"), 1.6),
        compare=Shown(QT_TRANSLATE_NOOP("Reports", "Planned"), 1.6),
        bold_total=True,
    ),
    Column(
        "actual",
        "duration",
        lambda r: r.actual,
        total=lambda report: report.totals.actual,
        steps=Shown(QT_TRANSLATE_NOOP("Reports", "Actual"), 1.6),
        compare=Shown(QT_TRANSLATE_NOOP("Reports", "This run"), 1.6),
        bold_total=True,
    ),
    Column(
        "difference",
        "duration",
        lambda r: r.difference,
        total=lambda report: report.totals.difference,
        steps=Shown(QT_TRANSLATE_NOOP("Reports", "Difference"), 1.9),
        fmt=signed,
        bold_total=True,
    ),
    Column(
        "overtime",
        "duration",
        lambda r: r.overtime,
        total=lambda report: report.totals.overtime,
        steps=Shown(QT_TRANSLATE_NOOP("Reports", "Overtime"), 1.8),
        fmt=_nonzero,
    ),
    Column(
        "adjusted",
        "duration",
        lambda r: r.adjustments,
        total=lambda report: report.totals.adjustments,
        steps=Shown(QT_TRANSLATE_NOOP("Reports", "Adjusted"), 1.8),
        fmt=_signed_nonzero,
        cell=adjustments_text,  # with the restarts
    ),
    Column("restarts", "number", lambda r: r.restarts),
    Column(
        "pauses",
        "number",
        lambda r: r.pauses,
        total=lambda report: report.totals.pauses,
        steps=Shown(QT_TRANSLATE_NOOP("Reports", "Pauses"), 1.6),
        cell=lambda r: pauses_text(r.pauses, r.paused),
        total_cell=lambda report: pauses_text(report.totals.pauses, report.totals.paused),
    ),
    Column("paused", "duration", lambda r: r.paused, total=lambda report: report.totals.paused),
    Column(
        "status",
        "text",
        lambda r: r.status,
        total=lambda report: report.outcome,
        steps=Shown(QT_TRANSLATE_NOOP("Reports", "Status"), 2.4),
        cell=lambda r: status_name(r.status),
    ),
    Column(
        "last",
        "duration",
        lambda r: r.last,
        compare=Shown(QT_TRANSLATE_NOOP("Reports", "Last"), 1.4),
    ),
    Column(
        "mean",
        "duration",
        lambda r: r.mean,
        compare=Shown(QT_TRANSLATE_NOOP("Reports", "Mean"), 1.4),
    ),
    Column(
        "earlier_runs",
        "number",
        lambda r: r.compared,
        total=lambda report: len(report.earlier),
        compare=Shown(QT_TRANSLATE_NOOP("Reports", "Runs"), 1.0),
        total_cell=lambda _report: "",
    ),
    Column(
        "suggested",
        "duration",
        lambda r: r.suggested,
        total=lambda report: report.totals.suggested,
        compare=Shown(QT_TRANSLATE_NOOP("Reports", "Suggested"), 2.0),
        bold_total=True,
    ),
)


def data_columns() -> tuple[Column, ...]:
    """The columns CSV and JSON write, in order."""
    return tuple(c for c in COLUMNS if c.name)


@dataclass(frozen=True)
class Table:
    """A table a person reads: headers, one row per step and a total row, as texts."""

    headers: tuple[str, ...]
    rows: list[list[str]]
    total: list[str]
    widths: tuple[float, ...]  # relative widths of the columns
    left: tuple[bool, ...]  # the columns of words (left-aligned)
    bold: tuple[bool, ...]  # the total row's sums a reader looks for


def _placed(which: TableName) -> list[tuple[Column, Shown]]:
    placed = [(c, c.steps if which == "steps" else c.compare) for c in COLUMNS]
    return [(c, shown) for c, shown in placed if shown is not None]


def headers(which: TableName, number_column: bool = True) -> tuple[str, ...]:
    """A table's headers (without ``#`` when the number goes before the title)."""
    names = tuple(translate_marked("Reports", shown.header) for _c, shown in _placed(which))
    return names if number_column else names[1:]


def table(report: RunReport, which: TableName, number_column: bool = True) -> Table:
    """The steps table (where the time went) or the comparison with earlier runs.

    With ``number_column`` false the step number goes before the title
    (``2. Title``) instead of in a ``#`` column of its own.
    """
    placed = _placed(which)
    columns = [c for c, _shown in placed]
    full = Table(
        headers=tuple(translate_marked("Reports", shown.header) for _c, shown in placed),
        rows=[[c.shown(row) for c in columns] for row in report.steps],
        total=[c.shown_total(report) for c in columns],
        widths=tuple(shown.width for _c, shown in placed),
        left=tuple(c.left for c in columns),
        bold=tuple(c.bold_total for c in columns),
    )
    if number_column:
        return full
    return Table(
        headers=full.headers[1:],
        rows=[[f"{number}. {title}", *rest] for number, title, *rest in full.rows],
        total=full.total[1:],
        widths=(full.widths[0] + full.widths[1], *full.widths[2:]),
        left=full.left[1:],
        bold=full.bold[1:],
    )


def steps_table(report: RunReport, number_column: bool = True) -> Table:
    """Where the time went, step by step, and in total."""
    return table(report, "steps", number_column)


def comparison_table(report: RunReport, number_column: bool = True) -> Table:
    """Each step's time in this run against earlier runs, and the suggested time."""
    return table(report, "compare", number_column)


# --- the room: groups and group turns ----------------------------------------------

R = TypeVar("R")


@dataclass(frozen=True)
class RoomColumn(Generic[R]):
    """One figure of a row of the room's tables (a group, a turn), in every format.

    ``name`` is its CSV and JSON name (without its unit); the header and
    width are its place in the table a person reads; ``total`` the total row's
    cell as text ("" for none).
    """

    name: str
    kind: Kind
    value: Callable[[R], Value]
    header: str
    width: float
    total: Callable[[RoomReport], str] | None = None
    fmt: Callable[[int | None], str] | None = None
    cell: Callable[[R], str] | None = None  # the table's words for a value that is data

    @property
    def left(self) -> bool:
        """Words from the left, numbers right-aligned."""
        return self.kind == "text"

    def shown(self, row: R) -> str:
        """The cell of ``row`` in a table."""
        if self.cell is not None:
            return self.cell(row)
        value = self.value(row)
        return self.fmt(_ns(value)) if self.fmt is not None else _text(self.kind, value)


GroupLine = tuple[GroupingRow, GroupRow]


def _members(line: GroupLine) -> str:
    group = line[1]
    return ", ".join(group.names) if group.names else str(group.size)


GROUP_COLUMNS: tuple[RoomColumn[GroupLine], ...] = (
    RoomColumn(
        "step",
        "text",
        lambda line: line[0].step_title,
        QT_TRANSLATE_NOOP("Reports", "Step"),
        3.2,
        total=lambda _room: translate_marked("Reports", TOTAL),
    ),
    RoomColumn("step_id", "text", lambda line: line[0].step_id, "", 0),
    RoomColumn(
        "size",
        "text",
        lambda line: line[0].kind,
        QT_TRANSLATE_NOOP("Reports", "Size"),
        0.9,
        cell=lambda line: group_size(line[0].kind),
    ),
    RoomColumn(
        "group",
        "text",
        lambda line: line[1].label,
        QT_TRANSLATE_NOOP("Reports", "Group"),
        2.4,
        total=lambda room: groups_count(sum(len(g.groups) for g in room.groupings)),
    ),
    RoomColumn("people", "text", _members, QT_TRANSLATE_NOOP("Reports", "People"), 4.2),
    RoomColumn(
        "given",
        "text",
        lambda line: line[1].given or None,
        QT_TRANSLATE_NOOP("Reports", "Given"),
        2.6,
    ),
)


def _turns_count(count: int) -> str:
    if count == 1:
        return translate("Reports", "1 turn")
    return translate("Reports", "{count} turns").format(count=count)


def _sum(values: list[int]) -> str:
    return duration(sum(values))


TURN_COLUMNS: tuple[RoomColumn[TurnRow], ...] = (
    RoomColumn(
        "step",
        "text",
        lambda t: t.step_title,
        QT_TRANSLATE_NOOP("Reports", "Step"),
        4.8,
        total=lambda _room: translate_marked("Reports", TOTAL),
    ),
    RoomColumn("step_id", "text", lambda t: t.step_id, "", 0),
    RoomColumn("turn", "number", lambda t: t.number, "#", 0.4),
    RoomColumn(
        "group",
        "text",
        lambda t: t.group,
        QT_TRANSLATE_NOOP("Reports", "Group"),
        1.4,
        total=lambda room: _turns_count(len(room.turns)),
    ),
    RoomColumn(
        "planned",
        "duration",
        lambda t: t.planned,
        QT_TRANSLATE_NOOP("Reports", "Planned"),
        1.3,
        total=lambda room: _sum([t.planned for t in room.turns]),
    ),
    RoomColumn(
        "actual",
        "duration",
        lambda t: t.actual,
        QT_TRANSLATE_NOOP("Reports", "Actual"),
        1.3,
        total=lambda room: _sum([t.actual or 0 for t in room.turns]),
    ),
    RoomColumn(
        "overrun",
        "duration",
        lambda t: t.overrun,
        QT_TRANSLATE_NOOP("Reports", "Overrun"),
        1.3,
        total=lambda room: _sum([t.overrun for t in room.turns]),
        fmt=_nonzero,
    ),
    RoomColumn(
        "status",
        "text",
        lambda t: t.status,
        QT_TRANSLATE_NOOP("Reports", "Status"),
        1.6,
        cell=lambda t: translate_marked("Reports", t.status),
    ),
)


def _notes_count(count: int) -> str:
    if count == 1:
        return translate("Reports", "1 note")
    return translate("Reports", "{count} notes").format(count=count)


WALL_COLUMNS: tuple[RoomColumn[WallRow], ...] = (
    RoomColumn(
        "step",
        "text",
        lambda n: n.step_title or None,
        QT_TRANSLATE_NOOP("Reports", "Step"),
        2.6,
        total=lambda _room: translate_marked("Reports", TOTAL),
    ),
    RoomColumn("step_id", "text", lambda n: n.step_id, "", 0),
    RoomColumn(
        "theme", "text", lambda n: n.theme or None, QT_TRANSLATE_NOOP("Reports", "Theme"), 1.8
    ),
    RoomColumn(
        "note",
        "text",
        lambda n: n.text,
        QT_TRANSLATE_NOOP("Reports", "Note"),
        5.0,
        total=lambda room: _notes_count(len(room.notes)),
    ),
    RoomColumn("kind", "text", lambda n: n.kind, "", 0),
    RoomColumn("source", "text", lambda n: n.source, "", 0),
    RoomColumn(
        "status",
        "text",
        lambda n: n.status,
        QT_TRANSLATE_NOOP("Reports", "Status"),
        1.4,
        cell=lambda n: translate_marked("Reports", n.status),
    ),
)


def _room_table(rows: list[R], columns: tuple[RoomColumn[R], ...], room: RoomReport) -> Table:
    shown = [c for c in columns if c.header]
    return Table(
        headers=tuple(translate_marked("Reports", c.header) for c in shown),
        rows=[[c.shown(row) for c in shown] for row in rows],
        total=[c.total(room) if c.total is not None else "" for c in shown],
        widths=tuple(c.width for c in shown),
        left=tuple(c.left for c in shown),
        bold=tuple(c.total is not None for c in shown),
    )


def group_lines(room: RoomReport) -> list[GroupLine]:
    """Every group of every grouping, in order: one row each."""
    return [(grouping, group) for grouping in room.groupings for group in grouping.groups]


def groups_table(report: RunReport) -> Table:
    """The groups made during the run: step, size, group, its people, what it was given."""
    return _room_table(group_lines(report.room), GROUP_COLUMNS, report.room)


def turns_table(report: RunReport) -> Table:
    """Each group's turn: planned, actual (pauses excluded), overrun, and how it ended."""
    return _room_table(list(report.room.turns), TURN_COLUMNS, report.room)


def wall_table(report: RunReport) -> Table:
    """The wall's notes: step, theme, the note as written, and whether the room saw it."""
    return _room_table(list(report.room.notes), WALL_COLUMNS, report.room)
