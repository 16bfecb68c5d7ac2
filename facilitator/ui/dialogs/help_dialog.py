"""Help: the getting-started guide, the user guide and About, each built when first asked for.

The guides are Markdown files in ``docs/guide`` (installed as
``facilitator/guide``), one per language: the interface's, else English.
None is modal: the session's timer and the clicker go on behind them (a
dialog's own keys stay the dialog's: Escape closes it).
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.agenda.plain import Reference
from facilitator.i18n import translate
from facilitator.markup import literal
from facilitator.paths import guide_text
from facilitator.ui.markup import set_markdown


class GuideDialog(QDialog):
    """A guide in a reading pane, with a Close button (not modal)."""

    def __init__(
        self,
        title: str,
        markdown: str,
        *,
        first_launch: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        set_markdown(self.browser.document(), markdown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        # At the first start: say where to find it again, and let it not come back.
        self.again = QCheckBox(translate("Help", "Show this at the next start too (Help menu)"))
        self.again.setVisible(first_launch)
        layout.addWidget(self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 640)


def getting_started(
    language: str, parent: QWidget | None = None, *, first: bool = False
) -> GuideDialog:
    """The short getting-started guide (your screen, their screen, the clicker, practise)."""
    dialog = GuideDialog(
        translate("Help", "Getting started"),
        guide_text("getting-started", language),
        first_launch=first,
        parent=parent,
    )
    dialog.setObjectName("getting-started")
    return dialog


def user_guide(language: str, parent: QWidget | None = None) -> GuideDialog:
    """The user guide: every part of the app, in the interface's language."""
    dialog = GuideDialog(
        translate("Help", "User guide"), guide_text("user-guide", language), parent=parent
    )
    dialog.setObjectName("user-guide")
    return dialog


def about_markdown(references: list[Reference]) -> str:
    """The About text: the version, what the app is built with, and the material's credits."""
    lines = [
        "## Facilitator " + __version__,
        translate(
            "Help",
            "Runs a workshop live, step by step: a presenter window for the trainer, a "
            "projector window for the room, a record of every run and its report.",
        ),
        translate("Help", "Built with Python {python}, Qt {qt} and PySide {pyside}.").format(
            python=platform.python_version(), qt=qVersion(), pyside=pyside_version
        ),
        "### " + translate("Help", "The STEAM Coach material"),
        translate(
            "Help",
            "The bundled sessions, hand-outs, cards, didactic advice, how-to guide, case study "
            "“Komm, mach MINT” and call to action are the trainer guidelines (“Richtlijnen voor "
            "trainers”) of the STEAM Coach project’s diversity- and gender-aware continuing "
            "professional development programme, followed faithfully; the English sessions "
            "are a translation of the Dutch.",
        ),
        "### " + translate("Help", "Its references"),
        "\n".join("- " + literal(r.text) + (f" <{r.url}>" if r.url else "") for r in references),
    ]
    return "\n\n".join(lines)


def about(references: list[Reference], parent: QWidget | None = None) -> GuideDialog:
    """About Facilitator: version and credits."""
    dialog = GuideDialog(
        translate("Help", "About Facilitator"), about_markdown(references), parent=parent
    )
    dialog.setObjectName("about")
    dialog.resize(640, 560)
    return dialog
