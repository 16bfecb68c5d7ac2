"""Chimes loaded after the first paint: PulseAudio's simple API on Linux, QtMultimedia otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.console.chimes import Chime
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.sound import (
    NO_DEVICE,
    LazyChimes,
    PulseChimes,
    PulseSimple,
    at_volume,
    chime_files,
    pcm_of,
)
from facilitator.ui.sound import pulse_server as server_answers
from tests.ui.console_fixtures import FakeMultimedia, console_factory, tmp_settings

__all__ = ["console_factory", "tmp_settings"]


class FakePulse:
    """Stands in for PulseSimple: streams that record what was written, or no device."""

    def __init__(self, device: bool = True) -> None:
        self.device = device
        self.opened: list[int] = []
        self.written: list[bytes] = []
        self.closed = 0

    def open(self, rate: int) -> int | None:
        if not self.device:
            return None
        self.opened.append(rate)
        return len(self.opened)

    def write(self, stream: int, pcm: bytes) -> bool:
        self.written.append(pcm)
        return True

    def drain(self, stream: int) -> None:
        pass

    def close(self, stream: int) -> None:
        self.closed += 1


def now(work: Callable[[], None]) -> None:
    """Runs a player's thread work at once (the tests need no threads)."""
    work()


def never() -> object:
    raise AssertionError("nothing may load before load()")


def test_nothing_loads_until_asked(qtbot: QtBot) -> None:
    chimes = LazyChimes(pulse=never, multimedia=never, spawn=now)
    chimes.set_volume(40)
    chimes.set_muted(True)
    assert not chimes.loaded
    assert chimes.pending
    assert chimes.problem is None


def test_on_linux_the_chimes_play_as_pcm_through_pulseaudio(qtbot: QtBot) -> None:
    pulse = FakePulse()
    chimes = LazyChimes(pulse=lambda: pulse, multimedia=never, spawn=now)
    chimes.set_volume(50)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert chimes.loaded and not chimes.pending and chimes.available
    assert chimes.play(Chime.END)
    pcm, rate = pcm_of(chime_files()[Chime.END])
    assert pulse.written == [at_volume(pcm, 0.5)]
    assert pulse.opened == [rate, rate]  # the check, then the chime
    assert pulse.closed == 2
    chimes.set_muted(True)
    assert not chimes.play(Chime.WARNING)
    assert chimes.played == [Chime.END, Chime.WARNING]
    assert len(pulse.written) == 1


def test_without_an_audio_device_pulseaudio_says_so(qtbot: QtBot) -> None:
    chimes = LazyChimes(pulse=lambda: FakePulse(device=False), multimedia=never, spawn=now)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert chimes.problem == NO_DEVICE
    assert not chimes.play(Chime.END)


def test_without_libpulse_simple_qtmultimedia_plays(qtbot: QtBot) -> None:
    def missing() -> object:
        raise OSError("libpulse-simple.so.0: cannot open shared object file")

    multimedia = FakeMultimedia()
    chimes = LazyChimes(pulse=missing, multimedia=lambda: multimedia, spawn=now)
    chimes.set_volume(30)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert chimes.available and not chimes.pending
    assert chimes.play(Chime.END)
    plays = {Path(e.source.toLocalFile()).stem: e.plays for e in multimedia.effects}  # type: ignore[attr-defined]
    assert plays["end"] == 1 and sum(plays.values()) == 1
    assert all(effect.volume == pytest.approx(0.3) for effect in multimedia.effects)


def test_where_only_pipewire_answers_qtmultimedia_is_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pipewire-0").touch()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    multimedia = FakeMultimedia()
    pulse = FakePulse(device=False)
    chimes = LazyChimes(pulse=lambda: pulse, multimedia=lambda: multimedia, spawn=now)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert chimes.available
    assert chimes.play(Chime.WARNING)
    assert pulse.written == []
    assert sum(effect.plays for effect in multimedia.effects) == 1


