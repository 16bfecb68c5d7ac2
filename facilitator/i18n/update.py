"""Bring the translations up to date with the code: ``python -m facilitator.i18n.update``.

1. ``pyside6-lupdate`` reads every module of the package and updates
   ``facilitator_nl.ts`` and ``facilitator_en.ts``: a new or changed English
   text comes in as *unfinished*, a text no longer in the code goes.
2. English is the source language: a new English message gets its own text
   as its translation (change it in ``facilitator_en.ts`` to reword the
   English interface without touching the code).
3. ``pyside6-lrelease`` compiles both into the ``.qm`` files the app loads.

Then translate what is unfinished in ``facilitator_nl.ts`` (Qt Linguist:
``pyside6-linguist facilitator/i18n/facilitator_nl.ts``, or any text editor)
and run this again. ``tests/test_translations.py`` fails until every message
is translated and the ``.qm`` files match their ``.ts``.

The ``.ts`` files are written without line numbers (``-locations none``), so
that moving code does not change them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from facilitator.i18n import LANGUAGES, SOURCE_LANGUAGE, catalogue, catalogues_dir

PACKAGE = catalogues_dir().parent


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every Python module of the package, in a stable order."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``), beside this Python or on the PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: it comes with PySide6 (pip install PySide6)")
    return found


def lupdate(ts_files: Sequence[Path], package: Path = PACKAGE) -> None:
    """Update ``ts_files`` from the package's sources (no line numbers, nothing obsolete)."""
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                language,
                "-source-language",
                SOURCE_LANGUAGE,
                *[str(p) for p in sources(package)],
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )


def fill_source_language(ts: Path) -> int:
    """Give every unfinished message of the English catalogue its own text; how many."""
    tree: ET.ElementTree[ET.Element] = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = source
            del translation.attrib["type"]
            filled += 1
    if filled:
        write_ts(tree, ts)
    return filled


def write_ts(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    """Write a ``.ts`` tree as lupdate does (its DOCTYPE line kept)."""
    root = tree.getroot()
    assert root is not None
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (unfinished messages are left out: English shows)."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` not translated yet."""
    tree = ET.parse(ts)
    found = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            found.append(message.findtext("source") or "")
    return found


def update(folder: Path | None = None, package: Path = PACKAGE) -> dict[str, list[str]]:
    """Run the three steps on every language; the unfinished texts, by language."""
    if folder is None:
        folder = catalogues_dir()
    paths = {code: folder / catalogue(code, ".ts").name for code in LANGUAGES}
    lupdate(list(paths.values()), package)
    if fill_source_language(paths[SOURCE_LANGUAGE]):
        lupdate([paths[SOURCE_LANGUAGE]], package)  # back in lupdate's own layout
    left = {}
    for code, ts in paths.items():
        lrelease(ts, ts.with_suffix(".qm"))
        left[code] = unfinished(ts)
    return left


def main() -> int:
    """Update and compile the catalogues; list what is left to translate."""
    left = update()
    for code, texts in left.items():
        for text in texts:
            print(f"{catalogue(code, '.ts').name}: not translated yet: {text}")
    todo = sum(len(texts) for texts in left.values())
    print("All messages translated." if not todo else f"{todo} message(s) to translate.")
    return 0 if not todo else 1


if __name__ == "__main__":
    sys.exit(main())
