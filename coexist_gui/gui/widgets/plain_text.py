"""Plain text on screen: labels and tooltips that never read pack or plan text as markup.

QLabel guesses rich text (AutoText) and Qt tooltips render anything that looks like HTML,
so a card text like ``<img src=…>`` would become markup. Everything shown here is literal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from ...core.plaintext import printable


def plain_label(text: str = "", *, bold: bool = False, scale: float = 1.0, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour reads as quieter in light and dark palettes."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def plain_tooltip(*parts: str) -> str:
    """A tooltip that shows every part literally (escaped HTML on purpose), separated by blank lines."""
    body = "<br><br>".join(html.escape(printable(p)).replace("\n", "<br>") for p in parts if p)
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""
