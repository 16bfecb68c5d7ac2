"""Which model of the agenda format describes each place of a file (pure).

The editor adds fields where the format's own order puts them (a step's
``min_minutes`` after its ``minutes``), so that a file written by the app reads
like the examples in the format's documentation. That order is the models'.
"""

from __future__ import annotations

from pydantic import BaseModel

from facilitator.agenda.errors import Loc
from facilitator.agenda.model import (
    CardItem,
    CardsItem,
    Checklist,
    Deal,
    DocumentItem,
    Figure,
    Fragment,
    Handout,
    HandoutItem,
    Library,
    Phase,
    ProjectorOptions,
    PromptItem,
    QuestionItem,
    QuestionsItem,
    Reference,
    Section,
    SectionItem,
    Session,
    Step,
    TextItem,
    Timing,
    TitleItem,
    Turns,
)

#: Each kind of projected item by the field that names it, in the format's order.
ITEM_MODELS: dict[str, type[BaseModel]] = {
    "title": TitleItem,
    "question": QuestionItem,
    "questions": QuestionsItem,
    "document": DocumentItem,
    "card": CardItem,
    "cards": CardsItem,
    "handout": HandoutItem,
    "prompt": PromptItem,
    "section": SectionItem,
    "text": TextItem,
}

# A field of a model that holds another model (or a list of them).
_CHILDREN: dict[type[BaseModel], dict[str, type[BaseModel]]] = {
    Session: {
        "timing": Timing,
        "projector": ProjectorOptions,
        "handouts": Handout,
        "sections": Section,
        "steps": Step,
    },
    Library: {"checklists": Checklist, "sections": Section, "references": Reference},
    Step: {"timing": Timing, "deal": Deal, "turns": Turns},
    Handout: {"documents": Fragment, "cards": Fragment},
    Section: {"figures": Figure, "phases": Phase},
}


def item_kind(item: object) -> str | None:
    """The kind of a projected item (its first known field), or None."""
    if isinstance(item, dict):
        return next((key for key in ITEM_MODELS if key in item), None)
    return None


def _entry(node: object, index: str | int) -> object:
    if isinstance(node, list) and isinstance(index, int) and 0 <= index < len(node):
        return node[index]
    return None


def model_at(root_kind: str, loc: Loc, data: object) -> type[BaseModel] | None:
    """The model of the fields at ``loc`` in a file of ``root_kind`` ('session', 'library')."""
    model: type[BaseModel] | None = Library if root_kind == "library" else Session
    node = data
    index = 0
    while index < len(loc) and model is not None:
        key = loc[index]
        node = node.get(key) if isinstance(node, dict) and isinstance(key, str) else None
        if model is Step and key == "project":
            if index + 1 >= len(loc):
                return None
            item = _entry(node, loc[index + 1])
            kind = item_kind(item)
            model = ITEM_MODELS.get(kind) if kind else None
            node = item
            index += 2
            continue
        child = _CHILDREN.get(model, {}).get(str(key))
        if child is None:
            return None
        model = child
        index += 1
        if index < len(loc) and isinstance(loc[index], int):  # an entry of a list of models
            node = _entry(node, loc[index])
            index += 1
    return model


def field_order(root_kind: str, loc: Loc, data: object) -> list[str]:
    """The fields of the model at ``loc`` in the format's order ([] when unknown)."""
    model = model_at(root_kind, loc, data)
    return list(model.model_fields) if model is not None else []


def position_for(keys: list[str], key: str, order: list[str]) -> int:
    """Where ``key`` goes among ``keys`` (a mapping's fields) to keep the format's order."""
    if key not in order:
        return len(keys)
    rank = order.index(key)
    position = 0
    for index, existing in enumerate(keys):
        if existing in order and order.index(existing) < rank:
            position = index + 1
    return position
