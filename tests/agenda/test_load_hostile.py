"""Hostile and broken files: always a clear AgendaError, never a traceback or a hang."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml

from facilitator.agenda import load, yaml_source
from facilitator.agenda.errors import AgendaError, Problem
from facilitator.agenda.load import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_PROBLEMS,
    MAX_VALUES,
    load_agenda,
    load_yaml_file,
)

VALID = """\
format: 1
title: Kort
duration: 5
steps:
  - id: enige-stap
    title: Enige stap
    minutes: 5
"""

ANCHORS = "this app does not accept YAML anchors and aliases (&name / *name)"


def only_problem(path: Path | str) -> Problem:
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    problems = caught.value.problems
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def write(tmp_path: Path, content: bytes | str, name: str = "sessie.yaml") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def test_valid_base_loads(tmp_path: Path) -> None:
    """The base the other cases spoil is itself fine."""
    assert load_agenda(write(tmp_path, VALID)).title == "Kort"


# --- the file itself ---------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    problem = only_problem(tmp_path / "weg.yaml")
    assert str(problem) == f"weg.yaml: file not found (looked for {tmp_path / 'weg.yaml'})"


def test_a_folder(tmp_path: Path) -> None:
    (tmp_path / "map.yaml").mkdir()
    problem = only_problem(tmp_path / "map.yaml")
    assert problem.message == "this is a folder, not a file: choose a .yaml file inside it"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pijp.yaml")
    assert only_problem(tmp_path / "pijp.yaml").message == "this is not an ordinary file"


def test_a_nul_in_the_file_name(tmp_path: Path) -> None:
    problem = only_problem(str(tmp_path / "a\x00b.yaml"))
    assert problem.message.startswith("cannot read this file")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file anyway"
)
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    path.chmod(0)
    try:
        assert only_problem(path).message == "no permission to read this file"
    finally:
        path.chmod(0o600)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, VALID)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    problem = only_problem(path)
    assert str(problem) == "sessie.yaml: no permission to read this file"


def test_empty_file(tmp_path: Path) -> None:
    assert str(only_problem(write(tmp_path, b""))) == "sessie.yaml: the file is empty"


def test_file_with_only_comments_is_empty(tmp_path: Path) -> None:
    assert only_problem(write(tmp_path, "# nog niets\n\n")).message == "the file is empty"


def test_too_large_a_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "groot.yaml"
    with path.open("wb") as stream:  # sparse: takes no room on disk
        stream.truncate(50 * MAX_BYTES)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    problem = only_problem(path)
    assert problem.message == (
        "the file is too large (50,000,000 bytes); an agenda file may be at most 1 MB"
    )


def test_a_file_just_over_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, VALID + "#" * (MAX_BYTES - len(VALID) + 1))
    assert "may be at most 1 MB" in only_problem(path).message
    path.write_text(VALID + "#" * (MAX_BYTES - len(VALID)), encoding="utf-8")
    assert load_agenda(path).title == "Kort"


# --- the bytes and the text -----------------------------------------------------------


def test_not_utf8_says_where(tmp_path: Path) -> None:
    content = VALID.replace("title: Kort", "title: Caf\xe9 kort").encode("latin-1")
    problem = only_problem(write(tmp_path, content))
    assert str(problem) == (
        "sessie.yaml:2: this file is not UTF-8 text (byte 0xE9 at column 11); "
        "save it as UTF-8 in your editor"
    )


def test_utf16_is_named(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, VALID.encode("utf-16")))
    assert problem.message == "this file is saved as UTF-16; save it as UTF-8 in your editor"


def test_a_utf8_byte_order_mark_is_fine(tmp_path: Path) -> None:
    assert load_agenda(write(tmp_path, b"\xef\xbb\xbf" + VALID.encode())).title == "Kort"


def test_binary_file(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert problem.line == 3
    assert problem.message.startswith("this is not a text file: it contains binary data")


def test_control_character(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, VALID.replace("Kort", "Ko\x07rt")))
    assert str(problem) == (
        "sessie.yaml:2: the file contains a character that YAML does not allow (U+0007) "
        "at column 10; remove it"
    )


# --- not YAML, or not an agenda's shape --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            'format: 1\ntitle: "Kort\nduration: 5\n',
            4,
            "the file ends inside a quoted text; is a closing quote missing? (column 1)",
        ),
        (
            "format: 1\nsteps:\n\t- id: x\n",
            3,
            "a tab is used here; YAML needs spaces for indentation, not tabs (column 1)",
        ),
        (
            "format: 1\ntitle: Let op: dit\n",
            2,
            "a ':' appears where it is not expected; check the indentation, or put text "
            "that contains ': ' in quotes (column 14)",
        ),
        (
            "format: 1\ntitle: Kort\n  duration: 5\n",
            3,
            "a ':' appears where it is not expected; check the indentation, or put text "
            "that contains ': ' in quotes (column 11)",
        ),
        (
            "format: 1\n---\ntitle: Kort\n",
            2,
            "the file holds more than one YAML document (a second '---' line); "
            "an agenda file is one document (column 1)",
        ),
        (
            "steps: [a, b\n",
            2,
            "this is not valid YAML: expected ',' or ']', but got '<stream end>' (column 1)",
        ),
    ],
)
def test_not_yaml_gives_line_and_column(tmp_path: Path, text: str, line: int, message: str) -> None:
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.message) == (line, message)


@pytest.mark.parametrize(
    ("text", "found"), [("- a\n- b\n", "a list"), ("alleen tekst\n", "text"), ("42\n", "text")]
)
def test_top_level_must_be_fields(tmp_path: Path, text: str, found: str) -> None:
    problem = only_problem(write(tmp_path, text))
    assert problem.line == 1
    assert problem.message == (
        "the file must consist of fields such as 'format: 1' and 'title: ...', "
        f"but it starts with {found}"
    )


# --- what plain data must not contain --------------------------------------------------


def test_an_alias_is_refused(tmp_path: Path) -> None:
    text = VALID + "focus: &f [a]\nobjectives: *f\n"
    problem = only_problem(write(tmp_path, text))
    assert problem.line == 8
    assert problem.message.startswith(ANCHORS)


def test_an_anchor_alone_is_refused(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, VALID.replace("title: Kort", "title: &t Kort")))
    assert problem.line == 2
    assert problem.message.startswith(ANCHORS)


def test_an_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    # 9**7 (4.8 million) texts once expanded: about 10 s, were aliases followed. A
    # real bomb has more levels; this one makes a broken guard fail, not hang.
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 7):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    path = write(tmp_path, "\n".join(lines) + "\n")
    problem = only_problem(path)
    assert problem.line == 1  # refused at the first anchor, before any alias is followed
    assert problem.message.startswith(ANCHORS)


def test_a_merge_key_is_refused(tmp_path: Path) -> None:
    text = VALID + "timing:\n  <<: {warning: 1}\n"
    problem = only_problem(write(tmp_path, text))
    assert str(problem) == (
        "sessie.yaml:9: timing: merge keys ('<<') are not accepted: write the fields out in full"
    )


def test_a_duplicate_key_is_an_error(tmp_path: Path) -> None:
    text = VALID + "title: Nog een titel\n"
    problem = only_problem(write(tmp_path, text))
    assert problem.line == 8
    assert problem.field == "title"
    assert problem.message == "this field appears twice (first on line 2); keep one"


def test_a_python_tag_is_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "gemaakt"
    text = VALID + f'subtitle: !!python/object/apply:os.system ["touch {marker}"]\n'
    problem = only_problem(write(tmp_path, text))
    assert not marker.exists()
    assert problem.line == 8
    assert problem.message.startswith(
        "the YAML tag '!!python/object/apply:os.system' is not allowed"
    )


@pytest.mark.parametrize(
    "value", ["!!set {a, b}", "!!binary aGFsbG8=", "!eigen x", "!!omap [a: 1]"]
)
def test_other_tags_are_refused(tmp_path: Path, value: str) -> None:
    problem = only_problem(write(tmp_path, VALID + f"subtitle: {value}\n"))
    assert "is not allowed" in problem.message
    assert problem.field == "subtitle"


def test_a_refused_key_leaves_the_other_problems_of_its_mapping(tmp_path: Path) -> None:
    text = VALID.replace("title: Kort\n", "!!python/name:os.system : x\n")
    with pytest.raises(AgendaError) as caught:
        load_agenda(write(tmp_path, text))
    assert [(p.line, p.message.split(";")[0]) for p in caught.value.problems] == [
        (1, "required field 'title' is missing"),
        (2, "the YAML tag '!!python/name:os.system' is not allowed"),
    ]


def test_a_plain_tag_is_data(tmp_path: Path) -> None:
    agenda = load_agenda(write(tmp_path, VALID + 'subtitle: !!str 2024\nlanguage: "nl"\n'))
    assert agenda.session.subtitle == "2024"


def test_a_number_too_long_to_read(tmp_path: Path) -> None:
    text = VALID.replace("duration: 5", "duration: " + "9" * 5000)
    problem = only_problem(write(tmp_path, text))
    assert (problem.line, problem.field) == (3, "duration")
    assert problem.message.startswith("cannot read '9999")


def test_a_key_that_is_not_a_word(tmp_path: Path) -> None:
    problem = only_problem(write(tmp_path, VALID + "? [a, b]\n: x\n"))
    assert (problem.line, problem.message) == (8, "a field name must be a plain word")


def test_dates_stay_text(tmp_path: Path) -> None:
    agenda = load_agenda(write(tmp_path, VALID + "subtitle: 2024-05-01\n"))
    assert agenda.session.subtitle == "2024-05-01"


# --- nesting ----------------------------------------------------------------------------


def test_nesting_at_the_limit_is_read(tmp_path: Path) -> None:
    # The root mapping is level 1, the value of 'a' level 2, and so on.
    text = "a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n"
    data, _ = load_yaml_file(write(tmp_path, text))
    assert "a" in data


def test_nesting_past_the_limit_is_refused(tmp_path: Path) -> None:
    text = "a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n"
    problem = only_problem(write(tmp_path, text))
    assert problem.message == (
        "the file is nested more than 40 levels deep; an agenda never needs that many"
    )


@pytest.mark.parametrize("opening", ["[", "{a: ", "- "])
def test_very_deep_nesting_cannot_exhaust_the_stack(tmp_path: Path, opening: str) -> None:
    depth = 50_000
    if opening == "- ":
        text = "a:\n" + "".join(" " * n + "-\n" for n in range(1000))
    else:
        closing = "]" if opening == "[" else "}"
        text = "a: " + opening * depth + closing * depth + "\n"
    problem = only_problem(write(tmp_path, text))
    assert "nested more than 40 levels" in problem.message


def test_a_recursion_error_in_the_parser_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def overflow(self: object) -> None:
        raise RecursionError

    monkeypatch.setattr(load._Loader, "get_single_node", overflow)
    # libyaml composes a file within the limits (issue 14): it may overflow as well.
    monkeypatch.setattr(yaml_source._FastLoader, "get_single_node", overflow)
    problem = only_problem(write(tmp_path, VALID))
    assert problem.message == "the file is nested too deeply (at most 40 levels)"


# --- size in values and in problems ---------------------------------------------------


@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml's events", "PyYAML alone"])
def test_too_many_values_are_refused_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, libyaml: bool
) -> None:
    """The loader stops at the limit, without reading or building the rest of the file.

    With libyaml (issue 14) the limit is found on its events, before PyYAML's
    parser composes a single node; without it, PyYAML's loader stops at the
    limit itself. (How long the refusal takes is a benchmark's figure:
    ``bench/hostile_agenda.py``.)
    """
    if libyaml and not yaml.__with_libyaml__:
        pytest.skip("PyYAML was built without libyaml here")
    monkeypatch.setattr(yaml, "__with_libyaml__", libyaml)
    # One value a line, then a line that would be an error of its own were it read.
    values = "".join("  - 1\n" for _ in range(MAX_VALUES + 10))
    path = write(tmp_path, "steps:\n" + values + "\tbroken: [\n")
    composed = _count_composed(monkeypatch)
    problem = only_problem(path)
    assert problem.message == (
        "the file holds more than 50,000 values; an agenda never needs that many"
    )
    # The root mapping, the key, the list: value 50,001 is the list's 49,998th item.
    assert problem.line == MAX_VALUES - 1
    assert composed == [0 if libyaml else MAX_VALUES + 1]


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n",
        "a: 1\nb: &x 2\n",
        "a:\n" + "".join(f"  k{n}: [1, 2, 3]\n" for n in range(MAX_VALUES // 4)),
        "a: 1\n---\nb: 2\n",
        "a: [1, 2\nb: 3\n",
    ],
    ids=["too deep", "an anchor", "too many values", "two documents", "a mistake"],
)
def test_libyaml_refuses_as_pyyaml_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    if not yaml.__with_libyaml__:
        pytest.skip("PyYAML was built without libyaml here")
    path = write(tmp_path, text)
    past_a_limit = "---" not in text and "[1, 2\n" not in text
    refused = None
    try:
        yaml_source.check_limits_ahead(text)
    except yaml_source._Refusal as refusal:
        refused = refusal
    # The limits are found on libyaml's events; a mistake or a second document is left
    # to PyYAML's loader, which words it.
    assert (refused is not None) == past_a_limit
    with pytest.raises(AgendaError) as fast:
        load_yaml_file(path)
    monkeypatch.setattr(yaml, "__with_libyaml__", False)
    with pytest.raises(AgendaError) as alone:
        load_yaml_file(path)
    said = [(p.message, p.line) for p in fast.value.problems]
    assert said == [(p.message, p.line) for p in alone.value.problems]


def _count_composed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A one-item list that counts the nodes the loader begins to compose."""
    count = [0]
    original = load.RestrictedLoader.compose_node

    def counting(self: load.RestrictedLoader, parent: object, index: object) -> object:
        count[0] += 1
        return original(self, parent, index)  # type: ignore[arg-type]

    monkeypatch.setattr(load.RestrictedLoader, "compose_node", counting)
    return count


def test_only_the_first_problems_are_worded(tmp_path: Path) -> None:
    steps = "".join(f"  - {{id: s{n}, title: t, minutes: 0}}\n" for n in range(300))
    path = write(tmp_path, "format: 1\ntitle: t\nduration: 5\nsteps:\n" + steps)
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[0].line == 5
    assert str(problems[-1]) == "sessie.yaml: and 200 more problems not shown"


# --- hostile library files --------------------------------------------------------------


def test_a_hostile_library_is_reported_under_its_own_name(tmp_path: Path) -> None:
    write(tmp_path, "format: 1\nkind: library\ntitle: &t x\n", "gedeeld.yaml")
    path = write(tmp_path, VALID + "library: [gedeeld.yaml]\n")
    problem = only_problem(path)
    assert (problem.file.name, problem.line) == ("gedeeld.yaml", 3)
    assert problem.message.startswith(ANCHORS)


@pytest.mark.parametrize("entry", ['"."', '"\\0"', "/dev/null", '""'])
def test_odd_library_names_give_a_problem(tmp_path: Path, entry: str) -> None:
    with pytest.raises(AgendaError) as caught:
        load_agenda(write(tmp_path, VALID + f"library: [{entry}]\n"))
    assert caught.value.problems
