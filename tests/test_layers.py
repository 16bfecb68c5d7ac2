"""Qt lives in ``facilitator/ui/`` only: checked on every module of the tree, found by walking it.

Two checks over every module under ``facilitator/`` outside ``facilitator/ui/``
(a module added tomorrow is covered without touching this file):

- it imports in a fresh interpreter where PySide6, shiboken6, qtawesome and
  qtpy cannot be imported, and leaves none of them loaded;
- its source imports nothing of ``facilitator.ui`` at module level (read with
  the AST). An import inside a function is allowed: that is how the pure
  commands reach the PDF writer, and only when a PDF is asked for.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "facilitator"
QT = ("PySide6", "shiboken6", "qtawesome", "qtpy")
# Runs the app when imported: that is what it is for (python -m facilitator).
RUNS_ON_IMPORT = {"facilitator.__main__"}


def module_name(path: Path) -> str:
    """``facilitator.agenda.schema`` for ``facilitator/agenda/schema.py``."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def pure_modules() -> dict[str, Path]:
    """Every module of the package outside ``facilitator/ui/``, by name."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "ui") in path.parents:
            continue
        name = module_name(path)
        if name not in RUNS_ON_IMPORT:
            found[name] = path
    return found


def test_the_walk_finds_the_pure_modules_no_list_names() -> None:
    found = pure_modules()
    # Those the hand-kept list of old left out, among them.
    for name in ("facilitator.agenda.schema", "facilitator", "facilitator.cli"):
        assert name in found
    assert not any(name.startswith("facilitator.ui") for name in found)
    assert len(found) > 40


SCRIPT = """
import importlib, json, sys
for name in {qt!r}:
    sys.modules[name] = None  # any import of these now raises ImportError
failed = {{}}
for module in {modules!r}:
    try:
        importlib.import_module(module)
    except Exception as error:  # every module is tried: all problems at once
        failed[module] = f"{{type(error).__name__}}: {{error}}"
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {qt!r} and sys.modules[m])
print(json.dumps({{"failed": failed, "loaded": loaded}}))
"""


def test_every_module_outside_ui_imports_without_qt() -> None:
    # A fresh interpreter: this test process has Qt loaded already.
    modules = sorted(pure_modules())
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(qt=QT, modules=modules)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["failed"] == {}, "these modules need Qt (it belongs in facilitator/ui/)"
    assert outcome["loaded"] == []


def module_level_imports(tree: ast.Module, package: str) -> list[tuple[int, str]]:
    """(line, module) of each import that runs when the module is imported.

    The bodies of functions are left out (they import when called); class
    bodies and ``if`` blocks at module level are not. Relative imports are
    resolved against ``package``, the package the module is in.
    """
    parts = package.split(".")
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if isinstance(child, ast.Import):
                found.extend((child.lineno, alias.name) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    up = parts[: len(parts) - child.level + 1]
                    base = ".".join([*up, base] if base else up)
                found.extend((child.lineno, f"{base}.{alias.name}") for alias in child.names)
                found.append((child.lineno, base))
            visit(child)

    visit(tree)
    return found


def is_ui(module: str) -> bool:
    """Whether ``module`` is ``facilitator.ui`` or in it."""
    return module == "facilitator.ui" or module.startswith("facilitator.ui.")


def ui_imports_at_module_level(path: Path, name: str) -> list[str]:
    """``file:line module`` for each module-level import of ``facilitator.ui``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return sorted(
        {
            f"{path.relative_to(ROOT)}:{line} {module}"
            for line, module in module_level_imports(tree, package)
            if is_ui(module)
        }
    )


def test_no_module_outside_ui_imports_ui_at_module_level() -> None:
    found = [
        hit
        for name, path in pure_modules().items()
        for hit in ui_imports_at_module_level(path, name)
    ]
    assert found == [], "import these inside the function that needs them, or move the code"


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ("import facilitator.ui.printing.report\n", True),
        ("from facilitator.ui import printing\n", True),
        ("from facilitator import ui\n", True),
        ("from ..ui.printing import plan\n", True),
        ("if True:\n    from facilitator.ui.printing import plan\n", True),
        ("class A:\n    import facilitator.ui\n", True),
        ("def pdf():\n    from facilitator.ui.printing import plan\n", False),
        ("from facilitator.timefmt import duration\n", False),
        ("from facilitator.uiish import x\n", False),
    ],
)
def test_the_reading_of_imports(source: str, caught: bool) -> None:
    imports = module_level_imports(ast.parse(source), "facilitator.reports")
    assert any(is_ui(module) for _line, module in imports) is caught
