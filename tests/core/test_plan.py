"""Plan files round-trip exactly, keep ids the pack lacks, and every edit keeps a plan's invariants."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from coexist_gui.core.model import Card, Judgement, Paragraph, Plan
from coexist_gui.core.pack import load_builtin_pack, load_pack
from coexist_gui.core.plan import (
    add_own_card,
    add_paragraph,
    dump_plan,
    edit_judgement,
    edit_paragraph,
    load_plan,
    move_paragraph,
    new_plan,
    parse_plan,
    place_cards,
    remove_cards,
    remove_own_card,
    remove_paragraph,
    shift_card,
)
from coexist_gui.core.problems import PlanError
from coexist_gui.core.storage import atomic_write

DATA = Path(__file__).resolve().parents[1] / "data"
TRICKY = DATA / "plans" / "tricky.plan.yaml"
SMALL = load_pack(DATA / "packs" / "small.yaml").pack


def roundtrip(plan: Plan) -> Plan:
    text = dump_plan(plan)
    again = parse_plan(text.encode("utf-8"), "p.plan.yaml")
    assert dump_plan(again) == text
    return again


def plan_errors(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(PlanError) as info:
        parse_plan(text.encode("utf-8"), "p.plan.yaml")
    return [(p.line, p.col, p.message) for p in info.value.errors]


# -- round trips ---------------------------------------------------------------

@pytest.mark.parametrize("prompt_id", [p.id for p in load_builtin_pack().pack.prompts])
def test_builtin_exemplars_round_trip(prompt_id: str) -> None:
    pack = load_builtin_pack().pack
    exemplar = dataclasses.replace(pack.prompt(prompt_id).exemplar, pack=pack.id, author="Ms Teacher", time_used=600)
    assert roundtrip(exemplar) == exemplar


def test_hand_written_plan_reads_every_field() -> None:
    plan = load_plan(TRICKY)
    assert (plan.pack, plan.pack_version, plan.prompt, plan.author, plan.time_used) == ("small", "3", "why", "no", 95)
    assert plan.paragraphs == (
        Paragraph("army", "The army mattered:\nit could not be paid.", ("a1", "own-1", "gone-card")),
        Paragraph("retired-factor", "yes", ("m1",)),
        Paragraph("", "#hash", ()),
        Paragraph("luck", ": colon", ("l1",)),
    )
    assert plan.own_cards == (Card("own-1", "1955-07-15", ("army", "money"), detail="12:30:00", own=True),
                              Card("own-2", "Écrit à la main — ünïcödé ✓", (), own=True))
    assert plan.judgement == Judgement("money", "no")


def test_hand_written_plan_round_trips_and_keeps_unknown_ids(tmp_path: Path) -> None:
    plan = load_plan(TRICKY)
    assert roundtrip(plan) == plan
    target = tmp_path / "saved.plan.yaml"
    atomic_write(target, dump_plan(plan))
    again = load_plan(target)
    assert again == plan
    assert "gone-card" in again.paragraphs[0].cards and again.paragraphs[1].factor == "retired-factor"


@pytest.mark.parametrize("text", ["no", "yes", "off", "null", "~", "1955-07-15", "12:30:00", "#hash", ": colon",
                                  "a: b", "- dash", "[not, a, list]", "{x: 1}", "'quoted'", '"double"', "100",
                                  "3.0", "multi\nline\n\nwith blank", "tab\there", "ünïcödé ✓ 中文 🙂", "back\\slash",
                                  "line\r\nwindows", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick`"])
def test_awkward_texts_round_trip(text: str) -> None:
    plan = Plan(pack="small", prompt="why", author=text.replace("\n", " ").strip(),
                paragraphs=(Paragraph("army", text.strip(), ("a1",)),),
                own_cards=(Card("own-1", text.replace("\n", " ").strip(), ("army",), detail=text.strip(), own=True),),
                judgement=Judgement("money", text.strip()))
    assert roundtrip(plan) == plan


def test_empty_plan_and_new_plan_round_trip() -> None:
    assert roundtrip(Plan(pack="small", prompt="why")) == Plan(pack="small", prompt="why")
    plan = add_paragraph(new_plan(SMALL, SMALL.prompt("why")))  # a paragraph with no factor chosen yet
    assert roundtrip(plan) == plan


def test_own_card_with_no_factors_round_trips() -> None:
    plan, card = add_own_card(Plan(pack="small", prompt="why"), "Untagged thought", [])
    assert card.factors == ()
    assert roundtrip(plan) == plan


# -- plan file errors ----------------------------------------------------------

def test_plan_errors_are_all_reported_with_lines() -> None:
    text = ("format: coexist-plan/1\npack: small\nprompt: Why\ntime_used: soon\nparagraphs:\n"
            "  - factor: army\n    cards: [a1, a1]\n    colour: red\n")
    assert plan_errors(text) == [(3, 9, "'Why' is not a valid id"), (4, 12, "'soon' is not a whole number"),
                                 (8, 5, "unknown key 'colour'"), (7, 17, "'a1' is listed twice")]


def test_pack_given_as_plan() -> None:
    with pytest.raises(PlanError) as info:
        load_plan(DATA / "packs" / "small.yaml")
    first = next(p for p in info.value.errors if p.message.startswith("format"))
    assert first.message == "format must be 'coexist-plan/1', found 'coexist-pack/1'"
    assert first.hint == "is this a prompt pack rather than a plan?"


def test_own_card_id_used_twice() -> None:
    text = ("format: coexist-plan/1\npack: small\nprompt: why\nown_cards:\n  - {id: own-1, text: A, factors: [army]}\n"
            "  - {id: own-1, text: B, factors: [army]}\n")
    assert plan_errors(text) == [(6, 5, "own card id 'own-1' is used twice (first on line 5)")]


def test_missing_plan_file() -> None:
    with pytest.raises(PlanError) as info:
        load_plan(DATA / "plans" / "nope.plan.yaml")
    assert info.value.errors[0].message == "cannot read the file: No such file or directory"


# -- edits ---------------------------------------------------------------------

def base() -> Plan:
    return Plan(pack="small", prompt="why", paragraphs=(Paragraph("army", cards=("a1", "a2", "a3")),
                                                         Paragraph("money", cards=("m1", "m2")),
                                                         Paragraph("ideas")))


def cards(plan: Plan) -> list[tuple[str, ...]]:
    return [p.cards for p in plan.paragraphs]


def test_new_plan_has_one_empty_paragraph_per_factor() -> None:
    plan = new_plan(SMALL, SMALL.prompt("how-far"))
    assert (plan.pack, plan.pack_version, plan.prompt) == ("small", "3", "how-far")
    assert plan.paragraphs == tuple(Paragraph(f) for f in ("army", "money", "ideas", "luck"))


def test_place_new_cards_appends_or_inserts() -> None:
    plan = place_cards(base(), ["i1", "i2"], 2)
    assert cards(plan)[2] == ("i1", "i2")
    plan = place_cards(plan, ["l1"], 2, row=1)
    assert cards(plan)[2] == ("i1", "l1", "i2")
    assert cards(place_cards(plan, ["l2"], 2, row=99))[2] == ("i1", "l1", "i2", "l2")
    assert cards(place_cards(plan, ["l2"], 2, row=-1))[2] == ("i1", "l1", "i2", "l2")
    assert cards(place_cards(plan, ["l2"], 2, row=0))[2] == ("l2", "i1", "l1", "i2")


def test_place_moves_within_the_same_paragraph_with_row_adjustment() -> None:
    # rows count positions before the move: dropping a1 "before a3" (row 2) puts it between a2 and a3
    assert cards(place_cards(base(), ["a1"], 0, row=2))[0] == ("a2", "a1", "a3")
    assert cards(place_cards(base(), ["a1"], 0, row=3))[0] == ("a2", "a3", "a1")
    assert cards(place_cards(base(), ["a3"], 0, row=0))[0] == ("a3", "a1", "a2")
    assert cards(place_cards(base(), ["a2"], 0, row=1))[0] == ("a1", "a2", "a3")  # dropped onto itself
    assert cards(place_cards(base(), ["a2"], 0, row=2))[0] == ("a1", "a2", "a3")  # just after itself
    assert cards(place_cards(base(), ["a1", "a3"], 0, row=2))[0] == ("a2", "a1", "a3")


def test_place_moves_between_paragraphs() -> None:
    plan = place_cards(base(), ["a2"], 1, row=1)
    assert cards(plan) == [("a1", "a3"), ("m1", "a2", "m2"), ()]
    # the moved cards keep the order they were given in
    plan = place_cards(base(), ["a2", "m1"], 1, row=1)
    assert cards(plan) == [("a1", "a3"), ("a2", "m1", "m2"), ()]
    # row counts the target as it was: m1 is before row 1, so the block lands before m2
    plan = place_cards(base(), ["m1", "a3"], 1, row=2)
    assert cards(plan) == [("a1", "a2"), ("m2", "m1", "a3"), ()]


def test_a_card_is_in_a_plan_once() -> None:
    plan = place_cards(base(), ["a1", "a1", "m2"], 2)
    assert cards(plan) == [("a2", "a3"), ("m1",), ("a1", "m2")]
    assert plan.placed_cards() == ["a2", "a3", "m1", "a1", "m2"]
    assert plan.paragraph_of("m2") == 2 and plan.paragraph_of("zz") is None
    with pytest.raises(IndexError):
        place_cards(base(), ["a1"], 3)


def test_remove_cards() -> None:
    plan = remove_cards(base(), ["a2", "m1", "not-placed"])
    assert cards(plan) == [("a1", "a3"), ("m2",), ()]


def test_shift_card() -> None:
    assert cards(shift_card(base(), "a1", 1))[0] == ("a2", "a1", "a3")
    assert cards(shift_card(base(), "a3", -1))[0] == ("a1", "a3", "a2")
    assert cards(shift_card(base(), "a3", 1))[0] == ("a1", "a2", "a3")  # already last
    assert cards(shift_card(base(), "a1", -5))[0] == ("a1", "a2", "a3")  # already first
    assert cards(shift_card(base(), "a1", 10))[0] == ("a2", "a3", "a1")
    assert shift_card(base(), "nowhere", 1) == base()


def test_add_remove_move_paragraph() -> None:
    plan = add_paragraph(base(), "luck")
    assert [p.factor for p in plan.paragraphs] == ["army", "money", "ideas", "luck"]
    plan = add_paragraph(plan, index=0)
    assert plan.paragraphs[0] == Paragraph("")
    plan = remove_paragraph(plan, 0)
    assert plan == add_paragraph(base(), "luck")
    moved = move_paragraph(base(), 0, 2)
    assert [p.factor for p in moved.paragraphs] == ["money", "ideas", "army"]
    assert moved.paragraphs[2].cards == ("a1", "a2", "a3")  # cards travel with their paragraph
    assert [p.factor for p in move_paragraph(base(), 2, -3).paragraphs] == ["ideas", "army", "money"]
    assert [p.factor for p in move_paragraph(base(), 0, 99).paragraphs] == ["money", "ideas", "army"]
    removed = remove_paragraph(base(), 0)
    assert "a1" not in removed.placed_cards()


def test_edit_paragraph_and_judgement() -> None:
    plan = edit_paragraph(base(), 1, point="Money ran out.")
    assert plan.paragraphs[1] == Paragraph("money", "Money ran out.", ("m1", "m2"))
    plan = edit_paragraph(plan, 1, factor="luck")
    assert plan.paragraphs[1] == Paragraph("luck", "Money ran out.", ("m1", "m2"))
    plan = edit_judgement(plan, most_important="money")
    plan = edit_judgement(plan, text="Because.")
    assert plan.judgement == Judgement("money", "Because.")
    assert edit_judgement(plan, most_important="").judgement == Judgement("", "Because.")
    assert base().paragraphs[1].point == ""  # edits never change the old plan


def test_add_own_card_ids_are_unique() -> None:
    plan = Plan(pack="small", prompt="why", own_cards=(Card("own-2", "x", ("army",), own=True),))
    plan, first = add_own_card(plan, "  Mine  ", ["army", "money", "army"], detail="d")
    assert first == Card("own-3", "Mine", ("army", "money"), detail="d", own=True)
    plan, second = add_own_card(plan, "x" * 400, ["luck"])
    assert second.id == "own-4" and len(second.text) == 300
    clash = dataclasses.replace(SMALL, cards=SMALL.cards + (Card("own-1", "pack card", ("army",)),))
    _plan, third = add_own_card(Plan(pack="small", prompt="why"), "t", ["army"], pack=clash)
    assert third.id == "own-2"  # own-1 is a pack card
    assert [c.id for c in plan.own_cards] == ["own-2", "own-3", "own-4"]


def test_remove_own_card_also_unplaces_it() -> None:
    plan, card = add_own_card(base(), "Mine", ["army"])
    plan = place_cards(plan, [card.id], 0)
    assert card.id in plan.placed_cards()
    plan = remove_own_card(plan, card.id)
    assert plan.own_cards == () and card.id not in plan.placed_cards()
    assert cards(plan) == cards(base())


def test_a_card_repeated_across_paragraphs_keeps_its_first_placement_only():
    from coexist_gui.core.plan import parse_plan

    text = b"""format: coexist-plan/1
