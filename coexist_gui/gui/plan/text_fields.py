"""Text fields whose Ctrl+Z goes to the plan's undo stack, not the field's own history.

Every keystroke is already an (merged) undo command in the session; a field's
private undo would fork the history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QDragEnterEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ..cards.mime import CARDS_MIME
from ..widgets.plain_text import set_field_text

_GLOBAL = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _PlanUndo:
    """Lets Undo/Redo shortcuts through to the window's actions instead of the field."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and any(event.matches(key) for key in _GLOBAL)):
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]


class PlanLineEdit(_PlanUndo, QLineEdit):
    """A point line: card drags pass through to the paragraph instead of pasting the card's text."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARDS_MIME):
            event.ignore()
        else:
            super().dragEnterEvent(event)

    def set_text_quietly(self, text: str) -> None:
        """Show the plan's ``text`` (a file, undo, redo) without emitting textEdited; keep the cursor if possible.

        Text from a file is shown cleaned of control characters; what the student typed is left as typed."""
        position = self.cursorPosition()
        self.blockSignals(True)
        if set_field_text(self, text):
            self.setCursorPosition(min(position, len(self.text())))
        self.blockSignals(False)


class PlanTextEdit(_PlanUndo, QPlainTextEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def set_text_quietly(self, text: str) -> None:
        position = self.textCursor().position()
        self.blockSignals(True)
        if set_field_text(self, text):
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(self.toPlainText())))
            self.setTextCursor(cursor)
        self.blockSignals(False)
