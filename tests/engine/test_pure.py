"""The engine is pure: it imports without Qt, qtawesome or qtpy."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
for name in ("PySide6", "qtawesome", "qtpy", "PyQt5", "PyQt6"):
    sys.modules[name] = None  # any import of them now fails
import facilitator.engine
import facilitator.engine.clock, facilitator.engine.timer, facilitator.engine.session
import facilitator.engine.plan, facilitator.engine.journal
loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "qtawesome", "qtpy")
          and sys.modules[m] is not None]
assert not loaded, loaded
"""


def test_engine_imports_without_qt() -> None:
    # A fresh interpreter: this test process may already have imported Qt.
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
