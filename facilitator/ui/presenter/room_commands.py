"""The console's room commands: groups, dealt material and group turns, with their dialogs.

Each handler asks what it needs (the group maker, the deal, the time per turn)
and calls the room controller's command, or the projector's for the room
screens; keys, menus and the room panel's buttons all reach these through the
same actions. A command that makes something new (groups, a deal, turns)
puts it on the projector; its key (G, K, Shift+Y) takes it off again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QInputDialog

from facilitator.agenda.agenda import Agenda
from facilitator.console.room import people_text
from facilitator.i18n import translate
from facilitator.projection.screens import RoomScreen
from facilitator.room.deal import Material
from facilitator.room.views import person_name
from facilitator.ui.controller import SessionController
from facilitator.ui.room_controller import Order

if TYPE_CHECKING:
    from facilitator.ui.dialogs.room_dialogs import (
        DealChoice,
        GroupChoice,
        HandoutChoice,
        TurnsChoice,
    )
    from facilitator.ui.presenter.window import PresenterWindow

SCREEN_OF = {
    "show_groups": RoomScreen.GROUPS,
    "show_deal": RoomScreen.DEAL,
    "show_turn": RoomScreen.TURN,
    "show_join": RoomScreen.JOIN,
    "show_wall": RoomScreen.WALL,
    "show_wall_themes": RoomScreen.WALL_THEMES,
}


class RoomCommands:
    """Handlers for the room's commands, bound to one presenter window."""

    def __init__(self, window: PresenterWindow, controller: SessionController) -> None:
        self.window = window
        self.controller = controller

    def handlers(self) -> dict[str, Callable[[], object]]:
        """Command name to handler, for :func:`facilitator.ui.actions.build_actions`."""
        return {
            "make_groups": self.make_groups,
            "reshuffle_groups": self.reshuffle,
            "add_person": self.add_person,
            "remove_person": self.remove_person,
            "show_groups": lambda: self.toggle_screen(RoomScreen.GROUPS),
            "deal_material": self.deal,
            "show_deal": lambda: self.toggle_screen(RoomScreen.DEAL),
            "plan_turns": self.plan_turns,
            "next_turn": self.controller.room.next_turn,
            "end_turn": self.controller.room.end_turn,
            "skip_turn": self.controller.room.skip_turn,
            "redo_turn": self.controller.room.redo_turn,
            "add_turn": self.add_turn,
            "set_turn_time": self.set_turn_time,
            "show_turn": lambda: self.toggle_screen(RoomScreen.TURN),
            "show_join": lambda: self.toggle_screen(RoomScreen.JOIN),
            "show_wall": lambda: self.toggle_screen(RoomScreen.WALL),
            "show_wall_themes": lambda: self.toggle_screen(RoomScreen.WALL_THEMES),
        }

    # --- the room screens ------------------------------------------------------------

    def toggle_screen(self, screen: RoomScreen) -> None:
        """Put a room screen on the projector or take it off; say why when it cannot be."""
        projector = self.controller.projector
        if not projector.toggle_room_screen(screen):
            why = self.controller.room.available(screen)
            if why is not None:
                self.window.show_message(why.text)
        self.window.sync_room_actions()

    def show_screen(self, screen: RoomScreen) -> None:
        """Put a room screen on the projector (after making what it shows)."""
        self.controller.projector.show_room_screen(screen)
        self.window.sync_room_actions()

    # --- groups ----------------------------------------------------------------------

    def make_groups(self) -> None:
        """The group maker: who is in the room and what groups; then make them."""
        from facilitator.ui.dialogs.room_dialogs import GroupChoice, GroupsDialog  # on use

        room = self.controller.room
        state = room.state
        dialog = GroupsDialog(
            count=len(state.people),
            names=people_text(state),
            step_size=room.group_size(),
            step_title=room.step.title,
            parent=self.window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.choice()
            if isinstance(chosen, GroupChoice):
                self.make_groups_with(chosen)

    def make_groups_with(self, choice: GroupChoice) -> bool:
        """Make the groups the group maker chose, and show them."""
        made = self.controller.room.make_groups(
            people=choice.people, size=choice.size, count=choice.count
        )
        if made:
            self.show_screen(RoomScreen.GROUPS)
        return made

    def reshuffle(self) -> None:
        """Other groups, people who were together mixed."""
        self.controller.room.reshuffle()

    def add_person(self) -> None:
        """A late arrival: their name (or none), and they join the smallest group."""
        name, ok = QInputDialog.getText(
            self.window,
            translate("Room", "Someone arrives"),
            translate("Room", "Their name (leave it empty when you only count people):"),
        )
        if ok:
            self.controller.room.add_person(name)

    def remove_person(self) -> None:
        """Someone leaves: chosen from the people in the room."""
        room = self.controller.room
        people = list(room.state.people)
        if not people:
            self.window.show_message(translate("Room", "Nobody is in the room yet."))
            return
        names = [person_name(p, room.words) for p in people]
        name, ok = QInputDialog.getItem(
            self.window,
            translate("Room", "Someone leaves"),
            translate("Room", "Who leaves?"),
            names,
            0,
            False,
        )
        if ok and name in names:
            room.remove_person(people[names.index(name)].id)

    # --- dealing ---------------------------------------------------------------------

    def deal(self) -> None:
        """Choose a hand-out's cards or documents and how many per group; deal and show."""
        agenda = self.controller.agenda
        from facilitator.ui.dialogs.room_dialogs import DealDialog  # on use

        dialog = DealDialog(handout_choices(agenda), self._step_deal(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.choice()
            if chosen is not None:
                self.deal_with(chosen)

    def _step_deal(self) -> DealChoice | None:
        from facilitator.ui.dialogs.room_dialogs import DealChoice  # with the dialog

        wish = self.controller.room.step.deal
        if wish is None:
            return None
        if wish.cards is not None:
            return DealChoice(wish.handout, "cards", None if wish.cards == "all" else wish.cards)
        documents = wish.documents
        return DealChoice(wish.handout, "documents", None if documents == "all" else documents)

    def deal_with(self, choice: DealChoice) -> bool:
        """Deal as chosen, and show what each group got."""
        material: Material = "cards" if choice.material == "cards" else "documents"
        dealt = self.controller.room.deal(choice.handout, material, choice.per_group)
        if dealt:
            self.show_screen(RoomScreen.DEAL)
        return dealt

    # --- turns -----------------------------------------------------------------------

    def plan_turns(self) -> None:
        """A turn per group: the time per group (proposed) and the order; then show it."""
        room = self.controller.room
        grouping = room.state.grouping
        if grouping is None:
            self.window.show_message(
                translate("Room", "There are no groups yet: make groups first (Ctrl+G).")
            )
            return
        remaining = max(0, self.controller.run.timer.remaining(self.controller.now()))
        from facilitator.ui.dialogs.room_dialogs import TurnsDialog  # on use

        dialog = TurnsDialog(
            proposed=room.proposed_turn_time(),
            groups=len(grouping.groups),
            remaining=remaining,
            parent=self.window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.plan_turns_with(dialog.choice())

    def plan_turns_with(self, choice: TurnsChoice) -> bool:
        """Plan the turns as chosen, and show the first group's."""
        order: Order = "shuffled" if choice.order == "shuffled" else "groups"
        planned = self.controller.room.plan_turns(choice.each, order)
        if planned:
            self.show_screen(RoomScreen.TURN)
        return planned

    def add_turn(self) -> None:
        """One more turn, for a group chosen from the groups."""
        room = self.controller.room
        grouping = room.state.grouping
        if grouping is None:
            self.window.show_message(
                translate("Room", "There are no groups yet: make groups first (Ctrl+G).")
            )
            return
        numbers = sorted(g.number for g in grouping.groups)
        names = [room.words.group.format(number=n) for n in numbers]
        name, ok = QInputDialog.getItem(
            self.window,
            translate("Room", "Add a turn"),
            translate("Room", "One more turn for:"),
            names,
            0,
            False,
        )
        if ok and name in names:
            room.add_turn(numbers[names.index(name)])

    def set_turn_time(self) -> None:
        """The time per turn, for the turn under way and those waiting."""
        room = self.controller.room
        turns = room.turns()
        each = turns.turns[-1].allotted if turns is not None and turns.turns else 0
        from facilitator.ui.dialogs.room_dialogs import TurnTimeDialog  # on use

        dialog = TurnTimeDialog(each or room.proposed_turn_time(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            room.set_turn_time(dialog.choice())


def handout_choices(agenda: Agenda) -> list[HandoutChoice]:
    """The session's hand-outs as the deal dialog offers them."""
    from facilitator.ui.dialogs.room_dialogs import HandoutChoice  # with the dialog

    return [
        HandoutChoice(h.id, h.title, len(h.documents), len(h.cards))
        for h in agenda.session.handouts
    ]
