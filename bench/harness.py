"""Shared by the benchmarks: the measured programs, a clean environment, and launches.

As a script it is the measured child process of the two Qt programs::

    python bench/harness.py bare                # bare PySide6: two windows, 1 Hz countdown
    python bench/harness.py app [ARGS ...]      # python -m facilitator ARGS
    python bench/harness.py --hold app --start  # the same, running on until terminated

Either way one QApplication event filter waits until every visible top-level
window (at least two) has received its first paint; a zero-timer posted then
runs after that paint has been flushed. At that instant the child prints
``shown <CLOCK_MONOTONIC ns>`` and removes the filter. Without ``--hold`` it
then quits with ``QApplication.exit(0)``, the same way for both programs (a
timer of the program's own, like ``--quit-after``, may fire before any
paint). With ``--hold`` it runs on, and the benchmark that started it reads
its memory and CPU from ``/proc`` and terminates it.

As a module it starts programs (these two, and pympress from
``pympress_ref.py``) the same way for every benchmark: ``Launch`` gives each
a fresh data and settings folder, stamps the spawn, the first paint it
reports and, on an X server, the instant both its windows were mapped
(``xserver.MapWatcher``), and removes everything afterwards.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

HARNESS = str(Path(__file__).resolve())
WINDOWS = 2  # the presenter (or a main window) and the projector
BARE_COUNTDOWN_S = 15 * 60


def _cache_dir() -> Path:
    # Shared by all launches (warm, as in daily use), never the user's own.
    return Path(tempfile.gettempdir()) / "facilitator-bench-cache"


def clean_env(folder: Path) -> dict[str, str]:
    """The environment for one child: offscreen by default, data and settings in ``folder``.

    A fresh folder per run means no crashed run to recover and no remembered
    layout, and the trainer's real settings are never read or changed (nor
    pympress's: the XDG folders point there too). Byte code and other caches
    are kept between runs, outside the checkout and the user's own folders,
    as in any installed copy, even where the environment sets
    ``PYTHONDONTWRITEBYTECODE``.
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(_cache_dir() / "pycache"))
    env["FACILITATOR_DATA_DIR"] = str(folder)
    env["FACILITATOR_SETTINGS"] = str(folder / "settings.ini")
    # A trainer's every start but the very first: the getting-started guide (a third
    # window, some 3 MiB) was seen then; no other setting is made.
    settings = folder / "settings.ini"
    if not settings.exists():
        folder.mkdir(parents=True, exist_ok=True)
        settings.write_text("[help]\ngetting_started_seen=true\n", encoding="utf-8")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(folder / name.lower())
    env["XDG_CACHE_HOME"] = str(_cache_dir() / "xdg")
    return env


