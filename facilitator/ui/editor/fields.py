"""Fields bound to one place of a document: they show its value and write back edits.

A field shows the plain value at ``(doc, loc)`` and, when the trainer changes
it, pushes a :class:`~facilitator.editing.edits.SetField` through the bridge;
it holds no rule. Under it, the check's messages for that place are shown in
words (the same as ``facilitator check`` prints), and the field is outlined.
An emptied optional field is left out of the file (``None``); an emptied
required one stays, empty, so that the check can say so at the field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.agenda.errors import Loc, format_number
from facilitator.editing.edits import SetField
from facilitator.editing.validation import Validation
from facilitator.i18n import translate, translate_marked
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.markup import plain_label, show_markdown

PROBLEM_STYLE = "color: #b3261e;"
_OUTLINED = "border: 2px solid #b3261e; border-radius: 3px;"


def translated(choices: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """A table of choices marked with QT_TRANSLATE_NOOP("Editor", …), its labels in the
    interface's language (a table made at import time, before the language is known)."""
    return [(translate_marked("Editor", label), value) for label, value in choices]


class _FocusWatch(QObject):
    """Seals the field's undo step when it loses the focus."""

    def __init__(self, field: Field) -> None:
        super().__init__(field)
        self._field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            self._field.bridge.seal()
        return False


class Field(QWidget):
    """A value at one place of a document, and the check's messages for it."""

    edited = Signal()

    def __init__(
        self,
        bridge: WorkspaceBridge,
        doc: str,
        loc: Loc,
        editor: QWidget,
        *,
        optional: bool = True,
        undo_text: str | None = None,
    ) -> None:
        super().__init__()
        self.bridge = bridge
        self.doc = doc
        self.loc = loc
        self.optional = optional
        self.undo_text = undo_text or translate("Editor", "Change a field")
        self.editor = editor
        self.message = plain_label()
        self.message.setObjectName("field-problem")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.hide()
        self._style = editor.styleSheet()
        self._updating = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        editor.installEventFilter(_FocusWatch(self))

    # --- reading and writing ---------------------------------------------------------

    def value(self) -> Any:
        """The value at the field's place now."""
        return self.bridge.workspace.document(self.doc).get(self.loc)

    def write(self, value: Any) -> None:
        """The trainer changed the field: set the place to ``value`` (None removes it)."""
        if self._updating:
            return
        if value in ("", [], None):
            value = None if self.optional else ("" if not isinstance(value, list) else [])
        if value == self.value() or (value is None and self.value() is None):
            return
        self.bridge.push(SetField(self.doc, self.loc, value, self.undo_text))
        self.edited.emit()

    def refresh(self) -> None:
        """Show the value at the place (after an undo, or an edit made elsewhere)."""
        self._updating = True
        try:
            self.show_value(self.value())
        finally:
            self._updating = False

    def show_value(self, value: Any) -> None:
        """Put ``value`` in the widget (each kind of field its own way)."""
        raise NotImplementedError

    def show_problems(self, validation: Validation) -> None:
        """Show the check's messages for this place, or nothing."""
        found = validation.at(self.doc, self.loc, exact=False)
        text = "\n".join(p.message if p.loc == self.loc else p.sentence for p in found)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if not isinstance(self.editor, QDoubleSpinBox | QComboBox):
            # (A spin box or a combo box drawn with a border loses its arrows: the words say it.)
            self.editor.setStyleSheet(self._style + (_OUTLINED if text else ""))

    @property
    def problem_text(self) -> str:
        """The messages shown under the field ('' when none)."""
        return self.message.text()


