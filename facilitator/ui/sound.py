"""Chimes at the warning threshold and at the end of a step, or a clear "sound unavailable".

When to chime is the console model's (:mod:`facilitator.console.chimes`);
this module makes and plays the sounds.

The two sounds are short WAV files the project makes itself (:func:`chime_wav`,
``python -m facilitator.ui.sound`` writes them into ``assets/sounds``); a
missing file is made again in the data folder. QtMultimedia is imported only
when the player is built: where it cannot load (no libpulse) or there is no
audio device, the player says why in :attr:`ChimePlayer.problem` and every
``play`` is a silent no-op.
"""

from __future__ import annotations

import io
import math
import struct
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from facilitator.console.chimes import Chime
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


class ChimePlayer(QObject):
    """Plays the chimes with QSoundEffect, or explains why it cannot."""

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
                self.problem = "sound unavailable: no audio device"
                return
            for name, path in (files if files is not None else chime_files()).items():
                effect = module.QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[name] = effect
        except (ImportError, OSError, RuntimeError, AttributeError) as error:
            self.problem = f"sound unavailable: {_reason(error)}"
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

    def _apply(self) -> None:
        for effect in self._effects.values():
            effect.setVolume(self._volume)
            effect.setMuted(self._muted)


def _reason(error: BaseException) -> str:
    if isinstance(error, ImportError):
        return "the sound system could not be loaded"
    return str(error) or type(error).__name__


if __name__ == "__main__":  # pragma: no cover - writes the shipped chimes
    for written in write_chimes(assets_dir() / "sounds").values():
        print(written)
