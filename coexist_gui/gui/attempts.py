"""The window's link to the attempt history: open it safely, record each check, never crash over it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..core.history import History, HistoryError
from ..core.model import Pack, Prompt
from ..core.scoring import Score
from . import paths


def tr(text: str) -> str:
    return QCoreApplication.translate("attempts", text)


class AttemptLog:
    """Owns the ``History``. ``notice`` holds a message for the student after a problem (shown once)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.history_file()
        self.history: History | None = None
        self.notice = ""
        self.open()

    def open(self) -> None:
        try:
            self.history = History(self.path)
        except (HistoryError, sqlite3.Error, OSError) as exc:
            self.history = None
            self.notice = tr("Your progress history cannot be used, so checks are not recorded: %1").replace(
                "%1", str(exc))
            return
        if self.history.moved_aside is not None:
            self.notice = tr("Your progress history was damaged and could not be read. It was moved aside as "
                             "“%1” and a new history was started.").replace("%1", str(self.history.moved_aside))

    def take_notice(self) -> str:
        notice, self.notice = self.notice, ""
        return notice

    def record(self, pack: Pack, prompt: Prompt, result: Score, time_used: int, predicted: int | None) -> int | None:
        """Store one check; None (and a ``notice``) when it could not be stored."""
        if self.history is None:
            return None
        try:
            return self.history.record(pack=pack.id, pack_version=pack.version, prompt=prompt.id,
                                       question=prompt.question, score=result, time_used=time_used,
                                       predicted_band=predicted)
        except sqlite3.DatabaseError as exc:
            message = tr("This check could not be added to your progress history: %1").replace("%1", str(exc))
            self.close()
            self.open()  # moves a file that went bad aside, so the next check is recorded again
            self.notice = message + ("\n\n" + self.notice if self.notice else "")
            return None

    def close(self) -> None:
        if self.history is not None:
            self.history.close()
            self.history = None
