"""The score panel's chart: counted cards per factor (and per side) as bars, painted with QPainter.

Qt Charts is deprecated since Qt 6.10 and not in PySide6-Essentials.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.scoring import Score
from ..widgets.colours import mix
from ..widgets.plain_text import plain_tooltip, shown_line

ROW_HEIGHT = 22
BAR_HEIGHT = 12
GAP = 8  # between label, bar and count
MIN_BAR = 90  # the narrowest a bar track gets before labels are elided
PAD = 4


@dataclass(frozen=True)
class _Bar:
    label: str
    count: int
    colour: str  # "#rrggbb", or "" for the palette's highlight colour


class CoverageChart(QWidget):
    """Counted cards per factor of the question (and per side for two-sided questions) as horizontal bars.

    Each factor bar is drawn in the factor's colour, with a tick at the number of
    cards the prompt asks for (``min``). ``set_data`` only stores the numbers and
    schedules a repaint, so it is cheap to call on every edit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factors: tuple[_Bar, ...] = ()
        self._sides: tuple[_Bar, ...] = ()
        self._min_cards = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Evidence per factor"))
        self._update_description()

    # -- data ---------------------------------------------------------------

    def set_data(self, score: Score | None, colours: dict[str, str], two_sided: bool) -> None:
        """Show ``score``'s counted cards; ``None`` shows the empty state."""
        rows_before = self._row_count()
        if score is None:
            self._factors, self._sides, self._min_cards = (), (), 0
        else:
            # pack text, painted: on one line and without control characters, like every widget's text
            self._factors = tuple(_Bar(shown_line(f.name), f.counted, colours.get(f.id, "")) for f in score.factors)
            self._sides = tuple(_Bar(shown_line(s.name), s.counted, "") for s in score.sides) if two_sided else ()
            self._min_cards = score.min_cards
        self._update_description()
        if self._row_count() != rows_before:
            self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_data(None, {}, False)

    def is_empty(self) -> bool:
        return not self._factors

    def _update_description(self) -> None:
        if not self._factors:
            self.setAccessibleDescription(self.tr("No evidence yet"))
            return
        # str.format on the translated template only: pack text is inserted, never interpreted
        parts = [self.tr("{name}: {cards}").format(name=bar.label, cards=self._cards(bar.count))
                 for bar in self._factors]
        text = "; ".join(parts) + ". " + self.tr("Each factor needs {cards} for full credit.").format(
            cards=self._cards(self._min_cards))
        if self._sides:
            sides = "; ".join(self.tr("{name}: {cards}").format(name=bar.label, cards=self._cards(bar.count))
                              for bar in self._sides)
            text += " " + self.tr("Sides: {sides}.").format(sides=sides)
        self.setAccessibleDescription(text)

    def _cards(self, count: int) -> str:
        return self.tr("1 card") if count == 1 else self.tr("{count} cards").format(count=count)

    # -- geometry -----------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._factors) + len(self._sides)

    def _row_height(self) -> int:
        return max(ROW_HEIGHT, self.fontMetrics().height() + 6)

    def _side_row_height(self) -> int:
        """A side's name gets a line of its own above its bar: side names are sentences."""
        return self.fontMetrics().height() + self._row_height()

    def _heading_height(self) -> int:
        return self.fontMetrics().height() + PAD

    def sizeHint(self) -> QSize:
        return QSize(320, self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self._content_height())

    def height_for_rows(self, rows: int) -> int:
        """The height that shows ``rows`` bars and both headings: a cap for a scroll area around the chart."""
        return self._heading_height() * 2 + PAD * 3 + rows * self._row_height()

    def _content_height(self) -> int:
        if not self._factors:
            return self._row_height() * 2
        height = self._heading_height() + len(self._factors) * self._row_height()  # "min" label above the rows
        if self._sides:
            height += PAD * 2 + self._heading_height() + len(self._sides) * self._side_row_height()
        return height + PAD

    def _bar_at(self, y: float) -> _Bar | None:
        row = self._row_height()
        top = self._heading_height()
        if top <= y < top + len(self._factors) * row:
            return self._factors[int((y - top) // row)]
        top += len(self._factors) * row + PAD * 2 + self._heading_height()
        if self._sides and top <= y < top + len(self._sides) * self._side_row_height():
            return self._sides[int((y - top) // self._side_row_height())]
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self._bar_at(event.pos().y())
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:  # the full name, which the row may have elided; shown literally
                QToolTip.showText(event.globalPos(), plain_tooltip(
                    self.tr("{name}: {cards}").format(name=bar.label, cards=self._cards(bar.count))), self)
            return True
        return super().event(event)

    # -- painting -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            text = palette.color(QPalette.ColorRole.WindowText)
            if not self._factors:
                painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No evidence yet"))
                return
            metrics = self.fontMetrics()
            counts = [bar.count for bar in self._factors + self._sides]
            count_width = max(metrics.horizontalAdvance(str(c)) for c in counts) + GAP
            label_width = self._label_width(self._factors, count_width)
            left = label_width
            width = max(1, self.width() - left - count_width - PAD)
            track = mix(palette.color(QPalette.ColorRole.Window), text, 0.12)

            top = self._heading_height()
            scale = max([self._min_cards, 1] + [bar.count for bar in self._factors])
            self._paint_rows(painter, self._factors, top, left, width, label_width, scale, track, text)
            rows_bottom = top + len(self._factors) * self._row_height()
            if self._min_cards:
                x = left + width * self._min_cards / scale
                painter.setPen(QPen(text, 1.5))
                painter.drawLine(QPointF(x, top - 2), QPointF(x, rows_bottom))
                small = QFont(self.font())
                small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
                painter.setFont(small)
                painter.drawText(QRectF(x - 30, 0, 60, top - 2),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.tr("min"))
                painter.setFont(self.font())
            if self._sides:
                heading_top = rows_bottom + PAD * 2
                bold = QFont(self.font())
                bold.setBold(True)
                painter.setFont(bold)
                painter.setPen(text)
                painter.drawText(QRectF(0, heading_top, self.width(), self._heading_height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("Sides"))
                painter.setFont(self.font())
                scale = max([1] + [bar.count for bar in self._sides])
                # sides have their own scale, so their bars need not line up with the factors' bars
                self._paint_sides(painter, heading_top + self._heading_height(), count_width, scale, track, text)
        finally:
            painter.end()

    def _paint_sides(self, painter: QPainter, top: int, count_width: int, scale: int, track: QColor,
                     text: QColor) -> None:
        """Each side's name on the full width, its bar on the line below."""
        metrics = self.fontMetrics()
        line = metrics.height()
        width = max(1, self.width() - count_width - PAD)
        for index, bar in enumerate(self._sides):
            y = top + index * self._side_row_height()
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self.width())
            painter.drawText(QRectF(0, y, self.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, label)
            self._paint_bar(painter, bar, y + line, 0, width, scale, track, text)

    def _label_width(self, bars: tuple[_Bar, ...], count_width: int) -> int:
        """As wide as the longest label, but leaving a bar track of at least MIN_BAR (or 45% of the width)."""
        longest = max(self.fontMetrics().horizontalAdvance(bar.label) for bar in bars) + GAP
        room = max(int(self.width() * 0.55), self.width() - count_width - PAD - MIN_BAR)
        return min(longest, room)

    def _paint_rows(self, painter: QPainter, bars: tuple[_Bar, ...], top: int, left: int, width: int,
                    label_width: int, scale: int, track: QColor, text: QColor) -> None:
        metrics = self.fontMetrics()
        row = self._row_height()
        for index, bar in enumerate(bars):
            y = top + index * row
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - GAP)
            painter.drawText(QRectF(0, y, label_width - GAP, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            self._paint_bar(painter, bar, y, left, width, scale, track, text)

    def _paint_bar(self, painter: QPainter, bar: _Bar, y: float, left: int, width: int, scale: int, track: QColor,
                   text: QColor) -> None:
        """One bar track and its filled part in a row starting at ``y``, the count after the filled part."""
        row = self._row_height()
        bar_top = y + (row - BAR_HEIGHT) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(left, bar_top, width, BAR_HEIGHT), 3, 3)
        length = width * min(bar.count, scale) / scale
        if length > 0:
            painter.setBrush(QColor(bar.colour) if bar.colour else self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(left, bar_top, length, BAR_HEIGHT), 3, 3)
        painter.setPen(text)
        count = str(bar.count)
        painter.drawText(QRectF(left + length + GAP / 2, y, self.fontMetrics().horizontalAdvance(count) + GAP, row),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, count)
