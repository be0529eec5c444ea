"""Start the window: application set-up, style, crash recovery, and ``--screenshot``."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ..core.pack import resource_path
from . import paths

if TYPE_CHECKING:
    from .main_window import MainWindow


def style_sheet() -> str:
    try:
        return resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(paths.ORGANISATION)
    QCoreApplication.setApplicationName(paths.APPLICATION)
    QGuiApplication.setApplicationDisplayName("Coexist")
    QGuiApplication.setDesktopFileName("coexist-gui")
    app.setWindowIcon(QIcon(str(resource_path("icons/coexist.svg"))))
    apply_style(app)
    return app


def apply_style(app: QApplication) -> None:
    """Our style sheet: spacing and emphasis on top of the system's light or dark palette."""
    if app.property("coexistStyled"):
        return  # setting a style sheet repolishes every widget: do it once
    app.setProperty("coexistStyled", True)
    app.setStyleSheet(style_sheet())


_SYSTEM_FONT: list[QFont] = []  # the application font before View ▸ Larger text first changed it


def use_larger_text(larger: bool) -> None:
    """View ▸ Larger text: the application font at 1.25 times the system's, or the system's again."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _SYSTEM_FONT:
        _SYSTEM_FONT.append(QFont(app.font()))
    font = QFont(_SYSTEM_FONT[0])
    if larger:
        font.setPointSizeF(font.pointSizeF() * 1.25)
    app.setFont(font)
    # widgets our style sheet has polished keep their old font until it is applied again
    app.setStyleSheet(app.styleSheet())


class _FirstPaint(QObject):
    """Calls ``then`` once, right after ``widget``'s first paint has finished (see ``after_first_paint``)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # the window paints its children right after itself: call back once that is done
            QTimer.singleShot(0, self, self._then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Run ``then`` once the window is on the screen: for work the first picture does not need."""
    _FirstPaint(widget, then)


STARTED_AT_THE_LATEST_MS = 3000


def _started() -> None:
    """The window is up: what start-up built (modules, classes, widgets) lives as long as the app, so it
    moves to the collector's permanent generation, and collecting starts (``cli.cmd_window`` paused it)."""
    gc.freeze()
    gc.enable()


def run(file: Path | None = None, screenshot: Path | None = None) -> int:
    app = make_app()
    from .main_window import FIRST_SIZE, MainWindow

    window = MainWindow()
    if screenshot is not None:
        window.resize(FIRST_SIZE)  # the same picture whatever the (virtual) screen, laid out once
    after_first_paint(window, _started)
    QTimer.singleShot(STARTED_AT_THE_LATEST_MS, _started)  # a window that starts minimised may not paint yet
    window.show()
    if file is not None:
        window.files.open_path(Path(file))
    if screenshot is not None:
        return _screenshot(app, window, Path(screenshot))
    # also when a file was given: double-clicking the plan is how a student comes back after a crash
    after_first_paint(window, window.files.offer_recovery)
    after_first_paint(window, window.teaching.offer_pack_recovery)  # a pack editor that did not close normally
    return app.exec()


def _screenshot(app: QApplication, window: MainWindow, out: Path) -> int:
    """Save the window as a PNG as soon as it has painted, and quit (works offscreen too)."""
    result = {"ok": False}

    def grab() -> None:
        result["ok"] = window.grab().save(str(out), "PNG")
        window.session.undo_stack.setClean()
        window.close()
        app.quit()

    after_first_paint(window, grab)
    app.exec()
    if not result["ok"]:
        print(f"coexist-gui: could not write {out}", file=sys.stderr)
        return 1
    return 0
