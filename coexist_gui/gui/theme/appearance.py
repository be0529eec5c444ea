"""Light or dark, and how large: the one object that applies the visual system to the application.

``Appearance.of(app)`` gives the application's single instance. ``scheme_choice`` is "system"
(follow the system's colour scheme, and its changes), "light" or "dark"; ``zoom`` is one of
``tokens.ZOOM_STEPS``. Applying sets the Fusion style, the palette, the body font (bundled Inter)
and the style sheet, all from ``tokens``, so every font and metric scales together.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFormLayout, QGridLayout, QLayout, QWidget

from ..widgets import metrics
from . import tokens
from .fonts import body_font
from .sheet import palette, style_sheet
from .tokens import Scheme

SCHEME_CHOICES = ("system", "light", "dark")
_in_use: list[Scheme] = [tokens.LIGHT]  # what current_scheme() returns: painted widgets ask on every paint
_BASE_SPACING = "coexistBaseSpacing"
_BASE_MARGINS = "coexistBaseMargins"
_FITTED = "coexistFitted"  # a tree whose layouts have been scaled (and have their 100 % sizes recorded)


def nearest_step(zoom: float) -> float:
    return min(tokens.ZOOM_STEPS, key=lambda step: abs(step - zoom))


class Appearance(QObject):
    """Signals:
        changed(): the scheme or the zoom changed and has been applied (painted widgets re-measure).
    """

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.scheme_choice = "system"
        self.zoom = tokens.DEFAULT_ZOOM
        self._system_font = QFont(app.font())
        self._applied: tuple[str, float] | None = None
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    @classmethod
    def of(cls, app: QApplication | None = None) -> Appearance:
        """The application's one Appearance (made on first use)."""
        found = app or QApplication.instance()
        if not isinstance(found, QApplication):
            raise RuntimeError("the visual system needs a QApplication")
        existing = found.findChild(Appearance)
        return existing if isinstance(existing, Appearance) else Appearance(found)

    # -- state ------------------------------------------------------------------
    @property
    def scheme(self) -> Scheme:
        name = self.scheme_choice
        if name == "system":
            name = "dark" if self.system_is_dark() else "light"
        return tokens.SCHEMES[name]

    def system_is_dark(self) -> bool:
        """The system's colour scheme (Qt 6.5+); "unknown" (no desktop setting) counts as light."""
        return self.app.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def set_scheme_choice(self, choice: str) -> None:
        if choice not in SCHEME_CHOICES:
            raise ValueError(f"scheme must be one of {', '.join(SCHEME_CHOICES)}, not {choice!r}")
        self.scheme_choice = choice
        request = getattr(self.app.styleHints(), "setColorScheme", None)  # Qt 6.8+: title bars follow too
        if request is not None:
            request({"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(choice, Qt.ColorScheme.Unknown))
        self.apply()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = nearest_step(zoom)
        self.apply()

    def zoom_in(self) -> None:
        steps = tokens.ZOOM_STEPS
        self.set_zoom(steps[min(len(steps) - 1, steps.index(nearest_step(self.zoom)) + 1)])

    def zoom_out(self) -> None:
        steps = tokens.ZOOM_STEPS
        self.set_zoom(steps[max(0, steps.index(nearest_step(self.zoom)) - 1)])

    def reset_zoom(self) -> None:
        self.set_zoom(tokens.DEFAULT_ZOOM)

    def restore(self, choice: str, zoom: float) -> None:
        """Both at once (start-up, saved settings): applied once."""
        self.scheme_choice = choice if choice in SCHEME_CHOICES else "system"
        self.zoom = nearest_step(zoom)
        self.apply()

    # -- applying ---------------------------------------------------------------
    def apply(self) -> None:
        scheme = self.scheme
        if self._applied == (scheme.name, self.zoom):
            return
        first = self._applied is None
        self._applied = (scheme.name, self.zoom)
        app = self.app
        if first and app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # the one style that draws every control from the palette we give it
        metrics.set_zoom(self.zoom)
        _in_use[0] = scheme
        font = body_font(self._system_font, self.zoom)
        app.setPalette(palette(scheme))
        app.setFont(font)
        app.setStyleSheet(style_sheet(scheme, font.pointSizeF(), self.zoom))
        if not first:
            for widget in app.topLevelWidgets():
                if widget.isVisible():  # a hidden one is a closed window on its way out, or fitted when shown
                    fit_layouts(widget)
        self.changed.emit()

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if self.scheme_choice == "system":
            self.apply()


def fit_layouts(root: QWidget) -> None:
    """Scale the spacing and margins of every layout under ``root`` to the current zoom.

    Code builds layouts with sizes at 100 %; the first visit records those as the layout's base.
    Call this for a widget tree made after the zoom changed (a dialog, a new paragraph block).
    """
    zoom = metrics.zoom()
    if zoom == 1.0 and not root.property(_FITTED):
        return  # built at 100 % and never zoomed: nothing to do (start-up does not pay for the walk)
    root.setProperty(_FITTED, True)
    for widget in [root, *root.findChildren(QWidget)]:
        layout = widget.layout()
        if isinstance(layout, QLayout):  # PySide can hand back a stale wrapper of another type here
            _fit(layout, zoom)


def _spacings(layout: QLayout) -> list[int]:
    if isinstance(layout, (QGridLayout, QFormLayout)):
        return [layout.horizontalSpacing(), layout.verticalSpacing()]
    return [layout.spacing()]


def _fit(layout: QLayout, zoom: float) -> None:
    if layout.property(_BASE_SPACING) is None:
        margins = layout.contentsMargins()
        layout.setProperty(_BASE_SPACING, _spacings(layout))
        layout.setProperty(_BASE_MARGINS, [margins.left(), margins.top(), margins.right(), margins.bottom()])
    spacings = [round(int(v) * zoom) if int(v) >= 0 else -1 for v in layout.property(_BASE_SPACING)]
    if isinstance(layout, (QGridLayout, QFormLayout)):
        layout.setHorizontalSpacing(spacings[0])
        layout.setVerticalSpacing(spacings[1])
    elif spacings[0] >= 0:
        layout.setSpacing(spacings[0])
    left, top, right, bottom = (round(int(v) * zoom) for v in layout.property(_BASE_MARGINS))
    layout.setContentsMargins(left, top, right, bottom)
    # a nested layout is its parent layout's QObject child: found that way, no layout item (a QWidgetItem is
    # not a QObject, so PySide never learns when Qt deletes one) gets a Python wrapper that could outlive it
    for child in layout.children():
        if isinstance(child, QLayout):
            _fit(child, zoom)


def current_scheme() -> Scheme:
    """The scheme in use (light before the application is styled)."""
    return _in_use[0]
