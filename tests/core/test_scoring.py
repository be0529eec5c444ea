"""Every rule of README "How scoring works", with numbers worked out by hand.

The small pack (tests/data/packs/small.yaml): factors army, money, ideas, luck; cards a1 a2 [army],
a3 [army, money], m1 m2 [money], i1 [ideas], i2 [ideas, luck], l1 l2 [luck]. Prompt 'why' has the
four factors as four sides, 'how-far' has sides Force (army, money) and Chance (ideas, luck), 'deep'
has army and money with min_cards 3.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest

from coexist_gui.core.model import Card, Judgement, Paragraph, Plan
from coexist_gui.core.pack import load_builtin_pack, load_pack
from coexist_gui.core.plan import load_plan
from coexist_gui.core.scoring import band_for, evenness, score

DATA = Path(__file__).resolve().parents[1] / "data"
SMALL = load_pack(DATA / "packs" / "small.yaml").pack
TWELVE_WORDS = "Money mattered most because the unpaid army could not defend the kingdom."
assert len(TWELVE_WORDS.split()) == 12


def plan(prompt: str = "why", *paragraphs: tuple[str, list[str]], most: str = "", text: str = "",
         own: tuple[Card, ...] = ()) -> Plan:
    return Plan(pack="small", prompt=prompt, paragraphs=tuple(Paragraph(f, cards=tuple(c)) for f, c in paragraphs),
                own_cards=own, judgement=Judgement(most, text))


def counted(result) -> dict[str, int]:
    return {f.id: f.counted for f in result.factors}


def kinds(result) -> list[str]:
    return [item.kind for item in result.feedback]


def texts(result) -> list[str]:
    return [item.text for item in result.feedback]


# -- counting ------------------------------------------------------------------

def test_empty_plan_scores_zero_everywhere() -> None:
    result = score(plan(), SMALL)
    assert (result.overall, result.band, result.band_name) == (0, 1, "Getting started")
    assert (result.breadth, result.balance, result.relevance, result.judgement) == (0, 0, 0, 0)
    assert counted(result) == {"army": 0, "money": 0, "ideas": 0, "luck": 0}
    assert result.misplaced == () and result.unknown_cards == ()
    empty_paragraphs = score(plan("why", ("army", []), ("money", [])), SMALL)
    assert (empty_paragraphs.overall, empty_paragraphs.breadth) == (0, 0)


def test_card_counts_only_in_a_paragraph_of_a_factor_it_is_tagged_with() -> None:
    result = score(plan("why", ("money", ["a1"]), ("army", ["m1"]), ("money", ["a3"])), SMALL)
    assert counted(result) == {"army": 0, "money": 1, "ideas": 0, "luck": 0}
    assert result.misplaced == ("a1", "m1")
    assert result.relevance == pytest.approx(100 / 3, abs=0.05)
    assert {f.id: f.placed for f in result.factors} == {"army": 1, "money": 2, "ideas": 0, "luck": 0}


def test_card_in_a_paragraph_without_a_prompt_factor_is_misplaced() -> None:
    result = score(plan("deep", ("ideas", ["i1"]), ("", ["a1"])), SMALL)
    assert result.misplaced == ("i1", "a1") and result.relevance == 0


def test_card_placed_twice_counts_once() -> None:
    result = score(plan("why", ("army", ["a1"]), ("army", ["a1"])), SMALL)
    assert counted(result)["army"] == 1
    assert result.breadth == 12.5 and result.relevance == 100
    # placed once well and once badly: it counts, it is not misplaced, and relevance is per card
    result = score(plan("why", ("money", ["a1"]), ("army", ["a1"])), SMALL)
    assert counted(result)["army"] == 1 and result.misplaced == () and result.relevance == 100
    # a card tagged with two factors in both paragraphs still counts once (for the first)
    result = score(plan("why", ("army", ["a3"]), ("money", ["a3"])), SMALL)
    assert counted(result) == {"army": 1, "money": 0, "ideas": 0, "luck": 0}


def test_own_cards_count_like_pack_cards() -> None:
    mine = Card("own-1", "My point", ("luck",), own=True)
    result = score(plan("why", ("luck", ["own-1", "l1"]), own=(mine,)), SMALL)
    assert counted(result)["luck"] == 2
    assert {f.id: f.available for f in result.factors}["luck"] == 4  # i2 l1 l2 + own-1


def test_own_card_never_shadows_a_pack_card() -> None:
    fake = Card("m1", "Fake", ("army",), own=True)
    result = score(plan("why", ("army", ["m1"]), own=(fake,)), SMALL)
    assert result.misplaced == ("m1",)


# -- breadth -------------------------------------------------------------------

def test_breadth_partial_credit() -> None:
    assert score(plan("why", ("army", ["a1"])), SMALL).breadth == 12.5  # 1 of 2 cards = 50% of one factor of four
    assert score(plan("why", ("army", ["a1", "a2"])), SMALL).breadth == 25
    assert score(plan("why", ("army", ["a1", "a2", "a3"])), SMALL).breadth == 25  # capped at min_cards
    full = plan("why", ("army", ["a1", "a2"]), ("money", ["m1", "m2"]), ("ideas", ["i1", "i2"]), ("luck", ["l1", "l2"]))
    assert score(full, SMALL).breadth == 100
    # min_cards 3: two cards for army = 2/3, nothing for money: (2/3 + 0) / 2
    assert score(plan("deep", ("army", ["a1", "a2"])), SMALL).breadth == pytest.approx(33.3)


# -- balance -------------------------------------------------------------------

def test_balance_one_sided_is_zero_and_equal_is_hundred() -> None:
    assert score(plan("why", ("army", ["a1", "a2"])), SMALL).balance == 0
    equal = plan("why", ("army", ["a1"]), ("money", ["m1"]), ("ideas", ["i1"]), ("luck", ["l1"]))
    assert score(equal, SMALL).balance == 100
    assert score(plan("how-far", ("army", ["a1"]), ("ideas", ["i1"])), SMALL).balance == 100


def test_balance_three_to_one_on_two_sides() -> None:
    result = score(plan("how-far", ("army", ["a1", "a2"]), ("money", ["m1"]), ("ideas", ["i1"])), SMALL)
    assert [(s.name, s.counted) for s in result.sides] == [("Force", 3), ("Chance", 1)]
    entropy = -(0.75 * math.log(0.75) + 0.25 * math.log(0.25))
    assert result.balance == round(100 * entropy / math.log(2), 1) == 81.1


def test_balance_counts_only_counted_cards() -> None:
    result = score(plan("how-far", ("army", ["a1"]), ("ideas", ["i1", "a2"])), SMALL)
    assert result.balance == 100  # a2 is misplaced, so 1:1


def test_balance_over_factor_sides_uses_the_number_of_sides() -> None:
    result = score(plan("why", ("army", ["a1", "a2"]), ("luck", ["l1"])), SMALL)
    entropy = -(2 / 3 * math.log(2 / 3) + 1 / 3 * math.log(1 / 3))
    assert result.balance == round(100 * entropy / math.log(4), 1)
    assert [s.name for s in result.sides] == ["The army", "Money", "Ideas", "Luck"]


def test_evenness() -> None:
    assert evenness([]) == 0 and evenness([5]) == 0 and evenness([0, 0]) == 0
    assert evenness([3, 3, 3]) == pytest.approx(100)
    assert evenness([4, 0]) == 0


# -- relevance and judgement ---------------------------------------------------

def test_relevance_is_the_share_of_placed_cards_that_count() -> None:
    result = score(plan("why", ("army", ["a1", "a2", "m1"]), ("money", ["m2"])), SMALL)
    assert result.relevance == 75
    assert score(plan("why", ("army", ["gone"])), SMALL).relevance == 0  # unknown cards are not placed cards


def test_judgement_zero_fifty_hundred() -> None:
    two_money = (("money", ["m1", "m2"]),)
    assert score(plan("why", *two_money), SMALL).judgement == 0
    assert score(plan("why", *two_money, most="money"), SMALL).judgement == 50
    assert score(plan("why", *two_money, text=TWELVE_WORDS), SMALL).judgement == 50
    assert score(plan("why", *two_money, most="money", text=TWELVE_WORDS), SMALL).judgement == 100
    eleven = TWELVE_WORDS.rsplit(" ", 1)[0]
    assert score(plan("why", *two_money, text=eleven), SMALL).judgement == 0
    assert score(plan("why", *two_money, text="  " + TWELVE_WORDS.replace(" ", " \n ") + "  "), SMALL).judgement == 50


def test_judgement_must_be_substantiated_by_min_cards_counted_cards() -> None:
    assert score(plan("why", ("money", ["m1"]), most="money"), SMALL).judgement == 0
    assert score(plan("why", ("army", ["m1", "m2"]), most="money"), SMALL).judgement == 0  # placed but misplaced
    assert score(plan("why", ("money", ["m1", "m2"]), most="luck"), SMALL).judgement == 0
    assert score(plan("deep", ("money", ["m1", "m2"]), most="money"), SMALL).judgement == 0  # deep needs 3
    assert score(plan("deep", ("money", ["m1", "m2", "a3"]), most="money"), SMALL).judgement == 50
    assert score(plan("deep", ("ideas", ["i1", "i2"]), most="ideas"), SMALL).judgement == 0  # not a prompt factor


# -- overall and bands ---------------------------------------------------------

def test_overall_is_the_weighted_sum_rounded() -> None:
    # breadth (1 + .5 + .5 + 0)/4 = 50, balance 81.13, relevance 100, judgement 0
    result = score(plan("how-far", ("army", ["a1", "a2"]), ("money", ["m1"]), ("ideas", ["i1"])), SMALL)
    entropy = -(0.75 * math.log(0.75) + 0.25 * math.log(0.25))
    raw = 0.4 * 50 + 0.3 * 100 * entropy / math.log(2) + 0.2 * 100 + 0.1 * 0
    assert result.overall == round(raw) == 64
    assert result.band == 4 and result.band_name == "Strong"


def test_overall_rounds_half_up() -> None:
    # breadth 12.5 → 5, balance 0, relevance 1 of 8 = 12.5 → 2.5, judgement 50 → 5: exactly 12.5
    result = score(plan("why", ("army", ["a1", "m1", "m2", "i1", "i2", "l1", "l2"]), ("money", ["a2"]),
                        text=TWELVE_WORDS), SMALL)
    assert (result.breadth, result.balance, result.relevance, result.judgement) == (12.5, 0, 12.5, 50)
    assert result.overall == 13


@pytest.mark.parametrize("value, band", [(0, 1), (19.9, 1), (20, 2), (39, 2), (39.99, 2), (40, 3), (59, 3), (60, 4),
                                         (79, 4), (79.9, 4), (80, 5), (100, 5)])
def test_band_thresholds(value: float, band: int) -> None:
    assert band_for(value) == band


def test_band_names() -> None:
    full = plan("why", ("army", ["a1", "a2"]), ("money", ["m1", "m2"]), ("ideas", ["i1", "i2"]), ("luck", ["l1", "l2"]),
                most="money", text=TWELVE_WORDS)
    result = score(full, SMALL)
    assert (result.overall, result.band, result.band_name) == (100, 5, "Excellent coverage")
    assert result.feedback == ()


def test_small_pack_exemplar_is_band_5() -> None:
    prompt = SMALL.prompt("why")
    result = score(dataclasses.replace(prompt.exemplar, pack=SMALL.id), SMALL)
    assert (result.overall, result.band) == (100, 5)


@pytest.mark.parametrize("prompt_id", [p.id for p in load_builtin_pack().pack.prompts])
def test_builtin_exemplars_are_band_5(prompt_id: str) -> None:
    pack = load_builtin_pack().pack
    prompt = pack.prompt(prompt_id)
    result = score(dataclasses.replace(prompt.exemplar, pack=pack.id), pack)
    assert result.band == 5, result.feedback
    assert result.misplaced == () and result.unknown_cards == () and result.judgement == 100


def test_unknown_prompt_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        score(plan("nope"), SMALL)


# -- feedback ------------------------------------------------------------------

def test_feedback_for_an_empty_plan() -> None:
    result = score(plan(), SMALL)
    assert texts(result) == [
        "Your plan has no evidence yet: drag cards from the evidence bank into the paragraphs, one paragraph per "
        "factor.",
        "'The army' has no supporting evidence: the bank has 3 cards for it. Add a paragraph for it. "
        "Look at the generals.",
        "'Money' has no supporting evidence: the bank has 3 cards for it. Add a paragraph for it.",
        "'Ideas' has no supporting evidence: the bank has 2 cards for it. Add a paragraph for it.",
        "'Luck' has no supporting evidence: the bank has 3 cards for it. Add a paragraph for it.",
        "Choose the factor you judge most important and justify it in your conclusion.",
        "Your conclusion has 0 words: write at least 12 explaining why your chosen factor matters most.",
    ]


def test_feedback_names_thin_factors_sides_and_misplaced_cards() -> None:
    result = score(plan("how-far", ("army", ["a1", "a2", "m1"]), ("money", ["m2"]), ("ideas", [])), SMALL)
    assert kinds(result) == ["thin", "missing", "missing", "balance", "misplaced", "judgement", "judgement"]
    by_kind = {item.kind: item for item in result.feedback}
    assert by_kind["thin"].text == ("'Money' has 1 of the 2 cards it needs for full credit: add 1 more from the 3 "
                                    "in the bank.")
    missing = [item for item in result.feedback if item.kind == "missing"]
    assert [(m.factor, m.paragraph) for m in missing] == [("ideas", 2), ("luck", None)]
    assert missing[0].text == "'Ideas' has no supporting evidence: the bank has 2 cards for it."
    assert by_kind["balance"].text == ("The side 'Force' carries 100% of your counted evidence: strengthen 'Chance' "
                                       "to balance the argument.")
    assert by_kind["misplaced"].text == "Card \"Taxes rose.\" is in 'The army' but it fits 'Money': move it to that " \
                                        "paragraph."
    assert (by_kind["misplaced"].card, by_kind["misplaced"].paragraph) == ("m1", 0)


def test_feedback_on_a_card_that_fits_two_factors_offers_both() -> None:
    result = score(plan("why", ("ideas", ["a3"])), SMALL)
    assert "Card \"The army cost a fortune.\" is in 'Ideas' but it fits 'The army' or 'Money': move it to one " \
           "of those paragraphs." in texts(result)


def test_feedback_counts_with_proper_plurals() -> None:
    one_word = score(plan("deep", ("army", ["a1"]), most="army", text="Money."), SMALL)
    assert "Your conclusion has 1 word: write at least 12 explaining why your chosen factor matters most." \
        in texts(one_word)
    assert "fewer than 3 counted cards for it" in " ".join(texts(one_word))
    assert not [text for text in texts(one_word) if "(s)" in text]


BLIND_TEXTS = {  # plan paragraphs -> the misplaced-card feedback in blind mode
    ("why", "ideas", "a3"): "Card \"The army cost a fortune.\" does not support 'Ideas', the factor of its "
                             "paragraph: reconsider where it belongs.",
    ("deep", "army", "l1"): "Card \"The storm came.\" does not support 'The army', the factor of its paragraph: "
                             "reconsider where it belongs.",
    ("deep", "luck", "l1"): "Card \"The storm came.\" is in a paragraph for 'Luck', which is not a factor of "
                             "this question: reconsider where it belongs.",
    ("why", "", "m1"): "Card \"Taxes rose.\" is in a paragraph with no factor: choose the paragraph's factor, or "
                       "reconsider where the card belongs.",
}


@pytest.mark.parametrize(("prompt", "factor", "card"), list(BLIND_TEXTS))
def test_blind_mode_feedback_never_names_a_cards_factors(prompt: str, factor: str, card: str) -> None:
    the_plan = plan(prompt, (factor, [card]), ("money", ["m2"]))
    blind = score(the_plan, SMALL, reveal_tags=False)
    shown = score(the_plan, SMALL)
    misplaced = [item for item in blind.feedback if item.kind == "misplaced"]
    assert [item.text for item in misplaced] == [BLIND_TEXTS[prompt, factor, card]]
    assert (misplaced[0].card, misplaced[0].paragraph, misplaced[0].factor) == (card, 0, "")
    # the card's own factors appear nowhere in its feedback (they do in the normal feedback) ...
    tagged = {SMALL.factor(f).name for f in SMALL.card(card).factors} - {SMALL.factor(factor).name if factor else ""}
    assert not [name for name in tagged if f"'{name}'" in misplaced[0].text]
    assert any(f"'{name}'" in item.text for item in shown.feedback if item.kind == "misplaced" for name in tagged) \
        or "remove it" in " ".join(texts(shown))
    # ... and everything else is the same: the numbers and the other feedback
    assert dataclasses.replace(blind, feedback=()) == dataclasses.replace(shown, feedback=())
    assert [item for item in blind.feedback if item.kind != "misplaced"] == \
        [item for item in shown.feedback if item.kind != "misplaced"]


def test_feedback_on_balance_names_a_factor_when_each_factor_is_a_side() -> None:
    result = score(plan("why", ("army", ["a1", "a2", "a3"]), ("money", ["m1"])), SMALL)
    assert "The factor 'The army' carries 75% of your counted evidence: strengthen 'Ideas' to balance the argument." \
        in texts(result)
    even = score(plan("how-far", ("army", ["a1"]), ("ideas", ["i1"])), SMALL)
    assert "balance" not in kinds(even)


def test_feedback_on_a_card_that_fits_no_factor_of_the_question() -> None:
    result = score(plan("deep", ("army", ["l1"])), SMALL)
    assert "Card \"The storm came.\" is in 'The army' but it does not support any factor of this question: " \
           "remove it." in texts(result)


def test_feedback_on_an_unsupported_judgement() -> None:
    result = score(plan("why", ("money", ["m1"]), most="money", text=TWELVE_WORDS), SMALL)
    assert texts(result)[-1] == ("Your judgement names 'Money' as most important but the plan has fewer than 2 "
                                 "counted cards for it: support it with evidence.")
    assert result.feedback[-1].paragraph == 0


def test_score_of_a_plan_with_unknown_ids() -> None:
    result = score(load_plan(DATA / "plans" / "tricky.plan.yaml"), SMALL)
    assert counted(result) == {"army": 2, "money": 0, "ideas": 0, "luck": 1}
    assert result.unknown_cards == ("gone-card",) and result.unknown_factors == ("retired-factor",)
    assert result.misplaced == ("m1",)
    assert {f.id: f.available for f in result.factors} == {"army": 4, "money": 4, "ideas": 2, "luck": 3}
    assert result.breadth == 37.5 and result.relevance == 75 and result.judgement == 0
    entropy = -(2 / 3 * math.log(2 / 3) + 1 / 3 * math.log(1 / 3))
    balance = 100 * entropy / math.log(4)
    assert result.balance == round(balance, 1)
    assert result.overall == round(0.4 * 37.5 + 0.3 * balance + 0.2 * 75) == 44 and result.band == 3
    assert texts(result)[:2] == [
        "Card 'gone-card' is not in version 3 of pack 'small': it is kept in your plan but does not count.",
        "Factor 'retired-factor' is not in this pack: choose another factor for that paragraph.",
    ]
    assert result.feedback[0].paragraph == 0 and result.feedback[1].paragraph == 1
    assert "Card \"Taxes rose.\" is in 'retired-factor' but it fits 'Money': move it to that paragraph." \
        in texts(result)


def test_unknown_most_important_factor_is_reported() -> None:
    result = score(plan("why", most="gone-factor"), SMALL)
    assert result.unknown_factors == ("gone-factor",)


def test_as_dict_has_exactly_the_readme_keys() -> None:
    result = score(plan("how-far", ("army", ["a1", "zz"]), ("money", ["i1"])), SMALL)
    data = result.as_dict()
    assert list(data) == ["prompt", "overall", "band", "breadth", "balance", "relevance", "judgement", "factors",
                          "sides", "misplaced", "unknown_cards", "feedback"]
    assert data["factors"][0] == {"id": "army", "name": "The army", "counted": 1, "placed": 1}
    assert all(set(f) == {"id", "name", "counted", "placed"} for f in data["factors"])
    assert data["sides"] == [{"name": "Force", "counted": 1}, {"name": "Chance", "counted": 0}]
    assert (data["misplaced"], data["unknown_cards"]) == (["i1"], ["zz"])
    assert all(isinstance(t, str) for t in data["feedback"]) and len(data["feedback"]) == len(result.feedback)
