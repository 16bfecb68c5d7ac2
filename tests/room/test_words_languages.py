"""The room's words: one complete table per session language, each knowing its language."""

from __future__ import annotations

from dataclasses import MISSING, fields

from facilitator.room.words import WORDS, long_date, words_for


def test_each_table_names_its_language_and_fills_every_word() -> None:
    for code, words in WORDS.items():
        assert words.language == code
        for field in fields(words):
            assert getattr(words, field.name), (code, field.name)


def test_dutch_and_english_differ_where_the_room_reads_words() -> None:
    nl, en = WORDS["nl"], WORDS["en"]
    for name in ("step", "warning", "danger", "overtime", "flash", "rehearsal", "continued"):
        assert getattr(nl, name) != getattr(en, name), name
    assert len(nl.months) == len(en.months) == 12


def test_a_language_is_found_by_its_base_and_others_get_english() -> None:
    assert words_for("nl-BE") is WORDS["nl"]
    assert words_for("nl_NL") is WORDS["nl"]
    assert words_for("pt") is WORDS["en"]
    assert long_date(28, 11, 2026, WORDS["nl"]) == "28 november 2026"


def test_one_table_holds_every_word_the_room_reads_in_dutch_and_english() -> None:
    """Every word has its Dutch and its English (the dataclass has no defaults, so a new
    word cannot be added to one language only), and no other table of the projector's
    words exists beside this one."""
    from pathlib import Path

    import facilitator

    assert {"nl", "en"} <= set(WORDS)
    assert all(f.default is MISSING is f.default_factory for f in fields(WORDS["nl"]))
    for field in fields(WORDS["nl"]):
        assert getattr(WORDS["nl"], field.name) and getattr(WORDS["en"], field.name), field.name
    package = Path(facilitator.__file__).parent
    assert not (package / "projection" / "words.py").exists()
    assert WORDS["nl"].continued.format(title="Doel") == "Doel (vervolg)"
    assert WORDS["en"].break_until.format(time="10:30") == "Break until 10:30"
