"""One paragraph block of the plan board: factor, point, its card list, and move/remove buttons."""

from __future__ import annotations

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...core.model import Paragraph, Plan
from ...core.plan import LIMITS
from ...core.scoring import ParagraphScore
from ..cards.marks import card_marks
from ..cards.mime import decode_cards
from ..cards.view import FittedCardView
from ..session import Session
from ..theme.appearance import current_scheme
from ..widgets.badge import Badge
from ..widgets.metrics import px
from ..widgets.plain_text import shown_line
from .factor_combo import FactorComboBox, fill_factor_combo
from .model import ParagraphModel
from .text_fields import PointEdit

STRIPE_WIDTH = 3  # the factor's colour down the left edge of the paragraph, at 100 %


class ParagraphWidget(QFrame):
    """Signals:
        activated(int): this paragraph got focus (it becomes the target for Enter in the bank).
        removed(int): the student removed this paragraph with its × button (its number, from 1).
    """

    activated = Signal(int)
    removed = Signal(int)

    def __init__(self, session: Session, index: int, colours: dict[str, str], show_tags: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.index = index
        self.colours = colours
        self.show_states = False
        self._states: dict[str, str] = {}
        self.setObjectName("paragraph")
        self.number = QLabel(self)  # children are made in the block: each is styled once, not again when moved in
        self.number.setObjectName("paragraphNumber")
        self.factor = FactorComboBox(self)
        self.factor.currentIndexChanged.connect(self._on_factor)
        self.point = PointEdit(self)
        self.point.setPlaceholderText(self.tr("Your point: what this paragraph argues"))
        self.point.setMaxLength(LIMITS.point)
        self.point.textEdited.connect(lambda text: self.session.set_point(self.index, text))
        # text glyphs, drawn in the palette's text colour: style icons vary and some vanish in dark mode
        self.up = self._tool("▲", lambda: self.session.move_paragraph(self.index, self.index - 1))
        self.down = self._tool("▼", lambda: self.session.move_paragraph(self.index, self.index + 1))
        self.remove = self._tool("×", self._remove)
        self.evidence = Badge(parent=self)
        self.model = ParagraphModel(session, index, self)
        self.model.show_factors = show_tags
        self.view = FittedCardView(self.tr("Drop evidence here"), self)
        self.view.setObjectName("paragraphCards")
        self.view.setModel(self.model)
        self.view.card_delegate.configure(session.pack, colours, show_tags, False, session.prompt.factors,
                                            session.card)
        self.view.card_delegate.state_of = self._state_of
        self.model.note = self._note
        self.view.removeRequested.connect(session.remove_cards)
        self.view.shiftRequested.connect(session.shift_card)
        self.view.focused.connect(lambda: self.activated.emit(self.index))

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.number)
        header.addWidget(self.factor, 1)
        header.addWidget(self.evidence)
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        header.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 0, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.point)
        layout.addWidget(self.view)
        self.setAcceptDrops(True)
        self._shown: tuple[Paragraph, int] | None = None
        self.stripe = "#"  # the factor's colour ("" for none yet); "#" until the first refresh
        self.refresh(session.plan)

    # A card dropped on the header or the point line goes to the end of this paragraph
    # (the point field itself refuses card drags, so their text is never pasted into it).
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._judge_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._judge_drag(event)

    @staticmethod
    def _judge_drag(event: QDragMoveEvent) -> None:  # a QDragEnterEvent is a QDragMoveEvent
        if decode_cards(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        decoded = decode_cards(event.mimeData())
        if decoded is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.session.place_cards(decoded[0], self.index)

    def _tool(self, glyph: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(glyph)
        button.setProperty("flat", True)
        button.clicked.connect(slot)
        return button

    def _remove(self) -> None:
        number = self.index + 1
        if self.session.remove_paragraph(self.index):
            self.removed.emit(number)

    def _state_of(self, card_id: str) -> str:
        return self._states.get(card_id, "")

    def _note(self, card_id: str) -> str:
        """What a screen reader and the tooltip say about a card that does not count here."""
        state = self._states.get(card_id, "")
        return next((mark.description for mark in card_marks(None, state) if mark.kind == state), "")

    def set_show_states(self, on: bool) -> None:
        """Marks for cards that do not count, and the evidence count (hidden while the score is)."""
        if on != self.show_states:
            self.show_states = on
            self._refresh_states()

    def _refresh_states(self) -> None:
        score = self.session.score
        paragraph = score.paragraphs[self.index] if self.index < len(score.paragraphs) else None
        states = dict(paragraph.cards) if paragraph is not None and self.show_states else {}
        if states != self._states:
            self._states = states
            self.view.refit()
        self._show_evidence(paragraph, score.min_cards)

    def _show_evidence(self, paragraph: ParagraphScore | None, needed: int) -> None:
        """How many of the paragraph's cards count, against what it needs; tinted by whether it is enough."""
        scheme = current_scheme()
        if paragraph is None or not self.show_states or not needed:
            self.evidence.show_text("", "", ("", ""))
            return
        if paragraph.heading == "none":
            text = self.tr("No factor")
            tint = (scheme.warn_bg, scheme.warn_fg)
            description = self.tr("Choose a factor for this paragraph: until then its cards do not count.")
        else:
            if paragraph.counted > needed:  # more than it needs: "3 of 2 cards" would read as a mistake
                text = self.tr("%1 cards, %2 needed").replace("%1", str(paragraph.counted)).replace("%2", str(needed))
            else:
                text = self.tr("%1 of %2 cards").replace("%1", str(paragraph.counted)).replace("%2", str(needed))
            enough = paragraph.counted >= needed
            tint = (scheme.good_bg, scheme.good_fg) if enough else (scheme.warn_bg, scheme.warn_fg)
            description = self.tr("%n card(s) count here", "", paragraph.counted) + "; " + \
                self.tr("a paragraph needs %n for full credit.", "", needed)
        self.evidence.show_text(text, description, tint)

    def _on_factor(self, _row: int) -> None:
        self.session.set_factor(self.index, self.factor.currentData() or "")

    def refresh(self, plan: Plan) -> None:
        """Show paragraph ``index`` of ``plan``; nothing to do when it and the paragraph count are as shown."""
        paragraph = plan.paragraphs[self.index]
        shown = (paragraph, len(plan.paragraphs))
        if shown == self._shown:
            return  # typing in another paragraph, or the judgement, leaves this block alone (and its marks)
        self._shown = shown
        number = self.index + 1
        self.number.setText(str(number))
        fill_factor_combo(self.factor, self.session.pack, self.session.prompt, self.colours, paragraph.factor,
                          self.tr("Choose a factor…"))
        name = self.session.pack.factor_name(paragraph.factor) if paragraph.factor else self.tr("no factor")
        self.factor.setAccessibleName(self.tr("Factor of paragraph %1").replace("%1", str(number)))
        for button, text in ((self.up, self.tr("Move paragraph %1 up")), (self.down, self.tr("Move paragraph %1 down")),
                             (self.remove, self.tr("Remove paragraph %1"))):
            button.setAccessibleName(text.replace("%1", str(number)))
            button.setToolTip(text.replace("%1", str(number)))
        self.point.setAccessibleName(self.tr("Point of paragraph %1").replace("%1", str(number)))
        self.view.setAccessibleName(self.tr("Cards of paragraph %1, %2").replace("%1", str(number))
                                    .replace("%2", shown_line(name)))
        self.point.set_text_quietly(paragraph.point)
        self.up.setEnabled(self.index > 0)
        self.down.setEnabled(self.index < len(plan.paragraphs) - 1)
        stripe = self.colours.get(paragraph.factor, "")
        if stripe != self.stripe:
            self.stripe = stripe
            self.update()
        self._refresh_states()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The factor's colour as a rule down the left edge: the paragraph is a section, not a box.

        Painted rather than set as a per-paragraph style sheet: each of those re-polished the
        whole block, which cost start-up ~10 ms."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(QRect(0, 0, px(STRIPE_WIDTH), self.height()),
                         QColor(self.stripe or current_scheme().border_strong))
        painter.end()
