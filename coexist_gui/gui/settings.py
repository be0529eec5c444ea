"""What the window remembers between runs, behind named methods instead of QSettings keys."""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Protocol

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from . import paths

RECENT_FILES = 8  # entries in File ▸ Open Recent
LARGER_TEXT_ZOOM = 1.25  # what the old on/off "Larger text" setting becomes


class Checkable(Protocol):
    """A View menu action or a check box: an option the window remembers."""

    def isChecked(self) -> bool: ...

    def setChecked(self, checked: bool) -> None: ...


class WindowSettings:
    """The window's settings store (``paths.settings()``: Qt's store, or a file under ``COEXIST_HOME``)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else paths.settings()

    # -- pack, question, folder -------------------------------------------------
    def last_pack(self) -> str:
        return str(self.store.value("last/pack", ""))

    def last_prompt(self) -> str:
        return str(self.store.value("last/prompt", ""))

    def remember_choice(self, pack_id: str, prompt_id: str) -> None:
        self.store.setValue("last/pack", pack_id)
        self.store.setValue("last/prompt", prompt_id)

    def last_folder(self) -> Path:
        """Where Open and Save start: the folder of the last file, else the documents folder."""
        return Path(str(self.store.value("last/folder", str(paths.documents_dir()))))

    def remember_folder(self, folder: Path) -> None:
        self.store.setValue("last/folder", str(folder))

    # -- recent files -----------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.store.value("recent", [])
        if isinstance(value, str):  # QSettings gives a one-item list back as a string
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, path: Path) -> list[str]:
        """Put ``path`` first (once) and keep the newest RECENT_FILES; returns the new list."""
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.store.setValue("recent", recent[:RECENT_FILES])
        return recent[:RECENT_FILES]

    # -- view options -----------------------------------------------------------
    def view_flag(self, name: str) -> bool | None:
        """A View menu option as saved, or None when it was never saved."""
        value = self.store.value(f"view/{name}")
        return None if value is None else str(value).lower() == "true"

    def restore_view_options(self, options: Mapping[str, Checkable]) -> None:
        """Check each option (a View menu action or a check box) as saved; those never saved stay as they are."""
        for name, option in options.items():
            value = self.view_flag(name)
            if value is not None:
                option.setChecked(value)

    def appearance(self) -> tuple[str, float]:
        """The colour scheme chosen ("system", "light" or "dark") and the zoom (1.0 = 100 %)."""
        scheme = str(self.store.value("view/scheme", "system"))
        try:
            zoom = float(str(self.store.value("view/zoom", "")))
        except ValueError:
            zoom = LARGER_TEXT_ZOOM if self.view_flag("larger") else 1.0
        return scheme, zoom

    def set_appearance(self, scheme: str, zoom: float) -> None:
        self.store.setValue("view/scheme", scheme)
        self.store.setValue("view/zoom", f"{zoom:g}")
        self.store.remove("view/larger")

    # -- window geometry --------------------------------------------------------
    def restore_window(self, window: QMainWindow, splitter: QSplitter) -> tuple[bool, bool]:
        """Geometry and splitter positions as saved; says which of the two were restored."""
        geometry = self.store.value("window/geometry")
        restored_geometry = isinstance(geometry, QByteArray) and not geometry.isEmpty()
        if restored_geometry:
            window.restoreGeometry(geometry)
        state = self.store.value("window/splitter")
        restored_splitter = isinstance(state, QByteArray) and not state.isEmpty()
        if restored_splitter:
            splitter.restoreState(state)
        return restored_geometry, restored_splitter

    def save_window(self, window: QMainWindow, splitter: QSplitter,
                    options: Mapping[str, Checkable]) -> None:
        """Geometry, splitter positions and the view options, for the next start."""
        self.store.setValue("window/geometry", window.saveGeometry())
        self.store.setValue("window/splitter", splitter.saveState())
        for name, option in options.items():
            self.store.setValue(f"view/{name}", option.isChecked())

    def sync(self) -> None:
        self.store.sync()
