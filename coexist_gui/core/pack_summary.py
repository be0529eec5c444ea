"""``validate --explain``: what a pack offers students, prompt by prompt, in figures a teacher can act on.

For each prompt: the cards available per factor and per side, how many cards fit the
question at all, what the exemplar scores, and which factors have fewer cards than
``min_cards`` (so no plan can reach full breadth).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass

from .feedback import render
from .model import Pack, Prompt
from .plaintext import one_line
from .scoring import Score, score


@dataclass(frozen=True)
class FactorSupply:
    id: str
    name: str
    cards: int  # cards in the pack tagged with this factor


@dataclass(frozen=True)
class SideSupply:
    name: str
    factors: tuple[str, ...]
    cards: int  # distinct cards tagged with at least one of the side's factors


@dataclass(frozen=True)
class PromptSummary:
    prompt: Prompt
    factors: tuple[FactorSupply, ...]
    sides: tuple[SideSupply, ...]  # empty unless the prompt declares sides
    usable: int  # cards tagged with at least one of the prompt's factors
    shared: int  # cards tagged with two or more of the prompt's factors
    other: int  # cards that fit none of the prompt's factors (they test relevance)
    exemplar: Score | None

    @property
    def short(self) -> tuple[FactorSupply, ...]:
        """Factors with fewer cards than ``min_cards``."""
        return tuple(f for f in self.factors if f.cards < self.prompt.min_cards)


@dataclass(frozen=True)
class PackSummary:
    pack: Pack
    prompts: tuple[PromptSummary, ...]


class TagSets:
    """The pack's cards as factor bit masks, counted by distinct combination (once per pack).

    A prompt's figures are then one pass over the distinct combinations rather than over every
    card: a pack has at most a few hundred of them in practice, and at most MAX_CARDS.
    """

    def __init__(self, pack: Pack) -> None:
        self.bits = {factor.id: 1 << n for n, factor in enumerate(pack.factors)}
        self.combinations = Counter(self.mask(card.factors) for card in pack.cards)

    def mask(self, factors: tuple[str, ...]) -> int:
        mask = 0
        for factor in factors:
            mask |= self.bits.get(factor, 0)
        return mask

    def touching(self, factors: tuple[str, ...]) -> int:
        """Cards tagged with at least one of ``factors``."""
        wanted = self.mask(factors)
        return sum(count for mask, count in self.combinations.items() if mask & wanted)


def explain_prompt(pack: Pack, prompt: Prompt, tags: TagSets | None = None) -> PromptSummary:
    tags = TagSets(pack) if tags is None else tags
    wanted = tags.mask(prompt.factors)
    usable = shared = 0
    for mask, count in tags.combinations.items():
        fit = mask & wanted
        if fit:
            usable += count
            if fit & (fit - 1):  # two or more bits: the card fits two or more of the prompt's factors
                shared += count
    factors = tuple(FactorSupply(f, pack.factor_name(f), pack.card_count(f))
                    for f in prompt.factors)
    sides = tuple(SideSupply(side.name, side.factors, tags.touching(side.factors))
                  for side in prompt.sides) if prompt.two_sided else ()
    exemplar = None
    if prompt.exemplar is not None:
        exemplar = score(dataclasses.replace(prompt.exemplar, pack=pack.id, pack_version=pack.version), pack, prompt)
    return PromptSummary(prompt, factors, sides, usable=usable, shared=shared, other=len(pack.cards) - usable,
                         exemplar=exemplar)


def explain_pack(pack: Pack) -> PackSummary:
    tags = TagSets(pack)
    return PackSummary(pack, tuple(explain_prompt(pack, prompt, tags) for prompt in pack.prompts))


def _rows(rows: list[tuple[str, int]], indent: str = "    ") -> list[str]:
    width = min(max((len(label) for label, _ in rows), default=0), 50)
    return [f"{indent}{label:<{width}}  {count:>5}" for label, count in rows]


def format_prompt(summary: PromptSummary) -> list[str]:
    prompt = summary.prompt
    m = prompt.min_cards
    settings = [f"full breadth at {m} card(s) per factor",
                f"{prompt.minutes} min suggested" if prompt.minutes else "no suggested time",
                "factor tags hidden" if prompt.hide_tags else "factor tags shown",
                "score shown on check" if prompt.show_score == "on_check" else "score shown live"]
    lines = [f"Prompt '{prompt.id}': {one_line(prompt.question, 100)}", "  " + "; ".join(settings),
             "  Cards per factor:"]
    lines += _rows([(f"{one_line(f.name, 40)} ({f.id})", f.cards) for f in summary.factors])
    if summary.sides:
        lines.append("  Cards per side (a card tagged for both sides counts on each):")
        lines += _rows([(one_line(s.name, 50), s.cards) for s in summary.sides])
        low, high = min(s.cards for s in summary.sides), max(s.cards for s in summary.sides)
        if high and low * 2 < high:
            lines.append(f"    hard to balance: the smallest side has {low} card(s), the largest {high}")
    else:
        lines.append("  Sides: none declared, so each factor is a side for balance")
    lines.append(f"  Cards that fit this question: {summary.usable} of {summary.usable + summary.other} "
                 f"({summary.shared} fit two or more of its factors; {summary.other} fit none and test relevance)")
    exemplar = summary.exemplar
    if exemplar is None:
        lines.append("  Exemplar: none (add one: the validator then checks that a band-5 plan is possible)")
    else:
        lines.append(f"  Exemplar: {exemplar.overall}/100, band {exemplar.band} ({exemplar.band_name})")
        if exemplar.band < 5:
            lines += [f"    to improve it: {one_line(render(item), 160)}" for item in exemplar.feedback]
    short = summary.short
    if short:
        lines.append(f"  Too few cards for min_cards {m} (breadth 100 is unreachable):")
        lines += [f"    {one_line(f.name, 40)} ({f.id}): {f.cards} card(s), add {m - f.cards} or lower min_cards"
                  for f in short]
    else:
        lines.append(f"  Too few cards for min_cards {m}: none")
    return lines


def format_explain(summary: PackSummary) -> str:
    pack = summary.pack
    lines = [f"Summary of pack '{pack.id}' version {one_line(pack.version, 40)}: {len(pack.prompts)} prompt(s), "
             f"{len(pack.factors)} factor(s), {len(pack.cards)} card(s)"]
    for prompt in summary.prompts:
        lines += [""] + format_prompt(prompt)
    return "\n".join(lines)
