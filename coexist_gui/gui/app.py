"""Start the window: application set-up, style, crash recovery, and ``--screenshot``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ..core.pack import resource_path
from . import paths


def style_sheet() -> str:
    try:
        return resource_path("style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
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


def run(file: Path | None = None, screenshot: Path | None = None) -> int:
    app = make_app()
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    if file is not None:
        window.files.open_path(Path(file))
    if screenshot is None:
        # also when a file was given: double-clicking the plan is how a student comes back after a crash
        QTimer.singleShot(0, window.files.offer_recovery)
        QTimer.singleShot(0, window.teaching.offer_pack_recovery)  # a pack editor that did not close normally
    if screenshot is not None:
        window.resize(1360, 820)  # the same picture whatever the (virtual) screen
        return _screenshot(app, window, Path(screenshot))
    return app.exec()


def _screenshot(app: QApplication, window, out: Path) -> int:
    """Render the window once it has painted, save it, and quit (works offscreen too)."""
    result = {"ok": False}

    def grab() -> None:
        app.processEvents()
        result["ok"] = window.grab().save(str(out), "PNG")
        window.session.undo_stack.setClean()
        window.close()
        app.quit()

    QTimer.singleShot(50, grab)
    app.exec()
    if not result["ok"]:
        print(f"coexist-gui: could not write {out}", file=sys.stderr)
        return 1
    return 0
