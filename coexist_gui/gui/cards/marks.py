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


_words: dict[str, Mark] = {}  # made once: cards are painted often


def _marks() -> dict[str, Mark]:
    if not _words:
        for kind, label, description in (
                ("own", _tr("Yours"), _tr("Your own card: your teacher sees that you wrote it.")),
                (MISPLACED, _tr("Fits another factor"),
                 _tr("Does not count here: it fits another factor of the question.")),
                (OFF_QUESTION, _tr("Off the question"), _tr("Does not count: it does not fit this question.")),
                (EXTRA, _tr("Not needed"), _tr("Does not count: this paragraph already has the cards it can use.")),
                (OWN_NOT_COUNTED, _tr("Does not count"), _tr("Does not count: see What to do next.")),
                (UNKNOWN, _tr("Not in the pack"),
                 _tr("This card is not in the pack any more; it is kept in your plan."))):
            _words[kind] = Mark(kind, label, description)
    return _words


def forget_words() -> None:
    """The language changed: say the marks again in the new one."""
    _words.clear()


def card_marks(card: Card | None, state: str) -> tuple[Mark, ...]:
    """The marks of ``card`` in ``state`` ("" when the state is not to be shown, or in the bank)."""
    words = _marks()
    own = (words["own"],) if card is not None and card.own else ()
    return own + ((words[state],) if state in words and state != "own" else ())
