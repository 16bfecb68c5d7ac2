"""The Reports dialog shows the run's room (groups, turns, the wall) on a tab of its own,
as the exports have it; a run without groups, turns, feedback or notes has no such tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import GroupSize
from facilitator.engine.clock import MINUTE, wall_now
from facilitator.engine.events import opening
from facilitator.engine.journal import Journal
from facilitator.engine.resume_point import boot_id
from facilitator.i18n import set_translator, spoken_language
from facilitator.ui.dialogs.report_dialog import ReportDialog
from facilitator.ui.i18n import install_language
from tests.reports.helpers import record, steps_taking, write_jsonl
from tests.ui.qt_helpers import SessionClock, make_controller

NOTES = ["<b>Rolmodellen</b> uitnodigen", "=1+1"]


def _run_with_a_room(agenda: Agenda, clock: SessionClock, path: Path) -> None:
    def new_journal(agenda: Agenda) -> Journal:
        journal = Journal(path)
        journal.write(opening(agenda, speed=1.0, rehearsal=False, boot=boot_id()), 0, wall_now())
        return journal

    controller = make_controller(agenda, clock, journal_factory=new_journal)
    controller.toggle_running()
    controller.go_to_step(2)
    room = controller.room
    assert room.make_groups(people="\n".join(f"P{n}" for n in range(12)), size=GroupSize(3, 5))
    assert room.deal_for_step()
    assert room.add_notes(NOTES)
    controller.go_to_step(3)
    room.plan_turns(2 * MINUTE)
    assert room.next_turn()
    clock.fake.advance(MINUTE)
    controller.refresh()
    controller.shutdown()


def _cells(dialog: ReportDialog) -> set[str]:
    """The texts of every cell of the room tab's tables."""
    return {
        item.text()
        for table in dialog.room.widget().findChildren(QTableWidget)
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if (item := table.item(r, c)) is not None
    }


def test_the_room_tab_shows_groups_turns_and_the_wall(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: Path
) -> None:
    runs = data_dir / "runs"
    runs.mkdir(parents=True)
    _run_with_a_room(agenda_2, session_clock, runs / "room.jsonl")
    write_jsonl(runs / "plain.jsonl", record(steps_taking([10] * 6)))
    dialog = ReportDialog(runs, runs / "room.jsonl")
    qtbot.addWidget(dialog)
    tab = dialog.tabs.indexOf(dialog.room)
    assert dialog.tabs.isTabVisible(tab)
    assert dialog.tabs.tabText(tab) == "The room"
    assert dialog.room.parts == ["Groups", "Group turns", "The wall"]
    cells = _cells(dialog)
    assert set(NOTES) <= cells  # as written: plain text, no formula quoting on screen
    assert "Group 1" in " ".join(cells)
    dialog.chooser.setCurrentIndex(dialog.chooser.findData(str(runs / "plain.jsonl")))
    assert not dialog.tabs.isTabVisible(tab)
    assert dialog.room.parts == []


def test_a_dutch_console_reports_the_groups_in_dutch(
    qtbot: QtBot, qapp: QApplication, agenda_2: Agenda, session_clock: SessionClock, data_dir: Path
) -> None:
    runs = data_dir / "runs"
    runs.mkdir(parents=True)
    _run_with_a_room(agenda_2, session_clock, runs / "room.jsonl")
    saved = QLocale()
    assert install_language(qapp, "nl")
    try:
        assert spoken_language() == "nl"
        dialog = ReportDialog(runs, runs / "room.jsonl")
        qtbot.addWidget(dialog)
        assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.room)) == "De zaal"
        assert dialog.room.parts[0] == "Groepen"
        assert "Groep 1 · 4 personen" in _cells(dialog)
        assert "Group 1" not in " ".join(_cells(dialog))
    finally:
        install_language(qapp, "en")
        set_translator(None)
        QLocale.setDefault(saved)
    assert spoken_language() == "en"
