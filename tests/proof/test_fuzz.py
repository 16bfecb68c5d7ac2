"""Fuzz beyond the loaders' own tests: valid agendas, damaged bundled files, resumes, settings.

What exists elsewhere and is not repeated here: random bytes, YAML-ish text
and agenda-shaped data into the loader (tests/agenda/test_load_fuzz.py);
damaged journals into ``report``, ``runs`` and finding a run to resume
(tests/reports/test_journal_fuzz.py); random text into the settings check
(tests/test_settings_check.py). Added here:

- valid agendas, generated: each loads cleanly (never an AgendaError for a
  file the format allows) and a run of it takes any command sequence;
- the bundled session and library files, damaged line by line (dropped,
  doubled, swapped, re-indented, cut off, a piece replaced, a byte changed):
  the loader's own error or a clean load, never another exception;
- damaged journals taken one step further than finding them: a run found
  resumable is resumed, both ways, on the same boot and after a reboot, goes
  on with commands, and its report is made;
- damaged settings files read the way the app reads them (checked, then
  through QSettings) in a child process, so that Qt ending the process on
  a value it dies on is a failure here, not the end of the test run; a file
  set aside keeps every byte.

Sizes: ``tests/fuzzing.py`` (``FACILITATOR_FUZZ=long`` for many more).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.engine.events import ResumeHow
from facilitator.engine.journal import Journal
from facilitator.engine.resume import resume_run
from facilitator.engine.session import RunState, SessionRun
from facilitator.paths import bundled_agendas
from facilitator.recovery import Unresumable, accept, find_recovery
from facilitator.reports.commands import report_command
from tests.fuzzing import fuzz
from tests.reports.test_damaged_journals import AGENDA, LAST_WALL, crashed_run
from tests.reports.test_journal_fuzz import mutate, mutation

# --- valid agendas, generated ---------------------------------------------------------

WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30
).filter(lambda text: text.strip() == text and text != "")
IDS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
MINUTES = st.integers(1, 240).map(float) | st.sampled_from([0.5, 1.5, 2.25, 7.5])
ITEMS = st.one_of(
    st.builds(lambda t: {"title": t}, WORDS),
    st.builds(lambda q: {"question": q}, WORDS),
    st.builds(lambda qs: {"questions": qs}, st.lists(WORDS, min_size=1, max_size=4)),
    st.builds(lambda t: {"text": t}, WORDS),
    st.builds(lambda p, e: {"prompt": p, "examples": e}, WORDS, st.lists(WORDS, max_size=3)),
)


@st.composite
def agendas(draw: st.DrawFn) -> dict[str, Any]:
    """The data of a session file the format allows: unique ids, the duration summed."""
    ids = draw(st.lists(IDS, min_size=1, max_size=10, unique=True))
    steps = []
    for step_id in ids:
        minutes = draw(MINUTES)
        step: dict[str, Any] = {"id": step_id, "title": draw(WORDS), "minutes": minutes}
        if draw(st.booleans()):
            step["project"] = draw(st.lists(ITEMS, max_size=4))
        if draw(st.booleans()):
            step["instructions"] = draw(WORDS)
        if draw(st.booleans()):
            step["materials"] = draw(st.lists(WORDS, max_size=3))
        if draw(st.booleans()):
            step["min_minutes"] = draw(st.sampled_from([0.5, 1.0])) * minutes
        steps.append(step)
    data: dict[str, Any] = {
        "format": 1,
        "title": draw(WORDS),
        "language": draw(st.sampled_from(["nl", "en", "de"])),
        "duration": sum(step["minutes"] for step in steps),
        "steps": steps,
    }
    if all(step["minutes"] > 2 for step in steps) and draw(st.booleans()):
        data["timing"] = {"warning": 2, "danger": 1}  # less than every step: the rule
    return data


COMMANDS = st.lists(
    st.tuples(
        st.sampled_from(
            ["toggle", "next", "previous", "jump", "plus", "minus", "set", "restart", "item"]
        ),
        st.integers(0, 30 * MINUTE),
        st.integers(0, 20),
    ),
    max_size=25,
)


@fuzz(80)
@given(data=agendas(), commands=COMMANDS)
def test_a_valid_agenda_loads_cleanly_and_runs(
    tmp_path: Path, data: dict[str, Any], commands: list[tuple[str, int, int]]
) -> None:
    path = tmp_path / "sessie.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    agenda = load_agenda(path)  # no AgendaError for a file the format allows
    assert [step.id for step in agenda.steps] == [step["id"] for step in data["steps"]]
    run = SessionRun(agenda)
    now = 10**12
    for command, wait, number in commands:
        now += wait
        if command == "toggle":
            run.toggle(now)
        elif command == "next":
            run.next_step(now)
        elif command == "previous":
            run.previous_step(now)
        elif command == "jump" and run.state is not RunState.FINISHED:
            run.go_to_step(number % run.step_count, now)
        elif command in ("plus", "minus"):
            run.add_time(MINUTE if command == "plus" else -MINUTE, now)
        elif command == "set":
            run.set_remaining(number * 17 * SECOND, now)
        elif command == "restart":
            run.restart_step(now)
        elif command == "item":
            run.next_item(now)
        snap = run.snapshot(now)
        assert 0 <= snap.index < run.step_count
    run.replace_agenda(agenda, now)  # the same file saved again
    run.snapshot(now)


# --- the bundled files, damaged ----------------------------------------------------------

PIECES = ["", " ", "  ", "-", "- ", ":", ": x", "'", '"', "&a", "*a", "!!str", "{", "[", "#", "~"]
LINE_MUTATION = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, 10**4)),
    st.tuples(st.just("twice"), st.integers(0, 10**4)),
    st.tuples(st.just("swap"), st.integers(0, 10**4), st.integers(0, 10**4)),
    st.tuples(st.just("indent"), st.integers(0, 10**4), st.integers(-4, 4)),
    st.tuples(st.just("cut"), st.integers(0, 10**6)),
    st.tuples(
        st.just("piece"), st.integers(0, 10**4), st.sampled_from(PIECES) | st.text(max_size=8)
    ),
    st.tuples(st.just("byte"), st.integers(0, 10**6), st.integers(0, 255)),
)


def damage(content: bytes, changes: list[tuple[Any, ...]]) -> bytes:
    """``content`` after ``changes``: line mutations, a cut, a byte replaced."""
    for change in changes:
        kind, at = change[0], change[1]
        if kind == "cut":
            content = content[: at % (len(content) + 1)]
            continue
        if kind == "byte":
            if content:
                at %= len(content)
                content = content[:at] + bytes([change[2]]) + content[at + 1 :]
            continue
        lines = content.split(b"\n")
        at %= len(lines)
        if kind == "drop":
            del lines[at]
        elif kind == "twice":
            lines.insert(at, lines[at])
        elif kind == "swap":
            other = change[2] % len(lines)
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "indent":
            delta = change[2]
            line = lines[at]
            lines[at] = b" " * delta + line if delta > 0 else line[-delta:]
        elif kind == "piece":
            line = lines[at]
            cut = len(line) // 2
            lines[at] = line[:cut] + change[2].encode("utf-8", "surrogatepass") + line[cut:]
        content = b"\n".join(lines)
    return content


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the bundled folders (the bundle itself is never written)."""
    folder = tmp_path_factory.mktemp("bundle")
    for source in sorted({path.parent for path in bundled_agendas()}):
        shutil.copytree(source, folder / source.name)
    yield folder


