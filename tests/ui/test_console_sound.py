"""Chimes: the WAVs the project makes, when they sound, and life without audio."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest

from facilitator.engine.clock import MINUTE, SECOND
from facilitator.paths import assets_dir
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.sound import CHIMES, ChimePlayer, chime_files, chime_wav, write_chimes
from tests.ui.console_fixtures import (
    Console,
    FakeInhibitor,
    FakeMultimedia,
    console,
    console_factory,
    tmp_settings,
)

__all__ = ["console", "console_factory", "tmp_settings"]


def test_chimes_are_short_valid_wavs() -> None:
    data = chime_wav((440.0, 660.0), 0.2)
    with wave.open(io.BytesIO(data)) as reader:
        assert (reader.getnchannels(), reader.getsampwidth()) == (1, 2)
        seconds = reader.getnframes() / reader.getframerate()
    assert seconds == pytest.approx(0.4, abs=0.01)


def test_shipped_chimes_exist_and_missing_ones_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in CHIMES:
        assert (assets_dir() / "sounds" / f"{name}.wav").stat().st_size > 1000
    made = write_chimes(tmp_path / "sounds")
    assert sorted(made) == sorted(CHIMES)
    assert all(path.stat().st_size > 1000 for path in made.values())
    assert chime_files()["end"].exists()


def test_chime_at_the_warning_threshold_and_at_the_end_only(console: Console) -> None:
    console.controller.start()
    played = console.chimes.played
    console.advance(7 * MINUTE)
    assert played == []
    console.advance(MINUTE + SECOND)  # 10-min step: warning at 2:00 left
    assert played == ["warning"]
    console.advance(MINUTE)  # danger: no new chime
    assert played == ["warning"]
    console.advance(MINUTE)  # time is up
    assert played == ["warning", "end"]
    console.advance(MINUTE)  # overtime goes on silently
    console.controller.next_step()  # a new step does not chime
    assert played == ["warning", "end"]
    assert sum(effect.plays for effect in console.multimedia.effects) == 2


def test_going_back_to_a_step_in_overtime_plays_no_end_chime(console: Console) -> None:
    console.controller.start()
    console.advance(11 * MINUTE)  # step 1 is a minute over
    played = console.chimes.played
    assert played == ["end"]  # straight from normal to overtime: the end chime only
    console.controller.next_step()
    console.advance(SECOND)
    console.controller.previous_step()  # back to step 1, still in overtime
    console.advance(SECOND)
    assert console.controller.snapshot().index == 0
    assert played == ["end"]


def test_mute_silences_and_is_remembered(console: Console) -> None:
    window = console.window
    window.actions_by_name["toggle_mute"].trigger()
    assert window.actions_by_name["toggle_mute"].isChecked()
    assert console.settings.muted
    assert not console.chimes.play("end")
    assert all(effect.muted for effect in console.multimedia.effects)


def test_without_an_audio_device_the_status_bar_says_sound_unavailable(
    console_factory: object, qtbot: object
) -> None:
    console = console_factory()  # type: ignore[operator]
    player = ChimePlayer(multimedia=lambda: FakeMultimedia(devices=0))
    assert player.problem == "sound unavailable: no audio device"
    assert not player.play("end")
    window = PresenterWindow(console.controller, settings=console.settings, chimes=player)
    window.confirm_quit = False
    assert window.sound_label.text() == "sound unavailable"
    # Said once (issue 13: a passing message drew it a second time, overlapping the label).
    assert "sound unavailable" not in window.statusBar().currentMessage().lower()
    assert "no audio device" in window.sound_label.toolTip()
    window.close()


def test_when_qtmultimedia_cannot_load_the_app_carries_on(console: Console) -> None:
    def broken() -> object:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    player = ChimePlayer(multimedia=broken)
    assert not player.available
    assert player.problem == "sound unavailable: the sound system could not be loaded"
    player.set_volume(50)
    player.set_muted(True)
    assert not player.play("warning")


def test_sleep_is_held_while_running_and_released_on_pause_and_exit(
    console: Console,
) -> None:
    calls = console.inhibitor.calls
    assert calls == []
    console.controller.start()
    assert calls == ["inhibit"]
    console.advance(SECOND)
    assert calls == ["inhibit"]  # held once, not every second
    console.controller.pause()
    assert calls == ["inhibit", "release"]
    console.controller.toggle_running()
    assert calls[-1] == "inhibit"
    console.window.close()
    assert calls[-1] == "release"


def test_a_refusing_backend_is_not_asked_every_second(console: Console) -> None:
    refusing = FakeInhibitor(works=False)
    console.window.sleep_guard.inhibitor = refusing
    console.controller.start()
    console.advance(SECOND)
    console.advance(SECOND)
    assert refusing.calls == ["inhibit"]
