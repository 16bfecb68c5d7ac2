"""The files the participants' site serves, read once from the app's own assets (pure).

Only these names exist: a request names one of them, never a path, so no
request can reach any other file (there is no directory to list and nothing
to traverse).
"""

from __future__ import annotations

from typing import Final

from facilitator.participants.site import Asset
from facilitator.paths import assets_dir

#: Every file served, by the name a request uses, with its type.
FILES: Final = {
    "app.js": "text/javascript; charset=utf-8",
    "remote.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}


def site_assets() -> dict[str, Asset]:
    """The site's files, read from ``assets/participants``."""
    folder = assets_dir() / "participants"
    return {name: Asset((folder / name).read_bytes(), kind) for name, kind in FILES.items()}
