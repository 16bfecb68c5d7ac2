"""File > Print…: the dialog offers what can be printed, remembers the choices, writes the PDFs."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import FakeClock
from facilitator.engine.journal import Journal
from facilitator.printouts.catalogue import NAMES, Source
from facilitator.printouts.choices import NO_RUN_YET, PrintChoices, offers, read_choices
from facilitator.printouts.run_room import room_of_run
from facilitator.ui.controller import SessionController
from facilitator.ui.dialogs import print_dialog
from facilitator.ui.dialogs.print_dialog import PrintDialog
from facilitator.ui.inhibit import SleepGuard
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.settings import ConsoleSettings
from facilitator.ui.sound import ChimePlayer
from tests.printouts.rooms import fill_room
from tests.ui.console_fixtures import (
    Console,
    FakeInhibitor,
    FakeMultimedia,
    console,
    console_factory,
    tmp_settings,
)

__all__ = ["console", "console_factory", "tmp_settings"]


class Answer:
    """Stands in for the dialog's ``exec``: ticks what it is told, names the folder, says OK."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[PrintDialog] = []
        self.tick: tuple[str, ...] | None = None
        self.folder: Path | None = None
        self.start: time | None = None
        self.accept = True
        answer = self

        def exec_(dialog: PrintDialog) -> int:
            answer.seen.append(dialog)
            if answer.tick is not None:
                for name, box in dialog.boxes.items():
                    box.setChecked(name in answer.tick)
            if answer.folder is not None:
                dialog.folder.setText(str(answer.folder))
            if answer.start is not None:
                dialog.start.setTime(QTime(answer.start.hour, answer.start.minute))
            if not answer.accept:
                return QDialog.DialogCode.Rejected.value
            assert dialog.ok.isEnabled()
            return QDialog.DialogCode.Accepted.value

        monkeypatch.setattr(print_dialog.PrintDialog, "exec", exec_)


def test_print_is_in_the_file_menu_with_ctrl_p_beside_print_hand_outs(console: Console) -> None:
    window = console.window
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    printing = window.actions_by_name["print"]
    handouts = window.actions_by_name["print_handouts"]
    assert printing in file_menu.actions() and handouts in file_menu.actions()  # type: ignore[union-attr]
    assert printing.shortcut() == QKeySequence("Ctrl+P") and printing.text() == "&Print…"
    assert handouts.shortcut() == QKeySequence()  # Ctrl+Shift+P shows the projector


def test_the_dialog_offers_what_can_be_printed_and_says_why_not(
    qtbot: QtBot, agenda_1: Agenda
) -> None:
    offered = offers(Source(agenda_1))
    dialog = PrintDialog(offered, PrintChoices(folder="/ergens"), agenda_1.title)
    qtbot.addWidget(dialog)
    assert list(dialog.boxes) == list(NAMES)
    off = {n for n, box in dialog.boxes.items() if not box.isEnabled()}
    assert off == {"cards", "groups", "wall"}
    assert dialog.chosen_names() == tuple(n for n in NAMES if n not in off)
    reasons = [o.reason for o in offered if o.reason]
    assert reasons[0] == f"“{agenda_1.title}” has no scenario cards."
    assert reasons[1:] == [NO_RUN_YET, NO_RUN_YET]
    # Nothing chosen, or no folder: nothing to write.
    dialog.none.click()
    assert dialog.chosen_names() == () and not dialog.ok.isEnabled()
    dialog.every.click()
    assert dialog.ok.isEnabled()
    dialog.folder.setText("  ")
    assert not dialog.ok.isEnabled()
    # The plan's start matters only for the plan.
    dialog.boxes["plan"].setChecked(False)
    assert not dialog.start.isEnabled()


def test_choices_keep_what_could_not_be_ticked_today(qtbot: QtBot, agenda_1: Agenda) -> None:
    remembered = PrintChoices(("plan", "wall"), "/map", time(10, 0))
    dialog = PrintDialog(offers(Source(agenda_1)), remembered, agenda_1.title)
    qtbot.addWidget(dialog)
    assert dialog.chosen_names() == ("plan",) and dialog.start.time() == QTime(10, 0)
    dialog.boxes["advice"].setChecked(True)
    dialog.start.setTime(QTime(13, 30))
    assert dialog.choices(remembered) == PrintChoices(
        ("advice", "plan", "wall"), "/map", time(13, 30)
    )


