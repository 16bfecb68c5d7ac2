"""The editor's changes, as edits: add, duplicate, remove and move parts; fix; rename (pure).

Each function looks at the workspace as it is and returns the :class:`Edit` to
apply (the Qt side pushes it on its undo stack); none changes anything itself.
New content (a step's title, "Kaart E") is written in the session's own
language, since the room reads it; the interface's words are the views'.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime
from typing import Any

from facilitator.agenda.errors import Loc
from facilitator.editing.edits import (
    Compound,
    Edit,
    InsertEntry,
    MoveEntry,
    RemoveEntry,
    SetField,
    Target,
)
from facilitator.editing.plan import plan_of
from facilitator.editing.saving import slug
from facilitator.editing.shape import ITEM_MODELS, item_kind
from facilitator.editing.workspace import SESSION, Workspace
from facilitator.i18n import translate

# New content, in the session's language.
_WORDS = {
    "nl": {
        "step": "Nieuwe stap",
        "copy": "{title} (kopie)",
        "card": "Kaart",
        "document": "Document",
        "handout": "Nieuwe hand-out",
        "section": "Nieuwe sectie",
        "question": "Nieuwe vraag?",
        "prompt": "Ik zal ...",
        "text": "Tekst",
        "phase": "Nieuwe fase",
        "checklist": "Nieuwe checklist",
        "check": "Iets om te doen",
    },
    "en": {
        "step": "New step",
        "copy": "{title} (copy)",
        "card": "Card",
        "document": "Document",
        "handout": "New hand-out",
        "section": "New section",
        "question": "New question?",
        "prompt": "I will ...",
        "text": "Text",
        "phase": "New phase",
        "checklist": "New checklist",
        "check": "Something to do",
    },
}

#: Item kinds that name a part of the session (a hand-out, a document, a card, a section).
REFERENCE_KINDS = ("document", "card", "cards", "handout", "section")


def words(workspace: Workspace) -> dict[str, str]:
    """New content's words in the session's language (English for one not known)."""
    language = workspace.session.get(("language",), "nl")
    code = language.split("-")[0] if isinstance(language, str) else "nl"
    return _WORDS.get(code, _WORDS["en"])


def _list(workspace: Workspace, doc: str, loc: Loc) -> list[Any]:
    value = workspace.document(doc).get(loc)
    return value if isinstance(value, list) else []


def _ids(entries: list[Any]) -> set[str]:
    return {str(e["id"]) for e in entries if isinstance(e, dict) and "id" in e}


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` ... whichever is not taken (at most 64 characters)."""
    base = base[:58].strip("-") or "item"
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


# --- steps ---------------------------------------------------------------------------


def add_step(workspace: Workspace, index: int) -> Edit:
    """A new five-minute step at ``index``."""
    steps = _list(workspace, SESSION, ("steps",))
    title = words(workspace)["step"]
    step = {"id": unique_id(slug(title, "step"), _ids(steps)), "title": title, "minutes": 5}
    return InsertEntry(SESSION, ("steps",), index, step, translate("Editor", "Add a step"))


def duplicate_step(workspace: Workspace, index: int) -> Edit:
    """A copy of step ``index`` right after it, with an id of its own."""
    steps = _list(workspace, SESSION, ("steps",))
    step = copy.deepcopy(steps[index])
    if isinstance(step.get("title"), str):
        step["title"] = words(workspace)["copy"].format(title=step["title"])
    step["id"] = unique_id(str(step.get("id", "step")), _ids(steps))
    return InsertEntry(
        SESSION, ("steps",), index + 1, step, translate("Editor", "Duplicate the step")
    )


def remove_step(workspace: Workspace, index: int) -> Edit:
    """Remove step ``index``."""
    return RemoveEntry(SESSION, ("steps",), index, translate("Editor", "Remove the step"))


def move_step(workspace: Workspace, source: int, target: int) -> Edit:
    """Move step ``source`` to ``target``."""
    return MoveEntry(SESSION, ("steps",), source, target, translate("Editor", "Move the step"))


def fix_duration(workspace: Workspace) -> Edit:
    """Set the declared duration to the steps' total: the one-click fix."""
    plan = plan_of(workspace.session.data, datetime(2000, 1, 1))
    return SetField(
        SESSION,
        ("duration",),
        plan.fixed_duration,
        translate("Editor", "Set the duration to the steps' total"),
        (),
    )


# --- projected items --------------------------------------------------------------------