class LineField(Field):
    """A one-line text."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, **kwargs: Any) -> None:
        self.line = QLineEdit()
        placeholder = kwargs.pop("placeholder", "")
        super().__init__(bridge, doc, loc, self.line, **kwargs)
        self.line.setPlaceholderText(placeholder)
        self.line.textEdited.connect(lambda text: self.write(text.strip() and text))
        self.refresh()

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.line.text() != text:
            self.line.setText(text)


class TextField(Field):
    """A text of several lines (a question, a card's text); kept as typed."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, **kwargs: Any) -> None:
        self.box = QPlainTextEdit()
        lines = kwargs.pop("lines", 4)
        placeholder = kwargs.pop("placeholder", "")
        super().__init__(bridge, doc, loc, self.box, **kwargs)
        self.box.setPlaceholderText(placeholder)
        self.box.setTabChangesFocus(True)
        height = self.box.fontMetrics().lineSpacing() * lines + 12
        self.box.setMinimumHeight(height)
        self.box.setMaximumHeight(max(height * 3, 160))
        self.box.textChanged.connect(self._typed)
        self.refresh()

    def _typed(self) -> None:
        text = self.box.toPlainText()
        self.write(text if text.strip() else "")

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.box.toPlainText() != text:
            self.box.setPlainText(text)


class MarkdownField(Field):
    """A Markdown text with a preview: 'Write' and 'Preview' tabs."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, **kwargs: Any) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.box = QPlainTextEdit()
        self.box.setTabChangesFocus(True)
        self.box.setPlaceholderText(kwargs.pop("placeholder", ""))
        self.rendered = QTextBrowser()
        self.rendered.setOpenExternalLinks(True)
        self.tabs.addTab(self.box, translate("Editor", "Write"))
        self.tabs.addTab(self.rendered, translate("Editor", "Preview"))
        lines = kwargs.pop("lines", 8)
        height = self.box.fontMetrics().lineSpacing() * lines + 40
        self.tabs.setMinimumHeight(height)
        super().__init__(bridge, doc, loc, self.tabs, **kwargs)
        self.box.installEventFilter(_FocusWatch(self))
        self.box.textChanged.connect(self._typed)
        self.tabs.currentChanged.connect(self._render)
        self.refresh()

    def _typed(self) -> None:
        text = self.box.toPlainText()
        if text.strip():
            # A block of Markdown ends with a line break, as the bundled files write it.
            text = text if text.endswith("\n") else text + "\n"
        self.write(text if text.strip() else "")

    def _render(self) -> None:
        if self.tabs.currentWidget() is self.rendered:
            show_markdown(self.rendered, self.box.toPlainText())

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        shown = self.box.toPlainText()
        if shown != text and shown + "\n" != text:
            self.box.setPlainText(text.removesuffix("\n"))
        self._render()


class LinesField(Field):
    """A list of short texts, one per line (objectives, materials, questions)."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, **kwargs: Any) -> None:
        self.box = QPlainTextEdit()
        self.box.setTabChangesFocus(True)
        self.box.setPlaceholderText(kwargs.pop("placeholder", translate("Editor", "One per line")))
        lines = kwargs.pop("lines", 3)
        height = self.box.fontMetrics().lineSpacing() * lines + 12
        self.box.setMinimumHeight(height)
        self.box.setMaximumHeight(height * 2)
        super().__init__(bridge, doc, loc, self.box, **kwargs)
        self.box.textChanged.connect(self._typed)
        self.refresh()

    def _typed(self) -> None:
        entries = [line.strip() for line in self.box.toPlainText().split("\n") if line.strip()]
        self.write(entries)

    def show_value(self, value: Any) -> None:
        entries = [str(v) for v in value] if isinstance(value, list) else []
        shown = [line.strip() for line in self.box.toPlainText().split("\n") if line.strip()]
        if shown != entries:
            self.box.setPlainText("\n".join(entries))


class MinutesBox(QDoubleSpinBox):
    """Minutes as a trainer writes them: '25 min', '2.5 min', never '25.0 min'."""

    def textFromValue(self, value: float) -> str:
        """The number without a trailing '.0'."""
        return format_number(round(value, 1))

    def valueFromText(self, text: str) -> float:
        """A number typed with a point or a comma."""
        cleaned = text.replace(self.suffix(), "").replace(",", ".").strip()
        try:
            return float(cleaned)
        except ValueError:
            return self.value()


class MinutesField(Field):
    """A number of minutes; optional ones show a word (such as 'default') for none."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, **kwargs: Any) -> None:
        self.spin = MinutesBox()
        none_text = kwargs.pop("none_text", "")
        self.spin.setDecimals(1)
        self.spin.setRange(0, 24 * 60)
        self.spin.setSingleStep(1)
        self.spin.setSuffix(translate("Editor", " min"))
        self.spin.setKeyboardTracking(True)
        self.spin.setAccelerated(True)
        if none_text:
            self.spin.setSpecialValueText(none_text)
        self._none_text = none_text
        super().__init__(bridge, doc, loc, self.spin, **kwargs)
        self.spin.valueChanged.connect(self._changed)
        self.refresh()

    def _changed(self, number: float) -> None:
        if number == 0 and self._none_text:
            self.write(None)
            return
        self.write(int(number) if number == int(number) else round(number, 1))

    def show_value(self, value: Any) -> None:
        number = (
            float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0
        )
        if self.spin.value() != number:
            self.spin.setValue(number)


class ChoiceField(Field):
    """One of a few values, by their labels; an editable one takes a value typed in too."""

    def __init__(
        self,
        bridge: WorkspaceBridge,
        doc: str,
        loc: Loc,
        choices: Sequence[tuple[str, Any]],
        **kwargs: Any,
    ) -> None:
        self.combo = QComboBox()
        # Long titles among the choices must not make the page wider than the window.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        editable = kwargs.pop("editable", False)
        self.combo.setEditable(editable)
        self.choices = list(choices)
        for label, value in self.choices:
            self.combo.addItem(label, value)
        super().__init__(bridge, doc, loc, self.combo, **kwargs)
        self.combo.activated.connect(lambda index: self.write(self.combo.itemData(index)))
        line = self.combo.lineEdit() if editable else None
        if line is not None:
            line.editingFinished.connect(self._typed)
        self.refresh()

    def _typed(self) -> None:
        text = self.combo.currentText().strip()
        for label, value in self.choices:
            if text == label:
                self.write(value)
                return
        self.write(int(text) if text.isdigit() else text)

    def show_value(self, value: Any) -> None:
        for index, (_, choice) in enumerate(self.choices):
            if choice == value:
                if self.combo.currentIndex() != index:
                    self.combo.setCurrentIndex(index)
                return
        if self.combo.isEditable():
            self.combo.setEditText("" if value is None else str(value))
        else:
            self.combo.setCurrentIndex(-1)


class CheckField(Field):
    """A yes/no field; off leaves it out of the file (the format's default is no)."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, loc: Loc, text: str, **kwargs: Any):
        self.check = QCheckBox(text)
        super().__init__(bridge, doc, loc, self.check, **kwargs)
        self.check.toggled.connect(lambda on: self.write(True if on else None))
        self.refresh()

    def show_value(self, value: Any) -> None:
        self.check.setChecked(bool(value))


def start_time_default() -> QTime:
    """The start the plan counts from until the trainer chooses one: 9:00."""
    return QTime(9, 0)


def focus_first(widget: QWidget) -> None:
    """Give the focus to the first field of a page (after adding a card, its title)."""
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLineEdit | QPlainTextEdit) and child.isEnabled():
            child.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(child, QLineEdit):
                child.selectAll()
            return


class PicksField(Field):
    """A short list chosen from options (the cards shown side by side): one box each."""

    def __init__(
        self,
        bridge: WorkspaceBridge,
        doc: str,
        loc: Loc,
        choices: Sequence[tuple[str, Any]],
        *,
        most: int,
        **kwargs: Any,
    ) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.choices = [
            (translate("Editor", "(none)"), None),
            *[c for c in choices if c[1] is not None],
        ]
        self.combos: list[QComboBox] = []
        for _ in range(most):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            for label, value in self.choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _index: self._chosen())
            column.addWidget(combo)
            self.combos.append(combo)
        super().__init__(bridge, doc, loc, holder, **kwargs)
        self.refresh()

    def _chosen(self) -> None:
        picked = [c.currentData() for c in self.combos if c.currentData() is not None]
        self.write(picked)

    def show_value(self, value: Any) -> None:
        picked = list(value) if isinstance(value, list) else []
        for index, combo in enumerate(self.combos):
            wanted = picked[index] if index < len(picked) else None
            position = combo.findData(wanted)
            if position < 0 and wanted is not None:
                combo.addItem(str(wanted), wanted)
                position = combo.count() - 1
            combo.setCurrentIndex(max(position, 0))
