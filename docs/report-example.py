"""Make the example report: docs/report-example.md, .pdf and .png (its chart).

A dry run of STEAM Coach session 1 at 60x speed, driven through the real
app (FacilitatorApp and its named commands) by a script instead of a
trainer's hands: the trainer's actions happen at fixed session times, so the
example is the same every time it is made. The journal is written and read
back exactly as in a real run, and the report is built from it.

    QT_QPA_PLATFORM=offscreen python docs/report-example.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent


def main() -> None:
    """Record the scripted dry run and write the three files."""
    os.environ["FACILITATOR_DATA_DIR"] = tempfile.mkdtemp(prefix="facilitator-example-")
    from PySide6.QtWidgets import QApplication

    from facilitator.agenda.load import load_agenda
    from facilitator.cli import AppOptions
    from facilitator.engine.clock import MINUTE, SECOND, FakeClock
    from facilitator.paths import default_agenda, runs_dir
    from facilitator.reports.export import write_report
    from facilitator.reports.runs import find_run, report_for
    from facilitator.ui.app import FacilitatorApp
    from facilitator.ui.dialogs.report_chart import ChartWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = FakeClock(1_000 * SECOND)
    facilitator = FacilitatorApp(AppOptions(speed=60.0), load_agenda(default_agenda()), clock)
    c = facilitator.controller

    def after(minutes: float) -> None:
        clock.advance(round(minutes * MINUTE))

    c.start()
    after(11.5)  # the icebreaker runs long
    c.next_step()
    after(5)
    c.add_minute()  # questions during the presentation
    after(11)
    c.next_step()
    after(10)
    c.pause()  # a break in the group activity
    after(3)
    c.toggle_running()
    after(17)
    c.next_step()
    after(13)
    c.next_step()
    c.remove_minute()  # catching up
    after(14.5)
    c.next_step()
    after(10.25)
    c.next_step()  # the last step: the session finishes
    c.shutdown()

    report = report_for(find_run(runs_dir(), "latest"))
    for fmt in ("md", "pdf"):
        write_report(report, fmt, DOCS / f"report-example.{fmt}")
    chart = ChartWidget()
    chart.resize(900, 340)
    chart.set_report(report)
    chart.grab().save(str(DOCS / "report-example.png"))
    del app
    print(f"wrote {DOCS / 'report-example.md'}, .pdf and .png")


if __name__ == "__main__":
    main()
