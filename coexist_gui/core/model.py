"""Frozen value types shared by the pack reader, plans, scoring and the window.

Everything here is immutable: an edit makes a new object, which is what lets
the window keep each plan version on its undo stack for free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping, Protocol

PACK_FORMAT = "coexist-pack/1"
PLAN_FORMAT = "coexist-plan/1"


@dataclass(frozen=True)
class Factor:
    id: str
    name: str
    description: str = ""
    hint: str = ""
    colour: str = ""  # "#rrggbb" from the pack, or "" to take one from the palette


@dataclass(frozen=True)
class Card:
    id: str
    text: str
    factors: tuple[str, ...]
    detail: str = ""
    year: int | None = None
    own: bool = False  # written by the student, stored in the plan


@dataclass(frozen=True)
class Side:
    name: str
    factors: tuple[str, ...]


@dataclass(frozen=True)
class Paragraph:
    factor: str
    point: str = ""
    cards: tuple[str, ...] = ()


@dataclass(frozen=True)
class Judgement:
    most_important: str = ""
    text: str = ""


@dataclass(frozen=True)
class Plan:
    pack: str
    prompt: str
    pack_version: str = "1"
    author: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    own_cards: tuple[Card, ...] = ()
    judgement: Judgement = Judgement()
    time_used: int = 0  # seconds the student's timer has run

    def placed_cards(self) -> list[str]:
        """Card ids in plan order, each once."""
        seen: dict[str, None] = {}
        for paragraph in self.paragraphs:
            for card_id in paragraph.cards:
                seen.setdefault(card_id, None)
        return list(seen)

    def paragraph_of(self, card_id: str) -> int | None:
        for index, paragraph in enumerate(self.paragraphs):
            if card_id in paragraph.cards:
                return index
        return None


@dataclass(frozen=True)
class Prompt:
    id: str
    question: str
    factors: tuple[str, ...]
    sides: tuple[Side, ...]  # always filled: one side per factor when the pack gives none
    two_sided: bool = False  # True when the pack declared its own sides
    min_cards: int = 2
    minutes: int | None = None
    exemplar: Plan | None = None
    hide_tags: bool = False
    show_score: str = "live"  # "live" or "on_check"
    own_cards: str = "count"  # "count": own cards count; "show": shown, never counted; "off": cannot be added


class CardSource(Protocol):
    """Anything that finds a card by id (a pack, or a plan's cards and its own cards together)."""

    def get(self, card_id: str) -> Card | None: ...


def _index(items: tuple[Any, ...]) -> Mapping[str, Any]:
    return MappingProxyType({item.id: item for item in items})


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    factors: tuple[Factor, ...]
    cards: tuple[Card, ...]
    prompts: tuple[Prompt, ...]
    version: str = "1"
    author: str = ""
    description: str = ""
    language: str = ""  # BCP 47 tag of the pack's text ("en", "de-AT"); "" when the pack does not say
    _factor_by_id: Mapping[str, Factor] = field(init=False, repr=False, compare=False)
    _card_by_id: Mapping[str, Card] = field(init=False, repr=False, compare=False)
    _prompt_by_id: Mapping[str, Prompt] = field(init=False, repr=False, compare=False)
    _cards_per_factor: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_factor_by_id", _index(self.factors))
        object.__setattr__(self, "_card_by_id", _index(self.cards))
        object.__setattr__(self, "_prompt_by_id", _index(self.prompts))
        counts: dict[str, int] = {}
        for card in self.cards:
            for factor_id in card.factors:
                counts[factor_id] = counts.get(factor_id, 0) + 1
        object.__setattr__(self, "_cards_per_factor", MappingProxyType(counts))

    def factor(self, factor_id: str) -> Factor | None:
        return self._factor_by_id.get(factor_id)

    def factor_name(self, factor_id: str) -> str:
        """The factor's name, or its id when the pack has no such factor (a plan may name one it dropped)."""
        factor = self.factor(factor_id)
        return factor.name if factor is not None else factor_id

    def card(self, card_id: str) -> Card | None:
        return self._card_by_id.get(card_id)

    def prompt(self, prompt_id: str) -> Prompt | None:
        return self._prompt_by_id.get(prompt_id)

    def card_count(self, factor_id: str) -> int:
        """How many of the pack's cards are tagged with ``factor_id`` (counted once, at load)."""
        return self._cards_per_factor.get(factor_id, 0)

    def cards_for(self, factor_id: str) -> list[Card]:
        return [card for card in self.cards if factor_id in card.factors]
