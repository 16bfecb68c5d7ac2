"""Which screen each window goes to, and keeping the projector there.

The presenter stays where the desktop puts it (normally the laptop's own
screen). With two or more screens the projector window goes full screen on
the screen it was on last time (remembered by name, e.g. ``HDMI-1``) or,
when that screen is absent or holds the presenter, on the largest screen
that is not the presenter's. With one screen (practising at home) it is an
ordinary window laid exactly over the console's "On the projector now"
miniature, which shows the same picture: everything else of the console
stays in view (the countdown, the steps, the instructions and reference,
"Next on the projector"), and the room's real picture is where the trainer
looks for it. It follows the miniature (the console maximised, a splitter
moved) until the trainer moves or resizes it. The trainer can move it to
the next screen or swap the two windows' screens; the choice is remembered.

Hot-plug: when the projector's screen is unplugged the window becomes a
normal window on a remaining screen (the session runs on: only the window
moves); when a screen appears, it goes back full screen there. Qt does
neither by itself, so :class:`ProjectorPlacement` re-places the window after
every screen added or removed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from facilitator.ui.projector.settings import PROJECTOR_SCREEN, read_text, write_text

# Let Qt finish moving windows off a removed screen before deciding.
REPLACE_DELAY_MS = 50
# A miniature smaller than this is no place for the window (the console not laid out yet).
MIN_SPOT = QSize(160, 90)
# How far a window manager may shift a window it was asked to place (its frame, a panel).
NEAR_PX = 48
_FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show)


def corner_rect(area: QRect) -> QRect:
    """A 16:9 window in the bottom-right corner of ``area`` (no console miniature to cover)."""
    width = min(960, round(area.width() * 0.45))
    height = min(round(width * 9 / 16), area.height() // 2)
    margin = 8
    return QRect(
        area.right() - width - margin + 1, area.bottom() - height - margin + 1, width, height
    )


def _near(a: QRect, b: QRect) -> bool:
    return (
        abs(a.x() - b.x()) <= NEAR_PX
        and abs(a.y() - b.y()) <= NEAR_PX
        and abs(a.width() - b.width()) <= NEAR_PX
        and abs(a.height() - b.height()) <= NEAR_PX
    )


def show_full_screen(window: QWidget) -> None:
    """Full screen without taking the keyboard: ``showFullScreen`` also activates the
    window, and the console must keep the keys (and what the trainer types)."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen
    )
    window.show()


def projector_screen(presenter_screen: QScreen | None, screens: list[QScreen]) -> QScreen | None:
    """The largest screen other than the presenter's, or None with a single screen."""
    others = [s for s in screens if s is not presenter_screen]
    if not others or len(screens) < 2:
        return None
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


def choose_screen(
    presenter_screen: QScreen | None, screens: list[QScreen], remembered: str = ""
) -> QScreen | None:
    """The remembered screen if present and not the presenter's, else the largest other."""
    if len(screens) < 2:
        return None
    for screen in screens:
        if remembered and screen.name() == remembered and screen is not presenter_screen:
            return screen
    return projector_screen(presenter_screen, screens)


