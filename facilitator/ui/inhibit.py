"""Keep the screensaver and display sleep away while a session runs.

One backend per platform: the freedesktop ScreenSaver D-Bus interface on
Linux (through QtDBus), ``SetThreadExecutionState`` on Windows, an IOKit
power assertion on macOS. A backend that cannot work here (no session bus,
no such library) says so by returning False, and the app carries on without.
:class:`SleepGuard` holds the inhibition while the run is RUNNING and
releases it on pause, at the end and on exit.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject

from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked

REASON = QT_TRANSLATE_NOOP("Sleep", "A workshop session is running")


class Inhibitor(Protocol):
    """Something that can hold off the screensaver."""

    name: str

    def inhibit(self, reason: str) -> bool:
        """Hold off the screensaver; False when that is not possible here."""
        ...

    def release(self) -> None:
        """Let the screensaver work again."""
        ...


class NoInhibitor:
    """For platforms without a known way: does nothing."""

    name = "none"

    def inhibit(self, reason: str) -> bool:
        """Nothing to hold."""
        return False

    def release(self) -> None:
        """Nothing to release."""


def session_bus_named() -> bool:
    """Whether a session bus can be found: its address in the environment, or its socket.

    Where neither is there (a bare X server, a service, CI), QtDBus is not loaded
    for nothing (its libraries and its connection's thread: about 1 MiB resident).
    A bus started only on demand (libdbus's X11 autolaunch) would have no
    screensaver on it to ask anyway.
    """
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    places = [Path(runtime) / "bus"] if runtime else []
    if hasattr(os, "getuid"):
        places.append(Path(f"/run/user/{os.getuid()}/bus"))
    return any(place.exists() for place in places)


class DBusScreenSaver:
    """Linux desktops: ``org.freedesktop.ScreenSaver`` Inhibit / UnInhibit on the session bus."""

    name = "freedesktop ScreenSaver (D-Bus)"

    def __init__(self) -> None:
        self._cookie: int | None = None
        self._iface: Any = None

    def _interface(self) -> Any:
        if not session_bus_named():
            return None
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        iface = QDBusInterface(
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            bus,
        )
        return iface if iface.isValid() else None

    def inhibit(self, reason: str) -> bool:
        """Ask the desktop to hold off the screensaver; remember its cookie."""
        if self._cookie is not None:
            return True
        try:
            self._iface = self._interface()
            if self._iface is None:
                return False
            reply = self._iface.call("Inhibit", "Facilitator", reason)
            values = reply.arguments()
        except (ImportError, RuntimeError):
            return False
        if not values or not isinstance(values[0], int):
            return False
        self._cookie = values[0]
        return True

    def release(self) -> None:
        """Hand the cookie back."""
        if self._cookie is not None and self._iface is not None:
            self._iface.call("UnInhibit", self._cookie)
        self._cookie = None


class WindowsExecutionState:
    """Windows: ``SetThreadExecutionState`` keeps the display and the system awake."""

    name = "SetThreadExecutionState"
    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001
    ES_DISPLAY_REQUIRED = 0x00000002

    def __init__(self, kernel32: Any = None) -> None:
        self._kernel32 = kernel32

    def _set(self, flags: int) -> bool:
        import ctypes  # here, not at start-up: only Windows needs it

        kernel32 = self._kernel32 or ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        return bool(kernel32.SetThreadExecutionState(flags))

    def inhibit(self, reason: str) -> bool:
        """Keep the display on until released."""
        try:
            return self._set(
                self.ES_CONTINUOUS | self.ES_SYSTEM_REQUIRED | self.ES_DISPLAY_REQUIRED
            )
        except (AttributeError, OSError):
            return False

    def release(self) -> None:
        """Back to the normal power settings."""
        with contextlib.suppress(AttributeError, OSError):
            self._set(self.ES_CONTINUOUS)


class MacPowerAssertion:
    """macOS: an IOKit ``PreventUserIdleDisplaySleep`` power assertion."""

    name = "IOPMAssertion"
    K_ASSERTION_LEVEL_ON = 255

    def __init__(self) -> None:
        self._id: int | None = None
        self._iokit: Any = None

    def inhibit(self, reason: str) -> bool:
        """Create the assertion (released with :meth:`release`)."""
        if self._id is not None:
            return True
        import ctypes  # here, not at start-up: only macOS needs it

        try:
            iokit = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/IOKit.framework/IOKit")
            cf = ctypes.cdll.LoadLibrary(
                "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
            )
            cf.CFStringCreateWithCString.restype = ctypes.c_void_p
            cf.CFStringCreateWithCString.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_uint32,
            ]
            utf8 = 0x08000100

            def cfstr(text: str) -> int:
                return int(cf.CFStringCreateWithCString(None, text.encode(), utf8))

            assertion = ctypes.c_uint32(0)
            iokit.IOPMAssertionCreateWithName.argtypes = [
                ctypes.c_void_p,
                ctypes.c_uint32,
                ctypes.c_void_p,
                ctypes.POINTER(ctypes.c_uint32),
            ]
            status = iokit.IOPMAssertionCreateWithName(
                cfstr("PreventUserIdleDisplaySleep"),
                self.K_ASSERTION_LEVEL_ON,
                cfstr(reason),
                ctypes.byref(assertion),
            )
        except (OSError, AttributeError):
            return False
        if status != 0:
            return False
        self._iokit = iokit
        self._id = assertion.value
        return True

    def release(self) -> None:
        """Release the assertion."""
        if self._id is not None and self._iokit is not None:
            import ctypes

            self._iokit.IOPMAssertionRelease(ctypes.c_uint32(self._id))
        self._id = None


def select_inhibitor(platform: str = sys.platform) -> Inhibitor:
    """The backend for ``platform`` (a ``sys.platform`` value)."""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return DBusScreenSaver()
    if platform == "win32":
        return WindowsExecutionState()
    if platform == "darwin":
        return MacPowerAssertion()
    return NoInhibitor()


class SleepGuard(QObject):
    """Holds the inhibition exactly while the session is running."""

    def __init__(self, inhibitor: Inhibitor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inhibitor = inhibitor if inhibitor is not None else select_inhibitor()
        self.held = False
        self.failed = False  # the backend refused: do not keep asking every second

    def follow(self, snap: SessionSnapshot) -> None:
        """Hold while RUNNING; release on pause, at the end, before the start."""
        if snap.state is RunState.RUNNING:
            if not self.held and not self.failed:
                self.held = self.inhibitor.inhibit(translate_marked("Sleep", REASON))
                self.failed = not self.held
        else:
            self.release()
            self.failed = False

    def release(self) -> None:
        """Let the screensaver work again (pause, exit)."""
        if self.held:
            self.inhibitor.release()
            self.held = False
