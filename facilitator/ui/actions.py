"""Every user command, named once: its label, keys, icon and tooltip.

Menus, toolbar buttons, keyboard shortcuts and presentation clickers all
reach a command through the ``QAction`` built here from :data:`COMMANDS`.
A clicker sends PageDown/PageUp (next/previous projected item), B or "."
(black screen), F5 and Escape (start and pause); moving to the next *step*
has its own keys so that a clicker can never skip a step's timer by accident.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from facilitator.ui import icons


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
    Command(
        "show_projector",
        "Sh&ow projector",
        ("Ctrl+Shift+P",),
        "fa5s.tv",
        "Show the projector window again (after it was closed), full screen on its screen",
    ),
    # --- projector (issue 4) ---
    Command(
        "toggle_freeze",
        "&Freeze projector",
        ("F",),
        "fa5s.snowflake",
        "Keep the projector's picture while you browse ahead; again to go live",
        checkable=True,
    ),
    Command(
        "toggle_title_screen",
        "&Title screen",
        ("T",),
        "fa5s.heading",
        "Show the session's title, the date and your name on the projector, or the item again",
        checkable=True,
    ),
    Command(
        "cycle_timer_style",
        "Next timer st&yle",
        ("Ctrl+Shift+T",),
        "fa5s.clock",
        "Projector timer: large digits, small in a corner, hidden, disc",
    ),
    Command(
        "cycle_theme",
        "Next t&heme",
        ("Ctrl+Shift+H",),
        "fa5s.adjust",
        "Projector colours: dark, light, high contrast",
    ),
    Command(
        "toggle_flash",
        "F&lash at the end of a step",
        (),
        "fa5s.bolt",
        "Flash the projector briefly when a step's time is up",
        checkable=True,
    ),
    Command(
        "projector_next_screen",
        "&Move projector to next screen",
        ("Ctrl+Shift+M",),
        "fa5s.desktop",
        "Put the projector window full screen on the next screen",
    ),
    Command(
        "swap_screens",
        "S&wap presenter and projector",
        ("Ctrl+Shift+X",),
        "fa5s.exchange-alt",
        "Exchange the screens of the presenter and the projector windows",
    ),
    Command(
        "trainer_name",
        "Trainer &name…",
        (),
        "fa5s.user",
        "Your name, shown on the projector's title screen",
    ),
    # --- the room (issue 9): groups, dealt material, group turns ---
    Command(
        "make_groups",
        "&Make groups…",
        ("Ctrl+G",),
        "fa5s.users",
        "Make groups for this step from a number of people or a list of names",
    ),
    Command(
        "reshuffle_groups",
        "Re&shuffle groups",
        (),
        "fa5s.random",
        "Other groups of the same size, mixing people who were together",
    ),
    Command(
        "add_person",
        "&Someone arrives…",
        (),
        "fa5s.user-plus",
        "A late arrival joins the smallest group; nobody else moves",
    ),
    Command(
        "remove_person",
        "Someone &leaves…",
        (),
        "fa5s.user-minus",
        "Take someone out of the groups; only as few people move as keep the groups in range",
    ),
    Command(
        "show_groups",
        "&Groups on the projector",
        ("G",),
        "fa5s.th",
        "Show the groups on the projector, or take them off",
        checkable=True,
    ),
    Command(
        "deal_material",
        "&Deal cards or documents…",
        ("Ctrl+K",),
        "fa5s.clone",
        "Give each group its cards or documents from a hand-out",
    ),
    Command(
        "show_deal",
        "Dealt material on the pro&jector",
        ("K",),
        "fa5s.id-card",
        "Show on the projector what each group was given, or take it off",
        checkable=True,
    ),
    Command(
        "plan_turns",
        "Group t&urns…",
        ("Ctrl+Y",),
        "fa5s.list-ol",
        "A turn per group in this step, each with its own countdown",
    ),
    Command(
        "next_turn",
        "Ne&xt group's turn",
        ("Y",),
        "fa5s.forward",
        "Start the next group's turn (the turn under way ends); after the last, end it",
    ),
    Command(
        "end_turn",
        "&End this turn",
        (),
        "fa5s.stop",
        "End the turn under way; the next group waits for you",
    ),
    Command(
        "skip_turn",
        "S&kip the next turn",
        (),
        "fa5s.fast-forward",
        "Skip the next group's turn before it starts",
    ),
    Command(
        "redo_turn",
        "&Redo this turn",
        (),
        "fa5s.history",
        "Give the group of the turn under way (or the last one) another turn, next",
    ),
    Command(
        "add_turn",
        "Add a t&urn…",
        (),
        "fa5s.plus-circle",
        "One more turn for a group, after the others",
    ),
    Command(
        "set_turn_time",
        "&Time per turn…",
        (),
        "fa5s.hourglass-half",
        "Set the time of each turn (the one under way and those waiting)",
    ),
    Command(
        "show_turn",
        "&Turn on the projector",
        ("Shift+Y",),
        "fa5s.microphone",
        "Show whose turn it is, their countdown and who is next; or take it off",
        checkable=True,
    ),
    # --- participants' phones (issue 10) ---
    Command(
        "toggle_participants",
        "P&hones in the room",
        ("Ctrl+Shift+J",),
        "fa5s.mobile-alt",
        "Start or stop the server that lets participants join from their phones (QR and code "
        "in the Phones tab)",
        checkable=True,
    ),
    Command(
        "show_join",
        "&Join screen on the projector",
        ("J",),
        "fa5s.qrcode",
        "Show how phones join (QR code, address, room code); or take it off",
        checkable=True,
    ),
    # --- anything on the projector, at once (issue 9) ---
    Command(
        "project_reference",
        "Put the reference text on the p&rojector",
        ("R",),
        "fa5s.chalkboard",
        "Show the text or checklist chosen in the Reference tab on the projector at once "
        "(the trainer's own parts only when ticked)",
    ),
    Command(
        "project_question",
        "Project a &question…",
        ("Q",),
        "fa5s.question-circle",
        "Type a question and show it on the projector at once",
    ),
    Command(
        "show_break",
        "&Break screen…",
        ("Ctrl+B",),
        "fa5s.coffee",
        "Show the break and its countdown to a time of day on the projector",
    ),
    Command(
        "toggle_clock",
        "Wall c&lock",
        ("Ctrl+Shift+C",),
        "fa5s.business-time",
        "Show the time of day on the projector, or the step's item again",
        checkable=True,
    ),
    Command(
        "end_shown",
        "Back to the step's ite&m",
        ("Home",),
        "fa5s.reply",
        "Take what you put on the projector at once (or a room screen) off: the step's item again",
    ),
    # --- presenter console (issue 3) ---
    Command(
        "set_remaining",
        "Set remaining &time…",
        ("Ctrl+T",),
        "fa5s.stopwatch",
        "Set exactly how much time is left of the current step",
    ),
    Command(
        "jump_to_selected",
        "&Jump to selected step…",
        ("Ctrl+J",),
        "fa5s.share",
        "Jump to the step selected in the step list (asks first)",
    ),
    Command(
        "toggle_lock",
        "&Lock selected step",
        ("L",),
        "fa5s.lock",
        "Keep the selected step's minutes out of the catch-up plan, or free them again",
    ),
    Command(
        "plan_catchup",
        "Plan &catch-up",
        ("C",),
        "fa5s.balance-scale",
        "Propose new minutes for the steps to come so the session ends on time",
    ),
    Command(
        "accept_catchup",
        "&Accept catch-up plan",
        ("A",),
        "fa5s.check",
        "Use the proposed minutes for the steps to come",
    ),
    Command(
        "dismiss_catchup",
        "&Dismiss catch-up plan",
        ("D",),
        "fa5s.times",
        "Keep the current plan and hide the proposal",
    ),
    Command(
        "undo_catchup",
        "&Undo catch-up plan",
        ("U",),
        "fa5s.undo-alt",
        "Give the steps to come back the minutes they had before the last plan you accepted",
    ),
    Command(
        "find_reference",
        "&Search the reference…",
        ("Ctrl+F",),
        "fa5s.search",
        "Search the didactic advice, the guide, the case study and the checklists",
    ),
    Command(
        "toggle_mute",
        "&Mute chimes",
        ("M",),
        "fa5s.volume-mute",
        "Silence the chimes at the warning threshold and at the end of a step",
        checkable=True,
    ),
    Command(
        "preferences",
        "&Preferences…",
        ("Ctrl+,",),
        "fa5s.sliders-h",
        "Default warning and danger thresholds, chime volume",
    ),
    Command(
        "show_keys",
        "&Keyboard shortcuts",
        ("F1", "?"),
        "fa5s.keyboard",
        "Show every command and its keys",
    ),
    Command(
        "reset_layout",
        "Reset &window layout",
        ("Ctrl+Shift+L",),
        "fa5s.window-restore",
        "Put the console's window and panes back to their default size and place",
    ),
    Command(
        "rehearse",
        "Re&hearse this session",
        ("Ctrl+Shift+E",),
        "fa5s.user-clock",
        "Practise this session: the windows say REHEARSAL and every step's real time is recorded",
    ),
    Command(
        "show_reports",
        "&Reports…",
        ("Ctrl+Shift+R",),
        "fa5s.chart-bar",
        "Where the time went: planned against actual per step, for this run or an earlier one",
    ),
    Command(
        "print",
        "&Print…",
        ("Ctrl+P",),
        "fa5s.print",
        "Choose what to print (hand-outs, cards, the session plan, groups, the wall...) "
        "and write the PDFs into a folder",
    ),
    Command(
        "print_handouts",
        "Print &hand-outs…",
        (),
        "fa5s.file-pdf",
        "Save the session's hand-outs, cards and templates as one PDF to print",
    ),
    Command(
        "show_start",
        "S&tart window…",
        ("Ctrl+Shift+O",),
        "fa5s.th-large",
        "Choose a session: those that come with the app, your own, and the recent runs",
    ),
    Command(
        "new_session",
        "&New session…",
        ("Ctrl+N",),
        "fa5s.file-medical",
        "Make a new session: blank, a copy of a bundled one, or from a spreadsheet table",
    ),
    Command(
        "edit_session",
        "&Edit this session…",
        ("Ctrl+E",),
        "fa5s.edit",
        "Change this session: steps, projected items, hand-outs, cards, with a preview",
    ),
    Command("quit", "&Quit", ("Ctrl+Q",), "fa5s.power-off", "Close Facilitator"),
)

COMMANDS_BY_NAME = {command.name: command for command in COMMANDS}


class MissingHandler(ValueError):
    """A command without a handler (or a handler for no command): a programming error."""


def build_actions(
    handlers: Mapping[str, Callable[[], object] | None], parent: QObject
) -> dict[str, QAction]:
    """Create one ``QAction`` per command, triggering its handler.

    Every command must be named in ``handlers``: a handler, or None for a
    command that is unavailable here on purpose (its action is disabled).
    A command left out, or a name that is no command, raises
    :class:`MissingHandler`, so that no action is silently dead.

    The actions have application-wide shortcuts, so that keys work whichever
    window (presenter or projector) has the focus.
    """
    missing = [command.name for command in COMMANDS if command.name not in handlers]
    unknown = sorted(set(handlers) - set(COMMANDS_BY_NAME))
    if missing or unknown:
        raise MissingHandler(f"commands without a handler: {missing}; not commands: {unknown}")
    actions: dict[str, QAction] = {}
    for command in COMMANDS:
        action = QAction(command.label, parent)
        action.setObjectName(command.name)
        action.setIcon(icons.icon(command.icon))
        action.setShortcuts([QKeySequence(key) for key in command.keys])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        keys = ", ".join(command.keys)
        action.setToolTip(f"{command.tip} ({keys})")
        action.setStatusTip(command.tip)
        action.setCheckable(command.checkable)
        handler = handlers[command.name]
        if handler is not None:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        else:
            action.setEnabled(False)
        actions[command.name] = action
    return actions