pack: p
prompt: q
paragraphs:
  - {factor: a, cards: [c1, c2]}
  - {factor: b, cards: [c3, c2]}
"""
    plan = parse_plan(text, "dup.plan.yaml")
    assert [p.cards for p in plan.paragraphs] == [("c1", "c2"), ("c3",)]


def test_a_new_own_card_never_takes_the_id_of_a_missing_card_in_the_plan():
    from coexist_gui.core.model import Paragraph, Plan
    from coexist_gui.core.plan import add_own_card

    plan = Plan(pack="p", prompt="q", paragraphs=(Paragraph("a", cards=("own-1",)),))
    _plan, card = add_own_card(plan, "text", ["a"])
    assert card.id == "own-2"


# -- every limit of the plan reader is kept by the edits themselves ------------------------------


def test_edits_keep_the_plan_readers_limits() -> None:
    from coexist_gui.core import plan as plans

    plan = plans.edit_paragraph(base(), 0, point="p" * (plans.MAX_POINT + 9))
    assert len(plan.paragraphs[0].point) == plans.MAX_POINT
    plan = plans.edit_judgement(plan, text="j" * (plans.MAX_JUDGEMENT + 9))
    assert len(plan.judgement.text) == plans.MAX_JUDGEMENT
    plan = plans.set_author(plan, "n" * (plans.MAX_NAME + 9))
    assert len(plan.author) == plans.MAX_NAME
    full = dataclasses.replace(plan, paragraphs=(Paragraph("army"),) * plans.MAX_PARAGRAPHS)
    assert add_paragraph(full) is full
    crowded = dataclasses.replace(plan, paragraphs=(Paragraph("army", cards=tuple(
        f"c{i}" for i in range(plans.MAX_CARDS_PER_PARAGRAPH))), Paragraph("money", cards=("m1",))))
    assert place_cards(crowded, ["m1"], 0) is crowded  # one more would make the file unreadable
    assert place_cards(crowded, ["c5"], 0, row=0).paragraphs[0].cards[0] == "c5"  # a move inside is fine
    many = dataclasses.replace(plan, own_cards=tuple(Card(f"own-{i}", "t", (), own=True)
                                                     for i in range(plans.MAX_OWN_CARDS)))
    assert add_own_card(many, "one more", ["army"]) == (many, None)
    assert add_own_card(base(), "   ", ["army"]) == (base(), None)


def test_placing_with_a_pack_leaves_out_ids_it_does_not_know() -> None:
    plan, own = add_own_card(base(), "Mine", ["army"])
    assert own is not None
    placed = place_cards(plan, ["a1", "no-such-card", own.id], 2, pack=SMALL)
    assert placed.paragraphs[2].cards == ("a1", own.id)
    assert place_cards(plan, ["no-such-card"], 2, pack=SMALL) is plan


def test_save_plan_reads_back_before_it_writes(tmp_path: Path) -> None:
    from coexist_gui.core.plan import save_plan

    target = tmp_path / "mine.plan.yaml"
    save_plan(target, base())
    assert load_plan(target) == base()
    target.write_text("old", encoding="utf-8")
    broken = dataclasses.replace(base(), paragraphs=(Paragraph("Not A Valid Id!"),))
    with pytest.raises(PlanError) as info:
        save_plan(target, broken, backup=True)
    assert "is not a valid id" in str(info.value)
    assert target.read_text(encoding="utf-8") == "old"  # nothing written, no backup made
    assert not (tmp_path / "mine.plan.yaml.bak").exists()
