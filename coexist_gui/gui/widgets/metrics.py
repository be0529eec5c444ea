"""The spacing every panel and window uses, so they line up as one visual system (``theme.tokens``).

Sizes in code are written at 100 %; ``px`` gives one at the current zoom, for painted widgets
(layouts are scaled by ``theme.appearance.fit_layouts``).
"""

from ..theme.tokens import GRID, SECTION

SPACING = GRID  # between items inside a section
__all__ = ["SECTION", "SPACING", "px", "set_zoom", "zoom"]

_zoom = [1.0]


def set_zoom(value: float) -> None:
    _zoom[0] = value


def zoom() -> float:
    return _zoom[0]


def px(value: float) -> int:
    """``value`` pixels at 100 % as whole pixels at the current zoom."""
    return max(1, round(value * _zoom[0])) if value > 0 else 0
