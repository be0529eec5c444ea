"""Property tests: scores stay in range and move the right way; the readers never crash on any input."""

from __future__ import annotations

import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from coexist_gui.core.model import Judgement, Paragraph, Plan
from coexist_gui.core.pack import LoadedPack, load_builtin_pack, parse_pack
from coexist_gui.core.plan import parse_plan, place_cards
from coexist_gui.core.problems import PackError, PlanError
from coexist_gui.core.scoring import score

PACK = load_builtin_pack().pack
CARD_IDS = [card.id for card in PACK.cards]
FACTOR_IDS = [factor.id for factor in PACK.factors]
PROMPTS = list(PACK.prompts)

card_ids = st.one_of(st.sampled_from(CARD_IDS), st.sampled_from(["gone-card", "own-1", "x"]))
factor_ids = st.one_of(st.sampled_from(FACTOR_IDS), st.sampled_from(["", "gone-factor"]))
words = st.lists(st.sampled_from(["because", "the", "army", "mattered", "most"]), max_size=20).map(" ".join)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    prompt = draw(st.sampled_from(PROMPTS))
    paragraphs = draw(st.lists(st.builds(Paragraph, factor_ids, st.just(""),
                                         st.lists(card_ids, max_size=8).map(tuple)), max_size=8))
    judgement = Judgement(draw(factor_ids), draw(words))
    return Plan(pack=PACK.id, prompt=prompt.id, paragraphs=tuple(paragraphs), judgement=judgement)


@settings(max_examples=150)
@given(plans())
def test_scores_stay_within_0_and_100(plan: Plan) -> None:
    result = score(plan, PACK)
    for value in (result.overall, *(c.value for c in result.criteria)):
        assert 0 <= value <= 100
    assert result.overall <= round(sum(c.counted for c in result.criteria)) + 1  # caps only ever lower it
    assert 1 <= result.band <= 5
    assert set(result.misplaced).isdisjoint(result.unknown_cards)
    assert sum(f.counted for f in result.factors) <= len(plan.placed_cards())


@st.composite
def plan_and_uncovered(draw: st.DrawFn) -> tuple[Plan, int, str]:
    """A plan with a paragraph per prompt factor, one factor uncovered, and a card tagged with that factor."""
    prompt = draw(st.sampled_from(PROMPTS))
    plan = Plan(pack=PACK.id, prompt=prompt.id, paragraphs=tuple(Paragraph(f) for f in prompt.factors))
    for card_id in draw(st.lists(st.sampled_from(CARD_IDS), max_size=12, unique=True)):
        plan = place_cards(plan, [card_id], draw(st.integers(0, len(prompt.factors) - 1)))
    counted = {f.id: f.counted for f in score(plan, PACK).factors}
    uncovered = [i for i, f in enumerate(prompt.factors) if counted[f] == 0]
    assume(uncovered)
    index = draw(st.sampled_from(uncovered))
    factor = prompt.factors[index]
    candidates = [c.id for c in PACK.cards_for(factor)]
    return plan, index, draw(st.sampled_from(candidates))


@settings(max_examples=100)
@given(plan_and_uncovered())
def test_adding_a_card_for_an_uncovered_factor_never_lowers_breadth(case: tuple[Plan, int, str]) -> None:
    plan, index, card_id = case
    before = score(plan, PACK)
    after = score(place_cards(plan, [card_id], index), PACK)
    factor = plan.paragraphs[index].factor
    assert {f.id: f.counted for f in after.factors}[factor] == 1
    assert after.breadth >= before.breadth


# (prompt, card, factor on one side, factor on another side): cards that fit two sides of a question
BRIDGES = [(prompt, card.id, big, thin) for prompt in PROMPTS for card in PACK.cards for big in card.factors
           for thin in card.factors if big != thin and big in prompt.factors and thin in prompt.factors
           and thin not in next(s.factors for s in prompt.sides if big in s.factors)]


