"""Run slow pure-Python work (reading a big pack or plan) off the GUI thread, with a way to cancel it.

``run_off_thread`` keeps the call synchronous for the caller — it returns the result or raises
the worker's exception, or ``Cancelled`` — but while the worker runs, the window keeps painting
(a local event loop) and is disabled, with a busy cursor and a status message, so nothing can be
edited half-way through a load. Work that finishes within ``QUICK_S`` never touches the window
(it keeps painting then too, and what the student clicks or types waits until the work is done).
Work still going after ``OFFER_CANCEL_S`` gets a small box over the window with a Cancel button
(Esc): the student is never left in front of a disabled window with no way out.

Cancelling gives the window back at once. A Python thread cannot be stopped from outside, so the
worker finishes in the background and its result is dropped; the core bounds every load (a few
seconds at most), so that costs some processor time, never a hang. Work that writes (installing a
pack) is not cancellable: its result would land after the student was told it was cancelled.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QWidget

from .widgets.plain_text import shown_line

T = TypeVar("T")
QUICK_S = 0.05
OFFER_CANCEL_S = 0.4
SWITCH_S = 0.0005
LOADING = "coexistLoading"


class Cancelled(Exception):
    """The student cancelled the work; the window is as it was before."""


def tr(text: str) -> str:
    return QCoreApplication.translate("background", text)


def is_loading(window: QWidget) -> bool:
    return bool(window.property(LOADING))


def run_off_thread(window: QWidget, message: str, work: Callable[[], T], cancellable: bool = True) -> T:
    """``work()`` in a worker thread; it must not touch Qt objects (core functions only).

    Raises ``Cancelled`` when the student pressed Cancel (only when ``cancellable``).
    """
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
    switch = sys.getswitchinterval()
    # The worker holds the GIL while it parses; each Qt call of the waiting window gives it up and waits
    # to get it back, by default up to 5 ms each: disabling the window alone made it wait 100 ms.
    sys.setswitchinterval(SWITCH_S)
    was_loading = is_loading(window)
    window.setProperty(LOADING, True)  # the window refuses to close until the load is done
    try:
        worker.start()
        if not _done_quickly(done) and not _wait_painting(window, message, done, cancellable):
            raise Cancelled(message)  # the worker runs on by itself; nothing waits for its result
    finally:
        sys.setswitchinterval(switch)
        window.setProperty(LOADING, was_loading)
    worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _done_quickly(done: threading.Event) -> bool:
    """Wait up to QUICK_S for the worker without touching the window, painting meanwhile (input waits)."""
    deadline = time.monotonic() + QUICK_S
    while not done.wait(0.005) and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 5)
    return done.is_set()


class _Waiting:
    """The disabled window, its busy cursor and status message, and the cancel box, for one wait."""

    def __init__(self, window: QWidget, message: str, done: threading.Event, cancellable: bool) -> None:
        self.window = window
        self.message = message
        self.done = done
        self.cancellable = cancellable
        self.cancelled = False
        self.loop = QEventLoop()
        self.poll = QTimer()
        self.poll.setInterval(15)
        self.poll.timeout.connect(self._check)
        self.offer = QTimer()
        self.offer.setSingleShot(True)
        self.offer.setInterval(int(OFFER_CANCEL_S * 1000))
        self.offer.timeout.connect(self._show_box)
        self.box: QProgressDialog | None = None

    def _check(self) -> None:
        if self.done.is_set() or self.cancelled:
            self.loop.quit()

    def _show_box(self) -> None:
        # not a child of the window: a child of a disabled window is disabled too, Cancel included
        box = QProgressDialog(shown_line(self.message), tr("Cancel") if self.cancellable else "", 0, 0)
        box.setWindowTitle(tr("Reading a file"))
        box.setAccessibleName(shown_line(self.message))
        box.setAutoClose(False)
        box.setAutoReset(False)
        box.setMinimumDuration(0)
        if not self.cancellable:
            box.setCancelButton(None)
        box.canceled.connect(self._on_cancel)  # the button, or closing the box
        box.rejected.connect(self._on_cancel)  # Esc
        box.adjustSize()
        centre = self.window.frameGeometry().center()
        box.move(centre.x() - box.width() // 2, centre.y() - box.height() // 2)
        box.show()
        self.box = box

    def _on_cancel(self) -> None:
        if self.cancellable:
            self.cancelled = True
            self.loop.quit()

    def run(self) -> bool:
        """Wait for the worker; False when the student cancelled."""
        window = self.window
        was_enabled = window.isEnabled()
        window.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(shown_line(self.message))  # names the file
        try:
            self.poll.start()
            self.offer.start()
            if not self.done.is_set():
                self.loop.exec()
        finally:
            self.poll.stop()
            self.offer.stop()
            if self.box is not None:
                self.box.canceled.disconnect(self._on_cancel)
                self.box.rejected.disconnect(self._on_cancel)
                self.box.close()
                self.box.deleteLater()
            QApplication.restoreOverrideCursor()
            window.setEnabled(was_enabled)
            if isinstance(window, QMainWindow):
                window.statusBar().clearMessage()
        return not self.cancelled or self.done.is_set()


def _wait_painting(window: QWidget, message: str, done: threading.Event, cancellable: bool) -> bool:
    return _Waiting(window, message, done, cancellable).run()


def active_wait_box() -> QProgressDialog | None:
    """The cancel box of the wait under way, if it is shown (for tests and the screenshot tool)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None
