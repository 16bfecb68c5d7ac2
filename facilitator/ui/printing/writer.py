"""The A4 PDF writer set-up shared by every printout."""

from __future__ import annotations

import os

from PySide6.QtCore import QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

RESOLUTION = 300  # dots per inch: text and lines stay sharp when printed
FONT = "DejaVu Sans"  # has every accent the agendas use
INK = "#212121"
GREY = "#5f6368"


def ensure_gui() -> None:
    """Fonts need an application object; on the command line, one without windows.

    A QApplication rather than a QGuiApplication, so that widgets can still be
    made later in the same process (one cannot replace the other).
    """
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([])


def a4_writer(
    target: str | QIODevice, title: str, margins_mm: tuple[float, float, float, float]
) -> QPdfWriter:
    """A PDF writer for A4 portrait at :data:`RESOLUTION`, margins (left, top, right, bottom)."""
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Facilitator")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def mm(value: float) -> float:
    """Millimetres in the writer's device pixels."""
    return value * RESOLUTION / 25.4