@st.composite
def unbalanced(draw: st.DrawFn) -> tuple[Plan, str, int]:
    """A plan of counted cards where one side has more than it needs and another less, and a card on the first side
    that also fits a thin factor of the second, to move there."""
    prompt, card, big, thin = draw(st.sampled_from(BRIDGES))
    m = prompt.min_cards
    big_side = next(s.factors for s in prompt.sides if big in s.factors)
    thin_side = next(s.factors for s in prompt.sides if thin in s.factors)
    plan = Plan(pack=PACK.id, prompt=prompt.id, paragraphs=tuple(Paragraph(f) for f in prompt.factors))
    plan = place_cards(plan, [card], prompt.factors.index(big))
    for index, factor in enumerate(prompt.factors):
        want = m + 1 if factor in big_side else draw(st.integers(0, m - 1)) if factor in thin_side else m
        free = [c.id for c in PACK.cards_for(factor) if plan.paragraph_of(c.id) is None]
        have = len(plan.paragraphs[index].cards)
        plan = place_cards(plan, free[:max(0, want - have)], index)
    counted = {f.id: f.counted for f in score(plan, PACK).factors}
    assume(counted[big] > m and counted[thin] < m)
    return plan, card, prompt.factors.index(thin)


@settings(max_examples=100)
@given(unbalanced())
def test_moving_a_spare_card_to_the_thinnest_side_never_lowers_balance(case: tuple[Plan, str, int]) -> None:
    plan, card, index = case
    before = score(plan, PACK)
    moved = place_cards(plan, [card], index)
    after = score(moved, PACK)
    assert after.misplaced == ()  # the card carries the target factor, so it still counts
    assert after.balance >= before.balance


@st.composite
def covered_plan(draw: st.DrawFn) -> tuple[Plan, int, str]:
    """A plan whose first paragraph already has what its factor needs, and another card that fits it."""
    prompt = draw(st.sampled_from(PROMPTS))
    factor = prompt.factors[0]
    fitting = [c.id for c in PACK.cards_for(factor)]
    chosen = draw(st.lists(st.sampled_from(fitting), min_size=prompt.min_cards + 1,
                           max_size=prompt.min_cards + 1, unique=True))
    plan = Plan(pack=PACK.id, prompt=prompt.id, paragraphs=tuple(Paragraph(f) for f in prompt.factors))
    plan = place_cards(plan, chosen[:-1], 0)
    return plan, 0, chosen[-1]


@settings(max_examples=60)
@given(covered_plan())
def test_piling_on_cards_never_buys_range_or_balance(case: tuple[Plan, int, str]) -> None:
    plan, index, card = case
    before = score(plan, PACK)
    after = score(place_cards(plan, [card], index), PACK)
    assert (after.breadth, after.balance) == (before.breadth, before.balance)
    assert after.overall <= before.overall


RETOLD_AND_ANALYTICAL = st.sampled_from(list(range(len(PROMPTS))))


@settings(max_examples=40)
@given(st.sampled_from(PROMPTS), st.data())
def test_replacing_a_retold_point_with_an_analytical_one_never_lowers_the_score(prompt, data: st.DataObject) -> None:
    from dataclasses import replace
    exemplar = replace(prompt.exemplar, pack=PACK.id, prompt=prompt.id)
    index = data.draw(st.integers(0, len(exemplar.paragraphs) - 1))
    paragraph = exemplar.paragraphs[index]
    retold = PACK.card(paragraph.cards[0]).text  # the card's own words: a retelling
    plan = replace(exemplar, paragraphs=tuple(replace(p, point=retold) if i == index else p
                                              for i, p in enumerate(exemplar.paragraphs)))
    retelling = score(plan, PACK)
    assert retelling.paragraphs[index].point in ("retells", "asserts")
    assert score(exemplar, PACK).overall >= retelling.overall


ONE_LETTER = st.sampled_from(list("xyzaq?!1"))


@settings(max_examples=80)
@given(plans(), st.sampled_from(FACTOR_IDS), ONE_LETTER, st.integers(0, 7))
def test_an_own_card_of_one_letter_never_raises_the_score(plan: Plan, factor: str, letter: str, where: int) -> None:
    from dataclasses import replace

    from coexist_gui.core.model import Card
    assume(plan.paragraphs)
    index = where % len(plan.paragraphs)
    card = Card("own-letter", letter, (factor, plan.paragraphs[index].factor or factor), own=True)
    before = score(plan, PACK)
    with_card = replace(plan, own_cards=(card,))
    after = score(place_cards(with_card, ["own-letter"], index), PACK)
    assert after.overall <= before.overall
    assert [c.value for c in after.criteria][:2] == [c.value for c in before.criteria][:2]


def check_lines(problems: list, data: bytes) -> None:
    lines = len(data.decode("utf-8", errors="replace").splitlines()) + 1
    for problem in problems:
        assert 0 <= problem.line <= lines, problem
        assert problem.col >= 0
        assert str(problem).startswith("f.yaml:")


