"""Plain text on screen: labels and tooltips that never read pack or plan text as markup.

QLabel guesses rich text (AutoText) and Qt tooltips render anything that looks like HTML,
so a card text like ``<img src=…>`` would become markup. Everything shown here is literal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ...core.plaintext import printable


def plain_label(text: str = "", *, role: str = "", bold: bool = False, scale: float = 1.0,
                wrap: bool = True) -> QLabel:
    """A label that shows ``text`` literally, in a step of the type scale (``theme.tokens.TYPE_SCALE``).

    ``role`` is "title", "heading", "caption" (small and muted), "small" or "display"; the style sheet
    sizes it at every zoom, so a heading stays larger than the body text. ``bold`` gives body or small
    text the strong weight; ``scale`` is an older spelling of a role.
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if not role:
        role = "title" if scale >= 1.2 else "heading" if scale > 1.0 else "small" if scale < 1.0 else ""
    if role:
        label.setProperty("role", role)
    if bold:
        label.setProperty("strong", True)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text, in the scheme's muted colour (which keeps 4.5:1 on every surface)."""
    label.setProperty("muted", True)
    return label


def plain_tooltip(*parts: str) -> str:
    """A tooltip that shows every part literally (escaped HTML on purpose), separated by blank lines."""
    body = "<br><br>".join(html.escape(printable(p)).replace("\n", "<br>") for p in parts if p)
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""