def use_clean_env() -> None:
    """Point this process at a fresh data folder (call before importing facilitator)."""
    folder = tempfile.mkdtemp(prefix="facilitator-bench-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ.update(clean_env(Path(folder)))


def on_x_server(env: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """True when Qt programs started with ``env`` run on an X server (xcb)."""
    return env.get("QT_QPA_PLATFORM", "offscreen").startswith("xcb") and bool(env.get("DISPLAY"))


# --- the measured programs -----------------------------------------------------


@dataclass(frozen=True)
class Program:
    """A program measured from outside: how to start it and how it says it is up."""

    name: str
    argv: tuple[str, ...]
    hold_argv: tuple[str, ...]  # the same, running on until terminated
    reports_paint: bool = True  # prints "shown <ns>" once both windows have painted
    env: dict[str, str] = field(default_factory=dict)
    # Called once both windows are mapped, with their geometry, to set it counting.
    start_counting: Callable[[str, list[tuple[int, int, int, int]]], None] | None = None


def bare_program() -> Program:
    """The reference: a bare PySide6 program with two windows and a 1 Hz countdown."""
    base = (sys.executable, HARNESS)
    return Program("bare PySide6", (*base, "bare"), (*base, "--hold", "bare"))


def app_program(*args: str) -> Program:
    """Facilitator (``python -m facilitator ARGS``) on the bundled session 1."""
    base = (sys.executable, HARNESS)
    return Program("Facilitator", (*base, "app", *args), (*base, "--hold", "app", *args))


@dataclass
class Started:
    """Instants (CLOCK_MONOTONIC ns) of one launch: spawned, both painted, both mapped."""

    spawn: int
    painted: int | None = None
    mapped: int | None = None

    def painted_ms(self) -> float | None:
        """Spawn to both windows painted, in ms."""
        return None if self.painted is None else (self.painted - self.spawn) / 1e6

    def mapped_ms(self) -> float | None:
        """Spawn to both windows mapped by the X server, in ms."""
        return None if self.mapped is None else (self.mapped - self.spawn) / 1e6


class LaunchError(RuntimeError):
    """A measured program did not come up, or failed."""


class Launch:
    """One run of ``program`` in a fresh folder; use as a context manager.

    ``hold`` keeps it running after both windows are up (for memory and CPU);
    without it the Qt programs quit by themselves after their first paint and
    pympress is terminated once its windows are mapped.
    """

    def __init__(self, program: Program, *, hold: bool = False, timeout: float = 120) -> None:
        self.program = program
        self.hold = hold
        self.timeout = timeout
        self.folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
        self.env = {**clean_env(self.folder), **program.env}
        self.watcher: Any = None
        self.process: subprocess.Popen[str] | None = None
        self.started = Started(spawn=0)
        self._painted = threading.Event()
        self._stderr: IO[str] | None = None

    def __enter__(self) -> Launch:
        if on_x_server(self.env):
            from xserver import MapWatcher

            self.watcher = MapWatcher(self.env["DISPLAY"])
        self._stderr = (self.folder / "stderr.txt").open("w+", encoding="utf-8")
        argv = self.program.hold_argv if self.hold else self.program.argv
        self.started.spawn = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
        self.process = subprocess.Popen(
            argv,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        return self

    def _read(self, stream: IO[str] | None) -> None:
        for line in stream or ():
            if line.startswith("shown "):
                self.started.painted = int(line.split()[1])
                self._painted.set()

    @property
    def pid(self) -> int:
        """The process id of the measured program."""
        assert self.process is not None
        return self.process.pid

    def errors(self) -> str:
        """The last lines the program wrote to its standard error."""
        if self._stderr is None:
            return ""
        self._stderr.flush()
        self._stderr.seek(0)
        return "".join(self._stderr.readlines()[-8:])

    def wait_up(self) -> Started:
        """Wait until both windows are painted (where reported) and mapped (on X)."""
        assert self.process is not None
        deadline = time.monotonic() + self.timeout
        if self.program.reports_paint:
            while not self._painted.wait(0.05):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise LaunchError(f"{self.program.name} showed no windows:\n{self.errors()}")
        if self.watcher is not None:
            mapped = self.watcher.wait_for(WINDOWS, max(0.0, deadline - time.monotonic()))
            if mapped is None:
                raise LaunchError(f"{self.program.name} mapped no two windows:\n{self.errors()}")
            self.started.mapped = mapped
            if self.hold and self.program.start_counting is not None:
                self.program.start_counting(self.env["DISPLAY"], self.watcher.windows())
        return self.started

    def finish(self) -> None:
        """Let a Qt child quit by itself (it exits after its first paint), or end it."""
        assert self.process is not None
        if not self.hold and self.program.reports_paint:
            try:
                code = self.process.wait(timeout=self.timeout)
            except subprocess.TimeoutExpired:
                code = None
            if code != 0:
                raise LaunchError(f"{self.program.name} ended with {code}:\n{self.errors()}")
        self._stop()

    def _stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __exit__(self, *_exc: object) -> None:
        self._stop()
        if self.watcher is not None:
            self.watcher.close()
        if self._stderr is not None:
            self._stderr.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def exit_on_sigterm() -> None:
    """End on SIGTERM as on Ctrl+C: cleanup runs, so no child or Xvfb is left behind."""

    def stop(_signal: int, _frame: object) -> None:
        raise SystemExit(128 + signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)


def cpu_ns(pid: int) -> int:
    """CPU time (ns) the threads of ``pid`` alive now have used (``/proc/PID/task/*/schedstat``).

    Nanoseconds, not the clock ticks of ``/proc/PID/stat``: 0.2% of a core
    over 10 s is 20 ms, two ticks.
    """
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, IndexError, ValueError):
            continue  # a thread that ended meanwhile
    return total


def memory_kib(pid: int) -> dict[str, int]:
    """Resident (``Rss``) and proportional (``Pss``) memory of ``pid`` in KiB."""
    figures = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("Rss", "Pss"):
            figures[name.lower()] = int(rest.split()[0])
    return figures


# --- the child -----------------------------------------------------------------


def bare_windows() -> tuple[object, ...]:
    """The reference program's windows: a main window and a second one, counting down.

    Like the app, the second window goes full screen on a second screen when
    there is one; both show the remaining time, set once a second by a plain
    QTimer.
    """
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QFont, QGuiApplication
    from PySide6.QtWidgets import QLabel, QMainWindow

    presenter = QMainWindow()
    presenter.setWindowTitle("presenter")
    countdown = QLabel()
    presenter.setCentralWidget(countdown)
    presenter.resize(1024, 700)
    projector = QLabel()
    projector.setWindowTitle("projector")
    projector.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = QFont(projector.font())
    font.setPixelSize(200)
    projector.setFont(font)
    remaining = [BARE_COUNTDOWN_S]

    def tick() -> None:
        minutes, seconds = divmod(max(0, remaining[0]), 60)
        text = f"{minutes:02}:{seconds:02}"
        countdown.setText(text)
        projector.setText(text)
        remaining[0] -= 1

    tick()
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(1000)
    presenter.show()
    screens = QGuiApplication.screens()
    if len(screens) > 1:
        projector.setGeometry(screens[1].geometry())
        projector.showFullScreen()
    else:
        projector.resize(960, 540)
        projector.show()
    return presenter, projector, timer


def when_painted(app: Any, callback: Callable[[], None]) -> Any:
    """Call ``callback`` once every visible top-level window (at least two) has painted.

    An event filter on ``app`` (a QApplication) notes the windows whose
    widgets received a paint event; once all are painted it removes itself
    and posts a zero-timer, which runs after that paint has been flushed.
    Returns the filter, which the caller keeps alive.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                self.painted.add(id(watched.window()))
                visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
                if len(visible) >= WINDOWS and all(id(w) in self.painted for w in visible):
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, callback)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    return watcher


def main(argv: Sequence[str] | None = None) -> int:
    """Run the bare program or the app until both windows are shown (and on, if held)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--hold", action="store_true", help="run on until terminated")
    parser.add_argument("program", choices=("bare", "app"))
    args, app_args = parser.parse_known_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    def shown() -> None:
        print(f"shown {time.clock_gettime_ns(time.CLOCK_MONOTONIC)}", flush=True)
        if not args.hold:
            QApplication.exit(0)

    watcher = when_painted(app, shown)  # noqa: F841 (kept alive while the loop runs)
    if args.program == "bare":
        windows = bare_windows()  # noqa: F841 (kept alive while the loop runs)
        return app.exec()
    from facilitator.cli import main as facilitator_main

    return facilitator_main(app_args)


if __name__ == "__main__":
    sys.exit(main())
