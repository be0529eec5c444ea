"""core/compare: the student's plan against the prompt's model plan."""

from __future__ import annotations

from dataclasses import replace

from coexist_gui.core.compare import compare
from coexist_gui.core.pack import load_builtin_pack
from coexist_gui.core.plan import new_plan, place_cards

PACK = load_builtin_pack().pack
PROMPT = PACK.prompts[0]


def test_no_model_plan_no_comparison() -> None:
    assert compare(new_plan(PACK, PROMPT), PACK, replace(PROMPT, exemplar=None)) is None


def test_the_model_plan_against_itself_has_no_differences() -> None:
    model = replace(PROMPT.exemplar, pack=PACK.id)
    result = compare(model, PACK, PROMPT)
    assert result.cards_only_in_exemplar == frozenset() and result.factors_only_in_plan == frozenset()
    assert result.plan_score == result.exemplar_score
    assert result.shared_cards == frozenset(model.placed_cards())


def test_missing_cards_and_extra_factors() -> None:
    model = replace(PROMPT.exemplar, paragraphs=PROMPT.exemplar.paragraphs[1:])
    prompt = replace(PROMPT, exemplar=model)
    first = PROMPT.factors[0]
    mine = place_cards(new_plan(PACK, prompt), [PROMPT.exemplar.paragraphs[0].cards[0]], 0)
    mine = place_cards(mine, [model.paragraphs[0].cards[0]], 1)
    result = compare(mine, PACK, prompt)
    assert result.factors_only_in_plan == {first}
    assert result.cards_only_in_exemplar == set(model.placed_cards()) - {model.paragraphs[0].cards[0]}
    assert result.shared_cards == {model.paragraphs[0].cards[0]}
    assert result.exemplar.pack == PACK.id and result.exemplar.prompt == prompt.id
