"""Close an X window as a window manager does (Alt+F4, the title bar's cross).

Without a window manager nothing turns Alt+F4 into a close, so this sends
the window the ``WM_DELETE_WINDOW`` client message a window manager sends
(ICCCM 4.2.8.1), with libX11 through ctypes. Usage: ``python wm_close.py
WINDOW_ID`` with ``DISPLAY`` set (the id as ``xdotool search`` prints it).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

CLIENT_MESSAGE = 33
NO_EVENT_MASK = 0


class ClientMessageData(ctypes.Union):
    _fields_ = [("l", ctypes.c_long * 5)]


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ClientMessageData),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


def close_window(window: int) -> None:
    """Send ``window`` WM_PROTOCOLS / WM_DELETE_WINDOW on the display in ``DISPLAY``."""
    name = ctypes.util.find_library("X11")
    if name is None:
        raise OSError("libX11 is not installed")
    x11 = ctypes.cdll.LoadLibrary(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(XEvent),
    ]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        raise OSError("cannot open the X display")
    try:
        event = XEvent()
        message = event.xclient
        message.type = CLIENT_MESSAGE
        message.window = window
        message.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
        message.format = 32
        message.data.l[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        message.data.l[1] = 0  # CurrentTime
        x11.XSendEvent(display, window, 0, NO_EVENT_MASK, ctypes.byref(event))
        x11.XFlush(display)
    finally:
        x11.XCloseDisplay(display)


if __name__ == "__main__":
    close_window(int(sys.argv[1], 0))
