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

from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked
from facilitator.ui import icons


@dataclass(frozen=True)
class Command:
    """A named user command and how a person reaches it."""

    name: str
    label: str  # English, marked for translation in the context "Commands"
    keys: tuple[str, ...]
    icon: str
    tip: str  # English, marked likewise
    checkable: bool = False
    # The toolbar's label where the menu's is too long for a button under its icon
    # (marked likewise; empty: the menu's). The toolbar must fit a 1280-pixel laptop.
    short: str = ""

    @property
    def shown_label(self) -> str:
        """The label in the interface's language."""
        return translate_marked("Commands", self.label)

    @property
    def shown_tip(self) -> str:
        """The tip in the interface's language."""
        return translate_marked("Commands", self.tip)


COMMANDS: tuple[Command, ...] = (
    Command(
        "toggle_running",
        QT_TRANSLATE_NOOP("Commands", "&Start / Pause"),
        ("Space", "F5"),
        "fa5s.play",
        QT_TRANSLATE_NOOP("Commands", "Start the session, or pause and resume the countdown"),
    ),
    Command(
        "pause",
        QT_TRANSLATE_NOOP("Commands", "&Pause"),
        ("Escape",),
        "fa5s.pause",
        QT_TRANSLATE_NOOP("Commands", "Pause the countdown (a clicker's stop button)"),
    ),
    Command(
        "next_step",
        QT_TRANSLATE_NOOP("Commands", "&Next step"),
        ("Ctrl+Right", "N"),
        "fa5s.step-forward",
        QT_TRANSLATE_NOOP("Commands", "End this step and start the next one"),
    ),
    Command(
        "previous_step",
        QT_TRANSLATE_NOOP("Commands", "Pre&vious step"),
        ("Ctrl+Left", "P"),
        "fa5s.step-backward",
        QT_TRANSLATE_NOOP("Commands", "Go back to the previous step"),
    ),
    Command(
        "next_item",
        QT_TRANSLATE_NOOP("Commands", "Next projected &item"),
        ("PgDown", "Right"),
        "fa5s.chevron-right",
        QT_TRANSLATE_NOOP("Commands", "Show the step's next item on the projector"),
        short=QT_TRANSLATE_NOOP("Commands", "Next item"),
    ),
    Command(
        "previous_item",
        QT_TRANSLATE_NOOP("Commands", "&Previous projected item"),
        ("PgUp", "Left"),
        "fa5s.chevron-left",
        QT_TRANSLATE_NOOP("Commands", "Show the step's previous item on the projector"),
        short=QT_TRANSLATE_NOOP("Commands", "Previous item"),
    ),
    Command(
        "toggle_blank",
        QT_TRANSLATE_NOOP("Commands", "&Black screen"),
        ("B", "."),
        "fa5s.eye-slash",
        QT_TRANSLATE_NOOP("Commands", "Black out the projector, or show it again"),
        checkable=True,
    ),
    Command(
        "add_minute",
        QT_TRANSLATE_NOOP("Commands", "&Add a minute"),
        ("+", "="),
        "fa5s.plus",
        QT_TRANSLATE_NOOP("Commands", "Give the current step one more minute"),
    ),
    Command(
        "remove_minute",
        QT_TRANSLATE_NOOP("Commands", "&Remove a minute"),
        ("-",),
        "fa5s.minus",
        QT_TRANSLATE_NOOP("Commands", "Take one minute from the current step"),
    ),
    Command(
        "restart_step",
        QT_TRANSLATE_NOOP("Commands", "Restart st&ep"),
        ("Ctrl+R",),
        "fa5s.redo",
        QT_TRANSLATE_NOOP(
            "Commands", "Start the current step's countdown again from its full time"
        ),
    ),
    Command(
        "open_agenda",
        QT_TRANSLATE_NOOP("Commands", "&Open agenda…"),
        ("Ctrl+O",),
        "fa5s.folder-open",
        QT_TRANSLATE_NOOP("Commands", "Open a session agenda (YAML file)"),
    ),
    Command(
        "toggle_projector_fullscreen",
        QT_TRANSLATE_NOOP("Commands", "Projector f&ull screen"),
        ("F11",),
        "fa5s.expand",
        QT_TRANSLATE_NOOP("Commands", "Show the projector window full screen, or as a window"),
    ),
    Command(
        "show_projector",
        QT_TRANSLATE_NOOP("Commands", "Sh&ow projector"),
        ("Ctrl+Shift+P",),
        "fa5s.tv",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Show the projector window again (after it was closed), full screen on its screen",
        ),
    ),
    # --- projector (issue 4) ---
    Command(
        "toggle_freeze",
        QT_TRANSLATE_NOOP("Commands", "&Freeze projector"),
        ("F",),
        "fa5s.snowflake",
        QT_TRANSLATE_NOOP(
            "Commands", "Keep the projector's picture while you browse ahead; again to go live"
        ),
        checkable=True,
    ),
    Command(
        "toggle_title_screen",
        QT_TRANSLATE_NOOP("Commands", "&Title screen"),
        ("T",),
        "fa5s.heading",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Show the session's title, the date and your name on the projector, or the item again",
        ),
        checkable=True,
    ),
    Command(
        "cycle_timer_style",
        QT_TRANSLATE_NOOP("Commands", "Ne&xt timer style"),
        ("Ctrl+Shift+T",),
        "fa5s.clock",
        QT_TRANSLATE_NOOP(
            "Commands", "Projector timer: large digits, small in a corner, hidden, disc"
        ),
    ),
    Command(
        "cycle_theme",
        QT_TRANSLATE_NOOP("Commands", "Next th&eme"),
        ("Ctrl+Shift+H",),
        "fa5s.adjust",
        QT_TRANSLATE_NOOP("Commands", "Projector colours: dark, light, high contrast"),
    ),
    Command(
        "toggle_flash",
        QT_TRANSLATE_NOOP("Commands", "F&lash at the end of a step"),
        (),
        "fa5s.bolt",
        QT_TRANSLATE_NOOP("Commands", "Flash the projector briefly when a step's time is up"),
        checkable=True,
    ),
    Command(
        "projector_next_screen",
        QT_TRANSLATE_NOOP("Commands", "&Move projector to next screen"),
        ("Ctrl+Shift+M",),
        "fa5s.desktop",
        QT_TRANSLATE_NOOP("Commands", "Put the projector window full screen on the next screen"),
    ),
    Command(
        "swap_screens",
        QT_TRANSLATE_NOOP("Commands", "S&wap presenter and projector"),
        ("Ctrl+Shift+X",),
        "fa5s.exchange-alt",
        QT_TRANSLATE_NOOP(
            "Commands", "Exchange the screens of the presenter and the projector windows"
        ),
    ),
    Command(
        "trainer_name",
        QT_TRANSLATE_NOOP("Commands", "Trainer &name…"),
        (),
        "fa5s.user",
        QT_TRANSLATE_NOOP("Commands", "Your name, shown on the projector's title screen"),
    ),
    # --- the room (issue 9): groups, dealt material, group turns ---
    Command(
        "make_groups",
        QT_TRANSLATE_NOOP("Commands", "&Make groups…"),
        ("Ctrl+G",),
        "fa5s.users",
        QT_TRANSLATE_NOOP(
            "Commands", "Make groups for this step from a number of people or a list of names"
        ),
    ),
    Command(
        "reshuffle_groups",
        QT_TRANSLATE_NOOP("Commands", "Reshu&ffle groups"),
        (),
        "fa5s.random",
        QT_TRANSLATE_NOOP(
            "Commands", "Other groups of the same size, mixing people who were together"
        ),
    ),
    Command(
        "add_person",
        QT_TRANSLATE_NOOP("Commands", "&Someone arrives…"),
        (),
        "fa5s.user-plus",
        QT_TRANSLATE_NOOP("Commands", "A late arrival joins the smallest group; nobody else moves"),
    ),
    Command(
        "remove_person",
        QT_TRANSLATE_NOOP("Commands", "Someone &leaves…"),
        (),
        "fa5s.user-minus",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Take someone out of the groups; only as few people move as keep the groups in range",
        ),
    ),
    Command(
        "show_groups",
        QT_TRANSLATE_NOOP("Commands", "&Groups on the projector"),
        ("G",),
        "fa5s.th",
        QT_TRANSLATE_NOOP("Commands", "Show the groups on the projector, or take them off"),
        checkable=True,
    ),
    Command(
        "deal_material",
        QT_TRANSLATE_NOOP("Commands", "&Deal cards or documents…"),
        ("Ctrl+K",),
        "fa5s.clone",
        QT_TRANSLATE_NOOP("Commands", "Give each group its cards or documents from a hand-out"),
    ),
    Command(
        "show_deal",
        QT_TRANSLATE_NOOP("Commands", "Dealt material &on the projector"),
        ("K",),
        "fa5s.id-card",
        QT_TRANSLATE_NOOP(
            "Commands", "Show on the projector what each group was given, or take it off"
        ),
        checkable=True,
    ),
    Command(
        "plan_turns",
        QT_TRANSLATE_NOOP("Commands", "Group t&urns…"),
        ("Ctrl+Y",),
        "fa5s.list-ol",
        QT_TRANSLATE_NOOP("Commands", "A turn per group in this step, each with its own countdown"),
    ),
    Command(
        "next_turn",
        QT_TRANSLATE_NOOP("Commands", "Ne&xt group's turn"),
        ("Y",),
        "fa5s.forward",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Start the next group's turn (the turn under way ends); after the last, end it",
        ),
    ),
    Command(
        "end_turn",
        QT_TRANSLATE_NOOP("Commands", "&End this turn"),
        (),
        "fa5s.stop",
        QT_TRANSLATE_NOOP("Commands", "End the turn under way; the next group waits for you"),
    ),
    Command(
        "skip_turn",
        QT_TRANSLATE_NOOP("Commands", "S&kip the next turn"),
        (),
        "fa5s.fast-forward",
        QT_TRANSLATE_NOOP("Commands", "Skip the next group's turn before it starts"),
    ),
    Command(
        "redo_turn",
        QT_TRANSLATE_NOOP("Commands", "&Redo this turn"),
        (),
        "fa5s.history",
        QT_TRANSLATE_NOOP(
            "Commands", "Give the group of the turn under way (or the last one) another turn, next"
        ),
    ),
    Command(
        "add_turn",
        QT_TRANSLATE_NOOP("Commands", "&Add a turn…"),
        (),
        "fa5s.plus-circle",
        QT_TRANSLATE_NOOP("Commands", "One more turn for a group, after the others"),
    ),
    Command(
        "set_turn_time",
        QT_TRANSLATE_NOOP("Commands", "Time &per turn…"),
        (),
        "fa5s.hourglass-half",
        QT_TRANSLATE_NOOP(
            "Commands", "Set the time of each turn (the one under way and those waiting)"
        ),
    ),
    Command(
        "show_turn",
        QT_TRANSLATE_NOOP("Commands", "&Turn on the projector"),
        ("Shift+Y",),
        "fa5s.microphone",
        QT_TRANSLATE_NOOP(
            "Commands", "Show whose turn it is, their countdown and who is next; or take it off"
        ),
        checkable=True,
    ),
    # --- participants' phones (issue 10) ---
    Command(
        "toggle_participants",
        QT_TRANSLATE_NOOP("Commands", "P&hones in the room"),
        ("Ctrl+Shift+J",),
        "fa5s.mobile-alt",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Start or stop the server that lets participants join from their phones (QR and "
            "code in the Phones tab)",
        ),
        checkable=True,
    ),
    Command(
        "show_join",
        QT_TRANSLATE_NOOP("Commands", "&Join screen on the projector"),
        ("J",),
        "fa5s.qrcode",
        QT_TRANSLATE_NOOP(
            "Commands", "Show how phones join (QR code, address, room code); or take it off"
        ),
        checkable=True,
    ),
    # --- the wall (issue 9): notes, themes, moderation ---
    Command(
        "write_note",
        QT_TRANSLATE_NOOP("Commands", "&Write a note"),
        ("Ctrl+Shift+N",),
        "fa5s.sticky-note",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Put the cursor in the wall's note field (Enter adds the note; several lines, "
            "several notes)",
        ),
    ),
    Command(
        "add_note",
        QT_TRANSLATE_NOOP("Commands", "&Add the note"),
        (),
        "fa5s.plus",
        QT_TRANSLATE_NOOP(
            "Commands", "Add what is typed in the note field to the wall, in this step"
        ),
    ),
    Command(
        "edit_note",
        QT_TRANSLATE_NOOP("Commands", "&Edit the note…"),
        (),
        "fa5s.pen",
        QT_TRANSLATE_NOOP("Commands", "Change the text of the note chosen on the wall"),
    ),
    Command(
        "hide_note",
        QT_TRANSLATE_NOOP("Commands", "&Hide from the room"),
        ("Ctrl+H",),
        "fa5s.eye-slash",
        QT_TRANSLATE_NOOP(
            "Commands", "Keep the chosen note off the projector (it stays here), or show it again"
        ),
        checkable=True,
    ),
    Command(
        "remove_note",
        QT_TRANSLATE_NOOP("Commands", "Re&move the note…"),
        (),
        "fa5s.trash-alt",
        QT_TRANSLATE_NOOP("Commands", "Take the chosen note off the wall (asks first)"),
    ),
    Command(
        "rename_theme",
        QT_TRANSLATE_NOOP("Commands", "&Name the theme…"),
        (),
        "fa5s.tag",
        QT_TRANSLATE_NOOP("Commands", "Give the chosen theme (or the chosen note's theme) a name"),
    ),
    Command(
        "dissolve_theme",
        QT_TRANSLATE_NOOP("Commands", "&Undo the theme"),
        (),
        "fa5s.object-ungroup",
        QT_TRANSLATE_NOOP(
            "Commands", "Take the chosen theme apart: its notes are in no theme again"
        ),
    ),
    Command(
        "release_note",
        QT_TRANSLATE_NOOP("Commands", "Re&lease the note"),
        (),
        "fa5s.check",
        QT_TRANSLATE_NOOP("Commands", "Let the chosen waiting note (from a phone) onto the wall"),
    ),
    Command(
        "release_all_notes",
        QT_TRANSLATE_NOOP("Commands", "&Release all waiting notes"),
        (),
        "fa5s.check-double",
        QT_TRANSLATE_NOOP("Commands", "Let every note waiting for you onto the wall"),
    ),
    Command(
        "toggle_auto_release",
        QT_TRANSLATE_NOOP("Commands", "Release notes from phones at &once"),
        (),
        "fa5s.bolt",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Notes from phones go on the wall without waiting for you, or wait for release",
        ),
        checkable=True,
    ),
    Command(
        "toggle_phone_posting",
        QT_TRANSLATE_NOOP("Commands", "&Phones may post in this step"),
        (),
        "fa5s.comments",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Open or close posting notes from phones in the current step (kept in the run's "
            "journal)",
        ),
        checkable=True,
    ),
    Command(
        "toggle_phone_names",
        QT_TRANSLATE_NOOP("Commands", "As&k phones for names"),
        (),
        "fa5s.user-tag",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Phones offer an optional name field with each note; off: every note is anonymous",
        ),
        checkable=True,
    ),
    Command(
        "show_wall",
        QT_TRANSLATE_NOOP("Commands", "&The wall on the projector"),
        ("W",),
        "fa5s.sticky-note",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Show the wall's notes on the projector, newest first (this step's, or all in a "
            "step without notes); or take them off",
        ),
        checkable=True,
    ),
    Command(
        "show_wall_themes",
        QT_TRANSLATE_NOOP("Commands", "The wall &by theme on the projector"),
        ("Shift+W",),
        "fa5s.layer-group",
        QT_TRANSLATE_NOOP(
            "Commands", "Show the wall's notes on the projector by theme; or take them off"
        ),
        checkable=True,
    ),
    Command(
        "toggle_wall_closing",
        QT_TRANSLATE_NOOP("Commands", "The wall as the &closing screen"),
        (),
        "fa5s.flag-checkered",
        QT_TRANSLATE_NOOP(
            "Commands",
            "When the session has finished, the room sees the whole wall by theme instead of "
            "the thanks",
        ),
        checkable=True,
    ),
    # --- anything on the projector, at once (issue 9) ---
    Command(
        "project_reference",
        QT_TRANSLATE_NOOP("Commands", "Put the reference text on the p&rojector"),
        ("R",),
        "fa5s.chalkboard",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Show the text or checklist chosen in the Reference tab on the projector at once "
            "(the trainer's own parts only when ticked)",
        ),
    ),
    Command(
        "project_question",
        QT_TRANSLATE_NOOP("Commands", "Project a &question…"),
        ("Q",),
        "fa5s.question-circle",
        QT_TRANSLATE_NOOP("Commands", "Type a question and show it on the projector at once"),
    ),
    Command(
        "show_break",
        QT_TRANSLATE_NOOP("Commands", "Break &screen…"),
        ("Ctrl+B",),
        "fa5s.coffee",
        QT_TRANSLATE_NOOP(
            "Commands", "Show the break and its countdown to a time of day on the projector"
        ),
    ),
    Command(
        "toggle_clock",
        QT_TRANSLATE_NOOP("Commands", "Wall &clock"),
        ("Ctrl+Shift+C",),
        "fa5s.business-time",
        QT_TRANSLATE_NOOP(
            "Commands", "Show the time of day on the projector, or the step's item again"
        ),
        checkable=True,
    ),
    Command(
        "end_shown",
        QT_TRANSLATE_NOOP("Commands", "Bac&k to the step's item"),
        ("Home",),
        "fa5s.reply",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Take what you put on the projector at once (or a room screen) off: the step's "
            "item again",
        ),
    ),
    # --- presenter console (issue 3) ---
    Command(
        "set_remaining",
        QT_TRANSLATE_NOOP("Commands", "Set remaining &time…"),
        ("Ctrl+T",),
        "fa5s.stopwatch",
        QT_TRANSLATE_NOOP("Commands", "Set exactly how much time is left of the current step"),
        short=QT_TRANSLATE_NOOP("Commands", "Time left"),
    ),
    Command(
        "jump_to_selected",
        QT_TRANSLATE_NOOP("Commands", "&Jump to selected step…"),
        ("Ctrl+J",),
        "fa5s.share",
        QT_TRANSLATE_NOOP("Commands", "Jump to the step selected in the step list (asks first)"),
    ),
    Command(
        "toggle_lock",
        QT_TRANSLATE_NOOP("Commands", "&Lock selected step"),
        ("L",),
        "fa5s.lock",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Keep the selected step's minutes out of the catch-up plan, or free them again",
        ),
    ),
    Command(
        "plan_catchup",
        QT_TRANSLATE_NOOP("Commands", "Plan &catch-up"),
        ("C",),
        "fa5s.balance-scale",
        QT_TRANSLATE_NOOP(
            "Commands", "Propose new minutes for the steps to come so the session ends on time"
        ),
    ),
    Command(
        "accept_catchup",
        QT_TRANSLATE_NOOP("Commands", "Accept catc&h-up plan"),
        ("A",),
        "fa5s.check",
        QT_TRANSLATE_NOOP("Commands", "Use the proposed minutes for the steps to come"),
    ),
    Command(
        "dismiss_catchup",
        QT_TRANSLATE_NOOP("Commands", "&Dismiss catch-up plan"),
        ("D",),
        "fa5s.times",
        QT_TRANSLATE_NOOP("Commands", "Keep the current plan and hide the proposal"),
    ),
    Command(
        "undo_catchup",
        QT_TRANSLATE_NOOP("Commands", "&Undo catch-up plan"),
        ("U",),
        "fa5s.undo-alt",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Give the steps to come back the minutes they had before the last plan you accepted",
        ),
    ),
    Command(
        "find_reference",
        QT_TRANSLATE_NOOP("Commands", "&Search the reference…"),
        ("Ctrl+F",),
        "fa5s.search",
        QT_TRANSLATE_NOOP(
            "Commands", "Search the didactic advice, the guide, the case study and the checklists"
        ),
    ),
    Command(
        "toggle_mute",
        QT_TRANSLATE_NOOP("Commands", "&Mute chimes"),
        ("M",),
        "fa5s.volume-mute",
        QT_TRANSLATE_NOOP(
            "Commands", "Silence the chimes at the warning threshold and at the end of a step"
        ),
        checkable=True,
    ),
    Command(
        "preferences",
        QT_TRANSLATE_NOOP("Commands", "Pre&ferences…"),
        ("Ctrl+,",),
        "fa5s.sliders-h",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Language, your name, the session that opens at start, the projector's look and "
            "text size, the default thresholds and the chimes",
        ),
    ),
    Command(
        "show_keys",
        QT_TRANSLATE_NOOP("Commands", "&Keyboard shortcuts"),
        ("F1", "?"),
        "fa5s.keyboard",
        QT_TRANSLATE_NOOP("Commands", "Show every command and its keys"),
        short=QT_TRANSLATE_NOOP("Commands", "Keys"),
    ),
    Command(
        "reset_layout",
        QT_TRANSLATE_NOOP("Commands", "Reset &window layout"),
        ("Ctrl+Shift+L",),
        "fa5s.window-restore",
        QT_TRANSLATE_NOOP(
            "Commands", "Put the console's window and panes back to their default size and place"
        ),
    ),
    Command(
        "getting_started",
        QT_TRANSLATE_NOOP("Commands", "&Getting started"),
        (),
        "fa5s.play-circle",
        QT_TRANSLATE_NOOP(
            "Commands", "Your screen, their screen, the clicker's keys, and why to practise first"
        ),
    ),
    Command(
        "user_guide",
        QT_TRANSLATE_NOOP("Commands", "&User guide"),
        (),
        "fa5s.book",
        QT_TRANSLATE_NOOP("Commands", "Every part of Facilitator explained"),
    ),
    Command(
        "add_to_menu",
        QT_TRANSLATE_NOOP("Commands", "Add to the applications &menu"),
        (),
        "fa5s.th",
        QT_TRANSLATE_NOOP("Commands", "Linux: put Facilitator in your desktop's applications menu"),
    ),
    Command(
        "about",
        QT_TRANSLATE_NOOP("Commands", "&About Facilitator"),
        (),
        "fa5s.info-circle",
        QT_TRANSLATE_NOOP("Commands", "The version, and the credits of the STEAM Coach material"),
    ),
    Command(
        "rehearse",
        QT_TRANSLATE_NOOP("Commands", "Rehe&arse this session"),
        ("Ctrl+Shift+E",),
        "fa5s.user-clock",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Practise this session: the windows say REHEARSAL and every step's real time "
            "is recorded",
        ),
    ),
    Command(
        "show_reports",
        QT_TRANSLATE_NOOP("Commands", "&Reports…"),
        ("Ctrl+Shift+R",),
        "fa5s.chart-bar",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Where the time went: planned against actual per step, for this run or an earlier one",
        ),
    ),
    Command(
        "print",
        QT_TRANSLATE_NOOP("Commands", "&Print…"),
        ("Ctrl+P",),
        "fa5s.print",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Choose what to print (hand-outs, cards, the session plan, groups, the wall...) "
            "and write the PDFs into a folder",
        ),
    ),
    Command(
        "print_handouts",
        QT_TRANSLATE_NOOP("Commands", "Print &hand-outs…"),
        (),
        "fa5s.file-pdf",
        QT_TRANSLATE_NOOP(
            "Commands", "Save the session's hand-outs, cards and templates as one PDF to print"
        ),
    ),
    Command(
        "show_start",
        QT_TRANSLATE_NOOP("Commands", "S&tart window…"),
        ("Ctrl+Shift+O",),
        "fa5s.th-large",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Choose a session: those that come with the app, your own, and the recent runs",
        ),
    ),
    Command(
        "new_session",
        QT_TRANSLATE_NOOP("Commands", "&New session…"),
        ("Ctrl+N",),
        "fa5s.file-medical",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Make a new session: blank, a copy of a bundled one, or from a spreadsheet table",
        ),
    ),
    Command(
        "edit_session",
        QT_TRANSLATE_NOOP("Commands", "&Edit this session…"),
        ("Ctrl+E",),
        "fa5s.edit",
        QT_TRANSLATE_NOOP(
            "Commands",
            "Change this session: steps, projected items, hand-outs, cards, with a preview",
        ),
    ),
    Command(
        "quit",
        QT_TRANSLATE_NOOP("Commands", "&Quit"),
        ("Ctrl+Q",),
        "fa5s.power-off",
        QT_TRANSLATE_NOOP("Commands", "Close Facilitator"),
    ),
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
        action = QAction(command.shown_label, parent)
        action.setObjectName(command.name)
        action.setIcon(icons.icon(command.icon))
        action.setShortcuts([QKeySequence(key) for key in command.keys])
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        keys = ", ".join(command.keys)
        action.setToolTip(f"{command.shown_tip} ({keys})")
        action.setStatusTip(command.shown_tip)
        if command.short:
            action.setIconText(translate_marked("Commands", command.short))
        action.setCheckable(command.checkable)
        handler = handlers[command.name]
        if handler is not None:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        else:
            action.setEnabled(False)
        actions[command.name] = action
    return actions
