"""Checked agendas from the cache: the same agenda, and never a stale one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import facilitator.agenda.load as loader
from facilitator.agenda import cache
from facilitator.agenda.cache import entry_path, load_cached
from facilitator.agenda.errors import AgendaError
from facilitator.agenda.load import load_agenda
from facilitator.paths import agendas_dir, default_agenda


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """A copy of the bundled session 1 and its libraries, free to change."""
    source = default_agenda().parent
    shutil.copytree(source, tmp_path / source.name)
    return tmp_path / source.name / default_agenda().name


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files actually loaded (YAML and validation) by load_agenda, in order."""
    calls: list[Path] = []
    real = loader.load_agenda

    def load(path: str | Path, **kwargs: object) -> object:
        calls.append(Path(path))
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load_agenda", load)
    return calls


def test_a_second_open_takes_the_checked_agenda_from_the_cache(
    session: Path, tmp_path: Path, counted: list[Path]
) -> None:
    folder = tmp_path / "cache"
    first = load_cached(session, folder)
    second = load_cached(session, folder)
    assert counted == [session]  # loaded once, then taken from the cache
    assert second == first == load_agenda(session)
    assert second.session.model_dump() == first.session.model_dump()
    assert second.sections == first.sections and second.content_hash == first.content_hash
    assert entry_path(folder, session).is_file()


def test_a_changed_session_file_is_loaded_again(
    session: Path, tmp_path: Path, counted: list[Path]
) -> None:
    folder = tmp_path / "cache"
    load_cached(session, folder)
    text = session.read_text(encoding="utf-8")
    session.write_text(
        text.replace("\ntitle: Ontwerpen", "\ntitle: Het ontwerpen"), encoding="utf-8"
    )
    changed = load_cached(session, folder)
    assert counted == [session, session]
    assert changed.title.startswith("Het ontwerpen")


def test_a_changed_library_file_is_loaded_again(
    session: Path, tmp_path: Path, counted: list[Path]
) -> None:
    folder = tmp_path / "cache"
    agenda = load_cached(session, folder)
    library = session.parent / agenda.session.library[0]
    library.write_bytes(library.read_bytes() + b"\n# a comment changes the bytes\n")
    load_cached(session, folder)
    assert counted == [session, session]


def test_another_version_of_the_code_loads_again(
    session: Path, tmp_path: Path, counted: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    load_cached(session, folder)
    monkeypatch.setattr(cache, "code_digest", lambda: "another version")
    load_cached(session, folder)
    assert counted == [session, session]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_cache_is_only_a_slower_start(
    session: Path, tmp_path: Path, counted: list[Path], damage: bytes
) -> None:
    folder = tmp_path / "cache"
    expected = load_cached(session, folder)
    entry_path(folder, session).write_bytes(damage)
    assert load_cached(session, folder) == expected
    assert counted == [session, session]
    assert load_cached(session, folder) == expected  # and the entry was renewed
    assert counted == [session, session]


def test_a_file_with_problems_is_reported_and_never_cached(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\ntitle: Kapot\nsteps: []\n", encoding="utf-8")
    folder = tmp_path / "cache"
    with pytest.raises(AgendaError):
        load_cached(broken, folder)
    assert not entry_path(folder, broken).exists()


def test_a_cache_folder_that_cannot_be_written_still_opens_the_agenda(
    session: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    assert load_cached(session, blocked) == load_agenda(session)


def test_the_same_file_by_another_name_is_another_entry(session: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    load_cached(session, folder)
    relative = Path(*session.parts)  # the same file, so the same absolute path
    assert entry_path(folder, relative) == entry_path(folder, session)
    other = default_agenda()
    assert entry_path(folder, other) != entry_path(folder, session)
    assert load_cached(other, folder).path == other.absolute()
    assert str(agendas_dir()) in str(load_cached(other, folder).path)