def test_remembered_choices_are_read_leniently() -> None:
    choices = PrintChoices(("cards", "plan"), "/map", time(8, 45))
    assert read_choices(choices.values()) == choices
    assert read_choices({}) == PrintChoices()
    odd = read_choices({"what": "plan,kaarten", "folder": 3, "start": "25:99"})
    assert odd == PrintChoices(("plan",), "", time(9, 0))


def test_print_writes_the_chosen_pdfs_and_remembers(
    console_factory: Any, agenda_2: Agenda, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    console = console_factory(agenda_2)
    answer = Answer(monkeypatch)
    answer.tick = ("plan", "cards")
    answer.folder = tmp_path / "afdrukken"
    answer.start = time(13, 0)
    console.window.actions_by_name["print"].trigger()
    assert sorted(p.name for p in answer.folder.iterdir()) == [
        "sessie-2-cards.pdf",
        "sessie-2-plan.pdf",
    ]
    plan = " ".join(p.extract_text() for p in PdfReader(answer.folder / "sessie-2-plan.pdf").pages)
    assert "13:00–13:10" in plan
    message = console.window.last_message
    assert message == (f"2 PDFs written to {answer.folder}: sessie-2-cards.pdf, sessie-2-plan.pdf.")
    # The next time: the same choices, the same folder, the same start.
    answer.tick = answer.folder = answer.start = None
    answer.accept = False
    console.window.actions_by_name["print"].trigger()
    again = answer.seen[-1]
    assert again.chosen_names() == ("cards", "plan")
    assert again.folder.text() == str(tmp_path / "afdrukken")
    assert again.start.time() == QTime(13, 0)


def test_a_folder_that_cannot_be_written_is_explained(
    console: Console, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = Answer(monkeypatch)
    a_file = tmp_path / "bestand"
    a_file.write_text("x", encoding="utf-8")
    answer.tick = ("plan",)
    answer.folder = a_file / "map"
    warnings: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    console.window.actions_by_name["print"].trigger()
    assert len(warnings) == 1
    assert str(a_file / "map") in warnings[0] and "Choose another folder" in warnings[0]
    assert console.window.last_message == f"Nothing was written to {a_file / 'map'}."


def test_groups_and_the_wall_of_the_current_run(
    qtbot: QtBot,
    agenda_2: Agenda,
    tmp_settings: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = FakeClock(1_000_000_000_000)
    nine = datetime(2026, 12, 3, 9, 0).astimezone()
    journal_path = tmp_path / "20261203-090000-sessie-2.jsonl"
    controller = SessionController(
        agenda_2, clock, wall=lambda: nine, journal_factory=lambda _a: Journal(journal_path)
    )
    multimedia = FakeMultimedia()
    window = PresenterWindow(
        controller,
        settings=ConsoleSettings(),
        chimes=ChimePlayer(multimedia=lambda: multimedia),
        sleep_guard=SleepGuard(FakeInhibitor()),
    )
    window.confirm_quit = False
    qtbot.addWidget(window)
    try:
        answer = Answer(monkeypatch)
        answer.accept = False
        window.actions_by_name["print"].trigger()  # before the run: no groups, no wall
        assert {n for n, b in answer.seen[-1].boxes.items() if not b.isEnabled()} == {
            "groups",
            "wall",
        }
        controller.start()
        # The run's room, through the room adapter (which journals every change).
        fill_room(controller.room.room, clock.now())
        answer.accept = True
        answer.tick = ("groups", "wall", "handouts")
        answer.folder = tmp_path / "na-afloop"
        window.actions_by_name["print"].trigger()
        written = sorted(p.name for p in answer.folder.iterdir())
        assert written == ["sessie-2-groups.pdf", "sessie-2-handouts.pdf", "sessie-2-wall.pdf"]
        wall = " ".join(
            PdfReader(answer.folder / "sessie-2-wall.pdf").pages[0].extract_text().split()
        )
        assert "Wat de zaal zei" in wall and "3 december 2026" in wall
        # One copy of the hand-out per group: three covers and their cards.
        assert len(PdfReader(answer.folder / "sessie-2-handouts.pdf").pages) == 6
        # The journal holds the same room: `facilitator print --run` prints the same.
        journal = controller.journal
        assert journal is not None
        assert room_of_run(journal.path, agenda_2).state == controller.room.state
    finally:
        controller.shutdown()
