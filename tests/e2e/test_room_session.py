"""Session 2 with its room, through the real app on a FakeClock: groups, cards, turns, report.

The trainer makes groups of 3-5 in step 3 (a late arrival joins, someone
leaves), deals Hand-out 2's cards two per group, gives every group a turn in
step 4 (one runs over, one is skipped, one redone, the session pauses during
one), collects the room's thoughts on the wall (a pasted list, themed by drag and
drop, one hidden, one from a phone released) and its "Ik zal..." commitments,
makes pairs in step 5, and finishes; the run's report, in every format, lists
the groups, the dealt cards, each turn's time and the wall, as the wall's
printout does.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.paths import bundled_agendas
from facilitator.printouts.blocks import NoteList
from facilitator.printouts.run_room import room_of_run
from facilitator.printouts.wall import wall_plan
from facilitator.projection.screens import RoomScreen
from facilitator.reports.export import render_report
from facilitator.reports.runs import report_for
from facilitator.room.turns import TurnState
from facilitator.room.wall import Source
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.dialogs.room_dialogs import DealChoice, GroupChoice, TurnsChoice
from facilitator.ui.presenter.wall_commands import SEVERAL, Asker
from tests.ui.qt_helpers import START, single_journal

NAMES = "Anouk, Bram, Chloë, Daan, Eline, Fenna, Gijs, Hüseyin, Inès, Jules, Kübra, Lotte"


class Several(Asker):
    """The trainer adds a pasted list as several notes."""

    def __init__(self) -> None:
        pass

    def how_many(self, count: int) -> str:
        return SEVERAL


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    raw = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def test_session_2_groups_cards_and_turns_end_up_in_the_report(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = FakeClock(START)
    session_2 = next(p for p in bundled_agendas() if p.name.startswith("sessie-2"))
    app = FacilitatorApp(AppOptions(), load_agenda(session_2), clock=clock)
    controller, presenter = app.controller, app.presenter
    presenter.confirm_quit = False
    qtbot.addWidget(presenter)
    qtbot.addWidget(app.projector)
    app.show()
    room, commands = controller.room, presenter.room_commands

    def press(name: str) -> None:
        presenter.actions_by_name[name].trigger()

    def advance(ns: int) -> None:
        clock.advance(ns)
        controller.refresh()

    try:
        press("toggle_running")
        advance(10 * MINUTE)
        press("next_step")
        advance(15 * MINUTE)
        press("next_step")  # step 3: groups of 3-5, two cards per group
        assert commands.make_groups_with(GroupChoice(NAMES, GroupSize(3, 5), None))
        assert app.projector.canvas.slide is not None
        assert app.projector.canvas.slide.kind == "groups"  # made groups are shown
        room.add_person("Zoë")  # a late arrival: joins the smallest group
        room.remove_person(2)  # Bram leaves
        assert commands.deal_with(DealChoice("hand-out-2", "cards", 2))
        assert controller.projector.room_screen is RoomScreen.DEAL
        press("show_deal")  # K: off again, back to the item
        assert controller.projector.room_screen is None
        advance(22 * MINUTE)
        press("next_step")  # step 4: every group a turn
        grouping = room.state.grouping
        assert grouping is not None and len(grouping.groups) == 3
        assert commands.plan_turns_with(TurnsChoice(3 * MINUTE, "groups"))
        assert controller.projector.room_screen is RoomScreen.TURN
        press("next_turn")  # Y: group 1
        advance(2 * MINUTE + 30 * SECOND)
        press("next_turn")  # group 2, which runs over
        advance(1 * MINUTE)
        press("toggle_running")  # a pause: the turn's clock stops with the step's
        advance(2 * MINUTE)
        press("toggle_running")
        advance(2 * MINUTE + 20 * SECOND)
        shown = app.projector.canvas.turn_clock
        assert shown is not None and shown.text == "+0:20" and shown.caption == "uitloop"
        press("redo_turn")  # group 2 again, right after
        press("next_turn")  # ends group 2's turn, starts its redo
        advance(30 * SECOND)
        press("skip_turn")  # group 3 will not present
        press("next_turn")  # the last one: it ends
        turns = room.turns()
        assert turns is not None and turns.finished
        assert [t.state for t in turns.turns] == [
            TurnState.DONE,
            TurnState.DONE,
            TurnState.DONE,
            TurnState.SKIPPED,
        ]
        # The wall: the discussion's points pasted as a list, put into a theme.
        wall = presenter.wall_commands
        wall.asker = Several()
        press("write_note")
        assert wall.add_text("- Rolmodellen\n- Taal in vacatures\n- Geheim punt")
        panel = presenter.wall_panel
        one, two, secret = (n.id for n in room.state.wall.notes)
        panel.tree.drop_on(two, panel.note_item(one))  # dropped onto another: a theme
        (theme,) = room.state.wall.themes
        assert room.rename_theme(theme.id, "Zichtbaarheid")
        panel.select_note(secret)
        press("hide_note")
        room.add_note("=HYPERLINK(1)", Source.PARTICIPANT)  # moderated: a phone's note waits
        assert [n.status.value for n in room.state.wall.notes][-1] == "pending"
        press("release_all_notes")
        press("show_wall_themes")
        assert controller.projector.room_screen is RoomScreen.WALL_THEMES
        advance(5 * MINUTE)
        press("next_step")  # step 5: pairs
        assert room.make_groups(size=PAIRS, seed=3)
        advance(15 * MINUTE)
        press("next_step")  # step 6: the call to action
        assert wall.add_text("Ik zal één rolmodel per les noemen")
        advance(10 * MINUTE)
        press("next_step")  # finished
    finally:
        presenter.close()
        app.projector.close()
        controller.shutdown()

    report = report_for(single_journal(data_dir))
    assert report.warnings == ()
    steps_3, steps_5 = report.room.groupings
    assert steps_3.kind == "3-5" and steps_3.people == 12 and steps_5.kind == "pairs"
    assert [g.given for g in steps_3.groups] == [
        "Kaart A + Kaart B",
        "Kaart C + Kaart D",
        "Kaart A + Kaart B",
    ]
    assert any("Zoë" in g.names for g in steps_3.groups)
    assert not any("Bram" in g.names for g in steps_3.groups)
    planned = [t.planned for t in report.room.turns]
    actual = [t.actual for t in report.room.turns]
    overrun = [t.overrun for t in report.room.turns]
    assert planned == [3 * MINUTE] * 4
    assert actual == [150 * SECOND, 200 * SECOND, 30 * SECOND, None]  # the pause left out
    assert overrun == [0, 20 * SECOND, 0, 0]
    assert [t.status for t in report.room.turns] == ["done", "done", "done", "skipped"]

    markdown = render_report(report, "md").decode("utf-8")
    assert "## Groups" in markdown and "## Group turns" in markdown
    assert "Group 2 · 4 people" in markdown and "Kaart C + Kaart D" in markdown
    assert "| Delen in groepen & begeleide discussie | 2 | Group 2 | 3:00 | 3:20 | 0:20 |" in (
        markdown
    )
    assert "Groepsactiviteit: scenario's op de werkplek: 3 groups of 3-5" in markdown
    rows = list(csv.reader(io.StringIO(render_report(report, "csv").decode("utf-8"))))
    turn_header = rows.index(
        [
            "turn_step",
            "step_id",
            "turn",
            "group",
            "planned_min",
            "actual_min",
            "overrun_min",
            "status",
        ]
    )
    assert rows[turn_header + 2][4:7] == ["3.00", "3.33", "0.33"]
    assert ["group_step", "step_id", "size", "group", "people", "given"] in rows
    data = json.loads(render_report(report, "json"))
    assert data["room"]["turns"][1]["overrun_s"] == 20.0
    assert data["room"]["groupings"][0]["groups"][1]["given"] == "Kaart C + Kaart D"
    pdf = text_of(render_report(report, "pdf"))
    for expected in ("Groups", "Group turns", "Kaart C + Kaart D", "Chloë", "3:20", "skipped"):
        assert expected in pdf, expected

    # The wall: the theme's notes, then the others, each with its step and whether it showed.
    notes = [(n.theme, n.text, n.status) for n in report.room.notes]
    assert notes == [
        ("Zichtbaarheid", "Rolmodellen", "on the wall"),
        ("Zichtbaarheid", "Taal in vacatures", "on the wall"),
        ("", "Geheim punt", "hidden"),
        ("", "=HYPERLINK(1)", "on the wall"),
        ("", "Ik zal één rolmodel per les noemen", "on the wall"),
    ]
    assert report.room.notes[0].step_title == "Delen in groepen & begeleide discussie"
    assert report.room.notes[3].source == "participant"
    assert "## The wall" in markdown
    assert "| Zichtbaarheid | Taal in vacatures | on the wall |" in markdown
    note_header = rows.index(["note_step", "step_id", "theme", "note", "kind", "source", "status"])
    phone = rows[note_header + 4]
    assert phone[3] == "'=HYPERLINK(1)"  # a spreadsheet shows it as text, never runs it
    assert rows[note_header + 5][3] == "Ik zal één rolmodel per les noemen"
    assert [n["text"] for n in data["room"]["wall"]][-1] == "Ik zal één rolmodel per les noemen"
    assert data["room"]["wall"][3]["text"] == "=HYPERLINK(1)"  # JSON keeps it as written
    for expected in ("The wall", "Zichtbaarheid", "Taal in vacatures", "Geheim punt (", "één"):
        assert expected in pdf, expected
    # The wall's printout ("what the room said") has the same notes the room saw.
    printed = wall_plan(load_agenda(session_2), room_of_run(single_journal(data_dir)))
    said = " ".join(
        note
        for page in printed.pages
        for block in page.blocks
        if isinstance(block, NoteList)
        for note in block.notes
    )
    for note in ("Rolmodellen", "Taal in vacatures", "=HYPERLINK(1)", "één rolmodel"):
        assert note in said, note
    assert "Geheim punt" not in said
