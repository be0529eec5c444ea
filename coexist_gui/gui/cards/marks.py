"""The marks a card carries on screen: the student's own card, and why a placed card does not count.

A mark is a short badge on the card (with a tint) plus a sentence for screen readers and the
tooltip. States come from ``Score.paragraphs[i].cards`` (``core.scoring`` constants).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ...core.model import Card
from ...core.scoring import EXTRA, MISPLACED, OFF_QUESTION, OWN_NOT_COUNTED, UNKNOWN


class Mark(NamedTuple):
    kind: str  # "own" or a card state
    label: str  # the badge text
    description: str  # the sentence for the tooltip and screen readers


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardMarks", text)


def card_marks(card: Card | None, state: str) -> tuple[Mark, ...]:
    """The marks of ``card`` in ``state`` ("" when the state is not to be shown, or in the bank)."""
    marks: list[Mark] = []
    if card is not None and card.own:
        marks.append(Mark("own", _tr("Yours"), _tr("Your own card: your teacher sees that you wrote it.")))
    words = {
        MISPLACED: (_tr("Fits another factor"), _tr("Does not count here: it fits another factor of the question.")),
        OFF_QUESTION: (_tr("Off the question"), _tr("Does not count: it does not fit this question.")),
        EXTRA: (_tr("Not needed"), _tr("Does not count: this paragraph already has the cards it can use.")),
        OWN_NOT_COUNTED: (_tr("Does not count"), _tr("Does not count: see What to do next.")),
        UNKNOWN: (_tr("Not in the pack"), _tr("This card is not in the pack any more; it is kept in your plan.")),
    }
    if state in words:
        marks.append(Mark(state, *words[state]))
    return tuple(marks)
