"""How a card reads in tooltips and accessibility text: always plain text.

Qt tooltips guess rich text, so a card text like ``<img src=…>`` would render
as markup. Tooltips are therefore built as escaped HTML on purpose.
"""

from __future__ import annotations

import html

from ...core.model import Card, Pack
from ...core.plaintext import printable


def plain_tooltip(*parts: str) -> str:
    """A tooltip that shows every part literally (escaped), separated by blank lines."""
    body = "<br><br>".join(html.escape(printable(p)).replace("\n", "<br>") for p in parts if p)
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""


def card_summary(card: Card, pack: Pack, show_factors: bool) -> str:
    parts = []
    if card.year is not None:
        parts.append(str(card.year))
    parts.append(card.text)
    if show_factors:
        names = [pack.factor(f).name if pack.factor(f) else f for f in card.factors]
        parts.append("factors: " + ", ".join(names))
    if card.own:
        parts.append("your own card")
    return ". ".join(parts)


def card_tooltip(card: Card, pack: Pack, show_factors: bool) -> str:
    factors = ""
    if show_factors:
        factors = "Factors: " + ", ".join(pack.factor(f).name if pack.factor(f) else f for f in card.factors)
    return plain_tooltip(card.text, card.detail, factors, "Your own card" if card.own else "")
