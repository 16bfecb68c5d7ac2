"""The console's room panel: the step's group turns, the groups, what was dealt.

It renders a :class:`~facilitator.console.room.RoomPanelView` and holds no
rule; its buttons are the room's actions (the same as the keys and menus).
When the step has group turns they come first (that is what the trainer
follows then); otherwise the groups do.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.console.room import RoomPanelView
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.ui.button_grid import ButtonGrid, command_buttons
from facilitator.ui.markup import plain_label
from facilitator.ui.text_label import TextLabel

GROUP_COMMANDS = ("make_groups", "reshuffle_groups", "add_person", "remove_person", "show_groups")
DEAL_COMMANDS = ("deal_material", "show_deal")
TURN_COMMANDS = (
    "next_turn",
    "plan_turns",
    "end_turn",
    "skip_turn",
    "redo_turn",
    "add_turn",
    "set_turn_time",
    "show_turn",
)
TURN_HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("Room", "Group"),
    QT_TRANSLATE_NOOP("Room", "Planned"),
    QT_TRANSLATE_NOOP("Room", "Used"),
    QT_TRANSLATE_NOOP("Room", "Over"),
    "",
)
GROUP_COLUMNS = 2  # groups per row of the console's grid
BUTTON_COLUMNS = 3  # at most; fewer when the tab is narrow


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    return label


def _buttons(actions: Mapping[str, QAction], names: tuple[str, ...]) -> ButtonGrid:
    return command_buttons(actions, names, BUTTON_COLUMNS)


def _section(title: str, *parts: QWidget | QGridLayout | QHBoxLayout) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 4)
    layout.addWidget(_heading(title))
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return box


class RoomPanel(QScrollArea):
    """Group turns, groups and dealt material, with the room's commands as buttons."""

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room-panel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Everything wraps to the panel's width: nothing hides off to the right.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = plain_label()
        self.summary.setObjectName("room-summary")
        self.summary.setWordWrap(True)
        # Names and card titles are the trainer's: wrapped anywhere, never wider than the tab.
        self.wishes = TextLabel(lines=0)
        self.wishes.setObjectName("room-wishes")
        self.wishes.setStyleSheet("color: #1565c0;")
        self.notices = TextLabel(lines=0)
        self.notices.setObjectName("room-notices")
        self.notices.setStyleSheet(
            "background: #fff8e1; color: #4e342e; padding: 4px; border-radius: 3px;"
        )
        self.notices.hide()
        # Turns.
        self.clock = plain_label()
        self.clock.setObjectName("room-turn-clock")
        clock_font = QFont()
        clock_font.setPointSize(24)
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        self.turn_line = TextLabel(lines=0)
        self.turn_line.setObjectName("room-turn-line")
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock)
        clock_row.addWidget(self.turn_line, 1)
        self.turns = QTableWidget(0, len(TURN_HEADERS))
        self.turns.setObjectName("room-turns")
        self.turns.setHorizontalHeaderLabels(
            [translate_marked("Room", h) if h.strip("#") else h for h in TURN_HEADERS]
        )
        self.turns.verticalHeader().hide()
        self.turns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.turns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.turns.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.turns.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.turns_section = _section(
            translate("Room", "Group turns"),
            clock_row,
            _buttons(actions, TURN_COMMANDS),
            self.turns,
        )
        # Groups.
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.cells: list[TextLabel] = []
        self.groups_section = _section(
            translate("Room", "Groups"), _buttons(actions, GROUP_COMMANDS), self.grid
        )
        # Dealt.
        self.dealt = TextLabel(lines=0)
        self.dealt.setObjectName("room-dealt")
        self.dealt_section = _section(
            translate("Room", "Dealt"), _buttons(actions, DEAL_COMMANDS), self.dealt
        )
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.wishes)
        self.body.addWidget(self.notices)
        for section in self.sections(False):
            self.body.addWidget(section)
        self.body.addStretch(1)
        self.setWidget(body)
        self.view: RoomPanelView | None = None

    def sections(self, turns_first: bool) -> list[QWidget]:
        """The panel's sections in the order shown."""
        order = [self.groups_section, self.dealt_section]
        return [self.turns_section, *order] if turns_first else [*order, self.turns_section]

    def show_view(self, view: RoomPanelView) -> None:
        """Render the room as ``view`` says (only what changed is set again)."""
        previous, self.view = self.view, view
        self.summary.setText(view.summary)
        self.wishes.setText(" ".join(view.wishes))
        self.wishes.setVisible(bool(view.wishes))
        self.notices.setText("\n".join(view.notices))
        self.notices.setVisible(bool(view.notices))
        if previous is None or previous.turns_first != view.turns_first:
            for index, section in enumerate(self.sections(view.turns_first)):
                self.body.removeWidget(section)
                self.body.insertWidget(3 + index, section)
        if previous is None or previous.groups != view.groups or previous.named != view.named:
            self._show_groups(view)
        self.dealt.setText(
            "\n".join(view.dealt) or translate("Room", "Nothing dealt to these groups yet.")
        )
        self.turn_line.setText(view.turn_line)
        self.clock.setText(view.clock)
        self.clock.setStyleSheet("color: #c62828;" if view.clock_over else "")
        self.clock.setVisible(bool(view.clock))
        self.turns.setVisible(bool(view.turns))
        if previous is None or previous.turns != view.turns:
            self._show_turns(view)

    def _show_groups(self, view: RoomPanelView) -> None:
        for cell in self.cells:
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.cells = []
        for index, group in enumerate(view.groups):
            text = group.label
            if view.named and group.names:
                text += "\n" + ", ".join(group.names)
            cell = TextLabel(text, lines=0)
            cell.setObjectName(f"room-group-{group.number}")
            border = "#c62828" if group.outside else "#9e9e9e"
            cell.setStyleSheet(f"border: 1px solid {border}; border-radius: 4px; padding: 4px;")
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            cell.setSizePolicy(policy)
            self.grid.addWidget(cell, index // GROUP_COLUMNS, index % GROUP_COLUMNS)
            self.cells.append(cell)

    def _show_turns(self, view: RoomPanelView) -> None:
        self.turns.setRowCount(len(view.turns))
        bold = QFont()
        bold.setBold(True)
        for row, turn in enumerate(view.turns):
            cells = (
                str(turn.number),
                turn.group,
                turn.planned,
                turn.used,
                turn.overrun,
                turn.state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if turn.current:
                    item.setFont(bold)
                self.turns.setItem(row, column, item)
