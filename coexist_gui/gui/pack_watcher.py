"""The packs folder, watched: a pack installed or removed elsewhere (the command line, another window, the
pack editor) appears in this window's pack list without a restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal

from . import paths
from .window_part import WindowPart

if TYPE_CHECKING:
    from .main_window import MainWindow

SETTLE_MS = 300  # an install writes a temporary file and renames it: act once it has settled


class PacksWatcher(WindowPart):
    """Rescans the window's pack list when the packs folder changes.

    Signals:
        changed(): the list was read again.
    """

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.folder = paths.packs_dir()
        self._watcher = QFileSystemWatcher(self)
        if self.folder.is_dir():  # a packs folder that cannot be made (data/ is a file) is said elsewhere
            self._watcher.addPath(str(self.folder))
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.rescan)
        self._watcher.directoryChanged.connect(lambda _folder: self._settle.start())
        self._before = self._snapshot()

    def _snapshot(self) -> dict[str, float]:
        try:
            return {p.name: p.stat().st_mtime for p in self.folder.glob("*.yaml")}
        except OSError:
            return {}

    def rescan(self) -> None:
        """Read the packs again (only when a pack file came, went or changed) and refill the pack chooser."""
        now = self._snapshot()
        if now == self._before:
            return
        self._before = now
        window = self.window
        current = window.entry
        window.library.scan()
        if window.library.find(current.pack.id) is None:
            # the pack the student is using was removed elsewhere: keep it for this run, plan and all
            window.library.entries.append(current)
            window.show_status(self.tr("The pack “%1” was removed from the packs folder; it stays open until you "
                                       "choose another.").replace("%1", current.pack.title), 10000)
        window.packs.fill_pack_combo()
        window.packs.refresh_manager()
        self.changed.emit()
