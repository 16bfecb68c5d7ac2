"""Make the screenshots in docs/accidents on a real X server, driven as a trainer drives it.

Run from the repository root: ``python docs/accidents/make_screenshots.py``.
It needs Xvfb, xrandr, xdotool and ImageMagick's ``import``. The app runs as
a trainer starts it (the bundled Dutch session 1), on Xvfb with a laptop
monitor (1280x1080, left) and a projector monitor (1920x1080, right) and no
window manager, in a new temporary data folder. The keys are sent from
outside with xdotool, the keys a clicker sends among them, and what each did
is checked in the run's journal before a picture is taken, so a picture
never shows a key that went astray:

- ``1-projector-closed.png``: the projector window closed as a window
  manager closes it (Alt+F4); the console says the room sees no projector;
- ``2-projector-shown-again.png``: after Ctrl+Shift+P, full screen on the
  projector again, the console's miniature the same picture;
- ``3-closing-screen.png``: the session finished: the closing screen on the
  projector, the console with its report button.

Each picture is the whole X screen: the console on the left, the projector
on the right.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.xserver import two_monitors  # noqa: E402

OUT = Path(__file__).resolve().parent
WM_CLOSE = ROOT / "tests" / "xvfb" / "wm_close.py"
PROJECTOR_TITLE = "Projector — Facilitator"


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Wait until ``condition`` holds; stop the script with ``what`` when it never does."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.1)
    raise SystemExit(f"gave up waiting: {what}")


class Desktop:
    """The X display the app runs on, its run's journal, and xdotool."""

    def __init__(self, env: dict[str, str], data: Path) -> None:
        self.env = env
        self.data = data

    def run(self, *args: str) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=30)
        return done.stdout.strip()

    def window(self, title: str) -> str:
        found = self.run("xdotool", "search", "--name", f"^{title}$").split()
        return found[0] if found else ""

    def console(self) -> str:
        found = self.run("xdotool", "search", "--name", " — Facilitator$").split()
        return next((w for w in found if w != self.window(PROJECTOR_TITLE)), "")

    def mapped(self, window: str) -> bool:
        return "IsViewable" in self.run("xwininfo", "-id", window)

    def focused(self) -> str:
        return self.run("xdotool", "getwindowfocus", "getwindowname")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("xdotool", "key", key)
            time.sleep(0.25)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "80", text)

    def events(self) -> list[str]:
        journals = sorted((self.data / "runs").glob("*.jsonl"))
        if not journals:
            return []
        lines = journals[-1].read_text(encoding="utf-8").splitlines()
        return [json.loads(line)["event"] for line in lines if line.strip()]

    def count(self, event: str) -> int:
        return self.events().count(event)

    def press(self, key: str, event: str) -> None:
        """Press ``key`` and wait until the journal has one ``event`` more."""
        before = self.count(event)
        self.keys(key)
        wait_for(
            lambda: self.count(event) > before,
            f"{key} to write {event} (the journal: {', '.join(self.events()[-8:])};"
            f" the keyboard in {self.focused()!r})",
        )

    def shoot(self, name: str) -> None:
        time.sleep(1.5)  # the second ticks and the windows repaint
        self.run("import", "-window", "root", str(OUT / name))
        print(f"wrote {name}")


def drive(x: Desktop) -> None:
    """The session as a trainer runs it, with the accidents, and the three pictures."""
    wait_for(lambda: bool(x.window(PROJECTOR_TITLE)), "the projector window")
    projector = x.window(PROJECTOR_TITLE)
    wait_for(lambda: x.mapped(projector), "the projector window on the screen")
    wait_for(lambda: bool(x.console()), "the console")
    time.sleep(1.5)
    if x.focused() == PROJECTOR_TITLE:
        raise SystemExit("the projector window has the keyboard at start")
    x.press("F5", "run_started")
    x.press("Next", "item_changed")  # PageDown
    x.press("Prior", "item_changed")  # PageUp
    # A reference search: its letters stay in the search box, Enter hands the keys back.
    x.keys("ctrl+f")
    x.type("rolmodellen")
    x.keys("Return")
    x.press("b", "blank_changed")
    x.press("b", "blank_changed")
    # A dialog (Set remaining time) closed with Escape: the clicker's keys work again.
    x.keys("ctrl+t")
    time.sleep(1.0)
    x.keys("Escape")
    x.press("Next", "item_changed")
    x.press("Escape", "session_paused")
    x.press("F5", "session_resumed")
    # Closed as a window manager closes it (Alt+F4, the title bar's cross).
    subprocess.run([sys.executable, str(WM_CLOSE), projector], env=x.env, check=True)
    wait_for(lambda: not x.mapped(projector), "the projector window to close")
    x.shoot("1-projector-closed.png")
    x.keys("ctrl+shift+p")
    wait_for(lambda: x.mapped(projector), "Ctrl+Shift+P to show the projector again")
    x.press("Prior", "item_changed")
    x.shoot("2-projector-shown-again.png")
    # Through the session with N to its end.
    for _ in range(60):
        if "run_finished" in x.events():
            break
        x.keys("n")
    wait_for(lambda: "run_finished" in x.events(), "N to finish the session")
    x.shoot("3-closing-screen.png")


def main() -> None:
    """Start Xvfb and the app, drive it, and leave the pictures beside this script."""
    data = Path(tempfile.mkdtemp(prefix="facilitator-accidents-"))
    with two_monitors() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "FACILITATOR_TESTING": "1",
            "FACILITATOR_DATA_DIR": str(data / "data"),
            "FACILITATOR_SETTINGS": str(data / "settings.ini"),
        }
        app = subprocess.Popen(
            [sys.executable, "-m", "facilitator"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            drive(Desktop(env, data / "data"))
        finally:
            app.terminate()
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


if __name__ == "__main__":
    main()
