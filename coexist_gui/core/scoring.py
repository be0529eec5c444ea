"""Score a plan the way examiners mark one: range, balance, selection, analysis and judgement.

``score(plan, pack)`` is a pure, fast function. It returns a ``Score`` with the five criteria
(0–100 each), the overall score and band, what each card and paragraph counted for, and structured
feedback items (a kind plus parameters, never sentences: ``feedback.py`` turns them into words).
The README's "How scoring works" explains every rule in plain words; keep the two in step.

How the overall score is made, in short:

* range (breadth): the share of the question's factors with enough evidence, capped per factor;
* balance: how evenly that capped evidence is spread over the question's sides or factors;
* selection: of the cards placed, the share that fit where they are, without piling on;
* analysis: how far the points explain rather than retell, over the question's factors;
* judgement: a factor chosen, a reason given, weighed against the alternatives, resting on the plan.

Selection and analysis count in proportion to the plan's range, and the judgement fully only once half
of the question has evidence, so a single good card or point is never most of a plan. Then, as
examiners mark by best fit, level gates keep a plan out of a band until it shows what the band
describes: both sides of a two-sided question and some points for band 3, points that explain for
band 4, a weighed conclusion and analysis throughout for band 5 (``_gate``).
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Callable, Generic, NamedTuple, TypeVar

from . import wording
from .model import Card, Pack, Plan, Prompt

SCORING_VERSION = "2"

CRITERIA = ("range", "balance", "selection", "analysis", "judgement")
WEIGHTS: Mapping[str, float] = MappingProxyType(
    {"range": 0.20, "balance": 0.10, "selection": 0.10, "analysis": 0.30, "judgement": 0.30})
BAND_THRESHOLDS = (20, 40, 60, 80)
# Level gates, as examiners mark by best fit: a plan reaches a band only if it shows what the band describes.
# Each gate keeps the overall score at the top of the band below (39, 59, 79).
GATE_TOPS: Mapping[int, int] = MappingProxyType({3: 39, 4: 59, 5: 79})
BAND3_ANALYSIS = 20.0  # band 3 needs points: a plan of cards with (almost) nothing written stays in band 2
BAND4_ANALYSIS = 50.0  # band 4 needs points that explain, not describe
BAND5_ANALYSIS = 75.0  # band 5 needs analysis throughout ...
# ... and a judgement weighed against another factor or side (the "weighed" part in full).

# Card states: what a placed card does for the plan.
COUNTS = "counts"  # fits its paragraph's factor and counts for it
EXTRA = "extra"  # fits, but the paragraph already has more cards than it can use
MISPLACED = "misplaced"  # fits another factor of the question, not this paragraph's
OFF_QUESTION = "off_question"  # fits no factor of the question
UNKNOWN = "unknown"  # the pack has no such card (kept, never counted, never held against the plan)
OWN_NOT_COUNTED = "own_not_counted"  # an own card that cannot count (too short, untagged, or not allowed)

# Point levels, from nothing written to analysis.
POINT_LEVELS: Mapping[str, float] = MappingProxyType({
    "none": 0.0,  # nothing written
    "label": 0.1,  # a few words: a heading, not a point
    "repeats": 0.1,  # the same words as an earlier point
    "off_topic": 0.1,  # nothing in it about its cards, its factor or the question
    "retells": 0.25,  # repeats its cards
    "asserts": 0.4,  # a statement with no reason or link
    "links": 0.6,  # gives a reason or a link, briefly
    "explains": 0.85,  # a developed reason that goes beyond the cards
    "analyses": 1.0,  # a developed reason that also weighs, qualifies or judges
})
LABEL_WORDS = 5  # fewer words than this is a label
LINK_WORDS = 8  # fewer words than this cannot carry a reason
COPY_SHARE = 0.85  # this share of a point's words from its cards is a copy, whatever connectives it has
RETELL_SHARE = 0.6  # this share of a point's words taken from its cards, adding little, is a retelling
DEVELOPED_WORDS = 12
DEVELOPED_NEW = 4  # words of its own (not in its cards or the question) a developed point brings
OWN_MIN_TOKENS = 5  # an own card needs a sentence: this many words or numbers ...
OWN_MIN_CONTENT = 3  # ... of which this many different content words
REASON_NEW = 3  # a reason brings this many content words not already in its claim or the question
EVIDENCE_WORDS = 2  # a conclusion rests on the plan when it shares this many content words with its evidence
DRIFT_WORDS = 15  # a conclusion this long (in content words) ...
DRIFT_SHARE = 0.25  # ... with less than this share of them tied to the question or the plan drifts

# Judgement parts and what each is worth out of 100.
JUDGEMENT_PARTS: Mapping[str, float] = MappingProxyType(
    {"chosen": 10.0, "reason": 25.0, "weighed": 35.0, "evidence": 15.0, "supported": 15.0})


class Criterion(NamedTuple):
    id: str  # one of CRITERIA
    value: float  # 0–100
    weight: float  # its share of the overall score
    counted: float  # what it adds to the overall score before the level gates (at most weight * 100)


class FactorScore(NamedTuple):
    id: str
    name: str
    counted: int  # cards that count for this factor (pack and own cards)
    placed: int  # cards in paragraphs for this factor
    available: int  # cards in the bank (pack + own) tagged with it
    own: int = 0  # of ``counted``, the student's own cards
    credit: float = 0.0  # 0..1: how much of its range credit it earns (own cards are limited)


class SideScore(NamedTuple):
    name: str
    factors: tuple[str, ...]
    counted: int


class ParagraphScore(NamedTuple):
    position: int  # 0-based
    factor: str
    heading: str  # "question" (a factor of the question), "other" (another heading that argues the question),
    # "unrelated" (another heading whose point does not), "none" (no factor chosen)
    point: str  # a key of POINT_LEVELS
    cards: tuple[tuple[str, str], ...]  # (card id, card state) in paragraph order
    counted: int = 0  # cards that count here
    extra: int = 0  # cards that fit but are more than the paragraph can use


@dataclass(frozen=True)
class JudgementCheck:
    chosen: str  # the factor chosen ("" when none)
    parts: Mapping[str, float]  # what each of JUDGEMENT_PARTS earned
    # what held it back: "no_text", "fence", "circular", "thin_reason", "contradicts", "drifts", "not_prompt_factor"
    problems: tuple[str, ...]

    @property
    def value(self) -> float:
        return sum(self.parts.values())


class Feedback(NamedTuple):
    """One thing to do next: a ``kind`` and its parameters. ``feedback.render`` says it in words."""

    kind: str
    criterion: str = ""  # the criterion it costs points in ("" when it is about the file, not the plan)
    factor: str = ""  # the factor it concerns, if any
    paragraph: int | None = None  # the paragraph it concerns (0-based), if any
    card: str = ""  # the card it concerns, if any
    params: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Score:
    prompt: str
    overall: int
    band: int
    criteria: tuple[Criterion, ...]
    factors: tuple[FactorScore, ...]
    sides: tuple[SideScore, ...]
    paragraphs: tuple[ParagraphScore, ...]
    judgement_check: JudgementCheck
    misplaced: tuple[str, ...]  # cards placed where they do not count (any reason but unknown)
    unknown_cards: tuple[str, ...]
    unknown_factors: tuple[str, ...]
    own_cards: tuple[str, ...]  # the student's own cards placed in the plan
    min_cards: int
    cap: str = ""  # the level gate that lowered the overall score (see ``_gate``), "" when none did
    feedback: tuple[Feedback, ...] = ()
    version: str = SCORING_VERSION

    def criterion(self, criterion_id: str) -> Criterion:
        for item in self.criteria:
            if item.id == criterion_id:
                return item
        raise KeyError(criterion_id)

    @property
    def breadth(self) -> float:
        return self.criterion("range").value

    @property
    def balance(self) -> float:
        return self.criterion("balance").value

    @property
    def selection(self) -> float:
        return self.criterion("selection").value

    @property
    def analysis(self) -> float:
        return self.criterion("analysis").value

    @property
    def judgement(self) -> float:
        return self.criterion("judgement").value

    @property
    def band_name(self) -> str:
        from .feedback import band_label

        return band_label(self.band)

    @property
    def band_descriptor(self) -> str:
        from .feedback import band_descriptor

        return band_descriptor(self.band)

    def card_state(self, card_id: str) -> str:
        for paragraph in self.paragraphs:
            for placed, state in paragraph.cards:
                if placed == card_id:
                    return state
        return ""


def band_for(overall: float) -> int:
    return 1 + sum(1 for threshold in BAND_THRESHOLDS if overall >= threshold)


def percent(value: float) -> int:
    """A 0–100 indicator as a whole number, rounded half up like the overall score."""
    return int(math.floor(value + 0.5))


def _round(value: float) -> float:
    return round(value + 0.0, 1)


def evenness(counts: list[float]) -> float:
    """How evenly ``counts`` are spread: 0 when all in one place, 100 when equal.

    The Shannon entropy of the shares over its largest possible value, ln(len(counts)).
    """
    total = sum(counts)
    if total <= 0 or len(counts) < 2:
        return 0.0
    entropy = -sum(c / total * math.log(c / total) for c in counts if c > 0)
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


def own_card_problem(card: Card, language: str = "") -> str:
    """Why an own card cannot count ("too_short", "untagged"), or "" when it can."""
    tokens = len(wording.words(card.text)) + sum(1 for part in card.text.split() if part[:1].isdigit())
    if tokens < OWN_MIN_TOKENS or len(wording.content(card.text, language)) < OWN_MIN_CONTENT:
        return "too_short"
    if not card.factors:
        return "untagged"
    return ""


def own_card_allowance(min_cards: int) -> int:
    """How many of a factor's ``min_cards`` the student's own cards may fill: half, rounded up."""
    return (min_cards + 1) // 2


def paragraph_allowance(min_cards: int) -> int:
    """Cards a paragraph can use: twice what a factor needs, and one more. Beyond that is piling on."""
    return 2 * min_cards + 1


class _Vocabulary:
    """Stems that name the question, each factor and the plan's own evidence, for the text checks."""

    def __init__(self, pack: Pack, prompt: Prompt, language: str) -> None:
        self.prompt = prompt
        self.language = language
        self.question = wording.content(prompt.question, language)
        common = _common_stems(pack, language)
        names = {f: _names(factor.name if (factor := pack.factor(f)) else "", language) for f in prompt.factors}
        # A word on many of the pack's cards ("war", "West") names no factor in particular, unless it is all
        # a factor's name has ("Khrushchev's part").
        self.factor = {f: (stems - common) or stems for f, stems in _distinct(names).items()}
        if prompt.two_sided:  # a side's name names each of its factors ("Soviet self-interest")
            sides = {key: (stems - common) or stems for key, stems in
                     _distinct({str(i): _names(side.name, language) for i, side in enumerate(prompt.sides)}).items()}
            for i, side in enumerate(prompt.sides):
                for factor_id in side.factors:
                    self.factor[factor_id] = self.factor[factor_id] | sides[str(i)]
        self.any_factor = frozenset().union(*self.factor.values()) if self.factor else frozenset()
        topic: set[str] = set(self.question)
        for side in prompt.sides:
            topic |= wording.content(side.name, language)
        for factor_id in prompt.factors:
            factor = pack.factor(factor_id)
            if factor:
                for text in (factor.name, factor.description, factor.hint):
                    topic |= wording.content(text, language)
        self.topic = frozenset(topic)  # what the question is about: its words and its factors' words
        self.linking = _lexicon_stems(language)  # connectives and judging words: they carry no content

    def mentions(self, stems: frozenset[str]) -> set[str]:
        """The question's factors whose names these stems mention."""
        return {factor_id for factor_id, names in self.factor.items() if stems & names}


