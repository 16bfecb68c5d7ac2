"""Soak: an eight-hour training day on a fake clock, the real app and both windows offscreen.

Four sessions back to back (the bundled Dutch sessions 1 and 2 live, the
English session 1 live, the English session 2 as a rehearsal), with coffee
breaks between them and a lunch pause in the middle of one, and, within each
step, what a trainer does: pauses, a minute more or less, projected items
back and forth, a jump ahead and back, a restart, a time set by hand, the
agenda saved with other minutes and reloaded. The clock moves by random
amounts and onto the very nanosecond a shown second turns (and one before).

At every step of the script the time shown is read from the widgets, the
console's countdown digits and the projector canvas's timer text, and
compared with the arithmetic truth this test keeps itself (``Truth``: each
step's minutes, plus the minutes given or taken, less the running time the
test let pass while the step was current and the session running; seconds
rounded up, ``+m:ss`` in overtime). The journals' reports must give each
step the running time the test counted.

Memory, read at the end of every hour of the day: Python objects counted by
type after a full collection (the projector's bounded layout cache emptied
first), Python's allocated blocks (``sys.getallocatedblocks``: every object,
also those the collector does not track, such as a tuple of numbers or a
string), and the process's resident memory. From the end of the first hour
to the end of the eighth no type may gain more than ``TYPE_GROWTH`` (200)
objects, all together no more than ``TOTAL_GROWTH`` (1,500); the blocks may
grow by ``BLOCK_GROWTH`` (3,000), and by ``SETTLED_BLOCK_GROWTH`` (1,000)
from the fourth hour on; the resident memory by ``RSS_GROWTH`` (8 MB).

Why these bounds: what a day legitimately keeps does not grow with time (a
run's timers keep a few tuples per pause or minute given, and each new
session replaces the run, its agenda and the views' rows). Measured: about
260 objects in all and 40 of one type at most; blocks 250, 900, 1,080, then
between 1,000 and 1,300 (warm-up: interned words, caches of the first
texts); 2.4 MB resident. One object kept per refresh (some 2,500 in the day)
goes over every bound: tried with a snapshot kept per refresh (2,100
``SessionSnapshot``), and with a bare ``object()`` (which the collector does
not see, but the blocks do: 3,400). A leak of 400 bytes a second would add
10 MB.
"""

from __future__ import annotations

import gc
import os
import random
import re
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.paths import bundled_agendas
from facilitator.reports.runs import report_for
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.projector import layout
from tests.ui.console_fixtures import tmp_settings

__all__ = ["tmp_settings"]

HOUR = 60 * MINUTE
DAY = 8 * HOUR
START = 10**15  # far from 0: an instant is never mistaken for a duration
TYPE_GROWTH = 200
TOTAL_GROWTH = 1_500
BLOCK_GROWTH = 3_000
SETTLED_BLOCK_GROWTH = 1_000  # from the end of the fourth hour to the end of the eighth
RSS_GROWTH = 8 * 2**20  # bytes