class ProjectorPlacement(QObject):
    """Places the projector window and follows screens being added and removed."""

    placed = Signal(str)  # the screen's name when full screen there, "" as a window

    def __init__(
        self,
        presenter: QWidget,
        projector: QWidget,
        *,
        remember: bool = True,
        screens: Callable[[], list[QScreen]] = QGuiApplication.screens,
        spot: QWidget | None = None,
    ) -> None:
        super().__init__(projector)
        self._presenter = presenter
        self._projector = projector
        # With one screen the window covers this widget (the console's miniature of the
        # projector), and follows it while the trainer leaves the window where it was put.
        self._spot = spot
        self._spot_placed: QRect | None = None
        if spot is not None:
            presenter.installEventFilter(self)
            # The miniature moves on the screen whenever a pane holding it does (the
            # catch-up banner shown above the panes moves them down): those get the Move.
            widget: QWidget | None = spot
            while widget is not None and widget is not presenter:
                widget.installEventFilter(self)
                widget = widget.parentWidget()
        self._wants_fullscreen = True
        self._placed_on_one_screen = False
        self._remember = remember
        self._screens = screens
        self.remembered = read_text(PROJECTOR_SCREEN) if remember else ""
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(self.place)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screens_changed)

    @property
    def target_screen(self) -> QScreen | None:
        """The screen the projector should fill now, if any."""
        return choose_screen(self._presenter.screen(), self._screens(), self.remembered)

    def place(self) -> None:
        """Put the projector window where it belongs now and show it."""
        screen = self.target_screen
        window = self._projector
        if screen is not None and self._wants_fullscreen:
            # setGeometry before going full screen is what works on X11 and offscreen alike.
            if (
                window.isFullScreen()
                and window.screen() is screen
                and window.geometry() == screen.geometry()
            ):
                window.show()
                self.placed.emit(screen.name())
                return
            window.showNormal()
            window.setScreen(screen)
            window.setGeometry(screen.geometry())
            show_full_screen(window)
            self._remember_screen(screen)
            self.placed.emit(screen.name())
            return
        was_fullscreen = window.isFullScreen()
        if was_fullscreen:
            window.showNormal()
        home = self._presenter.screen() or QGuiApplication.primaryScreen()
        if home is not None:
            area = home.availableGeometry()
            if (
                was_fullscreen
                or not self._placed_on_one_screen
                or not area.contains(window.geometry())
            ):
                self._placed_on_one_screen = True
                window.setScreen(home)
                spot = self._spot_rect(area)
                if spot is not None:
                    window.setGeometry(spot)
                    self._spot_placed = spot
                else:
                    window.setGeometry(corner_rect(area))
                    self._spot_placed = None
        window.show()
        self.placed.emit("")

    def _spot_rect(self, area: QRect) -> QRect | None:
        """The console's miniature of the projector, on the screen: where the window goes."""
        spot = self._spot
        if spot is None or spot.width() < MIN_SPOT.width() or spot.height() < MIN_SPOT.height():
            return None
        rect = QRect(spot.mapToGlobal(QPoint(0, 0)), spot.size())
        return rect if area.contains(rect) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The console or its miniature moved: a one-screen window placed over it follows."""
        if event.type() in _FOLLOWED:
            self._follow_spot()
        return False

    def _follow_spot(self) -> None:
        placed = self._spot_placed
        window = self._projector
        if placed is None or not window.isVisible() or window.isFullScreen():
            return
        if not _near(window.geometry(), placed):
            self._spot_placed = None  # the trainer moved or resized it: it stays theirs
            return
        home = self._presenter.screen() or QGuiApplication.primaryScreen()
        spot = self._spot_rect(home.availableGeometry()) if home is not None else None
        if spot is not None and spot != placed:
            window.setGeometry(spot)
            self._spot_placed = spot

    def show_projector(self) -> None:
        """Bring the projector window back after it was closed, hidden or minimised.

        With another screen: full screen on the one it was on (the remembered
        one); with one screen: the window where it was. Placing it is not
        enough after a minimise: the window is shown normally again first.
        """
        window = self._projector
        if window.isMinimized():
            window.showNormal()
        self._wants_fullscreen = True
        self.place()
        window.raise_()

    def toggle_fullscreen(self) -> None:
        """Switch the projector between full screen (on its screen) and a window."""
        self._wants_fullscreen = not self._projector.isFullScreen()
        if self._wants_fullscreen and self.target_screen is None:
            # One screen: full screen on it, the trainer asked for it.
            show_full_screen(self._projector)
            return
        self.place()

    def move_to_next_screen(self) -> bool:
        """Full screen on the next screen that is not the presenter's; False if there is none."""
        presenter = self._presenter.screen()
        others = [s for s in self._screens() if s is not presenter]
        if not others:
            return False
        current = self._projector.screen() if self._projector.isFullScreen() else None
        index = others.index(current) + 1 if current in others else 0
        target = others[index % len(others)]
        if target is current:
            return False
        self._choose(target)
        return True

    def swap(self) -> bool:
        """Exchange the presenter's and the projector's screens; False with one screen."""
        target = self.target_screen
        presenter_screen = self._presenter.screen()
        if target is None or presenter_screen is None or target is presenter_screen:
            return False
        presenter = self._presenter
        maximized = presenter.isMaximized()
        # The projector leaves first, so the presenter does not land under it.
        self._projector.showNormal()
        presenter.showNormal()
        presenter.setScreen(target)
        area = target.availableGeometry()
        size = presenter.size().boundedTo(area.size())
        presenter.resize(size)
        presenter.move(area.center() - presenter.rect().center())
        if maximized:
            presenter.showMaximized()
        self._choose(presenter_screen)
        return True

    def _choose(self, screen: QScreen) -> None:
        self.remembered = screen.name()
        self._wants_fullscreen = True
        self.place()

    def _remember_screen(self, screen: QScreen) -> None:
        self.remembered = screen.name()
        if self._remember:
            write_text(PROJECTOR_SCREEN, screen.name())

    def _on_screens_changed(self, _screen: QScreen) -> None:
        self._pending.start(REPLACE_DELAY_MS)
