"""The trainer's settings read back defensively: broken values are reset and named, never raised."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from facilitator.preferences import (
    KEYS,
    VERSION,
    VERSION_KEY,
    Preferences,
    notice,
    read_preferences,
    stored_values,
)


def test_nothing_stored_gives_the_defaults_without_a_notice() -> None:
    assert read_preferences({}) == (Preferences(), [])


def test_values_round_trip_through_the_store(tmp_path: Path) -> None:
    agenda = tmp_path / "mine.yaml"
    agenda.write_text("format: 1\n")
    prefs = Preferences(
        language="nl",
        trainer_name="An Peeters",
        projector_screen="HDMI-1",
        theme="light",
        timer_style="disc",
        text_size=25,
        warning=0.3,
        danger=0.15,
        volume=40,
        muted=True,
        default_session=str(agenda),
    )
    stored = stored_values(prefs)
    assert stored[VERSION_KEY] == VERSION
    assert read_preferences(stored) == (prefs, [])


def test_an_ini_files_strings_are_read_as_their_types() -> None:
    stored = {
        KEYS["warning"]: "0.25",
        KEYS["volume"]: "55",
        KEYS["muted"]: "true",
        KEYS["text_size"]: "20",
    }
    prefs, resets = read_preferences(stored)
    assert (prefs.warning, prefs.volume, prefs.muted, prefs.text_size) == (0.25, 55, True, 20)
    assert resets == []
    assert prefs.text_scale == 1.5


def test_broken_values_are_reset_to_their_defaults_and_named() -> None:
    stored = {
        KEYS["language"]: "klingon",
        KEYS["theme"]: "neon",
        KEYS["timer_style"]: 7,
        KEYS["text_size"]: "12",  # smaller than the 1/30 floor
        KEYS["warning"]: "lots",
        KEYS["volume"]: "250",
        KEYS["muted"]: "maybe",
        KEYS["trainer_name"]: "x" * 500,
        KEYS["default_session"]: "/nowhere/gone.yaml",
    }
    prefs, resets = read_preferences(stored)
    assert prefs == Preferences()
    assert {r.name for r in resets} == {
        "language",
        "theme",
        "timer_style",
        "text_size",
        "warning",
        "volume",
        "muted",
        "trainer_name",
        "default_session",
    }
    text = notice(resets)
    assert "warning threshold" in text and "chime volume" in text
    assert notice([]) == ""


def test_a_danger_threshold_above_the_warning_is_reset() -> None:
    prefs, resets = read_preferences({KEYS["warning"]: 0.2, KEYS["danger"]: 0.5})
    assert (prefs.warning, prefs.danger) == (0.2, 0.1)
    assert [r.name for r in resets] == ["danger"]


@given(
    st.dictionaries(
        st.sampled_from(sorted(KEYS.values())),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=True, allow_infinity=True),
            st.text(max_size=50),
            st.lists(st.text(max_size=5), max_size=3),
            st.binary(max_size=10),
        ),
    )
)
def test_whatever_is_stored_reads_as_valid_preferences(stored: dict[str, object]) -> None:
    prefs, resets = read_preferences(stored)
    assert 0 <= prefs.danger <= prefs.warning <= 0.9
    assert 0 <= prefs.volume <= 100
    assert prefs.text_size in (30, 25, 20)
    assert len(resets) <= len(stored) + 1


def test_a_file_an_older_version_wrote_keeps_what_still_reads_and_resets_the_rest() -> None:
    """An older version's file (no settings/version; values in forms this one does not
    use: a text size as a fraction, a timer style by its label) is read with a notice
    naming what was reset, and the next save writes the version."""
    older = {
        KEYS["theme"]: "light",
        KEYS["warning"]: "0.25",
        KEYS["text_size"]: "0.0333",
        KEYS["timer_style"]: "Large digits",
    }
    assert VERSION_KEY not in older
    prefs, resets = read_preferences(older)
    assert (prefs.theme, prefs.warning) == ("light", 0.25)
    assert (prefs.text_size, prefs.timer_style) == (Preferences.text_size, Preferences.timer_style)
    assert {r.name for r in resets} == {"text_size", "timer_style"}
    assert "text size" in notice(resets) and "timer style" in notice(resets)
    assert stored_values(prefs)[VERSION_KEY] == VERSION
