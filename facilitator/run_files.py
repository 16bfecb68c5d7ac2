"""The runs folder's files, without reading them as runs: light enough for start-up (pure).

One journal per run (``<start>-<agenda>.jsonl``). Reading a run (replaying
it, reporting on it) is :mod:`facilitator.reports.runs`'s; this module only
names the files and, for start-up, tells from the last lines of the latest
journals whether any of them can have stopped unexpectedly, so that a start
after runs that all ended on purpose loads no replay at all.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

SUFFIX = ".jsonl"
# As many of the latest runs as reports.runs.find_crashed looks at.
LATEST = 5
# The last events of a run that cannot be resumed: abandoned on purpose (declined,
# another session opened) or finished. Not ``app_closed``: the app writes it only
# when quit under way, and such a run is offered (Replay.closed_under_way).
# Heartbeats say nothing.
ENDED = frozenset({"run_abandoned", "run_finished"})
SILENT = frozenset({"heartbeat"})
TAIL_BYTES = 16_384


def new_run_path(folder: Path, agenda_stem: str, when: datetime) -> Path:
    """A journal path for a new run that no other run uses (created empty, exclusively)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{when:%Y%m%d-%H%M%S}-{agenda_stem}"
    for number in range(1, 1000):
        path = folder / (stem + (f"-{number}" if number > 1 else "") + SUFFIX)
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError:
            continue
        return path
    raise OSError(f"too many runs named {stem} in {folder}")


def journal_paths(folder: Path) -> list[Path]:
    """Every journal file in ``folder``, oldest name first (names start with the time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file())


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def latest_journals(folder: Path, count: int = LATEST) -> list[Path]:
    """The ``count`` journals written to last, the latest first."""
    return sorted(journal_paths(folder), key=_mtime, reverse=True)[:count]


def last_event(path: Path) -> str | None:
    """The name of the journal's last event that is not a heartbeat; None when unsure.

    Unsure: unreadable, empty, or a last line that is cut off or damaged (the
    crash may have happened while writing it).
    """
    try:
        with path.open("rb") as stream:
            size = stream.seek(0, os.SEEK_END)
            stream.seek(max(0, size - TAIL_BYTES))
            tail = stream.read()
    except OSError:
        return None
    lines = tail.split(b"\n")
    if size > TAIL_BYTES:
        lines = lines[1:]  # the first may be the end of a line only
    for line in reversed(lines):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            return None
        name = record.get("event") if isinstance(record, dict) else None
        if not isinstance(name, str):
            return None
        if name not in SILENT:
            return name
    return None


def may_have_crashed(folder: Path) -> bool:
    """False only when each of the latest journals was abandoned or finished.

    True means :func:`facilitator.recovery.find_recovery` must look properly.
    """
    return any(last_event(path) not in ENDED for path in latest_journals(folder))