def test_a_chime_before_the_app_loaded_the_player_loads_it(qtbot: QtBot) -> None:
    pulse = FakePulse()
    chimes = LazyChimes(pulse=lambda: pulse, multimedia=never, spawn=now)
    assert chimes.play(Chime.WARNING)
    assert chimes.loaded and len(pulse.written) == 1


def test_the_volume_scales_the_samples() -> None:
    pcm = array("h", [1000, -2000, 32767, 0]).tobytes()
    assert array("h", at_volume(pcm, 0.5)).tolist() == [500, -1000, 16384, 0]
    assert at_volume(pcm, 1.0) == pcm


def test_the_status_bar_waits_for_the_player_then_says_what_it_found(
    console_factory: object, qtbot: QtBot
) -> None:
    console = console_factory()  # type: ignore[operator]
    chimes = LazyChimes(pulse=lambda: FakePulse(device=False), multimedia=never, spawn=now)
    window = PresenterWindow(console.controller, settings=console.settings, chimes=chimes)
    window.confirm_quit = False
    qtbot.addWidget(window)
    assert window.sound_label.text() == ""  # not "chimes on" before anyone knows
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert window.sound_label.text() == "sound unavailable"
    # Said once, in the sound's own label, the reason in its tooltip (as main's console does).
    assert "the session goes on" in window.sound_label.toolTip()


def test_the_status_bar_says_chimes_on_once_pulseaudio_answers(
    console_factory: object, qtbot: QtBot
) -> None:
    console = console_factory()  # type: ignore[operator]
    chimes = LazyChimes(pulse=FakePulse, multimedia=never, spawn=now)
    window = PresenterWindow(console.controller, settings=console.settings, chimes=chimes)
    window.confirm_quit = False
    qtbot.addWidget(window)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert window.sound_label.text() == "chimes on"


# --- the server's socket tried at start, the library loaded by the first chime ---


class Loads:
    """A PulseSimple factory that counts how often the library was loaded."""

    def __init__(self, pulse: FakePulse | None = None, missing: bool = False) -> None:
        self.pulse = pulse or FakePulse()
        self.missing = missing
        self.loads = 0

    def __call__(self) -> FakePulse:
        self.loads += 1
        if self.missing:
            raise OSError("libpulse-simple.so.0: cannot open shared object file")
        return self.pulse


def test_a_server_s_socket_says_chimes_on_and_the_first_chime_loads_the_library(
    qtbot: QtBot,
) -> None:
    library = Loads()
    chimes = LazyChimes(pulse=library, server=lambda: True, multimedia=never, spawn=now)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert chimes.loaded and not chimes.pending and chimes.available
    assert library.loads == 0  # nothing of PulseAudio's is loaded for the status bar
    assert chimes.play(Chime.END)
    assert library.loads == 1 and len(library.pulse.written) == 1
    assert library.pulse.opened == [pcm_of(chime_files()[Chime.END])[1]]  # no separate check
    assert chimes.play(Chime.WARNING)
    assert library.loads == 1 and len(library.pulse.written) == 2


def test_no_server_says_sound_unavailable_loads_nothing_and_a_later_server_is_found(
    qtbot: QtBot,
) -> None:
    library = Loads()
    answers = [False]
    chimes = LazyChimes(pulse=library, server=lambda: answers[0], multimedia=never, spawn=now)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert chimes.problem == NO_DEVICE and not chimes.pending
    assert not chimes.play(Chime.END)
    assert library.loads == 0
    answers[0] = True  # the trainer started the sound server, or plugged a headset in
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        assert chimes.play(Chime.END)
    assert chimes.available and library.loads == 1 and len(library.pulse.written) == 1


def test_a_chime_that_finds_no_device_says_so(qtbot: QtBot) -> None:
    library = Loads(FakePulse(device=False))
    chimes = LazyChimes(pulse=library, server=lambda: True, multimedia=never, spawn=now)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert chimes.available
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.play(Chime.WARNING)
    assert chimes.problem == NO_DEVICE


