"""Factor colours: the pack's own, else a colour-blind-safe palette.

The palette is Okabe & Ito's (2008) set without black, which people with any
common colour-vision deficiency can tell apart, and which reads on both light
and dark backgrounds because chips are filled and carry their own text colour.
"""

from __future__ import annotations

from functools import lru_cache

from .model import Pack, Prompt

PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999")
FALLBACK = "#999999"


def factor_colours(pack: Pack, prompt: Prompt | None = None) -> dict[str, str]:
    """A colour for every factor of the pack; the prompt's factors get distinct palette colours first."""
    order = list(prompt.factors) if prompt else []
    order += [f.id for f in pack.factors if f.id not in order]
    colours: dict[str, str] = {}
    used = {f.colour for f in pack.factors if f.colour}
    free = [c for c in PALETTE if c not in used]
    next_free = 0
    for factor_id in order:
        factor = pack.factor(factor_id)
        if factor is not None and factor.colour:
            colours[factor_id] = factor.colour
            continue
        if next_free < len(free):
            colours[factor_id] = free[next_free]
            next_free += 1
        else:  # more factors than palette colours: cycle, the names on the chips still tell them apart
            colours[factor_id] = PALETTE[(next_free - len(free)) % len(PALETTE)]
            next_free += 1
    return colours


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a "#rrggbb" colour (0 = black, 1 = white)."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two "#rrggbb" colours, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@lru_cache(maxsize=256)
def text_colour(background: str) -> str:
    """Black or white, whichever has the higher contrast on ``background`` (at least 4.58:1 either way)."""
    return "#000000" if contrast(background, "#000000") >= contrast(background, "#ffffff") else "#ffffff"
