"""Pages of the session as a whole and of a library file."""

from __future__ import annotations

from facilitator.editing.workspace import SESSION
from facilitator.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.paths import LANGUAGE_NAMES
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.editor.fields import (
    CheckField,
    ChoiceField,
    LineField,
    LinesField,
    MarkdownField,
    MinutesField,
    translated,
)
from facilitator.ui.editor.page import EditorPage

TIMER_CHOICES = [
    (QT_TRANSLATE_NOOP("Editor", "Large digits (default)"), None),
    (QT_TRANSLATE_NOOP("Editor", "Small, in a corner"), "corner"),
    (QT_TRANSLATE_NOOP("Editor", "Hidden"), "hidden"),
    (QT_TRANSLATE_NOOP("Editor", "Disc (Time Timer)"), "disc"),
]
THEME_CHOICES = [
    (QT_TRANSLATE_NOOP("Editor", "Dark (default)"), None),
    (QT_TRANSLATE_NOOP("Editor", "Light"), "light"),
    (QT_TRANSLATE_NOOP("Editor", "High contrast"), "high-contrast"),
]


def language_choices() -> list[tuple[str, str]]:
    """The languages offered by name; any other code can be typed."""
    return [(f"{name} ({code})", code) for code, name in LANGUAGE_NAMES.items()]


class SessionPage(EditorPage):
    """Title, language, objectives, audience, materials, default thresholds, projector."""

    def __init__(self, bridge: WorkspaceBridge) -> None:
        super().__init__(bridge, SESSION, (), translate("Editor", "The session"))
        self.hint(
            translate(
                "Editor",
                "What the session is and who it is for. The steps' clock times and their total "
                "are on the left, above the outline.",
            )
        )
        s = SESSION
        self.add(
            translate("Editor", "Title"),
            LineField(
                bridge,
                s,
                ("title",),
                optional=False,
                undo_text=translate("Editor", "Change the title"),
            ),
        )
        self.add(
            translate("Editor", "Short name"),
            LineField(
                bridge,
                s,
                ("short_title",),
                placeholder=translate("Editor", "How lists name it, e.g. “Sessie 1 · Samenwerken”"),
                undo_text=translate("Editor", "Change the short name"),
            ),
        )
        self.add(
            translate("Editor", "Subtitle"),
            LineField(
                bridge, s, ("subtitle",), undo_text=translate("Editor", "Change the subtitle")
            ),
        )
        self.add(
            translate("Editor", "Language"),
            ChoiceField(
                bridge,
                s,
                ("language",),
                language_choices(),
                editable=True,
                undo_text=translate("Editor", "Change the language"),
            ),
            tip=translate(
                "Editor", "The language of the session's texts; the projector's words follow it."
            ),
        )
        self.add(
            translate("Editor", "Duration"),
            MinutesField(
                bridge,
                s,
                ("duration",),
                optional=False,
                undo_text=translate("Editor", "Change the duration"),
            ),
            tip=translate(
                "Editor",
                "Must be the sum of the steps' minutes; the plan on the left offers the fix.",
            ),
        )
        self.heading(
            translate("Editor", "For whom and what for"), translate("Editor", "One entry per line.")
        )
        form = self.new_form()
        self.body.addLayout(form)
        for key, label, undo in (
            ("focus", translate("Editor", "Focus"), translate("Editor", "Change the focus")),
            (
                "objectives",
                translate("Editor", "Objectives"),
                translate("Editor", "Change the objectives"),
            ),
            (
                "audience",
                translate("Editor", "Audience"),
                translate("Editor", "Change the audience"),
            ),
            (
                "materials",
                translate("Editor", "Materials"),
                translate("Editor", "Change the materials"),
            ),
        ):
            self.add(label, LinesField(bridge, s, (key,), undo_text=undo), form)
        self.heading(
            translate("Editor", "Timing"),
            translate(
                "Editor",
                "When every step's countdown turns to warning and danger, in minutes left. "
                "A step's own timing comes first; without either, 20% and 10% of the step.",
            ),
        )
        form = self.new_form()
        self.body.addLayout(form)
        for key, label in (
            ("warning", translate("Editor", "Warning")),
            ("danger", translate("Editor", "Danger")),
        ):
            self.add(
                label,
                MinutesField(
                    bridge,
                    s,
                    ("timing", key),
                    none_text=translate("Editor", "default"),
                    undo_text=translate("Editor", "Change the timing"),
                ),
                form,
            )
        self.heading(
            translate("Editor", "Projector"),
            translate(
                "Editor",
                "How the projector looks at the start; the Projector menu changes it live.",
            ),
        )
        form = self.new_form()
        self.body.addLayout(form)
        self.add(
            translate("Editor", "Timer"),
            ChoiceField(
                bridge,
                s,
                ("projector", "timer"),
                translated(TIMER_CHOICES),
                undo_text=translate("Editor", "Change the timer style"),
            ),
            form,
        )
        self.add(
            translate("Editor", "Theme"),
            ChoiceField(
                bridge,
                s,
                ("projector", "theme"),
                translated(THEME_CHOICES),
                undo_text=translate("Editor", "Change the theme"),
            ),
            form,
        )
        self.add(
            "",
            CheckField(
                bridge,
                s,
                ("projector", "flash"),
                translate("Editor", "Flash the screen when a step's time is up"),
                undo_text=translate("Editor", "Change the flash"),
            ),
            form,
        )
        self.finish()


class LibraryPage(EditorPage):
    """A library file's title and introduction; its sections and checklists are below it."""

    def __init__(self, bridge: WorkspaceBridge, doc: str) -> None:
        super().__init__(bridge, doc, (), translate("Editor", "Library file"))
        self.hint(
            translate(
                "Editor",
                "{file}: texts the session shares with others (sections, checklists). "
                "A change here changes them for every session that uses this file.",
            ).format(file=doc)
        )
        self.add(
            translate("Editor", "Title"),
            LineField(
                bridge,
                doc,
                ("title",),
                optional=False,
                undo_text=translate("Editor", "Change the title"),
            ),
        )
        self.add(
            translate("Editor", "Introduction"),
            MarkdownField(
                bridge,
                doc,
                ("description",),
                lines=6,
                undo_text=translate("Editor", "Change the introduction"),
            ),
        )
        self.finish()


class ChecklistPage(EditorPage):
    """A checklist of a library file: its title and the things to do."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, index: int) -> None:
        super().__init__(bridge, doc, ("checklists", index), translate("Editor", "Checklist"))
        loc = ("checklists", index)
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
            translate("Editor", "Id"),
            LineField(
                bridge,
                doc,
                (*loc, "id"),
                optional=False,
                undo_text=translate("Editor", "Change the id"),
            ),
        )
        self.add(
            translate("Editor", "Things to do"),
            LinesField(
                bridge,
                doc,
                (*loc, "items"),
                optional=False,
                lines=8,
                undo_text=translate("Editor", "Change the checklist"),
            ),
        )
        self.finish()
