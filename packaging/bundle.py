"""What the one-folder build holds and what it leaves out.

Plain data and pure functions (no Qt, no PyInstaller), read by
``facilitator.spec`` (the PyInstaller recipe), by ``build.py`` and by the
tests, so that each choice is written down once, with its reason.
"""

from __future__ import annotations

import posixpath
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NAME = "facilitator"  # the executable and the folder
DISPLAY_NAME = "Facilitator"  # the macOS bundle, the Windows installer
# Reverse-DNS identifier of the macOS bundle; whoever signs the app for
# distribution replaces it with one under their own domain (docs/install.md).
BUNDLE_ID = "org.facilitator.Facilitator"
ENTRY_SCRIPT = ROOT / "facilitator" / "__main__.py"

# The files the app reads at run time, as (source, folder inside the bundle).
# Inside the frozen folder they sit where an installed wheel has them
# (facilitator/agendas, facilitator/assets, ...), so facilitator/paths.py
# finds them through the package's own folder, frozen or not.
DATA = (
    ("agendas", "facilitator/agendas"),
    ("assets", "facilitator/assets"),
    ("docs/guide", "facilitator/guide"),
    ("facilitator/agenda/schema.json", "facilitator/agenda"),
)
# The compiled translations (facilitator/i18n/*.qm), bundled once they exist.
TRANSLATIONS = ("facilitator/i18n", "*.qm")

# Qt modules the app uses today or is about to (the participants' server of
# issue 10), named so that the build has them even before the code imports
# them: QtSvg renders the window icon, QtNetwork, QtWebSockets and
# QtHttpServer serve the participants' phones. QtCore, QtGui, QtWidgets,
# QtMultimedia and QtDBus are found through the app's own imports. qtawesome is
# named too: the app reads its icon font from qtawesome's folder without
# importing it (facilitator/ui/icons.py), and its hook brings the fonts.
HIDDEN_IMPORTS = (
    "qtawesome",
    "PySide6.QtSvg",
    "PySide6.QtNetwork",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
)

# Python modules never imported by the app. The Qt ones are pulled in by
# qtpy (which qtawesome imports: it tries QtOpenGL and QtDataVisualization and
# copes without them) or by PyInstaller's Qt hooks; the rest are development
# tools that reach the analysis through pydantic's optional plug-ins.
EXCLUDED_QT_MODULES = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtAxContainer",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtLocation",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
)
EXCLUDED_OTHER_MODULES = (
    "PyQt5",
    "PyQt6",
    "PySide2",
    "_pytest",
    "hypothesis",
    "jsonschema",
    "mypy",
    "pip",
    "pypdf",
    "pytest",
    "setuptools",
    "tkinter",
)

# Qt plug-ins the app never loads, as patterns on the path inside the bundle
# (lower case, forward slashes). Every library that only these needed is left
# out with them (see orphans()).
DROPPED_PLUGINS = (
    # The FFmpeg media backend (libavcodec & co., about 20 MB): QSoundEffect
    # plays the chimes without any backend ("No QtMultimedia backends found.
    # Only ... QSoundEffect, QAudioSink ... are available").
    r"/plugins/multimedia/",
    # Embedded devices: framebuffer, KMS, VNC and Vulkan displays, evdev input.
    r"/plugins/(egldeviceintegrations|generic)/",
    r"/plugins/platforms/[^/]*(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)",
    # The on-screen keyboard is written in QML: it brings QtQuick and QtQml.
    r"/plugins/platforminputcontexts/[^/]*virtualkeyboard",
    # PDF files as images brings QtPdf; the app writes PDFs, it never shows one.
    r"/plugins/imageformats/[^/]*pdf",
    # The GTK 3 theme brings a private copy of GTK, cairo and pango (about
    # 15 MB) that may not match the system's; the XDG portal theme stays and
    # gives the desktop's own file dialogs.
    r"/plugins/platformthemes/[^/]*gtk3",
)

# Qt's own translations kept: the catalogues of the dialogs' standard buttons
# and texts (qtbase) and their index files (qt_*.qm), every language.
KEPT_QT_TRANSLATIONS = r"/translations/qt(base)?_[^/]*\.qm$"


def result_path(dist: Path, platform: str = sys.platform) -> Path:
    """What the build hands out: the folder, or the .app bundle on macOS."""
    if platform == "darwin":
        return dist / f"{DISPLAY_NAME}.app"
    return dist / NAME


def executable_path(dist: Path, platform: str = sys.platform, console: bool = False) -> Path:
    """The frozen program in the build's result.

    ``console``: on Windows the twin with a console (``facilitator-cli.exe``),
    whose standard output works; elsewhere the one program does both.
    """
    if platform == "darwin":
        return result_path(dist, platform) / "Contents" / "MacOS" / NAME
    if platform == "win32":
        return dist / NAME / (f"{NAME}-cli.exe" if console else f"{NAME}.exe")
    return dist / NAME / NAME


