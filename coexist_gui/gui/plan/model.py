"""One paragraph's cards as a list model; a drop adds or moves cards to the drop position."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from ...core.model import Plan
from ..cards.mime import decode_cards
from ..cards.model import CardListModel, Index
from ..session import Session


class ParagraphModel(CardListModel):
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
