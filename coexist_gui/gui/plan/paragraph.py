"""One paragraph block of the plan board: factor, point, its card list, and move/remove buttons."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...core.model import Paragraph, Plan
from ...core.plan import LIMITS
from ..cards.mime import decode_cards
from ..cards.view import FittedCardView
from ..session import Session
from ..widgets.plain_text import shown_line
from .factor_combo import FactorComboBox, fill_factor_combo
from .model import ParagraphModel
from .text_fields import PlanLineEdit

STRIPE_WIDTH = 5  # the factor's colour down the left edge of the block
STRIPE_RADIUS = 6  # the frame's corner radius (style.qss)


class ParagraphWidget(QFrame):
    """Signals:
        activated(int): this paragraph got focus (it becomes the target for Enter in the bank).
    """

    activated = Signal(int)

    def __init__(self, session: Session, index: int, colours: dict[str, str], show_tags: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.index = index
        self.colours = colours
        self.setObjectName("paragraph")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel()
        self.number.setObjectName("paragraphNumber")
        self.factor = FactorComboBox()
        self.factor.currentIndexChanged.connect(self._on_factor)
        self.point = PlanLineEdit()
        self.point.setPlaceholderText(self.tr("Your point: what this paragraph argues"))
        self.point.setMaxLength(LIMITS.point)
        self.point.textEdited.connect(lambda text: self.session.set_point(self.index, text))
        # text glyphs, drawn in the palette's text colour: style icons vary and some vanish in dark mode
        self.up = self._tool("▲", lambda: self.session.move_paragraph(self.index, self.index - 1))
        self.down = self._tool("▼", lambda: self.session.move_paragraph(self.index, self.index + 1))
        self.remove = self._tool("✕", lambda: self.session.remove_paragraph(self.index))
        self.model = ParagraphModel(session, index, self)
        self.model.show_factors = show_tags
        self.view = FittedCardView(self.tr("Drop evidence here"))
        self.view.setModel(self.model)
        self.view.card_delegate.configure(session.pack, colours, show_tags, False, session.prompt.factors,
                                            session.card)
        self.view.removeRequested.connect(session.remove_cards)
        self.view.shiftRequested.connect(session.shift_card)
        self.view.focused.connect(lambda: self.activated.emit(self.index))

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.number)
        header.addWidget(self.factor, 1)
        header.addStretch(0)
        for button in (self.up, self.down, self.remove):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(6)
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
        button = QToolButton()
        button.setText(glyph)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _on_factor(self, _row: int) -> None:
        self.session.set_factor(self.index, self.factor.currentData() or "")

    def refresh(self, plan: Plan) -> None:
        """Show paragraph ``index`` of ``plan``; nothing to do when it and the paragraph count are as shown."""
        paragraph = plan.paragraphs[self.index]
        shown = (paragraph, len(plan.paragraphs))
        if shown == self._shown:
            return  # typing in another paragraph, or the judgement, leaves this block alone
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

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame (style sheet), then the factor's colour as a stripe down its left edge.

        Painted rather than set as a per-paragraph style sheet: each of those re-polished the
        whole block, which cost start-up ~10 ms."""
        super().paintEvent(event)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            outline = QPainterPath()
            outline.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), STRIPE_RADIUS, STRIPE_RADIUS)
            painter.setClipPath(outline)
            colour = QColor(self.stripe) if self.stripe else self.palette().color(QPalette.ColorRole.Mid)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(0, 0, STRIPE_WIDTH, self.height()))
        finally:
            painter.end()
