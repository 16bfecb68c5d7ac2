"""How a run that stopped unexpectedly goes on: the command line's choice and the journal's.

A module of its own, outside the engine, so that ``facilitator --help`` knows
the choices without loading the journal's events (``engine.events`` registers
every record) and the room, which loads the events, loads nothing more.
"""

from __future__ import annotations

import enum


class ResumeHow(enum.StrEnum):
    """How a run that stopped unexpectedly goes on."""

    COUNTED = "counted"  # the time the app was down counts as elapsed: the room kept going
    PAUSED = "paused"  # the run is paused as of the last entry before the crash
