"""Where the app keeps its data and finds its bundled agendas (no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Facilitator"
DEFAULT_AGENDA = "steam-coach/sessie-1-outreach-en-curricula.yaml"


def data_dir() -> Path:
    """The user's data folder for run journals; ``FACILITATOR_DATA_DIR`` overrides it."""
    override = os.environ.get("FACILITATOR_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def runs_dir() -> Path:
    """The folder that holds one journal file per run."""
    return data_dir() / "runs"


def agendas_dir() -> Path:
    """The folder of the agendas bundled with the app.

    An installed wheel carries them inside the package (``facilitator/agendas``,
    see pyproject.toml); a source checkout has them at the top, beside it.
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "agendas", package.parent / "agendas"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled agendas are missing from this installation")


def assets_dir() -> Path:
    """The folder of the files the app ships (icons), installed or in a checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "assets", package.parent / "assets"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the app's assets are missing from this installation")


def bundled_agendas() -> list[Path]:
    """Every bundled session file (library files excluded), sorted by path."""
    found = []
    for path in sorted(agendas_dir().rglob("*.yaml")):
        # Library files hold shared texts, not a session one can run.
        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
        if "\nkind: library" not in head:
            found.append(path)
    return found


def default_agenda() -> Path:
    """The agenda opened when the app starts without a file: STEAM Coach session 1."""
    return agendas_dir() / DEFAULT_AGENDA
