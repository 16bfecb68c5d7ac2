"""Colours of the two windows, and of the countdown by phase (pure: no Qt).

The projector has three themes: dark (the default), light and high
contrast. Every colour that text is drawn in (text, muted, accent and the
four phase colours) has a contrast ratio of at least 7:1 (WCAG AAA) against
the theme's background and its panel colour; :func:`contrast` computes it
and ``tests/ui/test_themes.py`` checks every pair. Warning, danger and
overtime are never told by colour alone: the projector adds words
(:data:`PHASE_WORDS`) and the disc timer a pattern. Colours are ``#rrggbb``
strings; the Qt views make their QColors of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.engine.timer import Phase
from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked


@dataclass(frozen=True, eq=False)
class Theme:
    """A colour scheme for the projector (the presenter follows the desktop's)."""

    background: str
    text: str
    muted: str
    panel: str
    accent: str
    phases: dict[Phase, str]
    name: str = "dark"
    label: str = "Dark"
    border: str = ""  # an outline around panels (high contrast), none when empty
    disc: str = "#e53935"  # the Time Timer sector (a fill, not text)

    def text_colours(self) -> dict[str, str]:
        """Every colour text is drawn in, by role."""
        colours = {"text": self.text, "muted": self.muted, "accent": self.accent}
        colours.update({f"phase:{phase.value}": colour for phase, colour in self.phases.items()})
        return colours


DARK = Theme(
    name="dark",
    label=QT_TRANSLATE_NOOP("Projector", "Dark"),
    background="#000000",
    text="#f5f5f5",
    muted="#bdbdbd",
    panel="#1c1f26",
    accent="#8fd0ff",
    phases={
        Phase.IDLE: "#f5f5f5",
        Phase.NORMAL: "#f5f5f5",
        Phase.WARNING: "#ffc940",
        Phase.DANGER: "#ffa07a",
        Phase.OVERTIME: "#ff8a80",
    },
    disc="#e53935",
)

LIGHT = Theme(
    name="light",
    label=QT_TRANSLATE_NOOP("Projector", "Light"),
    background="#ffffff",
    text="#111111",
    muted="#404040",
    panel="#eef1f5",
    accent="#0b3d91",
    phases={
        Phase.IDLE: "#111111",
        Phase.NORMAL: "#111111",
        Phase.WARNING: "#6b4000",
        Phase.DANGER: "#8a2500",
        Phase.OVERTIME: "#9b0000",
    },
    disc="#d32f2f",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    label=QT_TRANSLATE_NOOP("Projector", "High contrast"),
    background="#000000",
    text="#ffffff",
    muted="#ffffff",
    panel="#000000",
    accent="#ffff00",
    border="#ffffff",
    phases={
        Phase.IDLE: "#ffffff",
        Phase.NORMAL: "#ffffff",
        Phase.WARNING: "#ffff00",
        Phase.DANGER: "#00ffff",
        Phase.OVERTIME: "#ff80ff",
    },
    disc="#ffff00",
)

THEMES: dict[str, Theme] = {theme.name: theme for theme in (DARK, LIGHT, HIGH_CONTRAST)}


def theme_named(name: str | None) -> Theme:
    """The theme called ``name``; the dark one for None or an unknown name."""
    return THEMES.get(name or "", DARK)


def _luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# The presenter's countdown sits on the desktop's light or dark palette;
# these darker tones read on white and still on a mid-grey.
PRESENTER_PHASES = {
    Phase.IDLE: "#5a6270",
    Phase.NORMAL: "#1b7f3b",
    Phase.WARNING: "#b36b00",
    Phase.DANGER: "#c2410c",
    Phase.OVERTIME: "#c62828",
}

# The trainer's words for the phases (the console's countdown), marked for
# translation; the projector says them in the session's language instead
# (facilitator.room.words).
PHASE_WORDS = {
    Phase.IDLE: QT_TRANSLATE_NOOP("Console", "not started"),
    Phase.NORMAL: QT_TRANSLATE_NOOP("Console", "on time"),
    Phase.WARNING: QT_TRANSLATE_NOOP("Console", "nearly done"),
    Phase.DANGER: QT_TRANSLATE_NOOP("Console", "last minutes"),
    Phase.OVERTIME: QT_TRANSLATE_NOOP("Console", "over time"),
}


def phase_words(phase: Phase) -> str:
    """The phase in the trainer's words (the interface's language)."""
    return translate_marked("Console", PHASE_WORDS[phase])
