"""The list view used for the bank and for every paragraph: drag, drop and keyboard paths."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ..theme.appearance import current_scheme
from ..theme.tokens import RADIUS_CARD
from ..widgets.metrics import px
from .delegate import CardDelegate
from .roles import CARD_ID_ROLE


class CardView(QListView):
    """A list of cards.

    Signals:
        sendRequested(list, int): send these card ids to paragraph N (0-based; -1 = the current target).
        removeRequested(list): take these card ids out of the plan.
        shiftRequested(str, int): move a card up (-1) or down (+1) inside its paragraph.
        focused(): the view got keyboard focus.
    """

    MIN_VIEWPORT_HEIGHT = 48

    sendRequested = Signal(list, int)
    removeRequested = Signal(list)
    shiftRequested = Signal(str, int)
    focused = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self.card_delegate = CardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSpacing(0)
        self.setMouseTracking(True)  # cards show a hover edge
        self._drag_over = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # after the event: a zoom re-polishes every widget, this one perhaps while it is being deleted
            QTimer.singleShot(0, self, self.relayout)

    def viewportSizeHint(self) -> QSize:
        """What the view would like to be, without laying out every card to find out.

        QListView measures every item for this; every layout the list is put in asks for it
        (four times while the window is built). The bank scrolls and a paragraph's height is
        set by ``fit()``, so a modest fixed hint is all they need."""
        return QSize(240, self.MIN_VIEWPORT_HEIGHT)

    def relayout(self) -> None:
        """Measure every card again before the next paint (new fonts, chips shown or hidden).

        Not at once: at start-up the window has not got its final size yet, and laying the
        cards out for a width they never get would measure every card twice."""
        self.card_delegate.clear_cache()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def row_of(self, card_id: str) -> int:
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(CARD_ID_ROLE) == card_id:
                return row
        return -1

    def select_cards(self, card_ids: list[str]) -> bool:
        """Select these cards (those the view shows), make the first current and scroll to it."""
        model, selection = self.model(), self.selectionModel()
        rows = [r for r in (self.row_of(card_id) for card_id in card_ids) if r >= 0]
        if not rows or selection is None:
            return False
        selection.clearSelection()
        for row in rows:
            selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.scrollTo(model.index(rows[0], 0))
        return True

    def selected_ids(self) -> list[str]:
        rows = sorted(self.selectionModel().selectedRows(), key=QModelIndex.row) if self.selectionModel() else []
        ids = [index.data(CARD_ID_ROLE) for index in rows]
        if not ids and self.currentIndex().isValid():
            ids = [self.currentIndex().data(CARD_ID_ROLE)]
        return [i for i in ids if i]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_ids():
            self.sendRequested.emit(self.selected_ids(), -1)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_ids():
            self.removeRequested.emit(self.selected_ids())
            return
        if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            ids = self.selected_ids()
            if len(ids) == 1:
                self.shiftRequested.emit(ids[0], -1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def dragEnterEvent(self, event) -> None:
        super().dragEnterEvent(event)
        self._set_drag_over(event.isAccepted())

    def dragLeaveEvent(self, event) -> None:
        super().dragLeaveEvent(event)
        self._set_drag_over(False)

    def dropEvent(self, event) -> None:
        super().dropEvent(event)
        self._set_drag_over(False)

    def _set_drag_over(self, on: bool) -> None:
        if on != self._drag_over:
            self._drag_over = on
            self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        empty = self.model() is not None and self.model().rowCount() == 0
        if not (empty and self.placeholder) and not self._drag_over:
            return
        scheme = current_scheme()
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.viewport().rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        # the drop zone is drawn only where it helps: an empty list, or a card being dragged over it
        colour = QColor(scheme.accent if self._drag_over else scheme.border_strong)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(scheme.sunken) if empty else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(area, px(RADIUS_CARD), px(RADIUS_CARD))
        if empty and self.placeholder:
            painter.setPen(QColor(scheme.muted))
            painter.drawText(self.viewport().rect(), int(Qt.AlignmentFlag.AlignCenter), self.placeholder)


class FittedCardView(CardView):
    """A paragraph's card list: as tall as its cards (the plan board scrolls, not each list).

    Up to ``FIT_ROWS`` cards: a plan may hold 2,000 cards in a paragraph (the cards of another
    version of the pack, kept as they are), and measuring each to fit took the window 14 s on a
    plan with 40,000. A longer paragraph is as tall as its first ``FIT_ROWS`` cards and scrolls
    inside, and above ``UNIFORM_ABOVE`` cards its rows share one height (Qt then lays out the
    list without measuring every card), so the work to show a paragraph is bounded.
    """

    MIN_HEIGHT = 48  # at 100 %: an empty paragraph's drop zone
    FIT_ROWS = 40
    UNIFORM_ABOVE = FIT_ROWS

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.rowsRemoved.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        self._bound(rows)
        height = sum(self.sizeHintForRow(r) + 2 * self.spacing() for r in range(min(rows, self.FIT_ROWS)))
        height += 2 * self.frameWidth() + 2
        self.setFixedHeight(max(px(self.MIN_HEIGHT), height))

    def relayout(self) -> None:
        super().relayout()
        self.fit()

    def refit(self) -> None:
        """The cards' marks changed: lay the rows out again (their text stays measured) and fit."""
        self.scheduleDelayedItemsLayout()
        self.viewport().update()
        self.fit()

    def _bound(self, rows: int) -> None:
        uniform = rows > self.UNIFORM_ABOVE
        if uniform != self.uniformItemSizes():
            self.setUniformItemSizes(uniform)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if rows > self.FIT_ROWS
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
