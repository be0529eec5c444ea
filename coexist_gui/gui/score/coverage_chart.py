"""The score panel's chart: counted cards per factor (and per side) as bars, painted with QPainter.

Qt Charts is deprecated since Qt 6.10 and not in PySide6-Essentials.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
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


def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int = 2) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width``, broken at spaces; the last line elided if need be."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class CoverageChart(QWidget):
    """Counted cards per factor of the question (and per side for two-sided questions) as horizontal bars.

    Each factor bar is drawn in the factor's colour, with a tick at the number of
    cards the prompt asks for (``min``). ``set_data`` only stores the numbers and
    schedules a repaint, so it is cheap to call on every edit. A factor's name is
    shown whole beside its bar when it fits; a longer one wraps onto a second line
    (its row grows), and only a name too long for two lines is elided.

    Signals:
        heightChanged(): the height the chart needs changed (more rows, or a name now needs two lines).
    """

    heightChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factors: tuple[_Bar, ...] = ()
        self._sides: tuple[_Bar, ...] = ()
        self._min_cards = 0
        self._height = 0
        self._rows_key: tuple = ()
        self._rows: list[tuple[int, int, list[str]]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
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
        self._check_height(self.width(), self._row_count() != rows_before)
        self.update()

    def _check_height(self, width: int, force: bool = False) -> None:
        height = self.heightForWidth(width)
        if force or height != self._height:
            self._height = height
            self.updateGeometry()
            self.heightChanged.emit()

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

    def _count_width(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(str(bar.count)) for bar in self._factors + self._sides) + GAP

    def _factor_rows(self, width: int) -> list[tuple[int, int, list[str]]]:
        """Each factor row's top (below the "min" label), height and label lines at ``width``."""
        if not self._factors:
            return []
        metrics = self.fontMetrics()
        key = (width, tuple((bar.label, bar.count) for bar in self._factors), self.font().pointSizeF())
        if key == self._rows_key:
            return self._rows
        label_width = self._label_width(self._factors, self._count_width(), width) - GAP
        rows: list[tuple[int, int, list[str]]] = []
        y = self._heading_height()
        for bar in self._factors:
            lines = _wrap(bar.label, metrics, max(1, label_width))
            height = self._row_height() if len(lines) == 1 else len(lines) * metrics.height() + 6
            rows.append((y, height, lines))
            y += height
        self._rows_key, self._rows = key, rows
        return rows

    def sizeHint(self) -> QSize:
        return QSize(320, self._content_height(self.width() or 320))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self._content_height(self.width() or 320))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._content_height(width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._check_height(event.size().width())

    def height_for_rows(self, rows: int) -> int:
        """The height that shows ``rows`` bars and both headings: a cap for a scroll area around the chart."""
        factor_rows = self._factor_rows(self.width() or 320)[:rows]
        return self._heading_height() * 2 + PAD * 3 + sum(height for _y, height, _lines in factor_rows)

    def _content_height(self, width: int) -> int:
        if not self._factors:
            return self._row_height() * 2
        top, height, _lines = self._factor_rows(width)[-1]
        height += top  # the "min" label above the rows
        if self._sides:
            height += PAD * 2 + self._heading_height() + len(self._sides) * self._side_row_height()
        return height + PAD

    def _bar_at(self, y: float) -> _Bar | None:
        rows = self._factor_rows(self.width())
        for bar, (top, height, _lines) in zip(self._factors, rows, strict=True):
            if top <= y < top + height:
                return bar
        if not rows:
            return None
        top = rows[-1][0] + rows[-1][1] + PAD * 2 + self._heading_height()
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
            count_width = self._count_width()
            label_width = self._label_width(self._factors, count_width, self.width())
            left = label_width
            width = max(1, self.width() - left - count_width - PAD)
            track = mix(palette.color(QPalette.ColorRole.Window), text, 0.12)

            top = self._heading_height()
            scale = max([self._min_cards, 1] + [bar.count for bar in self._factors])
            rows = self._factor_rows(self.width())
            self._paint_rows(painter, rows, left, width, label_width, scale, track, text)
            rows_bottom = rows[-1][0] + rows[-1][1]
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
                width = max(1, self.width() - count_width - PAD)
                self._paint_stacked(painter, self._sides, heading_top + self._heading_height(), width, scale, track,
                                    text)
        finally:
            painter.end()

    def _paint_stacked(self, painter: QPainter, bars: tuple[_Bar, ...], top: int, width: int, scale: int,
                       track: QColor, text: QColor) -> None:
        """Each name on the full width (elided only when wider than that), its bar on the line below."""
        metrics = self.fontMetrics()
        line = metrics.height()
        for index, bar in enumerate(bars):
            y = top + index * self._side_row_height()
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, self.width())
            painter.drawText(QRectF(0, y, self.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, label)
            self._paint_bar(painter, bar, y + line, 0, width, scale, track, text)

    def _label_width(self, bars: tuple[_Bar, ...], count_width: int, width: int) -> int:
        """As wide as the longest label, but leaving a bar track of at least MIN_BAR (or 45% of the width)."""
        longest = max(self.fontMetrics().horizontalAdvance(bar.label) for bar in bars) + GAP
        room = max(int(width * 0.55), width - count_width - PAD - MIN_BAR)
        return min(longest, room)

    def _paint_rows(self, painter: QPainter, rows: list[tuple[int, int, list[str]]], left: int, width: int,
                    label_width: int, scale: int, track: QColor, text: QColor) -> None:
        line = self.fontMetrics().height()
        for bar, (y, height, lines) in zip(self._factors, rows, strict=True):
            painter.setPen(text)
            top = y + (height - line * len(lines)) / 2
            for number, part in enumerate(lines):
                painter.drawText(QRectF(0, top + number * line, label_width - GAP, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, part)
            self._paint_bar(painter, bar, y + (height - self._row_height()) / 2, left, width, scale, track, text)

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
