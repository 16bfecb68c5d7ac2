"""The Linux menu entry and icon, installed for the user on request, and removed again.

``facilitator install-desktop`` writes, following the XDG specifications:

- ``$XDG_DATA_HOME/applications/facilitator.desktop`` (the menu entry), and
- ``$XDG_DATA_HOME/icons/hicolor/scalable/apps/facilitator.svg`` (its icon),

``$XDG_DATA_HOME`` being ``~/.local/share`` unless set. The entry starts the
installation that wrote it: the frozen program of a one-folder build, or the
``facilitator`` script of the virtual environment (else ``python -m
facilitator`` with that environment's Python). ``--remove`` deletes both,
but only files this module wrote (the entry carries a mark; the icon must be
ours). No Qt here: the files are plain text and a copy.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

APP_ID = "facilitator"  # the entry's file name and the icon's name
ENTRY_NAME = f"{APP_ID}.desktop"
ICON_NAME = f"{APP_ID}.svg"
MARK = "X-Facilitator-Installed-By=facilitator install-desktop"

# Characters that oblige an argument of Exec to be quoted (Desktop Entry
# Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class Installed:
    """Where the entry and the icon were written, and the command the entry runs."""

    entry: Path
    icon: Path
    command: tuple[str, ...]


def data_home(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return (home or Path.home()) / ".local" / "share"


def entry_path(base: Path) -> Path:
    """The menu entry's file under the data folder ``base``."""
    return base / "applications" / ENTRY_NAME


def icon_path(base: Path) -> Path:
    """The icon's file in the user's hicolor theme under ``base``."""
    return base / "icons" / "hicolor" / "scalable" / "apps" / ICON_NAME


def launch_command(
    executable: str | None = None, frozen: bool | None = None, script_name: str = APP_ID
) -> tuple[str, ...]:
    """The command that starts this installation of Facilitator.

    Frozen (a PyInstaller build), the executable is the program itself.
    Otherwise the environment's own ``facilitator`` script beside its Python,
    else that Python running the package.
    """
    program = Path(executable if executable is not None else sys.executable)
    if frozen if frozen is not None else bool(getattr(sys, "frozen", False)):
        return (str(program.absolute()),)
    script = program.parent / script_name
    if script.is_file() and os.access(script, os.X_OK):
        return (str(script.absolute()),)
    return (str(program.absolute()), "-m", "facilitator")


def exec_argument(argument: str) -> str:
    """One argument of the Exec key, quoted and escaped as the specification asks.

    Inside double quotes, ``"``, `````, ``$`` and ``\\`` get a backslash; then
    the whole value is a desktop-entry string, where a backslash is written
    twice; a literal ``%`` is written ``%%``.
    """
    text = argument.replace("%", "%%")
    if any(char in _RESERVED for char in text):
        inner = "".join("\\" + char if char in '"`$\\' else char for char in text)
        text = f'"{inner}"'
    return text.replace("\\", "\\\\")


def entry_text(command: Sequence[str]) -> str:
    """The content of the .desktop file that runs ``command`` (with the agenda as %f)."""
    exec_line = " ".join(exec_argument(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        "Name=Facilitator\n"
        "GenericName=Workshop timer\n"
        "GenericName[nl]=Workshoptimer\n"
        "Comment=Run a workshop live: step timer, presenter console and projector screen\n"
        "Comment[nl]=Leid een workshop live: stappentimer, presentatorvenster en beamerscherm\n"
        f"Exec={exec_line} %f\n"
        f"TryExec={_string_value(command[0])}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Office;Presentation;\n"
        "Keywords=workshop;training;timer;agenda;projector;presenter;\n"
        "StartupNotify=true\n"
        f"StartupWMClass={APP_ID}\n"
        f"{MARK}\n"
    )


def _string_value(text: str) -> str:
    """A desktop-entry string value: backslash, newline, tab escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def install(base: Path, icon_source: Path, command: Sequence[str]) -> Installed:
    """Write the entry and the icon under ``base``, replacing earlier ones of ours."""
    entry, icon = entry_path(base), icon_path(base)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(icon, icon_source.read_bytes())
    _write_atomically(entry, entry_text(command).encode("utf-8"))
    return Installed(entry, icon, tuple(command))


def remove(base: Path, icon_source: Path) -> list[Path]:
    """Delete the entry and the icon this module wrote; returns what was deleted.

    An entry without our mark, or an icon that is not ours, is left alone.
    """
    entry, icon = entry_path(base), icon_path(base)
    removed = []
    ours = _read_text(entry) is not None and MARK in (_read_text(entry) or "")
    if ours:
        entry.unlink()
        removed.append(entry)
    if icon.is_file() and (ours or icon.read_bytes() == icon_source.read_bytes()):
        icon.unlink()
        removed.append(icon)
    return removed


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so a menu never reads half."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    if path.suffix == ".desktop":
        partial.chmod(0o755)  # some desktops only trust executable entries
    os.replace(partial, path)


def parser() -> argparse.ArgumentParser:
    """The parser of ``facilitator install-desktop``."""
    result = argparse.ArgumentParser(
        prog="facilitator install-desktop",
        description="Add Facilitator to the applications menu of a Linux desktop, for you "
        "only (a .desktop entry and the icon, in ~/.local/share or $XDG_DATA_HOME). The entry "
        "starts this installation of Facilitator.",
    )
    result.add_argument(
        "--remove", action="store_true", help="remove the menu entry and the icon again"
    )
    return result


def command(argv: Sequence[str], out: TextIO, platform: str | None = None) -> int:
    """Run ``facilitator install-desktop [--remove]``; returns the exit status."""
    try:
        args = parser().parse_args(list(argv))
    except SystemExit as exit_:
        return 2 if exit_.code else 0
    if not (platform or sys.platform).startswith("linux"):
        out.write(
            "The menu entry is for Linux desktops. On Windows the installer adds "
            "Facilitator to the Start menu; on macOS, drag Facilitator.app into "
            "Applications.\n"
        )
        return 1
    from facilitator.paths import assets_dir

    base = data_home()
    icon_source = assets_dir() / "facilitator.svg"
    try:
        if args.remove:
            removed = remove(base, icon_source)
            if not removed:
                out.write(f"There was no Facilitator menu entry to remove in {base}.\n")
            for path in removed:
                out.write(f"Removed {path}\n")
            return 0
        done = install(base, icon_source, launch_command())
    except OSError as error:
        out.write(f"Could not change the menu entry: {error}\n")
        return 1
    out.write(
        f"Facilitator is in the applications menu.\n"
        f"  entry: {done.entry}\n  icon:  {done.icon}\n"
        f"  it starts: {' '.join(done.command)}\n"
        "Remove it again with: facilitator install-desktop --remove\n"
    )
    return 0
