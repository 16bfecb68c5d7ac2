"""The check's problems in the trainer's language (issue 12): every kind of problem
``facilitator check`` finds reads Dutch in the Dutch editor's problem list and in a Dutch
CSV import, with the field's place kept; the same files read English in English (and the
command line always English: ``tests/test_cli_language.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.errors import AgendaError, Problem
from facilitator.agenda.load import load_agenda, load_library
from facilitator.editing.csv_import import read_table
from facilitator.editing.validation import validate
from facilitator.editing.workspace import open_workspace
from facilitator.ui.editor.panels import ProblemsPanel
from facilitator.ui.editor.window import EditorWindow
from tests.agenda.broken_agendas import CASES, write_case
from tests.agenda.test_load import LIBRARY, SESSION
from tests.ui.test_languages import speak

__all__ = ["speak"]  # the fixture, used by name

# English words a Dutch message never has outside quotes (the field names and values the
# trainer writes are quoted: 'groups: same', 'kind: library').
_ENGLISH = re.compile(
    r"\b(the|must|field|fields|missing|unknown|write|step|not|than|there|used|twice|with|"
    r"number|text|list|cannot|found|people|heading|headings|has|only|more|least|most|line|"
    r"column|allowed|file|this|give|empty|value|starts|deal|turn|and|or|problems?)\b"
)
# The names of a list's entries in a place: "step 3 (id 'x') → minutes".
_ENGLISH_PLACE = re.compile(
    r"\b(step|projected item|section|card|library file|trainer-only heading|"
    r"question|item) \d"
)


def english_in(text: str) -> list[str]:
    """The English words of ``text`` outside its quotes, paths and lists of the file's names
    (the kinds of item allowed, the ids there are)."""
    unquoted = re.sub(r"'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’|\S*/\S*|: ([\w-]+, )+[\w-]+$", " ", text)
    # The field names of a place ("→ deal → cards", "duration: …") are the file's own.
    unquoted = re.sub(r"→ \w+|^(\S+\.yaml:\d*:? )?\w+(?=: | →)", " ", unquoted)
    return [m.group(0) for m in _ENGLISH.finditer(unquoted)]


def _problems(path: Path, *, library: bool = False) -> list[Problem]:
    with pytest.raises(AgendaError) as caught:
        load_library(path) if library else load_agenda(path)
    return caught.value.problems


def every_kind_of_problem(folder: Path) -> dict[str, list[Problem]]:
    """The problems of each broken agenda written into ``folder``, by the case's name;
    and of files that are not sessions at all."""
    found = {}
    for number, case in enumerate(CASES):
        (folder / str(number)).mkdir(parents=True)
        found[case.name] = _problems(write_case(folder / str(number), case))
    library = folder / "gedeeld.yaml"
    library.write_text(LIBRARY, encoding="utf-8")
    (folder / "sessie.yaml").write_text(SESSION, encoding="utf-8")
    found["not there"] = _problems(folder / "weg.yaml")
    found["a folder"] = _problems(folder / "0")
    found["a library as a session"] = _problems(library)
    found["a session as a library"] = _problems(folder / "sessie.yaml", library=True)
    return found


def test_every_kind_of_problem_reads_dutch_in_dutch_and_english_in_english(
    speak: object, tmp_path: Path
) -> None:
    english = every_kind_of_problem(tmp_path / "en")
    speak("nl")  # type: ignore[operator]
    dutch = every_kind_of_problem(tmp_path / "nl")
    left = []
    for name, problems in dutch.items():
        said = english[name]
        assert [(p.line, p.loc) for p in problems] == [(p.line, p.loc) for p in said], name
        for problem, in_english in zip(problems, said, strict=True):
            assert english_in(in_english.message), (name, in_english.message)
            assert problem.message != in_english.message, (name, problem.message)
            if english_in(problem.message) or _ENGLISH_PLACE.search(problem.field):
                left.append(f"{name}: {problem}")
        assert not english_in(str(AgendaError(problems)).splitlines()[0]), name
    assert not left, "English in the Dutch problems:\n" + "\n".join(left)
    assert dutch["a step id twice"][0].field == "stap 3 (id 'welkom') → id"
    assert dutch["a step id twice"][0].message == (
        "de id 'welkom' komt twee keer voor: ook bij stap 1 (regel 17)"
    )


def test_the_dutch_editors_problem_list_reads_dutch_for_every_kind_of_problem(
    qtbot: QtBot, speak: object, tmp_path: Path
) -> None:
    speak("nl")  # type: ignore[operator]
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    left = []
    for number, case in enumerate(CASES):
        if isinstance(case.text, bytes):
            continue  # what the editor checks is its own text, never undecodable bytes
        (tmp_path / str(number)).mkdir()
        path = write_case(tmp_path / str(number), case)
        text = case.text
        panel.show_validation(validate(path, {"session": (path, text)}))
        shown = [panel.heading.text()]
        shown += [panel.listed.item(i).text() for i in range(panel.listed.count())]
        shown += [panel.listed.item(i).toolTip() for i in range(panel.listed.count())]
        assert panel.listed.count() > 0, case.name
        left += [f"{case.name}: {text}" for text in shown if english_in(text)]
        left += [f"{case.name}: {text}" for text in shown if _ENGLISH_PLACE.search(text)]
    assert not left, "English in the Dutch editor's problems:\n" + "\n".join(left)


def test_the_dutch_editor_opens_a_broken_session_with_its_problems_in_dutch(
    qtbot: QtBot, speak: object, tmp_path: Path, data_dir: Path
) -> None:
    speak("nl")  # type: ignore[operator]
    case = next(c for c in CASES if c.name == "a long turn")
    window = EditorWindow(open_workspace(write_case(tmp_path, case)))
    window.confirm_close = False
    qtbot.addWidget(window)
    assert window.problems.heading.text().startswith("1 probleem")
    assert window.problems.listed.item(0).text() == (
        "stap 1 (id 'welkom') → turns → minutes: "
        "een beurt van 20 minuten is langer dan de 10 minuten van de stap"
    )


def test_a_dutch_csv_import_says_what_is_wrong_in_dutch(speak: object) -> None:
    speak("nl")  # type: ignore[operator]
    table = (
        f"titel,minuten\nStart,10\nPauze,tien\n,5\nLeeg,0\n{'Lang' * 5001},5\nEen dag,1500\n"
    ).encode()
    said = [str(p) for p in read_table(table, "Plan").problems]
    assert said[:3] == [
        "Rij 3 (‘Pauze’): de minuten ‘tien’ zijn geen getal; schrijf een getal, zoals 10.",
        "Rij 4: de stap heeft geen titel.",
        "Rij 5 (‘Leeg’): minutes: moet meer zijn dan 0",
    ]
    assert said[3].endswith("’): title: is te lang: hoogstens 20000 tekens")
    assert said[4:] == [
        "Rij 7 (‘Een dag’): minutes: mag hoogstens 1440 minuten zijn (24 uur)",
        "duration: mag hoogstens 1440 minuten zijn (24 uur)",
    ]
    left = [s for s in said if english_in(s)]
    assert not left, "English in the Dutch import's problems:\n" + "\n".join(left)