def new_item(workspace: Workspace, kind: str, step_title: str = "") -> dict[str, Any]:
    """A new projected item of ``kind``, filled so that it shows something at once."""
    said = words(workspace)
    handouts = [h for h in _list(workspace, SESSION, ("handouts",)) if isinstance(h, dict)]
    fragments = [
        (str(h.get("id")), kind_key, str(f.get("id")))
        for h in handouts
        for kind_key in ("documents", "cards")
        for f in h.get(kind_key) or []
        if isinstance(f, dict)
    ]
    documents = [f"{h}/{f}" for h, k, f in fragments if k == "documents"]
    cards = [f"{h}/{f}" for h, k, f in fragments if k == "cards"]
    sections = [
        str(s.get("id"))
        for key in workspace.keys
        for s in _list(workspace, key, ("sections",))
        if isinstance(s, dict)
    ]
    made: dict[str, dict[str, Any]] = {
        "title": {"title": step_title or workspace.session.get(("title",), said["text"])},
        "question": {"question": said["question"]},
        "questions": {"questions": [said["question"]]},
        "document": {"document": documents[0] if documents else ""},
        "card": {"card": cards[0] if cards else ""},
        "cards": {"cards": cards[:2]},
        "handout": {"handout": str(handouts[0].get("id")) if handouts else ""},
        "prompt": {"prompt": said["prompt"]},
        "section": {"section": sections[0] if sections else ""},
        "text": {"text": said["text"]},
    }
    if kind not in made:
        raise KeyError(f"no projected item of kind {kind!r}")
    return made[kind]


def add_item(workspace: Workspace, step: int, kind: str, index: int | None = None) -> Edit:
    """A new item of ``kind`` in step ``step``'s projected items (at the end by default)."""
    loc: Loc = ("steps", step, "project")
    items = _list(workspace, SESSION, loc)
    title = workspace.session.get(("steps", step, "title"), "")
    item = new_item(workspace, kind, title if isinstance(title, str) else "")
    at = len(items) if index is None else index
    return InsertEntry(SESSION, loc, at, item, translate("Editor", "Add a projected item"))


def duplicate_item(workspace: Workspace, step: int, index: int) -> Edit:
    """A copy of a projected item right after it."""
    loc: Loc = ("steps", step, "project")
    item = copy.deepcopy(_list(workspace, SESSION, loc)[index])
    return InsertEntry(
        SESSION, loc, index + 1, item, translate("Editor", "Duplicate the projected item")
    )


def remove_item(workspace: Workspace, step: int, index: int) -> Edit:
    """Remove a projected item."""
    return RemoveEntry(
        SESSION, ("steps", step, "project"), index, translate("Editor", "Remove the projected item")
    )


def move_item(workspace: Workspace, step: int, source: int, target: int) -> Edit:
    """Move a projected item within its step."""
    return MoveEntry(
        SESSION,
        ("steps", step, "project"),
        source,
        target,
        translate("Editor", "Move the projected item"),
    )


def item_kinds() -> list[str]:
    """Every kind of projected item, in the format's order."""
    return list(ITEM_MODELS)


def kind_of(workspace: Workspace, step: int, index: int) -> str | None:
    """The kind of projected item ``index`` of step ``step``."""
    return item_kind(workspace.session.get(("steps", step, "project", index)))


# --- hand-outs, documents and cards ---------------------------------------------------------

_LETTER = re.compile(r"^(?P<stem>.*?)(?P<sep>[-\s])(?P<letter>[a-zA-Z])$")


def _next_letter(values: list[str]) -> str | None:
    """The letter after the last of 'Kaart A', 'Kaart B' ... ('C'), or None without letters."""
    letters = [
        m.group("letter").upper() for v in values if (m := _LETTER.match(v.split(" –")[0].strip()))
    ]
    if not letters:
        return None
    last = max(letters)
    return chr(ord(last) + 1) if last < "Z" else None


def add_handout(workspace: Workspace) -> Edit:
    """A new hand-out at the end of the session's hand-outs."""
    handouts = _list(workspace, SESSION, ("handouts",))
    title = words(workspace)["handout"]
    number = len(handouts) + 1
    handout = {"id": unique_id(f"hand-out-{number}", _ids(handouts)), "title": title}
    return InsertEntry(
        SESSION, ("handouts",), len(handouts), handout, translate("Editor", "Add a hand-out")
    )


def remove_handout(workspace: Workspace, index: int) -> Edit:
    """Remove a hand-out (items that project it are then reported by the check)."""
    return RemoveEntry(SESSION, ("handouts",), index, translate("Editor", "Remove the hand-out"))


