"""A loaded agenda: one session with the library texts it uses, references resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # The models or their plain forms (agenda/plain.py): an agenda from the cache
    # loads no pydantic before the first paint (issue 14).
    from facilitator.agenda.model import (
        Checklist,
        Fragment,
        Handout,
        Library,
        Reference,
        Section,
        Session,
        Step,
    )


@dataclass(frozen=True)
class Agenda:
    """A validated session and its libraries; every reference in it resolves."""

    path: Path
    session: Session
    libraries: tuple[Library, ...] = ()
    content_hash: str = ""
    _sections: dict[str, Section] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for library in self.libraries:
            for section in library.sections:
                self._sections.setdefault(section.id, section)
        # The session's own sections win over a library's of the same id.
        for section in self.session.sections:
            self._sections[section.id] = section

    @property
    def title(self) -> str:
        """The session's title."""
        return self.session.title

    @property
    def steps(self) -> list[Step]:
        """The session's steps in order."""
        return self.session.steps

    @property
    def total_minutes(self) -> float:
        """The sum of the steps' minutes."""
        return sum(step.minutes for step in self.session.steps)

    def handout(self, handout_id: str) -> Handout | None:
        """The hand-out with this id, or None."""
        return next((h for h in self.session.handouts if h.id == handout_id), None)

    def fragment(self, ref: str) -> tuple[Handout, Fragment] | None:
        """The hand-out and document or card that ``'<hand-out>/<fragment>'`` names."""
        handout_id, _, fragment_id = ref.partition("/")
        handout = self.handout(handout_id)
        if handout is None:
            return None
        for fragment in (*handout.documents, *handout.cards):
            if fragment.id == fragment_id:
                return handout, fragment
        return None

    def section(self, section_id: str) -> Section | None:
        """The section with this id, from the session or its libraries."""
        return self._sections.get(section_id)

    @property
    def sections(self) -> list[Section]:
        """Every section reachable from this session: libraries' first, then its own."""
        return list(self._sections.values())

    @property
    def checklists(self) -> list[Checklist]:
        """The checklists of every library the session uses."""
        return [c for library in self.libraries for c in library.checklists]

    @property
    def references(self) -> list[Reference]:
        """The references of every library the session uses."""
        return [r for library in self.libraries for r in library.references]

    @property
    def description(self) -> str:
        """The descriptions of the libraries, in Markdown (the bundle's introduction)."""
        return "\n\n".join(lib.description for lib in self.libraries if lib.description)
