"""File ▸ Export ▸ PNG: a clean picture of the plan, drawn for reading (not a screenshot of the editor).

The question, each paragraph with its point and its cards (factor chips, the student's own cards
marked, and why a card does not count when the score is shown), the judgement and the score with
its criteria. No editing controls, no placeholders. Drawn at twice the pixel density in the light
scheme of the visual system, whatever the window uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen

from ..core.colours import FALLBACK, factor_colours, text_colour
from ..core.feedback import criterion_label, render
from ..core.model import Pack, Plan
from ..core.plaintext import printable
from ..core.plan_document import duration
from ..core.scoring import Score, card_lookup, percent
from .cards.marks import card_marks
from .theme import tokens
from .theme.tokens import LIGHT, band_tint, state_tint

WIDTH = 880  # logical pixels: a comfortable reading width
MARGIN = 40
SCALE = 2  # device pixels per logical pixel
BODY_POINTS = 10.5


@dataclass
class _Pen:
    """Draws (or, without a painter, only measures) blocks from the top down; ``y`` is where the next goes."""

    painter: QPainter | None
    family: str
    y: float = MARGIN
    texts: list[str] = field(default_factory=list)  # everything written, in order (for tests)

    def font(self, scale: float = 1.0, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False) -> QFont:
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(BODY_POINTS * scale)
        font.setWeight(weight)
        font.setItalic(italic)
        return font

    def text(self, text: str, font: QFont, colour: str, left: float, width: float, *, advance: bool = True) -> float:
        """Wrapped text at (left, y) in ``width``; returns its height."""
        text = printable(text)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        height = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100_000), flags, text).height()
        if self.painter is not None:
            self.painter.setFont(font)
            self.painter.setPen(QColor(colour))
            self.painter.drawText(QRectF(left, self.y, width, height + 2), flags, text)
        self.texts.append(text)
        if advance:
            self.y += height
        return height

    def pill(self, label: str, font: QFont, background: str, colour: str, x: float, y: float,
             radius: float | None = None) -> float:
        """A rounded label at (x, y); returns its width."""
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(label) + 16, metrics.height() + 4
        if self.painter is not None:
            painter = self.painter
            painter.setPen(QPen(QColor(background).darker(112), 1) if radius is None else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(QRectF(x, y, width, height), radius if radius is not None else height / 2,
                                    radius if radius is not None else height / 2)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(QRectF(x, y, width, height), int(Qt.AlignmentFlag.AlignCenter), label)
        self.texts.append(label)
        return width


class PlanPicture(QObject):
    """``render()`` gives the picture as a QImage; ``texts`` lists what it wrote (tests read it)."""

    def __init__(self, plan: Plan, pack: Pack, score: Score | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan, self.pack, self.score = plan, pack, score
        self.texts: list[str] = []
        app = QGuiApplication.instance()
        self.family = QGuiApplication.font().family() if app is not None else ""

    def render(self) -> QImage:
        measure = _Pen(None, self.family)
        self._draw(measure)
        height = int(measure.y + MARGIN)
        image = QImage(WIDTH * SCALE, height * SCALE, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(SCALE)
        image.fill(QColor(LIGHT.surface))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            pen = _Pen(painter, self.family)
            self._draw(pen)
            self.texts = pen.texts
        finally:
            painter.end()
        return image

    # -- content --------------------------------------------------------------
    def _draw(self, pen: _Pen) -> None:
        plan, pack, scheme = self.plan, self.pack, LIGHT
        prompt = pack.prompt(plan.prompt)
        inner = WIDTH - 2 * MARGIN
        pen.text(prompt.question if prompt else plan.prompt, pen.font(tokens.TYPE_SCALE["question"],
                                                                        QFont.Weight.DemiBold), scheme.text,
                 MARGIN, inner)
        pen.y += 4
        meta = [pack.title]
        if plan.author:
            meta.append(self.tr("by %1").replace("%1", plan.author))
        if plan.time_used:
            meta.append(self.tr("planned in %1").replace("%1", duration(plan.time_used)))
        pen.text("  ·  ".join(meta), pen.font(tokens.TYPE_SCALE["caption"]), scheme.muted, MARGIN, inner)
        pen.y += 24
        colours = factor_colours(pack, prompt)
        cards = card_lookup(plan, pack)
        for number, paragraph in enumerate(plan.paragraphs, start=1):
            states = dict(self.score.paragraphs[number - 1].cards) if self.score is not None else {}
            self._paragraph(pen, number, paragraph.factor, paragraph.point, paragraph.cards, colours, cards, states)
            pen.y += 20
        self._judgement(pen)
        if self.score is not None:
            pen.y += 24
            self._score(pen, self.score)

    def _rule(self, pen: _Pen, top: float, colour: str) -> None:
        if pen.painter is not None:
            pen.painter.fillRect(QRectF(MARGIN, top, 3, pen.y - top), QColor(colour))

    def _paragraph(self, pen: _Pen, number: int, factor: str, point: str, card_ids: tuple[str, ...],
                   colours: dict[str, str], cards, states: dict[str, str]) -> None:
        scheme = LIGHT
        left, width = MARGIN + 16, WIDTH - 2 * MARGIN - 16
        top = pen.y
        name = self.pack.factor_name(factor) if factor else self.tr("No factor chosen")
        pen.text(self.tr("%1. %2").replace("%1", str(number)).replace("%2", name),
                 pen.font(tokens.TYPE_SCALE["heading"], QFont.Weight.DemiBold), scheme.text, left, width)
        pen.y += 4
        if point.strip():
            pen.text(point.strip(), pen.font(), scheme.text, left, width)
        else:
            pen.text(self.tr("No point written yet."), pen.font(italic=True), scheme.muted, left, width)
        pen.y += 8
        for card_id in card_ids:
            self._card(pen, cards.get(card_id), card_id, colours, states.get(card_id, ""), left, width)
            pen.y += 6
        if not card_ids:
            pen.text(self.tr("No evidence in this paragraph yet."), pen.font(italic=True), scheme.muted, left, width)
        self._rule(pen, top, colours.get(factor, scheme.border_strong) if factor else scheme.border_strong)

    def _card(self, pen: _Pen, card, card_id: str, colours: dict[str, str], state: str, left: float,
              width: float) -> None:
        scheme = LIGHT
        top = pen.y
        pad = 10
        pen.y += pad
        if card is None:
            pen.text(self.tr("Missing card (%1)").replace("%1", card_id), pen.font(italic=True), scheme.muted,
                     left + pad, width - 2 * pad)
        else:
            text = f"{card.year} · {card.text}" if card.year is not None else card.text
            pen.text(text, pen.font(), scheme.text, left + pad, width - 2 * pad)
        small = pen.font(tokens.TYPE_SCALE["caption"])
        badge = pen.font(tokens.TYPE_SCALE["caption"], QFont.Weight.DemiBold)
        pills: list[tuple[str, QFont, str, str, float | None]] = []
        prompt = self.pack.prompt(self.plan.prompt)
        shown = set(prompt.factors) if prompt is not None else set()
        if card is not None:
            for factor_id in (f for f in card.factors if not shown or f in shown):  # as the window shows them
                colour = colours.get(factor_id, FALLBACK)
                pills.append((self.pack.factor_name(factor_id), small, colour, text_colour(colour), None))
        for mark in card_marks(card, state if self.score is not None else ""):
            background, colour = state_tint(scheme, mark.kind)
            label = self.tr("Own card") if mark.kind == "own" else mark.label
            pills.append((label, badge, background, colour, 4.0))
        if pills:
            pen.y += 6
            x, line = left + pad, QFontMetricsF(small).height() + 4
            for label, font, background, colour, radius in pills:
                needed = QFontMetricsF(font).horizontalAdvance(label) + 16
                if x > left + pad and x + needed > left + width - pad:
                    x, pen.y = left + pad, pen.y + line + 4
                x += pen.pill(label, font, background, colour, x, pen.y, radius) + 6
            pen.y += line
        pen.y += pad
        if pen.painter is not None:
            painter = pen.painter
            painter.setPen(QPen(QColor(scheme.border), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(left, top, width, pen.y - top), tokens.RADIUS_CARD, tokens.RADIUS_CARD)
            if state in ("misplaced", "off_question", "own_not_counted") and self.score is not None:
                painter.fillRect(QRectF(left, top + tokens.RADIUS_CARD, 3, pen.y - top - 2 * tokens.RADIUS_CARD),
                                 QColor(scheme.warn_fg))

    def _judgement(self, pen: _Pen) -> None:
        scheme, judgement = LIGHT, self.plan.judgement
        left, width = MARGIN + 16, WIDTH - 2 * MARGIN - 16
        top = pen.y
        pen.text(self.tr("Judgement"), pen.font(tokens.TYPE_SCALE["heading"], QFont.Weight.DemiBold), scheme.text,
                 left, width)
        pen.y += 4
        most = self.pack.factor_name(judgement.most_important) if judgement.most_important else \
            self.tr("not chosen yet")
        pen.text(self.tr("Most important factor: %1").replace("%1", most), pen.font(weight=QFont.Weight.DemiBold),
                 scheme.text, left, width)
        pen.y += 4
        if judgement.text.strip():
            pen.text(judgement.text.strip(), pen.font(), scheme.text, left, width)
        else:
            pen.text(self.tr("No conclusion written yet."), pen.font(italic=True), scheme.muted, left, width)
        self._rule(pen, top, scheme.accent)

    def _score(self, pen: _Pen, score: Score) -> None:
        scheme = LIGHT
        left, width = MARGIN, WIDTH - 2 * MARGIN
        display = pen.font(tokens.TYPE_SCALE["display"] * 0.8, QFont.Weight.DemiBold)
        height = pen.text(str(score.overall), display, scheme.text, left, 120, advance=False)
        number = QFontMetricsF(display).horizontalAdvance(str(score.overall))
        caption = pen.font(tokens.TYPE_SCALE["caption"])
        saved = pen.y
        pen.y += height - QFontMetricsF(caption).height() - 6
        pen.text("/100", caption, scheme.muted, left + number + 4, 60, advance=False)
        pen.y = saved + (height - QFontMetricsF(caption).height()) / 2 - 2
        background, colour = band_tint(scheme, score.band)
        pen.pill(self.tr("Band %1 of 5 · %2").replace("%1", str(score.band)).replace("%2", score.band_name),
                 pen.font(weight=QFont.Weight.DemiBold), background, colour, left + number + 52, pen.y)
        pen.y = saved + height + 4
        pen.text(score.band_descriptor, caption, scheme.muted, left, width)
        gates = [item for item in score.feedback if item.kind.startswith("gate_")] if score.cap else []
        if gates:
            pen.y += 8
            pen.text(render(gates[0]), pen.font(weight=QFont.Weight.DemiBold), scheme.bad_fg, left, width)
        pen.y += 12
        label_width, value_width = 150.0, 40.0
        for criterion in score.criteria:
            row = QFontMetricsF(pen.font()).height() + 8
            saved = pen.y
            pen.text(criterion_label(criterion.id), pen.font(), scheme.text, left, label_width, advance=False)
            value = percent(criterion.value)
            if pen.painter is not None:
                track = QRectF(left + label_width, saved + row / 2 - 5, width - label_width - value_width - 8, 8)
                pen.painter.setPen(Qt.PenStyle.NoPen)
                pen.painter.setBrush(QColor(scheme.sunken))
                pen.painter.drawRoundedRect(track, 3, 3)
                pen.painter.setBrush(QColor(tokens.CRITERION_COLOURS.get(criterion.id, scheme.accent)))
                pen.painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * value / 100, 8), 3, 3)
            pen.text(str(value), pen.font(weight=QFont.Weight.DemiBold), scheme.text, left + width - value_width,
                     value_width, advance=False)
            pen.y = saved + row
        if score.own_cards:
            pen.y += 8
            pen.text(self.tr("%n card(s) in this plan are the student's own (marked “Own card”).", "",
                             len(score.own_cards)), caption, scheme.muted, left, width)


def plan_picture(plan: Plan, pack: Pack, score: Score | None) -> QImage:
    return PlanPicture(plan, pack, score).render()
