"""Make the start window and editor screenshots in docs/editor (two sizes each).

Run from the repository root: ``python docs/editor/make_screenshots.py``. The
data folder is a new temporary one: the trainer's own sessions hold a copy of
session 2 (where a card is rewritten and a step's minutes are wrong, for the
check's message), and one run is recorded, so that every list has something.

- ``start-WxH.png``: the start window;
- ``editor-step-WxH.png``: a step of the bundled session 1 with its preview;
- ``editor-card-WxH.png``: a scenario card being rewritten, as the room sees it;
- ``editor-problem-WxH.png``: a step whose minutes the check refuses, the message
  at the field, the plan's fix and the list of problems.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp(prefix="facilitator-shots-"))
os.environ.setdefault(
    "FACILITATOR_SETTINGS", os.path.join(os.environ["FACILITATOR_DATA_DIR"], "s.ini")
)

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facilitator.agenda.load import load_agenda  # noqa: E402
from facilitator.cli import AppOptions  # noqa: E402
from facilitator.editing.edits import SetField, Target  # noqa: E402
from facilitator.editing.saving import save_as_copy  # noqa: E402
from facilitator.editing.workspace import SESSION, open_workspace  # noqa: E402
from facilitator.engine.clock import MINUTE, SECOND, FakeClock  # noqa: E402
from facilitator.paths import default_agenda, sessions_dir  # noqa: E402
from facilitator.ui.app import FacilitatorApp  # noqa: E402
from facilitator.ui.editor.window import EditorWindow  # noqa: E402
from facilitator.ui.start.window import StartWindow  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZES = ((1366, 768), (1920, 1080))
SESSION_2 = default_agenda().parent / "sessie-2-diversiteit-op-de-werkplek.yaml"
CARD_TEXT = (
    "Op het technisch lyceum is een vacature voor teamleider. Twee collega's "
    "solliciteren: Sara, die de leerlingenwerking opzette, en Tom, die al jaren "
    "de werkplaats leidt. De directie twijfelt.\n\n"
    "**Vraag:** welke criteria gebruikt de school, en wie stelt ze op?\n"
)


def settle(app: QApplication) -> None:
    for _ in range(6):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, name: str, size: tuple[int, int]) -> None:
    widget.resize(*size)
    widget.show()
    settle(app)
    if isinstance(widget, EditorWindow):
        widget.update_preview()
        settle(app)
    widget.grab().save(str(OUT / f"{name}-{size[0]}x{size[1]}.png"))


def record_a_run(app: QApplication) -> None:
    """One rehearsal-free run of session 1, two steps in, closed."""
    clock = FakeClock(1_000 * SECOND)
    facilitator = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=clock)
    facilitator.presenter.confirm_quit = False
    facilitator.controller.start()
    clock.advance(10 * MINUTE)
    facilitator.controller.next_step()
    clock.advance(15 * MINUTE)
    facilitator.controller.next_step()
    facilitator.controller.shutdown()
    facilitator.presenter.close()
    facilitator.projector.hide()
    settle(app)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Facilitator")
    mine = save_as_copy(open_workspace(SESSION_2), sessions_dir())
    record_a_run(app)
    for size in SIZES:
        start = StartWindow()
        start.bundled.setCurrentRow(0)
        grab(app, start, "start", size)
        start.close()

        step = EditorWindow(open_workspace(default_agenda()))
        step.confirm_close = False
        step.show_target(Target(SESSION, ("steps", 2)))
        grab(app, step, "editor-step", size)
        step.close()

        card = EditorWindow(open_workspace(mine))
        card.confirm_close = False
        card.show_target(Target(SESSION, ("handouts", 0, "cards", 0)))
        card.push(
            SetField(
                SESSION, ("handouts", 0, "cards", 0, "text"), CARD_TEXT, "Change the card's text"
            )
        )
        grab(app, card, "editor-card", size)
        card.close()

        problem = EditorWindow(open_workspace(mine))
        problem.confirm_close = False
        problem.show_target(Target(SESSION, ("steps", 2)))
        problem.push(SetField(SESSION, ("steps", 2, "minutes"), 0, "Change the step's minutes"))
        problem.bridge.check_now()
        grab(app, problem, "editor-problem", size)
        problem.close()
    print(f"wrote {len(SIZES) * 4} screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
