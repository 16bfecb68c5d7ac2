"""The pure core (agenda, engine, report building) must not need Qt."""

from __future__ import annotations

import subprocess
import sys

PURE_MODULES = [
    "facilitator.agenda.model",
    "facilitator.agenda.agenda",
    "facilitator.agenda.load",
    "facilitator.agenda.yaml_source",
    "facilitator.agenda.rules",
    "facilitator.agenda.messages",
    "facilitator.agenda.slides",
    "facilitator.agenda.check",
    "facilitator.engine.clock",
    "facilitator.engine.timer",
    "facilitator.engine.session",
    "facilitator.engine.records",
    "facilitator.engine.snapshot",
    "facilitator.engine.plan",
    "facilitator.engine.journal",
    "facilitator.engine.events",
    "facilitator.engine.replay",
    "facilitator.engine.resume_point",
    "facilitator.engine.resume",
    "facilitator.engine.run_journal",
    "facilitator.recovery",
    "facilitator.reports.build",
    "facilitator.reports.runs",
    "facilitator.reports.export",
    "facilitator.reports.commands",
    "facilitator.engine.catchup",
    "facilitator.timefmt",
    "facilitator.paths",
    "facilitator.files",
    "facilitator.printouts.blocks",
    "facilitator.printouts.handouts",
    "facilitator.printouts.output",
    "facilitator.printouts.commands",
]

SCRIPT = """
import sys
for name in ("PySide6", "qtawesome", "qtpy", "shiboken6"):
    sys.modules[name] = None  # any import of these now raises ImportError
import importlib
for module in {modules!r}:
    importlib.import_module(module)
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6.", "qtawesome.")))
assert not loaded, loaded
print("ok")
"""


def test_pure_packages_import_without_qt() -> None:
    # A fresh interpreter: this test process has Qt loaded already.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(modules=PURE_MODULES)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
