"""An agenda whose every text looks like HTML or Markdown it is not: for the text-is-text tests.

Each plain-text field holds ``PLAIN`` after its own name (``«step-1.title»``),
each Markdown field ``MARKDOWN``; :func:`shown_plain` and :func:`shown_markdown`
say what the room, the console and the paper must show of each. Qt took
``<jouw naam>`` for an HTML tag and dropped it with everything after it.
"""

from __future__ import annotations

import json
from pathlib import Path

# In a plain field every character is text: tags, entities, Markdown marks.
PLAIN = "Schrijf <jouw naam> op, *niet* <b>vet</b> &amp; 1 < 2 > 0"
# In a Markdown field, raw HTML is text; the Markdown marks mean what they say.
MARKDOWN = "Schrijf <jouw naam> op en <b>vet</b> blijft &lt;zo&gt;: **echt vet**"


def shown_plain(name: str) -> str:
    """What a plain field called ``name`` must show: exactly what it holds."""
    return f"«{name}» {PLAIN}"


def shown_markdown(name: str) -> str:
    """What a Markdown field called ``name`` must show (its Markdown rendered)."""
    return f"«{name}» Schrijf <jouw naam> op en <b>vet</b> blijft <zo>: echt vet"


def plain(name: str) -> str:
    """The value of a plain field: its name and the hostile text."""
    return json.dumps(shown_plain(name), ensure_ascii=False)


def markdown(name: str) -> str:
    """The value of a Markdown field: its name and the hostile Markdown."""
    return json.dumps(f"«{name}» {MARKDOWN}", ensure_ascii=False)


PLAIN_FIELDS = [
    "session.title",
    "session.subtitle",
    "step-1.title",
    "step-1.material",
    "step-1.item-title",
    "step-1.item-subtitle",
    "step-1.question",
    "step-1.questions-heading",
    "step-1.questions-1",
    "step-1.questions-2",
    "step-2.title",
    "step-2.prompt",
    "step-2.example",
    "step-2.text-heading",
    "handout.title",
    "handout.question",
    "document.title",
    "card.title",
    "section.title",
    "section.subtitle",
    "figure.label",
    "phase.title",
    "checklist.title",
    "checklist.item",
    "reference.text",
]
MARKDOWN_FIELDS = [
    "step-1.instructions",
    "step-2.text",
    "handout.instructions",
    "handout.note",
    "document.text",
    "card.text",
    "section.body",
    "section.closing",
    "phase.text",
    "phase.example",
    "library.description",
]


def write_hostile_agenda(folder: Path) -> Path:
    """A session file (and its library) with every text hostile; returns the session's path."""
    p, m = plain, markdown
    session = f"""\
format: 1
title: {p("session.title")}
subtitle: {p("session.subtitle")}
language: nl
duration: 30
library: [gedeeld.yaml]
handouts:
  - id: blad
    title: {p("handout.title")}
    instructions: {m("handout.instructions")}
    note: {m("handout.note")}
    questions:
      - {p("handout.question")}
    documents:
      - id: doc
        title: {p("document.title")}
        text: {m("document.text")}
    cards:
      - id: kaart
        title: {p("card.title")}
        text: {m("card.text")}
steps:
  - id: een
    title: {p("step-1.title")}
    minutes: 10
    instructions: {m("step-1.instructions")}
    materials:
      - {p("step-1.material")}
    project:
      - title: {p("step-1.item-title")}
        subtitle: {p("step-1.item-subtitle")}
      - question: {p("step-1.question")}
      - heading: {p("step-1.questions-heading")}
        questions:
          - {p("step-1.questions-1")}
          - {p("step-1.questions-2")}
  - id: twee
    title: {p("step-2.title")}
    minutes: 10
    project:
      - prompt: {p("step-2.prompt")}
        examples:
          - {p("step-2.example")}
      - text: {m("step-2.text")}
        heading: {p("step-2.text-heading")}
      - handout: blad
      - document: blad/doc
      - cards: [blad/kaart]
  - id: drie
    title: Sectie
    minutes: 10
    project:
      - section: sjabloon
"""
    library = f"""\
format: 1
kind: library
title: Gedeeld
description: {m("library.description")}
checklists:
  - id: lijst
    title: {p("checklist.title")}
    items:
      - {p("checklist.item")}
references:
  - text: {p("reference.text")}
    url: https://example.org/bron
sections:
  - id: sjabloon
    title: {p("section.title")}
    subtitle: {p("section.subtitle")}
    body: {m("section.body")}
    figures:
      - value: "<42>"
        label: {p("figure.label")}
    phases:
      - title: {p("phase.title")}
        text: {m("phase.text")}
        example: {m("phase.example")}
    closing: {m("section.closing")}
"""
    path = folder / "sessie.yaml"
    path.write_text(session, encoding="utf-8")
    (folder / "gedeeld.yaml").write_text(library, encoding="utf-8")
    return path


def missing(shown: str, fields: list[str], plain_fields: bool) -> list[str]:
    """The fields of ``fields`` whose text ``shown`` (whitespace folded) lacks."""
    folded = " ".join(shown.split())
    want = shown_plain if plain_fields else shown_markdown
    return [name for name in fields if " ".join(want(name).split()) not in folded]
