"""Which page of the editor shows a place of a document, and how places are named."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.agenda.errors import Loc
from facilitator.editing.edits import Target
from facilitator.editing.workspace import SESSION


@dataclass(frozen=True)
class Page:
    """A page of the editor: its kind and the place it shows."""

    kind: str  # session, step, item, handout, fragment, section, library, checklist
    doc: str
    loc: Loc


def page_for(target: Target) -> Page:
    """The page that shows ``target`` (a field's place shows the part that holds it)."""
    doc, loc = target.doc, target.loc
    for length in range(len(loc), -1, -1):
        head = loc[:length]
        kind = _kind(doc, head)
        if kind is not None:
            return Page(kind, doc, head)
    return Page("session" if doc == SESSION else "library", doc, ())


def _kind(doc: str, loc: Loc) -> str | None:
    shape = tuple(type(part).__name__ if isinstance(part, int) else part for part in loc)
    if doc == SESSION:
        kinds = {
            (): "session",
            ("steps", "int"): "step",
            ("steps", "int", "project", "int"): "item",
            ("handouts", "int"): "handout",
            ("handouts", "int", "documents", "int"): "fragment",
            ("handouts", "int", "cards", "int"): "fragment",
            ("sections", "int"): "section",
        }
    else:
        kinds = {
            (): "library",
            ("sections", "int"): "section",
            ("checklists", "int"): "checklist",
        }
    return kinds.get(shape)
