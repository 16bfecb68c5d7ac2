"""Save a picture of every kind of projected item at 1920x1080.

    python -m facilitator.ui.projector.screenshots docs/projector

Uses the projector's own canvas (offscreen unless ``QT_QPA_PLATFORM`` says
otherwise) and the bundled STEAM Coach sessions; a fixed date and trainer
name keep the pictures reproducible.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.agenda.model import ProjectItem
from facilitator.agenda.slides import Slide, slide_for, step_slide, title_screen_slide
from facilitator.engine.timer import Phase
from facilitator.paths import bundled_agendas
from facilitator.projection.projection import step_header
from facilitator.projection.shown import Shown, ShownKind, live_text, shown_slide

SIZE = (1920, 1080)


def _find(agenda: Agenda, kind: str, value: str = "") -> tuple[int, ProjectItem]:
    for index, step in enumerate(agenda.steps):
        for item in step.project:
            data = item.model_dump()
            if kind in data and (not value or str(data[kind]).startswith(value)):
                return index, item
    raise LookupError(f"no {kind} {value} in {agenda.title}")


def main(folder: Path) -> list[Path]:
    """Write the pictures into ``folder``; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from facilitator.projection.themes import THEMES
    from facilitator.ui.projector.canvas import SlideCanvas

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    folder.mkdir(parents=True, exist_ok=True)
    one, two = (load_agenda(path) for path in bundled_agendas()[:2])
    canvas = SlideCanvas()
    canvas.resize(*SIZE)
    written: list[Path] = []

    def shot(
        name: str,
        slide: Slide,
        agenda: Agenda,
        step: int,
        *,
        page: int = 0,
        seconds: int | None = 754,
        phase: Phase = Phase.NORMAL,
        style: str = "digits",
        theme: str = "dark",
        header: bool = True,
        blank: bool = False,
        flash: str = "",
    ) -> None:
        title = agenda.steps[step].title
        language = agenda.session.language
        text = step_header(step, len(agenda.steps), title, language) if header else ""
        canvas.set_theme(THEMES[theme])
        canvas.set_timer_style(style)
        canvas.set_slide(slide, text, page)
        canvas.set_show_timer(header)
        canvas.set_timer(seconds, phase, round(agenda.steps[step].minutes * 60))
        canvas.set_blank(blank)
        if flash:
            canvas.flash(flash)
        path = folder / f"{name}.png"
        canvas.grab().save(str(path))
        if flash:
            canvas._end_flash()
        written.append(path)

    def item(agenda: Agenda, kind: str, value: str = "") -> tuple[Slide, int]:
        step, found = _find(agenda, kind, value)
        return slide_for(agenda, found), step

    title = title_screen_slide(one, date(2026, 11, 28), "An Peeters")
    shot("01-title-screen", title, one, 0, header=False)
    shot("02-step-title", step_slide(one.steps[1]), one, 1)
    slide, step = item(one, "question")
    shot("03-question", slide, one, step)
    slide, step = item(one, "questions")
    shot("04-questions", slide, one, step)
    shot("04-questions-one-at-a-time", slide, one, step, page=canvas.page_count(slide) - 1)
    slide, step = item(one, "document", "hand-out-1/document-a")
    shot("05-document-a", slide, one, step)
    slide, step = item(one, "handout")
    shot("06-handout", slide, one, step)
    slide, step = item(two, "card")
    shot("07-card-large", slide, two, step)
    slide, step = item(two, "cards")
    shot("08-cards-side-by-side", slide, two, step)
    slide, step = item(two, "section", "casestudy-resultaten")
    shot("09-case-study-figures", slide, two, step)
    slide, step = item(two, "section", "casestudy-komm-mach-mint")
    for page in range(canvas.page_count(slide)):
        shot(f"10-case-study-page-{page + 1}", slide, two, step, page=page)
    slide, step = item(two, "section", "oproep-tot-actie")
    for page in range(canvas.page_count(slide)):
        shot(f"11-call-to-action-page-{page + 1}", slide, two, step, page=page)
    slide, step = item(two, "prompt")
    shot("12-prompt", slide, two, step)
    slide, step = item(one, "text")
    shot("13-text", slide, one, step)
    shot("14-black", slide, one, step, blank=True)
    slide, step = item(one, "question")
    shot("20-timer-corner", slide, one, step, style="corner", seconds=95, phase=Phase.WARNING)
    shot("21-timer-hidden", slide, one, step, style="hidden")
    shot("22-timer-disc", slide, one, step, style="disc", seconds=412)
    shot("23-timer-disc-danger", slide, one, step, style="disc", seconds=55, phase=Phase.DANGER)
    shot("24-timer-digits-overtime", slide, one, step, seconds=-75, phase=Phase.OVERTIME)
    shot("25-flash", slide, one, step, seconds=0, phase=Phase.OVERTIME, flash="Tijd!")
    slide, step = item(two, "cards")
    shot("30-theme-light", slide, two, step, theme="light", phase=Phase.WARNING, seconds=170)
    shot("31-theme-high-contrast", slide, two, step, theme="high-contrast")
    slide, step = item(two, "section", "casestudy-resultaten")
    shot("32-figures-light", slide, two, step, theme="light", style="disc", seconds=500)
    # Anything on the projector at once: the break, the wall clock, a question typed live.
    until = datetime(2026, 11, 28, 10, 45)
    pause = Shown(ShownKind.BREAK, until=until)
    canvas.set_live_text(live_text(pause, until - timedelta(minutes=12, seconds=26), "nl"))
    shot("40-break", shown_slide(two, pause), two, 0, header=False)
    clock = Shown(ShownKind.CLOCK)
    canvas.set_live_text(live_text(clock, datetime(2026, 11, 28, 10, 47), "nl"))
    shot("41-clock", shown_slide(two, clock), two, 0, header=False)
    canvas.set_live_text("")
    typed = Shown(ShownKind.QUESTION, text="Wat neem jij mee naar je eigen werkplek?")
    shot("42-question-typed-live", shown_slide(two, typed), two, 3)
    return written


if __name__ == "__main__":
    for written_path in main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/projector")):
        print(written_path)
