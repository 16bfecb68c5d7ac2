"""Build Facilitator as one folder that runs without Python: ``python packaging/build.py``.

Run it with the Python of a virtual environment that has the project and its
``build`` extra (``pip install -e ".[build]"``), on the system you build for
(PyInstaller does not cross-build). It renders the icons from
``assets/facilitator.svg`` (``build/icons``: .ico for Windows, .icns for
macOS), runs PyInstaller on ``packaging/facilitator.spec`` and checks the
result. Out come:

- Linux:   ``dist/facilitator/facilitator``
- Windows: ``dist/facilitator/facilitator.exe`` (and ``facilitator-cli.exe``,
  the same program with a console, for the commands that print)
- macOS:   ``dist/Facilitator.app``

``--archive`` also packs it for handing out: a .tar.gz (Linux), a portable
.zip (Windows) or a zipped .app (macOS) in ``dist/``. See docs/install.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle
import icons

ROOT = bundle.ROOT
SPEC = ROOT / "packaging" / "facilitator.spec"
ICON_SVG = ROOT / "assets" / "facilitator.svg"


def version() -> str:
    """The app's version, as ``facilitator/__init__.py`` states it."""
    text = (ROOT / "facilitator" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("facilitator/__init__.py states no __version__")
    return found.group(1)


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """The SVG rendered as a square PNG at each of ``sizes`` (Qt, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg.name} is not an SVG image Qt can draw")
    pngs = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs say bytes for the format; PySide6 itself takes only a str.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def make_icons(folder: Path) -> list[Path]:
    """Write facilitator.ico, facilitator.icns and facilitator-256.png into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(ICON_SVG, tuple(sorted(set(icons.ICO_SIZES) | set(icons.ICNS_SIZES))))
    written = {
        folder / "facilitator.ico": icons.ico(pngs),
        folder / "facilitator.icns": icons.icns(pngs),
        folder / "facilitator-256.png": pngs[256],
    }
    for path, data in written.items():
        path.write_bytes(data)
    return list(written)


def run_pyinstaller(dist: Path, work: Path) -> None:
    """Run PyInstaller on the spec; a failure stops the build with its exit status."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    done = subprocess.run(command, cwd=ROOT, check=False)
    if done.returncode:
        raise SystemExit(f"PyInstaller failed (exit status {done.returncode})")


def check_contents(dist: Path) -> list[str]:
    """What is missing from the build: the program, the agendas, the assets."""
    problems = []
    exe = bundle.executable_path(dist)
    if not exe.is_file():
        problems.append(f"no program at {exe.relative_to(dist)}")
    result = bundle.result_path(dist)
    for needed in (
        "facilitator/agendas/steam-coach/sessie-1-outreach-en-curricula.yaml",
        "facilitator/assets/facilitator.svg",
        "facilitator/assets/sounds/end.wav",
        "facilitator/agenda/schema.json",
        "qtawesome/fonts/fontawesome5-solid-webfont-*.ttf",  # the icons (ui/icons.py)
    ):
        if not any(result.rglob(Path(needed).name)):
            problems.append(f"{needed} is missing")
    for link in result.rglob("*"):
        if link.is_symlink() and not link.exists():
            problems.append(f"{link.relative_to(result)} links to nothing")
    qm = list((ROOT / "facilitator" / "i18n").glob("*.qm"))
    if qm and not any(result.rglob(qm[0].name)):
        problems.append(f"the translation {qm[0].name} is missing")
    return problems


def unresolved_qt_links(folder: Path) -> list[str]:
    """On Linux: Qt libraries a bundled binary links to but the folder lacks (ldd)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    import PySide6

    shipped = {p.name for p in (Path(PySide6.__file__).parent / "Qt" / "lib").glob("*.so*")}
    internal = folder / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    problems = set()
    for binary in internal.rglob("*.so*"):
        if binary.is_symlink() or not binary.is_file():
            continue
        out = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, env=env, check=False
        ).stdout
        for line in out.splitlines():
            name = line.strip().split(" ", 1)[0]
            if "not found" in line and name in shipped:
                problems.add(f"{binary.relative_to(folder)} needs {name}")
    return sorted(problems)


def archive_name(system_platform: str, machine: str, release: str) -> str:
    """The archive's name without its suffix, as docs/install.md promises it:
    ``facilitator-0.1.0-linux-x86_64``, ``-windows-x64`` (Windows' own word, as the
    installer's name), ``-macos-arm64``."""
    machine = machine.lower().replace("amd64", "x86_64")
    system = {"win32": "windows", "darwin": "macos"}.get(system_platform, "linux")
    if system == "windows":
        machine = machine.replace("x86_64", "x64")
    return f"{bundle.NAME}-{release}-{system}-{machine}"


def archive(dist: Path) -> Path:
    """Pack the build for handing out; returns the archive's path."""
    stem = dist / archive_name(sys.platform, platform.machine(), version())
    if sys.platform == "darwin":
        # ditto keeps the bundle's symbolic links and extended attributes (a
        # signature survives); a plain zip would copy every link as a file.
        target = stem.with_suffix(".zip")
        subprocess.run(
            ["ditto", "-c", "-k", "--keepParent", str(bundle.result_path(dist)), str(target)],
            check=True,
        )
        return target
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(stem), "zip", dist, bundle.NAME))
    target = Path(f"{stem}.tar.gz")
    with tarfile.open(target, "w:gz") as tar:
        tar.add(dist / bundle.NAME, arcname=bundle.NAME)
    return target


def megabytes(count: int) -> str:
    """Bytes as megabytes with one decimal."""
    return f"{count / 1e6:.1f} MB"


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The build's options."""
    parser = argparse.ArgumentParser(
        prog="python packaging/build.py",
        description="Build Facilitator as one folder that runs without Python (PyInstaller).",
    )
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the result goes (default: dist/)"
    )
    parser.add_argument(
        "--archive", action="store_true", help="also pack the result as a .tar.gz or .zip"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build, check and report the size; 0 when the build is complete."""
    args = parse(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print(
            'PyInstaller is not installed here: pip install -e ".[build]" first.', file=sys.stderr
        )
        return 2
    started = time.monotonic()
    dist = args.dist.resolve()
    make_icons(ROOT / "build" / "icons")
    run_pyinstaller(dist, ROOT / "build" / "pyinstaller")
    problems = check_contents(dist) + unresolved_qt_links(dist / bundle.NAME)
    for problem in problems:
        print(f"build problem: {problem}", file=sys.stderr)
    if problems:
        return 1
    result = bundle.result_path(dist)
    print(f"built {result} in {time.monotonic() - started:.0f} s")
    print(f"size: {megabytes(bundle.folder_size(result))}; largest files:")
    for name, size in bundle.summary_sizes(result):
        print(f"  {megabytes(size):>9}  {name}")
    if args.archive:
        packed = archive(dist)
        print(f"archive: {packed} ({megabytes(packed.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
