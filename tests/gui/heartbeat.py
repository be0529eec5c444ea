"""How long the GUI thread went without running its event loop: a 10 ms timer and the longest gap between ticks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QTimer

TICK_MS = 10
# The longest the GUI thread may go without running its event loop while a file loads or the history
# waits for a lock. Measured here: 45-60 ms for a 2 MiB plan, before 250-275 ms: the budget leaves room
# for a busy machine and still fails on what it was before.
BUDGET_MS = 150


class Heartbeat:
    """Start it, do the work (waiting with qtbot as a test does), stop it; ``longest_ms`` is the worst gap."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0
        self.longest_ms = 0
        self.ticks = 0

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.longest_ms = max(self.longest_ms, now - self._last)
        self._last = now
        self.ticks += 1

    def __enter__(self) -> Heartbeat:
        # Widgets earlier tests let go of wait for an event loop to delete them (outside one, as in a test, none
        # runs): a window a failed test kept alive rebuilt its board at every later change of language, and the
        # first nested loop here deleted ~500 widgets at once (250 ms). That is their teardown, not this work.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._clock.start()
        self._last = 0
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._tick()  # the time since the last tick counts too
        self._timer.stop()
