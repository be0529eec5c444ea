"""Form fields of the pack editor: every keystroke is an edit (merged per field into one undo step), and
Ctrl+Z goes to the pack's undo stack, as in the planning window's text fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..plan.text_fields import PlanLineEdit, PlanTextEdit


class EditorLine(PlanLineEdit):
    """One line of text, at most ``limit`` characters; ``edited(text)`` is called on every keystroke."""

    def __init__(self, limit: int, name: str, edited: Callable[[str], object], placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(limit)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(edited)


class EditorText(PlanTextEdit):
    """Several lines of text, at most ``limit`` characters (longer input is cut, as a line edit does)."""

    def __init__(self, limit: int, name: str, edited: Callable[[str], object], placeholder: str = "",
                 lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._edited = edited
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        text = self.toPlainText()
        if len(text) > self.limit:
            self.set_text_quietly(text[: self.limit])
            text = text[: self.limit]
        self._edited(text)


def add_row(form: QFormLayout, label: str, field: QWidget, help_text: str = "") -> QLabel:
    """A labelled row whose label is the field's buddy (Alt+letter moves to it); ``help_text`` below."""
    caption = QLabel(label)
    caption.setTextFormat(Qt.TextFormat.PlainText)
    caption.setBuddy(field)
    if help_text:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        note = QLabel(help_text)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setObjectName("muted")
        column.addWidget(note)
        form.addRow(caption, holder)
    else:
        form.addRow(caption, field)
    return caption


def show_text(field: PlanLineEdit | PlanTextEdit, value: str) -> None:
    """Show the pack's ``value`` in ``field`` unless the field already says it: the pack keeps text without
    surrounding spaces, and a space being typed at the end must stay in the field."""
    current = field.text() if isinstance(field, PlanLineEdit) else field.toPlainText()
    if current.strip() != value:
        field.set_text_quietly(value)
