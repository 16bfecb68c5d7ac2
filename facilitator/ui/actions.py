"""Every user command, named once: its label, keys, icon and tooltip.

Menus, toolbar buttons, keyboard shortcuts and presentation clickers all
reach a command through the ``QAction`` built here from :data:`COMMANDS`.
A clicker sends PageDown/PageUp (next/previous projected item), B or "."
(black screen), F5 and Escape (start and pause); moving to the next *step*
has its own keys so that a clicker can never skip a step's timer by accident.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class Command:
    """A named user command and how a person reaches it."""

    name: str
    label: str
    keys: tuple[str, ...]
    icon: str
    tip: str
    checkable: bool = False


COMMANDS: tuple[Command, ...] = (
    Command(
        "toggle_running",
        "&Start / Pause",
        ("Space", "F5"),
        "fa5s.play",
        "Start the session, or pause and resume the countdown",
    ),
    Command(
        "pause",
        "&Pause",
        ("Escape",),
        "fa5s.pause",
        "Pause the countdown (a clicker's stop button)",
    ),
    Command(
        "next_step",
        "&Next step",
        ("Ctrl+Right", "N"),
        "fa5s.step-forward",
        "End this step and start the next one",
    ),
    Command(
        "previous_step",
        "P&revious step",
        ("Ctrl+Left", "P"),
        "fa5s.step-backward",
        "Go back to the previous step",
    ),
    Command(
        "next_item",
        "Next projected &item",
        ("PgDown", "Right"),
        "fa5s.chevron-right",
        "Show the step's next item on the projector",
    ),
    Command(
        "previous_item",
        "Previous projected i&tem",
        ("PgUp", "Left"),
        "fa5s.chevron-left",
        "Show the step's previous item on the projector",
    ),
    Command(
        "toggle_blank",
        "&Black screen",
        ("B", "."),
        "fa5s.eye-slash",
        "Black out the projector, or show it again",
        checkable=True,
    ),
    Command(
        "add_minute",
        "&Add a minute",
        ("+", "="),
        "fa5s.plus",
        "Give the current step one more minute",
    ),
    Command(
        "remove_minute",
        "&Remove a minute",
        ("-",),
        "fa5s.minus",
        "Take one minute from the current step",
    ),
    Command(
        "restart_step",
        "Restart s&tep",
        ("Ctrl+R",),
        "fa5s.redo",
        "Start the current step's countdown again from its full time",
    ),
    Command(
        "open_agenda",
        "&Open agenda…",
        ("Ctrl+O",),
        "fa5s.folder-open",
        "Open a session agenda (YAML file)",
    ),
    Command(
        "toggle_projector_fullscreen",
        "Projector &full screen",
        ("F11",),
        "fa5s.expand",
        "Show the projector window full screen, or as a window",
    ),
    Command("quit", "&Quit", ("Ctrl+Q",), "fa5s.power-off", "Close Facilitator"),
)

COMMANDS_BY_NAME = {command.name: command for command in COMMANDS}


def build_actions(handlers: dict[str, Callable[[], None]], parent: QObject) -> dict[str, QAction]:
    """Create one ``QAction`` per command, triggering its handler.

    The actions have application-wide shortcuts, so that keys work whichever
    window (presenter or projector) has the focus.
    """
    actions: dict[str, QAction] = {}
    for command in COMMANDS:
        action = QAction(command.label, parent)
        action.setObjectName(command.name)
        action.setIcon(qta.icon(command.icon))
        action.setShortcuts([QKeySequence(key) for key in command.keys])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        keys = ", ".join(command.keys)
        action.setToolTip(f"{command.tip} ({keys})")
        action.setStatusTip(command.tip)
        action.setCheckable(command.checkable)
        handler = handlers.get(command.name)
        if handler is not None:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        else:
            action.setEnabled(False)
        actions[command.name] = action
    return actions