def test_a_library_missing_at_the_first_chime_hands_it_to_qtmultimedia(qtbot: QtBot) -> None:
    multimedia = FakeMultimedia()
    library = Loads(missing=True)
    chimes = LazyChimes(
        pulse=library, server=lambda: True, multimedia=lambda: multimedia, spawn=now
    )
    chimes.load()
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.play(Chime.END)
    assert chimes.available
    plays = {Path(e.source.toLocalFile()).stem: e.plays for e in multimedia.effects}  # type: ignore[attr-defined]
    assert plays["end"] == 1 and sum(plays.values()) == 1  # the chime is heard all the same
    assert chimes.play(Chime.WARNING) and library.loads == 1


def test_the_status_bar_says_sound_unavailable_without_a_server(
    console_factory: object, qtbot: QtBot
) -> None:
    console = console_factory()  # type: ignore[operator]
    chimes = LazyChimes(pulse=never, server=lambda: False, multimedia=never, spawn=now)
    window = PresenterWindow(console.controller, settings=console.settings, chimes=chimes)
    window.confirm_quit = False
    qtbot.addWidget(window)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    assert window.sound_label.text() == "sound unavailable"


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[Path]:
    """A Unix socket that accepts connections, where PulseAudio's would be."""
    import socket

    place = tmp_path / "pulse" / "native"
    place.parent.mkdir()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(place))
    server.listen(8)
    try:
        yield place
    finally:
        server.close()


def test_the_server_is_found_by_its_socket(
    listening: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert server_answers() is True
    monkeypatch.setenv("PULSE_SERVER", f"unix:{listening}")
    assert server_answers() is True
    monkeypatch.setenv("PULSE_SERVER", str(listening))
    assert server_answers() is True


def test_no_socket_or_a_dead_one_is_no_server_and_a_remote_one_is_the_library_s_to_tell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    monkeypatch.setattr("facilitator.ui.sound.pulse_sockets", lambda: [tmp_path / "native"])
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    assert server_answers() is False
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(tmp_path / "native"))
    dead.close()  # the file stays, nobody listens (a crashed server)
    assert server_answers() is False
    monkeypatch.setenv("PULSE_SERVER", "tcp:192.0.2.1:4713")
    assert server_answers() is None


# --- a real PulseAudio server with a null sink --------------------------------


@pytest.fixture
def pulse_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private PulseAudio daemon with a null sink; its socket is PULSE_SERVER."""
    daemon = shutil.which("pulseaudio")
    if daemon is None:
        pytest.skip("PulseAudio is not installed")
    try:
        PulseSimple()
    except OSError:
        pytest.skip("libpulse-simple is not installed")
    socket = tmp_path / "native"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    process = subprocess.Popen(
        [
            daemon, "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
            "-L", "module-null-sink sink_name=null",
            "-L", f"module-native-protocol-unix auth-anonymous=1 socket={socket}",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if not socket.exists():
            pytest.skip("the PulseAudio daemon did not start")
        monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
        yield str(socket)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_chime_plays_on_a_real_pulseaudio_server(pulse_server: str, qtbot: QtBot) -> None:
    findings: list[str | None] = []
    player = PulseChimes(spawn=now)
    player._told.connect(findings.append)
    player.check()
    assert findings == [None] and player.available
    assert player.play(Chime.WARNING)  # written and drained by the server's null sink
    assert findings == [None, None]


def test_on_a_real_server_the_library_loads_at_the_first_chime(
    pulse_server: str, qtbot: QtBot
) -> None:
    chimes = LazyChimes(spawn=now)
    with qtbot.waitSignal(chimes.ready, timeout=1000):
        chimes.load()
    player = chimes._player
    assert isinstance(player, PulseChimes) and player._pulse is None  # only the socket tried
    assert chimes.available
    assert chimes.play(Chime.WARNING)
    assert player._pulse is not None and chimes.available


def test_without_a_server_the_real_library_finds_no_device(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        PulseSimple()
    except OSError:
        pytest.skip("libpulse-simple is not installed")
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody-here'}")
    player = PulseChimes(spawn=now)
    player.check()
    assert player.problem == NO_DEVICE
