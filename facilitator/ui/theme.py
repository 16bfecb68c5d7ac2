"""Colours of the two windows, and of the countdown by phase."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.engine.timer import Phase


@dataclass(frozen=True)
class Theme:
    """A colour scheme for the projector (the presenter follows the desktop's)."""

    background: str
    text: str
    muted: str
    panel: str
    accent: str
    phases: dict[Phase, str]


# Phase colours chosen for contrast on black (all above 7:1 except danger red,
# which is always paired with a text label, never colour alone).
DARK = Theme(
    background="#000000",
    text="#f5f5f5",
    muted="#b0b0b0",
    panel="#1c1f26",
    accent="#7cc4ff",
    phases={
        Phase.IDLE: "#f5f5f5",
        Phase.NORMAL: "#f5f5f5",
        Phase.WARNING: "#ffc940",
        Phase.DANGER: "#ff8a65",
        Phase.OVERTIME: "#ff5252",
    },
)

# The presenter's countdown sits on the desktop's light or dark palette;
# these darker tones read on white and still on a mid-grey.
PRESENTER_PHASES = {
    Phase.IDLE: "#5a6270",
    Phase.NORMAL: "#1b7f3b",
    Phase.WARNING: "#b36b00",
    Phase.DANGER: "#c2410c",
    Phase.OVERTIME: "#c62828",
}

PHASE_WORDS = {
    Phase.IDLE: "not started",
    Phase.NORMAL: "on time",
    Phase.WARNING: "nearly done",
    Phase.DANGER: "last minutes",
    Phase.OVERTIME: "over time",
}
