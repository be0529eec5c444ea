"""The window's link to the attempt history: open it safely, record each check, never crash or wait over it.

The ``History`` lives on one worker thread and every call runs there, one after another (so a
check is recorded before the Progress window that follows it reads). Another program holding the
database locked makes a call fail after ``history.BUSY_TIMEOUT_S``; even that wait, and a slow
disk, happen off the GUI thread, so the window never freezes over its history.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..core.history import History, HistoryError
from ..core.library import in_the_way
from ..core.model import Pack, Prompt
from ..core.scoring import Score
from . import paths

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("attempts", text)


class _Relay(QObject):
    """Carries a finished call back to the GUI thread (a signal sent from the worker is queued)."""

    finished = Signal(object, object)  # the callback, the Future

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._on_finished)

    @staticmethod
    def _on_finished(callback: Callable[[Future], object], future: Future) -> None:
        callback(future)


class AttemptLog:
    """Owns the ``History`` (on its worker thread). ``notice`` holds a message for the student after a
    problem (shown once); it is set and taken on the worker, in turn with the calls."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.history_file()
        self.history: History | None = None  # touched only on the worker thread
        self.notice = ""
        self.unusable = ""  # why there is no history, while there is none
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coexist-history")
        self._relay = _Relay()
        self._pool.submit(self._open)

    # -- calls from the GUI thread -------------------------------------------------------------
    def submit(self, work: Callable[[History], T]) -> Future[T]:
        """Run ``work(history)`` on the worker; the Future raises HistoryError when there is no usable history
        (the message says why) or the database cannot be read now."""
        return self._pool.submit(self._call, work)

    def then(self, future: Future[T], callback: Callable[[Future[T]], object]) -> None:
        """Call ``callback(future)`` on the GUI thread once ``future`` is done."""
        future.add_done_callback(lambda done: self._relay.finished.emit(callback, done))

    def record(self, pack: Pack, prompt: Prompt, result: Score, time_used: int, predicted: int | None) -> Future:
        """Store one check; the Future gives its id, or None (and a ``notice``) when it could not be stored."""
        return self._pool.submit(self._record, pack.id, pack.version, prompt.id, prompt.question, result,
                                 time_used, predicted)

    def take_notice(self) -> Future[str]:
        """The notice for the student ("" for none), once every call before it has run."""
        return self._pool.submit(self._take_notice)

    def close(self) -> None:
        """Finish what was asked (the last check is recorded), then close. Bounded by the busy timeout."""
        self._pool.submit(self._close)
        self._pool.shutdown(wait=True)

    # -- on the worker thread ------------------------------------------------------------------
    def _open(self) -> None:
        if in_the_way(self.path.parent) is not None:  # the window has said why (paths.folder_problems)
            self.unusable = tr("Coexist's data folder cannot be used.")
            return
        try:
            self.history = History(self.path)
        except (HistoryError, sqlite3.Error, OSError) as exc:
            self.history = None
            self.unusable = str(exc)
            self.notice = tr("Your progress history cannot be used, so checks are not recorded: %1").replace(
                "%1", self.unusable)
            return
        self.unusable = ""
        if self.history.moved_aside is not None:
            self.notice = tr("Your progress history was damaged and could not be read. It was moved aside as "
                             "“%1” and a new history was started.").replace("%1", str(self.history.moved_aside))

    def _call(self, work: Callable[[History], T]) -> T:
        if self.history is None:
            raise HistoryError(self.unusable or tr("Your progress history is closed."))
        try:
            return work(self.history)
        except sqlite3.Error as exc:  # locked by another program, or a disk error mid-way
            raise HistoryError(str(exc)) from exc

    def _take_notice(self) -> str:
        notice, self.notice = self.notice, ""
        return notice

    def _record(self, pack: str, pack_version: str, prompt: str, question: str, result: Score, time_used: int,
                predicted: int | None) -> int | None:
        if self.history is None:
            return None
        try:
            return self.history.record(pack=pack, pack_version=pack_version, prompt=prompt, question=question,
                                       score=result, time_used=time_used, predicted_band=predicted)
        except sqlite3.DatabaseError as exc:
            message = tr("This check could not be added to your progress history: %1").replace("%1", str(exc))
            self._close()
            self._open()  # moves a file that went bad aside, so the next check is recorded again
            self.notice = message + ("\n\n" + self.notice if self.notice else "")
            return None
        except ValueError as exc:  # a value the history refuses (a clock set to the year 10000)
            self.notice = tr("This check could not be added to your progress history: %1").replace("%1", str(exc))
            return None

    def _close(self) -> None:
        if self.history is not None:
            self.history.close()
            self.history = None
