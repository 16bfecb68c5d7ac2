"""A saved layout with absurd sizes never hides the countdown; Reset window layout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter
from pytestqt.qtbot import QtBot

from facilitator.ui.presenter.layout import SAVED
from tests.ui.console_fixtures import Console, console_factory, tmp_settings

__all__ = ["console_factory", "tmp_settings"]


def collapsed_state(sizes: list[int], *, turned: bool = False) -> QByteArray:
    """A splitter state whose panes may collapse, with ``sizes`` (turned on its side)."""
    splitter = QSplitter(Qt.Orientation.Vertical if turned else Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(True)
    for name in "abc"[: len(sizes)]:
        splitter.addWidget(QLabel(name))
    splitter.resize(sum(sizes), sum(sizes))
    splitter.setSizes(sizes)
    if turned:
        splitter.setHandleWidth(400)
    return splitter.saveState()


def sliver_geometry() -> QByteArray:
    """The geometry of a window far off any screen and 20 pixels high."""
    window = QMainWindow()
    window.setGeometry(50_000, 50_000, 20_000, 20)
    return window.saveGeometry()


def shown(console: Console, qtbot: QtBot) -> None:
    console.window.show()
    qtbot.waitExposed(console.window)
    qtbot.wait(10)


def countdown_is_usable(console: Console, *, on_screen: bool = False) -> None:
    window = console.window
    centre = window.splitter.widget(1)
    assert centre is not None
    assert centre.width() >= centre.minimumSizeHint().width() > 200
    assert window.countdown.isVisible() and window.countdown.digits.width() > 100
    assert not window.splitter.childrenCollapsible()
    assert window.splitter.orientation() is Qt.Orientation.Horizontal
    if on_screen:  # a restored geometry (the first start's own size is not ours to check)
        screen = window.screen().availableGeometry()
        assert screen.contains(window.geometry())
        assert window.height() >= min(400, screen.height())


def test_a_collapsed_countdown_pane_comes_back(
    console_factory: Callable[..., Console], qtbot: QtBot
) -> None:
    first = console_factory()
    first.settings.set_blob("splitter", collapsed_state([1000, 0, 0]))
    first.settings.set_blob("reference-splitter", collapsed_state([0, 900]))
    first.settings.sync()
    console = console_factory()
    shown(console, qtbot)
    countdown_is_usable(console)
    reference = console.window.reference.splitter
    assert min(reference.sizes()) > 0


def test_a_splitter_state_turned_on_its_side_is_set_upright(
    console_factory: Callable[..., Console], qtbot: QtBot
) -> None:
    first = console_factory()
    first.settings.set_blob("splitter", collapsed_state([0, 0, 1000], turned=True))
    first.settings.sync()
    console = console_factory()
    shown(console, qtbot)
    countdown_is_usable(console)
    assert console.window.splitter.handleWidth() < 50


def test_a_window_off_every_screen_and_a_sliver_high_comes_back(
    console_factory: Callable[..., Console], qtbot: QtBot
) -> None:
    first = console_factory()
    first.settings.set_blob("geometry", sliver_geometry())
    first.settings.sync()
    console = console_factory()
    shown(console, qtbot)
    countdown_is_usable(console, on_screen=True)


def test_garbage_in_every_saved_blob_is_survived(
    console_factory: Callable[..., Console], qtbot: QtBot
) -> None:
    first = console_factory()
    for key in SAVED:
        first.settings.set_blob(key, QByteArray(b"\xff\x00\x00\x00\x01" + b"\x7f" * 40))
    first.settings.store.setValue("window/tab", "kapot")
    first.settings.sync()
    console = console_factory()
    shown(console, qtbot)
    countdown_is_usable(console)
    assert console.window.toolbar.isVisible()


def test_reset_window_layout_forgets_it(
    console_factory: Callable[..., Console], qtbot: QtBot, tmp_settings: Path
) -> None:
    console = console_factory()
    shown(console, qtbot)
    window = console.window
    window.commands.save_layout()
    assert "geometry" in tmp_settings.read_text(encoding="utf-8")
    window.splitter.setChildrenCollapsible(True)
    window.splitter.setSizes([2000, 0, 0])
    window.resize(300, 300)
    action = window.actions_by_name["reset_layout"]
    assert action in window.menuBar().actions()[-1].menu().actions()  # Help > Reset window layout
    action.trigger()
    window.splitter.setChildrenCollapsible(False)
    qtbot.wait(10)
    countdown_is_usable(console, on_screen=True)
    assert "geometry" not in tmp_settings.read_text(encoding="utf-8")
    assert window.last_message == "Window layout reset: the default size and panes"
