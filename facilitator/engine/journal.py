"""The session journal's file: one JSON object per line, each line flushed and fsynced.

A line looks like ``{"t": 123, "wall": "2025-03-01T09:00:00+01:00",
"event": "step_started", ...}`` where ``t`` is the monotonic instant in ns.
What a line holds is defined in :mod:`facilitator.engine.events`: writers
give :meth:`Journal.write` an event record, readers get records back from
:func:`read_log`. Writing never raises to the caller: a running workshop
must not stop because the disk is full. Lines that could not be written are
kept in memory and written on the next attempt.

Each line is handed to the operating system as it is written, so a crash of
the app loses none. Its fsync (the disk itself: a power cut) is done at once,
or, given ``sync_later``, a moment later by the owner's :meth:`Journal.sync`:
the app's controller syncs after the command's frame is painted, as a fsync
took 1-2 ms of a command on a laptop's disk, and more on a USB stick.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.engine import events as records  # loaded when first written or read
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

_ERROR = QT_TRANSLATE_NOOP(
    "Journal",
    "Could not write the session log ({reason}); the session goes on and nothing is "
    "lost yet: {count} entries are kept in memory and will be written as soon as possible.",
)


class Journal:
    """An append-only JSON Lines log that survives write failures without raising."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.error: str | None = None
        self._pending = bytearray()  # encoded lines not yet handed to the OS
        self._fd: int | None = None
        self._unsynced = False
        self._first_open = True
        # Called when a line has been handed to the OS but not fsynced; the caller then
        # calls sync() soon (None: each write fsyncs at once).
        self.sync_later: Callable[[], None] | None = None
        self._open()

    @property
    def pending(self) -> int:
        """How many entries are kept in memory because they could not be written yet."""
        return self._pending.count(b"\n")

    def write(self, event: records.Event, now: int, wall: datetime) -> None:
        """Append ``event`` at monotonic instant ``now`` and wall time ``wall``."""
        # default=str: a value of an unexpected type is written as text, never raises.
        line = json.dumps(records.encode(event, now, wall), ensure_ascii=False, default=str) + "\n"
        self._pending += line.encode("utf-8")
        later = self.sync_later
        self._flush(sync=later is None)
        if later is not None and self._unsynced:
            later()

    @property
    def unsynced(self) -> bool:
        """Whether lines are with the OS but not yet fsynced (see ``sync_later``)."""
        return self._unsynced

    def sync(self) -> None:
        """Write what is kept and fsync what is not synced yet."""
        self._flush()

    def close(self) -> None:
        """Try once more to write what is kept, then close the file."""
        self._flush()
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    def _open(self) -> bool:
        """Open the file for appending if it is not open yet; False if that failed."""
        if self._fd is not None:
            return True
        fd: int | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Only before our first line: later the file may end in a line of
            # ours that a failed write cut short, and we will finish it.
            cut_off = self._first_open and _ends_without_newline(self.path)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            if cut_off:
                # A crash cut the last line: end it, so that ours stay whole.
                os.write(fd, b"\n")
        except OSError as exc:
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._fail(exc)
            return False
        self._fd = fd
        self._first_open = False
        return True

    def _flush(self, sync: bool = True) -> None:
        """Hand the kept lines to the OS and (``sync``) fsync; on failure keep the rest
        for later."""
        if not self._open():
            return
        assert self._fd is not None
        try:
            while self._pending:
                # os.write may write part of the buffer; drop exactly that part,
                # so a retry neither repeats nor loses a byte.
                written = os.write(self._fd, self._pending)
                del self._pending[:written]
                self._unsynced = True
            if sync and self._unsynced:
                os.fsync(self._fd)
                self._unsynced = False
        except OSError as exc:
            self._fail(exc)
            # Reopen next time: the file may have been on a disk that went away.
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
            return
        self.error = None

    def _fail(self, exc: OSError) -> None:
        reason = "disk full?" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc)).lower()
        self.error = translate_marked("Journal", _ERROR).format(reason=reason, count=self.pending)


def _ends_without_newline(path: Path) -> bool:
    """Whether ``path`` exists, is not empty and its last byte is not a line end."""
    try:
        with path.open("rb") as file:
            file.seek(0, os.SEEK_END)
            if file.tell() == 0:
                return False
            file.seek(-1, os.SEEK_END)
            return file.read(1) != b"\n"
    except FileNotFoundError:
        return False


@dataclass
class JournalRead:
    """The lines read back from a journal as parsed JSON, and what was wrong with the file.

    The raw lines, for tests and diagnostics; everything else reads records
    (:func:`read_log`).
    """

    events: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # each event's line in the file

    def log(self) -> records.Log:
        """The lines decoded into event records; the file's warnings come first."""
        log = records.decode_lines(zip(self.numbers, self.events, strict=True))
        log.warnings[:0] = self.warnings
        return log


def read_log(path: str | os.PathLike[str]) -> records.Log:
    """Read a journal as event records; what is wrong with it becomes warnings, never raised.

    A file that cannot be read at all gives an empty log with a warning.
    """
    try:
        return read_journal(path).log()
    except OSError as error:
        reason = error.strerror or str(error)
        unreadable = translate("Journal", "The session log could not be read: {reason}.")
        return records.Log(warnings=[unreadable.format(reason=reason)])


def read_journal(path: str | os.PathLike[str]) -> JournalRead:
    """Read a journal's lines; damaged lines are skipped with a warning, never raised.

    A last line without a line end was cut off by a crash: it is dropped
    unless it is a complete entry. A damaged line elsewhere is skipped and its
    line number named.
    """
    result = JournalRead()
    data = Path(path).read_bytes()
    lines = data.split(b"\n")
    cut_off = lines.pop()  # b"" when the file ends with a line end
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        entry = _parse(raw)
        if entry is None:
            result.warnings.append(
                translate(
                    "Journal", "Line {number} of the session log is damaged and was skipped."
                ).format(number=number)
            )
        else:
            result.events.append(entry)
            result.numbers.append(number)
    if cut_off.strip():
        entry = _parse(cut_off)
        if entry is None:
            result.warnings.append(
                translate(
                    "Journal",
                    "The last line ({number}) of the session log was cut off "
                    "(probably by a crash) and was skipped.",
                ).format(number=len(lines) + 1)
            )
        else:
            result.events.append(entry)
            result.numbers.append(len(lines) + 1)
    return result


def _parse(raw: bytes) -> dict[str, Any] | None:
    """One journal entry, or None when the line is not a whole entry."""
    try:
        entry = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(entry, dict) or not isinstance(entry.get("event"), str):
        return None
    return entry
