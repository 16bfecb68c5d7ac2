"""What the projector would show of the part being edited, even mid-edit (pure).

The slides are made by :func:`facilitator.agenda.slides.slide_for`, the
projector's own description of every item kind, against an agenda built
leniently from the documents' plain data: every hand-out, document, card and
section that is valid on its own is in it, whatever is wrong elsewhere in the
file, so the preview follows the trainer's typing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import (
    CardItem,
    DocumentItem,
    Fragment,
    Handout,
    HandoutItem,
    Library,
    ProjectItem,
    Section,
    SectionItem,
    Session,
)
from facilitator.agenda.slides import Slide, slide_for
from facilitator.editing.workspace import SESSION, Workspace
from facilitator.i18n import translate

_ITEM: TypeAdapter[Any] = TypeAdapter(ProjectItem)
M = TypeVar("M", bound=BaseModel)


class NoPreview(ValueError):
    """The part cannot be shown yet; the message says what it lacks."""


def _valid(model: type[M], raw: Any) -> M | None:
    try:
        return model.model_validate(raw)
    except ValidationError:
        return None


def _entries(raw: Any, key: str) -> list[Any]:
    value = raw.get(key) if isinstance(raw, dict) else None
    return value if isinstance(value, list) else []


def _handout(raw: Any) -> Handout | None:
    """A hand-out as valid as it can be: its valid documents and cards, even if others are not."""
    whole = _valid(Handout, raw)
    if whole is not None or not isinstance(raw, dict):
        return whole
    fields = {key: raw[key] for key in ("instructions", "note", "questions") if key in raw}
    base = _valid(Handout, {"id": raw.get("id"), "title": raw.get("title"), **fields})
    if base is None:
        base = _valid(Handout, {"id": raw.get("id"), "title": raw.get("title") or "?"})
    if base is None:
        return None
    documents = [f for f in (_valid(Fragment, d) for d in _entries(raw, "documents")) if f]
    cards = [f for f in (_valid(Fragment, c) for c in _entries(raw, "cards")) if f]
    return base.model_copy(update={"documents": documents, "cards": cards})


def _sections(raw: Any) -> list[Section]:
    return [s for s in (_valid(Section, r) for r in _entries(raw, "sections")) if s]


def preview_agenda(workspace: Workspace) -> Agenda:
    """The session's hand-outs and sections (and its libraries'), each valid part kept."""
    data = workspace.session.data
    handouts = [h for h in (_handout(raw) for raw in _entries(data, "handouts")) if h]
    language = data.get("language")
    session = Session.model_construct(
        format=1,
        title=str(data.get("title") or ""),
        duration=1,
        language=language if isinstance(language, str) else "nl",
        handouts=handouts,
        sections=_sections(data),
        steps=[],
        library=[],
    )
    libraries = tuple(
        Library.model_construct(
            format=1, kind="library", title="", sections=_sections(doc.data), checklists=[]
        )
        for doc in workspace.libraries.values()
    )
    return Agenda(path=workspace.path, session=session, libraries=libraries)


def item_slide(workspace: Workspace, raw: Any) -> Slide:
    """The slide of a projected item given as plain data; NoPreview says what is wrong."""
    try:
        item = _ITEM.validate_python(raw)
    except ValidationError:
        raise NoPreview(
            translate("Editor", "This item is not complete yet: fill in its fields.")
        ) from None
    agenda = preview_agenda(workspace)
    slide = slide_for(agenda, item)
    if slide.label.startswith("missing: "):
        raise NoPreview(
            translate(
                "Editor",
                "This item names something that does not exist (yet): choose it from the list.",
            )
        )
    return slide


def fragment_slide(workspace: Workspace, handout_index: int, kind: str, index: int) -> Slide:
    """A hand-out's document or card as the projector shows it (``kind``: documents, cards)."""
    data = workspace.session.data
    handouts = _entries(data, "handouts")
    raw = handouts[handout_index] if 0 <= handout_index < len(handouts) else None
    fragments = _entries(raw, kind)
    fragment = fragments[index] if 0 <= index < len(fragments) else None
    if not isinstance(raw, dict) or not isinstance(fragment, dict):
        raise NoPreview(translate("Editor", "There is nothing to show here."))
    ref = f"{raw.get('id')}/{fragment.get('id')}"
    item: DocumentItem | CardItem
    try:
        item = DocumentItem(document=ref) if kind == "documents" else CardItem(card=ref)
    except ValidationError:
        raise NoPreview(
            translate("Editor", "Give the hand-out and this part an id first.")
        ) from None
    return item_slide(workspace, item.model_dump())


def handout_slide(workspace: Workspace, handout_index: int) -> Slide:
    """A hand-out's instructions, note and questions, as projected with ``handout:``."""
    handouts = _entries(workspace.session.data, "handouts")
    raw = handouts[handout_index] if 0 <= handout_index < len(handouts) else None
    if not isinstance(raw, dict):
        raise NoPreview(translate("Editor", "There is nothing to show here."))
    try:
        item = HandoutItem(handout=str(raw.get("id")))
    except ValidationError:
        raise NoPreview(translate("Editor", "Give the hand-out an id first.")) from None
    return item_slide(workspace, item.model_dump())


def section_slide(workspace: Workspace, doc: str, index: int) -> Slide:
    """A section of the session or of a library file, as projected with ``section:``."""
    sections = _entries(workspace.document(doc).data, "sections")
    raw = sections[index] if 0 <= index < len(sections) else None
    section = _valid(Section, raw)
    if section is None:
        raise NoPreview(
            translate("Editor", "This section is not complete yet: it needs an id and a title.")
        )
    if doc == SESSION:
        return item_slide(workspace, SectionItem(section=section.id).model_dump())
    # A library's section may share its id with one of the session's; show this one.
    agenda = Agenda(
        path=Path(workspace.path),
        session=Session.model_construct(
            format=1, title="", duration=1, handouts=[], sections=[], steps=[]
        ),
        libraries=(
            Library.model_construct(
                format=1, kind="library", title="", sections=[section], checklists=[]
            ),
        ),
    )
    return slide_for(agenda, SectionItem(section=section.id))
