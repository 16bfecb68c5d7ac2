"""How the start window draws an entry: its name in bold, a line of detail under it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
_PAD = 8
_ICON = 22

Index = QModelIndex | QPersistentModelIndex


class EntryDelegate(QStyledItemDelegate):
    """Name (bold) over detail (dimmer), after the entry's icon; both as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.92)
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Two lines and some room around them."""
        bold, small = self._fonts(option)
        height = QFontMetrics(bold).height() + QFontMetrics(small).height() + 2 * _PAD
        return QSize(200, max(height, _ICON + 2 * _PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the background as the style does, then the icon and the two lines."""
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        name = style_option.text
        style_option.text = ""
        style_option.icon = QIcon()
        widget = style_option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        left = rect.left() + _PAD
        if isinstance(icon, QIcon) and not icon.isNull():
            top = rect.top() + (rect.height() - _ICON) // 2
            icon.paint(painter, QRect(left, top, _ICON, _ICON))
            left += _ICON + _PAD
        bold, small = self._fonts(option)
        width = rect.right() - left - _PAD
        painter.save()
        painter.setPen(palette.color(text_role))
        painter.setFont(bold)
        line = QFontMetrics(bold)
        top = rect.top() + _PAD
        shown = line.elidedText(str(name or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, top, width, line.height()), Qt.AlignmentFlag.AlignLeft, shown)
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.setFont(small)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        second = QFontMetrics(small)
        detail = second.elidedText(detail, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(left, top + line.height() + 2, width, second.height()),
            Qt.AlignmentFlag.AlignLeft,
            detail,
        )
        painter.restore()
