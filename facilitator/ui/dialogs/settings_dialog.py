"""Preferences (Ctrl+,): one dialog for everything the trainer chooses once.

Three pages: the interface (language, the trainer's name, the session that
opens at start), the projector (screen, theme, timer style, text size) and
timing and sound (the default warning and danger thresholds, the chimes). The
dialog shows a :class:`~facilitator.preferences.Preferences` and gives one
back (:meth:`SettingsDialog.preferences`); storing and applying it is
``presenter/commands.py``'s job. Built when first asked for, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.engine.timer import ThresholdFractions
from facilitator.i18n import LANGUAGES, translate, translate_marked
from facilitator.paths import BundledSession
from facilitator.preferences import MAX_NAME, TEXT_SIZES, THEMES, TIMER_STYLES, Preferences
from facilitator.projection.look import TimerStyle
from facilitator.projection.themes import THEMES as THEME_LOOKS
from facilitator.ui.markup import plain_label
from facilitator.ui.projector.canvas import TIMER_STYLE_LABELS


def _text_size_label(size: int) -> str:
    if size == 30:
        return translate("Settings", "Normal: at least 1/30 of the screen's height")
    return translate("Settings", "Larger: at least 1/{size} of the screen's height").format(
        size=size
    )


class SettingsDialog(QDialog):
    """Language, name, default session; projector; thresholds and chimes."""

    def __init__(
        self,
        prefs: Preferences,
        *,
        screens: Sequence[str] = (),
        sessions: Sequence[BundledSession] = (),
        sound_problem: str | None = None,
        play: Callable[[int], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(translate("Settings", "Preferences"))
        self._prefs = prefs
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_page(prefs, sessions), translate("Settings", "General"))
        self.tabs.addTab(self._projector_page(prefs, screens), translate("Settings", "Projector"))
        self.tabs.addTab(
            self._timing_page(prefs, sound_problem, play), translate("Settings", "Timing and sound")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    # --- the pages -----------------------------------------------------------

    def _general_page(self, prefs: Preferences, sessions: Sequence[BundledSession]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.addItem(translate("Settings", "As the system is set"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        form.addRow(translate("Settings", "&Language"), self.language)
        note = plain_label(
            translate(
                "Settings",
                "The windows and dialogs speak it from the next start. The projector always "
                "speaks the session's own language.",
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.trainer_name = QLineEdit(prefs.trainer_name)
        self.trainer_name.setMaxLength(MAX_NAME)
        self.trainer_name.setPlaceholderText(translate("Settings", "as the title screen shows it"))
        form.addRow(translate("Settings", "Your &name"), self.trainer_name)
        self.default_session = QComboBox()
        self.default_session.addItem(translate("Settings", "STEAM Coach session 1 (bundled)"), "")
        for bundled in sessions:
            label = f"{bundled.title} ({bundled.language_name})"
            self.default_session.addItem(label, str(bundled.path))
        if prefs.default_session and self.default_session.findData(prefs.default_session) < 0:
            self.default_session.addItem(Path(prefs.default_session).name, prefs.default_session)
        self.default_session.setCurrentIndex(
            max(0, self.default_session.findData(prefs.default_session))
        )
        choose = QPushButton(translate("Settings", "Choose a file…"))
        choose.clicked.connect(self._choose_session)
        row = QHBoxLayout()
        row.addWidget(self.default_session, 1)
        row.addWidget(choose)
        form.addRow(translate("Settings", "Opens at start"), row)
        return page

    def _projector_page(self, prefs: Preferences, screens: Sequence[str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.projector_screen = QComboBox()
        self.projector_screen.addItem(
            translate("Settings", "Automatic: the largest screen that is not yours"), ""
        )
        for name in screens:
            self.projector_screen.addItem(name, name)
        if prefs.projector_screen and self.projector_screen.findData(prefs.projector_screen) < 0:
            self.projector_screen.addItem(
                translate("Settings", "{name} (not connected now)").format(
                    name=prefs.projector_screen
                ),
                prefs.projector_screen,
            )
        self.projector_screen.setCurrentIndex(
            max(0, self.projector_screen.findData(prefs.projector_screen))
        )
        form.addRow(translate("Settings", "&Screen"), self.projector_screen)
        self.theme = QComboBox()
        for name in THEMES:
            self.theme.addItem(translate_marked("Projector", THEME_LOOKS[name].label), name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        form.addRow(translate("Settings", "&Theme"), self.theme)
        self.timer_style = QComboBox()
        for style in TIMER_STYLES:
            label = translate_marked("Projector", TIMER_STYLE_LABELS[TimerStyle(style)])
            self.timer_style.addItem(label, style)
        self.timer_style.setCurrentIndex(max(0, self.timer_style.findData(prefs.timer_style)))
        form.addRow(translate("Settings", "T&imer"), self.timer_style)
        note = plain_label(
            translate(
                "Settings",
                "Theme and timer are used when the agenda chooses none; the Projector menu "
                "changes them during a session.",
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.text_size = QComboBox()
        for size in TEXT_SIZES:
            self.text_size.addItem(_text_size_label(size), size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(prefs.text_size)))
        form.addRow(translate("Settings", "Te&xt size"), self.text_size)
        return page

    def _timing_page(
        self, prefs: Preferences, sound_problem: str | None, play: Callable[[int], object] | None
    ) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.warning = QDoubleSpinBox()
        self.danger = QDoubleSpinBox()
        for box, value in ((self.warning, prefs.warning), (self.danger, prefs.danger)):
            box.setRange(0, 90)
            box.setDecimals(0)
            box.setSuffix(translate("Settings", " % of the step left"))
            box.setValue(round(value * 100))
        form.addRow(translate("Settings", "&Warning at"), self.warning)
        form.addRow(translate("Settings", "&Danger at"), self.danger)
        hint = plain_label(
            translate(
                "Settings",
                "Used where the agenda sets no thresholds. 20 % / 10 % means a 10-minute step "
                "warns at 2:00 and a 25-minute step at 5:00.",
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(prefs.volume)
        self.play = QPushButton(translate("Settings", "&Play"))
        self.play.setEnabled(play is not None and not sound_problem)
        if play is not None:
            self.play.clicked.connect(lambda _checked=False: play(self.volume.value()))
        row = QHBoxLayout()
        row.addWidget(self.volume, 1)
        row.addWidget(self.play)
        form.addRow(translate("Settings", "Chime volume"), row)
        self.muted = QCheckBox(translate("Settings", "&Mute the chimes"))
        self.muted.setChecked(prefs.muted)
        form.addRow("", self.muted)
        if sound_problem:
            form.addRow(plain_label(sound_problem[:1].upper() + sound_problem[1:]))
        return page

    # --- choices -------------------------------------------------------------

    def _choose_session(self) -> None:
        current = self.default_session.currentData() or ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Settings", "The session that opens at start"),
            str(Path(current).parent) if current else "",
            translate("Console", "Agendas (*.yaml *.yml);;All files (*)"),
        )
        if name:
            index = self.default_session.findData(name)
            if index < 0:
                self.default_session.addItem(Path(name).name, name)
                index = self.default_session.count() - 1
            self.default_session.setCurrentIndex(index)

    def fractions(self) -> ThresholdFractions:
        """The chosen thresholds; danger never above warning."""
        warning = self.warning.value() / 100
        return ThresholdFractions(warning, min(warning, self.danger.value() / 100))

    def preferences(self) -> Preferences:
        """What the dialog shows now, as preferences."""
        fractions = self.fractions()
        return replace(
            self._prefs,
            language=str(self.language.currentData() or ""),
            trainer_name=" ".join(self.trainer_name.text().split()),
            default_session=str(self.default_session.currentData() or ""),
            projector_screen=str(self.projector_screen.currentData() or ""),
            theme=str(self.theme.currentData()),
            timer_style=str(self.timer_style.currentData()),
            text_size=int(self.text_size.currentData()),
            warning=fractions.warning,
            danger=fractions.danger,
            volume=self.volume.value(),
            muted=self.muted.isChecked(),
        )
