"""PySide's import hook answers as before but keeps no module's source lines (issue 14)."""

from __future__ import annotations

import importlib.util
import linecache
import sys
from pathlib import Path
from types import ModuleType

import pytest

import facilitator.ui  # noqa: F401 (replaces the hook's check)
from facilitator.ui.pyside_import_hook import (
    HOOK_FUNCTION,
    HOOK_MODULE,
    read_sources_once,
    source_names_pyside,
)


def module_at(path: Path, text: str) -> ModuleType:
    """A module object for the file ``path`` holding ``text`` (not executed)."""
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    return module


def pyside_check() -> object:
    """PySide's own check, as the hook held it before facilitator.ui replaced it."""
    check = getattr(sys.modules[HOOK_MODULE], HOOK_FUNCTION)
    cells = [cell.cell_contents for cell in check.__closure__ or ()]
    originals = [c for c in cells if callable(c)]
    assert len(originals) == 1, "the hook's check is not facilitator's"
    return originals[0]


def test_a_file_that_names_pyside_says_so(tmp_path: Path) -> None:
    uses = module_at(tmp_path / "uses_qt.py", "from PySide6.QtCore import QObject\n")
    plain = module_at(tmp_path / "plain.py", "import json\n")
    assert source_names_pyside(uses) is True
    assert source_names_pyside(plain) is False


def test_no_file_no_features_and_no_py_file_asks_pyside(tmp_path: Path) -> None:
    gone = module_at(tmp_path / "gone.py", "PySide6\n")
    (tmp_path / "gone.py").unlink()
    assert source_names_pyside(gone) is False
    asked: list[ModuleType] = []
    assert source_names_pyside(sys, lambda m: asked.append(m) or True) is True
    assert asked == [sys]


def test_the_interface_replaces_pyside_s_check_once() -> None:
    assert read_sources_once() is True  # already replaced by importing facilitator.ui
    assert read_sources_once() is True
    pyside_check()  # one level deep: not wrapped twice


@pytest.mark.parametrize(
    "text", ["from PySide6.QtWidgets import QWidget\n", "import json\n", "# PySide6 named\n"]
)
def test_a_module_imported_later_gets_pyside_s_answer_and_no_lines_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    name = f"hooked_{abs(hash(text))}"
    (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    feature = sys.modules[HOOK_MODULE]
    try:
        module = __import__(name)  # the statement import, which PySide hooks
        expected = 0 if pyside_check()(module) else -1  # type: ignore[operator]
        linecache.clearcache()  # PySide's check above reads the lines: this test's only
        assert feature.pyside_feature_dict[name] == expected
        del sys.modules[name]
        feature.pyside_feature_dict.pop(name, None)
        __import__(name)
        assert feature.pyside_feature_dict[name] == expected
        assert str(tmp_path / f"{name}.py") not in linecache.cache
    finally:
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)
