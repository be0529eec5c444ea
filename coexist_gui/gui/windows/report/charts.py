"""A small horizontal bar chart (QPainter, no Qt Charts) for the class summary: bands, factor coverage,
misplaced cards. ``bar_rects()`` says where each bar is drawn, so tests can read those pixels back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ....core.plaintext import printable
from ...widgets.colours import mix
from ...widgets.plain_text import plain_tooltip

ROW = 24
PAD = 6
LABEL_SHARE = 0.45  # of the width, for the bar labels


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str  # "#rrggbb"


class BarChart(QWidget):
    """Bars scaled to ``total`` (e.g. the number of plans), each with its label and its value."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: tuple[Bar, ...] = ()
        self.total = 0
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def set_bars(self, bars: list[Bar], total: int, empty_text: str = "") -> None:
        self.bars = tuple(bars)
        self.total = total
        self.empty_text = empty_text
        described = "; ".join(f"{b.label}: {b.value}" for b in bars) or empty_text
        self.setAccessibleDescription(described)
        self.setToolTip(plain_tooltip(described))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, self._top() + max(1, len(self.bars)) * ROW + PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _top(self) -> int:
        return self.fontMetrics().height() + PAD * 2

    def bar_rects(self) -> list[QRectF]:
        """The filled part of each bar, in widget coordinates."""
        left = self.width() * LABEL_SHARE
        value_width = self.fontMetrics().horizontalAdvance("0000") + PAD
        track = max(1.0, self.width() - left - value_width - PAD)
        rects = []
        for number, bar in enumerate(self.bars):
            y = self._top() + number * ROW + 4
            share = bar.value / self.total if self.total else 0.0
            rects.append(QRectF(left, y, track * min(1.0, share), ROW - 8))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            palette = self.palette()
            text = palette.color(QPalette.ColorRole.WindowText)
            window = palette.color(QPalette.ColorRole.Window)
            track_colour = mix(window, text, 0.12)
            metrics = self.fontMetrics()
            title_font = self.font()
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.setPen(text)
            painter.drawText(QRectF(0, PAD, self.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
            painter.setFont(self.font())
            if not self.bars:
                painter.setPen(mix(window, text, 0.6))
                painter.drawText(QRectF(0, self._top(), self.width(), ROW),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.empty_text)
                return
            left = self.width() * LABEL_SHARE
            rects = self.bar_rects()
            value_width = metrics.horizontalAdvance("0000") + PAD
            track = max(1.0, self.width() - left - value_width - PAD)
            for bar, rect in zip(self.bars, rects, strict=True):
                y = rect.top() - 4
                label = metrics.elidedText(printable(bar.label), Qt.TextElideMode.ElideRight, int(left - PAD))
                painter.setPen(text)
                painter.drawText(QRectF(0, y, left - PAD, ROW), Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignVCenter, label)
                painter.fillRect(QRectF(left, rect.top(), track, rect.height()), track_colour)
                painter.fillRect(rect, QColor(bar.colour))
                painter.drawText(QRectF(left + track + PAD, y, value_width, ROW),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(bar.value))
        finally:
            painter.end()