BUNDLED = sorted(
    f"{path.parent.name}/{path.name}"
    for source in {p.parent for p in bundled_agendas()}
    for path in source.glob("*.yaml")
)


@fuzz(50)
@given(name=st.sampled_from(BUNDLED), changes=st.lists(LINE_MUTATION, min_size=1, max_size=3))
def test_a_damaged_bundled_file_loads_or_says_why(
    bundle: Path, name: str, changes: list[tuple[Any, ...]]
) -> None:
    path = bundle / name
    original = path.read_bytes()
    sessions = [path] if path in bundle_sessions(bundle) else bundle_sessions(bundle, path.parent)
    try:
        path.write_bytes(damage(original, changes))
        for session in sessions:
            try:
                agenda = load_agenda(session)
            except AgendaError as error:
                assert error.problems and str(error)
            else:
                assert isinstance(agenda, Agenda)
    finally:
        path.write_bytes(original)


def bundle_sessions(bundle: Path, folder: Path | None = None) -> list[Path]:
    """The session files of the copied bundle (of one folder: the library's users)."""
    names = {f"{p.parent.name}/{p.name}" for p in bundled_agendas()}
    return [bundle / n for n in sorted(names) if folder is None or (bundle / n).parent == folder]


def test_every_bundled_file_is_fuzzed() -> None:
    assert len(BUNDLED) == 6  # four sessions, two libraries
    assert all(name.endswith(".yaml") for name in BUNDLED)


