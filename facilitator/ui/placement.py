"""Which screen each window goes to, and keeping the projector there.

The presenter stays where the desktop puts it (normally the laptop's own
screen). With two or more screens the projector window goes full screen on
the largest screen that is not the presenter's; with one screen it is an
ordinary window, for practising at home. When the projector's screen is
unplugged the window becomes a normal window on a remaining screen; when a
screen appears, it goes back full screen there. Qt does neither by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def projector_screen(presenter_screen: QScreen | None, screens: list[QScreen]) -> QScreen | None:
    """The largest screen other than the presenter's, or None with a single screen."""
    others = [s for s in screens if s is not presenter_screen]
    if not others or len(screens) < 2:
        return None
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


class ProjectorPlacement(QObject):
    """Places the projector window and follows screens being added and removed."""

    def __init__(self, presenter: QWidget, projector: QWidget) -> None:
        super().__init__(projector)
        self._presenter = presenter
        self._projector = projector
        self._wants_fullscreen = True
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screens_changed)

    @property
    def target_screen(self) -> QScreen | None:
        """The screen the projector should fill now, if any."""
        return projector_screen(self._presenter.screen(), QGuiApplication.screens())

    def place(self) -> None:
        """Put the projector window where it belongs now and show it."""
        screen = self.target_screen
        window = self._projector
        if screen is not None and self._wants_fullscreen:
            # setGeometry before showFullScreen is what works on X11 and offscreen alike.
            window.showNormal()
            window.setScreen(screen)
            window.setGeometry(screen.geometry())
            window.showFullScreen()
        else:
            if window.isFullScreen():
                window.showNormal()
            home = self._presenter.screen() or QGuiApplication.primaryScreen()
            if home is not None and not home.geometry().intersects(window.geometry()):
                area = home.availableGeometry()
                window.resize(min(960, area.width() // 2), min(540, area.height() // 2))
                window.move(area.center() - window.rect().center())
            window.show()

    def toggle_fullscreen(self) -> None:
        """Switch the projector between full screen (on its screen) and a window."""
        self._wants_fullscreen = not self._projector.isFullScreen()
        if self._wants_fullscreen and self.target_screen is None:
            # One screen: full screen on it, the trainer asked for it.
            self._projector.showFullScreen()
            return
        self.place()

    def _on_screens_changed(self, _screen: QScreen) -> None:
        # Let Qt finish moving windows off a removed screen before we decide.
        QTimer.singleShot(0, self.place)
