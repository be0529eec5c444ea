"""A push button that screen readers name after its text, in whatever language the text is now."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


def spoken(text: str) -> str:
    """A button's text as a name: without the & of its mnemonic and the … of "opens a dialog" ("Export CSV")."""
    return text.replace("&", "").rstrip("…").rstrip()


class NamedButton(QPushButton):
    """Its accessible name follows its text, also when View ▸ Language sets the text again (``setText``)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setAccessibleName(spoken(text))
