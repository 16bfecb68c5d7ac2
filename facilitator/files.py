"""Files written whole or not at all (pure: no Qt)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a hidden file beside it, then rename it.

    The hidden file is flushed to the disk before the rename, and the folder
    after it, so that a crash or a power cut leaves either the old file or the
    new one, never half a file. A full disk or a folder that cannot be written
    raises the system's ``OSError``; an existing file then stays as it was.
    """
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        with partial.open("r+b") as stream:  # to the disk before it takes the name
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder, nor needs to."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
