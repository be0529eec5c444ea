"""Recovery copies of the pack being edited, as ``gui/autosave.py`` keeps them for plans.

A few seconds after each change the editor writes ``<key>.pack.yaml`` (the canonical text) and
``<key>.json`` (which file it belongs to) into the autosave folder, under a lock held while the
editor is open. Saving or closing normally deletes them; copies left at the next start mean
Coexist stopped before the pack was saved, and the editor offers to restore the newest.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.authoring.writer import write_pack
from ...core.storage import SaveError, atomic_write
from .. import paths
from ..autosave import DELAY_MS, Recovery, discard, pending_recoveries, take_lock
from .session import PackSession

PACK_SUFFIX = ".pack.yaml"


def pending_pack_recoveries(exclude: str = "") -> list[Recovery]:
    """Packs autosaved by editors that did not close normally, newest first."""
    return pending_recoveries(exclude, suffix=PACK_SUFFIX)


def discard_pack_recovery(recovery: Recovery) -> None:
    discard(recovery, suffix=PACK_SUFFIX)


class PackAutosaver(QObject):
    """Writes a recovery copy ``DELAY_MS`` after the last change.

    Signals:
        failed(str): an autosave could not be written (the message says why).
    """

    failed = Signal(str)

    def __init__(self, session: PackSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.key = uuid.uuid4().hex[:12]
        self._lock = take_lock(self.key)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        session.packChanged.connect(self._on_changed)
        session.modifiedChanged.connect(self._on_modified_changed)

    @property
    def pack_file(self) -> Path:
        return paths.autosave_dir() / f"{self.key}{PACK_SUFFIX}"

    @property
    def meta_file(self) -> Path:
        return paths.autosave_dir() / f"{self.key}.json"

    def _on_changed(self, _before: object, _after: object) -> None:
        if self.session.modified:
            self._timer.start()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self._timer.stop()
            self.clear()

    def save_now(self) -> None:
        self._timer.stop()
        if not self.session.modified:
            return
        meta = {"original": str(self.session.path) if self.session.path else None, "saved_at": time.time(),
                "pack": self.session.pack.id}
        try:
            atomic_write(self.pack_file, write_pack(self.session.pack).text)
            atomic_write(self.meta_file, json.dumps(meta))
        except SaveError as exc:
            self.failed.emit(str(exc))

    def release(self) -> None:
        """The editor is closing cleanly: nothing to recover, and nothing held."""
        self.clear()
        self._lock.unlock()

    def clear(self) -> None:
        for path in (self.pack_file, self.meta_file):
            try:
                path.unlink()
            except OSError:
                pass
