"""Saving: in place with a backup, never a bundled file, a copy with its library; new sessions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.agenda.load import load_agenda
from facilitator.editing import changes, writer
from facilitator.editing.create import blank_session_text, new_session_file
from facilitator.editing.edits import SetField
from facilitator.editing.saving import save_as_copy, save_workspace, slug, unique_folder
from facilitator.editing.workspace import SESSION, open_workspace
from facilitator.editing.writer import SaveError, backup_path, write_document
from facilitator.paths import agendas_dir, default_agenda, sessions_dir


def test_a_bundled_session_is_never_overwritten() -> None:
    workspace = open_workspace(default_agenda())
    before = default_agenda().read_bytes()
    workspace.apply(SetField(SESSION, ("title",), "Anders", "Change"))
    with pytest.raises(SaveError, match="save it as your copy"):
        save_workspace(workspace)
    assert default_agenda().read_bytes() == before


def test_own_files_are_saved_in_place_with_the_previous_version_kept(own_copy: Path) -> None:
    path = own_copy / "sessie-1-outreach-en-curricula.yaml"
    original = path.read_text(encoding="utf-8")
    workspace = open_workspace(path)
    workspace.apply(SetField(SESSION, ("steps", 0, "title"), "Welkom en kennismaking", "Change"))
    assert workspace.modified
    assert save_workspace(workspace) == [path]
    assert not workspace.modified
    assert backup_path(path).read_text(encoding="utf-8") == original
    text = path.read_text(encoding="utf-8")
    assert text == original.replace("title: Inleiding & ijsbreker", "title: Welkom en kennismaking")
    assert load_agenda(path).steps[0].title == "Welkom en kennismaking"
    # Nothing half-written is left beside it.
    assert sorted(p.name for p in own_copy.iterdir() if p.name.startswith(".")) == []


def test_a_library_edit_saves_the_library_file_only(own_copy: Path) -> None:
    path = own_copy / "sessie-1-outreach-en-curricula.yaml"
    library = own_copy / "steam-coach-materiaal.yaml"
    workspace = open_workspace(path)
    workspace.apply(
        SetField("steam-coach-materiaal.yaml", ("sections", 0, "category"), "Advies", "x")
    )
    assert save_workspace(workspace) == [library]
    assert not backup_path(path).exists()
    assert load_agenda(path).sections[0].category == "Advies"


def test_a_failed_write_says_why_and_leaves_the_file(
    own_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = own_copy / "sessie-1-outreach-en-curricula.yaml"
    original = path.read_bytes()
    workspace = open_workspace(path)
    workspace.apply(SetField(SESSION, ("title",), "Anders", "Change"))

    def full(_path: Path, _data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "write_atomically", full)
    with pytest.raises(
        SaveError, match="was not saved, and the file on disk is unchanged: No space"
    ):
        save_workspace(workspace)
    assert path.read_bytes() == original
    assert workspace.modified


def test_text_that_would_not_read_back_is_not_written(own_copy: Path) -> None:
    path = own_copy / "sessie-1-outreach-en-curricula.yaml"
    original = path.read_bytes()
    workspace = open_workspace(path)
    workspace.apply(SetField(SESSION, ("title",), "Anders", "Change"))
    workspace.session.data["title"] = "Iets anders"  # as if the writer had a bug
    with pytest.raises(SaveError, match="would not read back"):
        write_document(workspace.session)
    assert path.read_bytes() == original


def test_save_as_my_copy_writes_the_session_and_its_library(sessions: Path) -> None:
    workspace = open_workspace(default_agenda())
    workspace.apply(SetField(SESSION, ("steps", 0, "title"), "Eigen titel", "Change"))
    copy = save_as_copy(workspace, sessions_dir())
    assert (
        copy == sessions / "sessie-1-outreach-en-curricula" / "sessie-1-outreach-en-curricula.yaml"
    )
    assert sorted(p.name for p in copy.parent.iterdir()) == [
        "sessie-1-outreach-en-curricula.yaml",
        "steam-coach-materiaal.yaml",
    ]
    assert (copy.parent / "steam-coach-materiaal.yaml").read_bytes() == (
        agendas_dir() / "steam-coach" / "steam-coach-materiaal.yaml"
    ).read_bytes()
    agenda = load_agenda(copy)
    assert agenda.steps[0].title == "Eigen titel"
    assert agenda.section("casestudy") is not None or agenda.sections
    # The workspace now edits the copy, saved in place from now on.
    assert not workspace.bundled and workspace.path == copy and not workspace.modified
    workspace.apply(SetField(SESSION, ("steps", 0, "title"), "Nog eens", "Change"))
    assert save_workspace(workspace) == [copy]
    # A second copy of the same session gets a folder of its own.
    again = save_as_copy(open_workspace(default_agenda()), sessions_dir())
    assert again.parent.name == "sessie-1-outreach-en-curricula-2"


def test_a_copy_puts_a_library_named_with_a_folder_beside_it(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "lib.yaml").write_text(
        "format: 1\nkind: library\ntitle: Gedeeld\nsections:\n  - id: tips\n    title: Tips\n",
        encoding="utf-8",
    )
    session = tmp_path / "own" / "s.yaml"
    session.parent.mkdir()
    session.write_text(
        "format: 1\ntitle: S\nduration: 5\nlibrary:\n  - ../shared/lib.yaml\nsteps:\n"
        "  - id: a\n    title: A\n    minutes: 5\n    project:\n      - section: tips\n",
        encoding="utf-8",
    )
    copy = save_as_copy(open_workspace(session), tmp_path / "sessions")
    assert load_agenda(copy).session.library == ["lib.yaml"]
    assert (copy.parent / "lib.yaml").exists()
    assert "../shared/lib.yaml" in session.read_text(encoding="utf-8")  # the original unchanged


def test_write_is_atomic_through_a_synced_hidden_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator import files

    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(files.os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    target = tmp_path / "x.yaml"
    files.write_atomically(target, b"format: 1\n")
    assert target.read_bytes() == b"format: 1\n"
    assert len(synced) >= 1
    assert not (tmp_path / ".x.yaml.part").exists()


# --- new sessions ---------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en", "de"])
def test_a_blank_session_loads_and_has_its_own_folder(sessions: Path, language: str) -> None:
    path = new_session_file(
        sessions, "Mijn workshop: deel 1", blank_session_text("Mijn workshop: deel 1", language)
    )
    assert path == sessions / "mijn-workshop-deel-1" / "mijn-workshop-deel-1.yaml"
    agenda = load_agenda(path)
    assert agenda.title == "Mijn workshop: deel 1"
    assert agenda.session.language == language
    assert agenda.total_minutes == 10 == agenda.session.duration
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_names_of_files_and_folders(tmp_path: Path) -> None:
    assert slug("Inleiding & ijsbreker") == "inleiding-ijsbreker"
    assert slug("Één: Ça va?") == "een-ca-va"
    assert slug("!!!") == "session"
    (tmp_path / "a").mkdir()
    (tmp_path / "a-2").mkdir()
    assert unique_folder(tmp_path, "a") == tmp_path / "a-3"


def test_adding_a_document_to_a_copy_and_saving_it(sessions: Path) -> None:
    workspace = open_workspace(default_agenda())
    copy = save_as_copy(workspace, sessions_dir())
    workspace.apply(changes.add_fragment(workspace, 0, "documents"))
    workspace.apply(
        SetField(SESSION, ("handouts", 0, "documents", 3, "text"), "Een lokaal leerplan.\n", "x")
    )
    save_workspace(workspace)
    agenda = load_agenda(copy)
    added = agenda.fragment("hand-out-1/document-d")
    assert added is not None and added[1].title == "Document D"
