"""Crash and resume with a real app process, killed with SIGKILL in the middle of a step.

The agenda's first step lasts 1.2 s, so that the killed run is in its second
step (60 s). Journal instants are CLOCK_BOOTTIME ns at real speed on the same
boot, so the test can compare them with its own reading of that clock.

Nothing waits a fixed time: each step waits for the journal line it needs
(with a deadline), and the time the app was down is measured, not slept.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.engine.clock import SECOND as S
from facilitator.engine.clock import MonotonicClock
from facilitator.engine.journal import read_journal
from facilitator.reports.runs import report_for

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="SIGKILL and CLOCK_BOOTTIME: Linux"
)

AGENDA = """\
format: 1
title: Crashtest – één sessie
duration: 2.02
steps:
  - id: kort
    title: Korte opening
    minutes: 0.02
  - id: lang
    title: Oefening “Ik zal…”
    minutes: 1
  - id: slot
    title: Afsluiting
    minutes: 1
"""


def launch(agenda: Path, data: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_DATA_DIR": str(data)}
    # Output to a file, not a pipe nobody reads (a full pipe would block the app).
    with (agenda.parent / "app.log").open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "facilitator", str(agenda), *args],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    STARTED.append(process)
    return process


@pytest.fixture(autouse=True)
def no_leftovers() -> Iterator[None]:
    """Kill every app process a test started, even when the test fails half-way."""
    yield
    for process in STARTED:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    STARTED.clear()


STARTED: list[subprocess.Popen[bytes]] = []


def journal_of(data: Path) -> Path:
    paths = list((data / "runs").glob("*.jsonl"))
    assert len(paths) == 1, paths
    return paths[0]


def events(data: Path) -> list[dict[str, Any]]:
    read = read_journal(journal_of(data))
    return read.events


def wait_for(data: Path, predicate: Any, timeout: float = 30.0) -> list[dict[str, Any]]:
    """The journal's lines as soon as ``predicate`` holds for them (polled, with a deadline)."""
    deadline = time.monotonic() + timeout
    found: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        if (data / "runs").is_dir() and list((data / "runs").glob("*.jsonl")):
            found = events(data)
            if predicate(found):
                return found
        time.sleep(0.02)
    raise AssertionError(f"the journal never showed what was expected: {found!r}")


def in_step_2(found: list[dict[str, Any]]) -> bool:
    """Whether the second step's timer has started."""
    return any(e["event"] == "step_started" and e["index"] == 1 for e in found)


def beating_in_step_2(found: list[dict[str, Any]]) -> bool:
    """Whether a heartbeat was written after the second step started: the run is mid-step."""
    return in_step_2(found) and found[-1]["event"] == "heartbeat"


def kill(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    return MonotonicClock().now()


def one(found: list[dict[str, Any]], name: str) -> dict[str, Any]:
    matches = [e for e in found if e["event"] == name]
    assert len(matches) == 1, matches
    return matches[0]


def test_killed_mid_step_resumes_paused_then_counted(tmp_path: Path) -> None:
    agenda = tmp_path / "crashtest.yaml"
    agenda.write_text(AGENDA, encoding="utf-8")
    data = tmp_path / "data"

    # 1. A live run in its second step, killed without warning.
    first = launch(agenda, data, "--start", "--auto-advance")
    wait_for(data, beating_in_step_2)  # a heartbeat: the last sign of life is mid-step
    killed_at = kill(first)
    assert first.returncode == -signal.SIGKILL
    before = events(data)
    step_2 = next(e for e in before if e["event"] == "step_started" and e["index"] == 1)
    crash_t = max(e["t"] for e in before)
    assert step_2["t"] < crash_t <= killed_at
    assert before[-1]["event"] not in ("app_closed", "run_finished")

    # 2. Started again: resumed paused, at the same step, with the time left at the crash.
    second = launch(agenda, data, "--recover", "paused")
    found = wait_for(data, lambda ev: any(e["event"] == "run_resumed" for e in ev))
    resumed = one(found, "run_resumed")
    assert (resumed["index"], resumed["step_id"], resumed["how"]) == (1, "lang", "paused")
    assert resumed["crash_t"] == crash_t
    assert resumed["t"] >= killed_at  # the timeline went on through the downtime
    assert resumed["downtime"] == resumed["t"] - crash_t
    assert resumed["remaining"] == 60 * S - (crash_t - step_2["t"])
    paused = [e for e in found[len(before) :] if e["event"] == "step_paused"]
    assert [(e["t"], e["index"]) for e in paused] == [
        (crash_t, 1)
    ]  # paused as of the crash: the downtime does not count
    killed_again = kill(second)

    # 3. Killed again while paused; started again counting the downtime. The step
    # stays paused (it was paused), with the same time left.
    third = launch(agenda, data, "--recover", "counted", "--quit-after", "0.05")
    assert third.wait(timeout=60) == 0, (tmp_path / "app.log").read_text(errors="replace")
    found = events(data)
    resumes = [e for e in found if e["event"] == "run_resumed"]
    assert len(resumes) == 2
    assert resumes[1]["how"] == "counted" and resumes[1]["t"] >= killed_again
    assert resumes[1]["remaining"] == resumed["remaining"]
    assert found[-1]["event"] == "app_closed"

    # The report tells the story: the step's time, two interruptions, the run closed.
    report = report_for(journal_of(data))
    assert report.outcome == "closed"
    assert [s.status for s in report.steps] == ["done", "current", "not reached"]
    assert report.steps[1].actual == crash_t - step_2["t"]
    assert [i.how for i in report.interruptions] == ["paused", "counted"]


def test_killed_mid_step_resumes_with_the_downtime_counted(tmp_path: Path) -> None:
    agenda = tmp_path / "crashtest.yaml"
    agenda.write_text(AGENDA, encoding="utf-8")
    data = tmp_path / "data"
    first = launch(agenda, data, "--start", "--auto-advance")
    wait_for(data, in_step_2)
    killed_at = kill(first)
    before = events(data)
    step_2 = next(e for e in before if e["event"] == "step_started" and e["index"] == 1)
    crash_t = max(e["t"] for e in before)

    # The room goes on without the app while it starts again: that time counts.
    relaunched_at = MonotonicClock().now()
    second = launch(agenda, data, "--recover", "counted", "--quit-after", "0.05")
    assert second.wait(timeout=60) == 0
    after = MonotonicClock().now()
    found = events(data)
    resumed = one(found, "run_resumed")
    assert (resumed["index"], resumed["how"]) == (1, "counted")
    # Same boot, real speed: the journal's instants are this clock's, so the
    # downtime is the real one: from the last entry to the resume, which came
    # after the kill and the relaunch (the app's own start-up included).
    assert killed_at <= relaunched_at <= resumed["t"] <= after
    assert resumed["downtime"] == resumed["t"] - crash_t >= relaunched_at - crash_t > 0
    elapsed = resumed["t"] - step_2["t"]
    assert resumed["remaining"] == 60 * S - elapsed
    assert elapsed >= relaunched_at - step_2["t"]  # the step counted the whole downtime
    json.dumps(found)  # every entry is plain JSON
