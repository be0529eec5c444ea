"""Plain text on screen: every widget that shows pack or plan text gets it through this module.

Two things can go wrong with text from a file. Qt reads it as markup (QLabel guesses rich text,
tooltips render anything that looks like HTML, a button takes ``&`` for a shortcut and a window
title takes ``[*]`` for the modified mark), so a card text like ``<img src=…>`` would become
markup. And control or bidi characters act on what is shown (a right-to-left override reverses
the rest of a factor's name, an escape shows as a box). Here every text is set literally, with
those characters replaced (``core.plaintext.printable``).

The student's own typing is never changed: a text field shows a plan's text cleaned when it
comes from the file, and leaves alone what the student typed in it (``set_field_text``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QTreeWidgetItem,
    QWidget,
)

from ...core.plaintext import printable, printable_line


def plain_label(text: str = "", *, role: str = "", bold: bool = False, scale: float = 1.0,
                wrap: bool = True) -> QLabel:
    """A label that shows ``text`` literally, in a step of the type scale (``theme.tokens.TYPE_SCALE``).

    ``role`` is "title", "heading", "caption" (small and muted), "small" or "display"; the style sheet
    sizes it at every zoom, so a heading stays larger than the body text. ``bold`` gives body or small
    text the strong weight; ``scale`` is an older spelling of a role.
    """
    label = QLabel(printable(text))
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


def _escaped(text: str) -> str:
    """``text`` as HTML text: &, < and > as entities (all a tooltip's text needs; the html module's
    entity table is not worth loading at start-up for it)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_tooltip(*parts: str) -> str:
    """A tooltip that shows every part literally (escaped HTML on purpose), separated by blank lines."""
    body = "<br><br>".join(_escaped(printable(p)).replace("\n", "<br>") for p in parts if p)
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""


def shown(text: str) -> str:
    """Pack or plan text as a multi-line widget shows it (a label, a read-only text box)."""
    return printable(text)


def shown_line(text: str) -> str:
    """Pack or plan text as a one-line widget shows it (a chooser entry, a button, a row, a field)."""
    return printable_line(text)


def set_plain_text(widget: QWidget, text: str) -> None:
    """Show ``text`` in ``widget`` literally: never as markup, never a shortcut, no control characters."""
    if isinstance(widget, QLabel):
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setText(printable(text))
    elif isinstance(widget, QAbstractButton):
        widget.setText(printable_line(text).replace("&", "&&"))  # "Trade & aid" is not Alt+A
    elif isinstance(widget, QLineEdit):
        widget.setText(printable_line(text))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(printable(text))
    else:
        raise TypeError(f"no plain-text setter for {type(widget).__name__}")


def set_field_text(field: QLineEdit | QPlainTextEdit, text: str) -> bool:
    """Show the plan's ``text`` in an editable field; False when it already shows it.

    What the student typed stays as typed (the field already holds exactly ``text``); text
    from a file, an undo or a redo is shown cleaned, and shown cleaned again it is unchanged,
    so the field does not jump while the student types next to a replaced character.
    """
    current = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    cleaned = printable_line(text) if isinstance(field, QLineEdit) else printable(text)
    if current in (text, cleaned):
        return False
    if isinstance(field, QLineEdit):
        field.setText(cleaned)
    else:
        field.setPlainText(cleaned)
    return True


def add_plain_item(combo: QComboBox, text: str, data: object = None, icon: QIcon | None = None) -> None:
    """A chooser entry showing ``text`` on one line, without control characters."""
    if icon is None:
        combo.addItem(printable_line(text), data)
    else:
        combo.addItem(icon, printable_line(text), data)


def set_item_text(item: QListWidgetItem, text: str, tooltip: str = "") -> None:
    """A list row showing ``text`` (line breaks kept: rows wrap), with ``tooltip`` shown literally."""
    item.setText(printable(text))
    item.setToolTip(plain_tooltip(tooltip) if tooltip else "")


def set_tree_text(item: QTreeWidgetItem, column: int, text: str) -> None:
    item.setText(column, printable_line(text))


def plain_title(text: str) -> str:
    """A window title made from a file name or a pack's title: ``[*]`` in it is not the modified mark."""
    return printable_line(text).replace("[*]", "[*][*]")


def plain_action_text(text: str) -> str:
    """A menu entry made from a file name: ``&`` in it is shown, not taken for a shortcut."""
    return printable_line(text).replace("&", "&&")
