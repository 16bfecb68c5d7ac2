"""The command line speaks English, whatever the desktop's or the app's language (issue 12).

``facilitator check``, ``runs``, ``report`` and ``print`` are read by scripts and CI
as well as people, quote the agenda's English field names, and start without Qt: they
never install a translation. (The windows follow ``--lang``, the setting or the system;
what goes on paper follows the session's language, as the projector does.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SESSION_1 = "agendas/steam-coach/sessie-1-outreach-en-curricula.yaml"
RUN = ROOT / "tests" / "fixtures" / "journal-format-1" / "run.jsonl"


def _dutch_everywhere(tmp_path: Path) -> dict[str, str]:
    """A desktop in Dutch and the app's setting Dutch too."""
    settings = tmp_path / "settings.ini"
    settings.write_text("[interface]\nlanguage=nl\n", encoding="utf-8")
    runs = tmp_path / "data" / "runs"
    runs.mkdir(parents=True)
    shutil.copy(RUN, runs / "2025-03-01-0900-sessie-1.jsonl")
    env = {k: v for k, v in os.environ.items() if k != "FACILITATOR_TESTING"}
    return {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "nl_NL.UTF-8",
        "LANGUAGE": "nl",
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
        "FACILITATOR_SETTINGS": str(settings),
    }


def _facilitator(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_check_runs_and_report_print_english_on_a_dutch_desktop(tmp_path: Path) -> None:
    env = _dutch_everywhere(tmp_path)
    assert _facilitator(env, "check", SESSION_1).startswith(f"OK  {SESSION_1}:")
    runs = _facilitator(env, "runs")
    assert "RESULT" in runs and "1 runs in" in runs
    report = _facilitator(env, "report", "latest")
    assert "## Steps" in report and "| Planned | Actual |" in report and "Live session" in report
    assert "Gepland" not in report and "Live sessie" not in report


def test_print_writes_the_session_in_its_own_language_and_says_so_in_english(
    tmp_path: Path,
) -> None:
    env = _dutch_everywhere(tmp_path)
    out = tmp_path / "prints"
    said = _facilitator(env, "print", SESSION_1, "--what", "plan", "-o", str(out))
    assert [p.suffix for p in out.iterdir()] == [".pdf"]
    assert "Sessieplan" not in said and "geschreven" not in said


def test_check_words_the_problems_in_english_on_a_dutch_desktop(tmp_path: Path) -> None:
    env = _dutch_everywhere(tmp_path)
    broken = tmp_path / "kapot.yaml"
    broken.write_text(
        "format: 1\ntitle: Kapot\nduration: 20\n"
        "steps:\n  - id: a\n    title: A\n    minutes: 10\n    groups: same\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "check", str(broken)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"FAIL {broken}: 2 problems" in done.stdout
    assert "kapot.yaml:3: duration is 20 minutes but the steps add up to 10" in done.stdout
    assert "step 1 (id 'a') → groups: 'same' carries on the groups" in done.stdout
    assert "stap" not in done.stdout and "minuten" not in done.stdout
