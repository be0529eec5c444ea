"""What every card list model shares: rows of card ids, their data roles, and drag support.

The bank's and a paragraph's models (``bank/model.py``, ``plan/model.py``) are thin
adapters over the session: they read its immutable plan and turn every drop into
one session call (which pushes an undo command). They never edit lists themselves.
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...core.model import Card
from ..session import Session
from .mime import BANK, CARDS_MIME, decode_cards, encode_cards
from .roles import CARD_ID_ROLE, PLACED_ROLE
from .text import card_summary, card_tooltip

Index = QModelIndex | QPersistentModelIndex


class CardListModel(QAbstractListModel):
    """Shared data() and drag support; subclasses say which card ids are rows."""

    source = BANK

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.show_factors = True
        # why a card does not count where it is ("" when it counts or the score is hidden): a paragraph sets it
        self.note: Callable[[str], str] = lambda _card_id: ""

    def card_ids(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.card_ids())

    def card_at(self, row: int) -> Card | None:
        return self.session.card(self.card_ids()[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        card_id = self.card_ids()[index.row()]
        card = self.session.card(card_id)
        if role == CARD_ID_ROLE:
            return card_id
        if role == Qt.ItemDataRole.DisplayRole:
            return card.text if card else self.tr("missing card (%1)").replace("%1", card_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if card is None:
                return self.tr("This card is not in the pack any more. It stays in your plan and is saved "
                               "unchanged.")
            return card_tooltip(card, self.session.pack, self.show_factors, self.note(card_id))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if card is None:
                return self.tr("missing card %1").replace("%1", card_id)
            return card_summary(card, self.session.pack, self.show_factors)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.note(card_id)
        if role == PLACED_ROLE:
            index_of = self.session.plan.paragraph_of(card_id)
            return -1 if index_of is None else index_of
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [CARDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self.card_ids()[r] for r in rows]
        texts = [self.data(self.index(r), Qt.ItemDataRole.DisplayRole) for r in rows]
        return encode_cards(ids, texts, self.source)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction) and decode_cards(data) is not None
