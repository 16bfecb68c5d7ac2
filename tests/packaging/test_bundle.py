"""What the one-folder build keeps and leaves out, decided without running PyInstaller."""

from __future__ import annotations

import ast
import importlib.util
import tomllib
from pathlib import Path

import pytest

from tests.packaging import load

bundle = load("bundle")
ROOT = bundle.ROOT


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",  # Windows wheel layout
        "PySide6/Qt/plugins/multimedia/libdarwinmediaplugin.dylib",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    ],
)
def test_plugins_the_app_never_loads_are_left_out(dest: str) -> None:
    assert bundle.is_dropped_plugin(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
    ],
)
def test_plugins_the_app_needs_stay(dest: str) -> None:
    assert not bundle.is_dropped_plugin(dest)


def test_qt_translations_keep_the_dialogs_catalogues_only() -> None:
    assert not bundle.is_dropped_translation("PySide6/Qt/translations/qtbase_nl.qm")
    assert not bundle.is_dropped_translation("PySide6/Qt/translations/qt_nl.qm")
    assert not bundle.is_dropped_translation("PySide6\\translations\\qtbase_de.qm")
    assert bundle.is_dropped_translation("PySide6/Qt/translations/qtmultimedia_nl.qm")
    assert bundle.is_dropped_translation("PySide6/Qt/translations/qtwebengine_nl.qm")
    # The app's own translations are never touched.
    assert not bundle.is_dropped_translation("facilitator/i18n/facilitator_nl.qm")


def test_orphans_are_the_libraries_only_dropped_plugins_needed() -> None:
    links = {
        "plugins/multimedia/ffmpeg.so": ["libavcodec.so", "libQt6Multimedia.so"],
        "libavcodec.so": ["libavutil.so"],
        "libavutil.so": [],
        "PySide6/QtMultimedia.so": ["libQt6Multimedia.so"],
        "libQt6Multimedia.so": ["libQt6Core.so"],
        "libQt6Core.so": [],
        "libdlopened.so": [],  # loaded at run time: nothing links to it
    }
    found = bundle.orphans(links, ["plugins/multimedia/ffmpeg.so"], bundle.with_mapping(links))
    assert found == {"libavcodec.so", "libavutil.so"}
    # Nothing dropped: nothing is an orphan, not even a library no one links to.
    assert bundle.orphans(links, [], bundle.with_mapping(links)) == set()


def test_dependency_index_matches_links_by_path_then_by_name(tmp_path: Path) -> None:
    core = tmp_path / "libQt6Core.so.6"
    core.touch()
    entries = [("PySide6/Qt/lib/libQt6Core.so.6", str(core)), ("plug.so", "/src/plug.so")]
    links = {"/src/plug.so": [("libQt6Core.so.6", None), ("libc.so.6", "/lib/libc.so.6")]}
    imports_of = bundle.dependency_index(entries, lambda source: links.get(source, []))
    assert imports_of("plug.so") == {"PySide6/Qt/lib/libQt6Core.so.6"}
    assert imports_of("PySide6/Qt/lib/libQt6Core.so.6") == set()


def test_the_bundle_carries_every_data_file_the_wheel_does() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]
    package_dir = config["tool"]["setuptools"]["package-dir"]
    # The translations come in by their own pattern (bundle.TRANSLATIONS).
    destinations = {dest for _source, dest in bundle.DATA} | {bundle.TRANSLATIONS[0]}
    for package, patterns in package_data.items():
        if patterns == ["py.typed"]:
            continue  # for type checkers, not for the running app
        folder = package.replace(".", "/")
        assert folder in destinations, f"{package} ({patterns}) is not in bundle.DATA"
    for source, dest in bundle.DATA:
        assert (ROOT / source).exists(), source
        package = dest.replace("/", ".")
        if package in package_dir:
            assert package_dir[package] == source


def test_translations_are_bundled_once_they_exist(tmp_path: Path) -> None:
    for source, _dest in bundle.DATA:
        (tmp_path / source).parent.mkdir(parents=True, exist_ok=True)
    assert not any("i18n" in dest for _src, dest in bundle.data_files(tmp_path))
    i18n = tmp_path / "facilitator" / "i18n"
    i18n.mkdir(parents=True)
    (i18n / "facilitator_nl.ts").write_text("<TS/>")  # a source alone is not enough
    assert not any("i18n" in dest for _src, dest in bundle.data_files(tmp_path))
    (i18n / "facilitator_nl.qm").write_bytes(b"\x3c\xb8\x64\x18")
    assert (str(i18n / "*.qm"), "facilitator/i18n") in bundle.data_files(tmp_path)


def imported_modules(path: Path) -> set[str]:
    """Every module an import statement of ``path`` names, at any depth of the code."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_of_the_app_imports_what_the_build_leaves_out() -> None:
    excluded = set(bundle.excluded_modules())
    for path in sorted((ROOT / "facilitator").rglob("*.py")):
        for name in imported_modules(path):
            parts = name.split(".")
            hits = {".".join(parts[: i + 1]) for i in range(len(parts))} & excluded
            assert not hits, f"{path.relative_to(ROOT)} imports {hits}, which the build excludes"


def test_the_modules_the_build_names_exist_and_are_not_also_excluded() -> None:
    assert not set(bundle.HIDDEN_IMPORTS) & set(bundle.excluded_modules())
    for name in bundle.HIDDEN_IMPORTS:
        assert importlib.util.find_spec(name) is not None, name


def test_the_result_and_program_are_where_each_system_expects_them(tmp_path: Path) -> None:
    assert bundle.executable_path(tmp_path, "linux") == tmp_path / "facilitator" / "facilitator"
    assert bundle.executable_path(tmp_path, "win32").name == "facilitator.exe"
    assert bundle.executable_path(tmp_path, "win32", console=True).name == "facilitator-cli.exe"
    assert bundle.result_path(tmp_path, "darwin") == tmp_path / "Facilitator.app"
    assert bundle.executable_path(tmp_path, "darwin") == (
        tmp_path / "Facilitator.app" / "Contents" / "MacOS" / "facilitator"
    )


def test_links_to_what_was_left_out_go_too() -> None:
    entries = [
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        # A macOS framework's folder link stays while something under it does.
        ("PySide6/Qt/lib/QtCore.framework/Versions/Current", "A", "SYMLINK"),
        ("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", "/src/QtCore", "BINARY"),
        ("PySide6/Qt/lib/QtPdf.framework/Versions/Current", "A", "SYMLINK"),
    ]
    kept = [dest for dest, _source, kind in entries if kind != "SYMLINK"]
    assert bundle.dangling_symlinks(entries, kept) == {
        "libQt6Quick.so.6",
        "PySide6/Qt/lib/QtPdf.framework/Versions/Current",
    }
