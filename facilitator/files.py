"""Files written whole or not at all (pure: no Qt)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a hidden file beside it, then rename it.

    A full disk or a folder that cannot be written raises the system's
    ``OSError`` and never leaves half a file under ``path``: an existing file
    stays as it was.
    """
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