# --- damaged journals, resumed ----------------------------------------------------------


@pytest.fixture(scope="module")
def short_agenda(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agenda") / "kort.yaml"
    path.write_text(AGENDA, encoding="utf-8")
    load_agenda(path)
    return path


@fuzz(100)
@given(
    changes=st.lists(mutation, min_size=1, max_size=4),
    how=st.sampled_from(list(ResumeHow)),
    boot=st.sampled_from(["b", "another boot", None]),
    later=st.integers(0, 3 * 24 * 60 * MINUTE),
)
def test_a_damaged_journal_found_resumable_resumes_and_goes_on(
    short_agenda: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    changes: list[tuple[Any, ...]],
    how: ResumeHow,
    boot: str | None,
    later: int,
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(data))
    runs = data / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    for old in runs.iterdir():
        old.unlink()
    journal_path = runs / "20250301-090000-kort.jsonl"
    journal_path.write_bytes(mutate(crashed_run(short_agenda), changes))
    found = find_recovery(runs, LAST_WALL, load_agenda)
    if found is None or isinstance(found, Unresumable):
        if isinstance(found, Unresumable):
            assert found.message
        return
    wall = LAST_WALL + timedelta(microseconds=later // 1000)
    clock = FakeClock(found.last_t + later if found.last_t > 0 else later)
    recovery = accept(found, how, AppOptions(), monotonic=clock, wall=wall, boot=boot)
    journal = Journal(found.path)
    try:
        run = resume_run(found, journal, recovery.point, how, wall=wall, boot=boot)
        now = recovery.clock.now()
        run.snapshot(now)
        for step in range(3):
            now += 61 * SECOND
            run.toggle(now) if step == 0 else run.next_step(now)
            run.snapshot(now)
    finally:
        journal.close()
    out = io.StringIO()
    assert report_command(["latest", "--format", "json"], out) in (0, 1)


# --- damaged settings files, read as the app reads them --------------------------------

READER = r"""
import os, sys, traceback
from PySide6.QtCore import QCoreApplication
app = QCoreApplication(sys.argv[:1])
from facilitator.ui import settings as ui_settings
from facilitator.ui.projector import settings as projector_settings
for line in sys.stdin:
    os.environ["FACILITATOR_SETTINGS"] = line.strip()
    try:
        ui_settings.forget_checks()
        found = ui_settings.ConsoleSettings()
        read = (found.fractions, found.volume, found.muted, found.blob("geometry"),
                found.blob("splitter"), found.ticks("agenda"))
        projector_settings.read_text(projector_settings.TRAINER_NAME)
        found.store.allKeys()
        print("ok", flush=True)
    except Exception:
        print("error " + traceback.format_exc().replace("\n", " | "), flush=True)
"""

SETTINGS_PIECES = [
    "[timing]\n",
    "[sound]\n",
    "[window]\n",
    "[ticks]\n",
    "[trainer]\n",
    "[General]\n",
    "warning=",
    "danger=",
    "volume=",
    "muted=",
    "geometry=",
    "splitter=",
    "name=",
    "agenda=",
    "0.2",
    "nan",
    "-1e999",
    "99999999999999999999",
    "true",
    "@ByteArray(\\x1\\xd9\\xd0)",
    "@ByteArray(",
    "@Invalid()",
    "@@x",
    "@Variant(\\0\\0\\0\\t\\x7f\\xff\\xff\\xff)",
    "@Variant(\\0\\0\\0\\v\\x7f\\xff\\xff\\xff)",
    "@Rect(1 2 3 4)",
    "@Size(",
    "a, b, c",
    '"x, y"',
    "\\",
    "\\x40Variant(\\0)",
    "\\x",
    ";",
    "=",
    "\n",
    "\r\n",
    "\ufeff",
    "\x00",
    "é",
]


class Reader:
    """A child that reads settings files as the app does, one path per line; a new one
    when a file ended the last (so that every example, shrinking too, is read afresh)."""

    def __init__(self) -> None:
        self.child: subprocess.Popen[str] | None = None

    def read(self, path: Path) -> str:
        """The child's answer for ``path`` ("ok", "error ..."), or "" if the file ended it."""
        if self.child is None or self.child.poll() is not None:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_TESTING": "1"}
            self.child = subprocess.Popen(
                [sys.executable, "-c", READER],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
        assert self.child.stdin is not None and self.child.stdout is not None
        try:
            self.child.stdin.write(f"{path}\n")
            self.child.stdin.flush()
        except BrokenPipeError:
            return ""
        return self.child.stdout.readline()

    def stop(self) -> None:
        """End the child."""
        if self.child is not None and self.child.stdin is not None:
            self.child.stdin.close()
            self.child.wait(timeout=30)


SECTIONS = ["timing", "sound", "window", "ticks", "trainer", "projector", "General", "", "a/b"]
KEYS = ["warning", "danger", "volume", "muted", "geometry", "splitter", "state", "name", "x"]
VALUES = [p for p in SETTINGS_PIECES if not p.endswith("\n") and "=" not in p]
SETTINGS_LINE = st.one_of(
    st.sampled_from(SECTIONS).map(lambda name: f"[{name}]\n"),
    st.tuples(
        st.sampled_from(KEYS) | st.text(max_size=4),
        st.lists(st.sampled_from(VALUES) | st.text(max_size=4), min_size=1, max_size=3),
        st.sampled_from(["\n", "\r\n", "\\\n", ""]),
    ).map(lambda kv: f"{kv[0]}={''.join(kv[1])}{kv[2]}"),
)


@pytest.fixture(scope="module")
def reader() -> Iterator[Reader]:
    made = Reader()
    yield made
    made.stop()


@fuzz(200)
@given(
    content=st.lists(SETTINGS_LINE, max_size=12).map(
        lambda lines: "".join(lines).encode("utf-8", "surrogatepass")
    )
    | st.lists(st.sampled_from(SETTINGS_PIECES) | st.text(max_size=6), max_size=40).map(
        lambda pieces: "".join(pieces).encode("utf-8", "surrogatepass")
    )
    | st.binary(max_size=300)
)
def test_a_damaged_settings_file_never_stops_the_app(
    reader: Reader, tmp_path_factory: pytest.TempPathFactory, content: bytes
) -> None:
    folder = tmp_path_factory.mktemp("settings")
    path = folder / "settings.ini"
    path.write_bytes(content)
    answer = reader.read(path)
    assert answer, f"reading the settings file ended the process: {content!r}"
    assert answer == "ok\n", answer
    kept = list(folder.glob("settings-damaged-*.ini"))
    if kept:  # set aside: every byte of it kept
        assert [p.read_bytes() for p in kept] == [content]
    else:  # read where it is: a read never changes it
        assert path.read_bytes() == content
    shutil.rmtree(folder)


def test_the_reader_dies_where_qt_does(tmp_path: Path) -> None:
    """The child does find a value Qt dies on: unchecked, the same file ends it."""
    path = tmp_path / "settings.ini"
    path.write_text("[window]\nstate=@Variant(\\0\\0\\0\\t\\x7f\\xff\\xff\\xff)\n", "utf-8")
    unchecked = READER.replace(
        "ui_settings.forget_checks()", "ui_settings._checked[line.strip()] = ''"
    )
    done = subprocess.run(
        [sys.executable, "-c", unchecked],
        input=f"{path}\n",
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode != 0 and "ok" not in done.stdout
