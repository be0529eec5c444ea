"""A small QPainter line chart: values over attempts, several series, with a legend (no Qt Charts)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .colours import mix

PAD = 8
MARKER = 3.5


@dataclass(frozen=True)
class Series:
    name: str
    colour: str  # "#rrggbb"
    values: tuple[float | None, ...]  # one per attempt; None leaves a gap
    style: Qt.PenStyle = Qt.PenStyle.SolidLine  # colour is never the only difference between series


class LineChart(QWidget):
    """Series of values (``y_min``–``y_max``) over attempt numbers 1…n, drawn with markers and a legend.

    ``ticks`` are the labelled values on the y axis. ``point_positions()`` gives where each
    marker is drawn, so tests can read those pixels back from ``grab().toImage()``.
    """

    def __init__(self, y_min: float, y_max: float, ticks: tuple[float, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.y_min, self.y_max, self.ticks = y_min, y_max, ticks
        self.series: tuple[Series, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(160)

    def set_series(self, series: list[Series], description: str) -> None:
        self.series = tuple(series)
        self.setAccessibleDescription(description)
        self.update()

    def count(self) -> int:
        return max((len(s.values) for s in self.series), default=0)

    def sizeHint(self) -> QSize:
        return QSize(560, 220)

    # -- geometry -----------------------------------------------------------
    def _legend_height(self) -> int:
        return self.fontMetrics().height() + PAD

    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = max(metrics.horizontalAdvance(self._tick_text(t)) for t in self.ticks) + PAD if self.ticks else PAD
        top = self._legend_height() + PAD
        bottom = metrics.height() + PAD
        return QRectF(left, top, max(1.0, self.width() - left - PAD * 2), max(1.0, self.height() - top - bottom))

    def _x(self, index: int, plot: QRectF) -> float:
        n = self.count()
        if n <= 1:
            return plot.center().x()
        return plot.left() + plot.width() * index / (n - 1)

    def _y(self, value: float, plot: QRectF) -> float:
        span = (self.y_max - self.y_min) or 1.0
        return plot.bottom() - plot.height() * (value - self.y_min) / span

    def point_positions(self) -> dict[str, list[QPointF]]:
        plot = self.plot_rect()
        return {s.name: [QPointF(self._x(i, plot), self._y(v, plot)) for i, v in enumerate(s.values) if v is not None]
                for s in self.series}

    @staticmethod
    def _tick_text(value: float) -> str:
        return str(int(value)) if float(value).is_integer() else f"{value:g}"

    # -- painting -----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            text = palette.color(QPalette.ColorRole.WindowText)
            muted = mix(palette.color(QPalette.ColorRole.Window), text, 0.65)  # readable, but quieter than data
            grid = mix(palette.color(QPalette.ColorRole.Window), text, 0.15)
            plot = self.plot_rect()
            metrics = self.fontMetrics()
            if not self.count():
                painter.setPen(muted)
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No checks yet"))
                return
            for tick in self.ticks:
                y = self._y(tick, plot)
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(muted)
                painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - PAD / 2, metrics.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._tick_text(tick))
            n = self.count()
            step = max(1, n // 10)
            for index in range(0, n, step):
                x = self._x(index, plot)
                painter.drawText(QRectF(x - 20, plot.bottom() + 2, 40, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(index + 1))
            positions = self.point_positions()
            for rank, series in enumerate(self.series):
                colour = QColor(series.colour)
                # earlier series get bigger markers, so where two share a value both colours show (a ring)
                radius = MARKER + 2.0 * (len(self.series) - 1 - rank)
                pen = QPen(colour, 2.2, series.style)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                path = QPainterPath()
                started = False
                for index, value in enumerate(series.values):
                    if value is None:
                        started = False
                        continue
                    point = QPointF(self._x(index, plot), self._y(value, plot))
                    if started:
                        path.lineTo(point)
                    else:
                        path.moveTo(point)
                        started = True
                painter.drawPath(path)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                for point in positions[series.name]:
                    painter.drawEllipse(point, radius, radius)
            self._paint_legend(painter, text)
        finally:
            painter.end()

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = self.fontMetrics()
        x = self.plot_rect().left()
        y = PAD / 2 + metrics.height() / 2
        for series in self.series:
            pen = QPen(QColor(series.colour), 2.2, series.style)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            painter.setPen(text)
            width = metrics.horizontalAdvance(series.name)
            painter.drawText(QRectF(x + 22 + PAD / 2, y - metrics.height() / 2, width + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, series.name)
            x += 22 + PAD / 2 + width + PAD * 2
