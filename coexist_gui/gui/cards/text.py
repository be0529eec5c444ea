"""How a card reads in tooltips and to a screen reader (always plain text)."""

from __future__ import annotations

from ...core.model import Card, Pack
from ..widgets.plain_text import plain_tooltip


def card_summary(card: Card, pack: Pack, show_factors: bool) -> str:
    parts = []
    if card.year is not None:
        parts.append(str(card.year))
    parts.append(card.text)
    if show_factors:
        parts.append("factors: " + ", ".join(pack.factor_name(f) for f in card.factors))
    if card.own:
        parts.append("your own card")
    return ". ".join(parts)


def card_tooltip(card: Card, pack: Pack, show_factors: bool, note: str = "") -> str:
    """The card's text, detail, factors, whether it is the student's own, and ``note`` (why it does not count)."""
    factors = ""
    if show_factors:
        factors = "Factors: " + ", ".join(pack.factor_name(f) for f in card.factors)
    return plain_tooltip(card.text, card.detail, factors, "Your own card" if card.own else "", note)
