"""File > Print…: which printouts to write, the session plan's start, and the folder.

The dialog shows the offers of :func:`facilitator.printouts.choices.offers`
(a printout that cannot be made is shown greyed, with the reason in its
place) and the trainer's last choices, and gives back new
:class:`~facilitator.printouts.choices.PrintChoices`; it decides nothing
itself. Texts are shown as written (plain text, never HTML).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.i18n import translate
from facilitator.printouts.choices import Offer, PrintChoices
from facilitator.ui.markup import plain_label


def _plain(text: str, grey: bool = False) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    if grey:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


class PrintDialog(QDialog):
    """The printouts to write, as check boxes; the plan's start; the folder."""

    def __init__(
        self,
        offered: Sequence[Offer],
        choices: PrintChoices,
        session_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Print", "Print"))
        self.setObjectName("print-dialog")
        self.offered = list(offered)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, offer in enumerate(self.offered):
            printout = offer.printout
            box = QCheckBox(printout.shown_label)
            box.setObjectName(f"print-{printout.name}")
            box.setChecked(offer.available and printout.name in choices.what)
            box.setEnabled(offer.available)
            box.toggled.connect(self._update)
            self.boxes[printout.name] = box
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_plain(offer.reason or printout.shown_description, grey=True), row, 1)
        self.every = QPushButton(translate("Print", "Select all"))
        self.every.clicked.connect(lambda: self._select(True))
        self.none = QPushButton(translate("Print", "Select none"))
        self.none.clicked.connect(lambda: self._select(False))
        selecting = QHBoxLayout()
        selecting.addWidget(self.every)
        selecting.addWidget(self.none)
        selecting.addStretch(1)

        self.start = QTimeEdit(QTime(choices.start.hour, choices.start.minute))
        self.start.setDisplayFormat("HH:mm")
        self.folder = QLineEdit(choices.folder)
        self.folder.setObjectName("print-folder")
        self.folder.textChanged.connect(self._update)
        browse = QPushButton(translate("Print", "Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("Print", "The session plan starts at:"), self.start)
        form.addRow(translate("Print", "Write the PDFs in:"), folder_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("Print", "Write PDFs"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(
                translate("Print", "What to print of “{title}”, one PDF each:").format(
                    title=session_title
                )
            )
        )
        layout.addLayout(grid)
        layout.addLayout(selecting)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self._update()

    def _select(self, on: bool) -> None:
        for box in self.boxes.values():
            if box.isEnabled():
                box.setChecked(on)

    def _update(self) -> None:
        """Write is offered only with something chosen and a folder named."""
        self.ok.setEnabled(bool(self.chosen_names()) and bool(self.folder.text().strip()))
        self.start.setEnabled(self.boxes["plan"].isChecked() if "plan" in self.boxes else False)

    def chosen_names(self) -> tuple[str, ...]:
        """The names of the printouts ticked."""
        return tuple(name for name, box in self.boxes.items() if box.isChecked())

    def choose_folder(self) -> None:
        """Ask for the folder, starting in the one named."""
        found = QFileDialog.getExistingDirectory(
            self, translate("Print", "Write the PDFs in"), self.folder.text()
        )
        if found:
            self.folder.setText(found)

    def choices(self, remembered: PrintChoices) -> PrintChoices:
        """What the trainer chose. A printout that could not be ticked now keeps its last
        choice (groups chosen yesterday are chosen again once the run has them)."""
        unavailable = {o.printout.name for o in self.offered if not o.available}
        ticked = set(self.chosen_names()) | (unavailable & set(remembered.what))
        start = self.start.time()
        return PrintChoices(
            what=tuple(o.printout.name for o in self.offered if o.printout.name in ticked),
            folder=str(Path(self.folder.text().strip())) if self.folder.text().strip() else "",
            start=remembered.start.replace(hour=start.hour(), minute=start.minute()),
        )
