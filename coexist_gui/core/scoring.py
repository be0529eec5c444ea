"""Score a plan against its prompt: breadth, balance, relevance, judgement, feedback.

A pure function of (plan, pack); the README explains the rules in plain words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .model import Card, Pack, Plan, Prompt

WEIGHTS = {"breadth": 0.4, "balance": 0.3, "relevance": 0.2, "judgement": 0.1}
BAND_THRESHOLDS = (20, 40, 60, 80)
# Each descriptor claims only what the overall score guarantees: a band is a weighted mix of the four
# indicators, so it can say how much of the plan is in place, never which indicator got it there.
BAND_NAMES = {
    1: ("Getting started", "Only a little of the question is covered by evidence yet."),
    2: ("Developing", "Some of the question is covered by evidence; much is still thin or missing."),
    3: ("Taking shape", "About half of what the plan needs is in place; the feedback shows the main gaps."),
    4: ("Strong", "Most of what the plan needs is in place; the feedback shows what is left."),
    5: ("Excellent coverage", "The evidence covers the question well; any feedback left shows the last gaps."),
}
JUDGEMENT_MIN_WORDS = 12


@dataclass(frozen=True)
class FactorScore:
    id: str
    name: str
    counted: int  # cards that count for this factor
    placed: int  # cards in paragraphs for this factor
    available: int  # cards in the bank (pack + own) tagged with it


@dataclass(frozen=True)
class SideScore:
    name: str
    factors: tuple[str, ...]
    counted: int


@dataclass(frozen=True)
class Feedback:
    text: str
    kind: str  # "unknown", "missing", "thin", "balance", "misplaced", "judgement", "empty"
    factor: str = ""  # the factor it concerns, if any
    paragraph: int | None = None  # the paragraph it concerns, if any
    card: str = ""


@dataclass(frozen=True)
class Score:
    prompt: str
    overall: int
    band: int
    breadth: float
    balance: float
    relevance: float
    judgement: float
    factors: tuple[FactorScore, ...]
    sides: tuple[SideScore, ...]
    misplaced: tuple[str, ...]
    unknown_cards: tuple[str, ...]
    unknown_factors: tuple[str, ...]
    min_cards: int
    feedback: tuple[Feedback, ...] = field(default=())

    @property
    def band_name(self) -> str:
        return BAND_NAMES[self.band][0]

    @property
    def band_descriptor(self) -> str:
        return BAND_NAMES[self.band][1]

    def as_dict(self) -> dict:
        return {
            "prompt": self.prompt, "overall": self.overall, "band": self.band,
            "breadth": self.breadth, "balance": self.balance, "relevance": self.relevance,
            "judgement": self.judgement,
            "factors": [{"id": f.id, "name": f.name, "counted": f.counted, "placed": f.placed}
                        for f in self.factors],
            "sides": [{"name": s.name, "counted": s.counted} for s in self.sides],
            "misplaced": list(self.misplaced), "unknown_cards": list(self.unknown_cards),
            "feedback": [item.text for item in self.feedback],
        }


def band_for(overall: float) -> int:
    return 1 + sum(1 for threshold in BAND_THRESHOLDS if overall >= threshold)


def _round(value: float) -> float:
    return round(value + 0.0, 1)


def evenness(counts: list[int]) -> float:
    """Shannon entropy of the shares divided by its maximum, ln(len(counts)), times 100."""
    total = sum(counts)
    if total == 0 or len(counts) < 2:
        return 0.0
    entropy = -sum(c / total * math.log(c / total) for c in counts if c)
    return min(100.0, 100.0 * entropy / math.log(len(counts)))


class CardLookup:
    """Pack cards, then the student's own cards (own cards never shadow pack cards).

    Built per plan without copying the pack's cards, so scoring a small plan
    against a 10,000-card pack stays cheap.
    """

    def __init__(self, plan: Plan, pack: Pack) -> None:
        self.pack = pack
        self.own = {card.id: card for card in plan.own_cards if pack.card(card.id) is None}

    def get(self, card_id: str) -> Card | None:
        return self.pack.card(card_id) or self.own.get(card_id)

    def __getitem__(self, card_id: str) -> Card:
        card = self.get(card_id)
        if card is None:
            raise KeyError(card_id)
        return card

    def __contains__(self, card_id: object) -> bool:
        return isinstance(card_id, str) and self.get(card_id) is not None


def card_lookup(plan: Plan, pack: Pack) -> CardLookup:
    return CardLookup(plan, pack)


def score(plan: Plan, pack: Pack, prompt: Prompt | None = None, *, reveal_tags: bool = True) -> Score:
    """Score ``plan``; ``prompt`` defaults to the plan's prompt in ``pack``.

    ``reveal_tags=False`` is for blind mode, where the student decides which factor each card
    supports: feedback on a misplaced card then never says which factors the card is tagged with.
    The numbers do not change.
    """
    prompt = prompt or pack.prompt(plan.prompt)
    if prompt is None:
        raise KeyError(f"pack '{pack.id}' has no prompt '{plan.prompt}'")
    cards = card_lookup(plan, pack)
    prompt_factors = set(prompt.factors)
    m = prompt.min_cards

    counted: dict[str, int] = {f: 0 for f in prompt.factors}
    placed_in: dict[str, int] = {f: 0 for f in prompt.factors}
    counted_where: dict[str, int] = {}  # card -> paragraph where it counts
    first_seen: dict[str, int] = {}  # card -> first paragraph it sits in
    unknown_cards: list[str] = []
    for index, paragraph in enumerate(plan.paragraphs):
        for card_id in paragraph.cards:
            card = cards.get(card_id)
            if card is None:
                if card_id not in unknown_cards:
                    unknown_cards.append(card_id)
                continue
            first_seen.setdefault(card_id, index)
            if paragraph.factor in placed_in:
                placed_in[paragraph.factor] += 1
            if card_id in counted_where:
                continue
            if paragraph.factor in prompt_factors and paragraph.factor in card.factors:
                counted_where[card_id] = index
                counted[paragraph.factor] += 1
    misplaced = [c for c in first_seen if c not in counted_where]
    total_placed = len(first_seen)
    total_counted = len(counted_where)

    breadth = 100.0 * sum(min(counted[f], m) / m for f in prompt.factors) / len(prompt.factors)
    side_counts = [sum(counted[f] for f in side.factors) for side in prompt.sides]
    balance = evenness(side_counts)
    relevance = 100.0 * total_counted / total_placed if total_placed else 0.0
    most = plan.judgement.most_important
    substantiated = most in prompt_factors and counted[most] >= m
    long_enough = len(plan.judgement.text.split()) >= JUDGEMENT_MIN_WORDS
    judgement = 50.0 * substantiated + 50.0 * long_enough
    raw = (WEIGHTS["breadth"] * breadth + WEIGHTS["balance"] * balance + WEIGHTS["relevance"] * relevance
           + WEIGHTS["judgement"] * judgement)
    overall = int(math.floor(raw + 0.5))

    available: dict[str, int] = {f: pack.card_count(f) for f in prompt.factors}
    for card in cards.own.values():
        for factor in card.factors:
            if factor in available:
                available[factor] += 1
    factor_scores = tuple(
        FactorScore(f, pack.factor(f).name if pack.factor(f) else f, counted[f], placed_in[f], available[f])
        for f in prompt.factors)
    sides = tuple(SideScore(side.name or _factor_name(pack, side.factors[0]), side.factors, count)
                  for side, count in zip(prompt.sides, side_counts, strict=True))
    known_factors = {f.id for f in pack.factors}
    unknown_factors = tuple(dict.fromkeys(
        [p.factor for p in plan.paragraphs if p.factor and p.factor not in known_factors]
        + ([most] if most and most not in known_factors else [])))
    result = Score(prompt=prompt.id, overall=overall, band=band_for(overall), breadth=_round(breadth),
                   balance=_round(balance), relevance=_round(relevance), judgement=judgement,
                   factors=factor_scores, sides=sides, misplaced=tuple(misplaced),
                   unknown_cards=tuple(unknown_cards), unknown_factors=unknown_factors, min_cards=m)
    feedback = _feedback(plan, pack, prompt, result, cards, first_seen, substantiated, long_enough,
                         reveal_tags)
    return Score(**{**result.__dict__, "feedback": tuple(feedback)})


def _factor_name(pack: Pack, factor_id: str) -> str:
    factor = pack.factor(factor_id)
    return factor.name if factor else factor_id


def count_of(n: int, noun: str) -> str:
    """'1 card', '3 cards': our own sentences never need 'card(s)'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _quoted_names(names: list[str], conjunction: str) -> str:
    """Names in quotes joined as in a sentence: 'A' / 'A' or 'B' / 'A', 'B' or 'C'."""
    quoted = [f"'{name}'" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" {conjunction} {quoted[-1]}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _paragraph_for(plan: Plan, factor: str) -> int | None:
    for index, paragraph in enumerate(plan.paragraphs):
        if paragraph.factor == factor:
            return index
    return None


def _feedback(plan: Plan, pack: Pack, prompt: Prompt, result: Score, cards: CardLookup,
              first_seen: dict[str, int], substantiated: bool, long_enough: bool,
              reveal_tags: bool = True) -> list[Feedback]:
    items: list[Feedback] = []
    for card_id in result.unknown_cards:
        items.append(Feedback(f"Card '{card_id}' is not in version {pack.version} of pack '{pack.id}': it is kept "
                              f"in your plan but does not count.", "unknown", paragraph=plan.paragraph_of(card_id),
                              card=card_id))
    for factor_id in result.unknown_factors:
        items.append(Feedback(f"Factor '{factor_id}' is not in this pack: choose another factor for that "
                              f"paragraph.", "unknown", factor=factor_id,
                              paragraph=_paragraph_for(plan, factor_id)))
    if not first_seen:
        items.append(Feedback("Your plan has no evidence yet: drag cards from the evidence bank into the "
                              "paragraphs, one paragraph per factor.", "empty"))
    m = prompt.min_cards
    for fs in result.factors:
        factor = pack.factor(fs.id)
        hint = f" {factor.hint}" if factor and factor.hint else ""
        paragraph = _paragraph_for(plan, fs.id)
        if fs.counted == 0:
            where = "" if paragraph is not None else " Add a paragraph for it."
            items.append(Feedback(f"'{fs.name}' has no supporting evidence: the bank has "
                                  f"{count_of(fs.available, 'card')} for it.{where}{hint}", "missing", factor=fs.id,
                                  paragraph=paragraph))
        elif fs.counted < m:
            items.append(Feedback(f"'{fs.name}' has {fs.counted} of the {m} cards it needs for full credit: "
                                  f"add {m - fs.counted} more from the {fs.available} in the bank.", "thin",
                                  factor=fs.id, paragraph=paragraph))
    total = sum(s.counted for s in result.sides)
    if total and len(result.sides) >= 2:
        top = max(result.sides, key=lambda s: s.counted)
        share = top.counted / total
        fair = 1 / len(result.sides)
        if share >= min(0.75, fair * 2) and share > fair:
            label = "side" if prompt.two_sided else "factor"
            weakest = min(result.sides, key=lambda s: s.counted)
            items.append(Feedback(f"The {label} '{top.name}' carries {share:.0%} of your counted evidence: "
                                  f"strengthen '{weakest.name}' to balance the argument.", "balance",
                                  factor=weakest.factors[0]))
    for card_id in result.misplaced:
        card = cards[card_id]
        paragraph = plan.paragraphs[first_seen[card_id]]
        fits = [f for f in card.factors if f in prompt.factors] if reveal_tags else []
        quoted = f"Card \"{_short(card.text)}\""
        if not reveal_tags:  # blind mode: say that it does not count here, never what the card is tagged with
            here = _factor_name(pack, paragraph.factor)
            if paragraph.factor in prompt.factors:
                text = f"{quoted} does not support '{here}', the factor of its paragraph: reconsider where it belongs."
            elif paragraph.factor:
                text = (f"{quoted} is in a paragraph for '{here}', which is not a factor of this question: "
                        f"reconsider where it belongs.")
            else:
                text = (f"{quoted} is in a paragraph with no factor: choose the paragraph's factor, or reconsider "
                        f"where the card belongs.")
        else:
            here = f"'{_factor_name(pack, paragraph.factor)}'" if paragraph.factor else "a paragraph with no factor"
            names = _quoted_names([_factor_name(pack, f) for f in fits], "or") if fits else ""
            if len(fits) == 1:
                advice = f"it fits {names}: move it to that paragraph."
            elif fits:
                advice = f"it fits {names}: move it to one of those paragraphs."
            else:
                advice = "it does not support any factor of this question: remove it."
            text = f"{quoted} is in {here} but {advice}"
        items.append(Feedback(text, "misplaced", factor=fits[0] if fits else "", paragraph=first_seen[card_id],
                              card=card_id))
    most = plan.judgement.most_important
    if not most:
        items.append(Feedback("Choose the factor you judge most important and justify it in your conclusion.",
                              "judgement"))
    elif not substantiated:
        name = _factor_name(pack, most)
        items.append(Feedback(f"Your judgement names '{name}' as most important but the plan has fewer than "
                              f"{count_of(m, 'counted card')} for it: support it with evidence.", "judgement",
                              factor=most, paragraph=_paragraph_for(plan, most)))
    if not long_enough:
        words = len(plan.judgement.text.split())
        items.append(Feedback(f"Your conclusion has {count_of(words, 'word')}: write at least {JUDGEMENT_MIN_WORDS} "
                              f"explaining why your chosen factor matters most.", "judgement"))
    return items
