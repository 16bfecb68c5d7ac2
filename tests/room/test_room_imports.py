"""The room package is pure and cheap: no Qt, no pydantic, no YAML, no session engine.

Of the engine it loads only the journal's event records (``engine.events``).
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import facilitator.room

MODULES = sorted(
    f"facilitator.room.{m.name}" for m in pkgutil.iter_modules(facilitator.room.__path__)
)

SCRIPT = """
import sys
for name in ("PySide6", "shiboken6", "qtawesome", "pydantic", "pydantic_core", "yaml"):
    sys.modules[name] = None  # importing any of these now fails
import importlib
for module in {modules!r}:
    importlib.import_module(module)
heavy = sorted(
    m for m in sys.modules
    if m.startswith(("facilitator.engine", "facilitator.ui"))
    and not m.startswith("facilitator.engine.events")
    and m != "facilitator.engine"
)
assert not heavy, heavy
print("ok")
"""


def test_every_room_module_imports_without_qt_pydantic_yaml_or_the_session_engine() -> None:
    assert len(MODULES) >= 10
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(modules=MODULES)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
