"""The cheat sheet: every command with its keys, built from the actions themselves (F1, ?)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.i18n import translate
from facilitator.ui.markup import plain_label

CLICKER_KEYS = {"PgDown", "PgUp", "B", ".", "F5", "Esc"}


def key_rows(actions: dict[str, QAction]) -> list[tuple[str, str, str]]:
    """(keys, command, what it does) for every action that has keys, in command order."""
    rows = []
    for action in actions.values():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if not keys:
            continue
        label = action.text().replace("&", "").rstrip("…")
        rows.append((", ".join(keys), label, action.statusTip()))
    return rows


class KeysDialog(QDialog):
    """A table of keys and commands; clicker keys are marked."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keys-dialog")
        self.setWindowTitle(translate("Keys", "Keyboard shortcuts"))
        rows = key_rows(actions)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Keys", "Keys"),
                translate("Keys", "Command"),
                translate("Keys", "What it does"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (keys, label, tip) in enumerate(rows):
            clicker = any(k.strip() in CLICKER_KEYS for k in keys.split(","))
            cell = QTableWidgetItem(keys)
            if clicker:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
                cell.setToolTip(translate("Keys", "A presentation clicker sends this key"))
            self.table.setItem(row, 0, cell)
            self.table.setItem(row, 1, QTableWidgetItem(label))
            self.table.setItem(row, 2, QTableWidgetItem(tip))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        note = plain_label(
            translate(
                "Keys",
                "Keys in bold are the ones a presentation clicker sends. PageDown never "
                "leaves the step: the next step is N or Ctrl+Right, and P goes back.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 560)
