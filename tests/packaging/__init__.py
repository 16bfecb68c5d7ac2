"""Tests of the build recipe in packaging/ (the folder is not a Python package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str) -> ModuleType:
    """Import ``packaging/<name>.py`` as the build scripts do (their folder on sys.path).

    The folder cannot be imported as ``packaging``: that name belongs to the
    PyPA library that pip and pytest use.
    """
    if name in sys.modules and getattr(sys.modules[name], "__file__", "").startswith(
        str(PACKAGING)
    ):
        return sys.modules[name]
    if str(PACKAGING) not in sys.path:
        sys.path.append(str(PACKAGING))
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
