"""Any damage to a journal: `facilitator report` and `runs` explain, the start-up offer copes.

A journal is mutated the ways a disk, a crash or a curious hand damage it
(lines lost, cut off, duplicated, swapped; a field's value of the wrong
kind or out of range; a field gone; garbage bytes): the report commands
return 0 or 1 with words, never an exception (which the command line
would print as a traceback), and finding a run to resume never raises.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.agenda.load import load_agenda
from facilitator.recovery import find_recovery
from facilitator.reports.commands import report_command, runs_command
from tests.fuzzing import fuzz
from tests.reports.test_damaged_journals import AGENDA, LAST_WALL, crashed_run

ODD_VALUES = [
    10**40,
    -(10**40),
    2**63,
    -1,
    0,
    1e308,
    1e-300,
    float("nan"),
    float("inf"),
    "",
    "x" * 300,
    None,
    True,
    [],
    {},
    [1, 2],
    {"a": 1},
]

mutation = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, 20)),
    st.tuples(st.just("cut"), st.integers(0, 20), st.integers(0, 400)),
    st.tuples(st.just("twice"), st.integers(0, 20)),
    st.tuples(st.just("swap"), st.integers(0, 20), st.integers(0, 20)),
    st.tuples(
        st.just("value"), st.integers(0, 20), st.integers(0, 30), st.sampled_from(ODD_VALUES)
    ),
    st.tuples(st.just("unset"), st.integers(0, 20), st.integers(0, 30)),
    st.tuples(st.just("garbage"), st.integers(0, 20), st.binary(max_size=40)),
)


def mutate(lines: list[dict[str, Any]], changes: list[tuple[Any, ...]]) -> bytes:
    """The journal's bytes after ``changes``, applied in order."""
    records: list[dict[str, Any] | bytes] = [dict(line) for line in lines]
    for change in changes:
        kind, at = change[0], change[1] % (len(records) or 1)
        if not records:
            break
        record = records[at]
        if kind == "drop":
            del records[at]
        elif kind == "twice":
            records.insert(at, record)
        elif kind == "swap":
            other = change[2] % len(records)
            records[at], records[other] = records[other], record
        elif kind == "garbage":
            records.insert(at, change[2])
        elif isinstance(record, dict) and record and kind in ("value", "unset"):
            # A record whose every field is gone already has none left to change.
            keys = sorted(record)
            key = keys[change[2] % len(keys)]
            record = dict(record)
            if kind == "value":
                record[key] = change[3]
            else:
                del record[key]
            records[at] = record
        elif kind == "cut":
            text = record if isinstance(record, bytes) else json.dumps(record).encode()
            records[at] = text[: change[2] % (len(text) + 1)]
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records
    )


@pytest.fixture(scope="module")
def agenda(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agenda") / "kort.yaml"
    path.write_text(AGENDA, encoding="utf-8")
    load_agenda(path)
    return path


@fuzz(150)  # FACILITATOR_FUZZ=long: many more
@given(changes=st.lists(mutation, min_size=1, max_size=4))
def test_a_damaged_journal_is_explained_never_a_traceback(
    agenda: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    changes: list[tuple[Any, ...]],
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(data))
    runs = data / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    for old in runs.iterdir():
        old.unlink()
    (runs / "20250301-090000-kort.jsonl").write_bytes(mutate(crashed_run(agenda), changes))
    out = io.StringIO()
    assert runs_command([], out) == 0
    assert report_command(["latest", "--format", "md"], out) in (0, 1)
    assert report_command(["latest", "--format", "json"], out) in (0, 1)
    found = find_recovery(runs, LAST_WALL, load_agenda)
    if found is not None:
        assert isinstance(found.path, Path)
