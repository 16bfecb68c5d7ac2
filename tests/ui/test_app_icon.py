"""The window icon painted by ui/app_icon.py: the shapes of assets/facilitator.svg, at
every size, without QtSvg at start (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from facilitator.paths import assets_dir
from facilitator.ui.app_icon import SIZES, app_icon, icon_pixmap


def svg_image(side: int) -> QImage:
    """Qt's rendering of the SVG, the icon's source."""
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(assets_dir() / "facilitator.svg")).render(painter)
    painter.end()
    return image


def differences(a: QImage, b: QImage) -> list[int]:
    """Per pixel, the largest difference of the four channels."""
    found = []
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = QColor(a.pixelColor(x, y)), QColor(b.pixelColor(x, y))
            found.append(
                max(
                    abs(p.red() - q.red()),
                    abs(p.green() - q.green()),
                    abs(p.blue() - q.blue()),
                    abs(p.alpha() - q.alpha()),
                )
            )
    return found


@pytest.mark.parametrize("side", [16, 32, 64])
def test_the_painted_icon_is_the_svgs(qapp: QApplication, side: int) -> None:
    painted = icon_pixmap(side).toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    found = differences(painted, svg_image(side))
    # Antialiased edges may differ by a shade; a shape moved or recoloured differs widely.
    assert sum(1 for d in found if d > 48) <= 2, side
    assert sum(found) / len(found) < 1, side


def test_the_icon_holds_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == list(SIZES)
