"""The runs the trainer left out of comparisons and suggestions, remembered in the runs folder.

One small JSON file beside the journals (``comparison.json``: ``{"left_out":
[run ids]}``), so that the Reports dialog, ``facilitator report`` and
``facilitator runs`` agree, and a copied runs folder keeps the choice. A file
that cannot be read or makes no sense counts as "nothing left out": a
comparison with one run too many is better than no report.
"""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.files import write_atomically

FILE_NAME = "comparison.json"


def left_out_runs(folder: Path) -> frozenset[str]:
    """The run ids the trainer left out (empty when none, or when the file is unreadable)."""
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    ids = data.get("left_out") if isinstance(data, dict) else None
    if not isinstance(ids, list):
        return frozenset()
    return frozenset(i for i in ids if isinstance(i, str))


def set_left_out(folder: Path, run_id: str, left_out: bool) -> frozenset[str]:
    """Leave ``run_id`` out of comparisons (True) or use it again (False); the new set.

    Raises ``OSError`` when the folder cannot be written (the caller says so).
    """
    current = set(left_out_runs(folder))
    if left_out:
        current.add(run_id)
    else:
        current.discard(run_id)
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"left_out": sorted(current)}, indent=2) + "\n"
    write_atomically(folder / FILE_NAME, text.encode("utf-8"))
    return frozenset(current)
