"""Live checking: the validator runs on the pack a moment after each edit, in a worker thread.

Checking a 10,000-card pack takes a few hundred milliseconds (it is written and read back exactly
as ``validate`` reads a file), so it never runs on the window's thread: edits stay instant, and
the problems panel follows as soon as the check of the newest pack is done. A result for a pack
that has changed since is dropped.
"""

from __future__ import annotations

import sys
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.authoring.drafts import DraftCheck, check_draft, failed_check
from ...core.model import Pack
from .session import PackSession

DELAY_MS = 250  # after the last edit: typing in a field does not start a check per letter
POLL_MS = 20
# While a check runs, the window's thread must get Python's lock back quickly: every paint calls back into
# Python for each cell, and by default a waiting thread gets the lock only every 5 ms.
SWITCH_INTERVAL_S = 0.0005


class LiveChecker(QObject):
    """Signals:
        checked(DraftCheck): the check of the session's current pack is done.
        busy(bool): a check is running (True) or the shown result is current (False).
    """

    checked = Signal(object)
    busy = Signal(bool)

    def __init__(self, session: PackSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: DraftCheck | None = None
        self._closed = False
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coexist-check")
        self._running: tuple[Pack, Future[DraftCheck]] | None = None
        self._label = ""  # the file name the shown result's messages start with
        self._running_label = ""
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(DELAY_MS)
        self._delay.timeout.connect(self._start)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        session.packChanged.connect(lambda _before, _after: self.schedule())
        session.loaded.connect(self.check_now)
        session.pathChanged.connect(lambda _path: self.schedule())

    def path_label(self) -> str:
        return str(self.session.path) if self.session.path else self.tr("untitled pack")

    def schedule(self) -> None:
        self.busy.emit(True)
        self._delay.start()

    def check_now(self) -> None:
        """Start at once (a pack was loaded, or a test wants the result)."""
        self._delay.stop()
        self.busy.emit(True)
        self._start()

    def _start(self) -> None:
        if self._closed:  # the editor closed before its first paint's check came round
            return
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        if self._running is not None:  # one at a time; the newest pack is checked when this one ends
            self._delay.start()
            return
        pack = self.session.pack
        label = self.path_label()
        self._running = (pack, self._pool.submit(check_draft, pack, label))
        self._running_label = label
        self._poll.start()

    def _collect(self) -> None:
        if self._running is None or not self._running[1].done():
            return
        pack, future = self._running
        self._running = None
        self._poll.stop()
        try:
            result = future.result()
        except Exception as exc:  # a bug in checking must not stop the editor: say so where problems are shown
            result = failed_check(pack, self.path_label(), exc)
        if pack is not self.session.pack or self._running_label != self.path_label():
            self._delay.start()  # stale (another pack, or saved under another name): check again
            return
        self.result = result
        self._label = self._running_label
        self.checked.emit(result)
        if not self._delay.isActive():
            self.busy.emit(False)

    def wait(self, timeout: float = 10.0) -> DraftCheck | None:
        """Finish any pending check now and return the current result (saving, tests)."""
        self._delay.stop()
        if self._running is not None:
            self._running[1].result(timeout)
            self._collect()
        if self.result is None or self.result.pack is not self.session.pack or self._label != self.path_label():
            pack = self.session.pack
            self._label = self.path_label()
            self.result = check_draft(pack, self._label)
            self.checked.emit(self.result)
            self.busy.emit(False)
        return self.result

    def close(self) -> None:
        self._closed = True
        self._delay.stop()
        self._poll.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
