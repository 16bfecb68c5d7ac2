"""Chimes at the warning threshold and at the end of a step, or a clear "sound unavailable".

When to chime is the console model's (:mod:`facilitator.console.chimes`);
this module makes and plays the sounds.

The two sounds are short WAV files the project makes itself (:func:`chime_wav`,
``python -m facilitator.ui.sound`` writes them into ``assets/sounds``); a
missing file is made again in the data folder.

Nothing of it loads before the windows are shown (issue 14): the presenter
holds a :class:`LazyChimes`, which the app asks to :meth:`~LazyChimes.load`
once both windows have painted. On Linux it plays through PulseAudio's simple
API (``libpulse-simple``, which PipeWire serves too) from a thread: raw PCM,
about 2 MiB of libraries, loaded at the first chime, not at start (the
library, its codecs' libraries and the WAVs: 2-3 MiB resident for a chime
that comes minutes later). At start only the sound server's socket is tried
(:func:`pulse_server`), which is what tells "chimes on" from "sound
unavailable" in the status bar; a chime that then finds no device says so
there too. QtMultimedia, the other player
(:class:`ChimePlayer`, QSoundEffect), loads its FFmpeg media back-end (libavcodec,
libavformat, QtQuick and QtQml with it: about 20 MiB) for any audio device,
even one that only plays PCM; it is the player elsewhere, and on Linux where
PulseAudio's library is missing or only PipeWire's own socket exists. Where
no player can reach an audio device, the player says why in ``problem`` and
every ``play`` is a silent no-op.
"""

from __future__ import annotations

import io
import math
import os
import struct
import sys
import threading
import wave
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl, Signal

from facilitator.console.chimes import Chime
from facilitator.i18n import translate
from facilitator.paths import assets_dir, data_dir

RATE = 22_050
# (frequencies in Hz, one per note; note length in s): a soft two-note rise for
# "nearly done", a three-note fall for "time is up", a short soft fall for "this
# group's time is up" (heard several times a step, so gentler than the end).
CHIMES: dict[Chime, tuple[tuple[float, ...], float]] = {
    Chime.WARNING: ((659.25, 880.0), 0.28),
    Chime.END: ((880.0, 698.46, 523.25), 0.32),
    Chime.TURN: ((783.99, 587.33), 0.22),
}


def chime_wav(frequencies: tuple[float, ...], note: float, rate: int = RATE) -> bytes:
    """A mono 16-bit WAV of bell-like notes (a sine with two overtones, decaying)."""
    frames = bytearray()
    count = int(note * rate)
    for frequency in frequencies:
        for n in range(count):
            t = n / rate
            envelope = math.exp(-5.0 * t / note) * min(1.0, n / (0.005 * rate))
            value = (
                math.sin(2 * math.pi * frequency * t)
                + 0.35 * math.sin(4 * math.pi * frequency * t)
                + 0.1 * math.sin(6 * math.pi * frequency * t)
            )
            frames += struct.pack("<h", int(0.45 * 32767 * envelope * value / 1.45))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


def write_chimes(folder: Path) -> dict[Chime, Path]:
    """Write every chime missing from ``folder``; returns the path of each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, (frequencies, note) in CHIMES.items():
        path = folder / f"{name}.wav"
        if not path.exists():
            path.write_bytes(chime_wav(frequencies, note))
        paths[name] = path
    return paths


def chime_files() -> dict[Chime, Path]:
    """The chimes shipped in ``assets/sounds``, or made in the data folder if absent."""
    shipped = assets_dir() / "sounds"
    if all((shipped / f"{name}.wav").is_file() for name in CHIMES):
        return {name: shipped / f"{name}.wav" for name in CHIMES}
    return write_chimes(data_dir() / "sounds")


def _load_multimedia() -> Any:
    from PySide6 import QtMultimedia

    return QtMultimedia


class Chimes(Protocol):
    """What the presenter asks of a chime player."""

    played: list[Chime]  # what was asked to play (tests, the journal)

    @property
    def problem(self) -> str | None:
        """Why the chimes cannot be heard, in the trainer's words; None: they can."""

    @property
    def available(self) -> bool:
        """Whether chimes can be heard."""

    @property
    def pending(self) -> bool:
        """True while the player does not know yet whether it can be heard."""

    @property
    def muted(self) -> bool:
        """Whether the chimes are silenced."""

    def set_volume(self, percent: int) -> None:
        """Chime volume, 0-100."""

    def set_muted(self, muted: bool) -> None:
        """Silence the chimes, or let them be heard."""

    def play(self, chime: Chime) -> bool:
        """Play ``chime``; False when muted or sound is unavailable."""

    def preview(self, chime: Chime, volume: int) -> bool:
        """Play ``chime`` once at ``volume`` (0-100), muted or not (Preferences' Play)."""

    def restore(self) -> None:
        """Back to the chosen volume and mute after a preview."""


