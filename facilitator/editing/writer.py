"""Save edited agenda files: checked, whole or not at all, the previous version kept (pure).

Before a file is written, its text is read back by the loader's own reader and
must give exactly the data the editor holds: what the writer writes loads
identically, or nothing is written. The previous version is kept beside the
file as ``NAME.yaml.bak`` (one version: the one before this save), and the new
text replaces the file through :func:`facilitator.files.write_atomically`.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.agenda.errors import AgendaError
from facilitator.agenda.yaml_source import parse_file
from facilitator.editing.document import Document
from facilitator.files import write_atomically
from facilitator.i18n import translate
from facilitator.paths import is_bundled

BACKUP_SUFFIX = ".bak"


class SaveError(Exception):
    """A file could not be saved; the message says why in the trainer's words."""


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.yaml.bak`` beside it."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def checked_text(document: Document, path: Path | None = None) -> bytes:
    """The document's text as bytes, after making sure it reads back as its data."""
    target = path if path is not None else document.path
    text = document.text()
    raw = text.encode("utf-8")
    try:
        parsed = parse_file(target, raw)
    except AgendaError as error:
        raise SaveError(_not_written(target, str(error))) from None
    if parsed.issues or parsed.data != document.data:
        raise SaveError(
            _not_written(
                target,
                translate("Editor", "the text written would not read back as the session edited"),
            )
        )
    return raw


def _not_written(path: Path, why: str) -> str:
    return translate(
        "Editor", "{file} was not saved, and the file on disk is unchanged: {why}."
    ).format(file=path.name, why=why)


def write_document(document: Document, path: Path | None = None) -> Path:
    """Save ``document`` to ``path`` (default: its own), keeping the previous version.

    Refuses a bundled file: the app's own sessions are never overwritten.
    Raises SaveError with the reason (a full disk, no permission ...).
    """
    target = path if path is not None else document.path
    if is_bundled(target):
        raise SaveError(
            translate(
                "Editor",
                "{file} is one of the app's own sessions and is never changed: "
                "save it as your copy instead.",
            ).format(file=target.name)
        )
    raw = checked_text(document, target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            previous = target.read_bytes()
            if previous != raw:
                write_atomically(backup_path(target), previous)
        write_atomically(target, raw)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SaveError(_not_written(target, reason)) from None
    document.mark_saved(raw.decode("utf-8"))
    return target
