"""The presenter console's commands that need a dialog, a confirmation or remembered state.

Jumping to another step and restarting a step ask first; moving to the next
step says how to go back (P). Everything the trainer chooses (thresholds,
volume, mute, layout, checklist ticks) is remembered in :class:`ConsoleSettings`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator.agenda.agenda import Agenda
from facilitator.console.chimes import Chime
from facilitator.console.reload import file_back, file_gone, reload_notice
from facilitator.engine.session import RunState
from facilitator.i18n import translate
from facilitator.paths import bundled_sessions
from facilitator.ui.controller import SessionController
from facilitator.ui.markup import autotext

if TYPE_CHECKING:
    # The dialogs load when first opened, not before the first paint (issue 14).
    from facilitator.ui.dialogs.keys_dialog import KeysDialog
    from facilitator.ui.presenter.window import PresenterWindow


class ConsoleCommands:
    """Handlers for the console's own commands, bound to one presenter window."""

    def __init__(self, window: PresenterWindow, controller: SessionController) -> None:
        self.window = window
        self.controller = controller
        self.keys_dialog: KeysDialog | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        """Command name to handler, for :func:`facilitator.ui.actions.build_actions`."""
        return {
            "next_step": self.next_step,
            "restart_step": self.restart_step,
            "set_remaining": self.set_remaining,
            "jump_to_selected": self.jump_to_selected,
            "toggle_lock": self.toggle_lock,
            "plan_catchup": self.plan_catchup,
            "accept_catchup": self.accept_catchup,
            "dismiss_catchup": self.dismiss_catchup,
            "undo_catchup": self.undo_catchup,
            "find_reference": self.find_reference,
            "toggle_mute": self.toggle_mute,
            "preferences": self.preferences,
            "show_keys": self.show_keys,
            "reset_layout": self.reset_layout,
        }

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question; True for yes."""
        answer = QMessageBox.question(self.window, title, autotext(text))
        return answer == QMessageBox.StandardButton.Yes

    # --- steps ---------------------------------------------------------------

    def next_step(self) -> None:
        """Move on, and say how to undo it."""
        before = self.controller.run.index
        self.controller.next_step()
        run = self.controller.run
        if run.state is RunState.FINISHED:
            self.window.show_message(
                translate("Console", "Session finished · P reopens the last step")
            )
        elif run.index != before:
            self.window.show_message(
                translate(
                    "Console", "Step {number}: {title} · P goes back to where you were"
                ).format(number=run.index + 1, title=run.step.title)
            )

    def restart_step(self) -> None:
        """Restart the current step's countdown, after a confirmation once it has run."""
        run = self.controller.run
        if run.state in (RunState.RUNNING, RunState.PAUSED) and not self.ask(
            translate("Console", "Restart this step"),
            translate(
                "Console",
                "Start “{title}” again from its full time?\n\n"
                "The time already spent stays in the record.",
            ).format(title=run.step.title),
        ):
            return
        self.controller.restart_step()

    def set_remaining(self) -> None:
        """Ask for the exact time left of the current step."""
        from facilitator.ui.dialogs.time_dialogs import SetRemainingDialog

        dialog = SetRemainingDialog(self.controller.snapshot().remaining, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.set_remaining(dialog.remaining())

    def confirm_jump(self, index: int) -> None:
        """Jump to step ``index`` after the trainer confirms."""
        run = self.controller.run
        if index == run.index or not 0 <= index < run.step_count:
            return
        title = self.controller.agenda.steps[index].title
        if self.ask(
            translate("Console", "Jump to another step"),
            translate(
                "Console", "Jump to step {number}, “{title}”?\n\nThe current step ends now."
            ).format(number=index + 1, title=title),
        ):
            self.controller.go_to_step(index)

    def jump_to_selected(self) -> None:
        """Jump to the step selected in the list (asks first)."""
        self.confirm_jump(self.window.step_list.selected_row())

    def toggle_lock(self) -> None:
        """Lock or free the selected step's minutes for the catch-up planner."""
        row = self.window.step_list.selected_row()
        step = self.controller.agenda.steps[row]
        if self.window.console.toggle_lock(step.id):
            text = translate("Console", "“{title}” keeps its minutes (locked)")
        else:
            text = translate("Console", "“{title}” may change in a catch-up plan")
        self.window.show_message(text.format(title=step.title))

    # --- catch-up ------------------------------------------------------------

    def plan_catchup(self) -> None:
        """Show the catch-up proposal now, whatever the drift; or say why there is none."""
        reason = self.window.console.ask_catchup(self.controller.run, self.controller.now())
        if reason is not None:
            self.window.show_message(reason)

    def accept_catchup(self) -> None:
        """Use the proposed minutes for the steps to come (the plan on show, as it is now)."""
        plan = self.window.console.accept_catchup(self.controller.run, self.controller.now())
        if plan is None:
            return
        self.controller.adjust_steps({index: new - old for index, old, new in plan.changes})
        self.window.show_message(
            translate("Console", "Catch-up plan accepted: the step list shows the new minutes")
        )

    def undo_catchup(self) -> None:
        """Give the steps to come back the minutes they had before the last accepted plan."""
        deltas = self.window.console.undo_catchup(self.controller.run, self.controller.now())
        if deltas is None:
            return
        self.controller.adjust_steps(deltas)  # journaled as plan adjustments, like the plan
        self.window.show_message(
            translate("Console", "Catch-up plan undone: the steps to come have their minutes back")
        )

    def dismiss_catchup(self) -> None:
        """Keep the plan as it is."""
        self.window.console.dismiss_catchup(self.controller.run, self.controller.now())

    # --- reference, sound, preferences, keys ---------------------------------

    def find_reference(self) -> None:
        """Open the reference tab with the cursor in its search box."""
        window = self.window
        window.tabs.setCurrentWidget(window.reference)
        # The console may not be the active window (the trainer last clicked the projector).
        window.activateWindow()
        window.reference.focus_search()
        window.keyboard.typing_starts()

    def save_ticks(self, ticks: set[str]) -> None:
        """Remember the ticked checklist items of this agenda."""
        self.window.settings.set_ticks(str(self.controller.agenda.path), ticks)

    def toggle_mute(self) -> None:
        """Silence the chimes, or let them be heard."""
        muted = not self.window.chimes.muted
        self.window.chimes.set_muted(muted)
        self.window.settings.muted = muted
        self.window.actions_by_name["toggle_mute"].setChecked(muted)
        self.window.show_message(
            translate("Console", "Chimes muted") if muted else translate("Console", "Chimes on")
        )

    def preferences(self) -> None:
        """Preferences: language, name, default session, projector, thresholds, chimes."""
        from facilitator.ui.dialogs.settings_dialog import SettingsDialog

        settings = self.window.settings
        before = settings.current
        chimes = self.window.chimes
        screens = [screen.name() for screen in QGuiApplication.screens()]
        dialog = SettingsDialog(
            before,
            screens=screens,
            sessions=bundled_sessions(),
            sound_problem=chimes.problem,
            play=lambda volume: chimes.preview(Chime.WARNING, volume),
            parent=self.window,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chimes.restore()
        if not accepted:
            return
        chosen = dialog.preferences()
        settings.save(chosen)
        self.apply_settings()
        projector = self.controller.projector
        projector.set_defaults(chosen.timer_style, chosen.theme)
        # Chosen now, so shown now; the Projector menu still changes them live.
        if chosen.theme != before.theme:
            projector.set_theme(chosen.theme)
        if chosen.timer_style != before.timer_style:
            projector.set_timer_style(chosen.timer_style)
        projector.set_text_size(chosen.text_size)
        if chosen.trainer_name != projector.trainer_name:
            projector.set_trainer_name(chosen.trainer_name)
        self.window.preferencesChanged.emit(chosen)
        if chosen.language != before.language:
            self.window.show_message(
                translate(
                    "Settings",
                    "The new language is used from the next start of Facilitator.",
                ),
                15_000,
            )

    def apply_settings(self) -> None:
        """Put the remembered choices into effect."""
        settings = self.window.settings
        self.controller.set_default_fractions(settings.fractions)
        chimes = self.window.chimes
        chimes.set_volume(settings.volume)
        chimes.set_muted(settings.muted)
        self.window.actions_by_name["toggle_mute"].setChecked(settings.muted)
        self.show_sound_state()

    def show_sound_state(self) -> None:
        """The status bar's word on the chimes: on, muted, or why they cannot be heard."""
        chimes = self.window.chimes
        label = self.window.sound_label
        if chimes.problem:
            # Said once, where the sound's state always is (a passing message beside it
            # drew the same words twice, overlapping); the reason is its tooltip.
            label.setText(translate("Console", "sound unavailable"))
            label.setToolTip(
                translate("Console", "{problem}; the session goes on").format(
                    problem=chimes.problem.capitalize()
                )
            )
            label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        elif chimes.pending:
            label.setText("")  # the player is still being asked (a moment)
            label.setToolTip("")
            label.setStyleSheet("")
        else:
            label.setText(
                translate("Console", "chimes muted")
                if chimes.muted
                else translate("Console", "chimes on")
            )
            label.setToolTip("")
            label.setStyleSheet("")

    def show_keys(self) -> None:
        """The cheat sheet of every key (not modal: the session goes on)."""
        if self.keys_dialog is None:
            from facilitator.ui.dialogs.keys_dialog import KeysDialog

            self.keys_dialog = KeysDialog(self.window.actions_by_name, self.window)
        self.keys_dialog.show()
        self.keys_dialog.raise_()

    # --- the agenda file -----------------------------------------------------

    def on_reloaded(self, agenda: Agenda, changes: list[str]) -> None:
        """The saved agenda loaded: take it, keep the run, say what changed.

        When the new version leaves the current step out, the session moves on
        (the engine keeps the step's time): the band says so.
        """
        run = self.controller.run
        before = run.step
        state = run.state
        self.controller.replace_agenda(agenda)
        gone = before.title if before.id not in {s.id for s in agenda.steps} else None
        text = reload_notice(
            agenda.path.name,
            changes,
            gone=gone,
            number=run.index + 1,
            title=run.step.title,
            under_way=state in (RunState.RUNNING, RunState.PAUSED),
            finished=state is RunState.FINISHED,
        )
        # Moving on is news the trainer must see: it stays until dismissed.
        self.window.notice.show_notice(
            text, "info" if gone is None else "warning", "\n".join(changes)
        )

    def on_agenda_gone(self, file: str) -> None:
        """The agenda file is not there any more: the session goes on with what is loaded."""
        self.window.notice.show_notice(file_gone(file), "warning")

    def on_agenda_back(self, file: str) -> None:
        """The agenda file is there again, as it was."""
        self.window.notice.show_notice(file_back(file), "info")

    def on_reload_failed(self, message: str) -> None:
        """The saved agenda is broken: keep the old one, show why."""
        first = message.strip().splitlines()[:3]
        self.window.notice.show_notice(
            translate(
                "Console",
                "The saved agenda has a problem, so the session goes on with the version loaded "
                "before. Fix the file and save it again.",
            )
            + "\n"
            + "\n".join(first),
            "error",
            message,
        )

    # --- layout --------------------------------------------------------------

    def save_layout(self) -> None:
        """Remember the window's geometry, splitters and tab."""
        self.window.window_layout.save()

    def restore_splitters(self) -> None:
        """Splitter positions, once the window has its size (they are in pixels), checked."""
        self.window.window_layout.restore_panes()

    def restore_layout(self) -> None:
        """Bring back the geometry, tool bar and tab of the last time, made to fit."""
        self.window.window_layout.restore_window()

    def reset_layout(self) -> None:
        """Forget the saved layout and put the window and its panes where a fresh start would."""
        self.window.window_layout.reset()
        self.window.show_message(
            translate("Console", "Window layout reset: the default size and panes")
        )
