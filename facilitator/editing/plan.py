"""The planned clock times of the session being edited, from a chosen start (pure).

Read from the document's plain data, so the times and the total follow every
keystroke, even while some other field is wrong: a step whose minutes are not
a number counts as 0 and is named in :attr:`Plan.unreadable`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from facilitator.agenda.errors import format_number
from facilitator.i18n import translate


def _minutes(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value > 0 else None


@dataclass(frozen=True)
class PlannedStep:
    """One step's place in the plan: its index, title, minutes and clock times."""

    index: int
    title: str
    minutes: float | None
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Plan:
    """The steps from ``start`` one after the other, their total and the declared duration."""

    start: datetime
    steps: tuple[PlannedStep, ...]
    total: float
    declared: float | None

    @property
    def end(self) -> datetime:
        """When the last step ends."""
        return self.steps[-1].end if self.steps else self.start

    @property
    def matches(self) -> bool:
        """Whether the declared duration is the steps' total (as the loader requires)."""
        return self.declared is not None and abs(self.declared - self.total) <= 1e-6

    @property
    def unreadable(self) -> tuple[int, ...]:
        """The steps whose minutes are missing or not a positive number."""
        return tuple(step.index for step in self.steps if step.minutes is None)

    @property
    def fixed_duration(self) -> int | float:
        """The duration that makes the plan match: the total, written as a trainer would."""
        return int(self.total) if self.total == int(self.total) else self.total

    def summary(self) -> str:
        """'6 steps, 90 min: 09:00–10:30' and, when they differ, the declared duration."""
        count = len(self.steps)
        values = {
            "count": count,
            "total": format_number(self.total),
            "times": f"{self.start:%H:%M}–{self.end:%H:%M}",
        }
        if count == 1:
            line = translate("Editor", "1 step, {total} min: {times}").format(**values)
        else:
            line = translate("Editor", "{count} steps, {total} min: {times}").format(**values)
        if self.matches:
            return line
        if self.declared is None:
            return translate("Editor", "{plan}. The session has no duration yet.").format(plan=line)
        return translate("Editor", "{plan}. The session says {minutes} min.").format(
            plan=line, minutes=format_number(self.declared)
        )


def plan_of(data: dict[str, Any], start: datetime) -> Plan:
    """The plan of the session ``data`` (plain, as read) from ``start``."""
    steps = data.get("steps")
    planned: list[PlannedStep] = []
    at = start
    total = 0.0
    for index, step in enumerate(steps if isinstance(steps, list) else []):
        step = step if isinstance(step, dict) else {}
        minutes = _minutes(step.get("minutes"))
        length = minutes or 0.0
        end = at + timedelta(minutes=length)
        title = step.get("title")
        planned.append(
            PlannedStep(index, title if isinstance(title, str) else "", minutes, at, end)
        )
        total += length
        at = end
    return Plan(start, tuple(planned), total, _minutes(data.get("duration")))
