"""The room's dialogs give back what the trainer chose, and say what is wrong in words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.ui.dialogs.room_dialogs import (
    DealChoice,
    DealDialog,
    GroupChoice,
    GroupsDialog,
    HandoutChoice,
    TurnsDialog,
)


def test_the_group_maker_starts_from_the_step_and_the_room(qtbot: QtBot) -> None:
    dialog = GroupsDialog(count=0, names="Anna\nBo", step_size=PAIRS, step_title="Tweetallen")
    qtbot.addWidget(dialog)
    assert dialog.by_names.isChecked() and dialog.by_step.isChecked()
    assert dialog.choice() == GroupChoice("Anna\nBo", PAIRS, None)
    dialog.count.setValue(17)  # typing a number chooses the number
    dialog.size_field.setText("3-5")
    dialog.by_size.setChecked(True)
    assert dialog.choice() == GroupChoice(17, GroupSize(3, 5), None)
    dialog.number.setValue(5)
    assert dialog.choice() == GroupChoice(17, None, 5)


def test_a_size_that_is_no_size_keeps_the_dialog_open_and_says_why(qtbot: QtBot) -> None:
    dialog = GroupsDialog(count=12, names="", step_size=None, step_title="Stap")
    qtbot.addWidget(dialog)
    assert not dialog.by_step.isVisibleTo(dialog)
    dialog.size_field.setText("5-3")
    dialog.by_size.setChecked(True)
    dialog.accept()
    assert dialog.result() == 0 and not dialog.problem.isHidden()
    assert "write the smaller number first" in dialog.problem.text()
    dialog.by_names.setChecked(True)
    assert dialog.choice() == "Type the names of the people, or choose a number of people."


def test_the_deal_dialog_proposes_the_steps_deal(qtbot: QtBot) -> None:
    sheets = [HandoutChoice("hand-out-2", "Hand-out 2", 0, 4)]
    dialog = DealDialog(sheets, DealChoice("hand-out-2", "cards", 2))
    qtbot.addWidget(dialog)
    assert dialog.counts.text() == "This hand-out has 0 documents and 4 cards."
    assert dialog.choice() == DealChoice("hand-out-2", "cards", 2)
    dialog.every.setChecked(True)
    assert dialog.choice() == DealChoice("hand-out-2", "cards", None)


def test_the_turns_dialog_says_what_the_turns_take(qtbot: QtBot) -> None:
    dialog = TurnsDialog(proposed=2 * MINUTE, groups=6, remaining=14 * MINUTE + 30 * SECOND)
    qtbot.addWidget(dialog)
    assert dialog.total.text() == "6 turns of 2:00 take 12:00; 14:30 remain in this step."
    dialog.each.seconds.setValue(30)
    assert dialog.choice().each == 150 * SECOND


def test_the_group_maker_takes_the_number_typed_at_once(qtbot: QtBot) -> None:
    """Ctrl+G, a number, Enter: the keyboard is in the count, its old value selected."""
    dialog = GroupsDialog(count=1, names="", step_size=GroupSize(3, 5), step_title="Stap")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.count
    qtbot.keyClicks(dialog.count, "14")
    assert dialog.choice() == GroupChoice(14, GroupSize(3, 5), None)
    named = GroupsDialog(count=0, names="Anna\nBo", step_size=None, step_title="Stap")
    qtbot.addWidget(named)
    named.show()
    qtbot.waitExposed(named)
    assert named.focusWidget() is named.names
