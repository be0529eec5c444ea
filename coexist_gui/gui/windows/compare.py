"""The student's plan beside the model plan, one row per factor, with both scores and the differences marked.

Opened from View ▸ Compare with model plan… after "Check plan" only, so the model plan never
shows while the student is still planning. All pack and plan text is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.colours import FALLBACK
from ...core.compare import Comparison
from ...core.model import Pack, Plan
from ...core.scoring import Score, card_lookup, percent
from ..widgets.icons import swatch_icon
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import muted, plain_label, shown_line
from ..widgets.screen import fitting_size

# Stripe colours only: orange and blue text would fail WCAG AA contrast on one palette or the other, so
# the words beside a stripe ("Not in your plan") are bold text in the palette's own text colour.
MODEL_ONLY = "#e69f00"  # Okabe-Ito orange: a card only the model plan uses
YOURS_ONLY = "#0072b2"  # Okabe-Ito blue: a factor only your plan covers


def _bar(colour: str) -> QFrame:
    """A 4 px coloured stripe down the left of a marked item (the text beside it says what it means)."""
    bar = QFrame()
    bar.setFixedWidth(4)
    bar.setAutoFillBackground(True)
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    bar.setPalette(palette)
    return bar


class CompareDialog(QDialog):
    """A non-modal window; ``marked_cards()`` and ``marked_factors()`` say what is highlighted (for tests)."""

    def __init__(self, comparison: Comparison, pack: Pack, colours: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.pack = pack
        self.colours = colours
        self._marked_cards: list[str] = []
        self._marked_factors: list[str] = []
        self._elsewhere: dict[str, str] = {}
        self.setWindowTitle(self.tr("Compare with the model plan"))
        self.setAccessibleName(self.tr("Your plan compared with the model plan"))
        self.resize(fitting_size(self, QSize(980, 720)))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        outer.setSpacing(SECTION)
        intro = plain_label(self.tr("Your plan beside the pack's model plan. Orange marks evidence the model plan uses "
                               "that yours does not; blue marks factors your plan supports that the model plan "
                               "does not. There is more than one good plan: use it for ideas, not as the answer."))
        outer.addWidget(intro)

        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, SECTION, 0)  # keep the right column's text off the scroll bar
        self.grid.setHorizontalSpacing(SECTION)
        self.grid.setVerticalSpacing(SPACING)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        body = QWidget()
        body.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Plans side by side"))
        outer.addWidget(scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.close)
        outer.addWidget(buttons)
        self._fill()

    # -- what is marked ------------------------------------------------------
    def marked_cards(self) -> list[str]:
        return list(self._marked_cards)

    def marked_factors(self) -> list[str]:
        return list(self._marked_factors)

    # -- building --------------------------------------------------------------
    def _fill(self) -> None:
        c = self.comparison
        row = 0
        self.grid.addWidget(self._score_box(self.tr("Your plan"), c.plan_score), row, 0)
        self.grid.addWidget(self._score_box(self.tr("Model plan"), c.exemplar_score), row, 1)
        row += 1
        prompt_factors = [f.id for f in c.plan_score.factors]
        names = {f.id: f.name for f in c.plan_score.factors}
        where_mine = {card: p.factor for p in c.plan.paragraphs for card in p.cards}
        self._elsewhere = {card: factor for card, factor in where_mine.items()}
        for factor_id in prompt_factors:
            row = self._factor_row(row, factor_id, names[factor_id])
        others = [p for p in c.plan.paragraphs if p.factor not in prompt_factors and p.cards]
        model_others = [p for p in c.exemplar.paragraphs if p.factor not in prompt_factors and p.cards]
        if others or model_others:
            row = self._heading_row(row, self.tr("Other paragraphs"), "", marked=False)
            self.grid.addWidget(self._cards_cell(c.plan, others, model=False), row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self._cards_cell(c.exemplar, model_others, model=True), row, 1,
                                Qt.AlignmentFlag.AlignTop)
            row += 1
        row = self._heading_row(row, self.tr("Judgement"), "", marked=False)
        self.grid.addWidget(self._judgement_cell(c.plan), row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self._judgement_cell(c.exemplar), row, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(row + 1, 1)

    def _score_box(self, title: str, result: Score) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(plain_label(title, bold=True, scale=1.15))
        headline = plain_label(self.tr("{overall}/100 · Band {band} of 5 · {name}").format(
            overall=result.overall, band=result.band, name=result.band_name), bold=True)
        layout.addWidget(headline)
        layout.addWidget(muted(plain_label(self.tr(
            "Range {r} · Balance {b} · Selection {s} · Analysis {a} · Judgement {j}").format(
            r=percent(result.breadth), b=percent(result.balance), s=percent(result.selection),
            a=percent(result.analysis), j=percent(result.judgement)), wrap=True)))
        box.setAccessibleName(title + ": " + headline.text())
        return box

    def _heading_row(self, row: int, name: str, factor_id: str, marked: bool) -> int:
        heading = plain_label(name, bold=True, scale=1.1, wrap=True)
        if factor_id:
            icon = swatch_icon(self.colours.get(factor_id, FALLBACK))
            swatch = QLabel()
            swatch.setPixmap(icon.pixmap(12, 12))
            line = QGridLayout()
            line.setHorizontalSpacing(SPACING)
            line.addWidget(swatch, 0, 0)
            line.addWidget(heading, 0, 1)
            line.setColumnStretch(1, 1)
            holder = QWidget()
            holder.setLayout(line)
            line.setContentsMargins(0, SPACING, 0, 0)
            self.grid.addWidget(holder, row, 0, 1, 2)
        else:
            heading.setContentsMargins(0, SPACING, 0, 0)
            self.grid.addWidget(heading, row, 0, 1, 2)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.grid.addWidget(rule, row + 1, 0, 1, 2)
        return row + 2

    def _factor_row(self, row: int, factor_id: str, name: str) -> int:
        c = self.comparison
        mine = [p for p in c.plan.paragraphs if p.factor == factor_id]
        model = [p for p in c.exemplar.paragraphs if p.factor == factor_id]
        only_mine = factor_id in c.factors_only_in_plan
        row = self._heading_row(row, name, factor_id, only_mine)
        name = shown_line(name)  # for the accessible names below; the heading cleans its own
        left = self._cards_cell(c.plan, mine, model=False)
        if only_mine:
            self._marked_factors.append(factor_id)
            badge = plain_label(self.tr("Only your plan supports this factor"), bold=True, scale=0.9)
            column = left.layout()
            if isinstance(column, QVBoxLayout):
                column.insertWidget(0, badge)
            marked = QFrame()
            line = QHBoxLayout(marked)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(0)
            line.addWidget(_bar(YOURS_ONLY))
            line.addWidget(left, 1)
            left = marked
            left.setAccessibleName(self.tr("Your plan, %1 (only your plan supports it)").replace("%1", name))
        else:
            left.setAccessibleName(self.tr("Your plan, %1").replace("%1", name))
        right = self._cards_cell(c.exemplar, model, model=True)
        right.setAccessibleName(self.tr("Model plan, %1").replace("%1", name))
        self.grid.addWidget(left, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(right, row, 1, Qt.AlignmentFlag.AlignTop)
        return row + 1

    def _cards_cell(self, plan: Plan, paragraphs: list, model: bool) -> QFrame:
        cell = QFrame()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(SPACING, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        cards = card_lookup(plan, self.pack)
        ids = [card for p in paragraphs for card in p.cards]
        points = [p.point for p in paragraphs if p.point.strip()]
        for point in points:
            label = plain_label(point)
            font = QFont(label.font())
            font.setItalic(True)
            label.setFont(font)
            layout.addWidget(label)
        if not ids:
            layout.addWidget(muted(plain_label(self.tr("No evidence"))))
        for card_id in dict.fromkeys(ids):
            card = cards.get(card_id)
            text = card.text if card else self.tr("Card “%1” is not in this pack").replace("%1", card_id)
            if model and card_id in self.comparison.cards_only_in_exemplar:
                self._marked_cards.append(card_id)
                layout.addWidget(self._marked_card(text))
            elif model and self._elsewhere.get(card_id) not in (None, *[p.factor for p in paragraphs]):
                elsewhere = self._elsewhere[card_id]
                where = self.pack.factor_name(elsewhere) if elsewhere else self.tr("no factor")
                layout.addWidget(plain_label("• " + text))
                layout.addWidget(muted(plain_label(self.tr("    in your plan under “%1”").replace("%1", where))))
            elif not model and card_id in self.comparison.plan_score.misplaced:
                layout.addWidget(plain_label("• " + text))
                layout.addWidget(muted(plain_label(self.tr("    does not count here: not tagged with this "
                                                           "paragraph's factor"))))
            else:
                layout.addWidget(plain_label("• " + text))
        return cell

    def _marked_card(self, text: str) -> QFrame:
        frame = QFrame()
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(SPACING)
        layout.addWidget(_bar(MODEL_ONLY))
        column = QVBoxLayout()
        column.setSpacing(0)
        tag = plain_label(self.tr("Not in your plan"), bold=True, scale=0.9)
        column.addWidget(tag)
        column.addWidget(plain_label(text))
        layout.addLayout(column, 1)
        frame.setAccessibleName(self.tr("Not in your plan: %1").replace("%1", shown_line(text)))
        return frame

    def _judgement_cell(self, plan: Plan) -> QFrame:
        cell = QFrame()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(SPACING, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        most = plan.judgement.most_important
        layout.addWidget(plain_label(self.tr("Most important: %1").replace("%1", self.pack.factor_name(most)) if most
                                else self.tr("No most important factor chosen"), bold=True))
        layout.addWidget(plain_label(plan.judgement.text) if plan.judgement.text.strip()
                         else muted(plain_label(self.tr("No conclusion written"))))
        return cell
