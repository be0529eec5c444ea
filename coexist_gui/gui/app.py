"""Start the window: application set-up, style, crash recovery, and ``--screenshot``."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ..core.i18n import _
from ..core.pack import resource_path
from . import paths
from .language import Languages
from .settings import WindowSettings
from .theme.appearance import Appearance

if TYPE_CHECKING:
    from .main_window import MainWindow


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
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
    install_translations(app, language)
    apply_style(app)
    return app


def install_translations(app: QApplication, language: str | None = None) -> Languages:
    """The window's words (``gui/language.py``), once per application: ``language`` (``--lang``), else
    COEXIST_LANG, else View ▸ Language as remembered, else the system's language. English has a catalogue
    too, for its plural forms ("1 card", "2 cards")."""
    languages = Languages.of(app)
    if not languages.language or language:
        languages.start(language, WindowSettings().language())
    return languages


def apply_style(app: QApplication) -> Appearance:
    """The visual system (``theme``): the scheme and zoom the student chose last time."""
    appearance = Appearance.of(app)
    appearance.restore(*WindowSettings().appearance())
    return appearance


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


def run(file: Path | None = None, screenshot: Path | None = None, language: str | None = None) -> int:
    app = make_app(language=language)
    from .main_window import MainWindow
    from .window_state import FIRST_SIZE

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
        print("coexist-gui: " + _("could not write {path}").format(path=out), file=sys.stderr)
        return 1
    return 0
