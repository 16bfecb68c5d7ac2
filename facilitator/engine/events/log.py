"""A journal read back as records: the events in order, and what was wrong with its lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar, cast

from facilitator.engine.events.core import Event, Logged, decode
from facilitator.engine.events.run import RunOpened, RunStarted

E = TypeVar("E", bound=Event)


@dataclass
class Log:
    """The events of one journal, decoded, in the order written; and the warnings reading gave."""

    entries: list[Logged[Event]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def first(self, kind: type[E]) -> Logged[E] | None:
        """The first event of class ``kind``, if there is one."""
        for entry in self.entries:
            if isinstance(entry.event, kind):
                return cast(Logged[E], entry)
        return None

    def all(self, kind: type[E]) -> list[Logged[E]]:
        """Every event of class ``kind``, in order."""
        return [cast(Logged[E], e) for e in self.entries if isinstance(e.event, kind)]

    @property
    def opened(self) -> RunOpened | None:
        """The run's ``run_opened`` record: mode, speed, agenda, plan, boot."""
        found = self.first(RunOpened)
        return found.event if found is not None else None

    @property
    def started(self) -> RunStarted | None:
        """The run's ``run_started`` record, which names the agenda again."""
        found = self.first(RunStarted)
        return found.event if found is not None else None

    @property
    def format(self) -> int:
        """The journal format the run was written in (1 when no line says)."""
        opened, started = self.opened, self.started
        if opened is not None:
            return opened.format
        return started.format if started is not None else 1

    @property
    def agenda_path(self) -> str | None:
        """The agenda file the run was of: from its first line, else from its start."""
        for record in (self.opened, self.started):
            if record is not None and record.agenda:
                return record.agenda
        return None

    @property
    def last_t(self) -> int | None:
        """The latest instant recorded."""
        return max((e.t for e in self.entries), default=None)

    def without(self, kind: type[Event]) -> Log:
        """The same log without the events of class ``kind`` (tests: a line lost)."""
        return Log([e for e in self.entries if not isinstance(e.event, kind)], list(self.warnings))


def decode_lines(lines: Iterable[tuple[int, Mapping[str, object]]]) -> Log:
    """Decode numbered parsed lines; a line that is no event becomes a warning."""
    log = Log()
    for number, line in lines:
        decoded = decode(line, number)
        log.warnings.extend(decoded.warnings)
        if decoded.logged is not None:
            log.entries.append(decoded.logged)
    return log


def decode_all(lines: Iterable[Mapping[str, object]]) -> Log:
    """Decode parsed lines numbered from 1 (lines held in memory, as tests write them)."""
    return decode_lines(enumerate(lines, start=1))
