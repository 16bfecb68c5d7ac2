"""Start the built program the way a trainer's machine would, with no Python anywhere.

``python packaging/smoke.py [DIST]`` (after ``build.py``; DIST defaults to
``dist/``) runs the frozen program with a PATH that holds no Python, a fresh
home, data folder and settings file, on Qt's offscreen platform:

1. ``--version``;
2. ``check`` on the agendas inside the build;
3. session 1, started, for one second, with ``--screenshot``: both windows'
   PNGs must exist and not be blank;
4. ``runs`` and ``report latest --format pdf`` on the run just recorded, and
   ``handouts`` to a PDF (code that is only imported when asked for: a module
   the build missed fails here, not at a trainer's);
5. on Linux, ``install-desktop`` and ``--remove`` in a temporary data home:
   the entry must start the frozen program.

This script itself runs with the build's Python (it reads the PNGs with Qt);
the program under test never sees it. Exit status 0 when all passed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle

PYTHON_NAMES = ("python", "python3", "py", "pythonw")
TIMEOUT = 120  # seconds for one run; the first start of a cold build is the slowest


def clean_environment(home: Path) -> dict[str, str]:
    """An environment with nothing of the build's: a PATH with no Python, a fresh home."""
    empty = home / "bin"
    empty.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": str(empty),
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_DATA_DIR": str(home / "data"),
        "FACILITATOR_SETTINGS": str(home / "settings.ini"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "TMPDIR": str(home / "tmp"),
    }
    if sys.platform == "win32":
        # Windows itself lives here (no Python); its DLLs load from it anyway.
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            PATH=os.pathsep.join([str(empty), str(Path(system_root) / "System32")]),
            SYSTEMROOT=system_root,
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            TEMP=str(home / "tmp"),
            TMP=str(home / "tmp"),
        )
    else:
        env["LANG"] = "C.UTF-8"
    (home / "tmp").mkdir(exist_ok=True)
    return env


def pythons_on(path: str) -> list[str]:
    """Every Python interpreter reachable through the PATH ``path``."""
    found = (shutil.which(name, path=path) for name in PYTHON_NAMES)
    return [hit for hit in found if hit]


def not_blank(png: Path) -> str | None:
    """None if ``png`` is a real picture, else why not (missing, tiny, one colour)."""
    if not png.is_file() or png.stat().st_size == 0:
        return f"{png.name} was not written"
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull() or image.width() < 100 or image.height() < 100:
        return f"{png.name} is not a picture of a window ({image.width()}x{image.height()})"
    counts: dict[int, int] = {}
    step = 7
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixel(x, y)
            counts[pixel] = counts.get(pixel, 0) + 1
    commonest = max(counts.values())
    if len(counts) < 3 or commonest > 0.995 * sum(counts.values()):
        return f"{png.name} is blank ({len(counts)} colours)"
    return None


class Smoke:
    """The runs of one smoke test, each timed and checked."""

    def __init__(self, dist: Path, home: Path) -> None:
        self.dist = dist
        self.home = home
        self.env = clean_environment(home)
        self.failures: list[str] = []

    def run(self, label: str, args: Sequence[str], console: bool = False) -> str:
        """Run the frozen program with ``args``; returns its standard output."""
        exe = bundle.executable_path(self.dist, console=console)
        started = time.monotonic()
        try:
            done = subprocess.run(
                [str(exe), *args],
                env=self.env,
                cwd=self.home,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            self.failures.append(f"{label}: no end after {TIMEOUT} s")
            return ""
        seconds = time.monotonic() - started
        verdict = "ok" if done.returncode == 0 else f"FAILED (exit status {done.returncode})"
        print(f"  {seconds:5.1f} s  {label}: {verdict}")
        if done.returncode:
            self.failures.append(f"{label}: exit status {done.returncode}\n{done.stderr[-3000:]}")
        return done.stdout

    def expect(self, condition: bool, failure: str) -> None:
        """Record ``failure`` unless ``condition`` holds."""
        if not condition:
            self.failures.append(failure)


def smoke(dist: Path) -> list[str]:
    """Run every check on the build in ``dist``; returns the failures."""
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as folder:
        home = Path(folder)
        test = Smoke(dist, home)
        pythons = pythons_on(test.env["PATH"])
        if pythons:
            return [f"the clean PATH still reaches Python: {pythons}"]
        if not bundle.executable_path(dist).is_file():
            return [f"no built program at {bundle.executable_path(dist)}: run build.py first"]
        print(f"smoke test of {bundle.result_path(dist)} (PATH without Python, offscreen)")
        out = test.run("--version", ["--version"], console=True)
        test.expect("facilitator" in out, f"--version printed {out!r}")
        agendas = sorted(bundle.result_path(dist).rglob("steam-coach/*.yaml"))
        test.expect(bool(agendas), "no bundled agendas found in the build")
        test.run("check the bundled agendas", ["check", *map(str, agendas)], console=True)
        shots = home / "shots"
        test.run(
            "session 1 for 1 s with screenshots",
            ["--start", "--quit-after", "1", "--screenshot", str(shots)],
        )
        for name in ("presenter.png", "projector.png"):
            problem = not_blank(shots / name)
            test.expect(problem is None, problem or "")
        out = test.run("runs", ["runs"], console=True)
        test.expect(out.strip() != "", "runs listed nothing after a recorded run")
        report = home / "report.pdf"
        test.run(
            "report latest as PDF",
            ["report", "latest", "--format", "pdf", "-o", str(report)],
            console=True,
        )
        test.expect(_is_pdf(report), "the report is not a PDF")
        handouts = home / "handouts.pdf"
        session = next((a for a in agendas if "sessie-1" in a.name), None)
        if session is not None:
            test.run("handouts as PDF", ["handouts", str(session), "-o", str(handouts)], True)
            test.expect(_is_pdf(handouts), "the hand-outs are not a PDF")
        if sys.platform.startswith("linux"):
            entry = home / "share" / "applications" / "facilitator.desktop"
            test.run("install-desktop", ["install-desktop"], console=True)
            text = entry.read_text(encoding="utf-8") if entry.is_file() else ""
            exe = str(bundle.executable_path(dist).absolute())
            test.expect(f"Exec={exe} %f" in text, f"the entry does not start {exe}:\n{text}")
            test.run("install-desktop --remove", ["install-desktop", "--remove"], console=True)
            test.expect(not entry.exists(), "install-desktop --remove left the entry")
        if test.failures:
            for name in ("presenter.png", "projector.png"):
                kept = dist / f"smoke-{name}"  # to look at what the program showed
                if (shots / name).is_file():
                    shutil.copy(shots / name, kept)
        return test.failures


def _is_pdf(path: Path) -> bool:
    return path.is_file() and path.read_bytes()[:5] == b"%PDF-"


def main(argv: Sequence[str] | None = None) -> int:
    """Smoke-test the build; 0 when every check passed."""
    args = list(sys.argv[1:] if argv is None else argv)
    dist = Path(args[0]) if args else bundle.ROOT / "dist"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    failures = smoke(dist.resolve())
    for failure in failures:
        print(f"smoke test failure: {failure}", file=sys.stderr)
    verdict = "passed" if not failures else f"{len(failures)} failed"
    print(f"smoke test {verdict} in {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
