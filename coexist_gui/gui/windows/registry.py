"""The non-modal windows the main window has open (compare, progress, packs), one of each kind."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..theme.appearance import fit_layouts


class SideWindows:
    def __init__(self) -> None:
        self._open: dict[str, QWidget] = {}

    def get(self, name: str) -> QWidget | None:
        return self._open.get(name)

    def put(self, name: str, window: QWidget) -> None:
        self.close(name)
        self._open[name] = window
        fit_layouts(window)  # built at 100 %: spacing at the current zoom

    def close(self, name: str) -> None:
        window = self._open.pop(name, None)
        if window is not None:
            window.close()
            window.deleteLater()

    def close_all(self) -> None:
        for name in list(self._open):
            self.close(name)

    def __contains__(self, name: str) -> bool:
        return name in self._open
