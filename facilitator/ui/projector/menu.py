"""The projector's entries in the presenter's menu, and the trainer-name dialog."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from facilitator.i18n import translate, translate_marked
from facilitator.projection.look import THEME_NAMES, TIMER_STYLES
from facilitator.projection.themes import THEMES
from facilitator.ui.projector.canvas import TIMER_STYLE_LABELS
from facilitator.ui.projector.settings import TRAINER_NAME, write_text
from facilitator.ui.projector_controller import ProjectorController

PROJECTOR_MENU_COMMANDS = (
    "toggle_freeze",
    "toggle_title_screen",
    None,
    "cycle_timer_style",
    "cycle_theme",
    "toggle_flash",
    None,
    "projector_next_screen",
    "swap_screens",
    None,
    "trainer_name",
)


class ProjectorMenu(QObject):
    """Adds the projector's commands to ``menu`` and keeps their check marks true."""

    def __init__(
        self, menu: QMenu, actions: dict[str, QAction], controller: ProjectorController
    ) -> None:
        super().__init__(menu)
        self._controller = controller
        self._actions = actions
        menu.addSeparator()
        for name in PROJECTOR_MENU_COMMANDS:
            if name is None:
                menu.addSeparator()
            elif name in actions:
                menu.addAction(actions[name])
                if name == "cycle_timer_style":
                    self.timer_menu = self._choices(
                        menu,
                        translate("Projector", "Timer st&yle"),
                        TIMER_STYLES,
                        TIMER_STYLE_LABELS,
                        controller.set_timer_style,
                    )
                elif name == "cycle_theme":
                    labels = {name: theme.label for name, theme in THEMES.items()}
                    self.theme_menu = self._choices(
                        menu,
                        translate("Projector", "T&heme"),
                        THEME_NAMES,
                        labels,
                        controller.set_theme,
                    )
        controller.projectionChanged.connect(self.sync)
        controller.lookChanged.connect(self.sync)
        self.sync()

    def _choices(
        self,
        menu: QMenu,
        title: str,
        values: tuple[StrEnum, ...],
        labels: Mapping[Any, str],
        choose: Callable[[str], None],
    ) -> QMenu:
        sub = menu.addMenu(title)
        group = QActionGroup(sub)
        group.setExclusive(True)
        for value in values:
            action = QAction(translate_marked("Projector", labels[value]), sub)
            action.setCheckable(True)
            action.setData(value)
            action.triggered.connect(lambda _checked=False, v=value: choose(v))
            group.addAction(action)
            sub.addAction(action)
        return sub

    def sync(self) -> None:
        """Check marks follow the controller's state."""
        c = self._controller
        states = {
            "toggle_freeze": c.frozen,
            "toggle_title_screen": c.title_screen,
            "toggle_flash": c.flash_at_end,
        }
        for name, state in states.items():
            action = self._actions.get(name)
            if action is not None:
                action.setChecked(state)
        for sub, current in (
            (getattr(self, "timer_menu", None), c.timer_style),
            (getattr(self, "theme_menu", None), c.theme_name),
        ):
            if sub is not None:
                for action in sub.actions():
                    action.setChecked(action.data() == current)


def ask_trainer_name(parent: QWidget | None, controller: ProjectorController) -> QInputDialog:
    """Ask for the trainer's name (not modal: the session's timer runs on)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("Projector", "Trainer name"))
    dialog.setLabelText(translate("Projector", "Your name, as the title screen shows it:"))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(controller.trainer_name)

    def accept(name: str) -> None:
        controller.set_trainer_name(name)
        write_text(TRAINER_NAME, controller.trainer_name)

    dialog.textValueSelected.connect(accept)
    dialog.open()
    return dialog
