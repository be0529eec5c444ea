"""Recovery copies of the pack being edited, as ``gui/autosave.py`` keeps them for plans.

A few seconds after each change the editor writes ``<key>.pack.yaml`` (the canonical text) and
``<key>.json`` (which file it belongs to) into the autosave folder, under a lock held while the
editor is open. Saving or closing normally deletes them; copies left at the next start mean
Coexist stopped before the pack was saved, and the editor offers to restore the newest.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject

from ...core.authoring.writer import write_pack
from ...core.storage import atomic_write
from ..autosave import Recovery, RecoveryCopy, discard, pending_recoveries
from .session import PackSession

PACK_SUFFIX = ".pack.yaml"


def pending_pack_recoveries(exclude: str = "") -> list[Recovery]:
    """Packs autosaved by editors that did not close normally, newest first."""
    return pending_recoveries(exclude, suffix=PACK_SUFFIX)


def discard_pack_recovery(recovery: Recovery) -> None:
    discard(recovery, suffix=PACK_SUFFIX)


DAMAGED_SUFFIX = ".damaged"


def set_aside_pack_recovery(recovery: Recovery) -> Path | None:
    """A copy that cannot be read: renamed ``KEY.pack.yaml.damaged`` (kept, never offered again) and its note
    deleted. The new name, or None when the folder refuses (then it is offered again at the next start)."""
    copy = recovery.plan_file
    target = copy.with_name(copy.name + DAMAGED_SUFFIX)
    try:
        os.replace(copy, target)
    except OSError:
        return None
    try:
        copy.with_name(copy.name.removesuffix(PACK_SUFFIX) + ".json").unlink()
    except OSError:
        pass
    return target


class PackAutosaver(RecoveryCopy):
    """The pack being edited: its canonical text, a few seconds after each change."""

    suffix = PACK_SUFFIX

    def __init__(self, session: PackSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.packChanged.connect(self._on_changed)
        session.modifiedChanged.connect(self._on_modified_changed)

    @property
    def pack_file(self) -> Path:
        return self.copy_file

    def modified(self) -> bool:
        return self.session.modified

    def write(self) -> None:
        atomic_write(self.pack_file, write_pack(self.session.pack).text)
        self.write_note(self.session.path, pack=self.session.pack.id)
