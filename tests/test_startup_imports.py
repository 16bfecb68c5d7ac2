"""What start-up loads, checked in a fresh interpreter (issue 14): nothing it does not need.

Not timed: each test names the modules a path must leave alone, which is what
made it slow (``bench/`` measures the time).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

HEAVY_FOR_THE_COMMAND_LINE = ("pydantic", "yaml", "PySide6", "facilitator.engine.events")

CLI = """
import contextlib, io, json, sys
from facilitator.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main({argv!r})
print(json.dumps({{"status": status, "out": out.getvalue(), "modules": sorted(sys.modules)}}))
"""


def run_fresh(script: str) -> dict[str, object]:
    """Run ``script`` in a new interpreter; it prints one JSON line last."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def loaded(modules: object, prefixes: tuple[str, ...]) -> list[str]:
    """The modules named (or inside a package named) in ``prefixes``."""
    assert isinstance(modules, list)
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["rehearse", "--help"]])
def test_help_and_version_load_no_pydantic_yaml_qt_or_events(argv: list[str]) -> None:
    result = run_fresh(CLI.format(argv=argv))
    assert result["status"] == 0
    assert "facilitator" in str(result["out"])
    assert loaded(result["modules"], HEAVY_FOR_THE_COMMAND_LINE) == []
