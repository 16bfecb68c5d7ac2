"""Edits during a session under way never rewrite what has already run (pure).

Saving reloads the running session, which keeps each step's record by its id
(:meth:`facilitator.engine.session.SessionRun.replace_agenda`). So that the
record of the run stays true, the steps that have begun keep their place,
their order and their id, and the steps already finished keep their minutes.
Everything else (texts, items, later steps, the current step's minutes) may
change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from facilitator.i18n import translate


@dataclass(frozen=True)
class RunGuard:
    """What has begun in the session under way: step ids in order, the current one last."""

    begun: tuple[str, ...]
    titles: Mapping[str, str] = field(default_factory=dict)
    done_minutes: Mapping[str, float] = field(default_factory=dict)

    def check(self, steps: Sequence[Any]) -> str | None:
        """Why the edited ``steps`` (plain data) would rewrite the run, or None when fine."""
        ids = [s.get("id") if isinstance(s, dict) else None for s in steps]
        for position, step_id in enumerate(self.begun):
            title = self.titles.get(step_id, step_id)
            if step_id not in ids:
                return translate(
                    "Editor",
                    "“{title}” has already begun in the session under way, so it stays in "
                    "the session (with its id). Change it after the session.",
                ).format(title=title)
            if ids.index(step_id) != position:
                current = self.titles.get(self.begun[-1], self.begun[-1])
                return translate(
                    "Editor",
                    "While the session is under way, the steps that have begun keep their "
                    "order: new and moved steps go after “{current}”, the current step.",
                ).format(current=current)
        for step in steps:
            if not isinstance(step, dict) or step.get("id") not in self.done_minutes:
                continue
            step_id = str(step["id"])
            if step.get("minutes") != self.done_minutes[step_id]:
                title = self.titles.get(step_id, step_id)
                return translate(
                    "Editor",
                    "“{title}” has already run: its minutes stay as they were while the "
                    "session is under way.",
                ).format(title=title)
        return None
