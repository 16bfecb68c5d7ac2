"""The settings file is checked before Qt reads it; a damaged one is set aside (pure)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.settings_check import (
    MAX_BYTES,
    check_settings_file,
    find_damage,
    items,
    kept_name,
)

NOW = datetime(2026, 5, 4, 9, 30, 15)
# Qt's INI reader dies on these (std::bad_alloc): a list, a string list of 2**31-1 entries.
FATAL = (
    r"@Variant(\0\0\0\t\x7f\xff\xff\xff)",
    r"@Variant(\0\0\0\v\x7f\xff\xff\xff)",
)
# Written by Qt for what this app stores: texts, numbers, booleans, lists, blobs.
WRITTEN = r"""[a]
b=true
blob="@ByteArray(\0\x1\x2\t\n=@Variant(,@Rect(\"@\\x)"
empty=@Invalid()
f=0.2
i=3
list=x, "y, z", @@w
s="@@at, \"q\" \\ x=y"
u=ünï ✂

[window]
geometry=@ByteArray(\x1\xd9\xd0\xcb\0\x3\0\0\0\0\0\0\0\0\0\x14)
"""


def test_what_qt_writes_for_this_app_passes() -> None:
    assert find_damage(WRITTEN) is None
    assert find_damage("") is None


@pytest.mark.parametrize("value", FATAL)
def test_a_value_qt_dies_on_is_damage_with_its_line(value: str) -> None:
    damage = find_damage(f"[window]\ngeometry=x\nstate={value}\n")
    assert damage is not None
    assert damage.line == 3
    assert damage.reason == "line 3 holds a value Facilitator never writes, @Variant"


@pytest.mark.parametrize(
    "value",
    [
        r"x, @Variant(\0)",  # an item of a list
        r'"@Variant(\0)"',  # quoted
        r"\x40Variant(\0)",  # '@' written as an escape
        r"\x10040Variant(\0)",  # Qt keeps 16 bits of a long escape
        r"\100Variant(\0)",  # octal
        "@DateTime(x)",
        "@Rect(1 2 3 4)",
        "@Whatever(1)",
    ],
)
def test_every_way_to_write_such_a_value_is_found(value: str) -> None:
    assert find_damage(f"[x]\nkey={value}\n") is not None


def test_a_continued_line_is_read_as_one() -> None:
    damage = find_damage("[x]\nkey=a, \\\n@Variant(\\0)\nother=1\n")
    assert damage is not None and damage.line == 2


def test_comments_and_sections_are_not_values() -> None:
    assert find_damage("; key=@Variant(\\0)\n# k=@Variant(\\0)\n[@Variant]\n") is None


def test_items_split_like_qt() -> None:
    assert items(r'x, "y, z", @@w') == ["x", "y, z", "@@w"]
    assert items(r'"a\"b", c\,d') == ['a"b', "c,d"]


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_any_text_is_checked_without_error(text: str) -> None:
    find_damage(text)


def test_a_damaged_file_is_set_aside_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(f"[window]\nstate={FATAL[0]}\n", encoding="utf-8")
    found = check_settings_file(path, NOW)
    assert found is not None and found.moved
    assert not path.exists()
    assert found.kept == tmp_path / "settings-damaged-20260504-093015.ini"
    assert found.kept.read_text(encoding="utf-8") == f"[window]\nstate={FATAL[0]}\n"
    assert found.notice == (
        "Facilitator's settings file could not be used (line 2 holds a value Facilitator "
        "never writes, @Variant), so it started with its usual settings: window layout, "
        "thresholds, chimes and trainer name. The old file is kept beside it as "
        "settings-damaged-20260504-093015.ini."
    )


def test_a_second_damaged_file_in_the_same_second_keeps_the_first(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    first = kept_name(path, NOW)
    first.write_text("kept", encoding="utf-8")
    assert kept_name(path, NOW) == tmp_path / "settings-damaged-20260504-093015-2.ini"


def test_a_huge_file_is_set_aside_unread(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[a]\nx=1\n" + b" " * MAX_BYTES)
    found = check_settings_file(path, NOW)
    assert found is not None
    assert found.damage.reason == "it is 1,000 kB, far larger than settings ever are"


def test_a_good_or_missing_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    assert check_settings_file(path, NOW) is None
    path.write_text(WRITTEN, encoding="utf-8")
    assert check_settings_file(path, NOW) is None
    assert path.read_text(encoding="utf-8") == WRITTEN
