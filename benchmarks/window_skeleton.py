"""A floor for the start-up figure: the window's own Qt widgets, with none of the app's code running.

    python benchmarks/window_skeleton.py record TREE.json      # the real window's widget tree
    python benchmarks/window_skeleton.py show TREE.json OUT.png [--import-app]

``record`` opens the real window (built-in pack, first size), lets it paint, and writes down every
widget: its nearest Qt class, its parent, geometry, visibility, object name, dynamic properties and
text, and the application's style sheet. ``show`` rebuilds that tree from plain Qt classes (no layouts,
no models, no delegates, no fonts of our own, no pack), paints it and saves it exactly as the bare
window in ``bench_gui.py`` does. With ``--import-app`` it first imports the window's modules (the app's
code loaded, nothing of it run).

The two ``show`` figures bound what start-up can reach: whatever the app does, it shows these widgets
and loads this code. They are optimistic floors: the skeleton skips the layouts, the cards, the charts
and the menus' actions.
"""

from __future__ import annotations

import json
import sys
from typing import Any

# widgets Qt makes for their parents by itself (scroll bars, splitter handles, combo popups): not rebuilt
_MADE_BY_QT = {"QScrollBar", "QSplitterHandle", "QSizeGrip", "QComboBoxPrivateContainer", "QComboBoxListView"}
_VIEWPORT = "qt_scrollarea_viewport"


def _qt_class(widget: Any) -> str:
    return next(k.__name__ for k in type(widget).__mro__ if k.__module__.startswith("PySide6"))


def record(out: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    from coexist_gui.gui.app import make_app
    from coexist_gui.gui.main_window import MainWindow
    from coexist_gui.gui.window_state import FIRST_SIZE

    app = make_app()
    window = MainWindow()
    window.resize(FIRST_SIZE)
    window.show()
    app.processEvents()
    widgets = [window, *window.findChildren(QWidget)]
    number = {id(w): i for i, w in enumerate(widgets)}
    rows = []
    for widget in widgets:
        parent = widget.parentWidget()
        row: dict[str, Any] = {
            "class": _qt_class(widget), "parent": number.get(id(parent)) if parent is not None else None,
            "geometry": [widget.x(), widget.y(), widget.width(), widget.height()],
            "visible": widget is window or widget.isVisibleTo(window), "window": widget.isWindow(),
            "name": widget.objectName(), "properties": {}}
        for raw in widget.dynamicPropertyNames():
            name = bytes(raw.data()).decode()
            try:
                value = widget.property(name)
            except RuntimeError:  # a value PySide cannot convert (Qt's own bookkeeping): not for style sheets
                continue
            if isinstance(value, (str, bool, int, float)):
                row["properties"][name] = value
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            row["text"] = widget.text()
        if isinstance(widget, QLineEdit):
            row["placeholder"] = widget.placeholderText()
        rows.append(row)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"style_sheet": app.styleSheet(), "widgets": rows}, fh)
    window.session.undo_stack.setClean()
    window.close()


def show(tree: str, out: str, import_app: bool) -> None:
    if import_app:
        import coexist_gui.gui.main_window  # noqa: F401  (loaded, not run)
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject, QTimer

    with open(tree, encoding="utf-8") as fh:
        spec = json.load(fh)
    app = QtWidgets.QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setStyleSheet(spec["style_sheet"])
    rows = spec["widgets"]
    made: dict[int, Any] = {}
    window = QtWidgets.QMainWindow()
    window.resize(*rows[0]["geometry"][2:])
    made[0] = window
    in_splitter: list[tuple[int, int, Any]] = []  # (x, row, splitter): added left to right at the end
    for i, row in enumerate(rows[1:], start=1):
        parent = made.get(row["parent"])
        name, cls = row["name"], getattr(QtWidgets, row["class"], None)
        qt_own = row["class"] in _MADE_BY_QT or (name.startswith("qt_") and name != _VIEWPORT)
        if parent is None or cls is None or qt_own:
            continue
        if name == _VIEWPORT:
            if isinstance(parent, QtWidgets.QAbstractScrollArea):
                made[i] = parent.viewport()
            continue
        if row["class"] == "QMenuBar":
            made[i] = window.menuBar()
            continue
        if row["class"] == "QStatusBar":
            made[i] = window.statusBar()
            continue
        widget = cls() if row["window"] else cls(parent)
        if row["window"]:
            widget.setParent(parent, widget.windowFlags())
        made[i] = widget
        widget.setObjectName(name)
        for key, value in row["properties"].items():
            widget.setProperty(key, value)
        if "text" in row:
            widget.setText(row["text"])
        if row.get("placeholder"):
            widget.setPlaceholderText(row["placeholder"])
        viewport = parent if parent.objectName() == _VIEWPORT else None
        holder = viewport.parentWidget() if viewport is not None else None
        if isinstance(holder, QtWidgets.QScrollArea):
            holder.setWidget(widget)
        elif parent is window and window.centralWidget() is None:
            window.setCentralWidget(widget)
        elif isinstance(parent, QtWidgets.QSplitter):
            in_splitter.append((row["geometry"][0], i, parent))
        if not row["window"]:
            widget.setGeometry(*row["geometry"])
            widget.setVisible(row["visible"])
    for _x, i, splitter in sorted(in_splitter):
        splitter.addWidget(made[i])

    def grab() -> None:
        window.grab().save(out, "PNG")
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, grab)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "record":
        record(sys.argv[2])
    else:
        show(sys.argv[2], sys.argv[3], "--import-app" in sys.argv[4:])
