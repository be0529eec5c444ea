"""What the main window brings back at start and keeps at close: size, splitter, view options, appearance."""

from __future__ import annotations

from PySide6.QtCore import QSize

from .settings import Checkable
from .widgets.screen import fitting_size
from .window_part import WindowPart

FIRST_SIZE = QSize(1360, 820)


class WindowState(WindowPart):
    """The window's remembered state, through ``WindowSettings`` (the window's ``settings``)."""

    def view_options(self) -> dict[str, Checkable]:
        actions = self.window.menu_actions
        return {"blind": actions.blind, "exam": actions.exam, "grey": actions.grey,
                "hide_placed": self.window.evidence.hide_placed}

    def restore(self) -> None:
        window = self.window
        settings, actions = window.settings, window.menu_actions
        geometry, splitter = settings.restore_window(window, window.splitter)
        if not geometry:
            window.resize(fitting_size(window, FIRST_SIZE))  # less on a small screen (a 1280×720 laptop)
        if not splitter:
            window.splitter.setSizes([420, 560, 380])
        settings.restore_view_options(self.view_options())
        window.view_mode.set_chosen(actions.blind.isChecked(), actions.exam.isChecked())
        window.appearance.restore(*settings.appearance())
        actions.show_appearance()

    def save(self) -> None:
        window = self.window
        window.settings.save_window(window, window.splitter, self.view_options())
        window.settings.remember_choice(window.session.pack.id, window.session.prompt.id)
        window.settings.sync()