def countdown_text(remaining: int) -> str:
    """What a countdown shows for ``remaining`` ns, computed here: seconds rounded up."""
    shown = -(-remaining // SECOND)
    sign = "+" if shown < 0 else ""
    hours, rest = divmod(abs(shown), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes}:{seconds:02d}"


@dataclass
class Truth:
    """The test's own book of a run: minutes, minutes given, running time per step."""

    ids: list[str]
    minutes: dict[str, float]
    given: Counter[str] = field(default_factory=Counter)
    spent: Counter[str] = field(default_factory=Counter)
    index: int = 0
    running: bool = False
    finished: bool = False

    @property
    def step(self) -> str:
        """The current step's id."""
        return self.ids[self.index]

    def planned(self, step: str) -> int:
        """A step's minutes in ns, rounded to the nanosecond."""
        return round(self.minutes[step] * MINUTE)

    def remaining(self) -> int:
        """Time left of the current step; negative in overtime."""
        step = self.step
        return self.planned(step) + self.given[step] - self.spent[step]

    def advance(self, ns: int) -> None:
        """Time passes: the current step's running time grows while the session runs."""
        if self.running and not self.finished:
            self.spent[self.step] += ns

    def go_to(self, index: int) -> None:
        """Another step is current."""
        self.index = index

    def next(self) -> None:
        """The next step, or the end of the session after the last."""
        if self.index == len(self.ids) - 1:
            self.finished = True
            self.running = False
        else:
            self.index += 1

    def previous(self) -> None:
        """Back one step; after the end, the last step again, paused."""
        if self.finished:
            self.finished = False
        elif self.index > 0:
            self.index -= 1


@dataclass
class Day:
    """The app, its fake clock, the truth kept beside it, and what was measured."""

    app: FacilitatorApp
    clock: FakeClock
    rng: random.Random
    folder: Path
    truth: Truth | None = None
    checks: int = 0
    hours: list[tuple[Counter[str], int, int]] = field(default_factory=list)
    runs: list[Truth] = field(default_factory=list)
    done: Counter[str] = field(default_factory=Counter)  # the trainer's actions, by kind

    @property
    def elapsed(self) -> int:
        """Fake time since the day began."""
        return self.clock.now() - START

    def check(self) -> None:
        """The console and the projector show what the truth says, now."""
        truth = self.truth
        assert truth is not None
        presenter, projector = self.app.presenter, self.app.projector
        expected = countdown_text(truth.remaining())
        where = (
            f"{truth.step} at {self.elapsed / MINUTE:.4f} min of the day, "
            f"{presenter.countdown.position.text()}, {presenter.countdown.title.text()}"
        )
        assert presenter.countdown.digits.text() == expected, where
        assert projector.canvas.timer_text == ("" if truth.finished else expected), where
        position = f"Step {truth.index + 1} of {len(truth.ids)}"
        assert presenter.countdown.position.text() == position, where
        self.checks += 1
        if self.elapsed >= (len(self.hours) + 1) * HOUR:
            counts, blocks, resident = measure_memory()
            if len(self.hours) not in (0, 7):  # the counts compared are kept, no others
                counts = Counter()
            self.hours.append((counts, blocks, resident))

    def advance(self, ns: int) -> None:
        """Let ``ns`` of session time pass, let the app see it, and check."""
        assert self.truth is not None
        self.clock.advance(ns)
        self.truth.advance(ns)
        self.app.controller.refresh()
        if self.checks % 25 == 0:
            deliver_posted_events()
        self.check()

    def wait(self, ns: int) -> None:
        """Let ``ns`` pass in irregular pieces (a pause, a break), checking as it goes."""
        while ns > 0:
            piece = min(ns, self.rng.randint(SECOND, 4 * MINUTE))
            self.advance(piece)
            ns -= piece

    def open(self, path: Path, *, rehearsal: bool = False) -> None:
        """Open a session, as File > Open does, and start keeping its truth."""
        self.app.open_agenda(path)
        if rehearsal:
            self.app.rehearse()
        agenda = self.app.controller.agenda
        assert agenda.path == path
        self.truth = Truth([s.id for s in agenda.steps], {s.id: s.minutes for s in agenda.steps})
        self.runs.append(self.truth)
        self.check()

    def command(self, name: str, truth: Callable[[], object] = lambda: None) -> None:
        """Trigger a named command as a key or a menu would, apply ``truth``, and check."""
        self.app.presenter.actions_by_name[name].trigger()
        truth()
        self.check()


def deliver_posted_events() -> None:
    """Paints and deferred deletes, as the event loop would, but no timer.

    The fake clock is the only time here: a real QTimer firing in between
    (the controller's, armed for a boundary a nanosecond away) would make the
    controller show that boundary ahead of the clock, as it does on purpose a
    few milliseconds early in the room (its lead), and the truth is the fake
    clock's.
    """
    QApplication.sendPostedEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def measure_memory() -> tuple[Counter[str], int, int]:
    """Live Python objects by type after a full collection, Python's allocated blocks
    (every object, also those the collector does not track), the resident memory (bytes)."""
    deliver_posted_events()
    # The projector's fitted layouts are kept for the last _CACHE_SIZE items on purpose
    # (going back to an item costs nothing); bounded, so not counted as the day's growth.
    assert len(layout._CACHE) <= layout._CACHE_SIZE
    layout._CACHE.clear()
    gc.collect()
    blocks = sys.getallocatedblocks()  # before the count, which allocates
    counts = Counter(type(o).__qualname__ for o in gc.get_objects())
    with open("/proc/self/statm", encoding="ascii") as statm:
        resident = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return counts, blocks, resident


def set_minutes(path: Path, step: str, minutes: int) -> None:
    """Save the session file with ``step`` lasting ``minutes``, the duration summed again."""
    text = path.read_text(encoding="utf-8")
    block = re.search(
        rf"\n  - id: {re.escape(step)}\n(?:    .*\n|\s*\n)*?    minutes: (\S+)\n", text
    )
    assert block is not None, step
    start, end = block.span(1)
    text = text[:start] + str(minutes) + text[end:]
    total = sum(float(m) for m in re.findall(r"\n    minutes: (\S+)\n", text))
    text = re.sub(r"\nduration: \S+\n", f"\nduration: {total:g}\n", text, count=1)
    path.write_text(text, encoding="utf-8")


def reload(day: Day) -> None:
    """Save a step still to come (or the current one) with other minutes; the app reloads."""
    truth = day.truth
    assert truth is not None
    index = day.rng.randrange(truth.index, len(truth.ids))
    step = truth.ids[index]
    minutes = max(1, round(truth.minutes[step]) + day.rng.choice((-3, -2, 2, 4)))
    set_minutes(day.app.controller.agenda.path, step, minutes)
    day.app.presenter.watcher.check_now()  # what the file watcher does after its settle time
    truth.minutes[step] = minutes
    assert day.app.controller.agenda.steps[index].minutes == minutes
    day.check()


ACTIONS = ("pause", "plus", "minus", "items", "jump", "restart", "set", "reload")


def trainer_action(day: Day, chosen: str = "") -> None:
    """One thing a trainer does during a step, chosen at random, applied to both sides."""
    truth, rng, controller = day.truth, day.rng, day.app.controller
    assert truth is not None
    kind = (
        chosen
        or rng.choices(
            ACTIONS,
            weights=(6, 4, 3, 8, 3, 1, 2, 2),
        )[0]
    )
    if kind == "jump" and truth.index + 2 >= len(truth.ids):
        kind = "items"  # no step two rows down: the trainer shows an item instead
    day.done[kind] += 1
    if kind == "pause":
        day.command("toggle_running", lambda: setattr(truth, "running", False))
        day.wait(rng.randint(5 * SECOND, 3 * MINUTE))
        day.command("toggle_running", lambda: setattr(truth, "running", True))
    elif kind in ("plus", "minus"):
        delta = MINUTE if kind == "plus" else -MINUTE
        day.command(
            "add_minute" if kind == "plus" else "remove_minute",
            lambda: truth.given.update({truth.step: delta}),
        )
    elif kind == "items":
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.7:
                controller.projector.next_item()
            else:
                controller.projector.previous_item()
            day.advance(rng.randint(1, 20 * SECOND))
    elif kind == "jump":
        here = truth.index
        controller.go_to_step(here + 2)  # a click on a step two rows down
        truth.go_to(here + 2)
        day.check()
        day.advance(rng.randint(SECOND, 40 * SECOND))
        for _ in range(2):  # P twice: back where the trainer was, its time going on
            day.command("previous_step", truth.previous)
    elif kind == "restart":
        controller.restart_step()
        truth.given[truth.step] = truth.spent[truth.step]
        day.check()
    elif kind == "set":
        left = rng.randint(30, 600) * SECOND + rng.randint(0, SECOND - 1)
        controller.set_remaining(left)
        truth.given[truth.step] += left - truth.remaining()
        day.check()
    elif kind == "reload":
        reload(day)


def run_step(day: Day, *, last: bool) -> None:
    """The current step from its start to N (or the end of the session)."""
    truth, rng = day.truth, day.rng
    assert truth is not None
    # Some steps end early, some late: the trainer presses N within -3 .. +2 min of zero.
    until = rng.randint(-3 * MINUTE, 2 * MINUTE)
    jumped = False
    while truth.remaining() > until:
        roll = rng.random()
        to_turn = truth.remaining() % SECOND or SECOND  # until the shown second turns
        if roll < 0.25:
            day.advance(to_turn)  # onto the very nanosecond
        elif roll < 0.35:
            day.advance(to_turn - 1 if to_turn > 1 else to_turn)  # the nanosecond before
        elif roll < 0.6:
            day.advance(rng.randint(1, 3 * SECOND))
        else:
            day.advance(rng.randint(3 * SECOND, 50 * SECOND))
        if rng.random() < 0.04:
            trainer_action(day)
        elif truth.index == 1 and truth.spent[truth.step] > MINUTE and not jumped:
            trainer_action(day, "jump")  # once a session, at least: ahead and back
            jumped = True
    day.command("next_step", truth.next)
    if last:
        assert truth.finished


def run_session(day: Day, path: Path, *, rehearsal: bool = False, lunch_at: int = -1) -> None:
    """Open ``path``, run every step with the trainer's accidents, and finish it."""
    day.open(path, rehearsal=rehearsal)
    truth = day.truth
    assert truth is not None
    day.wait(day.rng.randint(MINUTE, 5 * MINUTE))  # people coming in: not started yet
    day.command("toggle_running", lambda: setattr(truth, "running", True))
    count = len(truth.ids)
    for index in range(count):
        assert truth.index == index
        if index == lunch_at:
            day.command("toggle_running", lambda: setattr(truth, "running", False))
            day.wait(30 * MINUTE)
            day.command("toggle_running", lambda: setattr(truth, "running", True))
        run_step(day, last=index == count - 1)
    # "Once too often": P reopens the last step, paused; N ends it again.
    day.command("previous_step", truth.previous)
    day.advance(7 * SECOND)
    day.command("next_step", truth.next)
    assert truth.finished


@pytest.fixture
def day(
    qtbot: QtBot, tmp_settings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Day]:
    # Every journal line is written as in the room, but not forced to the disk: a day's
    # 1,300 fsyncs take 3 to 10 s of a shared machine's disk and prove nothing here
    # (tests/engine/test_journal.py checks the fsync, tests/proof/test_faults.py a full disk).
    monkeypatch.setattr(os, "fsync", lambda _fd: None)
    clock = FakeClock(START)
    folder = tmp_path / "sessions"
    for source in ("steam-coach", "steam-coach-en"):
        first = next(p for p in bundled_agendas() if p.parent.name == source)
        shutil.copytree(first.parent, folder / source)
    first = sorted((folder / "steam-coach").glob("sessie-1*.yaml"))[0]
    app = FacilitatorApp(AppOptions(), load_agenda(first), clock=clock)
    app.presenter.confirm_quit = False
    qtbot.addWidget(app.presenter)
    qtbot.addWidget(app.projector)
    app.show()
    qtbot.waitExposed(app.presenter)
    made = Day(app, clock, random.Random(20261201), folder)
    yield made
    app.controller.shutdown()


def test_an_eight_hour_day_shows_the_truth_at_every_step(day: Day) -> None:
    nl, en = day.folder / "steam-coach", day.folder / "steam-coach-en"
    sessions = [
        (sorted(nl.glob("sessie-1*.yaml"))[0], False, -1),
        (sorted(nl.glob("sessie-2*.yaml"))[0], False, 3),  # lunch before step 4
        (sorted(en.glob("session-1*.yaml"))[0], False, -1),
        (sorted(en.glob("session-2*.yaml"))[0], True, -1),  # the last one rehearsed
    ]
    for number, (path, rehearsal, lunch_at) in enumerate(sessions):
        if number:
            day.wait(10 * MINUTE)  # coffee: the finished session stays on screen
        run_session(day, path, rehearsal=rehearsal, lunch_at=lunch_at)
    if day.elapsed < DAY:  # the trainer tidies up; the finished session shows its end
        day.wait(DAY - day.elapsed + MINUTE)
    assert day.elapsed >= DAY
    assert day.checks > 2_000
    assert all(day.done[kind] >= 2 for kind in ACTIONS), day.done  # each one, more than once
    assert len(day.hours) >= 8

    # Each run's journal gives each step the running time counted here.
    runs = sorted((Path(os.environ["FACILITATOR_DATA_DIR"]) / "runs").glob("*.jsonl"))
    assert len(runs) == len(sessions)
    for journal, truth in zip(runs, day.runs, strict=True):
        report = report_for(journal)
        assert report.outcome == "finished"
        assert [s.actual for s in report.steps] == [truth.spent[i] for i in truth.ids]
    assert [report_for(r).mode for r in runs] == ["live", "live", "live", "rehearsal"]

    # Memory, from the end of the first hour to the end of the last.
    (first_counts, first_blocks, first_rss) = day.hours[0]
    (last_counts, _, last_rss) = day.hours[7]
    assert first_counts and last_counts
    growth = last_counts - first_counts
    worst = growth.most_common(5)
    assert not worst or worst[0][1] <= TYPE_GROWTH, worst
    assert sum(growth.values()) <= TOTAL_GROWTH, worst
    blocks = [hour[1] - first_blocks for hour in day.hours]
    assert blocks[7] <= BLOCK_GROWTH, blocks
    assert blocks[7] - blocks[3] <= SETTLED_BLOCK_GROWTH, blocks
    assert last_rss - first_rss <= RSS_GROWTH, (first_rss, last_rss)
