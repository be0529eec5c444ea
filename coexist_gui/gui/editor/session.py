"""The one object every edit of a pack in the editor goes through (``gui/session.py`` does this for plans).

It holds the pack being edited (an immutable core ``Pack``), where it is saved, and its undo
stack. Each edit computes the next pack with a pure function from ``core.authoring.edits`` and
pushes a ``ReplaceCommand`` holding both versions, so Undo and Redo cover every kind of change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ...core.authoring.edits import EditError, content_changed
from ...core.model import Pack
from ..undo import ReplaceCommand


class PackSession(QObject):
    """The pack in the editor.

    Signals:
        packChanged(Pack, Pack): the pack before and after a change (edit, undo, redo); views update
            only what differs.
        loaded(): another pack was loaded (new, opened, recovered); views start over.
        pathChanged(object): the file the pack is saved to (Path or None).
        modifiedChanged(bool): the pack differs from its file.
        failed(str): an edit could not be made (a limit of the format); the text says why.
    """

    packChanged = Signal(object, object)
    loaded = Signal()
    pathChanged = Signal(object)
    modifiedChanged = Signal(bool)
    failed = Signal(str)

    def __init__(self, pack: Pack, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.modifiedChanged.emit(not clean))
        self.pack = pack
        self.path = path
        self.saved = pack  # as last saved or opened: what "content changed" is measured against
        self.opened_from_file = path is not None
        self.installed = False  # installed from this editor, or opened from the packs folder
        self._id_unlocked = False

    # -- loading and saving -------------------------------------------------------------------------
    def load(self, pack: Pack, path: Path | None, *, modified: bool = False) -> None:
        """Start over on another pack; ``modified``: it differs from its file (a recovered autosave)."""
        self.undo_stack.clear()
        self.path = path
        self.saved = pack
        self.opened_from_file = path is not None
        self.installed = False
        self._id_unlocked = False
        self.pack = pack
        self.loaded.emit()
        if modified:
            self.undo_stack.resetClean()
        else:
            self.undo_stack.setClean()
        self.pathChanged.emit(path)
        self.modifiedChanged.emit(self.modified)

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.saved = self.pack
        self.undo_stack.setClean()
        self.pathChanged.emit(path)
        self.modifiedChanged.emit(False)

    def is_new(self, section: str, item_id: str) -> bool:
        """The item was added since the pack was last saved (or opened): its id may still follow its text,
        since no plan can name it yet."""
        saved = self.saved
        found = {"evidence": saved.card, "factors": saved.factor, "prompts": saved.prompt}[section](item_id)
        return found is None

    @property
    def id_locked(self) -> bool:
        """The pack's id no longer follows its title: the pack has a file (it may have been shared) or was
        installed, so plans may record its id. ``unlock_id`` overrides this after asking."""
        return (self.path is not None or self.installed) and not self._id_unlocked

    def unlock_id(self) -> None:
        self._id_unlocked = True

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def content_changed(self) -> bool:
        """What students see differs from the saved pack (the version aside): time to offer a new version."""
        return content_changed(self.saved, self.pack)

    # -- the one way to change the pack ------------------------------------------------------------------
    def apply(self, change: Callable[[Pack], Pack], text: str, merge_key: tuple | None = None) -> bool:
        """Push an undoable command replacing the pack with ``change(pack)``; False when nothing changed
        (or the change broke a limit: ``failed`` says which)."""
        before = self.pack
        try:
            after = change(before)
        except EditError as exc:
            self.failed.emit(str(exc))
            return False
        except KeyError:  # the item the edit was for has gone (an undo took it away): nothing to do
            return False
        if after == before:
            return False
        self.undo_stack.push(ReplaceCommand(self._set_pack, before, after, text, merge_key))
        return True

    def _set_pack(self, pack: Pack) -> None:
        before, self.pack = self.pack, pack
        self.packChanged.emit(before, pack)
