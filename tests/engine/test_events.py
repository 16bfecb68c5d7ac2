"""Journal events: typed records, one registry, encoding and defensive decoding, replay's table."""

from __future__ import annotations

import dataclasses
import enum
import json
import subprocess
import sys
import types
import typing
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.events import (
    JOURNAL_FORMAT,
    Event,
    Log,
    Logged,
    PageChanged,
    PlannedStep,
    ResumeHow,
    RunMode,
    RunOpened,
    SessionPaused,
    StepChanged,
    decode,
    decode_all,
    encode,
    event,
    opening,
    registry,
)
from facilitator.engine.journal import Journal, read_log
from facilitator.engine.replay import Handlers, replay
from facilitator.engine.session import SessionRun
from tests.engine.factory import make_agenda

T0 = 5_000 * S
WALL = datetime(2025, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def sample(hint: Any) -> Any:
    """A value of a field's type, for building any record."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return sample(next(a for a in typing.get_args(hint) if a is not type(None)))
    if origin is tuple:
        return (sample(typing.get_args(hint)[0]),)
    if hint is bool:
        return True
    if hint is int:
        return 3
    if hint is float:
        return 1.5
    if hint is str:
        return "x"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return list(hint)[-1]
    if hint is PlannedStep:
        return PlannedStep("intro", "Intro “één”", 10.0)
    # Another area's plain record (the room's person, group, ...): built field by field.
    assert isinstance(hint, type) and dataclasses.is_dataclass(hint), hint
    return build(hint)


def build(kind: type[Any]) -> Any:
    hints = typing.get_type_hints(kind)
    return kind(**{f.name: sample(hints[f.name]) for f in dataclasses.fields(kind)})


@pytest.mark.parametrize("name", sorted(registry()))
def test_every_event_goes_through_a_journal_line_and_back(name: str) -> None:
    kind = registry()[name]
    assert name == kind.NAME and dataclasses.is_dataclass(kind)
    assert kind.__doc__, "every event says what it records"
    record = build(kind)
    line = json.loads(json.dumps(encode(record, T0, WALL)))
    assert line["event"] == name and line["t"] == T0
    decoded = decode(line, 7)
    assert decoded.warnings == []
    assert decoded.logged == Logged(7, T0, WALL, record)


def test_the_registry_is_read_only_and_names_are_unique() -> None:
    with pytest.raises(TypeError):
        registry()["x"] = RunOpened  # type: ignore[index]
    with pytest.raises(ValueError, match="two journal events"):
        event("step_changed")(dataclass(frozen=True)(type("Again", (Event,), {})))
    assert len(set(registry().values())) == len(registry())


def test_a_field_named_like_the_line_itself_is_refused() -> None:
    @dataclass(frozen=True)
    class Clash(Event):
        """Would write its own ``t``."""

        wall: str

    with pytest.raises(ValueError, match="field named like a line's own"):
        event("clash")(Clash)


def test_python_keywords_get_their_journal_key() -> None:
    line = encode(StepChanged(from_=0, to=1), T0, WALL)
    assert line["from"] == 0 and "from_" not in line


def test_an_unknown_event_is_reported_with_its_line() -> None:
    decoded = decode({"t": 1, "event": "wall_note_released"}, 14)
    assert decoded.logged is None
    assert decoded.warnings == [
        "Line 14 of the session log: an event “wall_note_released” this version does not "
        "know; skipped."
    ]


@pytest.mark.parametrize(
    ("line", "warning"),
    [
        ({"t": "soon", "event": "heartbeat"}, "“heartbeat” has no valid time"),
        ({"t": True, "event": "heartbeat"}, "“heartbeat” has no valid time"),
        ({"t": 2**80, "event": "heartbeat"}, "“heartbeat” has no valid time"),
        ({"t": 1, "event": "step_changed", "from": 0}, "“step_changed” lacks its “to”"),
        ({"t": 1, "event": "step_changed", "from": 0, "to": "2"}, "should be a whole number"),
        ({"t": 1, "event": "step_changed", "from": 0, "to": True}, "should be a whole number"),
        ({"t": 1, "event": "step_changed", "from": 0, "to": -1}, "“to” is -1, outside 0"),
        ({"t": 1, "event": "step_changed", "from": 0, "to": 10**40}, "“to” is 1e+40, outside"),
        ({"t": 1, "event": "run_finished", "elapsed": 1.5}, "should be a whole number"),
        ({"t": 1, "event": "freeze_changed", "frozen": "yes"}, "should be true or false"),
    ],
)
def test_a_line_that_cannot_be_its_event_is_skipped_with_a_warning(
    line: dict[str, object], warning: str
) -> None:
    decoded = decode(line, 9)
    assert decoded.logged is None
    (text,) = decoded.warnings
    assert text.startswith("Line 9 of the session log: ") and warning in text, text
    assert text.endswith("; skipped.")


def test_a_bad_optional_field_takes_its_default_with_a_warning() -> None:
    decoded = decode(
        {
            "t": 1,
            "event": "run_opened",
            "speed": 1e-300,
            "mode": "demo",
            "steps": [{"id": "a", "title": "A", "minutes": "ten"}],
        },
        1,
    )
    assert decoded.logged is not None
    opened = decoded.logged.event
    assert isinstance(opened, RunOpened)
    assert (opened.speed, opened.mode, opened.steps) == (1.0, RunMode.LIVE, ())
    assert decoded.warnings == [
        "Line 1 of the session log: in the event “run_opened”, “mode” should be “live” or "
        "“rehearsal” or “dry-run” but is “demo”; “live” is taken instead.",
        "Line 1 of the session log: in the event “run_opened”, “speed” is 1e-300, outside "
        "0.001 to 1000000.0; 1.0 is taken instead.",
        "Line 1 of the session log: in the event “run_opened”, “steps[0].minutes” should be "
        "a number but is “ten”; none is taken instead.",
    ]


def test_fields_old_journals_lack_take_what_they_meant_silently() -> None:
    decoded = decode({"t": 1, "event": "run_opened", "title": "T"}, 1)
    assert decoded.warnings == []
    assert decoded.logged is not None
    opened = decoded.logged.event
    assert isinstance(opened, RunOpened)
    assert opened.format == 1  # no format: the first one
    assert RunOpened().format == JOURNAL_FORMAT == 2  # what this version writes
    resumed = decode(
        {"t": 1, "event": "run_resumed", "crash_t": 0, "downtime": 1, "index": 0,
         "step_id": "a", "remaining": 5},
        2,
    )  # fmt: skip
    assert resumed.logged is not None and resumed.logged.event.how is ResumeHow.COUNTED  # type: ignore[attr-defined]


def test_a_wall_time_that_is_not_a_time_is_ignored_with_a_warning() -> None:
    decoded = decode({"t": 1, "wall": "teatime", "event": "heartbeat"}, 3)
    assert decoded.logged is not None and decoded.logged.wall is None
    assert decoded.warnings == [
        "Line 3 of the session log: the event “heartbeat” has a wall time that is not a time "
        "(“teatime”); it is ignored."
    ]


def test_run_opened_is_built_from_the_agenda_and_the_run_s_options() -> None:
    agenda = make_agenda((10, 15))
    opened = opening(agenda, speed=60.0, rehearsal=True, boot="b-1")
    assert opened == RunOpened(
        mode=RunMode.DRY_RUN,  # a dry run is never a rehearsal
        speed=60.0,
        agenda="/agendas/test.yaml",
        hash="abc123",
        title="Test session",
        steps=(PlannedStep("step-1", "Step 1", 10), PlannedStep("step-2", "Step 2", 15)),
        boot="b-1",
        rehearsal=True,
        format=2,
    )
    assert opening(agenda, speed=1.0, rehearsal=True, boot=None).mode is RunMode.REHEARSAL


def test_the_file_says_format_2_and_replay_reports_what_it_does_not_know(
    tmp_path: Path,
) -> None:
    path = tmp_path / "run.jsonl"
    journal = Journal(path)
    agenda = make_agenda()
    journal.write(opening(agenda, speed=1.0, rehearsal=False, boot=None), T0, WALL)
    run = SessionRun(agenda, journal=journal, wall=lambda: WALL)
    run.start(T0, WALL)
    run.pause(T0 + M)
    journal.close()
    with path.open("a", encoding="utf-8") as file:
        file.write(json.dumps({"t": T0 + 2 * M, "event": "participant_feedback"}) + "\n")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["format"] == 2 and lines[1]["format"] == 2
    assert [line["event"] for line in lines[2:5]] == [
        "step_started",
        "session_paused",
        "step_paused",
    ]
    log = read_log(path)
    assert log.format == 2
    rebuilt = replay(agenda, log)
    assert rebuilt.warnings == [
        f"Line {len(lines)} of the session log: an event “participant_feedback” this version "
        "does not know; skipped."
    ]
    assert rebuilt.pauses[0] == [(T0 + M, None)]


def test_an_event_that_does_not_fit_the_run_is_reported_with_its_line() -> None:
    log = decode_all(
        [
            {"t": T0, "event": "run_started", "agenda": "a", "title": "T", "hash": "",
             "steps": 6, "index": 0},
            {"t": T0 + M, "event": "step_changed", "from": 0, "to": 9},
        ]
    )  # fmt: skip
    (warning,) = replay(make_agenda(), log).warnings
    assert warning.startswith("Line 2 of the session log: the event “step_changed” does not fit")


@event("test_wall_note_added")
@dataclass(frozen=True)
class NoteAdded(Event):
    """A test area's event: a note on the wall (registered like any other)."""

    text: str
    group: int = field(default=0, metadata={"low": 0})


class Wall:
    """A test area's pure model, following a replay beside the session."""

    def __init__(self) -> None:
        self.notes: list[tuple[int, str]] = []
        self.pages = 0

    def handlers(self) -> Handlers:
        return Handlers().on(NoteAdded, self._added).on(PageChanged, self._paged)

    def _added(self, entry: Logged[NoteAdded]) -> None:
        self.notes.append((entry.event.group, entry.event.text))

    def _paged(self, entry: Logged[PageChanged]) -> None:
        self.pages += 1


def test_another_model_follows_the_replay_with_its_own_events() -> None:
    agenda = make_agenda()
    records: list[Event] = [
        opening(agenda, speed=1.0, rehearsal=False, boot=None),
        NoteAdded("Wie zijn wij?", group=2),
        PageChanged(0, 0, 1),
    ]
    lines = [encode(r, T0 + i, WALL) for i, r in enumerate(records)]
    log = decode_all(json.loads(json.dumps(lines)))
    assert log.warnings == []
    wall = Wall()
    rebuilt = replay(agenda, log, followers=[wall])
    assert wall.notes == [(2, "Wie zijn wij?")] and wall.pages == 1
    assert rebuilt.warnings == [] and isinstance(rebuilt.last_event, PageChanged)


def test_a_follower_s_misfit_is_reported_and_replay_goes_on() -> None:
    class Strict:
        def handlers(self) -> Handlers:
            def refuse(entry: Logged[SessionPaused]) -> None:
                raise ValueError("no pauses in this area")

            return Handlers().on(SessionPaused, refuse)

    agenda = make_agenda()
    entries: list[dict[str, Any]] = []

    class Memory(Journal):
        def __init__(self) -> None:
            self.error = None

        def write(self, event: Event, now: int, wall: datetime) -> None:
            entries.append(encode(event, now, wall))

    run = SessionRun(agenda, journal=Memory(), wall=lambda: WALL)
    run.start(T0)
    run.pause(T0 + M)
    run.resume(T0 + 2 * M)
    rebuilt = replay(agenda, decode_all(entries), followers=[Strict()])
    (warning,) = rebuilt.warnings
    assert "“session_paused” does not fit the run (no pauses in this area)" in warning
    assert rebuilt.pauses[0] == [(T0 + M, T0 + 2 * M)]  # the session's own handler still ran


def test_a_log_finds_the_agenda_from_its_start_when_its_first_line_is_lost() -> None:
    log = decode_all(
        [{"t": 1, "event": "run_started", "agenda": "/a.yaml", "title": "T", "hash": "h",
          "steps": 2, "index": 0, "format": 2}]
    )  # fmt: skip
    assert log.opened is None and log.agenda_path == "/a.yaml" and log.format == 2
    assert Log().agenda_path is None and Log().format == 1


def test_the_events_and_the_command_line_load_neither_the_session_nor_pydantic() -> None:
    # `facilitator --version` and `--help` read ResumeHow; they must stay quick (issue 14).
    script = (
        "import sys, facilitator.cli, facilitator.engine.events; "
        "heavy = [m for m in ('pydantic', 'facilitator.engine.session', 'yaml') "
        "if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
