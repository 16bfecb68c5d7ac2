"""A private X server with two monitors, and a watcher that sees windows being mapped.

``two_monitors()`` starts Xvfb on the first free display number from 100
(never one in use, such as the one a test holds: Xvfb reports through
``-displayfd`` whether it got the number),
with ``-noreset`` so that the server survives its last client between two
launches, and splits its one screen into a laptop and a projector monitor
with ``xrandr --setmonitor`` (see ``docs/performance.md``). It stops the
server afterwards, whatever happened.

``MapWatcher`` asks the X server for every window mapped on its root and
stamps each with ``CLOCK_MONOTONIC`` as the notification arrives: the instant
a window is on the screen as far as X is concerned, the same for any
program (Qt, GTK), watched from outside it. It talks to libX11 through
ctypes, so it needs nothing but the library Xvfb itself uses.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator

SCREEN = "3200x1080x24"
# The laptop takes over Xvfb's one output, which removes the automatic
# full-width monitor (it would be a third, largest screen); "*" makes it primary.
LAPTOP = ("*laptop", "1280/338x1080/190+0+0", "screen")
PROJECTOR = ("projector", "1920/508x1080/286+1280+0", "none")
MIN_SIDE = 20  # smaller mapped windows are helpers (a client leader), not the program's windows


def missing_tools() -> list[str]:
    """The programs a run on Xvfb needs that are not installed."""
    return [tool for tool in ("Xvfb", "xrandr") if shutil.which(tool) is None]


FIRST_DISPLAY = 100  # away from :0 and the low numbers people and tests pick by hand


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on the first free display number from FIRST_DISPLAY, once it accepts clients."""
    for number in range(FIRST_DISPLAY, FIRST_DISPLAY + 100):
        read_end, write_end = os.pipe()
        server = subprocess.Popen(
            [
                "Xvfb",
                f":{number}",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                SCREEN,
                "-noreset",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        # Xvfb writes the number once it is ready, or closes the pipe when the
        # display turned out to be taken (another server started meanwhile).
        with os.fdopen(read_end) as ready:
            if ready.readline().strip() == str(number):
                return server, f":{number}"
        server.wait()
    raise RuntimeError("no free X display number for Xvfb")


@contextlib.contextmanager
def two_monitors() -> Iterator[str]:
    """Run Xvfb with a laptop and a projector monitor; yield its DISPLAY (``:N``)."""
    server, display = _start_xvfb()
    try:
        env = {**os.environ, "DISPLAY": display}
        for name, geometry, output in (LAPTOP, PROJECTOR):
            subprocess.run(
                ["xrandr", "--setmonitor", name, geometry, output],
                env=env,
                check=True,
                capture_output=True,
                timeout=20,
            )
        yield display
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class _MapEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    )


class _Event(ctypes.Union):
    _fields_ = (("map", _MapEvent), ("pad", ctypes.c_long * 24))  # XEvent is 24 longs


class _Attributes(ctypes.Structure):
    # The head of XWindowAttributes; the rest is room for the fields not read.
    _fields_ = (
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("rest", ctypes.c_char * 256),
    )


_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    lib.XSelectInput.argtypes = (ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long)
    lib.XConnectionNumber.argtypes = (ctypes.c_void_p,)
    lib.XPending.argtypes = (ctypes.c_void_p,)
    lib.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(_Event))
    lib.XGetWindowAttributes.argtypes = (
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(_Attributes),
    )
    lib.XFlush.argtypes = (ctypes.c_void_p,)
    lib.XSync.argtypes = (ctypes.c_void_p, ctypes.c_int)
    lib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    lib.XSetErrorHandler.argtypes = (_ERROR_HANDLER,)
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    return lib


# A window may be gone before its size is asked; Xlib's default handler would exit.
_IGNORE_ERRORS = _ERROR_HANDLER(lambda _display, _error: 0)


class MapWatcher:
    """Stamps every top-level window mapped on ``display`` from now on (a thread).

    Use as a context manager around the launch of one program::

        with MapWatcher(display) as maps:
            process = subprocess.Popen(...)
            mapped_at = maps.wait_for(2, timeout=30)   # ns, CLOCK_MONOTONIC
    """

    def __init__(self, display: str) -> None:
        self._lib = _xlib()
        self._lib.XSetErrorHandler(_IGNORE_ERRORS)
        self._display = self._lib.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        root = self._lib.XDefaultRootWindow(self._display)
        self._lib.XSelectInput(self._display, root, _SUBSTRUCTURE_NOTIFY_MASK)
        self._lib.XSync(self._display, 0)  # selected before anything is launched
        self.mapped: dict[int, int] = {}  # window id -> instant first mapped (ns)
        self.geometry: dict[int, tuple[int, int, int, int]] = {}  # id -> x, y, width, height
        self._condition = threading.Condition()
        self._stop = False
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def __enter__(self) -> MapWatcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _watch(self) -> None:
        lib, display = self._lib, self._display
        fd = lib.XConnectionNumber(display)
        event = _Event()
        size = _Attributes()
        while not self._stop:
            if not lib.XPending(display):
                select.select([fd], [], [], 0.05)
                continue
            lib.XNextEvent(display, ctypes.byref(event))
            now = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
            if event.map.type != _MAP_NOTIFY or event.map.override_redirect:
                continue
            window = event.map.window
            if not lib.XGetWindowAttributes(display, window, ctypes.byref(size)):
                continue
            if min(size.width, size.height) < MIN_SIDE:
                continue
            with self._condition:
                self.mapped.setdefault(window, now)
                self.geometry[window] = (size.x, size.y, size.width, size.height)
                self._condition.notify_all()

    def wait_for(self, count: int, timeout: float) -> int | None:
        """The instant the ``count``-th window was mapped, or None if not within ``timeout``."""
        with self._condition:
            self._condition.wait_for(lambda: len(self.mapped) >= count, timeout)
            if len(self.mapped) < count:
                return None
            return sorted(self.mapped.values())[count - 1]

    def windows(self) -> list[tuple[int, int, int, int]]:
        """Where the windows mapped so far are (x, y, width, height), in the order mapped."""
        with self._condition:
            return [self.geometry[w] for w in sorted(self.mapped, key=self.mapped.__getitem__)]

    def close(self) -> None:
        """Stop watching and close the connection."""
        self._stop = True
        self._thread.join(timeout=5)
        self._lib.XCloseDisplay(self._display)
