"""Paints a card: year and wrapped plain text, the factor chips, and its marks (own card, not counted).

One card style everywhere (``docs/design.md``): a surface with a hairline border and the card
radius, no frame around it but the list's. Layout is computed once per (card, width, font,
marks) and cached, so scrolling and filtering a 10,000-card bank does not re-measure text.
``sizeHint`` and ``paint`` lay out for the same width, so a card is never clipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.colours import FALLBACK, text_colour
from ...core.model import Card, Pack
from ...core.plaintext import printable, printable_line
from ..theme.appearance import current_scheme
from ..theme.tokens import RADIUS_CARD, TYPE_SCALE, state_tint
from ..widgets.colours import mix
from ..widgets.metrics import px
from .marks import Mark, card_marks
from .roles import CARD_ID_ROLE, PLACED_ROLE

GAP = 2  # between two cards, on each side (the list's spacing adds to it)
PAD = 8  # inside a card
CHIP_H_PAD = 8
CHIP_GAP = 4
STRIPE = 3  # the tinted edge of a card that does not count where it is


@dataclass
class _Layout:
    height: int
    text_rect: QRect
    chips: list[tuple[QRect, str, str]]  # rect, label (elided only if wider than the card), colour
    marks: list[tuple[QRect, Mark]]


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
        self._text_heights: dict[tuple, int] = {}  # (card, width, font size): the costly measurement
        self.lookup: Callable[[str], Card | None] | None = None
        self.state_of: Callable[[str], str] = lambda _card_id: ""  # a placed card's state, "" to show none
        self._fonts_for: dict[float, tuple[QFont, QFont, QFont]] = {}
        self._placed_marks: dict[int, Mark] = {}

    def configure(self, pack: Pack, colours: dict[str, str], show_chips: bool, grey_placed: bool,
                  factors: tuple[str, ...] = (), lookup: Callable[[str], Card | None] | None = None) -> None:
        self.pack = pack
        self.lookup = lookup
        self.factors = factors
        self.colours = colours
        self.show_chips = show_chips
        self.grey_placed = grey_placed
        self.clear_cache()

    def clear_cache(self) -> None:
        self._cache.clear()
        self._text_heights.clear()
        self._fonts_for.clear()
        self._placed_marks.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        """Body text, chip text and badge text (chip size, semibold)."""
        size = option.font.pointSizeF()
        fonts = self._fonts_for.get(size)
        if fonts is None:
            small = QFont(option.font)
            small.setPointSizeF(max(6.5, size * TYPE_SCALE["caption"]))
            badge = QFont(small)
            badge.setWeight(QFont.Weight.DemiBold)
            fonts = self._fonts_for[size] = (QFont(option.font), small, badge)
        return fonts

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

    def marks(self, index: QModelIndex | QPersistentModelIndex, card_id: str | None = None) -> tuple[Mark, ...]:
        """What the card at ``index`` is marked with: own card, a state, or where it sits in the plan."""
        card_id = card_id if card_id is not None else index.data(CARD_ID_ROLE) or ""
        card = self.lookup(card_id) if self.lookup and card_id else None
        state = "unknown" if card is None else self.state_of(card_id)
        found = card_marks(card, state)
        placed = index.data(PLACED_ROLE) if self.grey_placed else None
        if isinstance(placed, int) and placed >= 0:
            mark = self._placed_marks.get(placed)
            if mark is None:
                where = self.tr("In paragraph %1").replace("%1", str(placed + 1))
                mark = self._placed_marks[placed] = Mark("placed", where, where)
            found += (mark,)
        return found

    def _factor_name(self, factor_id: str) -> str:
        """A chip's text: the factor's name as one plain line (a pack's control characters never reach it)."""
        return printable_line(self.pack.factor_name(factor_id) if self.pack else factor_id)

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                width: int) -> _Layout:
        card_id = index.data(CARD_ID_ROLE) or ""
        marks = self.marks(index, card_id)
        size = option.font.pointSizeF()
        key = (card_id, width, size, self.show_chips, marks)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        text, card = self._display(index)
        font, small, badge = self._fonts(option)
        pad, gap = px(PAD), px(CHIP_GAP)
        inner = max(40, width - 2 * px(GAP) - 2 * pad)
        text_key = (card_id, inner, size)
        text_height = self._text_heights.get(text_key)
        if text_height is None:  # a new mark re-lays the chips out, never the text
            text_height = QFontMetrics(font).boundingRect(QRect(0, 0, inner, 100_000),
                                                          int(Qt.TextFlag.TextWordWrap), text).height()
            self._text_heights[text_key] = text_height
        text_rect = QRect(pad, pad, inner, text_height)
        y = text_rect.bottom() + 1
        small_metrics = QFontMetrics(small)
        pill_h = small_metrics.height() + px(4)
        pills: list[tuple[str, str, int]] = []  # ("chip"|"mark", label or index, width)
        if self.show_chips and card is not None:
            for factor_id in card.factors:
                if self.factors and factor_id not in self.factors:
                    continue
                label = self._factor_name(factor_id)
                pills.append(("chip", factor_id, small_metrics.horizontalAdvance(label) + 2 * px(CHIP_H_PAD)))
        for number, mark in enumerate(marks):
            pills.append(("mark", str(number), QFontMetrics(badge).horizontalAdvance(mark.label) + 2 * px(6)))
        chips: list[tuple[QRect, str, str]] = []
        placed_marks: list[tuple[QRect, Mark]] = []
        if pills:
            x, y = pad, y + px(6)
            for kind, what, w in pills:
                if x > pad and x + w > pad + inner:  # wrap to a new row rather than cut a name short
                    x, y = pad, y + pill_h + gap
                rect = QRect(x, y, min(w, inner), pill_h)
                if kind == "chip":
                    name = self._factor_name(what)
                    room = rect.width() - 2 * px(CHIP_H_PAD)
                    label = name if small_metrics.horizontalAdvance(name) <= room else \
                        small_metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
                    chips.append((rect, label, self.colours.get(what, FALLBACK)))
                else:
                    placed_marks.append((rect, marks[int(what)]))
                x += rect.width() + gap
            y += pill_h
        layout = _Layout(y + pad + 2 * px(GAP), text_rect, chips, placed_marks)
        if len(self._cache) > 50_000:
            self.clear_cache()
        self._cache[key] = layout
        return layout

    def item_width(self) -> int:
        return max(120, self.view.viewport().width())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.item_width()
        return QSize(width, self._layout(option, index, width).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # no initStyleOption(): its PySide6 6.12 wrapper drops a reference to None on every call
        scheme = current_scheme()
        layout = self._layout(option, index, option.rect.width())
        gap = px(GAP)
        rect = option.rect.adjusted(gap, gap, -gap, -gap)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus) and bool(state & QStyle.StateFlag.State_Active)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        marks = [mark for _rect, mark in layout.marks]
        dimmed = any(mark.kind == "placed" for mark in marks)
        card = self._card(index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        surface, accent = QColor(scheme.surface), QColor(scheme.accent)
        fill = mix(surface, accent, 0.14) if selected else surface
        border = QColor(scheme.accent if selected else scheme.border_strong if hovered else scheme.border)
        box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = px(RADIUS_CARD)
        painter.setPen(QPen(border, 1.5 if selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, radius, radius)
        if any(mark.kind in ("misplaced", "off_question", "own_not_counted") for mark in marks):
            edge = QPainterPath()  # the tinted edge, inside the card's corners: the badge says what it means
            edge.addRoundedRect(box, radius, radius)
            painter.save()
            painter.setClipPath(edge)
            painter.fillRect(QRectF(rect.left(), rect.top(), px(STRIPE), rect.height()), QColor(scheme.warn_fg))
            painter.restore()
        if focused:
            painter.setPen(QPen(QColor(scheme.focus), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), radius, radius)
        if dimmed:  # greyed out, but a selected card must stay readable
            painter.setOpacity(0.8 if selected else 0.55)
        font, small, bold = self._fonts(option)
        text, _card = self._display(index)
        if card is None:
            font = QFont(font)
            font.setItalic(True)
        painter.setFont(font)
        painter.setPen(QColor(scheme.text))
        origin = option.rect.topLeft()
        painter.drawText(layout.text_rect.translated(origin),
                         int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft), text)
        painter.setFont(small)
        for chip_rect, label, colour in layout.chips:
            target = QRectF(chip_rect.translated(origin))
            painter.setPen(QPen(QColor(colour).darker(115), 1.0))
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(target.adjusted(0.5, 0.5, -0.5, -0.5), target.height() / 2, target.height() / 2)
            painter.setPen(QColor(text_colour(colour)))
            painter.drawText(target, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.setOpacity(1.0)
        painter.setFont(bold)
        for mark_rect, mark in layout.marks:
            target = QRectF(mark_rect.translated(origin))
            background, foreground = state_tint(scheme, mark.kind)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(target, px(4), px(4))
            painter.setPen(QColor(foreground))
            painter.drawText(target, int(Qt.AlignmentFlag.AlignCenter),
                             QFontMetrics(bold).elidedText(mark.label, Qt.TextElideMode.ElideRight,
                                                           int(target.width()) - px(8)))
        painter.restore()