def excluded_modules() -> tuple[str, ...]:
    """Every Python module the analysis must leave out."""
    return EXCLUDED_QT_MODULES + EXCLUDED_OTHER_MODULES


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's ``datas``.

    The translations are included when at least one ``.qm`` file exists, so
    the build needs no change when they arrive.
    """
    pairs = [(str(root / source), dest) for source, dest in DATA]
    folder, pattern = TRANSLATIONS
    if any((root / folder).glob(pattern)):
        pairs.append((str(root / folder / pattern), folder))
    return pairs


def _normal(dest: str) -> str:
    """A bundle path in one form for matching: lower case, forward slashes, leading slash."""
    return "/" + dest.replace("\\", "/").lower().lstrip("/")


def is_dropped_plugin(dest: str) -> bool:
    """Whether the binary at ``dest`` in the bundle is a Qt plug-in the app never loads."""
    path = _normal(dest)
    return any(re.search(pattern, path) for pattern in DROPPED_PLUGINS)


def is_dropped_translation(dest: str) -> bool:
    """Whether ``dest`` is one of Qt's translation files that the app does not need."""
    path = _normal(dest)
    return (
        "/translations/" in path
        and path.endswith(".qm")
        and "/pyside6/" in path
        and not (re.search(KEPT_QT_TRANSLATIONS, path))
    )


def orphans(
    binaries: Iterable[str],
    dropped: Iterable[str],
    imports_of: Callable[[str], Iterable[str]],
) -> set[str]:
    """The binaries that only the ``dropped`` ones need, directly or not.

    ``imports_of(name)`` gives the bundled binaries that ``name`` links to.
    A binary is an orphan when a dropped one reaches it and no binary that
    stays does: libraries loaded at run time rather than linked (which no
    import names) are never touched, because nothing dropped reaches them.
    """
    everything = set(binaries)
    dropped_set = set(dropped) & everything

    def closure(start: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            todo.extend(dep for dep in imports_of(name) if dep in everything)
        return seen

    reached_by_dropped = closure(dropped_set)
    staying = everything - reached_by_dropped
    needed = closure(staying)
    return reached_by_dropped - dropped_set - needed


def dangling_symlinks(entries: Iterable[tuple[str, str, str]], kept: Iterable[str]) -> set[str]:
    """The SYMLINK entries of a PyInstaller TOC whose target is no longer in the bundle.

    PyInstaller links each Qt library into the top folder as well
    (``_internal/libQt6Quick.so.6 -> PySide6/Qt/lib/libQt6Quick.so.6``);
    when the library is left out, its link must go too. A link to a folder
    (a macOS framework's ``Versions/Current``) stays while anything under it does.
    """
    present = {_normal(dest) for dest in kept}
    dangling = set()
    for dest, source, kind in entries:
        if kind != "SYMLINK":
            continue
        parent = _normal(dest).rsplit("/", 1)[0]
        target = posixpath.normpath(f"{parent}/{source.replace(chr(92), '/').lower()}")
        if target not in present and not any(p.startswith(target + "/") for p in present):
            dangling.add(dest)
    return dangling


def dependency_index(
    entries: Iterable[tuple[str, str]],
    linked: Callable[[str], Iterable[tuple[str, str | None]]],
) -> Callable[[str], set[str]]:
    """``imports_of`` for :func:`orphans` over (dest, source) pairs of a bundle.

    ``linked(source)`` gives (referenced name, resolved path or None) pairs,
    as PyInstaller's ``bindepend.get_imports`` does; a reference is matched
    to a bundled binary by resolved path, else by file name.
    """
    by_source = {}
    by_name: dict[str, str] = {}
    for dest, source in entries:
        by_source[dest] = source
        by_name.setdefault(_file_name(dest), dest)
    by_real = {_real(source): dest for dest, source in by_source.items()}
    cache: dict[str, set[str]] = {}

    def imports_of(dest: str) -> set[str]:
        if dest not in cache:
            found = set()
            for name, resolved in linked(by_source[dest]):
                match = by_real.get(_real(resolved)) if resolved else None
                match = match or by_name.get(_file_name(name))
                if match is not None and match != dest:
                    found.add(match)
            cache[dest] = found
        return cache[dest]

    return imports_of


def _file_name(path: str) -> str:
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.lower() if sys.platform == "win32" else name


def _real(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return path


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (links not followed, counted once)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def summary_sizes(folder: Path, top: int = 8) -> list[tuple[str, int]]:
    """The ``top`` largest files under ``folder``, as (relative path, bytes)."""
    sizes = [
        (str(p.relative_to(folder)), p.lstat().st_size)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(sizes, key=lambda item: -item[1])[:top]


def with_mapping(mapping: Mapping[str, Iterable[str]]) -> Callable[[str], Iterable[str]]:
    """``imports_of`` from a plain mapping (for tests and diagnostics)."""
    return lambda name: mapping.get(name, ())
