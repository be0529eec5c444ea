"""The student's plan beside the prompt's model plan (exemplar): both scores and what differs."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .model import Pack, Plan, Prompt
from .scoring import Score, score


@dataclass(frozen=True)
class Comparison:
    plan: Plan
    exemplar: Plan
    plan_score: Score
    exemplar_score: Score
    cards_only_in_exemplar: frozenset[str]  # the model plan uses them, the student's plan does not
    factors_only_in_plan: frozenset[str]  # the student's plan has counted evidence for them, the model plan none
    shared_cards: frozenset[str]


def _covered(result: Score) -> frozenset[str]:
    return frozenset(f.id for f in result.factors if f.counted > 0)


def compare(plan: Plan, pack: Pack, prompt: Prompt) -> Comparison | None:
    """Compare ``plan`` with ``prompt``'s exemplar; None when the prompt has no model plan."""
    if prompt.exemplar is None:
        return None
    exemplar = replace(prompt.exemplar, pack=pack.id, prompt=prompt.id)
    plan_score = score(plan, pack, prompt)
    exemplar_score = score(exemplar, pack, prompt)
    mine = set(plan.placed_cards())
    model = set(exemplar.placed_cards())
    return Comparison(plan=plan, exemplar=exemplar, plan_score=plan_score, exemplar_score=exemplar_score,
                      cards_only_in_exemplar=frozenset(model - mine),
                      factors_only_in_plan=_covered(plan_score) - _covered(exemplar_score),
                      shared_cards=frozenset(model & mine))
