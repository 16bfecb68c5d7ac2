"""Screensaver inhibition: which backend on which platform, and each degrading quietly."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from facilitator.ui.inhibit import (
    DBusScreenSaver,
    MacPowerAssertion,
    NoInhibitor,
    WindowsExecutionState,
    select_inhibitor,
    session_bus_named,
)


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", DBusScreenSaver),
        ("freebsd14", DBusScreenSaver),
        ("win32", WindowsExecutionState),
        ("darwin", MacPowerAssertion),
        ("emscripten", NoInhibitor),
    ],
)
def test_backend_by_platform(platform: str, kind: type) -> None:
    assert isinstance(select_inhibitor(platform), kind)


def test_dbus_without_a_session_bus_refuses_quietly(qapp: object) -> None:
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("a session bus is running here")
    # No session bus (CI, this machine): Inhibit says False instead of raising.
    backend = DBusScreenSaver()
    assert backend.inhibit("test") is False
    backend.release()


class FakeReply:
    def __init__(self, values: list[object]) -> None:
        self._values = values

    def arguments(self) -> list[object]:
        return self._values


class FakeInterface:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def call(self, *args: object) -> FakeReply:
        self.calls.append(args)
        return FakeReply([42] if args[0] == "Inhibit" else [])


def test_dbus_inhibit_keeps_the_cookie_and_hands_it_back(monkeypatch: pytest.MonkeyPatch) -> None:
    iface = FakeInterface()
    backend = DBusScreenSaver()
    monkeypatch.setattr(backend, "_interface", lambda: iface)
    assert backend.inhibit("A workshop session is running")
    assert backend.inhibit("again")  # already held: no second cookie
    backend.release()
    assert iface.calls == [
        ("Inhibit", "Facilitator", "A workshop session is running"),
        ("UnInhibit", 42),
    ]


def test_dbus_with_no_screensaver_service_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = DBusScreenSaver()
    monkeypatch.setattr(backend, "_interface", lambda: None)
    assert not backend.inhibit("x")
    backend.release()


class FakeKernel32:
    def __init__(self) -> None:
        self.flags: list[int] = []

    def SetThreadExecutionState(self, flags: int) -> int:
        self.flags.append(flags)
        return 0x80000000


def test_windows_sets_and_clears_the_execution_state() -> None:
    kernel = FakeKernel32()
    backend = WindowsExecutionState(kernel)
    assert backend.inhibit("x")
    backend.release()
    w = WindowsExecutionState
    assert kernel.flags == [
        w.ES_CONTINUOUS | w.ES_SYSTEM_REQUIRED | w.ES_DISPLAY_REQUIRED,
        w.ES_CONTINUOUS,
    ]


def test_windows_backend_elsewhere_refuses() -> None:
    if sys.platform == "win32":
        pytest.skip("this is Windows")
    assert not WindowsExecutionState().inhibit("x")


def test_mac_backend_elsewhere_refuses() -> None:
    import sys

    if sys.platform == "darwin":
        pytest.skip("this is macOS")
    backend = MacPowerAssertion()
    assert not backend.inhibit("x")
    backend.release()


def test_a_session_bus_is_named_by_its_address_or_its_socket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("os.getuid", lambda: 2**31 - 7)  # no /run/user of its own
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert session_bus_named() is False
    (tmp_path / "bus").touch()
    assert session_bus_named() is True
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert session_bus_named() is False
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere")
    assert session_bus_named() is True


class WatchedModule(ModuleType):
    """Stands in for PySide6.QtDBus: notes every name asked of it."""

    def __init__(self) -> None:
        super().__init__("PySide6.QtDBus")
        self.asked: list[str] = []

    def __getattr__(self, name: str) -> object:
        self.asked.append(name)
        raise AttributeError(name)


def test_without_a_session_bus_qtdbus_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    qtdbus = WatchedModule()
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", qtdbus)
    monkeypatch.setattr("facilitator.ui.inhibit.session_bus_named", lambda: False)
    assert DBusScreenSaver().inhibit("test") is False
    assert qtdbus.asked == []
    monkeypatch.setattr("facilitator.ui.inhibit.session_bus_named", lambda: True)
    assert DBusScreenSaver().inhibit("test") is False
    assert "QDBusConnection" in qtdbus.asked  # with a bus named, QtDBus is asked
