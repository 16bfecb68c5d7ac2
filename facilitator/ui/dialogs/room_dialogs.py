"""The room's dialogs: the group maker, dealing a hand-out, group turns, the time per turn.

Each dialog only asks: it holds the trainer's choice and gives it back as plain
values (:meth:`GroupsDialog.choice`, :meth:`DealDialog.choice`, ...). What the
choice does is the room controller's; what a value means (a size such as
"3-5") is the agenda's and the room's own parsing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.agenda.groupsize import GroupSize, GroupSizeError, parse_group_size
from facilitator.engine.clock import SECOND
from facilitator.i18n import translate
from facilitator.room.people import MAX_PEOPLE
from facilitator.timefmt import duration
from facilitator.ui.markup import plain_label


@dataclass(frozen=True)
class GroupChoice:
    """What the group maker was asked: who is in the room, and what groups."""

    people: int | str  # a number of people, or the pasted names
    size: GroupSize | None  # groups of this size ...
    count: int | None  # ... or this many groups


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class GroupsDialog(QDialog):
    """The group maker: a number of people or their names, and the size of the groups."""

    def __init__(
        self,
        *,
        count: int,
        names: str,
        step_size: GroupSize | None,
        step_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Room", "Make groups"))
        self._step_size = step_size
        # Who is in the room.
        self.by_count = QRadioButton(translate("Room", "A number of people:"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_PEOPLE)
        self.count.setValue(max(1, count))
        self.by_names = QRadioButton(
            translate("Room", "Their names (one per line, or separated by commas):")
        )
        self.names = QPlainTextEdit(names)
        self.names.setPlaceholderText(translate("Room", "Anna\nBo\nChris"))
        self.names.setTabChangesFocus(True)
        people_choice = QButtonGroup(self)
        people_choice.addButton(self.by_count)
        people_choice.addButton(self.by_names)
        (self.by_names if names else self.by_count).setChecked(True)
        self.count.valueChanged.connect(lambda _v: self.by_count.setChecked(True))
        self.names.textChanged.connect(lambda: self.by_names.setChecked(True))
        people = QGroupBox(translate("Room", "Who is in the room"))
        people_layout = QVBoxLayout(people)
        row = QHBoxLayout()
        row.addWidget(self.by_count)
        row.addWidget(self.count)
        row.addStretch(1)
        people_layout.addLayout(row)
        people_layout.addWidget(self.by_names)
        people_layout.addWidget(self.names)
        # What groups.
        if step_size is not None and step_size.pairs:
            asked = translate("Room", "As the step asks: pairs")
        else:
            asked = translate("Room", "As the step asks: groups of {size}").format(
                size=str(step_size)
            )
        self.by_step = QRadioButton(asked)
        self.by_step.setVisible(step_size is not None)
        self.by_size = QRadioButton(translate("Room", "Groups of:"))
        self.size_field = QLineEdit(str(step_size) if step_size is not None else "3-5")
        self.size_field.setPlaceholderText(translate("Room", "3-5, pairs or 4"))
        self.by_number = QRadioButton(translate("Room", "This many groups:"))
        self.number = QSpinBox()
        self.number.setRange(1, MAX_PEOPLE)
        self.number.setValue(4)
        size_choice = QButtonGroup(self)
        for button in (self.by_step, self.by_size, self.by_number):
            size_choice.addButton(button)
        (self.by_step if step_size is not None else self.by_size).setChecked(True)
        self.size_field.textEdited.connect(lambda _t: self.by_size.setChecked(True))
        self.number.valueChanged.connect(lambda _v: self.by_number.setChecked(True))
        groups = QGroupBox(translate("Room", "Groups for “{step}”").format(step=step_title))
        grid = QGridLayout(groups)
        grid.addWidget(self.by_step, 0, 0, 1, 2)
        grid.addWidget(self.by_size, 1, 0)
        grid.addWidget(self.size_field, 1, 1)
        grid.addWidget(self.by_number, 2, 0)
        grid.addWidget(self.number, 2, 1)
        self.problem = plain_label()
        self.problem.setObjectName("groups-problem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(people)
        layout.addWidget(groups)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))
        self.resize(460, 520)

    def showEvent(self, event: QShowEvent) -> None:
        """The keyboard in the field of the people's choice: the trainer types the number
        (selected, so it replaces the last one) or the names, then Enter."""
        super().showEvent(event)
        if self.by_count.isChecked():
            self.count.setFocus(Qt.FocusReason.OtherFocusReason)
            self.count.selectAll()
        else:
            self.names.setFocus(Qt.FocusReason.OtherFocusReason)

    def choice(self) -> GroupChoice | str:
        """The trainer's choice, or what is wrong with it (in the trainer's words)."""
        people: int | str = (
            self.count.value() if self.by_count.isChecked() else self.names.toPlainText()
        )
        if isinstance(people, str) and not people.strip():
            return translate("Room", "Type the names of the people, or choose a number of people.")
        if self.by_number.isChecked():
            return GroupChoice(people, None, self.number.value())
        if self.by_step.isChecked() and self._step_size is not None:
            return GroupChoice(people, self._step_size, None)
        try:
            return GroupChoice(people, parse_group_size(self.size_field.text()), None)
        except GroupSizeError as error:
            return translate("Room", "The size of the groups: {error}.").format(error=error)

    def accept(self) -> None:
        """Close only with a choice that can be made; else say what is wrong."""
        chosen = self.choice()
        if isinstance(chosen, str):
            self.problem.setText(chosen)
            self.problem.show()
            return
        super().accept()


@dataclass(frozen=True)
class HandoutChoice:
    """A hand-out the deal dialog offers: its id, title and how many documents and cards."""

    id: str
    title: str
    documents: int
    cards: int


@dataclass(frozen=True)
class DealChoice:
    """What to deal: from which hand-out, its cards or documents, how many per group."""

    handout: str
    material: str  # "cards" or "documents"
    per_group: int | None  # None: every one to every group


class DealDialog(QDialog):
    """Choose a hand-out, its cards or documents, and how many each group gets."""

    def __init__(
        self,
        handouts: list[HandoutChoice],
        default: DealChoice | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Room", "Deal cards or documents"))
        self._handouts = handouts
        self.handout = QComboBox()
        for sheet in handouts:
            self.handout.addItem(sheet.title, sheet.id)
        self.material = QComboBox()
        self.material.addItem(translate("Room", "Cards"), "cards")
        self.material.addItem(translate("Room", "Documents"), "documents")
        self.every = QRadioButton(translate("Room", "Every one to every group"))
        self.some = QRadioButton(translate("Room", "Per group:"))
        self.per_group = QSpinBox()
        self.per_group.setRange(1, 20)
        self.per_group.setValue(2)
        choice = QButtonGroup(self)
        choice.addButton(self.every)
        choice.addButton(self.some)
        self.some.setChecked(True)
        self.per_group.valueChanged.connect(lambda _v: self.some.setChecked(True))
        if default is not None:
            index = self.handout.findData(default.handout)
            if index >= 0:
                self.handout.setCurrentIndex(index)
            self.material.setCurrentIndex(self.material.findData(default.material))
            if default.per_group is None:
                self.every.setChecked(True)
            else:
                self.per_group.setValue(default.per_group)
        self.counts = plain_label()
        self.handout.currentIndexChanged.connect(self._show_counts)
        self.material.currentIndexChanged.connect(self._show_counts)
        self._show_counts()
        form = QFormLayout()
        form.addRow(translate("Room", "Hand-out:"), self.handout)
        form.addRow(translate("Room", "What:"), self.material)
        form.addRow("", self.counts)
        how = QHBoxLayout()
        how.addWidget(self.some)
        how.addWidget(self.per_group)
        how.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.every)
        layout.addLayout(how)
        layout.addWidget(_buttons(self))

    def _show_counts(self) -> None:
        index = self.handout.currentIndex()
        if not 0 <= index < len(self._handouts):
            self.counts.setText(translate("Room", "This session has no hand-outs to deal."))
            return
        sheet = self._handouts[index]
        self.counts.setText(
            translate("Room", "This hand-out has {documents} documents and {cards} cards.").format(
                documents=sheet.documents, cards=sheet.cards
            )
        )

    def choice(self) -> DealChoice | None:
        """The trainer's choice (None when the session has no hand-out)."""
        handout = self.handout.currentData()
        if handout is None:
            return None
        per_group = None if self.every.isChecked() else self.per_group.value()
        return DealChoice(str(handout), str(self.material.currentData()), per_group)


