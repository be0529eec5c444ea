"""``validate --explain``: what a pack offers students, prompt by prompt, in figures a teacher can act on.

For each prompt: the cards available per factor and per side, how many cards fit the
question at all, what the exemplar scores, and which factors have fewer cards than
``min_cards`` (so no plan can reach full breadth).
"""

from __future__ import annotations

import dataclasses
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


def explain_prompt(pack: Pack, prompt: Prompt) -> PromptSummary:
    wanted = set(prompt.factors)
    fits = [len(wanted.intersection(card.factors)) for card in pack.cards]
    factors = tuple(FactorSupply(f, pack.factor_name(f), pack.card_count(f))
                    for f in prompt.factors)
    sides = tuple(SideSupply(side.name, side.factors,
                             sum(1 for card in pack.cards if set(side.factors).intersection(card.factors)))
                  for side in prompt.sides) if prompt.two_sided else ()
    exemplar = None
    if prompt.exemplar is not None:
        exemplar = score(dataclasses.replace(prompt.exemplar, pack=pack.id, pack_version=pack.version), pack, prompt)
    return PromptSummary(prompt, factors, sides, usable=sum(1 for n in fits if n),
                         shared=sum(1 for n in fits if n > 1), other=sum(1 for n in fits if not n),
                         exemplar=exemplar)


def explain_pack(pack: Pack) -> PackSummary:
    return PackSummary(pack, tuple(explain_prompt(pack, prompt) for prompt in pack.prompts))


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
