"""Text fields whose Ctrl+Z goes to the plan's undo stack, not the field's own history.

Every keystroke is already an (merged) undo command in the session; a field's
private undo would fork the history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_GLOBAL = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_global(event: QEvent) -> bool:
    return (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _GLOBAL))


class PlanLineEdit(QLineEdit):
    def event(self, event: QEvent) -> bool:
        if _is_global(event):
            event.ignore()
            return False
        return super().event(event)

    def set_text_quietly(self, text: str) -> None:
        """Show ``text`` (after undo/redo) without emitting textEdited; keep the cursor if possible."""
        if self.text() != text:
            position = self.cursorPosition()
            self.blockSignals(True)
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))
            self.blockSignals(False)


class PlanTextEdit(QPlainTextEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if _is_global(event):
            event.ignore()
            return False
        return super().event(event)

    def set_text_quietly(self, text: str) -> None:
        if self.toPlainText() != text:
            cursor = self.textCursor()
            position = cursor.position()
            self.blockSignals(True)
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.setTextCursor(cursor)
            self.blockSignals(False)
