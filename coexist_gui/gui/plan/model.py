"""One paragraph's cards as a list model; a drop adds or moves cards to the drop position."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QObject, Qt

from ...core.model import Plan
from ..cards.mime import decode_cards
from ..cards.model import CardListModel, Index
from ..session import Session


class ParagraphModel(CardListModel):
    """The cards of paragraph ``paragraph``. Drops add or move cards to the drop position.

    Each edit turns the rows into the paragraph's new cards with row signals only
    (removed, then moved, then inserted rows), never a reset, so the view keeps its
    selection and its laid-out rows.
    """

    def __init__(self, session: Session, paragraph: int, parent: QObject | None = None) -> None:
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
        new = list(self._current())
        if new != self._ids:
            self._become(new)

    def _become(self, new: list[str]) -> None:
        ids, root = self._ids, QModelIndex()
        wanted = set(new)
        row = len(ids) - 1
        while row >= 0:  # removals, from the end so that the rows before stay where they are
            if ids[row] in wanted:
                row -= 1
                continue
            last = row
            while row >= 0 and ids[row] not in wanted:
                row -= 1
            self.beginRemoveRows(root, row + 1, last)
            del ids[row + 1:last + 1]
            self.endRemoveRows()
        kept = set(ids)
        for target, card_id in enumerate(c for c in new if c in kept):  # moves: the kept cards in order
            if ids[target] != card_id:
                source = ids.index(card_id, target)
                self.beginMoveRows(root, source, source, root, target)
                ids.insert(target, ids.pop(source))
                self.endMoveRows()
        row = 0
        while row < len(new):  # insertions: ids is now new without the cards that arrive
            if row < len(ids) and ids[row] == new[row]:
                row += 1
                continue
            end = row
            while end < len(new) and new[end] not in kept:
                end += 1
            self.beginInsertRows(root, row, end - 1)
            ids[row:row] = new[row:end]
            self.endInsertRows()
            row = end

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        decoded = decode_cards(data)
        if decoded is None or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        ids, _source = decoded
        if parent.isValid():  # dropped onto an item: insert before it
            row = parent.row()
        return self.session.place_cards(ids, self.paragraph, None if row < 0 else row)
