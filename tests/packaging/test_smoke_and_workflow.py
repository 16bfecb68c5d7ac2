"""The smoke test's own checks, the build's content check, and the CI recipes' shape."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from tests.packaging import load

bundle = load("bundle")
build = load("build")
smoke = load("smoke")
ROOT = bundle.ROOT


def test_the_clean_path_reaches_no_python_but_a_python_on_it_is_seen(tmp_path: Path) -> None:
    env = smoke.clean_environment(tmp_path)
    assert smoke.pythons_on(env["PATH"]) == []
    fake = tmp_path / "bin" / "python3"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    if sys.platform != "win32":
        assert smoke.pythons_on(env["PATH"]) == [str(fake)]
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert Path(env["FACILITATOR_DATA_DIR"]).is_relative_to(tmp_path)


def picture(path: Path, draw: bool) -> Path:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#202020"))
    if draw:
        painter = QPainter(image)
        painter.fillRect(20, 20, 200, 100, QColor("#e53935"))
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(40, 200, "10:00 ON TIME")
        painter.end()
    image.save(str(path))
    return path


def test_not_blank_tells_a_window_from_an_empty_picture(tmp_path: Path) -> None:
    assert smoke.not_blank(picture(tmp_path / "window.png", draw=True)) is None
    assert "blank" in (smoke.not_blank(picture(tmp_path / "empty.png", draw=False)) or "")
    assert "not written" in (smoke.not_blank(tmp_path / "missing.png") or "")
    (tmp_path / "zero.png").write_bytes(b"")
    assert "not written" in (smoke.not_blank(tmp_path / "zero.png") or "")


def fake_build(dist: Path) -> Path:
    """The files check_contents looks for, where a Linux build has them."""
    internal = dist / "facilitator" / "_internal" / "facilitator"
    for name in (
        "agendas/steam-coach/sessie-1-outreach-en-curricula.yaml",
        "assets/facilitator.svg",
        "assets/sounds/end.wav",
        "agenda/schema.json",
        "i18n/facilitator_nl.qm",
        "i18n/facilitator_en.qm",
    ):
        (internal / name).parent.mkdir(parents=True, exist_ok=True)
        (internal / name).touch()
    font = internal.parent / "qtawesome" / "fonts" / "fontawesome5-solid-webfont-5.15.4.ttf"
    font.parent.mkdir(parents=True)
    font.touch()
    program = bundle.executable_path(dist)
    program.parent.mkdir(parents=True, exist_ok=True)
    program.touch()
    return internal


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a Linux build's layout")
def test_check_contents_names_what_a_build_lacks(tmp_path: Path) -> None:
    internal = fake_build(tmp_path)
    assert build.check_contents(tmp_path) == []
    (internal / "assets" / "sounds" / "end.wav").unlink()
    assert build.check_contents(tmp_path) == ["facilitator/assets/sounds/end.wav is missing"]
    bundle.executable_path(tmp_path).unlink()
    assert build.check_contents(tmp_path)[0].startswith("no program at")


def workflow() -> dict[object, object]:
    loaded = yaml.safe_load((ROOT / ".github" / "workflows" / "build.yml").read_text())
    assert isinstance(loaded, dict)
    return loaded


def test_the_workflow_builds_starts_and_uploads_on_all_three_systems() -> None:
    job = workflow()["jobs"]["build"]  # type: ignore[index]
    assert set(job["strategy"]["matrix"]["os"]) == {
        "ubuntu-latest",
        "windows-latest",
        "macos-latest",
    }
    runs = [step.get("run", "") for step in job["steps"]]
    assert any("python packaging/build.py --archive" in run for run in runs)
    assert any("python packaging/smoke.py" in run for run in runs)
    assert any("facilitator.iss" in run for run in runs)
    upload = next(s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload"))
    assert "dist/*-setup.exe" in upload["with"]["path"]
    assert upload["with"]["if-no-files-found"] == "error"


def test_the_installer_is_per_user_and_takes_the_whole_built_folder() -> None:
    script = (ROOT / "packaging" / "windows" / "facilitator.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}\\Facilitator$", script, re.M)
    assert "\\dist\\facilitator\\*" in script and "recursesubdirs" in script
    assert "OutputBaseFilename=facilitator-{#AppVersion}-windows-x64-setup" in script
    # The icon is the one build.py renders from the SVG, not a committed file.
    assert "build\\icons\\facilitator.ico" in script
