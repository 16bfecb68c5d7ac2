"""The band's words after a reload, and when the agenda file goes or comes back (pure)."""

from __future__ import annotations

from facilitator.console.reload import reload_notice

CHANGES = ["“Welkom”: 10 → 12 min", "step removed: “Pauze”"]


def words(**kwargs: object) -> str:
    base: dict[str, object] = {
        "gone": None,
        "number": 2,
        "title": "Oefening",
        "under_way": True,
        "finished": False,
    }
    return reload_notice("sessie.yaml", CHANGES, **{**base, **kwargs})  # type: ignore[arg-type]


def test_the_current_step_goes_on() -> None:
    assert words() == (
        "Agenda reloaded from sessie.yaml: “Welkom”: 10 → 12 min; step removed: “Pauze”. "
        "The current step and its timer go on."
    )


def test_the_current_step_taken_out_moves_the_session_on() -> None:
    assert words(gone="Pauze").endswith(
        "“Pauze” was taken out of the agenda, so the session moved on to step 2, “Oefening”; "
        "the time spent on “Pauze” stays in the record and the report."
    )


def test_before_the_start_the_session_starts_elsewhere() -> None:
    assert words(gone="Pauze", under_way=False, number=1).endswith(
        "“Pauze” was taken out of the agenda; the session starts with step 1, “Oefening”."
    )


def test_after_the_end_nothing_is_said_of_a_current_step() -> None:
    assert words(finished=True, gone="Pauze").endswith("step removed: “Pauze”.")


def test_many_changes_are_cut_short() -> None:
    text = reload_notice(
        "s.yaml", [f"c{n}" for n in range(9)], gone=None, number=1, title="t",
        under_way=False, finished=False,
    )  # fmt: skip
    assert "c5 …. The current step" in text and "c6" not in text
