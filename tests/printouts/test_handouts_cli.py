"""``facilitator handouts AGENDA -o FILE.pdf``: exit status and messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.cli import main
from facilitator.paths import default_agenda


def test_handouts_writes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "h.pdf"
    assert main(["handouts", str(default_agenda()), "-o", str(out)]) == 0
    assert "Wrote 2 pages of hand-outs" in capsys.readouterr().out
    assert len(PdfReader(out).pages) == 2


def test_handouts_default_name_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["handouts", str(default_agenda())]) == 0
    assert (tmp_path / "sessie-1-hand-outs.pdf").is_file()


def test_handouts_usage_and_broken_agenda_and_write_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["handouts"]) == 2
    assert main(["handouts", str(default_agenda()), "--bogus"]) == 2
    broken = tmp_path / "kapot.yaml"
    broken.write_text("format: 1\ntitle: Kapot\nsteps: []\n", encoding="utf-8")
    assert main(["handouts", str(broken), "-o", str(tmp_path / "k.pdf")]) == 1
    assert "kapot.yaml" in capsys.readouterr().err
    missing_folder = tmp_path / "no-such-folder" / "h.pdf"
    assert main(["handouts", str(default_agenda()), "-o", str(missing_folder)]) == 1
    err = capsys.readouterr().err
    assert f"Could not write the hand-outs to {missing_folder}" in err
    assert "Traceback" not in err
