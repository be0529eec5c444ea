"""Recovery copies of the open plan, written a few seconds after each change.

Each window writes ``<key>.plan.yaml`` plus ``<key>.json`` (which file it belongs
to, when) into the autosave folder. A clean save or close deletes them; files
left there at the next start mean the app stopped without saving, and the
window offers to restore the newest.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from ..core.plan import save_plan
from ..core.problems import PlanError
from ..core.recovery import read_autosave_note
from ..core.storage import SaveError, atomic_write, clean_stale_temps
from . import paths
from .session import Session

DELAY_MS = 3000


@dataclass(frozen=True)
class Recovery:
    plan_file: Path  # the autosaved plan
    original: Path | None  # the file it was autosaved for, None for an unsaved plan
    saved_at: float
    problem: str = ""  # what was wrong with its note, which was then left out ("" when it was sound)


PLAN_SUFFIX = ".plan.yaml"


def pending_recoveries(exclude: str = "", suffix: str = PLAN_SUFFIX) -> list[Recovery]:
    """Autosaves left by earlier runs, newest first; stale temp files are cleaned on the way.

    ``suffix``: which kind of autosave (plans; the pack editor's are ``.pack.yaml``).
    """
    folder = paths.autosave_dir()
    clean_stale_temps(folder)
    found: list[Recovery] = []
    for plan_file in folder.glob("*" + suffix):
        key = plan_file.name.removesuffix(suffix)
        if key == exclude or _in_use(folder, key):
            continue  # another running Coexist is still editing this one
        # read as untrusted: the plan is written first (a crash in between leaves no note), and a note can
        # be damaged or hand-edited (``saved_at: 1e400`` made this raise on every start)
        note = read_autosave_note(folder / f"{key}.json", plan_file)
        found.append(Recovery(plan_file, note.original, note.saved_at, note.problem))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _lock_for(folder: Path, key: str) -> QLockFile:
    return QLockFile(str(folder / f"{key}.lock"))


def take_lock(key: str) -> QLockFile:
    """Held while a window lives, so another running Coexist never offers (or deletes) its autosave."""
    lock = _lock_for(paths.autosave_dir(), key)
    lock.tryLock(0)
    return lock


def _in_use(folder: Path, key: str) -> bool:
    """True while the window that writes this autosave is alive (its lock file is held);
    a lock left by a crashed process is stale and is taken over and dropped here."""
    lock = _lock_for(folder, key)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def discard(recovery: Recovery, suffix: str = PLAN_SUFFIX) -> None:
    note = recovery.plan_file.with_name(recovery.plan_file.name.removesuffix(suffix) + ".json")
    for path in (recovery.plan_file, note):
        try:
            path.unlink()
        except OSError:
            pass


class RecoveryCopy(QObject):
    """A recovery copy of one open document (``KEY`` + ``suffix``, and ``KEY.json`` saying which file it is
    for), written ``DELAY_MS`` after the last change, under a lock held while the window lives.

    Subclasses say whether there is anything to recover (``modified``) and write the copy (``write``).

    Signals:
        failed(str): an autosave could not be written (the message says why).
    """

    failed = Signal(str)
    suffix = PLAN_SUFFIX

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = os.urandom(6).hex()  # 12 random hex digits: this window's files in the autosave folder
        self._lock = take_lock(self.key)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def copy_file(self) -> Path:
        return paths.autosave_dir() / f"{self.key}{self.suffix}"

    @property
    def meta_file(self) -> Path:
        return paths.autosave_dir() / f"{self.key}.json"

    def modified(self) -> bool:
        raise NotImplementedError

    def write(self) -> None:
        """Write ``copy_file`` and ``meta_file``; SaveError when the disk says no."""
        raise NotImplementedError

    def _on_changed(self, *_args: object) -> None:
        if self.modified():
            self._timer.start()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self._timer.stop()
            self.clear()

    def write_note(self, original: Path | None, **extra: str) -> None:
        note = {"original": str(original) if original else None, "saved_at": time.time(), **extra}
        import json  # here, not at start-up: the first autosave is seconds after the first edit

        atomic_write(self.meta_file, json.dumps(note))

    def save_now(self) -> None:
        self._timer.stop()
        if not self.modified():
            return
        try:
            self.write()
        except SaveError as exc:
            self.failed.emit(str(exc))

    def release(self) -> None:
        """The window is closing cleanly: nothing to recover, and nothing held."""
        self.clear()
        self._lock.unlock()

    def clear(self) -> None:
        for path in (self.copy_file, self.meta_file):
            try:
                path.unlink()
            except OSError:
                pass


class Autosaver(RecoveryCopy):
    """The open plan's recovery copy, also while the planning timer runs."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.planChanged.connect(self._on_changed)
        session.timeChanged.connect(self._on_time_changed)
        session.modifiedChanged.connect(self._on_modified_changed)

    @property
    def plan_file(self) -> Path:
        return self.copy_file

    def modified(self) -> bool:
        return self.session.modified

    def _on_time_changed(self, _seconds: int) -> None:
        if not self._timer.isActive():  # the clock ticks every second: don't let it postpone the save
            self._timer.start()

    def write(self) -> None:
        try:
            save_plan(self.plan_file, self.session.plan_for_saving())
        except PlanError as exc:  # the plan would not read back: a copy nobody could open helps nobody
            self.failed.emit(self.tr("Could not write a recovery copy: %1").replace("%1", str(exc)))
            return
        self.write_note(self.session.path, pack=self.session.pack.id, prompt=self.session.prompt.id)
