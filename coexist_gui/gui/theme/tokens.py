"""The visual system as data: spacing, radii, type scale, zoom steps and the light and dark colours.

``docs/design.md`` describes the same system in words; keep the two in step. Nothing here
imports Qt, so the contrast tests can read these colours directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

# -- spacing and shape ----------------------------------------------------------
GRID = 8  # every gap and margin is a multiple of this (4 is the one half-step)
HALF = GRID // 2
SECTION = 2 * GRID  # between the sections of a panel, and around a panel
RADIUS_CONTROL = 6  # buttons, fields, choosers
RADIUS_CARD = 8  # cards, paragraph blocks, the judgement, callouts
BORDER = 1  # every hairline
FOCUS = 2  # focus rings are twice as thick as a border

# -- type: sizes relative to the body text, which follows the system's size and the zoom --
TYPE_SCALE: Mapping[str, float] = MappingProxyType({
    "caption": 0.85,  # chips, badges, counts, muted notes
    "body": 1.0,
    "heading": 1.1,  # section headings inside a panel: Judgement, Criteria, What to do next
    "title": 1.25,  # panel headings: Evidence bank, Your plan, Score
    "question": 1.45,  # the essay question
    "display": 2.6,  # the overall score
})
WEIGHT_BODY = 400
WEIGHT_STRONG = 600  # headings, the score, the band, bold text: Inter Semi Bold
MIN_BODY_POINTS = 10.0  # Inter reads small below this; larger system sizes are kept

# -- zoom ---------------------------------------------------------------------------
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
DEFAULT_ZOOM = 1.0


@dataclass(frozen=True)
class Scheme:
    """One colour scheme. Text colours are chosen for >= 4.5:1 on every surface they sit on
    (``tests/gui/test_theme.py`` computes it); ``*_bg``/``*_fg`` pairs are tints with their text."""

    name: str
    canvas: str  # the window behind everything
    surface: str  # cards, fields, the paragraph blocks
    sunken: str  # drop areas, chart tracks, the pressed state
    border: str
    border_strong: str  # borders of fields and of the hovered card
    text: str
    muted: str  # secondary text
    accent: str  # primary buttons, selection
    on_accent: str
    focus: str  # focus rings
    warn_bg: str  # a card that does not count where it is
    warn_fg: str
    bad_bg: str  # a level gate holding the plan back
    bad_fg: str
    good_bg: str
    good_fg: str
    info_bg: str  # the student's own cards, notes
    info_fg: str
    neutral_bg: str  # an extra card, a missing card
    neutral_fg: str
    tooltip_bg: str
    tooltip_fg: str


LIGHT = Scheme(
    name="light", canvas="#f5f6f8", surface="#ffffff", sunken="#eceef2", border="#dfe2e7",
    border_strong="#c3c8d0", text="#1d2026", muted="#5a616d", accent="#2458d3", on_accent="#ffffff",
    focus="#2458d3", warn_bg="#fdf0dc", warn_fg="#854600", bad_bg="#fbe7e4", bad_fg="#a3231a",
    good_bg="#e3f4e8", good_fg="#1c6536", info_bg="#e6eefc", info_fg="#1e4fb8", neutral_bg="#eceef2",
    neutral_fg="#404651", tooltip_bg="#2a2d33", tooltip_fg="#f3f4f6",
)

DARK = Scheme(
    name="dark", canvas="#16171a", surface="#202226", sunken="#2a2c31", border="#33363c",
    border_strong="#4a4e56", text="#e7e9ec", muted="#a2a8b2", accent="#3262d4", on_accent="#ffffff",
    focus="#7aa5ff", warn_bg="#3a2b14", warn_fg="#f3b763", bad_bg="#3d1f1c", bad_fg="#f4978a",
    good_bg="#183222", good_fg="#86d6a0", info_bg="#1d2a44", info_fg="#9dbbf5", neutral_bg="#2a2c31",
    neutral_fg="#c9ced6", tooltip_bg="#e7e9ec", tooltip_fg="#1d2026",
)

SCHEMES: Mapping[str, Scheme] = MappingProxyType({"light": LIGHT, "dark": DARK})

# -- criteria -------------------------------------------------------------------------
# Feedback markers and criterion rows: deep tones unlike the factors' Okabe-Ito colours (which are
# mid-light), drawn as rounded squares holding the criterion's initial, never as round factor swatches.
# White text on each is >= 6:1.
CRITERION_COLOURS: Mapping[str, str] = MappingProxyType({
    "range": "#6a2fc2", "balance": "#8f4a0c", "selection": "#a4184f", "analysis": "#16637a",
    "judgement": "#2b3f9c", "overall": "#b3261e", "": "#5f6672",
})


def band_tint(scheme: Scheme, band: int) -> tuple[str, str]:
    """The band pill's background and text: red, amber, neutral, blue, green from band 1 to 5."""
    return {1: (scheme.bad_bg, scheme.bad_fg), 2: (scheme.warn_bg, scheme.warn_fg),
            3: (scheme.neutral_bg, scheme.neutral_fg), 4: (scheme.info_bg, scheme.info_fg),
            5: (scheme.good_bg, scheme.good_fg)}.get(band, (scheme.neutral_bg, scheme.neutral_fg))


def state_tint(scheme: Scheme, state: str) -> tuple[str, str]:
    """A card mark's background and text for a card state (``scoring`` constants) or "own"."""
    if state in ("misplaced", "off_question", "own_not_counted"):
        return scheme.warn_bg, scheme.warn_fg
    if state == "own":
        return scheme.info_bg, scheme.info_fg
    return scheme.neutral_bg, scheme.neutral_fg
