"""The one rule for showing trainer text in Qt: text is text, Markdown is only Markdown.

Qt guesses: a ``QLabel``, a tooltip or a message box takes a text that
looks like HTML (``Qt::mightBeRichText``) for HTML, and ``setMarkdown``
passes raw HTML through, so ``Schrijf <jouw naam> op`` was shown as
``Schrijf`` and a hand-out lost the rest of its text. Every place that
shows trainer text goes through this module (a test keeps it so):

- :func:`set_markdown` and :func:`insert_markdown`: Markdown (GitHub's
  dialect: tables, task lists, bare URLs as links) with raw HTML shown as
  written;
- :func:`set_plain` and :func:`plain_label`: plain text, never guessed;
- :func:`autotext`: for the places that only guess (tooltips, message
  boxes), a text that the guess cannot take for HTML;
- :func:`recolour_links`: links in a given colour, underlined (Qt's default
  blue fails 7:1 on the projector's black); :func:`show_markdown` puts
  Markdown into a console pane with its links in the pane's text colour.

Plain text embedded in a Markdown document is escaped by
:func:`facilitator.markup.literal` (pure) first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

_FEATURE = QTextDocument.MarkdownFeature
#: GitHub's dialect without raw HTML: ``<b>`` and ``<jouw naam>`` are text.
MARKDOWN = _FEATURE(_FEATURE.MarkdownDialectGitHub.value | _FEATURE.MarkdownNoHTML.value)


def set_markdown(doc: QTextDocument, markdown: str) -> None:
    """Put ``markdown`` into ``doc`` as Markdown, raw HTML shown as written."""
    doc.setMarkdown(markdown, MARKDOWN)


def show_markdown(view: QTextEdit, markdown: str) -> None:
    """Put ``markdown`` into a pane; its links (bare URLs too) in the pane's text colour.

    Qt draws links in the palette's link blue, which a dark desktop theme
    shows on near-black; the pane's own text colour always reads, and the
    underline tells a link apart.
    """
    set_markdown(view.document(), markdown)
    recolour_links(view.document(), view.palette().color(QPalette.ColorRole.Text).name())


def insert_markdown(cursor: QTextCursor, markdown: str) -> None:
    """Insert ``markdown`` at ``cursor`` as Markdown, raw HTML shown as written."""
    cursor.insertMarkdown(markdown, MARKDOWN)


def set_plain(doc: QTextDocument, text: str) -> None:
    """Put ``text`` into ``doc`` exactly as written."""
    doc.setPlainText(text)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as written (never taken for HTML)."""
    label = QLabel(parent)
    make_plain(label)
    label.setText(text)
    return label


def make_plain(label: QLabel) -> QLabel:
    """Make an existing label show its text as written; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def autotext(text: str) -> str:
    """``text`` for a place where Qt guesses the format (a tooltip, a message box).

    Text that Qt would take for HTML is turned into HTML that shows it as
    written; any other text is left as it is.
    """
    if GuiQt.mightBeRichText(text):
        return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text


def recolour_links(doc: QTextDocument, colour: str) -> None:
    """Draw ``doc``'s links in ``colour``, underlined (told apart, and not by colour)."""
    recolour = QTextCharFormat()
    recolour.setForeground(QColor(colour))
    recolour.setFontUnderline(True)
    block = doc.begin()
    while block.isValid():
        piece = block.begin()
        while not piece.atEnd():
            fragment = piece.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(recolour)
            piece += 1
        block = block.next()
