"""The editing model: edits applied and reverted exactly, checked as `facilitator check` does."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from facilitator.agenda.check import check_files
from facilitator.editing import changes
from facilitator.editing.edits import Edit, SetField
from facilitator.editing.run_guard import RunGuard
from facilitator.editing.workspace import SESSION, Workspace, open_workspace
from facilitator.paths import agendas_dir, default_agenda

SESSION_2 = agendas_dir() / "steam-coach" / "sessie-2-diversiteit-op-de-werkplek.yaml"
LIBRARY = "steam-coach-materiaal.yaml"


@pytest.fixture(scope="module")
def shared() -> Workspace:
    """Session 2, opened once; each test puts back what it changes."""
    return open_workspace(SESSION_2)


def _texts(workspace: Workspace) -> dict[str, str]:
    return {key: text for key, (_, text) in workspace.texts().items()}


def _round(workspace: Workspace, edit: Edit) -> dict[str, str]:
    """Apply, revert and apply again; returns the texts after the first apply."""
    before = _texts(workspace)
    assert workspace.apply(edit) is None
    after = _texts(workspace)
    assert after != before
    workspace.revert(edit)
    assert _texts(workspace) == before
    workspace.apply(edit)
    assert _texts(workspace) == after
    workspace.revert(edit)
    return after


def test_opens_the_session_and_its_library_bundled() -> None:
    workspace = open_workspace(default_agenda())
    assert workspace.keys == [SESSION, LIBRARY]
    assert workspace.bundled and not workspace.modified
    assert workspace.validation().ok


@pytest.mark.parametrize(
    "make",
    [
        lambda w: changes.add_step(w, 2),
        lambda w: changes.duplicate_step(w, 1),
        lambda w: changes.remove_step(w, 0),
        lambda w: changes.move_step(w, 0, 3),
        lambda w: changes.add_item(w, 0, "prompt"),
        lambda w: changes.duplicate_item(w, 3, 0),
        lambda w: changes.remove_item(w, 3, 1),
        lambda w: changes.move_item(w, 0, 1, 0),
        lambda w: changes.add_handout(w),
        lambda w: changes.add_fragment(w, 0, "cards"),
        lambda w: changes.add_fragment(w, 0, "documents"),
        lambda w: changes.duplicate_fragment(w, 0, "cards", 1),
        lambda w: changes.remove_fragment(w, 0, "cards", 3),
        lambda w: changes.move_fragment(w, 0, "cards", 3, 0),
        lambda w: changes.add_section(w, LIBRARY),
        lambda w: changes.remove_section(w, LIBRARY, 0),
        lambda w: changes.move_section(w, LIBRARY, 0, 2),
        lambda w: changes.add_phase(w, LIBRARY, 0),
        lambda w: changes.add_figure(w, LIBRARY, 0),
        lambda w: changes.add_checklist(w, LIBRARY),
        lambda w: changes.rename_fragment(w, 0, "cards", 0, "kaart-z"),
        lambda w: changes.rename_handout(w, 0, "scenarios"),
        lambda w: SetField(SESSION, ("steps", 1, "min_minutes"), 10, "Change"),
        lambda w: SetField(SESSION, ("steps", 0, "instructions"), None, "Remove"),
    ],
)
def test_every_kind_of_edit_is_undone_and_redone_exactly(shared: Workspace, make) -> None:  # type: ignore[no-untyped-def]
    _round(shared, make(shared))


def test_a_new_card_follows_the_letters_of_the_others(shared: Workspace) -> None:
    edit = changes.add_fragment(shared, 0, "cards")
    shared.apply(edit)
    try:
        card = shared.session.get(("handouts", 0, "cards", 4))
        assert card == {"id": "kaart-e", "title": "Kaart E", "text": ""}
        assert shared.validation().ok
    finally:
        shared.revert(edit)


def test_renaming_a_card_renames_what_projects_it(shared: Workspace) -> None:
    refs = [
        item
        for step in shared.session.data["steps"]
        for item in step.get("project", [])
        if "kaart-a" in str(item)
    ]
    assert refs, "session 2 projects card A"
    edit = changes.rename_fragment(shared, 0, "cards", 0, "kaart-promotie")
    shared.apply(edit)
    try:
        assert shared.validation().ok
        projected = str([step.get("project") for step in shared.session.data["steps"]])
        assert "hand-out-2/kaart-promotie" in projected
        assert "hand-out-2/kaart-a'" not in projected
        # The comment that shows how to project cards is the trainer's: left as written.
        assert "cards: [hand-out-2/kaart-a, hand-out-2/kaart-b]" in shared.session.text()
    finally:
        shared.revert(edit)


def test_messages_are_those_of_facilitator_check_at_their_field(own_copy: Path) -> None:
    path = own_copy / "sessie-1-outreach-en-curricula.yaml"
    workspace = open_workspace(path)
    workspace.apply(SetField(SESSION, ("steps", 2, "minutes"), 30, "Change"))
    workspace.apply(SetField(SESSION, ("steps", 0, "title"), "", "Change"))
    found = workspace.validation().problems
    path.write_text(workspace.session.text(), encoding="utf-8")
    out = io.StringIO()
    assert check_files([str(path)], out) == 1
    printed = [line.strip() for line in out.getvalue().splitlines()[1:]]
    assert [str(p) for p in found] == printed
    assert [(p.loc, p.message) for p in found] == [(("steps", 0, "title"), "must not be empty")]
    # Rules across fields come once every field is right; the duration's is at its field.
    workspace.apply(SetField(SESSION, ("steps", 0, "title"), "Welkom", "Change"))
    (duration,) = workspace.validation().problems
    assert duration.loc == ("duration",)
    assert duration.message == "duration is 90 minutes but the steps add up to 95"


def test_a_problem_in_a_library_file_is_at_its_field_there(shared: Workspace) -> None:
    edit = SetField(LIBRARY, ("sections", 1, "title"), "", "Change")
    shared.apply(edit)
    try:
        problems = shared.validation().problems
        assert [(p.doc, p.loc) for p in problems] == [(LIBRARY, ("sections", 1, "title"))]
        assert shared.validation().at(LIBRARY, ("sections", 1), exact=False) == list(problems)
    finally:
        shared.revert(edit)


def test_the_duration_fix_makes_the_session_load_again(shared: Workspace) -> None:
    add = changes.add_step(shared, 6)
    shared.apply(add)
    fix = changes.fix_duration(shared)
    try:
        assert not shared.validation().ok
        shared.apply(fix)
        assert shared.session.get(("duration",)) == 95
        assert shared.validation().ok
    finally:
        shared.revert(fix)
        shared.revert(add)


def test_listeners_hear_every_change(shared: Workspace) -> None:
    heard: list[Edit | None] = []
    shared.subscribe(heard.append)
    edit = changes.add_step(shared, 0)
    shared.apply(edit)
    shared.revert(edit)
    assert heard == [edit, edit]


# --- a session under way ------------------------------------------------------------


def _guarded(workspace: Workspace) -> Workspace:
    steps = workspace.session.data["steps"]
    # Steps 1 and 2 have run, step 3 is the current one.
    guard = RunGuard(
        begun=tuple(s["id"] for s in steps[:3]),
        titles={s["id"]: s["title"] for s in steps},
        done_minutes={s["id"]: s["minutes"] for s in steps[:2]},
    )
    workspace.run_guard = lambda: guard
    return workspace


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda w: changes.remove_step(w, 1), "has already begun"),
        (lambda w: changes.move_step(w, 4, 0), "keep their order"),
        (lambda w: changes.add_step(w, 2), "keep their order"),
        (lambda w: SetField(SESSION, ("steps", 0, "minutes"), 12, "x"), "has already run"),
        (lambda w: SetField(SESSION, ("steps", 1, "id"), "nieuw", "x"), "has already begun"),
    ],
)
def test_edits_never_rewrite_what_has_run(make, words: str) -> None:  # type: ignore[no-untyped-def]
    workspace = _guarded(open_workspace(SESSION_2))
    before = _texts(workspace)
    refusal = workspace.apply(make(workspace))
    assert refusal is not None and words in refusal
    assert _texts(workspace) == before


@pytest.mark.parametrize(
    "make",
    [
        lambda w: changes.add_step(w, 3),
        lambda w: changes.move_step(w, 5, 3),
        lambda w: changes.remove_step(w, 4),
        lambda w: SetField(SESSION, ("steps", 2, "minutes"), 30, "x"),  # the current step
        lambda w: SetField(SESSION, ("steps", 0, "instructions"), "Nieuw.\n", "x"),
        lambda w: changes.add_item(w, 1, "question"),
    ],
)
def test_texts_later_steps_and_the_current_steps_minutes_may_change(make) -> None:  # type: ignore[no-untyped-def]
    workspace = _guarded(open_workspace(SESSION_2))
    assert workspace.apply(make(workspace)) is None
