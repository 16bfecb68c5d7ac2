"""The recipes for trainers without Python are written down and agree with what the build
makes (issue 12): the one command, Linux, Windows (a portable zip and a per-user
installer), macOS (an .app), the workflow, and what was not run here."""

from __future__ import annotations

import re

from tests.packaging import PACKAGING, load

ROOT = PACKAGING.parent
DOC = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")


def test_the_guide_has_each_recipe_and_says_what_was_not_run_here() -> None:
    headings = set(re.findall(r"^##+ (.+)$", DOC, re.M))
    assert {
        "The one command",
        "Linux",
        "Windows",
        "macOS",
        "The workflow",
        "What was run here, and what was not",
    } <= headings
    assert "**Not run here: Windows and macOS.**" in DOC
    assert ".venv/bin/python packaging/build.py" in DOC and (PACKAGING / "build.py").is_file()
    assert "iscc /DAppVersion=" in DOC and (PACKAGING / "windows" / "facilitator.iss").is_file()
    assert "(`.github/workflows/build.yml`)" in DOC
    assert (ROOT / ".github" / "workflows" / "build.yml").is_file()


def test_the_archives_are_named_as_the_guide_promises() -> None:
    build = load("build")
    promised = {
        ("linux", "x86_64"): "facilitator-VERSION-linux-x86_64.tar.gz",
        ("win32", "AMD64"): "facilitator-VERSION-windows-x64.zip",
        ("darwin", "arm64"): "facilitator-VERSION-macos-arm64.zip",
    }
    for (system, machine), name in promised.items():
        assert f"`{name}`" in DOC, name
        suffix = ".tar.gz" if system == "linux" else ".zip"
        assert build.archive_name(system, machine, "VERSION") + suffix == name
    installer = (PACKAGING / "windows" / "facilitator.iss").read_text(encoding="utf-8")
    assert "`facilitator-VERSION-windows-x64-setup.exe`" in DOC
    assert "OutputBaseFilename=facilitator-{#AppVersion}-windows-x64-setup" in installer
