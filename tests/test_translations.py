"""Every text the trainer reads is in the Dutch and the English catalogue, and they are current.

How to add a text (also in docs/translating.md): write it in English as
``translate("Context", "Your sentence with {placeholders}.")`` (from
``facilitator.i18n``), then

    python -m facilitator.i18n.update          # the .ts files take the new text
    # translate it in facilitator/i18n/facilitator_nl.ts (the <translation>
    # of your <source>; or: pyside6-linguist facilitator/i18n/facilitator_nl.ts)
    python -m facilitator.i18n.update          # compiles the .qm files

and commit the changed .ts and .qm files with your code.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator.i18n import LANGUAGES, catalogue
from facilitator.i18n.update import fill_source_language, lrelease, lupdate
from tests.i18n_scan import marked_messages, unwrapped_literals, unwrapped_problems

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "facilitator"

HOW_TO = (
    "\n\nTo add or change a text: write it as translate('Context', 'English text') "
    "(facilitator.i18n), run `python -m facilitator.i18n.update`, translate the new "
    "message in facilitator/i18n/facilitator_nl.ts (Qt Linguist: `pyside6-linguist "
    "facilitator/i18n/facilitator_nl.ts`, or any text editor), run the update again and "
    "commit the .ts and .qm files. See docs/translating.md."
)

Message = tuple[str, str, str, str]  # context, source, comment, translation


def messages(ts: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, comment) → translation ("" when unfinished) of a catalogue."""
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = (translation.text or "") if done and translation is not None else ""
    return found


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The catalogues as ``python -m facilitator.i18n.update`` would make them from the code."""
    folder = tmp_path_factory.mktemp("i18n")
    copies = {}
    for code in LANGUAGES:
        copy = folder / catalogue(code, ".ts").name
        shutil.copy(catalogue(code, ".ts"), copy)
        copies[code] = copy
    lupdate(list(copies.values()))
    fill_source_language(copies["en"])
    return copies


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_catalogues_hold_exactly_the_texts_of_the_code(
    code: str, updated: dict[str, Path]
) -> None:
    committed = messages(catalogue(code, ".ts"))
    current = messages(updated[code])
    new = sorted(set(current) - set(committed))
    gone = sorted(set(committed) - set(current))
    assert not new and not gone, (
        f"{catalogue(code, '.ts').name} is not up to date with the code:\n"
        + "".join(f"  new in the code: {c}: {s!r}\n" for c, s, _ in new)
        + "".join(f"  no longer in the code: {c}: {s!r}\n" for c, s, _ in gone)
        + HOW_TO
    )


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_text_is_translated(code: str) -> None:
    missing = [key for key, text in messages(catalogue(code, ".ts")).items() if not text.strip()]
    assert not missing, (
        f"not translated in {catalogue(code, '.ts').name}:\n"
        + "".join(f"  {context}: {source!r}\n" for context, source, _ in missing)
        + HOW_TO
    )


def _shape(text: str) -> tuple[list[str], list[str], int, int]:
    """What a translation must keep: placeholders, markup tags, mnemonics and line breaks."""
    placeholders = sorted(re.findall(r"\{[^{}]*\}|%\d", text))
    tags = sorted(re.findall(r"</?\w+", text))
    mnemonics = len(re.findall(r"(?<!&)&(?!&)\w", text))
    return placeholders, tags, mnemonics, text.count("\n")


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_translations_keep_placeholders_markup_and_mnemonics(code: str) -> None:
    broken = [
        f"  {context}: {source!r} → {text!r}\n"
        for (context, source, _), text in messages(catalogue(code, ".ts")).items()
        if text and _shape(source) != _shape(text)
    ]
    assert not broken, (
        "these translations lose or add a {placeholder}, an HTML tag, the & of a menu "
        "key or a line break:\n" + "".join(broken)
    )


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_compiled_catalogues_match_their_sources(code: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"{code}.qm"
    lrelease(catalogue(code, ".ts"), compiled)
    assert catalogue(code).read_bytes() == compiled.read_bytes(), (
        f"{catalogue(code).name} is older than {catalogue(code, '.ts').name}: "
        "run `python -m facilitator.i18n.update` and commit the .qm file"
    )


def test_lupdate_finds_every_marked_text_and_every_marker_is_readable() -> None:
    found, unreadable = marked_messages(PACKAGE, ROOT)
    assert not unreadable, "lupdate cannot read these:\n" + "".join(
        f"  {f.where}: {f.what}\n" for f in unreadable
    )
    extracted = set(messages(catalogue("nl", ".ts")))
    lost = [m for m in found if (m.context, m.text, m.disambiguation or "") not in extracted]
    assert not lost, (
        "these texts are marked in the code but not in the catalogue (lupdate did not "
        "read them, or the catalogue is old):\n"
        + "".join(f"  {m.where}: {m.context}: {m.text!r}\n" for m in lost)
        + HOW_TO
    )


def test_no_english_words_go_to_a_widget_untranslated() -> None:
    findings = unwrapped_literals(PACKAGE / "ui", ROOT)
    assert not findings, (
        "these texts reach the screen without translate():\n"
        + "".join(f"  {f.where}: {f.what}\n" for f in findings)
        + HOW_TO
    )


# The check's problems (issue 12): every message the loader, the rules and the editor's
# import word for the trainer, and the modules whose functions word them.
PROBLEM_MODULES = [
    *sorted(p for p in (PACKAGE / "agenda").glob("*.py") if p.name != "check.py"),
    *(PACKAGE / "editing" / name for name in ("csv_import.py", "validation.py", "document.py")),
    *(PACKAGE / "editing" / name for name in ("rt_yaml.py", "writer.py", "create.py")),
]
WORDING_MODULES = [
    PACKAGE / "agenda" / name
    for name in ("errors.py", "messages.py", "rules.py", "yaml_source.py", "load.py")
]


def test_every_problem_the_check_finds_is_worded_through_translate() -> None:
    """A new kind of problem cannot reach the trainer without its translation: its words go
    through translate() with literals, which the catalogue tests then hold to Dutch.
    (``facilitator check`` itself, agenda/check.py, speaks English on purpose.)"""
    findings = unwrapped_problems(PROBLEM_MODULES, WORDING_MODULES, ROOT)
    assert not findings, (
        "these problems are worded without translate():\n"
        + "".join(f"  {f.where}: {f.what}\n" for f in findings)
        + HOW_TO
    )


def test_every_error_type_of_the_models_has_its_own_words() -> None:
    """Pydantic's own English never shows: each custom error type of the models is worded
    in agenda/messages.py (else a trainer would read the generic "not a value this field
    accepts")."""
    import ast

    from facilitator.agenda.messages import _CUSTOM

    tree = ast.parse((PACKAGE / "agenda" / "model.py").read_text(encoding="utf-8"))
    raised = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "PydanticCustomError"
        and isinstance(node.args[0], ast.Constant)
    }
    assert raised and raised - {"group_size"} <= set(_CUSTOM), raised - set(_CUSTOM)
