"""A small tinted label: the band pill, a paragraph's evidence count, a note beside a control."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QLabel, QWidget


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

    def minimumSizeHint(self) -> QSize:
        """Narrower than its text if it must be (the text is then cut with '…'; the tooltip has it all)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("Band 5…") + 16), hint.height())

    def paintEvent(self, event) -> None:
        if self.width() >= super().minimumSizeHint().width():
            super().paintEvent(event)
            return
        QFrame.paintEvent(self, event)  # the tint and the rounded corners from the style sheet
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        area = self.contentsRect()
        painter.drawText(area, int(self.alignment()),
                         self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, area.width()))
        painter.end()

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
