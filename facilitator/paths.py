"""Where the app keeps its data and finds its bundled agendas (no Qt)."""

from __future__ import annotations

import os
from dataclasses import dataclass
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


def cache_dir() -> Path:
    """The user's cache folder (checked agendas); ``FACILITATOR_CACHE_DIR`` overrides it.

    Under tests (``FACILITATOR_TESTING``) it is inside the data folder, never the user's.
    """
    override = os.environ.get("FACILITATOR_CACHE_DIR")
    if override:
        return Path(override)
    if os.environ.get("FACILITATOR_TESTING"):
        return data_dir() / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def runs_dir() -> Path:
    """The folder that holds one journal file per run."""
    return data_dir() / "runs"


def sessions_dir() -> Path:
    """The trainer's own sessions (their copies and new ones), one folder per session."""
    return data_dir() / "sessions"


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


def guide_dir() -> Path:
    """The folder of the getting-started guide and the user guide (``docs/guide`` in a checkout)."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "guide", package.parent / "docs" / "guide"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the guides are missing from this installation")


def guide_text(name: str, language: str) -> str:
    """A guide (``getting-started``, ``user-guide``) as Markdown in ``language``, else English."""
    folder = guide_dir()
    for code in (language, "en"):
        path = folder / f"{name}.{code}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"the guide {name} is missing from this installation")


def bundled_agendas() -> list[Path]:
    """Every bundled session file (library files excluded).

    The default agenda's folder (the Dutch STEAM Coach sessions) comes first, then the
    other folders (such as their English version), each sorted by path: code that wants
    "the bundled session 1 and 2" takes the first two.
    """
    home = default_agenda().parent
    paths = sorted(agendas_dir().rglob("*.yaml"), key=lambda p: (p.parent != home, p))
    return [path for path in paths if not is_library_file(path)]


def is_library_file(path: Path) -> bool:
    """Whether ``path`` is a library file (shared texts, not a session one can run).

    A look at the file's first lines, without loading it; a file that cannot be
    read counts as a session (opening it says what is wrong).
    """
    try:
        with path.open(encoding="utf-8", errors="replace") as stream:
            head = stream.read(4000)
    except OSError:
        return False
    return "\nkind: library" in head or head.startswith("kind: library")


def is_bundled(path: Path) -> bool:
    """Whether ``path`` is one of the files shipped with the app (never overwritten)."""
    try:
        return path.resolve().is_relative_to(agendas_dir().resolve())
    except (OSError, ValueError, FileNotFoundError):
        return False


def agenda_name(path: str) -> str:
    """How reports name an agenda file: a bundled one by the bundle's folder and its path in
    it (``agendas/steam-coach/sessie-1-….yaml``, the same in a checkout, where it is the
    path from the repository's top, and in any installation); any other by ``path`` as
    recorded."""
    if not path:
        return path
    try:
        inside = Path(path).resolve().relative_to(agendas_dir().resolve())
    except (OSError, ValueError, FileNotFoundError):
        return path
    return f"agendas/{inside.as_posix()}"


# Each language by its own name, as language choosers show them.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "de": "Deutsch", "fr": "Français"}


@dataclass(frozen=True)
class BundledSession:
    """What a list of the bundled sessions shows of one file, read without loading it."""

    path: Path
    title: str
    subtitle: str | None
    language: str
    short_title: str | None = None

    @property
    def short_name(self) -> str:
        """How lists name the session: its ``short_title``, else its title."""
        return self.short_title or self.title

    @property
    def language_name(self) -> str:
        """The session's language in that language ("Nederlands", "English"), else its code."""
        return LANGUAGE_NAMES.get(self.language.split("-")[0], self.language)


def bundled_sessions() -> list[BundledSession]:
    """The bundled sessions in the order of :func:`bundled_agendas`, with their titles."""
    return [read_bundled(path) for path in bundled_agendas()]


def read_bundled(path: Path) -> BundledSession:
    """The title, subtitle and language of a session file from its top-level lines.

    A cheap look, so that a menu needs no full load at start-up; a missing title falls
    back to the file name and a missing language to the format's default, ``nl``.
    """
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        key, colon, value = line.partition(":")
        if colon and key in ("title", "subtitle", "language", "short_title"):
            fields[key] = value.strip().strip("\"'")
    return BundledSession(
        path=path,
        title=fields.get("title") or path.stem,
        subtitle=fields.get("subtitle") or None,
        language=fields.get("language") or "nl",
        short_title=fields.get("short_title") or None,
    )


def default_agenda() -> Path:
    """The agenda opened when the app starts without a file: STEAM Coach session 1."""
    return agendas_dir() / DEFAULT_AGENDA
