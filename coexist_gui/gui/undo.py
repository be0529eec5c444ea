"""The one kind of undo step both sessions push: swap an immutable value (a plan, a pack) for the next one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

MERGE_ID = 1001


class ReplaceCommand(QUndoCommand):
    """Put ``after`` in place (``put(after)``); undo puts ``before`` back.

    Commands with the same ``merge_key`` (typing in one text field) merge into one undo step.
    """

    def __init__(self, put: Callable[[Any], None], before: Any, after: Any, text: str,
                 merge_key: tuple | None = None) -> None:
        super().__init__(text)
        self.put = put
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.put(self.after)

    def undo(self) -> None:
        self.put(self.before)
