"""What the presenter console shows: step, countdown, session bar, step list, previews."""

from __future__ import annotations

from facilitator.engine.clock import MINUTE, SECOND
from facilitator.engine.timer import Phase
from facilitator.ui.presenter.countdown import PHASE_BADGES
from facilitator.ui.presenter.step_list import ACTUAL_COLUMN, PLAN_COLUMN, STEP_COLUMN
from facilitator.ui.presenter.step_view import guiding_questions
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings
from tests.ui.qt_helpers import current_row, step_row

__all__ = ["console", "console_factory", "tmp_settings"]


def test_current_step_shows_instructions_materials_and_guiding_questions(
    console: Console,
) -> None:
    window = console.window
    console.controller.start()
    console.controller.go_to_step(2)
    text = window.instructions.toPlainText()
    assert "Verdeel de deelnemers in groepen" in text
    assert "Materials" in text and "Hand-out 1: Onderwijskundige documenten" in text
    assert "Guiding questions" in text
    assert "Wordt er genderbewust taalgebruik gehanteerd?" in text
    # Markdown is rendered: the bullets became a list, not literal dashes.
    assert "- Verdeel" not in text
    assert window.instructions.document().toHtml().count("<li") >= 4
    assert window.countdown.title.text() == (
        "Groepsactiviteit: onderwijskundige documenten analyseren"
    )


def test_guiding_questions_come_from_projected_questions_and_handouts(console: Console) -> None:
    agenda = console.controller.agenda
    questions = guiding_questions(agenda, agenda.steps[2])
    # The hand-out's own questions and the step's projected ones, each once.
    assert "Is de taal gendergevoelig en inclusief?" in questions
    assert "Wat valt je op aan de inhoud en de beoogde doelgroep?" in questions
    assert len(questions) == len(set(questions))
    assert guiding_questions(agenda, agenda.steps[0]) == [
        "Kent u een leerplan dat gendergevoelig is? Wat vindt u daarvan?"
    ]


def test_countdown_marks_each_phase_with_words_and_shape_not_colour_alone(
    console: Console,
) -> None:
    panel = console.window.countdown
    assert panel.badge.text() == "READY"
    console.controller.start()
    seen = {}
    # Step 1: 10 minutes; warning at 2:00 left, danger at 1:00, then overtime.
    for at, phase in (
        (MINUTE, Phase.NORMAL),
        (8 * MINUTE + SECOND, Phase.WARNING),
        (9 * MINUTE + SECOND, Phase.DANGER),
        (10 * MINUTE + 5 * SECOND, Phase.OVERTIME),
    ):
        console.advance(at - console.controller.run.timer.elapsed(console.clock.now()))
        assert panel.phase is phase
        assert panel.badge.text() == PHASE_BADGES[phase]
        seen[phase] = panel.shape.pixmap().toImage()
    # Every phase has its own shape (the images differ even without colour).
    grey = [img.convertToFormat(img.Format.Format_Grayscale8) for img in seen.values()]
    assert len({bytes(g.constBits()) for g in grey}) == len(grey)
    assert panel.digits.text() == "+0:05"
    assert "counting up" in panel.status.text()


def test_paused_countdown_says_so(console: Console) -> None:
    console.controller.start()
    console.advance(MINUTE)
    console.controller.toggle_running()
    assert console.window.countdown.badge.text() == "PAUSED"
    assert "PAUSED" in console.window.countdown.status.text()


def test_session_bar_shows_time_of_day_elapsed_ends_and_drift_in_words(
    console: Console,
) -> None:
    bar = console.window.session_bar
    assert bar.labels["now"].text() == "Now 09:00"
    assert bar.labels["planned"].text() == "Planned end 10:30"
    assert bar.labels["projected"].isHidden()
    console.controller.start()
    console.advance(13 * MINUTE)  # step 1 is 10 min: 3 min late
    assert bar.labels["now"].text() == "Now 09:13"
    assert bar.labels["elapsed"].text() == "Elapsed 13:00"
    assert bar.labels["projected"].text() == "Projected end 10:33"
    assert bar.labels["drift"].text() == "3 min behind plan"
    assert "3 min behind plan" in console.window.session_label.text()
    console.controller.next_step()
    console.controller.remove_minute()
    console.controller.remove_minute()
    console.controller.remove_minute()
    console.controller.remove_minute()
    assert bar.labels["drift"].text() == "1 min ahead of plan"


def test_step_list_shows_planned_times_actual_minutes_and_the_current_step(
    console: Console,
) -> None:
    steps = console.window.step_list
    console.controller.start()
    first = step_row(steps, 0)
    assert (first.text(1), first.text(2)) == ("09:00", "09:10")
    console.advance(12 * MINUTE)
    console.controller.next_step()
    first, second, third = (step_row(steps, i) for i in range(3))
    assert first.text(ACTUAL_COLUMN) == "12 min"
    assert (first.text(1), first.text(2)) == ("09:00", "09:12")
    assert (second.text(1), second.text(2)) == ("09:12", "09:27")
    assert (third.text(1), third.text(2)) == ("09:27", "09:52")
    assert second.font(STEP_COLUMN).bold() and not third.font(STEP_COLUMN).bold()
    assert current_row(steps) == second.row
    # Time control shows at once in the list.
    console.controller.add_minute()
    assert (second.text(2), third.text(1)) == ("09:28", "09:28")
    assert second.text(PLAN_COLUMN) == "15 → 16 min"


def test_miniature_and_next_preview_follow_the_projector(console: Console) -> None:
    window = console.window
    controller = console.controller
    assert window.miniature.slide == controller.projector.current_slide()
    assert window.preview.next_miniature.slide == controller.projector.next_slide()
    assert "Kent u een leerplan" in window.next_item_label.text()
    controller.projector.next_item()
    assert window.miniature.slide == controller.projector.current_slide()
    assert "Last item" in window.next_item_label.text()
    controller.projector.toggle_blank()
    assert window.miniature.blank
    assert "Black screen" in window.projected_label.text()


def test_page_down_at_the_last_item_never_moves_to_the_next_step(console: Console) -> None:
    controller = console.controller
    controller.start()
    action = console.window.actions_by_name["next_item"]
    for _ in range(10):
        action.trigger()
    assert controller.run.index == 0
