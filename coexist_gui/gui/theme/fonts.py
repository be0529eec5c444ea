"""The bundled UI font (Inter, ``resources/fonts``), registered with Qt once per process."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ...core.pack import resource_path
from .tokens import MIN_BODY_POINTS

FONT_FILES = ("fonts/Inter-Regular.otf", "fonts/Inter-SemiBold.otf")
_family: list[str] = []  # "" once registration failed: the system font is used instead


def ui_family() -> str:
    """The bundled family's name after registering its files (once), or "" when they cannot be read."""
    if not _family:
        names: list[str] = []
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path(name)))
            if font_id >= 0:
                names += QFontDatabase.applicationFontFamilies(font_id)
        _family.append(names[0] if names else "")
    return _family[0]


def body_font(system: QFont, zoom: float) -> QFont:
    """The body text: Inter (or the system font when it is missing) at the system's size, at least
    MIN_BODY_POINTS, times ``zoom``. Characters Inter lacks fall back to the system's fonts."""
    font = QFont(system)
    family = ui_family()
    if family:
        font.setFamilies([family, *system.families()])
    size = system.pointSizeF() if system.pointSizeF() > 0 else MIN_BODY_POINTS
    font.setPointSizeF(round(max(size, MIN_BODY_POINTS) * zoom, 2))
    return font


def fixed_font(size: float) -> QFont:
    """The system's fixed-pitch font at ``size`` points: carets under a column must line up."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(size)
    return font


def tabular(font: QFont) -> QFont:
    """``font`` with tabular figures (every digit as wide as the others), where Qt can ask for them (6.7+)."""
    result = QFont(font)
    tag = getattr(QFont, "Tag", None)
    if tag is not None and hasattr(result, "setFeature"):
        result.setFeature(tag("tnum"), 1)
    return result