COMMON_SHARE = 0.2  # a word on more than this share of a pack's cards is common there

T = TypeVar("T")


class _PerPack(Generic[T]):
    """Values worked out once per pack object (a pack never changes once read), dropped with the pack."""

    def __init__(self) -> None:
        self._values: dict[int, tuple[weakref.ref[Pack], T]] = {}

    def get(self, pack: Pack, make: Callable[[], T]) -> T:
        entry = self._values.get(id(pack))
        if entry is not None and entry[0]() is pack:
            return entry[1]
        value = make()
        self._values[id(pack)] = (weakref.ref(pack), value)
        weakref.finalize(pack, self._values.pop, id(pack), None)
        return value


_common = _PerPack[frozenset[str]]()
_vocabularies = _PerPack[dict[tuple[str, str, str], "_Vocabulary"]]()


def _common_stems(pack: Pack, language: str) -> frozenset[str]:
    """Stems on more than COMMON_SHARE of the pack's cards, and the words of its subject (it reads every card)."""
    def make() -> frozenset[str]:
        counts: dict[str, int] = {}
        for card in pack.cards:
            for stem in wording.content(card.text, language):
                counts[stem] = counts.get(stem, 0) + 1
        limit = max(3, COMMON_SHARE * len(pack.cards))
        common = {stem for stem, count in counts.items() if count > limit}
        if len(pack.prompts) >= 2:  # the pack's own subject, in every one of its questions ("Peaceful Coexistence")
            common |= frozenset.intersection(*(wording.content(p.question, language) for p in pack.prompts))
        return frozenset(common)

    return _common.get(pack, make)


