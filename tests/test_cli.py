"""The ``facilitator`` command: ``check``, usage errors, help, and a real run of the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from facilitator.cli import main
from facilitator.engine.journal import read_journal
from facilitator.paths import default_agenda

ROOT = Path(__file__).resolve().parents[1]
SESSION_1 = "agendas/steam-coach/sessie-1-outreach-en-curricula.yaml"

BROKEN = """\
format: 1
title: Kapotte sessie
duration: 20
steps:
  - id: een
    title: Eerste stap
    minutes: 10
  - id: twee
    title: Tweede stap
    minutes: tien
"""


def test_check_a_good_agenda_prints_its_summary(capsys: pytest.CaptureFixture[str]) -> None:
    good = str(default_agenda())
    assert main(["check", good]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"OK  {good}:")
    assert '"Ontwerpen van genderbewuste outreach en curricula in STEM"' in out
    assert "6 steps, 90 min" in out


def test_check_a_broken_agenda_names_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    assert main(["check", str(broken), str(default_agenda())]) == 1
    out = capsys.readouterr().out
    assert f"FAIL {broken}: 1 problem" in out
    assert "kapot.yaml:10:" in out  # file and line
    assert "minutes: must be a number, not 'tien'" in out
    assert "OK  " in out  # the good file is still checked and reported


def test_check_without_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "the following arguments are required: AGENDA" in capsys.readouterr().err


def test_a_speed_of_zero_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--speed", "0"]) == 2
    assert "--speed: must be more than 0, not 0" in capsys.readouterr().err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: facilitator")
    assert "--speed FACTOR" in out
    assert "facilitator check AGENDA.yaml" in out


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
        "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }


def test_python_m_facilitator_check(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "check", SESSION_1],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"OK  {SESSION_1}:")


def test_a_dry_run_of_the_real_app_saves_screenshots_and_quits(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "--start",
            "--speed",
            "120",
            "--quit-after",
            "1.5",
            "--screenshot",
            str(shots),
        ],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    for name in ("presenter.png", "projector.png"):
        path = shots / name
        assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), name
        image = QImage(str(path))
        assert not image.isNull(), name
        assert image.width() > 100 and image.height() > 100, (name, image.size())
    # The run was journalled as a dry run, in the data folder it was given.
    journals = list((tmp_path / "data" / "runs").glob("*.jsonl"))
    assert len(journals) == 1
    events = read_journal(journals[0]).events
    assert [e["event"] for e in events[:2]] == ["run_opened", "run_started"]
    assert events[0]["mode"] == "dry-run" and events[0]["speed"] == 120.0
    # Instants never go back, not even between opening the journal and starting the run.
    instants = [e["t"] for e in events]
    assert instants == sorted(instants)


def test_lang_chooses_a_language_the_app_has(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--lang", "fr"]) == 2  # not an interface language
    assert "--lang" in capsys.readouterr().err
    seen: list[object] = []
    monkeypatch.setattr("facilitator.ui.app.run_app", lambda options: seen.append(options) or 0)
    assert main(["--lang", "nl", "--quit-after", "1"]) == 0
    assert main(["rehearse", "--lang", "en"]) == 0
    assert [o.lang for o in seen] == ["nl", "en"]  # type: ignore[attr-defined]
