"""The start window: every session to choose from, and the recent runs.

File > Start window (Ctrl+Shift+O). The bundled sessions by their short names,
the trainer's own sessions (their sessions folder), and the latest runs. A
session opens in the presenter (double-click, Open), or in the editor (Edit);
New session… makes one from a blank page, a bundled session or a table.
The window holds no rule: the lists come from :mod:`facilitator.editing.catalogue`.
"""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.editing.catalogue import (
    RecentRun,
    SessionEntry,
    bundled_entries,
    own_entries,
    recent_runs,
)
from facilitator.i18n import translate
from facilitator.paths import runs_dir, sessions_dir
from facilitator.timefmt import moment
from facilitator.ui.markup import autotext, plain_label
from facilitator.ui.start.entries import DETAIL_ROLE, EntryDelegate

PATH_ROLE = Qt.ItemDataRole.UserRole


def _heading(text: str, size: float = 1.15) -> QLabel:
    label = plain_label(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    return label


def _session_item(entry: SessionEntry) -> QListWidgetItem:
    if entry.bundled:
        detail = translate("Start", "{language} · comes with the app").format(
            language=entry.language
        )
    elif entry.changed:
        detail = translate("Start", "{language} · saved {when} · in the folder {folder}").format(
            language=entry.language, when=moment(entry.changed), folder=entry.path.parent.name
        )
    else:
        detail = translate("Start", "{language} · in the folder {folder}").format(
            language=entry.language, folder=entry.path.parent.name
        )
    item = QListWidgetItem(entry.name)
    item.setData(DETAIL_ROLE, detail)
    item.setIcon(qta.icon("fa5s.book-open" if entry.bundled else "fa5s.user-edit"))
    item.setData(PATH_ROLE, str(entry.path))
    item.setToolTip(autotext(f"{entry.title}\n{entry.path}"))
    return item


class StartWindow(QWidget):
    """Choose a session to run or edit; see the recent runs."""

    openRequested = Signal(Path)  # run this session in the presenter
    editRequested = Signal(Path)  # open this session in the editor
    newRequested = Signal()
    fileRequested = Signal()  # choose a file anywhere
    reportRequested = Signal(Path)  # a run's journal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-window")
        self.setWindowTitle(translate("Start", "Start — Facilitator"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.bundled = self._list("bundled-sessions")
        self.own = self._list("own-sessions")
        self.runs = QListWidget()
        self.runs.setObjectName("recent-runs")
        self.runs.setItemDelegate(EntryDelegate(self.runs))
        self.runs.itemDoubleClicked.connect(lambda _i: self._open_run())
        self.own_empty = plain_label(
            translate(
                "Start",
                "None yet. Edit a session and save it as your copy, or make a new session: "
                "they are kept here.",
            )
        )
        self.own_empty.setWordWrap(True)
        self.runs_empty = plain_label(
            translate("Start", "No runs yet: a session's run is recorded from its start.")
        )
        self.runs_empty.setWordWrap(True)
        self.open_button = QPushButton(translate("Start", "Open"))
        self.open_button.setDefault(True)
        self.open_button.setToolTip(
            translate("Start", "Open the session chosen in the presenter, ready to start")
        )
        self.edit_button = QPushButton(translate("Start", "Edit…"))
        self.edit_button.setToolTip(translate("Start", "Change the session chosen in the editor"))
        new_button = QPushButton(translate("Start", "New session…"))
        file_button = QPushButton(translate("Start", "Open a file…"))
        self.open_button.clicked.connect(self._open)
        self.edit_button.clicked.connect(self._edit)
        new_button.clicked.connect(self.newRequested.emit)
        file_button.clicked.connect(self.fileRequested.emit)
        self.run_open_button = QPushButton(translate("Start", "Open its session"))
        self.report_button = QPushButton(translate("Start", "Report…"))
        self.run_open_button.clicked.connect(self._open_run)
        self.report_button.clicked.connect(self._report)
        sessions = QVBoxLayout()
        sessions.addWidget(_heading(translate("Start", "Sessions that come with the app")))
        sessions.addWidget(self.bundled)
        sessions.addWidget(_heading(translate("Start", "My sessions")))
        sessions.addWidget(self.own, 1)
        sessions.addWidget(self.own_empty)
        sessions.addStretch(0)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.edit_button, new_button, file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        sessions.addLayout(buttons)
        recent = QVBoxLayout()
        recent.addWidget(_heading(translate("Start", "Recent runs")))
        recent.addWidget(self.runs, 1)
        recent.addWidget(self.runs_empty)
        run_buttons = QHBoxLayout()
        run_buttons.addWidget(self.run_open_button)
        run_buttons.addWidget(self.report_button)
        run_buttons.addStretch(1)
        recent.addLayout(run_buttons)
        columns = QHBoxLayout()
        columns.addLayout(sessions, 3)
        columns.addSpacing(16)
        columns.addLayout(recent, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(_heading(translate("Start", "Choose a session"), 1.5))
        hint = plain_label(
            translate(
                "Start",
                "Open a session to run it, or edit it first: adapt the cards and hand-outs to "
                "your context. The sessions that come with the app are never changed; your "
                "changes are saved as your own copy.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(columns, 1)
        close = QShortcut(QKeySequence("Escape"), self)
        close.activated.connect(self.close)
        self.resize(1100, 640)
        self.refresh()

    def _list(self, name: str) -> QListWidget:
        listed = QListWidget()
        listed.setObjectName(name)
        listed.setItemDelegate(EntryDelegate(listed))
        listed.itemDoubleClicked.connect(lambda _i: self._open())
        listed.itemClicked.connect(lambda _i, me=listed: self._chose(me))
        return listed

    def _chose(self, listed: QListWidget) -> None:
        """One choice across both lists: choosing in one clears the other."""
        other = self.own if listed is self.bundled else self.bundled
        other.clearSelection()

    def refresh(self, sessions: Path | None = None, runs: Path | None = None) -> None:
        """Read the lists again (a copy was saved, a run recorded)."""
        self.bundled.clear()
        for entry in bundled_entries():
            self.bundled.addItem(_session_item(entry))
        self.own.clear()
        mine = own_entries(sessions if sessions is not None else sessions_dir())
        for entry in mine:
            self.own.addItem(_session_item(entry))
        self.own.setVisible(bool(mine))
        self.own_empty.setVisible(not mine)
        self.runs.clear()
        found: list[RecentRun] = recent_runs(runs if runs is not None else runs_dir())
        for run in found:
            item = QListWidgetItem(run.title)
            item.setData(DETAIL_ROLE, run.line)
            item.setIcon(qta.icon("fa5s.history"))
            item.setData(PATH_ROLE, str(run.journal))
            item.setData(PATH_ROLE + 1, str(run.agenda) if run.agenda else "")
            item.setToolTip(
                autotext(
                    str(run.agenda or translate("Start", "The session file is no longer there."))
                )
            )
            self.runs.addItem(item)
        self.runs.setVisible(bool(found))
        self.runs_empty.setVisible(not found)
        self.run_open_button.setEnabled(bool(found))
        self.report_button.setEnabled(bool(found))
        if self.bundled.count():
            self.bundled.setCurrentRow(0)
            # All of them at once, without a scroll bar: they are few.
            row = self.bundled.sizeHintForRow(0)
            self.bundled.setFixedHeight(
                row * self.bundled.count() + 2 * self.bundled.frameWidth() + 4
            )

    def chosen(self) -> Path | None:
        """The session chosen in either list."""
        for listed in (self.own, self.bundled):
            item = listed.currentItem()
            if item is not None and item.isSelected():
                return Path(str(item.data(PATH_ROLE)))
        item = self.bundled.currentItem()
        return Path(str(item.data(PATH_ROLE))) if item is not None else None

    def _open(self) -> None:
        path = self.chosen()
        if path is not None:
            self.openRequested.emit(path)

    def _edit(self) -> None:
        path = self.chosen()
        if path is not None:
            self.editRequested.emit(path)

    def _open_run(self) -> None:
        item = self.runs.currentItem()
        agenda = str(item.data(PATH_ROLE + 1)) if item is not None else ""
        if agenda:
            self.openRequested.emit(Path(agenda))

    def _report(self) -> None:
        item = self.runs.currentItem()
        if item is not None:
            self.reportRequested.emit(Path(str(item.data(PATH_ROLE))))
