"""``check_files``: one line per good file, every problem of a bad one, and the status."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from facilitator.agenda.check import check_files

SESSION = """\
format: 1
title: Proefsessie
duration: 12.5
steps:
  - {id: een, title: Een, minutes: 10}
  - {id: twee, title: Twee, minutes: 2.5}
"""
LIBRARY = """\
format: 1
kind: library
title: Gedeeld
sections: [{id: a, title: A}, {id: b, title: B}]
checklists: [{id: c, title: C, items: [x]}]
"""
BUNDLED = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"


def run(paths: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    status = check_files(paths, out)
    return status, out.getvalue()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sessie.yaml").write_text(SESSION, encoding="utf-8")
    (tmp_path / "gedeeld.yaml").write_text(LIBRARY, encoding="utf-8")
    (tmp_path / "kapot.yaml").write_text(
        SESSION.replace("minutes: 10", "minutes: 0").replace("title: Twee", "titel: Twee"),
        encoding="utf-8",
    )
    return tmp_path


def test_a_good_session_gives_one_line_and_status_0(folder: Path) -> None:
    assert run(["sessie.yaml"]) == (0, 'OK  sessie.yaml: "Proefsessie" — 2 steps, 12.5 min\n')


def test_a_good_library_gives_one_line(folder: Path) -> None:
    assert run(["gedeeld.yaml"]) == (
        0,
        'OK  gedeeld.yaml: "Gedeeld" — library, 2 sections, 1 checklist\n',
    )


def test_a_bad_file_gives_every_problem_and_status_1(folder: Path) -> None:
    assert run(["kapot.yaml"]) == (
        1,
        "FAIL kapot.yaml: 3 problems\n"
        "  kapot.yaml:5: step 1 (id 'een') → minutes: must be more than 0\n"
        "  kapot.yaml:6: step 2 (id 'twee'): required field 'title' is missing\n"
        "  kapot.yaml:6: step 2 (id 'twee'): unknown field 'titel' (did you mean 'title'?)\n",
    )


def test_one_bad_file_among_good_ones_gives_status_1(folder: Path) -> None:
    status, output = run(["sessie.yaml", "kapot.yaml", "weg.yaml", "gedeeld.yaml"])
    assert status == 1
    assert [line.split(":")[0] for line in output.splitlines() if not line.startswith(" ")] == [
        "OK  sessie.yaml",
        "FAIL kapot.yaml",
        "FAIL weg.yaml",
        "OK  gedeeld.yaml",
    ]
    assert "  weg.yaml: file not found" in output


def test_no_files_is_all_good(folder: Path) -> None:
    assert run([]) == (0, "")


def bundled_files() -> list[Path]:
    return sorted(BUNDLED.glob("*.yaml"))


@pytest.mark.skipif(not bundled_files(), reason=f"no bundled agendas in {BUNDLED} yet")
def test_the_bundled_agendas_pass_check() -> None:
    status, output = run([str(p) for p in bundled_files()])
    assert status == 0, output
