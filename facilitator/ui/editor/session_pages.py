"""Pages of the session as a whole and of a library file."""

from __future__ import annotations

from facilitator.editing.workspace import SESSION
from facilitator.paths import LANGUAGE_NAMES
from facilitator.ui.editor.bridge import WorkspaceBridge
from facilitator.ui.editor.fields import (
    CheckField,
    ChoiceField,
    LineField,
    LinesField,
    MarkdownField,
    MinutesField,
)
from facilitator.ui.editor.page import EditorPage

TIMER_CHOICES = [
    ("Large digits (default)", None),
    ("Small, in a corner", "corner"),
    ("Hidden", "hidden"),
    ("Disc (Time Timer)", "disc"),
]
THEME_CHOICES = [("Dark (default)", None), ("Light", "light"), ("High contrast", "high-contrast")]


def language_choices() -> list[tuple[str, str]]:
    """The languages offered by name; any other code can be typed."""
    return [(f"{name} ({code})", code) for code, name in LANGUAGE_NAMES.items()]


class SessionPage(EditorPage):
    """Title, language, objectives, audience, materials, default thresholds, projector."""

    def __init__(self, bridge: WorkspaceBridge) -> None:
        super().__init__(bridge, SESSION, (), "The session")
        self.hint(
            "What the session is and who it is for. The steps' clock times and their total "
            "are on the left, above the outline."
        )
        s = SESSION
        self.add(
            "Title", LineField(bridge, s, ("title",), optional=False, undo_text="Change the title")
        )
        self.add(
            "Short name",
            LineField(
                bridge,
                s,
                ("short_title",),
                placeholder="How lists name it, e.g. “Sessie 1 · Samenwerken”",
                undo_text="Change the short name",
            ),
        )
        self.add("Subtitle", LineField(bridge, s, ("subtitle",), undo_text="Change the subtitle"))
        self.add(
            "Language",
            ChoiceField(
                bridge,
                s,
                ("language",),
                language_choices(),
                editable=True,
                undo_text="Change the language",
            ),
            tip="The language of the session's texts; the projector's words follow it.",
        )
        self.add(
            "Duration",
            MinutesField(bridge, s, ("duration",), optional=False, undo_text="Change the duration"),
            tip="Must be the sum of the steps' minutes; the plan on the left offers the fix.",
        )
        self.heading("For whom and what for", "One entry per line.")
        form = self.new_form()
        self.body.addLayout(form)
        for key, label in (
            ("focus", "Focus"),
            ("objectives", "Objectives"),
            ("audience", "Audience"),
            ("materials", "Materials"),
        ):
            self.add(
                label, LinesField(bridge, s, (key,), undo_text=f"Change the {label.lower()}"), form
            )
        self.heading(
            "Timing",
            "When every step's countdown turns to warning and danger, in minutes left. "
            "A step's own timing comes first; without either, 20% and 10% of the step.",
        )
        form = self.new_form()
        self.body.addLayout(form)
        for key, label in (("warning", "Warning"), ("danger", "Danger")):
            self.add(
                label,
                MinutesField(
                    bridge, s, ("timing", key), none_text="default", undo_text="Change the timing"
                ),
                form,
            )
        self.heading(
            "Projector", "How the projector looks at the start; the Projector menu changes it live."
        )
        form = self.new_form()
        self.body.addLayout(form)
        self.add(
            "Timer",
            ChoiceField(
                bridge, s, ("projector", "timer"), TIMER_CHOICES, undo_text="Change the timer style"
            ),
            form,
        )
        self.add(
            "Theme",
            ChoiceField(
                bridge, s, ("projector", "theme"), THEME_CHOICES, undo_text="Change the theme"
            ),
            form,
        )
        self.add(
            "",
            CheckField(
                bridge,
                s,
                ("projector", "flash"),
                "Flash the screen when a step's time is up",
                undo_text="Change the flash",
            ),
            form,
        )
        self.finish()


class LibraryPage(EditorPage):
    """A library file's title and introduction; its sections and checklists are below it."""

    def __init__(self, bridge: WorkspaceBridge, doc: str) -> None:
        super().__init__(bridge, doc, (), "Library file")
        self.hint(
            f"{doc}: texts the session shares with others (sections, checklists). "
            "A change here changes them for every session that uses this file."
        )
        self.add(
            "Title",
            LineField(bridge, doc, ("title",), optional=False, undo_text="Change the title"),
        )
        self.add(
            "Introduction",
            MarkdownField(
                bridge, doc, ("description",), lines=6, undo_text="Change the introduction"
            ),
        )
        self.finish()


class ChecklistPage(EditorPage):
    """A checklist of a library file: its title and the things to do."""

    def __init__(self, bridge: WorkspaceBridge, doc: str, index: int) -> None:
        super().__init__(bridge, doc, ("checklists", index), "Checklist")
        loc = ("checklists", index)
        self.add(
            "Title",
            LineField(bridge, doc, (*loc, "title"), optional=False, undo_text="Change the title"),
        )
        self.add(
            "Id", LineField(bridge, doc, (*loc, "id"), optional=False, undo_text="Change the id")
        )
        self.add(
            "Things to do",
            LinesField(
                bridge,
                doc,
                (*loc, "items"),
                optional=False,
                lines=8,
                undo_text="Change the checklist",
            ),
        )
        self.finish()
