"""Trainer text is text everywhere: on the projector, in the console and on paper.

Qt takes a text that looks like HTML for HTML (a label, a tooltip, a message
box) and passes raw HTML through Markdown, so a question ``Schrijf <jouw
naam> op…`` was projected as ``Schrijf`` and a hand-out lost the rest of its
text. Every text of ``tests/hostile_text.py`` must come out as written (plain
fields) or as its Markdown means (Markdown fields), and the source keeps one
way of putting text into Qt (``facilitator/ui/markup.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.agenda.slides import Slide, step_slides, title_screen_slide
from facilitator.markup import literal
from facilitator.printouts.handouts import write_handouts
from facilitator.projection.themes import DARK
from facilitator.ui.markup import autotext, set_markdown
from facilitator.ui.projector.canvas import SlideCanvas
from facilitator.ui.projector.layout import SlideLayout
from tests import hostile_text
from tests.hostile_text import MARKDOWN_FIELDS, PLAIN_FIELDS, missing, write_hostile_agenda
from tests.ui.console_fixtures import Console, console_factory, tmp_settings

__all__ = ["console_factory", "tmp_settings"]

SOURCE = Path(__file__).resolve().parents[2] / "facilitator"


@pytest.fixture
def hostile(tmp_path: Path) -> Agenda:
    folder = tmp_path / "agenda"
    folder.mkdir()
    return load_agenda(write_hostile_agenda(folder))


def text_of(layouts: list[SlideLayout]) -> str:
    """Every text the fitted pages draw, in order."""
    return "\n".join(b.doc.toPlainText() for layout in layouts for b in layout.blocks)


def projected(agenda: Agenda, canvas: SlideCanvas) -> str:
    slides: list[Slide] = [title_screen_slide(agenda, date(2026, 5, 4))]
    for step in agenda.steps:
        slides += step_slides(agenda, step)
    return "\n".join(text_of(canvas.pages_of(slide)) for slide in slides)


# --- the projector and its miniature ------------------------------------------------


def test_the_projector_shows_every_text_as_written(hostile: Agenda, qtbot: QtBot) -> None:
    canvas = SlideCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1280, 720)
    shown = projected(hostile, canvas)
    on_screen = [n for n in PLAIN_FIELDS if not n.startswith(("step-", "checklist", "reference"))]
    on_screen += [f"step-1.{n}" for n in ("item-title", "item-subtitle", "question")]
    on_screen += [f"step-1.questions-{n}" for n in (1, 2)] + ["step-1.questions-heading"]
    on_screen += [f"step-2.{n}" for n in ("prompt", "example", "text-heading")]
    assert missing(shown, on_screen, plain_fields=True) == []
    in_markdown = [
        n for n in MARKDOWN_FIELDS if n not in ("step-1.instructions", "library.description")
    ]
    assert missing(shown, in_markdown, plain_fields=False) == []
    assert "<42>" in shown  # a figure's value


def test_each_question_alone_is_shown_as_written(hostile: Agenda, qtbot: QtBot) -> None:
    canvas = SlideCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1280, 720)
    questions = step_slides(hostile, hostile.steps[0])[2]
    pages = canvas.pages_of(questions)
    alone = text_of(pages[-1:])  # the last page: the second question on its own
    assert missing(alone, ["step-1.questions-2"], plain_fields=True) == []


@pytest.mark.parametrize(
    "text",
    ["See https://example.org/guide for more.", "See [the guide](https://example.org/guide)."],
)
@pytest.mark.parametrize("miniature", [False, True])
def test_links_are_drawn_in_the_text_colour_underlined(
    text: str, miniature: bool, qtbot: QtBot
) -> None:
    """A bare URL as well as a Markdown link: Qt's default blue fails 7:1 on black."""
    canvas = SlideCanvas(miniature=miniature)
    qtbot.addWidget(canvas)
    canvas.resize(1280, 720)
    canvas.set_reference_size(QSize(1920, 1080))
    for slide in (Slide("text", body=text), Slide("question", body=literal(text))):
        formats = [
            fragment_format
            for layout in canvas.pages_of(slide)
            for block in layout.blocks
            for fragment_format in _anchor_formats(block.doc)
        ]
        assert formats, f"no link in {slide.body!r}"
        for char_format in formats:
            assert char_format.foreground().color().name() == DARK.text
            assert char_format.fontUnderline()


def _anchor_formats(doc: QTextDocument) -> list[object]:
    found = []
    block = doc.begin()
    while block.isValid():
        piece = block.begin()
        while not piece.atEnd():
            fragment = piece.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                found.append(fragment.charFormat())
            piece += 1
        block = block.next()
    return found


# --- the console ------------------------------------------------------------------


def test_the_console_shows_every_text_as_written(
    hostile: Agenda, console_factory: Callable[..., Console]
) -> None:
    console = console_factory(hostile)
    window = console.window
    view = window.instructions
    steps = ""
    for index in range(len(hostile.steps)):
        view.show_step(hostile, index)
        steps += view.toPlainText() + "\n"
    guided = [f"step-1.{n}" for n in ("material", "question", "questions-1", "questions-2")]
    assert missing(steps, [*guided, "handout.question"], plain_fields=True) == []
    assert missing(steps, ["step-1.instructions"], plain_fields=False) == []
    reference = window.reference
    texts = ""
    for item in reference._entries():
        reference.tree.setCurrentItem(item)
        texts += reference.text.toPlainText() + "\n"
    assert missing(texts, ["library.description", "section.body", "section.closing"], False) == []
    assert missing(texts, ["phase.text", "phase.example"], plain_fields=False) == []
    listed = [f"{n}.{f}" for n in ("section", "phase", "figure") for f in ("title", "label")]
    listed = [n for n in listed if n in PLAIN_FIELDS]
    listed += ["section.subtitle", "checklist.title", "checklist.item", "reference.text"]
    assert missing(texts, listed, plain_fields=True) == []
    assert "<42>" in texts