def read_both(data: bytes) -> None:
    try:
        assert isinstance(parse_pack(data, "f.yaml"), LoadedPack)
    except PackError as exc:
        assert exc.errors
        check_lines(exc.problems, data)
    try:
        parse_plan(data, "f.yaml")
    except PlanError as exc:
        assert exc.errors
        check_lines(exc.problems, data)


@settings(max_examples=150)
@given(st.binary(max_size=300))
def test_readers_on_arbitrary_bytes(data: bytes) -> None:
    read_both(data)


@settings(max_examples=150)
@given(st.text(alphabet=st.sampled_from(list("ab -:[]{}#&*!|>'\"\n\t?,%@`~") + ["\x85", "é", "\u2028"]),
               max_size=120))
def test_readers_on_arbitrary_text(text: str) -> None:
    read_both(text.encode("utf-8"))


KEYS = ["format", "id", "title", "version", "factors", "evidence", "prompts", "name", "text", "year", "sides",
        "min_cards", "minutes", "exemplar", "paragraphs", "judgement", "cards", "factor", "most_important", "point",
        "colour", "hide_tags", "show_score", "pack", "prompt", "own_cards", "time_used", "detail", "x"]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False),
                    st.text(max_size=8), st.sampled_from(["coexist-pack/1", "coexist-plan/1", "a", "b", "a1", "2"]))
YAML_DATA = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                          st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)),
                         max_leaves=40)


@settings(max_examples=200)
@given(YAML_DATA)
def test_readers_on_arbitrary_yaml_data(value: object) -> None:
    read_both(yaml.safe_dump(value, allow_unicode=True).encode("utf-8"))


@settings(max_examples=100)
@given(st.fixed_dictionaries({"format": st.sampled_from(["coexist-pack/1", "coexist-plan/1"]),
                              "id": st.sampled_from(["p", "P"]), "pack": st.just("p"), "prompt": st.just("q"),
                              "title": st.text(max_size=5)},
                             optional={"factors": YAML_DATA, "evidence": YAML_DATA, "prompts": YAML_DATA,
                                       "paragraphs": YAML_DATA, "own_cards": YAML_DATA, "judgement": YAML_DATA}))
def test_readers_on_nearly_valid_files(value: dict) -> None:
    read_both(yaml.safe_dump(value, allow_unicode=True).encode("utf-8"))


edit_text = st.text(st.characters(codec="utf-8"), max_size=12_000)  # control characters too: students paste


@st.composite
def edit_steps(draw: st.DrawFn) -> list[tuple]:
    steps = st.one_of(
        st.tuples(st.just("place"), st.lists(card_ids, max_size=5), st.integers(0, 8), st.none() | st.integers(-2, 9)),
        st.tuples(st.just("point"), st.integers(0, 8), edit_text),
        st.tuples(st.just("judgement"), edit_text),
        st.tuples(st.just("author"), st.text(max_size=400)),
        st.tuples(st.just("paragraph"), factor_ids),
        st.tuples(st.just("own"), st.text(max_size=400), st.lists(factor_ids, max_size=120)),
    )
    return draw(st.lists(steps, max_size=12))


@settings(max_examples=60)
@given(edit_steps())
def test_any_sequence_of_edits_saves_a_plan_that_opens_again(steps: list[tuple]) -> None:
    """The window, autosave and scripts all edit through core.plan: whatever they do, save_plan accepts it."""
    from coexist_gui.core import plan as plans

    plan = plans.new_plan(PACK, PROMPTS[0])
    for step in steps:
        kind, *args = step
        count = len(plan.paragraphs)
        if kind == "place" and args[1] < count:
            plan = plans.place_cards(plan, args[0], args[1], args[2], PACK)
        elif kind == "point" and args[0] < count:
            plan = plans.edit_paragraph(plan, args[0], point=args[1])
        elif kind == "judgement":
            plan = plans.edit_judgement(plan, text=args[0])
        elif kind == "author":
            plan = plans.set_author(plan, args[0])
        elif kind == "paragraph":
            plan = plans.add_paragraph(plan, args[0])
        elif kind == "own":
            plan, _card = plans.add_own_card(plan, args[0], args[1], PACK)
    text = plans.checked_plan_text(plan)  # raises PlanError if Coexist could not open it again
    again = parse_plan(text.encode("utf-8"), "edited.plan.yaml")
    # the reader trims blank text, so compare what the student built: cards where they put them
    assert [(p.factor, p.cards) for p in again.paragraphs] == [(p.factor, p.cards) for p in plan.paragraphs]
    assert [c.id for c in again.own_cards] == [c.id for c in plan.own_cards]
