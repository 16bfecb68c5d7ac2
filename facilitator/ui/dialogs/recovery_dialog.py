"""At start-up: offer to resume a run that stopped unexpectedly (a crash, a power cut).

The decision and the arithmetic are pure (``engine.recovery``, ``reports.runs``);
this module asks the trainer and builds the clock the resumed run goes on with.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import (
    Clock,
    MonotonicClock,
    ScaledClock,
    ShiftedClock,
    wall_now,
)
from facilitator.engine.journal import Journal, read_journal
from facilitator.engine.recovery import (
    Resumable,
    ResumeError,
    ResumePoint,
    boot_id,
    prepare_resume,
    resume_point,
)
from facilitator.engine.timer import display_seconds
from facilitator.paths import runs_dir
from facilitator.reports.export import MODE_NAMES
from facilitator.reports.runs import find_crashed
from facilitator.timefmt import ago_text, clock_time, countdown


@dataclass
class Recovery:
    """A crashed run the trainer chose to resume, and how."""

    resumable: Resumable
    how: str  # counted or paused
    options: AppOptions  # the run's own: its agenda, speed, mode, auto-advance
    clock: Clock
    point: ResumePoint
    boot: str | None


def describe(resumable: Resumable, wall: datetime) -> str:
    """What stopped, where and when, in a trainer's words."""
    rebuilt = resumable.rebuilt
    run = rebuilt.run
    last = resumable.last_wall()
    left = run.timer.remaining(resumable.last_t)
    mode = MODE_NAMES.get(rebuilt.mode, rebuilt.mode)
    when = "at an unknown time"
    if last is not None:
        minutes = max(0, round((wall - last).total_seconds() / 60))
        when = f"at {clock_time(last)} ({ago_text(minutes)})"
    state = "paused" if run.state.value == "paused" else "running"
    return (
        f"<b>{run.agenda.title}</b> ({mode.lower()}) stopped unexpectedly {when}, "
        f"during step {run.index + 1} of {run.step_count}, “{run.step.title}”, "
        f"with {countdown(display_seconds(left))} left ({state})."
    )


class RecoveryDialog(QDialog):
    """Resume counting the time the app was down, resume paused, or start afresh."""

    def __init__(self, resumable: Resumable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Resume the session?")
        self.choice = "never"
        text = QLabel(describe(resumable, wall_now()))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        notes = QLabel(
            "Resume: the session goes on at the same step, and the time the app was down "
            "counts as elapsed (the room kept going).\n"
            "Resume paused: the step's countdown stands where it was when the app stopped; "
            "press Space to go on.\n"
            "What was recorded is kept either way."
        )
        notes.setWordWrap(True)
        for warning in resumable.warnings:
            notes.setText(notes.text() + f"\n\nNote: {warning}")
        self.resume_button = QPushButton("&Resume – the time the app was down counts")
        self.paused_button = QPushButton("Resume &paused – where it stopped")
        self.fresh_button = QPushButton("&Don't resume – start afresh")
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(lambda: self._choose("counted"))
        self.paused_button.clicked.connect(lambda: self._choose("paused"))
        self.fresh_button.clicked.connect(lambda: self._choose("never"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(notes)
        for button in (self.resume_button, self.paused_button, self.fresh_button):
            layout.addWidget(button)
        self.setMinimumWidth(520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def offer_recovery(options: AppOptions, parent: QWidget | None = None) -> Recovery | None:
    """If the last run stopped unexpectedly, ask (or follow ``--recover``); None: start afresh."""
    if options.recover == "never":
        return None
    path = find_crashed(runs_dir(), wall_now())
    if path is None:
        return None
    events = read_journal(path).events
    try:
        resumable = prepare_resume(path, events, load_agenda)
    except ResumeError as error:
        _abandon(path, events, str(error))
        if options.recover == "ask":
            QMessageBox.warning(parent, "The session cannot be resumed", str(error))
        else:
            print(f"The session cannot be resumed: {error}", file=sys.stderr)
        return None
    how = options.recover
    if how == "ask":
        dialog = RecoveryDialog(resumable, parent)
        dialog.exec()  # before any session runs: a modal loop holds up nothing
        how = dialog.choice
    if how not in ("counted", "paused"):
        _abandon(path, events, "the trainer chose not to resume it")
        return None
    rebuilt = resumable.rebuilt
    started = next((e for e in events if e.get("event") == "run_started"), {})
    run_options = replace(
        options,
        agenda=resumable.agenda.path,
        speed=rebuilt.speed,
        start=False,
        auto_advance=bool(started.get("auto_advance", False)),
        rehearsal=rebuilt.mode == "rehearsal",
    )
    monotonic = MonotonicClock()
    boot = boot_id()
    # Measured after the trainer answered: the time spent deciding counts too.
    point = resume_point(
        events,
        resumable.last_t,
        speed=rebuilt.speed,
        boot=boot,
        monotonic_now=monotonic.now(),
        wall=wall_now(),
    )
    base = ShiftedClock(monotonic, point.offset)
    clock: Clock = base if rebuilt.speed == 1.0 else ScaledClock(base, rebuilt.speed)
    return Recovery(resumable, how, run_options, clock, point, boot)


def _abandon(path: Path, events: list[dict[str, Any]], reason: str) -> None:
    """Note in the run's journal that it ends here, so it is not offered again."""
    times = [t for t in (e.get("t") for e in events) if isinstance(t, int)]
    journal = Journal(path)
    journal.write("run_abandoned", max(times, default=0), wall_now(), reason=reason)
    journal.close()
