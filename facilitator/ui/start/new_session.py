"""New session…: from a blank page, from a bundled session, or from a table (CSV).

The session is made in the trainer's sessions folder, in a folder of its own,
and opened in the editor. A table with a broken row makes nothing: the dialog
lists every problem by the table's row, in the check's words, so the trainer can
fix the spreadsheet and import it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.editing.catalogue import bundled_entries
from facilitator.editing.create import blank_session_text, new_session_file
from facilitator.editing.csv_import import read_table
from facilitator.editing.document import DocumentError
from facilitator.editing.saving import save_as_copy
from facilitator.editing.workspace import open_workspace
from facilitator.editing.writer import SaveError
from facilitator.i18n import translate
from facilitator.paths import sessions_dir
from facilitator.ui.editor.fields import PROBLEM_STYLE
from facilitator.ui.editor.session_pages import language_choices
from facilitator.ui.markup import plain_label


class NewSessionDialog(QDialog):
    """Choose how to start a new session; :attr:`made` is its file once made."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-session")
        self.setWindowTitle(translate("Start", "New session"))
        self.folder = folder if folder is not None else sessions_dir()
        self.made: Path | None = None
        self.table: Path | None = None
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("Start", "e.g. Samenwerken in projectgroepen"))
        self.language = QComboBox()
        self.language.setEditable(True)
        for label, code in language_choices():
            self.language.addItem(label, code)
        self.blank = QRadioButton(
            translate("Start", "A blank session, with one step to start from")
        )
        self.copy = QRadioButton(translate("Start", "A copy of a session that comes with the app:"))
        self.from_table = QRadioButton(
            translate("Start", "A table: the CSV export of a spreadsheet plan")
        )
        self.blank.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.blank, self.copy, self.from_table):
            group.addButton(button)
        self.bundled = QComboBox()
        for entry in bundled_entries():
            self.bundled.addItem(f"{entry.name} ({entry.language})", str(entry.path))
        self.choose_table = QPushButton(translate("Start", "Choose the table…"))
        self.choose_table.clicked.connect(self._choose_table)
        self.table_label = plain_label(
            translate(
                "Start",
                "One row per step, with a header row: title, minutes, and if you like "
                "instructions and questions (one question per line, or several question columns).",
            )
        )
        self.table_label.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("table-problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEM_STYLE)
        self.problems.hide()
        self.message = plain_label()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("Start", "Title"), self.title)
        form.addRow(translate("Start", "Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(translate("Start", "Start from:")))
        layout.addWidget(self.blank)
        layout.addWidget(self.copy)
        layout.addWidget(self.bundled)
        layout.addWidget(self.from_table)
        row = QHBoxLayout()
        row.addWidget(self.choose_table)
        row.addWidget(self.table_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(translate("Start", "Make the session"))
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _choose_table(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Start", "Choose a table"),
            str(Path.home()),
            translate("Start", "Tables (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.set_table(Path(name))

    def set_table(self, path: Path) -> None:
        """Use the table at ``path`` (and start from it)."""
        self.table = path
        self.from_table.setChecked(True)
        self.table_label.setText(path.name)
        if not self.title.text().strip():
            self.title.setText(path.stem.replace("-", " ").replace("_", " ").capitalize())

    def _language(self) -> str:
        data = self.language.currentData()
        typed = self.language.currentText().strip()
        if isinstance(data, str) and self.language.itemText(self.language.currentIndex()) == typed:
            return data
        return typed or "nl"

    def make(self) -> None:
        """Make the session as chosen; on a problem, say it and make nothing."""
        self.problems.clear()
        self.problems.hide()
        title = self.title.text().strip()
        try:
            if self.copy.isChecked():
                source = Path(str(self.bundled.currentData()))
                workspace = open_workspace(source)
                if title:
                    from facilitator.editing.edits import SetField

                    workspace.apply(
                        SetField(
                            "session", ("title",), title, translate("Start", "Change the title")
                        )
                    )
                self.made = save_as_copy(workspace, self.folder)
            elif not title:
                self._say(translate("Start", "Give the session a title first."))
                return
            elif self.from_table.isChecked():
                if self.table is None:
                    self._say(translate("Start", "Choose the table first."))
                    return
                try:
                    raw = self.table.read_bytes()
                except OSError as error:
                    self._say(
                        translate("Start", "The table could not be read: {reason}.").format(
                            reason=error.strerror or error
                        )
                    )
                    return
                result = read_table(raw, title, self._language())
                if not result.ok or result.text is None:
                    self.problems.addItems([str(p) for p in result.problems])
                    self.problems.show()
                    self._say(
                        translate(
                            "Start",
                            "Nothing was made. Fix these rows in your spreadsheet, export it "
                            "again as CSV and choose it again.",
                        )
                    )
                    return
                self.made = new_session_file(self.folder, title, result.text)
            else:
                self.made = new_session_file(
                    self.folder, title, blank_session_text(title, self._language())
                )
        except (SaveError, DocumentError) as error:
            self._say(str(error))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE)
