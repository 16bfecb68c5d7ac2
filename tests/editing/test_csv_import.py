"""A session from a spreadsheet's table: columns by name, rows named in every message."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.agenda.load import load_agenda
from facilitator.editing.csv_import import read_table


def test_a_dutch_spreadsheet_export_makes_a_session(tmp_path: Path) -> None:
    table = (
        "Titel;Minuten;Instructies;Vragen\r\n"
        'Welkom;10;Heet iedereen welkom.;"Wat hoop je te leren?\nWie ben je?"\r\n'
        ";;;\r\n"
        "Groepswerk;25;Vorm groepen van vier.;Wat valt je op?\r\n"
        "Afsluiting;2,5;;\r\n"
    ).encode("utf-8-sig")
    result = read_table(table, "Mijn plan")
    assert result.ok, result.problems
    assert (result.steps, result.minutes) == (3, 37.5)
    path = tmp_path / "plan.yaml"
    path.write_text(result.text or "", encoding="utf-8")
    agenda = load_agenda(path)
    assert [s.title for s in agenda.steps] == ["Welkom", "Groepswerk", "Afsluiting"]
    assert [s.minutes for s in agenda.steps] == [10, 25, 2.5]
    assert agenda.session.duration == 37.5
    assert agenda.steps[0].instructions == "Heet iedereen welkom.\n"
    first, second = agenda.steps[0].project[0], agenda.steps[1].project[0]
    assert first.questions == ["Wat hoop je te leren?", "Wie ben je?"]  # type: ignore[union-attr]
    assert second.question == "Wat valt je op?"  # type: ignore[union-attr]
    assert agenda.steps[2].project == []


def test_english_columns_commas_and_several_question_columns() -> None:
    table = b"Step,Duration (min),Question,Question\nIntro,5 min,Why?,How?\nWrap up,10,,\n"
    result = read_table(table, "Plan", "en")
    assert result.ok, result.problems
    assert "questions:" in (result.text or "")
    assert "language: en" in (result.text or "")


def test_a_broken_row_gets_a_message_that_names_the_row() -> None:
    table = (
        b"title,minutes,instructions\n"
        b"Welcome,10,Hello\n"
        b"Break,ten,\n"  # row 3: not a number
        b",5,No title here\n"  # row 4: no title
        b"Work,0,\n"  # row 5: the loader's own rule
        b"End,5,\n"
    )
    result = read_table(table, "Plan")
    assert not result.ok and result.text is None
    assert [str(p) for p in result.problems] == [
        "Row 3 (“Break”): the minutes “ten” are not a number; write a number such as 10.",
        "Row 4: the step has no title.",
        "Row 5 (“Work”): minutes: must be more than 0",
    ]


def test_rows_count_as_the_spreadsheet_counts_them_even_with_lines_in_a_cell() -> None:
    table = b'title,minutes,questions\nA,5,"one\ntwo\nthree"\nB,x,\n'
    (problem,) = read_table(table, "Plan").problems
    assert problem.row == 3


@pytest.mark.parametrize(
    ("table", "words"),
    [
        (b"", "The table is empty."),
        (b"name;notes\nA;b\n", "Row 1: the first row must name the columns"),
        (b"title,minutes\n", "The table has no steps"),
    ],
)
def test_a_table_that_is_not_a_plan_says_what_it_lacks(table: bytes, words: str) -> None:
    (problem,) = read_table(table, "Plan").problems
    assert str(problem).startswith(words)


def test_an_old_windows_export_is_read_too() -> None:
    table = "titel;minuten\nOefening één;10\n".encode("cp1252")
    result = read_table(table, "Plan")
    assert result.ok and "Oefening één" in (result.text or "")
