"""A journal written before events were typed still replays to the same report."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.engine.events import Log
from facilitator.engine.journal import read_log
from facilitator.engine.replay import agenda_from_plan, replay
from facilitator.reports.runs import report_for, summarise

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "journal-format-1"
EXPECTED = json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))


def plain(value: Any) -> Any:
    """A report's field as JSON, as ``make.py`` wrote it."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def as_written(value: Any, expected: Any) -> Any:
    """``value`` with only the fields ``expected`` has: those added since it was written
    (the runs left out of the suggestions, issue 13) are not the old code's to compare."""
    if isinstance(value, dict) and isinstance(expected, dict):
        return {k: as_written(value.get(k), v) for k, v in expected.items()}
    if isinstance(value, list) and isinstance(expected, list) and len(value) == len(expected):
        return [as_written(v, e) for v, e in zip(value, expected, strict=True)]
    return value


def test_the_report_is_the_one_the_old_code_built(tmp_path: Path) -> None:
    report = report_for(FIXTURE / "run.jsonl", folder=tmp_path)
    assert as_written(plain(report), EXPECTED["report"]) == EXPECTED["report"]
    # What was added since says nothing was left out of this lone run's suggestions.
    assert report.left_out == () and all(row.left_out == 0 for row in report.steps)
    assert report.completed == EXPECTED["completed"]
    assert report.outcome == "finished" and len(report.interruptions) == 2


def test_the_runs_list_summarises_it_as_before() -> None:
    info = plain(summarise(FIXTURE / "run.jsonl"))
    del info["path"]
    assert info == EXPECTED["run_info"]


def test_the_run_rebuilt_at_each_crash_is_the_one_the_old_code_rebuilt() -> None:
    log = read_log(FIXTURE / "run.jsonl")
    assert log.format == 1 and log.warnings == []
    plan = agenda_from_plan(log.opened)
    assert plan is not None
    for expected in EXPECTED["at_crash"]:
        rebuilt = replay(plan, Log(log.entries[: expected["lines"]]))
        run = rebuilt.run
        assert rebuilt.last_t is not None
        found = {
            "lines": expected["lines"],
            "state": run.state.value,
            "index": run.index,
            "remaining": run.timer.remaining(rebuilt.last_t),
            "blank": rebuilt.blank,
            "last_t": rebuilt.last_t,
            "last_event": rebuilt.last_event.NAME if rebuilt.last_event else None,
            "crashed": rebuilt.crashed,
            "pauses": plain(rebuilt.pauses),
            "adjustments": rebuilt.adjustments,
            "restarts": rebuilt.restarts,
            "interruptions": plain(rebuilt.interruptions),
        }
        assert found == expected
