"""Broken agendas, one for each kind of problem ``facilitator check`` finds (for the tests of
their words in both languages).

Each case is a session file's text (and its library's), written into a folder by
:func:`write_case`; loading it raises an :class:`~facilitator.agenda.errors.AgendaError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.agenda.test_load import LIBRARY, SESSION, changed


@dataclass(frozen=True)
class Case:
    """A broken session (``text``) and its library file (None: the valid one)."""

    name: str
    text: str | bytes
    library: str | None = None
    more: tuple[tuple[str, str], ...] = ()  # other files beside them: name, text


def _step(extra: str) -> str:
    """The session with ``extra`` lines added to its first step."""
    return changed("    minutes: 10\n", "    minutes: 10\n" + extra)


def _last(extra: str) -> str:
    """The session with ``extra`` lines added to its last step (which projects nothing)."""
    return changed("    minutes: 5\n", "    minutes: 5\n" + extra)


CASES = (
    # Reading the file: bytes, YAML and its limits.
    Case("not UTF-8", SESSION.encode("utf-8").replace(b"Welkom", b"W\xe9lkom")),
    Case("UTF-16", b"\xff\xfe" + SESSION.encode("utf-16-le")),
    Case("binary", SESSION.encode("utf-8") + b"\x00"),
    Case("empty", ""),
    Case("a list", "- format: 1\n"),
    Case("text", "just text\n"),
    Case("a tab", changed("    minutes: 10\n", "\tminutes: 10\n")),
    Case("no colon", changed("title: Proefsessie\n", "title Proefsessie\nstill: x\n  more\n")),
    Case("a colon too many", changed("title: Proefsessie\n", "title: a: b\n")),
    Case("two documents", SESSION + "---\nformat: 1\n"),
    Case("an open quote", changed("title: Proefsessie\n", 'title: "Proefsessie\n')),
    Case("anchors", changed("title: Proefsessie\n", "title: &t Proefsessie\nsubtitle: *t\n")),
    Case("a tag", changed("title: Proefsessie\n", "title: !!binary aGVsbG8=\n")),
    Case("a field twice", changed("title: Proefsessie\n", "title: Proefsessie\ntitle: Nog eens\n")),
    Case("a merge key", changed("    minutes: 10\n", "    minutes: 10\n    <<: {x: 1}\n")),
    Case("a bad number tag", changed("duration: 30\n", "duration: !!int dertig\n")),
    Case("too large", b"#" * 1_000_001),
    Case("nested too deep", "a: " + "[" * 60 + "]" * 60 + "\n"),
    Case("a control character", changed("title: Proefsessie\n", "title: Proef\x07sessie\n")),
    # The models: fields and values.
    Case("format missing", changed("format: 1\n", "")),
    Case("title missing", changed("title: Proefsessie\n", "")),
    Case("unknown field", changed("duration: 30\n", "duration: 30\ntitel: Proef\n")),
    Case("unknown field, no guess", changed("duration: 30\n", "duration: 30\nxyzzy: 1\n")),
    Case("format 2", changed("format: 1\n", "format: 2\n")),
    Case("kind", changed("format: 1\n", "format: 1\nkind: sesion\n")),
    Case("minutes as text", changed("    minutes: 10\n", "    minutes: tien\n")),
    Case("minutes with a comma", changed("    minutes: 10\n", "    minutes: '7,5'\n")),
    Case("minutes zero", changed("    minutes: 10\n", "    minutes: 0\n")),
    Case("minutes too many", changed("duration: 30\n", "duration: 3000\n")),
    Case("title yes", changed("title: Proefsessie\n", "title: yes\n")),
    Case("title a number", changed("title: Proefsessie\n", "title: 2025\n")),
    Case("title empty", changed("title: Proefsessie\n", "title:\n")),
    Case("title a list", changed("title: Proefsessie\n", "title: [a, b]\n")),
    Case("title empty text", changed("title: Proefsessie\n", "title: ''\n")),
    Case("steps empty", changed("title: Proefsessie\n", "title: Proefsessie\nobjectives:\n")),
    Case("steps a number", changed("title: Proefsessie\n", "title: Proefsessie\nobjectives: 3\n")),
    Case("timing a number", changed("duration: 30\n", "duration: 30\ntiming: 5\n")),
    Case("no steps", SESSION.split("steps:\n")[0] + "steps: []\n"),
    Case("a bad id", changed("  - id: welkom\n", "  - id: Welkom Allemaal\n")),
    Case("a bad reference", changed("document: hand-out-1/document-a", "document: document-a")),
    Case("a bad language", changed("duration: 30\n", "duration: 30\nlanguage: Nederlands\n")),
    Case("five cards", _last("    project:\n      - cards: [a/b, a/c, a/d, a/e, a/f]\n")),
    Case("an unknown item", _last("    project:\n      - vraag: Wat?\n")),
    Case("an item of nothing", _last("    project:\n      - {}\n")),
    Case("turn order", _step("    groups: 3-5\n    turns:\n      order: random\n")),
    # The room's fields.
    Case("groups yes", _step("    groups: yes\n")),
    Case("groups 2.5", _step("    groups: 2.5\n")),
    Case("groups a list", _step("    groups: [3]\n")),
    Case("groups duos", _step("    groups: duos\n")),
    Case("groups nonsense", _step("    groups: many\n")),
    Case("groups backwards", _step("    groups: 5-3\n")),
    Case("groups from 1", _step("    groups: 1-3\n")),
    Case("groups of 40", _step("    groups: 3-40\n")),
    Case("a group of 1", _step("    groups: 1\n")),
    Case("a group of 31", _step("    groups: 31\n")),
    Case("deal nothing", _step("    groups: 3-5\n    deal:\n      handout: hand-out-1\n")),
    Case(
        "deal 50", _step("    groups: 3-5\n    deal:\n      handout: hand-out-1\n      cards: 50\n")
    ),
    Case("turns maybe", _step("    groups: 3-5\n    turns: maybe\n")),
    Case("same first", _step("    groups: same\n")),
    Case("deal without groups", _step("    deal:\n      handout: hand-out-1\n      cards: 1\n")),
    Case("turns without groups", _step("    turns: yes\n")),
    Case("a long turn", _step("    groups: 3-5\n    turns:\n      minutes: 20\n")),
    Case(
        "deal from nowhere",
        _step("    groups: 3-5\n    deal:\n      handout: geen\n      cards: 1\n"),
    ),
    Case(
        "deal 2 of 1",
        _step("    groups: 3-5\n    deal:\n      handout: hand-out-1\n      cards: 2\n"),
    ),
    Case(
        "deal 2 documents of 1",
        _step("    groups: 3-5\n    deal:\n      handout: hand-out-1\n      documents: 2\n"),
    ),
    # The rules across values.
    Case("duration", changed("duration: 30\n", "duration: 45\n")),
    Case("a step id twice", changed("  - id: afsluiting\n", "  - id: welkom\n")),
    Case("a card id twice", changed("      - id: kaart-a\n", "      - id: document-a\n")),
    Case("min minutes", _step("    min_minutes: 12\n")),
    Case(
        "danger before warning",
        changed("duration: 30\n", "duration: 30\ntiming:\n  warning: 2\n  danger: 3\n"),
    ),
    Case("a step's warning", _step("    timing:\n      warning: 10\n")),
    Case("a session's warning", changed("duration: 30\n", "duration: 30\ntiming:\n  warning: 7\n")),
    Case("a step's danger", _step("    timing:\n      danger: 3\n")),
    Case("no hand-out", changed("      - handout: hand-out-1\n", "      - handout: hand-out-2\n")),
    Case("no card", changed("card: hand-out-1/kaart-a", "card: hand-out-1/kaart-b")),
    Case("no section", changed("section: casestudy", "section: casusstudie")),
    Case("no section anywhere", changed("section: casestudy", "section: xyzzy")),
    # Library files.
    Case("library missing", changed("library: [gedeeld.yaml]", "library: [weg.yaml]")),
    Case(
        "library twice", changed("library: [gedeeld.yaml]", "library: [gedeeld.yaml, gedeeld.yaml]")
    ),
    Case("not a library", changed("library: [gedeeld.yaml]", "library: [sessie.yaml]")),
    Case(
        "a trainer-only heading",
        SESSION,
        LIBRARY.replace(
            "    title: Casestudy\n",
            "    title: Casestudy\n    body: '# Inleiding'\n"
            "    trainer_only: [Inleding, Slot, Slot]\n",
        ),
    ),
    Case(
        "a section without headings",
        SESSION,
        LIBRARY.replace(
            "    title: Casestudy\n", "    title: Casestudy\n    trainer_only: [Slot]\n"
        ),
    ),
    Case(
        "a library's own problem",
        SESSION,
        LIBRARY.replace("title: Gedeeld\n", "title: Gedeeld\ntitel: Gedeeld\n"),
    ),
    Case(
        "an id in two library files",
        changed("library: [gedeeld.yaml]", "library: [gedeeld.yaml, ander.yaml]"),
        more=(("ander.yaml", LIBRARY.replace("id: voor", "id: na")),),
    ),
    Case(
        "a checklist id twice",
        SESSION,
        LIBRARY.replace(
            "checklists:\n", "checklists:\n  - id: voor\n    title: Twee\n    items: [x]\n"
        ),
    ),
)


def write_case(folder: Path, case: Case) -> Path:
    """Write ``case`` into ``folder`` (the session and its library file); the session's path."""
    library = case.library if case.library is not None else LIBRARY
    (folder / "gedeeld.yaml").write_text(library, encoding="utf-8")
    for name, text in case.more:
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "sessie.yaml"
    if isinstance(case.text, bytes):
        path.write_bytes(case.text)
    else:
        path.write_text(case.text, encoding="utf-8")
    return path
