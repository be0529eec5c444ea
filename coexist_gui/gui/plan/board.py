"""The plan board: the student's name, one block per paragraph, "Add paragraph", and the judgement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...core.model import Plan
from ...core.plan import LIMITS
from ..session import Session
from ..theme.appearance import fit_layouts
from .judgement import JudgementWidget
from .paragraph import ParagraphWidget
from .text_fields import PlanLineEdit


class PlanBoard(QScrollArea):
    """Signals:
        targetChanged(int): the paragraph that Enter in the bank sends cards to.
        rebuilt(): the paragraph blocks were made anew (keyboard order must be set again).
        paragraphRemoved(int): the student removed paragraph N (from 1) with its × button.
    """

    targetChanged = Signal(int)
    rebuilt = Signal()
    paragraphRemoved = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.colours: dict[str, str] = {}
        self.show_tags = True
        self.show_states = False
        self.target = 0
        self.paragraphs: list[ParagraphWidget] = []
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Plan"))
        self.container = QWidget()
        self.container.setObjectName("board")
        self.setWidget(self.container)  # first, so that what goes into it is styled once, in place
        self.column = QVBoxLayout(self.container)
        self.column.setContentsMargins(16, 16, 16, 16)
        self.column.setSpacing(24)
        heading = QLabel(self.tr("Your plan"))
        heading.setProperty("role", "title")
        self.author = PlanLineEdit()
        self.author.setMaxLength(LIMITS.name)
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
        session.planChanged.connect(self._on_plan_changed)

    def configure(self, colours: dict[str, str], show_tags: bool) -> None:
        """New colours or tag mode; the window calls this after every load (a new pack or prompt
        brings new colours), so the board does not rebuild on ``Session.loaded`` by itself."""
        self.colours = colours
        self.show_tags = show_tags
        self.judgement.configure(colours)
        self.rebuild()

    def set_show_states(self, on: bool) -> None:
        """Show on the cards and paragraphs what counts (False while the score is hidden)."""
        self.show_states = on
        for widget in self.paragraphs:
            widget.set_show_states(on)

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
            widget = ParagraphWidget(self.session, index, self.colours, self.show_tags, self.container)
            widget.set_show_states(self.show_states)
            widget.activated.connect(self._on_activated)
            widget.removed.connect(self.paragraphRemoved)
            fit_layouts(widget)
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

    def set_target(self, index: int) -> None:
        """Where Enter in the bank sends cards from now on."""
        if 0 <= index < len(self.paragraphs) and index != self.target:
            self._on_activated(index)

    def show_paragraph(self, index: int, card_ids: list[str] | None = None) -> None:
        """Scroll paragraph ``index`` into view, down to ``card_ids`` when given (cards just sent there)."""
        if not 0 <= index < len(self.paragraphs):
            return
        widget = self.paragraphs[index]
        self.column.activate()  # the new card's row must have its place before we scroll to it
        self.ensureWidgetVisible(widget, 0, 0)
        rows = [row for row in (widget.view.row_of(card_id) for card_id in card_ids or []) if row >= 0]
        if rows:
            rect = widget.view.visualRect(widget.model.index(max(rows), 0))
            bottom = widget.view.mapTo(self.container, rect.bottomLeft())
            self.ensureVisible(bottom.x(), bottom.y(), 0, 16)

    def select_paragraph(self, index: int, card_id: str = "") -> None:
        """Show paragraph ``index`` and focus its cards, selecting ``card_id`` when given."""
        if 0 <= index < len(self.paragraphs):
            widget = self.paragraphs[index]
            self.ensureWidgetVisible(widget)
            widget.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if card_id:
                widget.view.select_cards([card_id])
            self._on_activated(index)
