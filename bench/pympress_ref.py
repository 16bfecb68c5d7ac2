"""pympress, the dual-screen PDF presenter, as a second reference beside the bare program.

Where it is installed (Debian package ``pympress``, 1.7), the benchmarks
start it like the other programs (``harness.Launch``) on a 16:9 slide deck
of session 1's steps made here with Qt's ``QPdfWriter``, with a 90-minute
talk time (``-t 90``). pympress is a GTK program: it has no offscreen
platform, so it is measured on the X server only. It prints nothing when it
is up; its start-up is the instant the X server mapped both its windows. Its
talk timer starts paused; for the CPU figure the first "next" key (Right,
sent with ``xdotool``) starts it counting, as a speaker's clicker would.

As a script: ``python bench/pympress_ref.py DECK.pdf`` writes the deck.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from harness import Program, on_x_server

TALK_MINUTES = "90"


def installed() -> bool:
    """True when the ``pympress`` command is on the PATH."""
    return shutil.which("pympress") is not None


def missing() -> str | None:
    """Why pympress cannot be measured here (None when it can): not installed, or no X."""
    if not installed():
        return "not installed (Debian package pympress)"
    if not on_x_server():
        return "GTK has no offscreen platform (see Xvfb)"
    return None


def reference(folder: Path) -> tuple[Program | None, str | None]:
    """pympress on a deck written into ``folder``, or None and why it is not measured."""
    why = missing()
    if why is not None:
        return None, why
    deck = folder / "session-1.pdf"
    if not deck.exists():
        make_deck(deck)
    return pympress_program(deck), None


def version() -> str:
    """pympress's version as its package says, or '?'."""
    python = _interpreter()
    done = subprocess.run(
        [python, "-c", "import importlib.metadata as m; print(m.version('pympress'))"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return done.stdout.strip() or "?"


def _interpreter() -> str:
    # The installed command is a script for the system's Python (with GTK's bindings).
    command = shutil.which("pympress") or "pympress"
    with open(command, "rb") as script:
        first = script.readline().decode(errors="replace")
    return first[2:].strip().split()[0] if first.startswith("#!") else "python3"


def make_deck(path: Path) -> None:
    """Write the slide deck to ``path`` (in a child process, on the offscreen platform)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, __file__, str(path)], env=env, check=True, capture_output=True, timeout=120
    )


def _start_timer(display: str, windows: list[tuple[int, int, int, int]]) -> None:
    """Press Right with the pointer on pympress's first window: its talk timer starts."""
    if shutil.which("xdotool") is None:
        raise RuntimeError("pympress's timer needs xdotool to start it (Debian package xdotool)")
    x, y, width, height = windows[0]
    subprocess.run(
        ["xdotool", "mousemove", str(x + width // 2), str(y + height // 2), "key", "Right"],
        env={**os.environ, "DISPLAY": display},
        check=True,
        capture_output=True,
        timeout=20,
    )


def pympress_program(deck: Path) -> Program:
    """pympress on ``deck``, started the way a speaker would start it."""
    argv = ("pympress", "-t", TALK_MINUTES, str(deck))
    return Program("pympress", argv, argv, reports_paint=False, start_counting=_start_timer)


def _write_deck(path: Path) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

    from facilitator.agenda.load import load_agenda
    from facilitator.paths import default_agenda

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need the application)
    agenda = load_agenda(default_agenda())
    writer = QPdfWriter(str(path))
    size = QPageSize(QSizeF(254, 142.875), QPageSize.Unit.Millimeter, "16:9")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setResolution(96)
    writer.setTitle(agenda.title)
    painter = QPainter(writer)
    page = QRectF(0, 0, writer.width(), writer.height())
    title_font, body_font = QFont("DejaVu Sans"), QFont("DejaVu Sans")
    title_font.setPixelSize(round(page.height() / 12))
    title_font.setBold(True)
    body_font.setPixelSize(round(page.height() / 28))
    margin = page.height() / 14
    for number, step in enumerate(agenda.steps, start=1):
        if number > 1:
            writer.newPage()
        painter.fillRect(page, Qt.GlobalColor.white)
        painter.setFont(title_font)
        head = page.adjusted(margin, margin, -margin, -page.height() * 0.7)
        painter.drawText(head, Qt.TextFlag.TextWordWrap, f"{number}. {step.title}")
        painter.setFont(body_font)
        body = page.adjusted(margin, page.height() * 0.32, -margin, -margin)
        text = step.instructions.replace("**", "").replace("#", "")
        painter.drawText(body, Qt.TextFlag.TextWordWrap, text)
    painter.end()


if __name__ == "__main__":
    _write_deck(Path(sys.argv[1]))
