"""A chooser that shows a long entry cut with '…' (and whole in the tooltip) instead of clipped mid-letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from .plain_text import plain_tooltip


class ElidingComboBox(QComboBox):
    """Shows a long question, pack title or factor name cut with '…' (and in full in the tooltip)."""

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, room)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # pack text: shown literally (Qt would render a tooltip that looks like HTML)
        self.currentTextChanged.connect(lambda text: self.setToolTip(plain_tooltip(text)))
