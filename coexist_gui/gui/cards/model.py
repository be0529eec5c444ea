"""Qt list models over the session's cards: the evidence bank and one paragraph's cards.

Both are thin adapters: they read the session's immutable plan and turn every
drop into one session call (which pushes an undo command). They never edit
lists themselves.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ...core.model import Card, Plan
from ..session import Session
from .mime import BANK, CARDS_MIME, decode_cards, encode_cards
from .roles import CARD_ID_ROLE, CARD_ROLE, PLACED_ROLE, SEARCH_ROLE
from .text import card_summary, card_tooltip

Index = QModelIndex | QPersistentModelIndex


class _CardListModel(QAbstractListModel):
    """Shared data() and drag support; subclasses say which card ids are rows."""

    source = BANK

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.show_factors = True

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
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return card.text if card else self.tr("missing card (%1)").replace("%1", card_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if card is None:
                return self.tr("This card is not in the pack any more. It stays in your plan and is saved "
                               "unchanged.")
            return card_tooltip(card, self.session.pack, self.show_factors)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if card is None:
                return self.tr("missing card %1").replace("%1", card_id)
            return card_summary(card, self.session.pack, self.show_factors)
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

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
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


class EvidenceModel(_CardListModel):
    """Every card of the pack, then the student's own cards. A drop here takes cards out of the plan.

    Signals:
        placedChanged(): some cards went into or out of the plan (their PLACED_ROLE changed).
    """

    source = BANK
    placedChanged = Signal()

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(session, parent)
        self._ids: list[str] = []
        self._search: list[str] = []
        self._reset_rows()
        session.loaded.connect(self._on_loaded)
        session.planChanged.connect(self._on_plan_changed)

    def card_ids(self) -> list[str]:
        return self._ids

    def _reset_rows(self) -> None:
        cards = self.session.bank_cards()
        self._ids = [c.id for c in cards]
        self._search = [" ".join([c.text, c.detail, str(c.year or "")]).casefold() for c in cards]
        # searching "Marxist" should find the cards tagged with that factor, unless tags are hidden
        names = {f.id: f.name for f in self.session.pack.factors}
        self._search_tags = [" ".join(names.get(f, f) for f in c.factors).casefold() for c in cards]
        self._own = self.session.plan.own_cards
        self._placed = frozenset(self.session.plan.placed_cards())

    def _on_loaded(self) -> None:
        self.beginResetModel()
        self._reset_rows()
        self.endResetModel()

    def _on_plan_changed(self, plan: Plan) -> None:
        if plan.own_cards != self._own:
            self._on_loaded()
            return
        placed = frozenset(plan.placed_cards())
        changed = placed.symmetric_difference(self._placed)
        self._placed = placed
        if changed:
            # Not dataChanged(): QListView re-lays out every row of a non-uniform list on any
            # dataChanged, which costs ~100 ms per drop on a 10,000-card pack. Only the painted
            # grey state and the optional "hide placed" filter depend on this.
            self.placedChanged.emit()

    def is_placed(self, row: int) -> bool:
        return self._ids[row] in self._placed

    def search_text(self, row: int) -> str:
        if self.show_factors:
            return self._search[row] + " " + self._search_tags[row]
        return self._search[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == SEARCH_ROLE and index.isValid():
            return self._search[index.row()]
        if role == PLACED_ROLE and index.isValid():
            # fast path: the filter asks this for every row
            card_id = self._ids[index.row()]
            return -1 if card_id not in self._placed else self.session.plan.paragraph_of(card_id)
        return super().data(index, role)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        decoded = decode_cards(data)
        if decoded is None or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        ids, source = decoded
        if source == BANK:
            return False  # bank to bank: nothing to do
        return self.session.remove_cards(ids)


class ParagraphModel(_CardListModel):
    """The cards of paragraph ``paragraph``. Drops add or move cards to the drop position."""

    def __init__(self, session: Session, paragraph: int, parent=None) -> None:
        super().__init__(session, parent)
        self.paragraph = paragraph
        self.source = paragraph
        self._ids = list(self._current())
        session.planChanged.connect(self._on_plan_changed)

    def _current(self) -> tuple[str, ...]:
        paragraphs = self.session.plan.paragraphs
        return paragraphs[self.paragraph].cards if self.paragraph < len(paragraphs) else ()

    def card_ids(self) -> list[str]:
        return self._ids

    def _on_plan_changed(self, _plan: Plan) -> None:
        current = list(self._current())
        if current != self._ids:
            self.beginResetModel()
            self._ids = current
            self.endResetModel()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        decoded = decode_cards(data)
        if decoded is None or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        ids, _source = decoded
        if parent.isValid():  # dropped onto an item: insert before it
            row = parent.row()
        return self.session.place_cards(ids, self.paragraph, None if row < 0 else row)


class EvidenceFilter(QSortFilterProxyModel):
    """Search text, factor toggles and 'hide cards already in the plan'."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._factors: frozenset[str] = frozenset()
        self._hide_placed = False

    def _refilter(self, change) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_factors(self, factors: frozenset[str]) -> None:
        if factors != self._factors:
            self._refilter(lambda: setattr(self, "_factors", frozenset(factors)))

    @property
    def factors(self) -> frozenset[str]:
        return self._factors

    def set_hide_placed(self, hide: bool) -> None:
        if hide != self._hide_placed:
            self._refilter(lambda: setattr(self, "_hide_placed", hide))

    def refresh(self) -> None:
        """Filter again (what the search matches depends on whether tags are shown)."""
        self._refilter(lambda: None)

    def refresh_placed(self) -> None:
        """Re-run the filter after cards moved in or out of the plan (only matters when hiding them)."""
        if self._hide_placed:
            self._refilter(lambda: None)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Called for every row on each keystroke: read the source model's Python lists directly
        # instead of going through index()/data() (10,000 rows in ~5 ms instead of ~60 ms).
        model: EvidenceModel = self.sourceModel()  # type: ignore[assignment]
        if self._words:
            haystack = model.search_text(source_row)
            if not all(word in haystack for word in self._words):
                return False
        if self._factors:
            card = model.card_at(source_row)
            if card is None or not self._factors.intersection(card.factors):
                return False
        if self._hide_placed and model.is_placed(source_row):
            return False
        return True
