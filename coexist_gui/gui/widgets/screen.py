"""Sizes that fit the screen a window opens on (a 1280×720 laptop has about 1280×680 free)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 48)  # room for the window manager's frame and title bar


def fitting_size(window: QWidget, wanted: QSize) -> QSize:
    """``wanted``, or less, so that the window and its frame fit the free area of its screen."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    free = screen.availableGeometry().size() - FRAME
    return wanted.boundedTo(free)
