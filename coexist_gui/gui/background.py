"""Run slow pure-Python work (reading a big pack or plan) off the GUI thread.

``run_off_thread`` keeps the call synchronous for the caller — it returns the
result or raises the worker's exception — but while the worker runs, the
window keeps painting (a local event loop) and is disabled, with a busy cursor
and a status message, so nothing can be edited half-way through a load. Work
that finishes within ``QUICK_S`` never touches the window at all.
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

T = TypeVar("T")
QUICK_S = 0.05
LOADING = "coexistLoading"


def is_loading(window: QWidget) -> bool:
    return bool(window.property(LOADING))


def run_off_thread(window: QWidget, message: str, work: Callable[[], T]) -> T:
    """``work()`` in a worker thread; it must not touch Qt objects (core functions only)."""
    outcome: dict[str, object] = {}
    done = threading.Event()

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the GUI thread below
            outcome["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=target, name="coexist-load", daemon=True)
    worker.start()
    if not done.wait(QUICK_S):
        _wait_painting(window, message, done)
    worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _wait_painting(window: QWidget, message: str, done: threading.Event) -> None:
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(15)
    poll.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    was_enabled = window.isEnabled()
    window.setEnabled(False)
    window.setProperty(LOADING, True)  # the window refuses to close until the load is done
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message)
    try:
        poll.start()
        if not done.is_set():
            loop.exec()
    finally:
        poll.stop()
        QApplication.restoreOverrideCursor()
        window.setEnabled(was_enabled)
        window.setProperty(LOADING, False)
        if isinstance(window, QMainWindow):
            window.statusBar().clearMessage()