def add_fragment(workspace: Workspace, handout: int, kind: str) -> Edit:
    """A new document or card (``kind``: documents, cards) at the end of a hand-out's list.

    It follows the others' naming: after "Kaart D – ..." (id ``kaart-d``) comes
    "Kaart E" (id ``kaart-e``).
    """
    loc: Loc = ("handouts", handout, kind)
    existing = [f for f in _list(workspace, SESSION, loc) if isinstance(f, dict)]
    siblings = [
        f
        for other in ("documents", "cards")
        for f in _list(workspace, SESSION, ("handouts", handout, other))
        if isinstance(f, dict)
    ]
    said = words(workspace)
    word = said["card"] if kind == "cards" else said["document"]
    letter = _next_letter([str(f.get("title", "")) for f in existing])
    if letter is None and not existing:
        letter = "A"
    title = f"{word} {letter}" if letter else f"{word} {len(existing) + 1}"
    fragment = {"id": unique_id(slug(title, "part"), _ids(siblings)), "title": title, "text": ""}
    text = (
        translate("Editor", "Add a card")
        if kind == "cards"
        else translate("Editor", "Add a document")
    )
    return InsertEntry(SESSION, loc, len(existing), fragment, text)


def duplicate_fragment(workspace: Workspace, handout: int, kind: str, index: int) -> Edit:
    """A copy of a document or card right after it, with an id of its own."""
    loc: Loc = ("handouts", handout, kind)
    entries = _list(workspace, SESSION, loc)
    siblings = [
        f
        for other in ("documents", "cards")
        for f in _list(workspace, SESSION, ("handouts", handout, other))
        if isinstance(f, dict)
    ]
    fragment = copy.deepcopy(entries[index])
    fragment["id"] = unique_id(str(fragment.get("id", "part")), _ids(siblings))
    if isinstance(fragment.get("title"), str):
        fragment["title"] = words(workspace)["copy"].format(title=fragment["title"])
    text = (
        translate("Editor", "Duplicate the card")
        if kind == "cards"
        else translate("Editor", "Duplicate the document")
    )
    return InsertEntry(SESSION, loc, index + 1, fragment, text)


def remove_fragment(workspace: Workspace, handout: int, kind: str, index: int) -> Edit:
    """Remove a document or card."""
    text = (
        translate("Editor", "Remove the card")
        if kind == "cards"
        else translate("Editor", "Remove the document")
    )
    return RemoveEntry(
        SESSION, ("handouts", handout, kind), index, text, ("handouts", handout, kind, index)
    )


def move_fragment(workspace: Workspace, handout: int, kind: str, source: int, target: int) -> Edit:
    """Move a document or card within its hand-out."""
    text = (
        translate("Editor", "Move the card")
        if kind == "cards"
        else translate("Editor", "Move the document")
    )
    return MoveEntry(SESSION, ("handouts", handout, kind), source, target, text)


# --- sections and checklists ---------------------------------------------------------------


def add_section(workspace: Workspace, doc: str) -> Edit:
    """A new section at the end of the session's (or a library file's) sections."""
    sections = [
        s
        for key in workspace.keys
        for s in _list(workspace, key, ("sections",))
        if isinstance(s, dict)
    ]
    title = words(workspace)["section"]
    own = _list(workspace, doc, ("sections",))
    section = {"id": unique_id(slug(title, "section"), _ids(sections)), "title": title, "body": ""}
    return InsertEntry(doc, ("sections",), len(own), section, translate("Editor", "Add a section"))


def remove_section(workspace: Workspace, doc: str, index: int) -> Edit:
    """Remove a section."""
    return RemoveEntry(doc, ("sections",), index, translate("Editor", "Remove the section"))


def move_section(workspace: Workspace, doc: str, source: int, target: int) -> Edit:
    """Move a section within its file."""
    return MoveEntry(doc, ("sections",), source, target, translate("Editor", "Move the section"))


def add_phase(workspace: Workspace, doc: str, section: int) -> Edit:
    """A new phase at the end of a section's phases (a template)."""
    loc: Loc = ("sections", section, "phases")
    phase = {"title": words(workspace)["phase"], "text": ""}
    return InsertEntry(
        doc, loc, len(_list(workspace, doc, loc)), phase, translate("Editor", "Add a phase")
    )


def add_figure(workspace: Workspace, doc: str, section: int) -> Edit:
    """A new key figure at the end of a section's figures."""
    loc: Loc = ("sections", section, "figures")
    figure = {"value": "1", "label": words(workspace)["text"]}
    return InsertEntry(
        doc, loc, len(_list(workspace, doc, loc)), figure, translate("Editor", "Add a figure")
    )


def add_checklist(workspace: Workspace, doc: str) -> Edit:
    """A new checklist at the end of a library file's checklists."""
    said = words(workspace)
    checklists = [
        c
        for key in workspace.keys
        for c in _list(workspace, key, ("checklists",))
        if isinstance(c, dict)
    ]
    own = _list(workspace, doc, ("checklists",))
    checklist = {
        "id": unique_id(slug(said["checklist"], "checklist"), _ids(checklists)),
        "title": said["checklist"],
        "items": [said["check"]],
    }
    return InsertEntry(
        doc, ("checklists",), len(own), checklist, translate("Editor", "Add a checklist")
    )


