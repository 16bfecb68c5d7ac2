"""The Linux menu entry: written for the user under XDG_DATA_HOME, valid, and removed again."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import desktop_entry
from facilitator.cli import main
from facilitator.paths import assets_dir

ICON = assets_dir() / "facilitator.svg"


def fields(text: str) -> dict[str, str]:
    """The key=value lines of a desktop entry's one group."""
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_data_home_follows_xdg_and_falls_back_to_local_share(tmp_path: Path) -> None:
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    home = tmp_path / "home"
    assert desktop_entry.data_home({}, home) == home / ".local" / "share"
    # The specification ignores an empty or relative value.
    assert desktop_entry.data_home({"XDG_DATA_HOME": ""}, home) == home / ".local" / "share"
    assert desktop_entry.data_home({"XDG_DATA_HOME": "rel"}, home) == home / ".local" / "share"


def test_install_writes_the_entry_and_the_icon_where_desktops_look(tmp_path: Path) -> None:
    done = desktop_entry.install(tmp_path, ICON, ("/opt/facilitator/facilitator",))
    assert done.entry == tmp_path / "applications" / "facilitator.desktop"
    assert done.icon == tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "facilitator.svg"
    assert done.icon.read_bytes() == ICON.read_bytes()
    entry = fields(done.entry.read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Facilitator"
    assert entry["Exec"] == "/opt/facilitator/facilitator %f"
    assert entry["TryExec"] == "/opt/facilitator/facilitator"
    assert entry["Icon"] == "facilitator"  # found by name in the hicolor theme
    assert entry["Terminal"] == "false"
    # The app sets the same name as its desktop file name and WM_CLASS instance.
    assert entry["StartupWMClass"] == "facilitator"
    assert [p.name for p in (tmp_path / "applications").iterdir()] == ["facilitator.desktop"]


def test_install_again_replaces_the_earlier_entry(tmp_path: Path) -> None:
    desktop_entry.install(tmp_path, ICON, ("/old/facilitator",))
    done = desktop_entry.install(tmp_path, ICON, ("/new/facilitator",))
    assert fields(done.entry.read_text(encoding="utf-8"))["Exec"] == "/new/facilitator %f"


def test_remove_deletes_both_files_and_then_finds_nothing(tmp_path: Path) -> None:
    done = desktop_entry.install(tmp_path, ICON, ("/opt/facilitator/facilitator",))
    assert desktop_entry.remove(tmp_path, ICON) == [done.entry, done.icon]
    assert not done.entry.exists() and not done.icon.exists()
    assert desktop_entry.remove(tmp_path, ICON) == []


def test_remove_leaves_an_entry_and_icon_it_did_not_write(tmp_path: Path) -> None:
    entry = desktop_entry.entry_path(tmp_path)
    icon = desktop_entry.icon_path(tmp_path)
    entry.parent.mkdir(parents=True)
    icon.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=Someone else's\nExec=x\n")
    icon.write_text("<svg/>")
    assert desktop_entry.remove(tmp_path, ICON) == []
    assert entry.exists() and icon.exists()


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/facilitator", "/usr/bin/facilitator"),
        ("/home/an/my apps/facilitator", '"/home/an/my apps/facilitator"'),
        # Inside quotes " ` $ \ take a backslash, and every backslash is then doubled.
        ('/a"b', '"/a\\\\"b"'),
        ("/a$b", '"/a\\\\$b"'),
        ("C:\\x", '"C:\\\\\\\\x"'),
        ("/100%/f", "/100%%/f"),
    ],
)
def test_exec_arguments_are_quoted_as_the_specification_says(argument: str, written: str) -> None:
    assert desktop_entry.exec_argument(argument) == written


def test_the_command_is_the_frozen_program_or_the_environments_script(tmp_path: Path) -> None:
    frozen = tmp_path / "dist" / "facilitator" / "facilitator"
    assert desktop_entry.launch_command(str(frozen), frozen=True) == (str(frozen),)
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.touch()
    # No facilitator script beside this Python: run the package with it.
    assert desktop_entry.launch_command(str(python), frozen=False) == (
        str(python),
        "-m",
        "facilitator",
    )
    script = bin_dir / "facilitator"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert desktop_entry.launch_command(str(python), frozen=False) == (str(script),)


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate (Debian package desktop-file-utils) is not installed",
)
def test_the_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    done = desktop_entry.install(tmp_path, ICON, ("/home/an/my apps/facilitator",))
    checked = subprocess.run(
        ["desktop-file-validate", str(done.entry)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == "", checked.stdout  # not even a hint


def test_the_command_installs_for_the_running_installation_and_removes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    out = io.StringIO()
    assert desktop_entry.command([], out, platform="linux") == 0
    entry = fields(desktop_entry.entry_path(tmp_path).read_text(encoding="utf-8"))
    program = entry["TryExec"]
    assert Path(program).is_file() and os.access(program, os.X_OK)
    assert str(tmp_path / "applications" / "facilitator.desktop") in out.getvalue()
    out = io.StringIO()
    assert desktop_entry.command(["--remove"], out, platform="linux") == 0
    assert "Removed" in out.getvalue()
    assert not desktop_entry.entry_path(tmp_path).exists()
    out = io.StringIO()
    assert desktop_entry.command(["--remove"], out, platform="linux") == 0
    assert "no Facilitator menu entry to remove" in out.getvalue()


def test_the_command_explains_itself_away_from_linux(tmp_path: Path) -> None:
    out = io.StringIO()
    assert desktop_entry.command([], out, platform="win32") == 1
    assert "for Linux desktops" in out.getvalue()


def test_a_folder_that_cannot_be_written_is_reported_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    out = io.StringIO()
    assert desktop_entry.command([], out, platform="linux") == 1
    assert out.getvalue().startswith("Could not change the menu entry:")


def test_cli_runs_install_desktop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["install-desktop"]) == 0
    assert desktop_entry.entry_path(tmp_path).is_file()
    assert main(["install-desktop", "--remove"]) == 0
    assert not desktop_entry.entry_path(tmp_path).exists()
    assert main(["install-desktop", "--bogus"]) == 2
    assert "Removed" in capsys.readouterr().out


def test_the_module_and_its_command_need_no_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "for name in ('PySide6', 'qtawesome', 'qtpy', 'shiboken6'):\n"
        "    sys.modules[name] = None\n"
        "from facilitator.cli import main\n"
        "sys.exit(main(['install-desktop']))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == (0 if sys.platform.startswith("linux") else 1), done.stderr


def test_the_entry_speaks_dutch_on_a_dutch_desktop() -> None:
    text = desktop_entry.entry_text(["/opt/facilitator/facilitator"])
    assert "GenericName[nl]=Workshoptimer\n" in text
    assert "Comment[nl]=" in text and "Comment=Run a workshop" in text
