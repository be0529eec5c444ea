"""Small painted icons: a factor's colour swatch and a criterion's lettered marker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def swatch_icon(colour: str, size: int = 12) -> QIcon:
    """A round swatch in ``colour`` with a slightly darker rim (factor choosers, filter buttons, headings)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def letter_icon(colour: str, letter: str, size: int = 16) -> QIcon:
    """A rounded square in ``colour`` holding ``letter`` in white: a criterion's marker.

    Square, not round, and lettered: it can never be read as a factor's swatch or a "done" light."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont

    ratio = 2  # drawn at twice the size, so it stays sharp on high-density screens
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    box = QRectF(1, 1, size - 2, size - 2)
    painter.drawRoundedRect(box, size / 4, size / 4)
    font = QFont(painter.font())
    font.setPixelSize(max(6, round(size * 0.62)))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), letter[:1].upper())
    painter.end()
    return QIcon(pixmap)
