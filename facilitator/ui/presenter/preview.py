"""A live miniature of what the projector shows now, and a preview of the next item.

The miniatures are the projector's own ``SlideCanvas`` laid out at the
projector's size and painted smaller, so they show exactly what the room sees.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.projection.projection import step_header
from facilitator.projection.themes import theme_named
from facilitator.ui.controller import SessionController
from facilitator.ui.markup import plain_label
from facilitator.ui.projector.canvas import SlideCanvas
from facilitator.ui.projector.window import CanvasBinding, next_summary, projection_summary
from facilitator.ui.text_label import TextLabel

CLOSED_WORDS = QT_TRANSLATE_NOOP(
    "Console",
    "The projector window is closed: the room sees nothing of the session. "
    "Show projector puts it back, full screen where it was.",
)


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    return label


class ProjectorPreview(QWidget):
    """'On the projector now' and 'Next on the projector', each a miniature with a caption."""

    def __init__(
        self,
        controller: SessionController,
        show_projector: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.projector_shown = True
        self.miniature = SlideCanvas(miniature=True)
        self.miniature.setObjectName("projector-miniature")
        self.miniature.setMinimumSize(200, 113)
        self.projected_label = TextLabel(lines=3)
        self.next_miniature = SlideCanvas(miniature=True)
        self.next_miniature.setObjectName("next-miniature")
        self.next_miniature.setMinimumSize(160, 90)
        self.next_miniature.setMaximumWidth(360)
        self.next_item_label = TextLabel(lines=3)
        # The live miniature draws exactly what the projector window draws.
        self.binding = CanvasBinding(self.miniature, controller)
        # Shown instead of the miniature while the room sees no projector window.
        self.closed_label = plain_label(translate_marked("Console", CLOSED_WORDS))
        self.closed_label.setObjectName("projector-closed")
        self.closed_label.setWordWrap(True)
        self.closed_label.setStyleSheet(
            "QLabel { background: #fdecea; color: #b71c1c; font-weight: bold; padding: 8px; }"
        )
        self.show_button = QPushButton()
        self.show_button.setObjectName("show-projector")
        if show_projector is not None:
            keys = show_projector.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.show_button.setText(
                translate("Console", "Show projector ({keys})").format(keys=keys)
            )
            self.show_button.setIcon(show_projector.icon())
            self.show_button.setEnabled(show_projector.isEnabled())
            self.show_button.clicked.connect(show_projector.trigger)
        else:
            self.show_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(translate("Console", "On the projector now")))
        layout.addWidget(self.miniature)
        layout.addWidget(self.projected_label)
        layout.addWidget(self.closed_label)
        layout.addWidget(self.show_button)
        self.closed_label.hide()
        self.show_button.hide()
        layout.addSpacing(6)
        layout.addWidget(_heading(translate("Console", "Next on the projector")))
        layout.addWidget(self.next_miniature)
        layout.addWidget(self.next_item_label)
        layout.addStretch(1)

    def set_projector_shown(self, shown: bool) -> None:
        """Whether the room sees the projector window; when not, say so and offer it back."""
        self.projector_shown = shown
        self.miniature.setVisible(shown)
        self.projected_label.setVisible(shown)
        self.closed_label.setVisible(not shown)
        self.show_button.setVisible(not shown)

    def set_reference_size(self, size: QSize) -> None:
        """The projector's size: both miniatures copy its proportions."""
        self.miniature.set_reference_size(size)
        self.next_miniature.set_reference_size(size)

    def show_projection(self) -> None:
        """Follow what PageDown would show next (the live miniature follows by itself)."""
        controller = self._controller
        projector = controller.projector
        self.projected_label.setText(projection_summary(controller))
        self.next_item_label.setText(next_summary(controller))
        self.next_miniature.set_theme(theme_named(projector.theme_name))
        run = controller.run
        header = (
            ""  # the closing screen has no step header
            if projector.finished
            else step_header(
                run.index, run.step_count, run.step.title, controller.agenda.session.language
            )
        )
        following = projector.next_slide()
        room_page = projector.state.room_page
        in_room = projector.room_screen is not None
        room_next = in_room and room_page + 1 < projector.page_count()
        # What was put on at once (a section from the reference) pages the same way.
        in_shown = projector.shown is not None
        shown_page = projector.state.shown_page
        shown_next = in_shown and shown_page + 1 < projector.page_count()
        in_front = in_room or in_shown
        has_next_page = in_front or projector.page + 1 < projector.item_page_count()
        if room_next:  # the room screen's next page (groups that did not fit on one)
            self.next_miniature.set_slide(projector.live_projection().slide, header, room_page + 1)
        elif shown_next:
            self.next_miniature.set_slide(projector.live_projection().slide, header, shown_page + 1)
        elif in_front:  # its last page: PageDown shows the item behind it again
            self.next_miniature.set_slide(projector.current_slide(), header, projector.page)
        elif has_next_page:
            self.next_miniature.set_slide(projector.current_slide(), header, projector.page + 1)
        elif following is not None:
            self.next_miniature.set_slide(following, header)
        # At the last item PageDown stays: no picture, the caption says so.
        self.next_miniature.setVisible(following is not None or has_next_page)
        if self.next_miniature.isHidden() and not projector.finished:
            self.next_item_label.setText(
                translate(
                    "Console", "{summary}: PageDown stays here, N starts the next step"
                ).format(summary=next_summary(controller))
            )
        if not self.next_miniature.isHidden():
            self.next_miniature.set_show_timer(False)