class ChimePlayer(QObject):
    """Plays the chimes with QSoundEffect, or explains why it cannot."""

    pending = False  # it knows at once

    def __init__(
        self,
        files: dict[Chime, Path] | None = None,
        *,
        multimedia: Callable[[], Any] = _load_multimedia,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.problem: str | None = None
        self.played: list[Chime] = []  # what was asked to play (tests, the journal)
        self._effects: dict[Chime, Any] = {}
        self._volume = 0.7
        self._muted = False
        try:
            module = multimedia()
            if not module.QMediaDevices.audioOutputs():
                self.problem = translate("Sound", "sound unavailable: no audio device")
                return
            for name, path in (files if files is not None else chime_files()).items():
                effect = module.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[name] = effect
        except (ImportError, OSError, RuntimeError, AttributeError) as error:
            self.problem = translate("Sound", "sound unavailable: {reason}").format(
                reason=_reason(error)
            )
            self._effects = {}
        self._apply()

    @property
    def available(self) -> bool:
        """Whether chimes can be heard."""
        return self.problem is None

    def set_volume(self, percent: int) -> None:
        """Chime volume, 0–100."""
        self._volume = max(0, min(100, percent)) / 100
        self._apply()

    def set_muted(self, muted: bool) -> None:
        """Silence the chimes, or let them be heard."""
        self._muted = muted
        self._apply()

    @property
    def muted(self) -> bool:
        """Whether the chimes are silenced."""
        return self._muted

    def play(self, chime: Chime) -> bool:
        """Play ``chime``; False when muted or sound is unavailable."""
        self.played.append(chime)
        effect = self._effects.get(chime)
        if effect is None or self._muted:
            return False
        effect.play()
        return True

    def preview(self, chime: Chime, volume: int) -> bool:
        """Play ``chime`` once at ``volume`` (0-100), muted or not (Preferences' Play)."""
        effect = self._effects.get(chime)
        if effect is None:
            return False
        effect.setVolume(max(0, min(100, volume)) / 100)
        effect.setMuted(False)
        effect.play()
        return True

    def restore(self) -> None:
        """Back to the chosen volume and mute after a preview."""
        self._apply()

    def _apply(self) -> None:
        for effect in self._effects.values():
            effect.setVolume(self._volume)
            effect.setMuted(self._muted)


# --- PulseAudio's simple API, through ctypes ---------------------------------------

PA_STREAM_PLAYBACK = 1
PA_SAMPLE_S16LE = 3
NO_DEVICE = "sound unavailable: no audio device"


class PulseSimple:
    """The four calls of PulseAudio's simple API the chimes make (``libpulse-simple``, ctypes).

    Building it loads the library: OSError where it is missing.
    """

    def __init__(self) -> None:
        import ctypes

        class SampleSpec(ctypes.Structure):
            _fields_ = (
                ("format", ctypes.c_int),
                ("rate", ctypes.c_uint32),
                ("channels", ctypes.c_uint8),
            )

        library = ctypes.CDLL("libpulse-simple.so.0")
        error = ctypes.POINTER(ctypes.c_int)
        library.pa_simple_new.restype = ctypes.c_void_p
        library.pa_simple_new.argtypes = (
            ctypes.c_char_p,  # server: the default
            ctypes.c_char_p,  # the application's name
            ctypes.c_int,  # direction
            ctypes.c_char_p,  # device: the default
            ctypes.c_char_p,  # the stream's name
            ctypes.POINTER(SampleSpec),
            ctypes.c_void_p,  # channel map: the default
            ctypes.c_void_p,  # buffering: the default
            error,
        )
        library.pa_simple_write.restype = ctypes.c_int
        library.pa_simple_write.argtypes = (
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_size_t,
            error,
        )
        library.pa_simple_drain.restype = ctypes.c_int
        library.pa_simple_drain.argtypes = (ctypes.c_void_p, error)
        library.pa_simple_free.restype = None
        library.pa_simple_free.argtypes = (ctypes.c_void_p,)
        self._library = library
        self._spec = SampleSpec
        self._ctypes = ctypes

    def open(self, rate: int) -> int | None:
        """A playback stream of mono 16-bit samples at ``rate`` Hz; None: no audio device."""
        ctypes = self._ctypes
        error = ctypes.c_int(0)
        stream = self._library.pa_simple_new(
            None, b"Facilitator", PA_STREAM_PLAYBACK, None, b"chime",
            ctypes.byref(self._spec(PA_SAMPLE_S16LE, rate, 1)), None, None, ctypes.byref(error),
        )  # fmt: skip
        return int(stream) if stream else None

    def write(self, stream: int, pcm: bytes) -> bool:
        """Queue the samples (blocks while the server's buffer is full)."""
        error = self._ctypes.c_int(0)
        return bool(
            self._library.pa_simple_write(stream, pcm, len(pcm), self._ctypes.byref(error)) >= 0
        )

    def drain(self, stream: int) -> None:
        """Wait until everything written has been played."""
        self._library.pa_simple_drain(stream, self._ctypes.byref(self._ctypes.c_int(0)))

    def close(self, stream: int) -> None:
        """Free the stream."""
        self._library.pa_simple_free(stream)


def _in_thread(work: Callable[[], None]) -> None:
    threading.Thread(target=work, name="chime", daemon=True).start()


def pcm_of(path: Path) -> tuple[bytes, int]:
    """The samples (mono, 16-bit, little-endian) and rate of a chime's WAV file."""
    with wave.open(str(path), "rb") as reader:
        if (reader.getnchannels(), reader.getsampwidth()) != (1, 2):
            raise wave.Error(f"{path.name} is not mono 16-bit")
        return reader.readframes(reader.getnframes()), reader.getframerate()


def at_volume(pcm: bytes, volume: float) -> bytes:
    """16-bit samples scaled by ``volume`` (0-1), as QSoundEffect's linear volume."""
    samples = array("h")
    samples.frombytes(pcm)
    if sys.byteorder == "big":
        samples.byteswap()
    scaled = array("h", [round(sample * volume) for sample in samples])
    if sys.byteorder == "big":
        scaled.byteswap()
    return scaled.tobytes()


class PulseChimes(QObject):
    """Plays the chimes as raw PCM through PulseAudio's simple API, each from a thread.

    Building it loads the library and reads the WAV files; :meth:`check` (run
    in a thread by :class:`LazyChimes`) connects once to learn whether an
    audio device answers. With ``later`` (the server's socket has answered)
    nothing is loaded until the first chime's thread needs it. A chime opens
    its own stream, writes and drains it, so a sound server restarted
    mid-session is found again at the next chime.
    """

    settled = Signal()  # emitted (in the GUI thread) once ``problem`` is known, or changes
    _told = Signal(object)  # a thread's finding: a problem, or None

    def __init__(
        self,
        files: dict[Chime, Path] | None = None,
        *,
        pulse: Callable[[], Any] = PulseSimple,
        spawn: Callable[[Callable[[], None]], None] = _in_thread,
        later: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.problem: str | None = None
        self.played: list[Chime] = []
        self._pending = not later  # later: the server's socket answered already
        self._spawn = spawn
        self._volume = 0.7
        self._muted = False
        self._pcm: dict[Chime, tuple[bytes, int]] = {}
        self._told.connect(self._take_finding)
        self._files = files if files is not None else chime_files()
        self._factory = pulse
        self._pulse: Any = None
        self._loading = threading.Lock()
        self.library_missing = False  # set (in a chime's thread) when loading it failed
        if not later:
            self._load()  # OSError: no libpulse-simple, the caller picks another player

    def _load(self) -> None:
        """The library and the WAVs' samples, once (from a chime's thread when ``later``)."""
        with self._loading:
            if self._pulse is not None:
                return
            pcm = {name: pcm_of(path) for name, path in self._files.items()}
            self._pulse = self._factory()
            self._pcm = pcm

    @property
    def available(self) -> bool:
        """Whether chimes can be heard."""
        return self.problem is None

    @property
    def pending(self) -> bool:
        """True until :meth:`check` has answered."""
        return self._pending

    @property
    def muted(self) -> bool:
        """Whether the chimes are silenced."""
        return self._muted

    def set_volume(self, percent: int) -> None:
        """Chime volume, 0-100."""
        self._volume = max(0, min(100, percent)) / 100

    def set_muted(self, muted: bool) -> None:
        """Silence the chimes, or let them be heard."""
        self._muted = muted

    def check(self) -> None:
        """Connect once, in a thread: ``problem`` and :attr:`settled` follow in the GUI thread."""
        self._spawn(lambda: self._told.emit(self._probe()))

    def play(self, chime: Chime) -> bool:
        """Play ``chime`` from a thread; False when muted or sound is unavailable."""
        self.played.append(chime)
        if chime not in self._files or self._muted or self.problem is not None:
            return False
        volume = self._volume
        self._spawn(lambda: self._told.emit(self._play_chime(chime, volume)))
        return True

    def preview(self, chime: Chime, volume: int) -> bool:
        """Play ``chime`` once at ``volume`` (0-100), muted or not (Preferences' Play)."""
        if chime not in self._files or self.problem is not None:
            return False
        level = max(0, min(100, volume)) / 100
        self._spawn(lambda: self._told.emit(self._play_chime(chime, level)))
        return True

    def restore(self) -> None:
        """Nothing to undo: a preview's volume is its own, each chime is played at its own."""

    def _play_chime(self, chime: Chime, volume: float) -> str | None:
        """In a chime's thread: load what is not loaded yet, then play."""
        try:
            self._load()
        except (OSError, wave.Error, EOFError) as error:
            self.library_missing = True  # before the finding reaches the GUI thread
            return translate("Sound", "sound unavailable: {reason}").format(reason=_reason(error))
        pcm, rate = self._pcm[chime]
        return self._play(at_volume(pcm, volume), rate)

    def _probe(self) -> str | None:
        self._load()
        rate = next(iter(self._pcm.values()))[1] if self._pcm else RATE
        stream = self._pulse.open(rate)
        if stream is None:
            return NO_DEVICE
        self._pulse.close(stream)
        return None

    def _play(self, pcm: bytes, rate: int) -> str | None:
        pulse = self._pulse
        stream = pulse.open(rate)
        if stream is None:
            return NO_DEVICE
        try:
            if not pulse.write(stream, pcm):
                return NO_DEVICE
            pulse.drain(stream)
        finally:
            pulse.close(stream)
        return None

    def _take_finding(self, problem: str | None) -> None:
        changed = problem != self.problem or self._pending
        self.problem = problem
        self._pending = False
        if changed:
            self.settled.emit()


def pulse_sockets() -> list[Path]:
    """Where PulseAudio's clients (and PipeWire's pulse server) find the user's sound server."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    places = [Path(runtime) / "pulse" / "native"] if runtime else []
    if hasattr(os, "getuid"):
        places.append(Path(f"/run/user/{os.getuid()}/pulse/native"))
    places.append(Path("/var/run/pulse/native"))  # a system-wide server
    return places


def pulse_server() -> bool | None:
    """Whether a PulseAudio server answers on its socket, without loading its library.

    None where only the library can tell: ``PULSE_SERVER`` names a server that is
    not a local socket. A server that only starts when a client asks for it
    (PulseAudio's autospawn, without systemd's socket) is not started by this.
    """
    import socket

    named = os.environ.get("PULSE_SERVER")
    if named:
        path = named.removeprefix("unix:")
        if not path.startswith("/"):
            return None
        places = [Path(path)]
    else:
        places = pulse_sockets()
    for place in places:
        if not place.exists():
            continue
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            try:
                probe.connect(str(place))
            except OSError:
                continue
            return True
    return False


def pipewire_only() -> bool:
    """Whether PipeWire's own socket is there: Qt may play where PulseAudio's API did not."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and (Path(runtime) / "pipewire-0").exists()


class LazyChimes(QObject):
    """The presenter's chimes: nothing loads until :meth:`load` (after the first paint).

    On Linux it plays through :class:`PulseChimes`, and falls back to
    QtMultimedia's :class:`ChimePlayer` where PulseAudio's library is missing
    or only PipeWire's own socket answers; elsewhere QtMultimedia. With the real
    library (no ``pulse`` given), :meth:`load` only tries the server's socket
    (``server``, :func:`pulse_server`): the library is loaded by the first chime;
    where the socket cannot tell, the library is asked at once, in a thread (as
    with a ``pulse`` given). With no server, each chime tries the socket again
    (one may have started since). Volume and mute are kept and handed on.
    :attr:`ready` says the player is known: the window shows "chimes on" or
    "sound unavailable" then, and again whenever that changes.
    """

    ready = Signal()

    def __init__(
        self,
        files: dict[Chime, Path] | None = None,
        *,
        pulse: Callable[[], Any] | None = None,
        server: Callable[[], bool | None] | None = None,
        multimedia: Callable[[], Any] = _load_multimedia,
        spawn: Callable[[Callable[[], None]], None] = _in_thread,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.played: list[Chime] = []
        self._files = files
        linux = sys.platform.startswith("linux")
        self._pulse = pulse if pulse is not None else (PulseSimple if linux else None)
        # The socket is tried first only for the real library (a given one is asked).
        self._server = server or (pulse_server if pulse is None else _ask_the_library)
        self._no_server = False  # the socket did not answer: each chime tries again
        self._lost: Chime | None = None  # asked while the library turned out missing
        self._multimedia = multimedia
        self._spawn = spawn
        self._player: PulseChimes | ChimePlayer | None = None
        self._volume = 70
        self._muted = False

    def load(self) -> None:
        """Choose and build the player (once); :attr:`ready` follows when it knows."""
        if self._player is not None:
            return
        if self._pulse is not None:
            answer = self._server()
            if answer is False and pipewire_only():
                self._use_multimedia()  # PipeWire without its pulse server: Qt may play
                return
            try:
                pulse = PulseChimes(
                    self._files, pulse=self._pulse, spawn=self._spawn, later=answer is not None,
                    parent=self,
                )  # fmt: skip
            except (OSError, wave.Error, EOFError):
                pass  # no libpulse-simple (or unreadable chimes): QtMultimedia's turn
            else:
                self._use(pulse)
                pulse.settled.connect(self._pulse_settled)
                if answer is None:
                    pulse.check()  # the library tells, in a thread
                else:
                    self._no_server = not answer
                    pulse.problem = None if answer else NO_DEVICE
                    self.ready.emit()
                return
        self._use_multimedia()

    def _use(self, player: PulseChimes | ChimePlayer) -> None:
        player.set_volume(self._volume)
        player.set_muted(self._muted)
        self._player = player

    def _use_multimedia(self) -> None:
        self._use(ChimePlayer(self._files, multimedia=self._multimedia, parent=self))
        self.ready.emit()

    def _pulse_settled(self) -> None:
        player = self._player
        missing = isinstance(player, PulseChimes) and player.problem and player.library_missing
        if isinstance(player, PulseChimes) and player.problem and (missing or pipewire_only()):
            player.settled.disconnect(self._pulse_settled)
            self._use_multimedia()
            lost, self._lost = self._lost, None
            if lost is not None and isinstance(self._player, ChimePlayer):
                self._player.play(lost)  # the chime that found the library missing
            return
        self.ready.emit()

    def _server_again(self) -> None:
        """Before a chime, where no server answered at start: is there one now?"""
        player = self._player
        if not self._no_server or not isinstance(player, PulseChimes):
            return
        if self._server() is True:
            self._no_server = False
            player.problem = None
            self.ready.emit()

    @property
    def loaded(self) -> bool:
        """Whether a player has been chosen."""
        return self._player is not None

    @property
    def problem(self) -> str | None:
        """Why the chimes cannot be heard (None while not known yet)."""
        return None if self._player is None else self._player.problem

    @property
    def available(self) -> bool:
        """Whether chimes can be heard (as far as known)."""
        return self.problem is None

    @property
    def pending(self) -> bool:
        """True until the player knows whether it can be heard."""
        return self._player is None or self._player.pending

    @property
    def muted(self) -> bool:
        """Whether the chimes are silenced."""
        return self._muted

    def set_volume(self, percent: int) -> None:
        """Chime volume, 0-100."""
        self._volume = percent
        if self._player is not None:
            self._player.set_volume(percent)

    def set_muted(self, muted: bool) -> None:
        """Silence the chimes, or let them be heard."""
        self._muted = muted
        if self._player is not None:
            self._player.set_muted(muted)

    def play(self, chime: Chime) -> bool:
        """Play ``chime`` (loading the player first if the app has not yet)."""
        self.played.append(chime)
        self.load()
        self._server_again()
        assert self._player is not None
        if isinstance(self._player, PulseChimes) and not self._muted:
            self._lost = chime
        return self._player.play(chime)

    def preview(self, chime: Chime, volume: int) -> bool:
        """Play ``chime`` once at ``volume`` (0-100), muted or not (loading the player)."""
        self.load()
        self._server_again()
        assert self._player is not None
        return self._player.preview(chime, volume)

    def restore(self) -> None:
        """Back to the chosen volume and mute after a preview."""
        if self._player is not None:
            self._player.restore()


def _ask_the_library() -> None:
    """The socket cannot tell: the library is asked (a ``pulse`` given to LazyChimes)."""
    return None


def _reason(error: BaseException) -> str:
    if isinstance(error, ImportError):
        return translate("Sound", "the sound system could not be loaded")
    return str(error) or type(error).__name__


if __name__ == "__main__":  # pragma: no cover - writes the shipped chimes
    for written in write_chimes(assets_dir() / "sounds").values():
        print(written)