def _vocabulary(pack: Pack, prompt: Prompt, language: str) -> _Vocabulary:
    """The vocabulary of ``prompt``, made once per pack and prompt."""
    made = _vocabularies.get(pack, dict)
    key = (prompt.id, prompt.question, language)
    found = made.get(key)
    if found is None or found.prompt is not prompt:
        found = made[key] = _Vocabulary(pack, prompt, language)
    return found


def _names(text: str, language: str) -> frozenset[str]:
    return frozenset(stem for stem in wording.content(text, language) if not stem.isdigit())


def _distinct(names: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each entry's words less those another entry has too: "part" names neither "Malenkov's part" nor
    "Khrushchev's part"."""
    seen: dict[str, int] = {}
    for stems in names.values():
        for stem in stems:
            seen[stem] = seen.get(stem, 0) + 1
    return {key: frozenset(s for s in stems if seen[s] == 1) for key, stems in names.items()}


def _point_level(point: str, cards: list[frozenset[str]], vocabulary: _Vocabulary, factor_id: str,
                 earlier: set[frozenset[str]]) -> str:
    signal = wording.signals(point, vocabulary.language)
    if signal.words == 0:
        return "none"
    if signal.words < LABEL_WORDS:
        return "label"
    card_stems = frozenset().union(*cards)
    stems = wording.content(point, vocabulary.language)
    if stems in earlier:
        return "repeats"
    earlier.add(stems)
    if not stems & (card_stems | vocabulary.topic):
        return "off_topic"
    # Words of its own: not in its cards, not the question's, not the linking words themselves.
    new = stems - card_stems - vocabulary.question - vocabulary.linking
    # Naming another factor of the question sets this one against it ("... that Malenkov never achieved").
    compares = bool(vocabulary.mentions(stems) - {factor_id})
    explains = bool(signal.reasons or signal.explains)  # says why, or what follows
    weighs = bool(signal.contrasts or signal.evaluations or compares)  # qualifies, compares or judges
    shared = len(stems & card_stems)
    if card_stems and len(new) <= 2 and (shared >= COPY_SHARE * len(stems) or
                                          (not explains and shared >= RETELL_SHARE * len(stems))):
        return "retells"  # its cards' words again, with nothing (or only the card's own "because") to say why
    if not (explains or weighs) or signal.words < LINK_WORDS:
        return "asserts"  # no link, or too short to carry the one it gestures at ("Malenkov did start it though.")
    if signal.words < DEVELOPED_WORDS or len(new) < DEVELOPED_NEW or not explains:
        return "links"
    return "analyses" if weighs else "explains"


def _argues_question(point: str, vocabulary: _Vocabulary) -> bool:
    """Does a point under another heading argue this question (names its terms or factors, and links)?"""
    signal = wording.signals(point, vocabulary.language)
    stems = wording.content(point, vocabulary.language)
    on_question = bool(stems & (vocabulary.question | vocabulary.any_factor))
    return on_question and bool(signal.reasons or signal.contrasts or signal.explains) \
        and signal.words >= DEVELOPED_WORDS


@dataclass
class _Tally:
    counted: dict[str, int]
    own_counted: dict[str, int]
    placed_in: dict[str, int]
    states: dict[str, str] = field(default_factory=dict)
    where: dict[str, int] = field(default_factory=dict)  # card -> paragraph it sits in
    unknown: list[str] = field(default_factory=list)
    own_problems: dict[str, str] = field(default_factory=dict)
    evidence: list[frozenset[str]] = field(default_factory=list)  # the stems of each counted card


def score(plan: Plan, pack: Pack, prompt: Prompt | None = None, *, reveal_tags: bool = True) -> Score:
    """Score ``plan``; ``prompt`` defaults to the plan's prompt in ``pack``.

    ``reveal_tags=False`` is for blind mode, where the student decides which factor each card
    supports: feedback on a misplaced card then never names the factors the card is tagged with.
    The numbers do not change.
    """
    prompt = prompt or pack.prompt(plan.prompt)
    if prompt is None:
        raise KeyError(f"pack '{pack.id}' has no prompt '{plan.prompt}'")
    language = pack.language
    cards = card_lookup(plan, pack)
    vocabulary = _vocabulary(pack, prompt, language)
    m = prompt.min_cards
    prompt_factors = set(prompt.factors)
    own_mode = prompt.own_cards
    tally = _Tally(counted={f: 0 for f in prompt.factors}, own_counted={f: 0 for f in prompt.factors},
                   placed_in={f: 0 for f in prompt.factors})
    keep = paragraph_allowance(m)
    own_keep = own_card_allowance(m)

    paragraph_scores: list[ParagraphScore] = []
    earlier_points: set[frozenset[str]] = set()
    for index, paragraph in enumerate(plan.paragraphs):
        heading = ("question" if paragraph.factor in prompt_factors else
                   "other" if _argues_question(paragraph.point, vocabulary) else
                   "none" if not paragraph.factor else "unrelated")
        states: list[tuple[str, str]] = []
        fitting = counted_here = 0
        stems: list[frozenset[str]] = []  # each card's, joined only if the point needs them
        for card_id in paragraph.cards:
            if card_id in tally.where:  # a hand-edited file may repeat a card: only its first place counts
                continue
            tally.where[card_id] = index
            card = cards.get(card_id)
            if card is None:
                tally.unknown.append(card_id)
                states.append((card_id, UNKNOWN))
                continue
            card_stems = wording.content(card.text, language)
            stems.append(card_stems)
            if paragraph.factor in tally.placed_in:
                tally.placed_in[paragraph.factor] += 1
            state, factor_id = _card_state(card, paragraph.factor, heading, prompt, prompt_factors, tally, fitting,
                                           keep)
            if card.own and (state == COUNTS or not card.factors):
                problem = own_card_problem(card, language) if own_mode == "count" else own_mode
                if not problem and tally.own_counted[factor_id] >= own_keep:
                    problem = "own_limit"
                if problem:
                    tally.own_problems[card_id] = problem
                    state = OWN_NOT_COUNTED
            if state == COUNTS:
                counted_here += 1
                tally.evidence.append(card_stems)
                tally.counted[factor_id] += 1
                tally.own_counted[factor_id] += card.own
                fitting += 1
            elif state == EXTRA:
                fitting += 1
            tally.states[card_id] = state
            states.append((card_id, state))
        point = _point_level(paragraph.point, stems, vocabulary, paragraph.factor, earlier_points)
        paragraph_scores.append(ParagraphScore(index, paragraph.factor, heading, point, tuple(states),
                                               counted_here, fitting - counted_here))

    credit = {f: min(tally.counted[f], m) / m for f in prompt.factors}
    breadth = 100.0 * sum(credit.values()) / max(1, len(prompt.factors))  # 0 factors: a pack still being written
    capped = {f: min(tally.counted[f], m) for f in prompt.factors}
    side_counts = [sum(tally.counted[f] for f in side.factors) for side in prompt.sides]
    balance = evenness([float(sum(capped[f] for f in side.factors)) for side in prompt.sides])

    counted_total = sum(tally.counted.values())
    against = sum(1 for state in tally.states.values() if state in (EXTRA, MISPLACED, OFF_QUESTION))
    selection = 100.0 * counted_total / (counted_total + against) if counted_total else 0.0
    analysis = _analysis(paragraph_scores, prompt, tally)

    check = _judgement(plan, pack, prompt, vocabulary, tally, cards, credit)
    judgement = check.value

    coverage = breadth / 100.0
    counted_parts = {
        "range": WEIGHTS["range"] * breadth,
        "balance": WEIGHTS["balance"] * balance,
        "selection": WEIGHTS["selection"] * selection * coverage,
        "analysis": WEIGHTS["analysis"] * analysis * coverage,
        "judgement": WEIGHTS["judgement"] * judgement * min(1.0, 2 * coverage),
    }
    raw = sum(counted_parts.values())
    cap = _gate(prompt, side_counts, analysis, check)
    if cap[0] and raw > GATE_TOPS[cap[0]]:
        raw = float(GATE_TOPS[cap[0]])
    else:
        cap = (0, "")
    overall = percent(raw) if counted_total else 0
    values = {"range": breadth, "balance": balance, "selection": selection, "analysis": analysis,
              "judgement": judgement}
    criteria = tuple(Criterion(c, _round(values[c]), WEIGHTS[c], _round(counted_parts[c])) for c in CRITERIA)

    available = {f: pack.card_count(f) for f in prompt.factors}
    for card in cards.own.values():
        for factor_id in card.factors:
            if factor_id in available:
                available[factor_id] += 1
    factor_scores = tuple(
        FactorScore(f, pack.factor_name(f), tally.counted[f], tally.placed_in[f], available[f],
                    tally.own_counted[f], credit[f])
        for f in prompt.factors)
    sides = tuple(SideScore(side.name or pack.factor_name(side.factors[0]), side.factors, count)
                  for side, count in zip(prompt.sides, side_counts, strict=True))
    most = plan.judgement.most_important
    unknown_factors = tuple(dict.fromkeys(
        [p.factor for p in plan.paragraphs if p.factor and pack.factor(p.factor) is None]
        + ([most] if most and pack.factor(most) is None else [])))
    misplaced = tuple(c for c, state in tally.states.items() if state != COUNTS)
    own_placed = tuple(c for c in tally.states if c in cards.own)
    result = Score(prompt=prompt.id, overall=overall, band=band_for(overall), criteria=criteria,
                   factors=factor_scores, sides=sides, paragraphs=tuple(paragraph_scores), judgement_check=check,
                   misplaced=misplaced, unknown_cards=tuple(tally.unknown), unknown_factors=unknown_factors,
                   own_cards=own_placed, min_cards=m, cap=cap[1])
    from .feedback import collect  # feedback reads the finished Score; imported here to keep the modules apart

    return Score(**{**result.__dict__, "feedback": collect(plan, pack, prompt, result, cards, tally.own_problems,
                                                          reveal_tags)})


def _gate(prompt: Prompt, side_counts: list[int], analysis: float, check: JudgementCheck) -> tuple[int, str]:
    """The lowest band whose gate the plan fails, and why: (3, "one_sided" / "no_points"), (4, "descriptive"),
    (5, "no_conclusion" / "not_weighed" / "not_analytical"); (0, "") when it passes them all."""
    if prompt.two_sided and any(count == 0 for count in side_counts):
        return 3, "one_sided"
    if analysis < BAND3_ANALYSIS:
        return 3, "no_points"
    if analysis < BAND4_ANALYSIS:
        return 4, "descriptive"
    if "no_text" in check.problems:
        return 5, "no_conclusion"
    if check.chosen not in prompt.factors:
        return 5, "no_factor_chosen"
    if check.parts["weighed"] < JUDGEMENT_PARTS["weighed"]:
        return 5, "not_weighed"
    if analysis < BAND5_ANALYSIS:
        return 5, "not_analytical"
    return 0, ""


def _card_state(card: Card, heading_factor: str, heading: str, prompt: Prompt, prompt_factors: set[str],
                tally: _Tally, fitting: int, keep: int) -> tuple[str, str]:
    """The state of a card in a paragraph, and the factor it counts for."""
    if heading == "question":
        if heading_factor in card.factors:
            return (EXTRA if fitting >= keep else COUNTS), heading_factor
        return (OFF_QUESTION if prompt_factors.isdisjoint(card.factors) else MISPLACED), ""
    fits = [f for f in prompt.factors if f in card.factors]
    if not fits:
        return OFF_QUESTION, ""
    if heading != "other":
        return MISPLACED, ""
    if fitting >= keep:
        return EXTRA, fits[0]
    return COUNTS, min(fits, key=lambda f: tally.counted[f])  # credit the factor that needs it most


def _analysis(paragraphs: list[ParagraphScore], prompt: Prompt, tally: _Tally) -> float:
    """The mean level of the points of the paragraphs that answer the question, best paragraph per factor.

    A paragraph answers the question when its heading is one of the question's factors, or another
    heading whose point argues the question. Factors with no such paragraph are left to range.
    """
    best: dict[str, float] = {}
    extra: list[float] = []
    for paragraph in paragraphs:
        if paragraph.point == "none" and all(state == UNKNOWN for _card, state in paragraph.cards):
            continue  # nothing in it yet
        level = POINT_LEVELS[paragraph.point]
        if not paragraph.counted:
            level *= 0.5  # a point with no evidence behind it
        if paragraph.heading == "question":
            if paragraph.factor in best:
                extra.append(level)
                best[paragraph.factor] = max(best[paragraph.factor], level)
            else:
                best[paragraph.factor] = level
        elif paragraph.heading == "other":
            extra.append(level)
        elif paragraph.heading in ("unrelated", "none"):
            extra.append(0.0)  # a paragraph that does not answer the question
    levels = list(best.values()) + extra
    return 100.0 * sum(levels) / len(levels) if levels else 0.0


def _judgement(plan: Plan, pack: Pack, prompt: Prompt, vocabulary: _Vocabulary, tally: _Tally, cards: CardLookup,
               credit: Mapping[str, float]) -> JudgementCheck:
    language = vocabulary.language
    text = plan.judgement.text
    most = plan.judgement.most_important
    parts = {part: 0.0 for part in JUDGEMENT_PARTS}
    problems: list[str] = []
    signal = wording.signals(text, language)
    stems = wording.content(text, language)
    named = vocabulary.mentions(stems)
    if most and most not in prompt.factors:
        problems.append("not_prompt_factor")
    chosen = most if most in prompt.factors else ""
    if not chosen and named and signal.decides and not signal.hedges:
        chosen = ""  # the text decides without the factor being chosen: half the credit for choosing
        parts["chosen"] = JUDGEMENT_PARTS["chosen"] / 2
    elif chosen:
        parts["chosen"] = JUDGEMENT_PARTS["chosen"]
    if chosen:
        if credit[chosen] >= 1.0:
            parts["supported"] = JUDGEMENT_PARTS["supported"]
        elif tally.counted[chosen]:
            parts["supported"] = JUDGEMENT_PARTS["supported"] / 2
    if signal.words == 0:
        problems.append("no_text")
        return JudgementCheck(most, MappingProxyType(parts), tuple(problems))
    if signal.hedges and most not in prompt.factors:
        problems.append("fence")
        parts["chosen"] = 0.0
        return JudgementCheck(most, MappingProxyType(parts), tuple(problems))

    evidence_stems = frozenset().union(*tally.evidence)
    own_words = vocabulary.factor.get(chosen, frozenset()) | vocabulary.question
    written = frozenset().union(*(wording.content(p.point, language) for p in plan.paragraphs))
    meaningful = stems - vocabulary.linking
    related = meaningful & (evidence_stems | written | vocabulary.topic)
    if len(meaningful) >= DRIFT_WORDS and len(related) < DRIFT_SHARE * len(meaningful):
        problems.append("drifts")

    reason = wording.reason_words(text, language)
    reason_stems = frozenset(wording.content(" ".join(reason), language))
    if reason or signal.explains:
        claim = stems - reason_stems
        fresh = reason_stems - claim - own_words - vocabulary.linking
        if reason and len(fresh) <= 1:
            problems.append("circular")  # the reason adds nothing to the claim
        elif reason and len(fresh) < REASON_NEW:
            problems.append("thin_reason")
            parts["reason"] = JUDGEMENT_PARTS["reason"] / 2
        elif chosen and prompt.two_sided and _contradicts(reason_stems, chosen, prompt, vocabulary,
                                                          wording.signals(" ".join(reason), language)):
            problems.append("contradicts")
        else:
            parts["reason"] = JUDGEMENT_PARTS["reason"]
    others = named - {chosen} if chosen or len(named) >= 2 else set()  # weighing needs a side to weigh for
    if prompt.two_sided and chosen:  # on a two-sided question, weighing is against the other side
        own_side = next((side.factors for side in prompt.sides if chosen in side.factors), ())
        others -= set(own_side)
    full_reason = parts["reason"] == JUDGEMENT_PARTS["reason"]
    if parts["reason"] and others:
        # a reason, set against another factor by name (half when the reason is thin)
        parts["weighed"] = JUDGEMENT_PARTS["weighed"] * (1.0 if full_reason else 0.5)
    elif parts["reason"] and signal.contrasts:
        parts["weighed"] = JUDGEMENT_PARTS["weighed"] / 2  # weighed, but only against "the others" in general
    elif others and signal.contrasts and "contradicts" not in problems:
        parts["weighed"] = JUDGEMENT_PARTS["weighed"] / 4  # a comparison asserted without a reason
    if len(stems & evidence_stems - own_words) >= EVIDENCE_WORDS and parts["supported"]:
        parts["evidence"] = JUDGEMENT_PARTS["evidence"]
    if "drifts" in problems:
        parts = {part: value / 2 for part, value in parts.items()}
    return JudgementCheck(most, MappingProxyType(parts), tuple(problems))


@lru_cache(maxsize=16)
def _lexicon_stems(language: str) -> frozenset[str]:
    lexicon = wording.lexicon_for(language)
    phrases = (*lexicon.reason, *lexicon.contrast, *lexicon.hedge, *lexicon.evaluation, *lexicon.decision,
               *lexicon.diminish)
    # single words only: "led to" and "on the other hand" do not make "led" or "hand" empty words
    return frozenset(wording.stem(phrase, lexicon) for phrase in phrases if " " not in phrase)


def _contradicts(reason: frozenset[str], chosen: str, prompt: Prompt, vocabulary: _Vocabulary,
                 signal: wording.Signals) -> bool:
    """On a two-sided question, the reason names only the other side, without setting the two apart:
    "Khrushchev was more responsible because Malenkov came up with the new course first"."""
    own_side = next((set(side.factors) for side in prompt.sides if chosen in side.factors), {chosen})
    named = vocabulary.mentions(reason)
    return bool(named) and not named & own_side and not signal.contrasts and not signal.diminishes
