"""Quick feedback from phones is journaled and in the run's report (md, csv, json), and a
sentence that would be a formula stays text in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import wall_now
from facilitator.engine.events import opening
from facilitator.engine.journal import Journal
from facilitator.engine.resume_point import boot_id
from facilitator.participants.network import Listen
from facilitator.reports.export import csv_text, render_report
from facilitator.reports.runs import report_for
from facilitator.ui.participants.service import ParticipantsService
from tests.ui.participants.phones import Phone, run_in_threads
from tests.ui.qt_helpers import SessionClock, make_controller


def test_feedback_from_phones_is_in_the_report(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, data_dir: Path
) -> None:
    path = data_dir / "runs" / "feedback.jsonl"
    path.parent.mkdir(parents=True)

    def new_journal(agenda: Agenda) -> Journal:
        journal = Journal(path)
        journal.write(opening(agenda, speed=1.0, rehearsal=False, boot=boot_id()), 0, wall_now())
        return journal

    controller = make_controller(agenda_2, session_clock, journal_factory=new_journal)
    service = ParticipantsService(controller, lambda _n: False)
    joined = service.start(Listen("127.0.0.1", 0))
    assert joined is not None
    controller.toggle_running()
    formula = '=HYPERLINK("http://evil.example","klik")'

    def give(device: int, score: int, text: str) -> int:
        phone = Phone(joined.port, device=device)
        body = urllib.parse.urlencode({"id": f"fb{device}", "score": score, "text": text})
        head = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://{phone.host}",
        }
        path = f"/r/{joined.room_code}/feedback"
        status, _, _ = phone.request("POST", path, body.encode(), head)
        phone.request("POST", path, body.encode(), head)  # sent twice: counted once
        phone.close()
        return status

    statuses = run_in_threads(
        qtbot, [lambda: give(2, 5, "Heel nuttig"), lambda: give(3, 4, formula)]
    )
    assert statuses == [200, 200]
    service.stop()
    controller.shutdown()

    report = report_for(path)
    assert sorted((f.score, f.text) for f in report.room.feedback) == [
        (4, formula),
        (5, "Heel nuttig"),
    ]
    markdown = render_report(report, "md").decode()
    assert "## Feedback" in markdown
    assert "2 people gave feedback: 4.5 of 5 on average (1: 0, 2: 0, 3: 0, 4: 1, 5: 1)" in markdown
    assert "- Heel nuttig" in markdown
    rows = list(csv.reader(io.StringIO(render_report(report, "csv").decode())))
    feedback = rows[rows.index(["feedback", "score", "scale", "text"]) + 1 :]
    assert sorted(r[3] for r in feedback) == ["'" + formula, "Heel nuttig"]
    data = json.loads(render_report(report, "json"))
    assert sorted(f["text"] for f in data["room"]["feedback"]) == [formula, "Heel nuttig"]


def test_csv_text_neutralises_formulas_only() -> None:
    assert csv_text("=1+1") == "'=1+1"
    assert csv_text("+31 6 1234") == "'+31 6 1234"
    assert csv_text("-x") == "'-x" and csv_text("@SUM(A1)") == "'@SUM(A1)"
    assert csv_text("Ik zal = doen") == "Ik zal = doen"
