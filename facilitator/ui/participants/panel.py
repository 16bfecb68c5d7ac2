"""The console's participants panel: switch, QR, address and codes, posting, notes waiting.

It renders the participants' service and the room's wall and sends their
commands; it holds no rule. Every text a participant wrote is shown as plain
text (list items and plain-text labels: no rich text, no links).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.i18n import translate
from facilitator.participants.codes import grouped
from facilitator.room.wall import pending_notes
from facilitator.ui.markup import plain_label
from facilitator.ui.participants.qr_view import QrView
from facilitator.ui.participants.service import ParticipantsService


def _plain(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class ParticipantsPanel(QWidget):
    """Phones in the room, as the trainer sees and steers them."""

    def __init__(
        self, service: ParticipantsService, toggle: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participants-panel")
        self.service = service
        room = service.controller.room
        self.switch = QToolButton()
        self.switch.setDefaultAction(toggle)
        self.switch.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status = _plain()
        self.qr = QrView()
        self.address = _plain()
        self.address.setObjectName("participants-address")
        font = self.address.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.address.setFont(font)
        self.room_code = _plain()
        self.room_code.setFont(font)
        self.remote = _plain()
        self.posting = QCheckBox(translate("Participants", "Phones may post notes in this step"))
        self.posting.toggled.connect(self._posting_toggled)
        self.auto_release = QCheckBox(
            translate("Participants", "Put phones' notes on the wall at once (no moderation)")
        )
        self.auto_release.toggled.connect(self._auto_toggled)
        self.names = QCheckBox(
            translate(
                "Participants", "Ask for a name with each note (participants may leave it empty)"
            )
        )
        self.names.toggled.connect(self._names_toggled)
        self.pending = QListWidget()
        self._shown: list[int] = []  # the ids the list shows, in order
        self.pending.setObjectName("participants-pending")
        self.pending.setWordWrap(True)
        self.release = QPushButton(translate("Participants", "Release"))
        self.release.clicked.connect(self._release_selected)
        self.release_all = QPushButton(translate("Participants", "Release all"))
        self.release_all.clicked.connect(self._release_all)
        self.remove = QPushButton(translate("Participants", "Remove"))
        self.remove.clicked.connect(self._remove_selected)
        self.pending.itemSelectionChanged.connect(self._sync_buttons)
        self.pending.itemDoubleClicked.connect(lambda _item: self._release_selected())

        top = QHBoxLayout()
        top.addWidget(self.switch)
        top.addWidget(self.status, 1)
        join = QGridLayout()
        join.addWidget(self.qr, 0, 0, 4, 1)
        join.addWidget(self.address, 0, 1)
        join.addWidget(self.room_code, 1, 1)
        join.addWidget(self.remote, 2, 1)
        join.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release)
        buttons.addWidget(self.release_all)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(join)
        layout.addWidget(self.posting)
        layout.addWidget(self.auto_release)
        layout.addWidget(self.names)
        self.pending_heading = _plain()
        layout.addWidget(self.pending_heading)
        layout.addWidget(self.pending, 1)
        layout.addLayout(buttons)

        service.changed.connect(self.refresh)
        room.roomChanged.connect(self.refresh)
        service.controller.stepChanged.connect(lambda *_a: self.refresh())
        self.refresh()

    # --- rendering ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the service and the wall as they are now."""
        service = self.service
        joined = service.joined
        server = service.server
        if joined is None or server is None:
            self.status.setText(
                service.problem or translate("Participants", "Off: phones cannot connect.")
            )
            self.qr.set_text("")
            self.address.setText("")
            self.room_code.setText("")
            self.remote.setText("")
        else:
            self.status.setText(
                translate(
                    "Participants", "On: {connections} connections, {refused} requests refused."
                ).format(connections=server.open_connections, refused=service.port_refusals())
            )
            self.qr.set_text(joined.url)
            self.address.setText(joined.short)
            self.room_code.setText(
                translate("Participants", "Code {code}").format(code=joined.room_code)
            )
            self.remote.setText(
                translate(
                    "Participants",
                    "Your phone as a remote (keep this to yourself): {address}/t/ code {code}",
                ).format(address=joined.short, code=grouped(joined.remote_code))
            )
        self.qr.setVisible(joined is not None)
        wall = service.controller.room.state.wall
        self._set_checked(self.posting, service.posting_open)
        self._set_checked(self.auto_release, wall.auto_release)
        self._set_checked(self.names, wall.ask_names)
        waiting = pending_notes(wall)
        ids = [note.id for note in waiting]
        if ids[: len(self._shown)] == self._shown:
            # Only new notes at the end (the usual case while phones post): append them, so
            # a wall of hundreds is not rebuilt for every note.
            fresh = waiting[len(self._shown) :]
        else:
            selected = {i.data(Qt.ItemDataRole.UserRole) for i in self.pending.selectedItems()}
            self.pending.clear()
            fresh = waiting
        for note in fresh:
            item = QListWidgetItem(note.signed)  # plain text, as the phone sent it
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.pending.addItem(item)
            if fresh is waiting:
                item.setSelected(note.id in selected)
        self._shown = ids
        self.pending_heading.setText(
            translate("Participants", "Waiting for your release: {count}").format(
                count=len(waiting)
            )
        )
        self._sync_buttons()

    def _set_checked(self, box: QCheckBox, on: bool) -> None:
        box.blockSignals(True)
        box.setChecked(on)
        box.blockSignals(False)

    def _sync_buttons(self) -> None:
        chosen = bool(self.pending.selectedItems())
        self.release.setEnabled(chosen)
        self.remove.setEnabled(chosen)
        self.release_all.setEnabled(self.pending.count() > 0)

    # --- commands --------------------------------------------------------------------------

    def _selected_ids(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.pending.selectedItems()]

    def _release_selected(self) -> None:
        for note_id in self._selected_ids():
            self.service.controller.room.release_note(note_id)

    def _release_all(self) -> None:
        self.service.controller.room.release_all()

    def _remove_selected(self) -> None:
        for note_id in self._selected_ids():
            self.service.controller.room.remove_note(note_id)

    def _posting_toggled(self, _on: bool) -> None:
        self.service.toggle_posting()

    def _auto_toggled(self, on: bool) -> None:
        self.service.controller.room.set_auto_release(on)

    def _names_toggled(self, on: bool) -> None:
        self.service.controller.room.ask_names(on)
