"""A class of students' plan files for the class report's tests, benchmark and screenshots.

Plans of every quality for the built-in pack's questions: some thin, some one-sided, some with
misplaced cards or own cards, some analytical with a weighed conclusion. The same ``seed`` gives
the same files.
"""

from __future__ import annotations

import random
from pathlib import Path

from coexist_gui.core.model import Card, Judgement, Pack, Paragraph, Plan
from coexist_gui.core.plan import dump_plan

NAMES = ("Aisha Khan", "Ben Okafor", "Chloe Martin", "Daniel Novak", "Ella Fischer", "Farah Siddiqui", "George Li",
         "Hana Sato", "Isaac Mensah", "Jade Wilson", "Kai Andersen", "Lena Kowalski", "Maya Patel", "Noah Dubois",
         "Olivia Brown", "Pedro Alves", "Quinn Murphy", "Rosa Garcia", "Sami Haddad", "Tara Singh", "Umar Farouk",
         "Vera Petrova", "Will Evans", "Xin Zhao", "Yusuf Demir", "Zoe Clarke", "Amir Rahman", "Bella Rossi",
         "Cian Walsh", "Dina Cohen", "Erik Lund", "Fatima Ali")


_COMMON = frozenset({"The", "A", "An", "In", "At", "From", "Two", "By", "After", "On", "Because", "Other", "As",
                     "Shortly", "Communist"})


def _point(level: int, name: str, card: Card | None) -> str:
    fact = card.text.rstrip(".") if card else "this"
    if level == 0:
        return ""
    if level == 1:
        return name
    if level == 2:
        return f"{fact}."
    first, _space, rest = fact.partition(" ")
    if first in _COMMON:  # "The USSR…" reads "because the USSR…"; a name keeps its capital
        fact = f"{first.lower()} {rest}"
    return (f"{name} mattered because {fact}, which shows how one side's choices forced the other's hand, "
            f"although it worked only alongside the other factors.")


def make_plan(pack: Pack, prompt_index: int, author: str, rng: random.Random) -> Plan:
    prompt = pack.prompts[prompt_index % len(pack.prompts)]
    quality = rng.random()
    paragraphs = []
    used: set[str] = set()
    for factor in prompt.factors:
        if quality < 0.2 and rng.random() < 0.5:
            paragraphs.append(Paragraph(factor))
            continue
        fitting = [c for c in pack.cards if factor in c.factors and c.id not in used]
        count = min(len(fitting), 1 if quality < 0.4 else 2 + (quality > 0.8))
        cards = rng.sample(fitting, count)
        if quality < 0.6 and rng.random() < 0.3:  # a card that fits another factor
            other = [c for c in pack.cards if factor not in c.factors and c.id not in used]
            if other:
                cards.append(rng.choice(other))
        used.update(c.id for c in cards)
        level = 0 if quality < 0.25 else 1 if quality < 0.4 else 2 if quality < 0.65 else 3
        paragraphs.append(Paragraph(factor, _point(level, pack.factor_name(factor), cards[0] if cards else None),
                                    tuple(c.id for c in cards)))
    own: tuple[Card, ...] = ()
    if rng.random() < 0.25 and paragraphs:
        own = (Card("own-1", "Khrushchev told the 20th Party Congress in 1956 that war was not inevitable.",
                    (prompt.factors[0],), own=True),)
        paragraphs[0] = Paragraph(paragraphs[0].factor, paragraphs[0].point, paragraphs[0].cards + ("own-1",))
    judgement = Judgement()
    if quality > 0.45:
        first, second = prompt.factors[0], prompt.factors[-1]
        judgement = Judgement(first, f"{pack.factor_name(first)} was the most important, because it made the other "
                                     f"changes possible, whereas {pack.factor_name(second)} only mattered once it "
                                     f"had happened." if quality > 0.7 else "")
    return Plan(pack=pack.id, prompt=prompt.id, pack_version=pack.version, author=author,
                paragraphs=tuple(paragraphs), own_cards=own, judgement=judgement,
                time_used=rng.randint(300, 1500))


def write_class(folder: Path, pack: Pack, count: int = 30, seed: int = 1956, prompts: int = 2) -> list[Path]:
    """``count`` plan files in ``folder`` for the first ``prompts`` questions of ``pack``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(count):
        author = NAMES[number % len(NAMES)]
        plan = make_plan(pack, number % prompts, author, rng)
        path = folder / f"{author.split()[0].lower()}-{number + 1:02d}.plan.yaml"
        path.write_text(dump_plan(plan), encoding="utf-8")
        files.append(path)
    return files
