"""What every part of the main window (files, packs, exports, checks, edits, actions) starts from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .session import Session

if TYPE_CHECKING:
    from .main_window import MainWindow


class WindowPart(QObject):
    """A child of the main window that does one kind of its work; it reaches the panels through ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def session(self) -> Session:
        return self.window.session
