"""How a card reads in tooltips and to a screen reader (always plain text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.model import Card, Pack
from ..widgets.plain_text import plain_tooltip


def tr(text: str) -> str:
    return QCoreApplication.translate("cards", text)


def card_summary(card: Card, pack: Pack, show_factors: bool) -> str:
    parts = []
    if card.year is not None:
        parts.append(str(card.year))
    parts.append(card.text.rstrip(" ."))
    if show_factors:
        parts.append(tr("factors: %1").replace("%1", ", ".join(pack.factor_name(f) for f in card.factors)))
    if card.own:
        parts.append(tr("your own card"))
    return ". ".join(parts)


def card_tooltip(card: Card, pack: Pack, show_factors: bool, note: str = "") -> str:
    """The card's text, detail, factors, whether it is the student's own, and ``note`` (why it does not count)."""
    factors = ""
    if show_factors:
        factors = tr("Factors: %1").replace("%1", ", ".join(pack.factor_name(f) for f in card.factors))
    return plain_tooltip(card.text, card.detail, factors, tr("Your own card") if card.own else "", note)
