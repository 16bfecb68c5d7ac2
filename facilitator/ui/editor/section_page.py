"""The page of a section (the session's or a library file's): texts, parts, figures, phases.

The trainer-only parts are chosen by ticking the section's own headings: a
ticked part stays on the trainer's console and is left off the projector, which
the preview beside shows at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from facilitator.agenda.audience import heading_key, headings
from facilitator.agenda.errors import Loc
from facilitator.editing import changes
from facilitator.editing.preview import section_slide
from facilitator.editing.validation import Validation
from facilitator.i18n import translate
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.editor.fields import Field, LineField, MarkdownField
from facilitator.ui.editor.handout_pages import IdField
from facilitator.ui.editor.page import EditorPage, Shown
from facilitator.ui.markup import autotext, plain_label


class SectionPage(EditorPage):
    """A reference text: body, figures or phases, closing, and the parts for the trainer."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, index: int) -> None:
        loc: Loc = ("sections", index)
        where = translate("Editor", "this session") if doc == self.session_doc() else doc
        super().__init__(
            bridge, doc, loc, translate("Editor", "Section · {where}").format(where=where)
        )
        self.index = index
        ws = self.workspace
        self.add(
            translate("Editor", "Title"),
            LineField(
                bridge,
                doc,
                (*loc, "title"),
                optional=False,
                undo_text=translate("Editor", "Change the title"),
            ),
        )
        self.add(
            translate("Editor", "Subtitle"),
            LineField(
                bridge,
                doc,
                (*loc, "subtitle"),
                undo_text=translate("Editor", "Change the subtitle"),
            ),
        )
        self.add(
            translate("Editor", "Category"),
            LineField(
                bridge,
                doc,
                (*loc, "category"),
                placeholder=translate("Editor", "e.g. Didactisch advies"),
                undo_text=translate("Editor", "Change the category"),
            ),
            tip=translate(
                "Editor", "The group it is listed under in the presenter's reference panel."
            ),
        )
        self.add(
            translate("Editor", "Id"),
            IdField(
                bridge, doc, (*loc, "id"), lambda new: changes.rename_section(ws, doc, index, new)
            ),
        )
        self.add(
            translate("Editor", "Text"),
            MarkdownField(
                bridge,
                doc,
                (*loc, "body"),
                lines=12,
                undo_text=translate("Editor", "Change the text"),
            ),
        )
        self.add(
            translate("Editor", "Closing"),
            MarkdownField(
                bridge,
                doc,
                (*loc, "closing"),
                lines=4,
                undo_text=translate("Editor", "Change the closing text"),
            ),
        )
        self.heading(
            translate("Editor", "Parts for the trainer only"),
            translate(
                "Editor",
                "Tick the headings whose part is the trainer's own instructions: the projector "
                "leaves them out, the reference panel shows them.",
            ),
        )
        self.parts_box = QWidget()
        self.parts = QVBoxLayout(self.parts_box)
        self.parts.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.parts_box)
        self.checks: list[QCheckBox] = []
        self.heading(
            translate("Editor", "Figures"),
            translate("Editor", "Key figures, shown as an infographic."),
        )
        self.figures = QVBoxLayout()
        self.body.addLayout(self.figures)
        self.buttons(
            (
                translate("Editor", "Add a figure"),
                lambda: self.push(changes.add_figure(ws, doc, index)),
            )
        )
        self.heading(
            translate("Editor", "Phases"),
            translate("Editor", "The phases of a template, each with what to do and an example."),
        )
        self.phases = QVBoxLayout()
        self.body.addLayout(self.phases)
        self.buttons(
            (
                translate("Editor", "Add a phase"),
                lambda: self.push(changes.add_phase(ws, doc, index)),
            ),
            (
                translate("Editor", "Remove this section"),
                lambda: self.bridge.push(changes.remove_section(ws, doc, index)),
            ),
        )
        self._rows: tuple[int, int] = (-1, -1)
        self._row_fields: list[Field] = []
        self.finish()
        self.refresh()

    def refresh(self) -> None:
        self._build_rows()
        super().refresh()
        self._refresh_parts()

    def _build_rows(self) -> None:
        """Make a row of fields per figure and per phase, when their number changed."""
        figures = self.get(("sections", self.index, "figures")) or []
        phases = self.get(("sections", self.index, "phases")) or []
        rows = (len(figures), len(phases))
        if rows == self._rows:
            return
        self._rows = rows
        self.fields = [f for f in self.fields if f not in self._row_fields]
        self._row_fields = []
        for layout in (self.figures, self.phases):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        doc, base = self.doc, ("sections", self.index)
        for f in range(rows[0]):
            box = QGroupBox(translate("Editor", "Figure {number}").format(number=f + 1))
            form = self.new_form()
            box.setLayout(form)
            loc = (*base, "figures", f)
            for key, label in (
                ("value", translate("Editor", "Value")),
                ("label", translate("Editor", "What it counts")),
            ):
                figure = LineField(
                    self.bridge,
                    doc,
                    (*loc, key),
                    optional=False,
                    undo_text=translate("Editor", "Change the figure"),
                )
                self._row_fields.append(self.add(label, figure, form))
            self._remove_button(
                form, (*base, "figures"), f, translate("Editor", "Remove the figure")
            )
            self.figures.addWidget(box)
        for p in range(rows[1]):
            box = QGroupBox(translate("Editor", "Phase {number}").format(number=p + 1))
            form = self.new_form()
            box.setLayout(form)
            loc = (*base, "phases", p)
            for key, label, lines, optional in (
                ("title", translate("Editor", "Title"), 0, False),
                ("text", translate("Editor", "What to do"), 4, False),
                ("example", translate("Editor", "Example"), 3, True),
            ):
                field: Field = (
                    LineField(
                        self.bridge,
                        doc,
                        (*loc, key),
                        optional=optional,
                        undo_text=translate("Editor", "Change the phase"),
                    )
                    if not lines
                    else MarkdownField(
                        self.bridge,
                        doc,
                        (*loc, key),
                        optional=optional,
                        lines=lines,
                        undo_text=translate("Editor", "Change the phase"),
                    )
                )
                self._row_fields.append(self.add(label, field, form))
            self._remove_button(form, (*base, "phases"), p, translate("Editor", "Remove the phase"))
            self.phases.addWidget(box)

    def _remove_button(self, form: Any, loc: Loc, index: int, text: str) -> None:
        from PySide6.QtWidgets import QPushButton

        button = QPushButton(text)
        button.clicked.connect(
            lambda: self.bridge.push(changes.remove_entry(self.doc, loc, index, text))
        )
        form.addRow("", button)

    def _refresh_parts(self) -> None:
        section = self.get(("sections", self.index)) or {}
        text = f"{section.get('body') or ''}\n{section.get('closing') or ''}"
        found = list(dict.fromkeys(h.text for h in headings(text)))
        chosen = {heading_key(h) for h in section.get("trainer_only") or [] if isinstance(h, str)}
        if [c.text() for c in self.checks] != found:
            for check in self.checks:
                check.deleteLater()
            self.checks = []
            for heading in found:
                check = QCheckBox(heading)
                check.toggled.connect(lambda on, h=heading: self._toggle(h, on))
                self.parts.addWidget(check)
                self.checks.append(check)
        for check in self.checks:
            check.blockSignals(True)
            check.setChecked(heading_key(check.text()) in chosen)
            check.blockSignals(False)
        if not found:
            if self.parts.count() == 0:
                self.parts.addWidget(
                    plain_label(
                        translate("Editor", "The text has no headings (lines starting with #).")
                    )
                )
        else:
            for i in range(self.parts.count()):
                item = self.parts.itemAt(i)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel) and not isinstance(widget, QCheckBox):
                    widget.deleteLater()

    def _toggle(self, heading: str, on: bool) -> None:
        self.bridge.push(
            changes.set_trainer_part(self.workspace, self.doc, self.index, heading, on)
        )

    def show_problems(self, validation: Validation) -> None:
        super().show_problems(validation)
        found = validation.at(self.doc, ("sections", self.index, "trainer_only"), exact=False)
        tip = "\n".join(p.sentence for p in found)
        for check in self.checks:
            check.setToolTip(autotext(tip))

    def shown(self) -> Shown | None:
        slide = section_slide(self.workspace, self.doc, self.index)
        section_id = self.get(("sections", self.index, "id"))
        return self.shown_in_step(slide, lambda item: item.get("section") == section_id)
