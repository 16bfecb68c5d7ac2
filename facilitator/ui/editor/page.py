"""What every page of the editor shares: a scrolling form of bound fields, and its preview."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.agenda.errors import Loc
from facilitator.agenda.slides import Slide
from facilitator.editing.edits import Edit, Target
from facilitator.editing.validation import Validation
from facilitator.editing.workspace import SESSION, Workspace
from facilitator.i18n import translate
from facilitator.projection.projection import step_header
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.editor.fields import Field
from facilitator.ui.markup import autotext, plain_label

F = TypeVar("F", bound=Field)
BUTTONS_PER_ROW = 3


@dataclass(frozen=True)
class Shown:
    """What the preview shows for a page: a slide, its header, the timer, a note."""

    slide: Slide
    header: str = ""
    minutes: float | None = None
    note: str = ""


class EditorPage(QScrollArea):
    """A page: a title, a form of fields bound to the workspace, and buttons."""

    navigate = Signal(object)  # a Target to show (a card the item projects, a new part)

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, title: str) -> None:
        super().__init__()
        self.bridge = bridge
        self.doc = doc
        self.loc = loc
        self.fields: list[Field] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The fields follow the page's width; only the height scrolls.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("editor-page")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.title = plain_label(title)
        self.title.setObjectName("page-title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body.addWidget(self.title)
        self.form = self.new_form()
        self.body.addLayout(self.form)
        self.setWidget(inner)
        self._tail_added = False

    @property
    def workspace(self) -> Workspace:
        """The workspace edited."""
        return self.bridge.workspace

    def get(self, loc: Loc, default: Any = None) -> Any:
        """The plain value at ``loc`` of this page's document."""
        return self.workspace.document(self.doc).get(loc, default)

    # --- building --------------------------------------------------------------------------

    def new_form(self) -> QFormLayout:
        """A form whose labels sit above their fields when the page is narrow."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def add(self, label: str, field: F, form: QFormLayout | None = None, tip: str = "") -> F:
        """Put ``field`` in the form under ``label``."""
        self.fields.append(field)
        (form or self.form).addRow(label, field)
        if tip:
            field.setToolTip(autotext(tip))
            field.editor.setToolTip(autotext(tip))
        return field

    def heading(self, text: str, hint: str = "") -> None:
        """A sub-heading in the page (and a line saying what the part is for)."""
        label = plain_label(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.body.addSpacing(8)
        self.body.addWidget(label)
        if hint:
            note = plain_label(hint)
            note.setWordWrap(True)
            note.setObjectName("page-hint")
            self.body.addWidget(note)

    def hint(self, text: str) -> QLabel:
        """A line of help under the title."""
        note = plain_label(text)
        note.setWordWrap(True)
        note.setObjectName("page-hint")
        self.body.insertWidget(1, note)
        return note

    def buttons(
        self, *pairs: tuple[str, Callable[[], object]], lead: QWidget | None = None
    ) -> list[QPushButton]:
        """Rows of buttons (label, what it does), after ``lead`` if given (a menu button).

        At most three to a row, so that a page fits the narrow middle of a laptop screen.
        """
        widgets: list[QWidget] = [lead] if lead is not None else []
        made = []
        for label, action in pairs:
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, a=action: a())
            widgets.append(button)
            made.append(button)
        for start in range(0, len(widgets), BUTTONS_PER_ROW):
            row = QHBoxLayout()
            for widget in widgets[start : start + BUTTONS_PER_ROW]:
                row.addWidget(widget)
            row.addStretch(1)
            self.body.addLayout(row)
        return made

    def finish(self) -> None:
        """Close the page: what follows is empty room."""
        if not self._tail_added:
            self.body.addStretch(1)
            self._tail_added = True

    # --- following the model ---------------------------------------------------------------

    def push(self, edit: Edit) -> bool:
        """Make ``edit``; show where it leads when it adds or moves a part."""
        done = self.bridge.push(edit)
        if done and edit.target is not None and edit.target.loc != self.loc:
            self.navigate.emit(edit.target)
        return done

    def go(self, loc: Loc, doc: str | None = None) -> None:
        """Show the part at ``loc``."""
        self.navigate.emit(Target(doc or self.doc, loc))

    def refresh(self) -> None:
        """Show the values as they are now (after an undo or an edit elsewhere)."""
        for field in self.fields:
            field.refresh()

    def show_problems(self, validation: Validation) -> None:
        """Show the check's messages at the fields."""
        for field in self.fields:
            field.show_problems(validation)

    def shown(self) -> Shown | None:
        """What the preview shows for this page (None: nothing; NoPreview: why not)."""
        return None

    # --- helpers for previews --------------------------------------------------------------

    def step_header(self, step: int) -> str:
        """The header the projector writes over step ``step``'s items."""
        data = self.workspace.session.data
        steps = data.get("steps") or []
        title = steps[step].get("title", "") if 0 <= step < len(steps) else ""
        language = data.get("language")
        return step_header(
            step, len(steps), str(title or ""), language if isinstance(language, str) else "nl"
        )

    def step_minutes(self, step: int) -> float | None:
        """Step ``step``'s minutes, when they are a number."""
        minutes = self.workspace.session.get(("steps", step, "minutes"))
        ok = isinstance(minutes, int | float) and not isinstance(minutes, bool)
        return float(minutes) if ok else None

    def projected_in(self, matches: Callable[[dict[str, Any]], bool]) -> int | None:
        """The first step that projects an item ``matches`` accepts."""
        for s, step in enumerate(self.workspace.session.data.get("steps") or []):
            items = step.get("project") if isinstance(step, dict) else None
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and matches(item):
                    return s
        return None

    def shown_in_step(self, slide: Slide, matches: Callable[[dict[str, Any]], bool]) -> Shown:
        """``slide`` under the header of the first step that projects it, or on its own."""
        step = self.projected_in(matches)
        if step is None:
            return Shown(slide, "", None, translate("Editor", "No step projects this yet."))
        return Shown(
            slide,
            self.step_header(step),
            self.step_minutes(step),
            translate("Editor", "As step {number} projects it.").format(number=step + 1),
        )

    @staticmethod
    def session_doc() -> str:
        """The session document's key."""
        return SESSION