class DurationFields(QWidget):
    """Minutes and seconds, side by side."""

    def __init__(self, ns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        total = max(0, ns // SECOND)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 60)
        self.minutes.setSuffix(translate("Room", " min"))
        self.minutes.setValue(total // 60)
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 59)
        self.seconds.setSingleStep(15)
        self.seconds.setSuffix(" s")
        self.seconds.setValue(total % 60)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minutes)
        row.addWidget(self.seconds)
        row.addStretch(1)

    def value(self) -> int:
        """The duration chosen, in ns."""
        return (self.minutes.value() * 60 + self.seconds.value()) * SECOND


@dataclass(frozen=True)
class TurnsChoice:
    """Group turns: the time of each, and their order."""

    each: int  # ns
    order: str  # "groups" or "shuffled"


class TurnsDialog(QDialog):
    """A turn per group: the time per group (proposed), and in which order."""

    def __init__(
        self, *, proposed: int, groups: int, remaining: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Room", "Group turns"))
        self._groups = groups
        self._remaining = remaining
        self.each = DurationFields(proposed)
        self.order = QComboBox()
        self.order.addItem(translate("Room", "In group order (Group 1 first)"), "groups")
        self.order.addItem(translate("Room", "Shuffled"), "shuffled")
        self.total = plain_label()
        self.total.setObjectName("turns-total")
        self.each.minutes.valueChanged.connect(self._show_total)
        self.each.seconds.valueChanged.connect(self._show_total)
        self._show_total()
        form = QFormLayout()
        form.addRow(translate("Room", "Time per group:"), self.each)
        form.addRow(translate("Room", "Order:"), self.order)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(_buttons(self))

    def _show_total(self) -> None:
        each = self.each.value()
        self.total.setText(
            translate(
                "Room", "{turns} turns of {each} take {total}; {left} remain in this step."
            ).format(
                turns=self._groups,
                each=duration(each),
                total=duration(each * self._groups),
                left=duration(self._remaining),
            )
        )

    def choice(self) -> TurnsChoice:
        """The trainer's choice."""
        return TurnsChoice(self.each.value(), str(self.order.currentData()))


class TurnTimeDialog(QDialog):
    """The time of each turn, for the turn under way and those waiting."""

    def __init__(self, each: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Room", "Time per turn"))
        self.each = DurationFields(each)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(translate("Room", "Time per turn (the turn under way and those waiting):"))
        )
        layout.addWidget(self.each)
        layout.addWidget(_buttons(self))

    def choice(self) -> int:
        """The time chosen, in ns."""
        return self.each.value()
