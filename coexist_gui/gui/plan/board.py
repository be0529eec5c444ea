"""The plan board: one block per paragraph, "Add paragraph", and the judgement at the bottom."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Pack, Plan, Prompt
from ...core.plan import MAX_NAME, MAX_POINT
from ...core.scoring import JUDGEMENT_MIN_WORDS
from ..bank.panel import swatch_icon
from ..cards.mime import decode_cards
from ..cards.model import ParagraphModel
from ..cards.view import FittedCardView
from ..session import Session
from .text_fields import PlanLineEdit, PlanTextEdit


class FactorComboBox(QComboBox):
    """A factor chooser that ignores the mouse wheel unless it has keyboard focus.

    Inside the scrolling plan board a plain QComboBox takes the wheel whenever the
    pointer passes over it, so scrolling the plan silently changed paragraphs' factors.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # wide enough for most factor names, but allowed to shrink so a narrow board never
        # needs more width than it has (it does not scroll sideways)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(420)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # let the plan board scroll


def fill_factor_combo(combo: QComboBox, pack: Pack, prompt: Prompt, colours: dict[str, str], current: str,
                      empty_label: str) -> None:
    """Prompt factors with colour swatches; an unknown current factor stays listed (never dropped)."""
    wanted = [""] + list(prompt.factors) + ([current] if current and current not in prompt.factors else [])
    if [combo.itemData(i) for i in range(combo.count())] == wanted and combo.property("colours") == colours:
        if combo.currentData() != current:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        return
    combo.setProperty("colours", colours)
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty_label, "")
    for factor_id in prompt.factors:
        factor = pack.factor(factor_id)
        combo.addItem(swatch_icon(colours.get(factor_id, "#999999")), factor.name if factor else factor_id,
                      factor_id)
    if current and current not in prompt.factors:
        factor = pack.factor(current)
        label = factor.name if factor else combo.tr("unknown factor (%1)").replace("%1", current)
        combo.addItem(swatch_icon("#999999"), label, current)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


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
        self.point.setMaxLength(MAX_POINT)
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
        self.refresh(session.plan)

    # A card dropped on the header or the point line goes to the end of this paragraph
    # (the point field itself refuses card drags, so their text is never pasted into it).
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_cards(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

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
        paragraph = plan.paragraphs[self.index]
        number = self.index + 1
        self.number.setText(str(number))
        fill_factor_combo(self.factor, self.session.pack, self.session.prompt, self.colours, paragraph.factor,
                          self.tr("Choose a factor…"))
        factor = self.session.pack.factor(paragraph.factor)
        name = factor.name if factor else (paragraph.factor or self.tr("no factor"))
        self.factor.setAccessibleName(self.tr("Factor of paragraph %1").replace("%1", str(number)))
        for button, text in ((self.up, self.tr("Move paragraph %1 up")), (self.down, self.tr("Move paragraph %1 down")),
                             (self.remove, self.tr("Remove paragraph %1"))):
            button.setAccessibleName(text.replace("%1", str(number)))
            button.setToolTip(text.replace("%1", str(number)))
        self.point.setAccessibleName(self.tr("Point of paragraph %1").replace("%1", str(number)))
        self.view.setAccessibleName(self.tr("Cards of paragraph %1, %2").replace("%1", str(number))
                                    .replace("%2", name))
        self.point.set_text_quietly(paragraph.point)
        self.up.setEnabled(self.index > 0)
        self.down.setEnabled(self.index < len(plan.paragraphs) - 1)
        colour = self.colours.get(paragraph.factor, "palette(mid)")
        sheet = f"QFrame#paragraph {{ border-left: 5px solid {colour}; }}"
        if self.styleSheet() != sheet:  # re-polishing costs ~1 ms a paragraph: only on a real change
            self.setStyleSheet(sheet)


class JudgementWidget(QFrame):
    def __init__(self, session: Session, colours: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.colours = colours
        self.setObjectName("judgement")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(self.tr("Judgement"))
        heading.setObjectName("heading")
        self.most = FactorComboBox()
        self.most.setAccessibleName(self.tr("Most important factor"))
        self.most.currentIndexChanged.connect(lambda _r: session.set_most_important(self.most.currentData() or ""))
        self.text = PlanTextEdit()
        self.text.setPlaceholderText(self.tr("Your conclusion: which factor mattered most, and why? "
                                             "(at least %1 words)").replace("%1", str(JUDGEMENT_MIN_WORDS)))
        self.text.setAccessibleName(self.tr("Conclusion"))
        self.text.setMinimumHeight(90)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.textChanged.connect(lambda: session.set_judgement_text(self.text.toPlainText()))
        self.words = QLabel()
        self.words.setObjectName("muted")
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(self.tr("Most important factor:"))
        label.setBuddy(self.most)
        row.addWidget(label)
        row.addWidget(self.most, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.text)
        layout.addWidget(self.words, 0, Qt.AlignmentFlag.AlignRight)
        self.refresh(session.plan)

    def refresh(self, plan: Plan) -> None:
        fill_factor_combo(self.most, self.session.pack, self.session.prompt, self.colours,
                          plan.judgement.most_important, self.tr("Not chosen yet"))
        self.text.set_text_quietly(plan.judgement.text)
        count = len(plan.judgement.text.split())
        self.words.setText(self.tr("%n word(s)", "", count))


class PlanBoard(QScrollArea):
    """Signals:
        targetChanged(int): the paragraph that Enter in the bank sends cards to.
        rebuilt(): the paragraph blocks were made anew (keyboard order must be set again).
    """

    targetChanged = Signal(int)
    rebuilt = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.colours: dict[str, str] = {}
        self.show_tags = True
        self.target = 0
        self.paragraphs: list[ParagraphWidget] = []
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Plan"))
        self.container = QWidget()
        self.container.setObjectName("board")
        self.column = QVBoxLayout(self.container)
        self.column.setContentsMargins(8, 8, 8, 8)
        self.column.setSpacing(10)
        heading = QLabel(self.tr("Your plan"))
        heading.setObjectName("heading")
        self.author = PlanLineEdit()
        self.author.setMaxLength(MAX_NAME)
        self.author.setPlaceholderText(self.tr("so your teacher knows whose plan it is"))
        self.author.setAccessibleName(self.tr("Your name"))
        self.author.textEdited.connect(self.session.set_author)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.author)
        top = QWidget()  # one item in the column: paragraph blocks go right after it
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(name_label)
        row.addWidget(self.author, 1)
        self.column.addWidget(top)
        self.add_button = QPushButton(self.tr("Add paragraph"))
        self.add_button.setAccessibleName(self.tr("Add paragraph"))
        self.add_button.clicked.connect(lambda: self.session.add_paragraph(""))
        self.judgement = JudgementWidget(session, self.colours)
        self.column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addWidget(self.judgement)
        self.column.addStretch(1)
        self.setWidget(self.container)
        session.planChanged.connect(self._on_plan_changed)

    def configure(self, colours: dict[str, str], show_tags: bool) -> None:
        """New colours or tag mode; the window calls this after every load (a new pack or prompt
        brings new colours), so the board does not rebuild on ``Session.loaded`` by itself."""
        self.colours = colours
        self.show_tags = show_tags
        self.judgement.colours = colours
        self.rebuild()

    def rebuild(self) -> None:
        """Make every paragraph block anew (a new pack, prompt, colours or tag mode)."""
        self._drop_blocks(0)
        self._sync_blocks(self.session.plan)

    def _drop_blocks(self, keep: int) -> None:
        for widget in self.paragraphs[keep:]:
            self.column.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        del self.paragraphs[keep:]

    def _sync_blocks(self, plan: Plan) -> None:
        """As many blocks as paragraphs. Blocks show paragraph i by index, so adding, removing or
        moving a paragraph only adds or drops blocks at the end and refreshes the rest."""
        self._drop_blocks(len(plan.paragraphs))
        for index in range(len(self.paragraphs), len(plan.paragraphs)):
            widget = ParagraphWidget(self.session, index, self.colours, self.show_tags)
            widget.activated.connect(self._on_activated)
            self.column.insertWidget(1 + index, widget)
            self.paragraphs.append(widget)
        self.judgement.refresh(plan)
        self.target = min(self.target, max(0, len(self.paragraphs) - 1))
        self.rebuilt.emit()

    def focus_chain(self) -> list[QWidget]:
        """The board's controls in reading order, for Tab."""
        chain: list[QWidget] = []
        for widget in self.paragraphs:
            chain += [widget.factor, widget.point, widget.view, widget.up, widget.down, widget.remove]
        return [self.author, *chain, self.add_button, self.judgement.most, self.judgement.text]

    def _on_plan_changed(self, plan: Plan) -> None:
        self.author.set_text_quietly(plan.author)
        if len(plan.paragraphs) != len(self.paragraphs):
            self._sync_blocks(plan)
        for widget in self.paragraphs:
            widget.refresh(plan)
        self.judgement.refresh(plan)

    def _on_activated(self, index: int) -> None:
        self.target = index
        self.targetChanged.emit(index)

    def show_paragraph(self, index: int) -> None:
        """Scroll paragraph ``index`` into view (after cards were sent there from the keyboard)."""
        if 0 <= index < len(self.paragraphs):
            self.ensureWidgetVisible(self.paragraphs[index])

    def select_paragraph(self, index: int, card_id: str = "") -> None:
        """Show paragraph ``index`` and focus its cards, selecting ``card_id`` when given."""
        if 0 <= index < len(self.paragraphs):
            widget = self.paragraphs[index]
            self.ensureWidgetVisible(widget)
            widget.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if card_id:
                widget.view.select_cards([card_id])
            self._on_activated(index)
