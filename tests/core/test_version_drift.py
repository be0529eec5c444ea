"""Plans never lose content when their pack has changed (version drift).

A plan may name cards and factors the installed pack does not have (the teacher renamed
or removed them, or the plan comes from a newer pack) and carries the student's own cards.
Edited with the ``plan.py`` edit functions, saved and reopened, every one of those ids and
own cards must still be there: only what an edit removed on purpose may go.
"""

from __future__ import annotations

import difflib
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from coexist_gui.core import plan as plans
from coexist_gui.core.model import Pack, Plan
from coexist_gui.core.pack import load_builtin_pack
from coexist_gui.core.scoring import score

PACK: Pack = load_builtin_pack().pack
KNOWN = [card.id for card in PACK.cards_for("leadership")][:3]
UNKNOWN_CARDS = ["card-from-pack-v2", "retired-card", "renamed-card"]

PLAN_TEXT = f"""# Coexist essay plan: open it with coexist-gui
format: coexist-plan/1
pack: {PACK.id}
pack_version: '7'
prompt: why-pc
author: Sam
time_used: 1234
paragraphs:
- factor: leadership
  point: Stalin's death opened the way.
  cards: [{KNOWN[0]}, card-from-pack-v2, {KNOWN[1]}]
- factor: factor-from-pack-v2
  point: A factor this pack does not know.
  cards: [retired-card, own-1]
- point: No factor chosen yet.
  cards: [renamed-card]
own_cards:
- id: own-1
  text: My own card about the economy.
  factors: [economy, factor-from-future]
  detail: From my textbook, page 12.
- id: own-7
  text: An own card not placed anywhere.
  factors: [economy]
judgement:
  most_important: factor-from-pack-v2
  text: The new factor mattered most.
""".encode()


def inventory(plan: Plan) -> Counter:
    """Everything the plan names, so a diff shows exactly what was lost."""
    items: Counter = Counter()
    for paragraph in plan.paragraphs:
        items.update(f"card {c}" for c in paragraph.cards)
        if paragraph.factor:
            items[f"paragraph factor {paragraph.factor}"] += 1
    for card in plan.own_cards:
        items[f"own card {card.id}: {card.text} | {','.join(card.factors)} | {card.detail}"] += 1
    items[f"most important {plan.judgement.most_important}"] += 1
    items[f"pack version {plan.pack_version}"] += 1
    return items


def diff(before: Counter, after: Counter) -> str:
    return "\n".join(difflib.unified_diff(sorted(before.elements()), sorted(after.elements()), lineterm=""))


def reopen(plan: Plan) -> Plan:
    return plans.parse_plan(plans.dump_plan(plan).encode("utf-8"), "essay.plan.yaml")


def test_the_plan_really_is_out_of_date() -> None:
    plan = plans.parse_plan(PLAN_TEXT, "essay.plan.yaml")
    result = score(plan, PACK)
    assert set(result.unknown_cards) == set(UNKNOWN_CARDS)
    assert "factor-from-pack-v2" in result.unknown_factors
    assert PACK.factor("factor-from-future") is None


def test_edits_save_and_reopen_keep_every_unknown_id_and_own_card() -> None:
    original = plans.parse_plan(PLAN_TEXT, "essay.plan.yaml")
    before = inventory(original)
    plan = plans.place_cards(original, [KNOWN[2]], 0, 1)
    plan = plans.shift_card(plan, "card-from-pack-v2", +1)
    plan = plans.place_cards(plan, ["retired-card"], 0)  # an unknown card moved, not dropped
    plan = plans.add_paragraph(plan, "economy")
    plan = plans.move_paragraph(plan, 1, 3)
    plan = plans.edit_paragraph(plan, 0, point="Rewritten point.")
    plan = plans.edit_judgement(plan, text="Still the new factor, with more reasons.")
    plan, added = plans.add_own_card(plan, "Another own card", ["factor-from-future"], pack=PACK)
    plan = plans.place_cards(plan, [added.id], 3)
    plan = plans.remove_cards(plan, [KNOWN[1]])  # the one deliberate removal
    after = inventory(reopen(plan))
    expected = before + Counter({f"card {KNOWN[2]}": 1, "paragraph factor economy": 1, f"card {added.id}": 1,
                                 f"own card {added.id}: Another own card | factor-from-future | ": 1})
    expected -= Counter({f"card {KNOWN[1]}": 1})
    assert after == expected, diff(expected, after)
    assert added.id not in {"own-1", "own-7"} and PACK.card(added.id) is None
    reopened = reopen(plan)
    assert reopened == plan
    assert (reopened.pack_version, reopened.author, reopened.time_used) == ("7", "Sam", 1234)


def test_removing_a_paragraph_keeps_own_cards_and_other_unknown_ids() -> None:
    plan = plans.parse_plan(PLAN_TEXT, "essay.plan.yaml")
    trimmed = reopen(plans.remove_paragraph(plan, 1))
    assert [c.id for c in trimmed.own_cards] == ["own-1", "own-7"]  # own cards outlive their paragraph
    assert {"card-from-pack-v2", "renamed-card"} <= set(trimmed.placed_cards())
    assert trimmed.judgement.most_important == "factor-from-pack-v2"


EDITS = st.lists(st.tuples(st.sampled_from(["place", "shift", "add", "move", "point", "judge", "own"]),
                           st.integers(0, 10), st.integers(-3, 10)), max_size=12)


@settings(max_examples=300, deadline=None, database=None)
@given(EDITS)
def test_random_edits_never_lose_unknown_ids(edits: list[tuple[str, int, int]]) -> None:
    plan = plans.parse_plan(PLAN_TEXT, "essay.plan.yaml")
    for action, a, b in edits:
        count = len(plan.paragraphs)
        if action == "place":
            cards = (KNOWN + UNKNOWN_CARDS + ["own-1", "own-7"])[a % 8]
            plan = plans.place_cards(plan, [cards], a % count, b)
        elif action == "shift":
            plan = plans.shift_card(plan, UNKNOWN_CARDS[a % 3], b)
        elif action == "add":
            plan = plans.add_paragraph(plan, "economy", a % (count + 1))
        elif action == "move":
            plan = plans.move_paragraph(plan, a % count, b)
        elif action == "point":
            plan = plans.edit_paragraph(plan, a % count, point=f"Point {b}")
        elif action == "judge":
            plan = plans.edit_judgement(plan, text=f"Judgement {a} {b}")
        else:
            plan, _card = plans.add_own_card(plan, f"Own card {a}", ["factor-from-future"], pack=PACK)
    reopened = reopen(plan)
    assert reopened == plan
    assert set(UNKNOWN_CARDS) <= set(reopened.placed_cards())
    assert {"own-1", "own-7"} <= {c.id for c in reopened.own_cards}
    assert any(p.factor == "factor-from-pack-v2" for p in reopened.paragraphs)
    assert reopened.judgement.most_important == "factor-from-pack-v2"
    assert next(c for c in reopened.own_cards if c.id == "own-1").factors == ("economy", "factor-from-future")
