"""Save a workspace in place, or as the trainer's own copy in their sessions folder (pure).

A bundled session is never overwritten: :func:`save_as_copy` writes the session
and its library files, as edited, into a new folder of the trainer's sessions
folder (``sessions/<name>/``), and the workspace goes on editing the copy. A
library file named with a folder (``../gedeeld/x.yaml``) is put beside the copy
and the copy's ``library`` list names it so, so that the copy stands alone.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from pathlib import Path

from facilitator.editing.workspace import SESSION, Workspace
from facilitator.editing.writer import SaveError, write_document


def save_workspace(workspace: Workspace) -> list[Path]:
    """Save every modified document of ``workspace`` in place; returns the files written.

    Raises SaveError for a bundled session (save it as a copy) or a failed write.
    """
    written = []
    for key in workspace.keys:
        document = workspace.document(key)
        if document.modified or (key == SESSION and not document.path.exists()):
            written.append(write_document(document))
    return written


def slug(text: str, fallback: str = "session") -> str:
    """A file or id name from a title: 'Inleiding & ijsbreker' → 'inleiding-ijsbreker'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:48].strip("-")
    return name or fallback


def unique_folder(parent: Path, name: str) -> Path:
    """``parent/name``, or ``name-2``, ``name-3`` ... when that folder exists already."""
    candidate = parent / name
    number = 2
    while candidate.exists():
        candidate = parent / f"{name}-{number}"
        number += 1
    return candidate


def save_as_copy(workspace: Workspace, sessions: Path) -> Path:
    """Write the session and its library files as edited into a new folder of ``sessions``.

    The workspace then edits the copy (no longer bundled). Returns the copy's
    session file. Raises SaveError when it cannot be written; nothing is left
    half-made then (the new folder is removed again).
    """
    folder = unique_folder(sessions, workspace.path.stem)
    session = workspace.session
    targets: dict[str, Path] = {SESSION: folder / workspace.path.name}
    entries = session.data.get("library")
    renames: list[tuple[int, str]] = []
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, str) or entry not in workspace.keys:
            continue
        name = Path(entry).name
        targets[entry] = folder / name
        if name != entry:
            renames.append((index, name))
    undo_renames = [session.set(("library", index), name) for index, name in renames]
    written: list[Path] = []
    try:
        for key, target in targets.items():
            written.append(write_document(workspace.document(key), target))
    except SaveError:
        for path in written:
            path.unlink(missing_ok=True)
        for undo in reversed(undo_renames):
            undo()
        _remove_empty(folder)
        raise
    workspace.relocate(targets, bundled=False)
    return targets[SESSION]


def _remove_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
