"""A small tinted label: the band pill, a paragraph's evidence count, a note beside a control."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from .metrics import px


class Badge(QLabel):
    """Plain text on a tint (``set_tint(background, text)``); its sentence is the accessible description.

    ``pill`` rounds it fully (the band); otherwise it has the control radius. The tint is painted, not
    a style sheet of its own: a widget's own style sheet re-polishes it on every change, and the
    badges change on every edit. With ``elide``, it may be narrower than its text, cut with '…'.
    """

    def __init__(self, pill: bool = False, parent: QWidget | None = None, elide: bool = False) -> None:
        super().__init__(parent)
        self.pill = pill
        self.elide = elide
        self.setObjectName("pill" if pill else "badge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._tint: tuple[str, str] = ("", "")

    def set_tint(self, background: str, text: str) -> None:
        if (background, text) != self._tint:
            self._tint = (background, text)
            self.update()

    def tint(self) -> tuple[str, str]:
        return self._tint

    def show_text(self, text: str, description: str, tint: tuple[str, str]) -> None:
        """Show ``text`` on ``tint`` and say ``description`` to screen readers and in the tooltip."""
        if text != self.text():
            self.setText(text)
            self.setAccessibleName(text)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
            self.setToolTip(description)
        self.set_tint(*tint)
        self.setVisible(bool(text))

    def _padding(self) -> QSize:
        return QSize(px(10 if self.pill else 6), px(2))

    def sizeHint(self) -> QSize:
        pad = self._padding()
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + 2 * pad.width() + 2, metrics.height() + 2 * pad.height())

    def minimumSizeHint(self) -> QSize:
        """With ``elide``, narrower than its text if it must be (cut with '…'; the tooltip has it all)."""
        hint = self.sizeHint()
        if not self.elide:
            return hint
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("Band 5…") + 2 * self._padding().width()),
                     hint.height())

    def paintEvent(self, event) -> None:
        background, colour = self._tint
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect())
        radius = area.height() / 2 if self.pill else min(px(6), area.height() / 2)
        if background:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(area, radius, radius)
        painter.setPen(QColor(colour) if colour else self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        room = self.rect().adjusted(self._padding().width(), 0, -self._padding().width(), 0)
        painter.drawText(room, int(Qt.AlignmentFlag.AlignCenter),
                         self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width()))
        painter.end()