def test_the_console_labels_show_titles_as_written(
    hostile: Agenda, console_factory: Callable[..., Console]
) -> None:
    console = console_factory(hostile)
    window = console.window
    title = hostile.steps[0].title
    assert window.countdown.title.text() == title
    assert window.countdown.next.text() == f"Next: {hostile.steps[1].title}"
    assert window.windowTitle() == f"{hostile.title} — Facilitator"
    item = "«step-1.item-title» " + hostile_text.PLAIN
    assert window.projected_label.text() == f"Item 1 of 3: {item}"
    row = window.step_list.model().index(0, 3)
    assert row.data() == f"1. {title}"
    # Whatever a label shows, it is never taken for HTML: no label guesses.
    labels = window.findChildren(QLabel)
    assert labels
    guessing = [label.objectName() or label.text() for label in labels if _guesses(label)]
    assert guessing == []


def _guesses(label: QLabel) -> bool:
    return label.textFormat() != Qt.TextFormat.PlainText


def test_tooltips_and_questions_cannot_be_taken_for_html() -> None:
    assert autotext("Jump to step 2, “Kort”?") == "Jump to step 2, “Kort”?"
    made = autotext("<b>Rol</b> <jouw naam> & co")
    assert "&lt;b&gt;Rol&lt;/b&gt; &lt;jouw naam&gt; &amp; co" in made


# --- print --------------------------------------------------------------------------


def test_the_printed_handouts_show_every_text_as_written(hostile: Agenda, tmp_path: Path) -> None:
    path = tmp_path / "hand-outs.pdf"
    write_handouts(hostile, path)
    printed = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    plain = ["handout.title", "handout.question", "document.title", "card.title"]
    plain += ["section.title", "section.subtitle", "phase.title"]
    assert missing(printed, plain, plain_fields=True) == []
    marked = ["handout.instructions", "handout.note", "document.text", "card.text"]
    marked += ["phase.text", "phase.example", "section.closing"]
    assert missing(printed, marked, plain_fields=False) == []


# --- one way into Qt ----------------------------------------------------------------

# What puts text into Qt in a way that guesses, or parses HTML.
_GUESSING = re.compile(
    r"setHtml\(|insertHtml\(|fromHtml\(|toHtml\(|setMarkdown\(|insertMarkdown\(|"
    r"TextFormat\.(RichText|AutoText|MarkdownText)|mightBeRichText|QLabel\("
)
_THE_RULE = {SOURCE / "ui" / "markup.py"}


def test_text_goes_into_qt_one_way() -> None:
    """Markdown, plain text and labels only through ``ui/markup.py`` (and its TextLabel)."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path in _THE_RULE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _GUESSING.search(line):
                found.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
    assert found == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
        | st.sampled_from("\n\n<>&*_`[]#-+=|~!\\.()1 "),
        max_size=60,
    )
)
@example("\ufeff")  # found by CI: a byte-order mark alone
def test_any_plain_text_in_markdown_shows_as_written(text: str) -> None:
    """Plain text put into Markdown by ``literal`` reads back line by line as written."""
    doc = QTextDocument()
    set_markdown(doc, literal(text))
    # Qt's Markdown reader drops a byte-order mark at the very start of a document, as
    # readers of files do; it is invisible, so nothing a person reads is lost.
    expected = text.removeprefix("\ufeff")
    assert _lines(doc.toPlainText().replace("\u2028", "\n")) == _lines(expected)


def _lines(text: str) -> list[str]:
    folded = (" ".join(line.split()) for line in text.split("\n"))
    return [line for line in folded if line]


# --- long text ----------------------------------------------------------------------

WORD = "Outreachprogrammavoorbeeld" * 12  # 312 characters, no space to break at


def test_long_texts_never_make_the_console_wider_than_the_screen(
    tmp_path: Path, console_factory: Callable[..., Console], qtbot: QtBot
) -> None:
    """A title with no spaces, a 20,000-character instruction and question: wrapped, cut short."""
    instructions = "lang " * 3000 + WORD * 15
    (tmp_path / "agenda").mkdir()  # apart from the settings file, which the test writes
    path = tmp_path / "agenda" / "lang.yaml"
    path.write_text(
        f"format: 1\ntitle: {WORD}\nduration: 10\nsteps:\n"
        f"  - id: a\n    title: {WORD}\n    minutes: 5\n"
        f'    instructions: "{instructions}"\n    materials: ["{WORD}"]\n'
        f'    project:\n      - question: "{(WORD + " ") * 60}"\n      - title: {WORD}\n'
        f"  - id: b\n    title: {WORD}\n    minutes: 5\n",
        encoding="utf-8",
    )
    console = console_factory(load_agenda(path))
    window = console.window
    window.show()
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.minimumSizeHint().height() <= screen.height()
    window.resize(screen.size())
    qtbot.wait(10)
    title = window.countdown.title
    assert title.width() <= screen.width()
    assert title.is_elided()  # three lines of the title, then "…"; the tooltip has it all
    assert WORD in title.toolTip()
    assert window.projected_label.is_elided()
