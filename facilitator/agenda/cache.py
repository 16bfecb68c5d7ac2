"""Agendas already checked, kept in the user's cache folder: the app opens them without YAML or
validation (pure), and without pydantic: in their plain form (:mod:`facilitator.agenda.plain`).

Loading session 1 costs its YAML, the pydantic validation (the models are
built on their first use, ``defer_build``) and the rules: most of the time
before the first paint that the app's own code adds (issue 14). The same
files checked by the same code give the same agenda, so :func:`load_cached`
keeps what :func:`~facilitator.agenda.load.load_agenda` returned, with the
digest of every file it read (the session and its libraries) and of the code
that checked them. Opened again, the files are read and hashed (well under a
millisecond); when every digest matches, the agenda is taken from the cache,
else the files are loaded and checked as always, and the cache renewed.

A cache that cannot be read or written (damaged, another version's, a
read-only folder) is only a slower start: the agenda is loaded as always.
The cache holds what this app wrote itself, in the user's own folder, as the
byte code Python keeps beside the sources.

The agendas are kept, and returned, in their plain form: the same attributes
as the models, without pydantic, which the first paint of an agenda from the
cache then never loads (issue 14). An agenda loaded on a miss is returned in
that form too, so that the app sees one form whichever way it came.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import pickle
import sys
from pathlib import Path

from facilitator import __version__
from facilitator.agenda.agenda import Agenda
from facilitator.agenda.plain import plain
from facilitator.digest import sha256

FORMAT = 2  # 2: the plain form
_HERE = Path(__file__).resolve().parent


def code_digest() -> str:
    """What the cached agendas depend on: this version and the agenda package's code."""
    digest = sha256(f"{FORMAT} {__version__} {sys.version}".encode())
    digest.update(_pydantic_version())
    sources = sorted(_HERE.glob("*.py"))
    for source in sources:
        with contextlib.suppress(OSError):
            digest.update(source.read_bytes())
    if not sources:  # a frozen build has no sources: the program itself then
        with contextlib.suppress(OSError):
            stat = Path(sys.executable).stat()
            digest.update(f"{stat.st_size} {stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _pydantic_version() -> bytes:
    """Pydantic's version file, read without importing pydantic (the check's rules)."""
    with contextlib.suppress(ImportError, ValueError, OSError, TypeError):
        spec = importlib.util.find_spec("pydantic")
        if spec is not None and spec.origin is not None:
            return (Path(spec.origin).parent / "version.py").read_bytes()
    return b"pydantic ?"


def in_plain_form(agenda: Agenda) -> Agenda:
    """The agenda with its session and libraries in their plain form."""
    return Agenda(
        path=agenda.path,
        session=plain(agenda.session),
        libraries=plain(agenda.libraries),
        content_hash=agenda.content_hash,
    )


def file_digest(path: Path) -> str | None:
    """The SHA-256 of a file's bytes; None when it cannot be read."""
    try:
        return sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def files_of(agenda: Agenda) -> list[Path]:
    """The files an agenda was loaded from: its session file and the libraries it names."""
    return [agenda.path, *(agenda.path.parent / entry for entry in agenda.session.library)]


def entry_path(folder: Path, path: Path) -> Path:
    """Where the cache keeps the agenda of the session file ``path``."""
    name = sha256(str(path.absolute()).encode()).hexdigest()[:32]
    return folder / f"{name}.agenda"


def _cached(entry: Path, code: str) -> Agenda | None:
    try:
        with entry.open("rb") as stream:
            header = pickle.load(stream)
            if not isinstance(header, dict) or header.get("code") != code:
                return None
            files = header.get("files")
            if not isinstance(files, list) or not files:
                return None
            for name, digest in files:
                if file_digest(Path(name)) != digest:
                    return None  # a file changed (or is gone): load it properly
            agenda = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError,
            ValueError, IndexError):  # fmt: skip
        return None
    return agenda if isinstance(agenda, Agenda) else None


def _store(entry: Path, code: str, agenda: Agenda) -> None:
    files = []
    for path in files_of(agenda):
        digest = file_digest(path)
        if digest is None:
            return
        files.append((str(path), digest))
    header = {"code": code, "files": files}
    partial = entry.with_name(f".{entry.name}.{os.getpid()}.part")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as stream:
            pickle.dump(header, stream, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(agenda, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, entry)  # a reader sees the old entry or the new one, whole
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            partial.unlink()


def load_cached(path: str | Path, folder: Path) -> Agenda:
    """The agenda of the session file ``path``, from ``folder`` when its files are unchanged.

    Otherwise (and when the cache cannot be used) what
    :func:`~facilitator.agenda.load.load_agenda` returns, in the plain form, and
    the AgendaError of a file with problems, which is never cached.
    """
    path = Path(path)
    code = code_digest()
    entry = entry_path(folder, path)
    agenda = _cached(entry, code)
    if agenda is not None and agenda.path == path.absolute():
        return agenda
    from facilitator.agenda.load import load_agenda  # YAML and validation: on a miss only

    agenda = in_plain_form(load_agenda(path))
    _store(entry, code, agenda)
    return agenda