def remove_entry(doc: str, loc: Loc, index: int, text: str) -> Edit:
    """Remove entry ``index`` of any list (a phase, a figure, a checklist)."""
    return RemoveEntry(doc, loc, index, text)


def set_trainer_part(workspace: Workspace, doc: str, section: int, heading: str, on: bool) -> Edit:
    """Mark the part under ``heading`` of a section as the trainer's own (``on``), or the room's."""
    loc: Loc = ("sections", section, "trainer_only")
    current = [h for h in _list(workspace, doc, loc) if isinstance(h, str)]
    key = " ".join(heading.split()).casefold()
    kept = [h for h in current if " ".join(h.split()).casefold() != key]
    value = [*kept, heading] if on else kept
    text = (
        translate("Editor", "Keep the part for the trainer")
        if on
        else translate("Editor", "Show the part to the room")
    )
    return SetField(doc, loc, value or None, text, ("sections", section))


# --- ids and what names them -----------------------------------------------------------------


def rename_fragment(workspace: Workspace, handout: int, kind: str, index: int, new_id: str) -> Edit:
    """Give a document or card a new id, and every item that projects it the new name."""
    data = workspace.session.data
    handout_id = workspace.session.get(("handouts", handout, "id"))
    old_id = workspace.session.get(("handouts", handout, kind, index, "id"))
    parts: list[Edit] = [
        SetField(
            SESSION,
            ("handouts", handout, kind, index, "id"),
            new_id,
            translate("Editor", "Change the id"),
        )
    ]
    old_ref, new_ref = f"{handout_id}/{old_id}", f"{handout_id}/{new_id}"
    for s, step in enumerate(data.get("steps") or []):
        for i, item in enumerate(step.get("project") or [] if isinstance(step, dict) else []):
            if not isinstance(item, dict):
                continue
            for key in ("document", "card"):
                if item.get(key) == old_ref:
                    parts.append(SetField(SESSION, ("steps", s, "project", i, key), new_ref, ""))
            cards = item.get("cards")
            if isinstance(cards, list) and old_ref in cards:
                renamed = [new_ref if c == old_ref else c for c in cards]
                parts.append(SetField(SESSION, ("steps", s, "project", i, "cards"), renamed, ""))
    return Compound(
        parts,
        translate("Editor", "Change the id"),
        Target(SESSION, ("handouts", handout, kind, index)),
    )


def rename_handout(workspace: Workspace, handout: int, new_id: str) -> Edit:
    """Give a hand-out a new id, and every item and deal that names it the new name."""
    data = workspace.session.data
    old_id = workspace.session.get(("handouts", handout, "id"))
    parts: list[Edit] = [
        SetField(SESSION, ("handouts", handout, "id"), new_id, translate("Editor", "Change the id"))
    ]
    prefix = f"{old_id}/"

    def renamed(ref: object) -> object:
        return (
            f"{new_id}/{ref[len(prefix) :]}"
            if isinstance(ref, str) and ref.startswith(prefix)
            else ref
        )

    for s, step in enumerate(data.get("steps") or []):
        if not isinstance(step, dict):
            continue
        deal = step.get("deal")
        if isinstance(deal, dict) and deal.get("handout") == old_id:
            parts.append(SetField(SESSION, ("steps", s, "deal", "handout"), new_id, ""))
        for i, item in enumerate(step.get("project") or []):
            if not isinstance(item, dict):
                continue
            if item.get("handout") == old_id:
                parts.append(SetField(SESSION, ("steps", s, "project", i, "handout"), new_id, ""))
            for key in ("document", "card"):
                if renamed(item.get(key)) != item.get(key):
                    parts.append(
                        SetField(SESSION, ("steps", s, "project", i, key), renamed(item[key]), "")
                    )
            cards = item.get("cards")
            if isinstance(cards, list) and any(renamed(c) != c for c in cards):
                parts.append(
                    SetField(
                        SESSION,
                        ("steps", s, "project", i, "cards"),
                        [renamed(c) for c in cards],
                        "",
                    )
                )
    return Compound(
        parts, translate("Editor", "Change the id"), Target(SESSION, ("handouts", handout))
    )


def rename_section(workspace: Workspace, doc: str, index: int, new_id: str) -> Edit:
    """Give a section a new id, and every item that projects it the new name."""
    data = workspace.session.data
    old_id = workspace.document(doc).get(("sections", index, "id"))
    parts: list[Edit] = [
        SetField(doc, ("sections", index, "id"), new_id, translate("Editor", "Change the id"))
    ]
    for s, step in enumerate(data.get("steps") or []):
        for i, item in enumerate(step.get("project") or [] if isinstance(step, dict) else []):
            if isinstance(item, dict) and item.get("section") == old_id:
                parts.append(SetField(SESSION, ("steps", s, "project", i, "section"), new_id, ""))
    return Compound(parts, translate("Editor", "Change the id"), Target(doc, ("sections", index)))
