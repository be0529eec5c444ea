"""A small tinted label: the band pill, a paragraph's evidence count, a note beside a control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Badge(QLabel):
    """Plain text on a tint (``set_tint(background, text)``); its sentence is the accessible description.

    ``pill`` rounds it fully (the band); otherwise it has the control radius. The tint is the widget's
    own style sheet, set only when it changes (re-polishing costs a little on every call).
    """

    def __init__(self, pill: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pill" if pill else "badge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._tint: tuple[str, str] = ("", "")

    def set_tint(self, background: str, text: str) -> None:
        if (background, text) != self._tint:
            self._tint = (background, text)
            self.setStyleSheet(f"background: {background}; color: {text};")

    def tint(self) -> tuple[str, str]:
        return self._tint

    def show_text(self, text: str, description: str, tint: tuple[str, str]) -> None:
        """Show ``text`` on ``tint`` and say ``description`` to screen readers and in the tooltip."""
        self.setText(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.set_tint(*tint)
        self.setVisible(bool(text))
