"""Paints a card: year, wrapped plain text, and coloured factor chips.

Layout is computed once per (card, width, mode) and cached, so scrolling and
filtering a 10,000-card bank does not re-measure text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.colours import FALLBACK, text_colour
from ...core.model import Card, Pack
from ...core.plaintext import printable, printable_line
from .roles import CARD_ID_ROLE, PLACED_ROLE

PAD = 8
CHIP_H_PAD = 6
CHIP_GAP = 4
CHIP_CHARS = 28
RADIUS = 6


@dataclass
class _Layout:
    height: int
    text_rect: QRect
    chips: list[tuple[QRect, str, str]]  # rect, label, colour


class CardDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view  # kept, not looked up with parent(): that makes PySide6 resolve the type each call
        self.pack: Pack | None = None
        self.factors: tuple[str, ...] = ()  # the prompt's factors: only these get chips
        self.colours: dict[str, str] = {}
        self.show_chips = True
        self.grey_placed = False
        self._cache: dict[tuple, _Layout] = {}
        self.lookup: Callable[[str], Card | None] | None = None

    def configure(self, pack: Pack, colours: dict[str, str], show_chips: bool, grey_placed: bool,
                  factors: tuple[str, ...] = (), lookup: Callable[[str], Card | None] | None = None) -> None:
        self.pack = pack
        self.lookup = lookup
        self.factors = factors
        self.colours = colours
        self.show_chips = show_chips
        self.grey_placed = grey_placed
        self._cache.clear()

    def clear_cache(self) -> None:
        self._cache.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        chip_font = QFont(option.font)
        chip_font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        return option.font, chip_font

    def _factor_name(self, factor_id: str) -> str:
        name = printable_line(self.pack.factor_name(factor_id) if self.pack else factor_id)
        return name if len(name) <= CHIP_CHARS else name[: CHIP_CHARS - 1].rstrip() + "…"

    def _card(self, index: QModelIndex | QPersistentModelIndex) -> Card | None:
        # Look the card up in Python: QModelIndex.data() returning None (a missing card) drops a
        # reference to None in PySide6 6.12 on Python 3.11, which eventually aborts the process.
        card_id = index.data(CARD_ID_ROLE)
        return self.lookup(card_id) if self.lookup and card_id else None

    def _display(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, Card | None]:
        card = self._card(index)
        text = printable(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if card is not None and card.year is not None:
            text = f"{card.year} · {text}"
        return text, card

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                width: int) -> _Layout:
        card_id = index.data(CARD_ID_ROLE)
        key = (card_id, width, option.font.pointSizeF(), self.show_chips)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        text, card = self._display(index)
        font, chip_font = self._fonts(option)
        inner = max(40, width - 2 * PAD)
        metrics = QFontMetrics(font)
        text_rect = metrics.boundingRect(QRect(0, 0, inner, 100_000),
                                         int(Qt.TextFlag.TextWordWrap),
                                         text)
        text_rect = QRect(PAD, PAD, inner, text_rect.height())
        y = text_rect.bottom() + 1
        chips: list[tuple[QRect, str, str]] = []
        if self.show_chips and card is not None and (not self.factors or set(card.factors) & set(self.factors)):
            chip_metrics = QFontMetrics(chip_font)
            chip_h = chip_metrics.height() + 4
            x, y = PAD, y + 6
            shown = [f for f in card.factors if not self.factors or f in self.factors]
            for factor_id in shown:
                label = self._factor_name(factor_id)
                w = chip_metrics.horizontalAdvance(label) + 2 * CHIP_H_PAD
                if x > PAD and x + w > PAD + inner:
                    x, y = PAD, y + chip_h + CHIP_GAP
                chips.append((QRect(x, y, min(w, inner), chip_h), label, self.colours.get(factor_id, FALLBACK)))
                x += w + CHIP_GAP
            y += chip_h
        layout = _Layout(y + PAD, text_rect, chips)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = layout
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.view.viewport().width() - 4
        layout = self._layout(option, index, max(width, 120))
        return QSize(width, layout.height + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # no initStyleOption(): its PySide6 6.12 wrapper drops a reference to None on every call
        rect = option.rect.adjusted(2, 2, -2, -2)
        layout = self._layout(option, index, rect.width())
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = self._card(index)
        placed = self.grey_placed and index.data(PLACED_ROLE) not in (-1, None)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if placed:  # greyed out, but a selected card must stay readable on the highlight
            painter.setOpacity(0.75 if selected else 0.45)
        base = palette.color(QPalette.ColorRole.Base)
        fill = palette.color(QPalette.ColorRole.Highlight) if selected else base.lighter(104) \
            if base.lightness() > 128 else base.lighter(130)
        border = palette.color(QPalette.ColorRole.Highlight) if (selected or focused) else \
            palette.color(QPalette.ColorRole.Mid)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        text_colour_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font, chip_font = self._fonts(option)
        text, _card = self._display(index)
        painter.setFont(font)
        if card is None:
            font.setItalic(True)
            painter.setFont(font)
        painter.setPen(palette.color(text_colour_role))
        painter.drawText(layout.text_rect.translated(rect.topLeft()),
                         int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft), text)
        painter.setFont(chip_font)
        for chip_rect, label, colour in layout.chips:
            target = chip_rect.translated(rect.topLeft())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRectF(target), target.height() / 2, target.height() / 2)
            painter.setPen(QColor(text_colour(colour)))
            painter.drawText(target, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()
