"""The console's window layout: saved, restored only as far as it is usable, and reset.

Geometry, tool bar state, both splitters and the centre tab are remembered
in :class:`~facilitator.ui.settings.ConsoleSettings`. What comes back is
checked against the screens and the panes' minimum widths
(:mod:`facilitator.console.layout`): a saved layout never puts the window off
every screen, never makes it smaller than it can show, never leaves a pane
(the countdown's above all) collapsed. **Reset window layout** forgets it
and puts everything where a fresh start would.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter

from facilitator.console.layout import Box, default_panes, fit_window

if TYPE_CHECKING:
    from facilitator.ui.presenter.window import PresenterWindow

DEFAULT_SIZE = (1280, 760)
# Steps, countdown and instructions, projector. The steps' pane is wide enough at
# 1366 px for a long Dutch word in bold ("outreachprogramma's") beside the narrow columns.
PANE_WEIGHTS = (420, 500, 340)
REFERENCE_WEIGHTS = (200, 300)  # the reference's list, its text
MIN_HEIGHT = 400  # px: a window at least this high (when the screen is)
SAVED = ("geometry", "state", "splitter", "reference-splitter")


def _box(rect: QRect) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def _screens() -> list[Box]:
    return [_box(screen.availableGeometry()) for screen in QGuiApplication.screens()]


class ConsoleLayout:
    """Saves, restores (checked) and resets the layout of one presenter window."""

    def __init__(self, window: PresenterWindow) -> None:
        self.window = window
        self._restored_geometry = False

    @property
    def restored_geometry(self) -> bool:
        """Whether the window came back where a saved layout put it (else: a first start)."""
        return self._restored_geometry

    def show_first_time(self) -> None:
        """Show the window as a first start does: maximised on its screen (the laptop's).

        The area is set as well, for a desktop without a window manager to
        maximise it (Qt only asks the window manager).
        """
        window = self.window
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.availableGeometry())
        window.showMaximized()

    # --- saving --------------------------------------------------------------

    def save(self) -> None:
        """Remember the window's geometry, tool bar, splitters and tab."""
        window = self.window
        settings = window.settings
        settings.set_blob("geometry", window.saveGeometry())
        settings.set_blob("state", window.saveState())
        settings.set_blob("splitter", window.splitter.saveState())
        settings.set_blob("reference-splitter", window.reference.splitter.saveState())
        settings.store.setValue("window/tab", window.tabs.currentIndex())
        settings.sync()

    # --- restoring -------------------------------------------------------------

    def restore_window(self) -> None:
        """Geometry, tool bar and tab of the last time, made to fit the screens now."""
        window = self.window
        settings = window.settings
        geometry = settings.blob("geometry")
        if geometry is not None and window.restoreGeometry(geometry):
            self._restored_geometry = True
            self.fit_to_screens()
        state = settings.blob("state")
        if state is not None:
            window.restoreState(state)
        window.toolbar.setVisible(True)  # the commands' buttons: never hidden by a saved state
        tab = settings.store.value("window/tab", 0)
        with contextlib.suppress(ValueError, TypeError):
            window.tabs.setCurrentIndex(int(str(tab)))

    def fit_to_screens(self) -> None:
        """Put the window, frame and all, wholly on a screen, at least its minimum size."""
        window = self.window
        if window.isMaximized() or window.isFullScreen():
            return
        frame, inner = window.frameGeometry(), window.geometry()
        left, top = inner.x() - frame.x(), inner.y() - frame.y()
        right, bottom = frame.right() - inner.right(), frame.bottom() - inner.bottom()
        extra = (left + right, top + bottom)
        hint = window.minimumSizeHint()
        minimum = (
            max(hint.width(), window.minimumWidth()) + extra[0],
            max(hint.height(), MIN_HEIGHT) + extra[1],
        )
        default = (DEFAULT_SIZE[0] + extra[0], DEFAULT_SIZE[1] + extra[1])
        fitted = fit_window(_box(frame), _screens(), minimum, default)
        window.setGeometry(
            fitted.x + left, fitted.y + top, fitted.width - extra[0], fitted.height - extra[1]
        )

    def restore_panes(self) -> None:
        """Both splitters as saved, once the window has its size (they are in pixels).

        Shown, the window may have grown to its real minimum size: it is fitted
        to its screen again first.
        """
        if self._restored_geometry:
            self.fit_to_screens()
        settings = self.window.settings
        for key, splitter in self._splitters().items():
            saved = settings.blob(key)
            if saved is not None:
                _restore_splitter(splitter, saved)

    # --- reset -----------------------------------------------------------------

    def reset(self) -> None:
        """Forget the saved layout: default size, centred on its screen, default panes."""
        window = self.window
        for key in SAVED:
            window.settings.store.remove(f"window/{key}")
        window.settings.sync()
        if window.isMaximized() or window.isFullScreen():
            window.showNormal()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, window.toolbar)
        window.toolbar.setVisible(True)
        screen = window.screen().availableGeometry()
        width, height = DEFAULT_SIZE
        centred = Box(
            screen.x() + (screen.width() - width) // 2,
            screen.y() + (screen.height() - height) // 2,
            width,
            height,
        )
        window.setGeometry(centred.x, centred.y, width, height)
        self.fit_to_screens()
        for splitter, weights in self._weights():
            total = sum(splitter.sizes()) or _length(splitter)
            splitter.setSizes(default_panes(total, weights, _minimums(splitter)))

    # --- the parts ---------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "splitter": self.window.splitter,
            "reference-splitter": self.window.reference.splitter,
        }

    def _weights(self) -> list[tuple[QSplitter, tuple[int, ...]]]:
        return [
            (self.window.splitter, PANE_WEIGHTS),
            (self.window.reference.splitter, REFERENCE_WEIGHTS),
        ]


def _restore_splitter(splitter: QSplitter, saved: object) -> None:
    """``saved`` into ``splitter``, keeping what the console decides, not the saved state.

    A splitter's state carries its orientation, handle width and whether its
    panes may collapse: a damaged state could turn it on its side, make a
    handle a screen wide or let the countdown's pane collapse. With its
    panes not collapsible, the splitter itself gives each at least its
    minimum size.
    """
    orientation = splitter.orientation()
    handle = splitter.handleWidth()
    collapsible = splitter.childrenCollapsible()
    splitter.restoreState(saved)  # type: ignore[arg-type]
    splitter.setOrientation(orientation)
    splitter.setHandleWidth(handle)
    splitter.setChildrenCollapsible(collapsible)
    for index in range(splitter.count()):
        pane = splitter.widget(index)
        if pane is not None:
            pane.setVisible(True)  # a state may hide a pane


def _length(splitter: QSplitter) -> int:
    horizontal = splitter.orientation() is Qt.Orientation.Horizontal
    return splitter.width() if horizontal else splitter.height()


def _minimums(splitter: QSplitter) -> list[int]:
    """Each pane's minimum along the splitter."""
    horizontal = splitter.orientation() is Qt.Orientation.Horizontal
    found = []
    for index in range(splitter.count()):
        widget = splitter.widget(index)
        if widget is None:
            continue
        hint = widget.minimumSizeHint()
        low = max(hint.width(), widget.minimumWidth()) if horizontal else hint.height()
        found.append(max(1, low))
    return found
