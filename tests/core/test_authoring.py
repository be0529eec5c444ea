"""The pack editor's pure half: the canonical writer, ids from text, the editing operations and draft checks."""

from __future__ import annotations

import dataclasses
import difflib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coexist_gui.core.authoring import edits
from coexist_gui.core.authoring.drafts import check_draft
from coexist_gui.core.authoring.files import read_pack_file, save_pack
from coexist_gui.core.authoring.ids import id_for, slug, unique
from coexist_gui.core.authoring.writer import Location, is_editor_text, write_pack
from coexist_gui.core.model import Judgement, Paragraph, Plan
from coexist_gui.core.pack import load_builtin_pack, load_pack, parse_pack
from coexist_gui.core.problems import PackError

DATA = Path(__file__).resolve().parents[1] / "data" / "packs"
BUILTIN = load_builtin_pack().pack
PACKS = [BUILTIN, load_pack(DATA / "small.yaml").pack, load_pack(DATA / "explain.yaml").pack]


# -- the writer ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.id)
def test_written_pack_reads_back_the_same_and_saves_byte_identical(pack, tmp_path: Path) -> None:
    written = write_pack(pack)
    assert is_editor_text(written.text) and written.text.endswith("\n")
    loaded = parse_pack(written.text.encode("utf-8"), "x.yaml")
    assert loaded.pack == pack
    assert write_pack(loaded.pack).text == written.text  # the second save writes the same bytes
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    save_pack(pack, first)
    save_pack(load_pack(first).pack, second)
    assert first.read_bytes() == second.read_bytes()
    assert len(written.locations) == written.text.count("\n")


def test_sections_are_commented_and_ordered() -> None:
    text = write_pack(BUILTIN).text
    lines = text.splitlines()
    starts = [lines.index(f"{section}:") for section in ("factors", "evidence", "prompts")]
    assert starts == sorted(starts)
    for start in starts:
        assert lines[start - 1].startswith("# ")  # each section says what it holds
    assert lines[0].startswith("# Coexist prompt pack") and "format: coexist-pack/1" in lines[:8]


def test_a_changed_card_changes_only_its_own_lines() -> None:
    before = write_pack(BUILTIN).text.splitlines()
    card = BUILTIN.cards[10]
    after = write_pack(edits.edit_card(BUILTIN, card.id, text="A new text for this card.")).text.splitlines()
    removed = [line for line in difflib.ndiff(before, after) if line.startswith("- ")]
    added = [line for line in difflib.ndiff(before, after) if line.startswith("+ ")]
    assert added == ["+     text: A new text for this card."]
    assert removed and all(line.startswith("-     text: ") or line.startswith("-       ") for line in removed)


def test_every_line_says_where_it_came_from() -> None:
    written = write_pack(BUILTIN)
    lines = written.text.splitlines()
    card = BUILTIN.cards[3]
    line = lines.index(f"  - id: {card.id}") + 1
    assert written.location(line) == Location("evidence", 3, "id")
    text_line = next(n for n in range(line, line + 5) if lines[n - 1].startswith("    text:"))
    assert written.location(text_line) == Location("evidence", 3, "text")
    assert written.location(lines.index("factors:") + 1) == Location("factors", -1, "")
    assert written.location(lines.index(f"title: {BUILTIN.title}") + 1) == Location("pack", -1, "title")
    prompt = BUILTIN.prompts[1]
    exemplar_line = next(i for i, text in enumerate(lines) if text.startswith("    exemplar:")
                         and i > lines.index(f"  - id: {prompt.id}")) + 3
    assert written.location(exemplar_line) == Location("prompts", 1, "exemplar")
    assert written.location(0) is None and written.location(len(lines) + 1) is None


def test_hard_texts_survive_the_writer() -> None:
    pack = BUILTIN
    for text in ("no", "1985", "null", "~", "- dash", "a: b # c", "'quoted'", "\"double\"", "[x, y]",
                 "multi\nline\ntext", "tab\there", "café über 日本", "{not: a mapping}", "&anchor *alias !tag"):
        pack = edits.edit_card(pack, pack.cards[0].id, text=text, detail=text)
        loaded = parse_pack(write_pack(pack).text.encode("utf-8"), "x.yaml").pack
        assert loaded.cards[0].text == text.strip() and loaded.cards[0].detail == text.strip()
        assert loaded == pack


# -- ids -------------------------------------------------------------------------------------------------------


def test_ids_from_text() -> None:
    assert slug("Khrushchev's secret speech, 1956") == "khrushchevs-secret-speech-1956"
    assert slug("Österreich: Staatsvertrag") == "osterreich-staatsvertrag"
    assert slug("В 1953 году умер Сталин") == "1953"
    assert slug("Смерть Сталина") == ""
    assert len(slug("word " * 40)) <= 40 and slug("word " * 40).count("-") == 5
    assert slug("x" * 100) == "x" * 40
    assert unique("card", {"card", "card-2"}) == "card-3" and unique("card", set()) == "card"
    assert id_for("Смерть Сталина", {"card"}, "card") == "card-2"


# -- editing operations ----------------------------------------------------------------------------------------


def test_an_id_follows_its_text_only_when_asked() -> None:
    pack, card_id = edits.new_card(BUILTIN, "Stalin died", ["leadership"])
    assert card_id == "stalin-died"
    kept = edits.edit_card(pack, card_id, text="Stalin died in March 1953")
    assert kept.card("stalin-died").text == "Stalin died in March 1953"  # a saved card keeps its id
    followed = edits.edit_card(pack, card_id, text="Josef Stalin died in March 1953", follow=True)
    assert followed.card("stalin-died") is None and followed.card("josef-stalin-died-in-march-1953") is not None
    assert [c.id for c in followed.cards].index("josef-stalin-died-in-march-1953") == len(pack.cards) - 1


def test_a_followed_id_is_renamed_in_model_plans_too() -> None:
    prompt = BUILTIN.prompts[0]
    card_id = prompt.exemplar.paragraphs[0].cards[0]
    pack = edits.edit_card(BUILTIN, card_id, text="Reworded", follow=True)
    assert pack.card("reworded") is not None
    assert pack.prompts[0].exemplar.paragraphs[0].cards[0] == "reworded"
    assert edits.check_invariants(pack) == []


def test_blank_items_get_placeholder_ids_then_ids_from_their_text() -> None:
    pack = edits.empty_pack()
    pack, factor = edits.new_factor(pack)
    pack, card = edits.new_card(pack)
    pack, prompt = edits.new_prompt(pack)
    assert (factor, card, prompt) == ("factor-1", "card-1", "question-1")
    pack = edits.edit_factor(pack, factor, name="The army", follow=True)
    pack = edits.edit_card(pack, card, text="Soldiers marched", follow=True)
    pack = edits.edit_prompt(pack, prompt, question="Why was the war won?", follow=True)
    assert [f.id for f in pack.factors] == ["the-army"] and pack.cards[0].id == "soldiers-marched"
    assert pack.prompts[0].id == "why-was-the-war-won"
    assert pack.prompts[0].factors == ("the-army",)  # the factor's new id is everywhere
    assert edits.check_invariants(pack) == []


def test_removing_a_factor_removes_every_mention_of_it() -> None:
    uses = edits.factor_uses(BUILTIN, "leadership")
    assert uses.cards and uses.prompts and uses.exemplars
    pack = edits.remove_factor(BUILTIN, "leadership")
    assert pack.factor("leadership") is None
    assert not any("leadership" in c.factors for c in pack.cards)
    assert not any("leadership" in p.factors for p in pack.prompts)
    assert not any(par.factor == "leadership" for p in pack.prompts if p.exemplar for par in p.exemplar.paragraphs)
    assert edits.check_invariants(pack) == []
    assert not edits.factor_uses(pack, "leadership")


def test_removing_cards_takes_them_out_of_model_plans() -> None:
    card_id = BUILTIN.prompts[0].exemplar.paragraphs[0].cards[0]
    assert edits.cards_in_exemplars(BUILTIN, [card_id]) == {BUILTIN.prompts[0].id: (card_id,)}
    pack = edits.remove_cards(BUILTIN, [card_id])
    assert pack.card(card_id) is None and card_id not in pack.prompts[0].exemplar.placed_cards()
    assert edits.check_invariants(pack) == []


def test_duplicate_and_move_cards() -> None:
    first, second = BUILTIN.cards[0].id, BUILTIN.cards[1].id
    pack, copies = edits.duplicate_cards(BUILTIN, [second, first])
    assert copies == [f"{first}-copy", f"{second}-copy"]
    assert [c.id for c in pack.cards[:4]] == [first, second, f"{first}-copy", f"{second}-copy"]
    moved = edits.move_cards(pack, [f"{first}-copy", f"{second}-copy"], -1)
    assert [c.id for c in moved.cards[:4]] == [first, f"{first}-copy", f"{second}-copy", second]
    assert edits.move_cards(moved, [first], -3) == moved  # at the top already
    last = moved.cards[-1].id
    assert edits.move_cards(moved, [last], 5).cards[-1].id == last


def test_two_sided_prompts_keep_every_factor_on_one_side() -> None:
    pack, prompt_id = edits.new_prompt(BUILTIN, "How far was Malenkov responsible?", ["leadership", "economy",
                                                                                       "ideology"])
    pack = edits.set_two_sided(pack, prompt_id, True)
    prompt = pack.prompt(prompt_id)
    assert prompt.two_sided and [s.factors for s in prompt.sides] == [("leadership",), ("economy", "ideology")]
    pack = edits.assign_side(pack, prompt_id, "economy", 0)
    assert [s.factors for s in pack.prompt(prompt_id).sides] == [("leadership", "economy"), ("ideology",)]
    pack = edits.set_prompt_factor(pack, prompt_id, "nuclear", True)  # a new factor goes on the last side
    assert pack.prompt(prompt_id).sides[-1].factors == ("ideology", "nuclear")
    pack = edits.set_prompt_factor(pack, prompt_id, "leadership", False)
    assert pack.prompt(prompt_id).sides[0].factors == ("economy",)
    pack = edits.add_side(pack, prompt_id)
    assert len(pack.prompt(prompt_id).sides) == 3
    pack = edits.remove_side(pack, prompt_id, 2)
    pack = edits.rename_side(pack, prompt_id, 0, "  Economic motives  ")
    assert pack.prompt(prompt_id).sides[0].name == "Economic motives"
    assert edits.check_invariants(pack) == []
    off = edits.set_two_sided(pack, prompt_id, False)
    assert not off.prompt(prompt_id).two_sided and len(off.prompt(prompt_id).sides) == 3
    assert edits.check_invariants(off) == []


def test_prompt_options_are_kept_within_the_format() -> None:
    prompt_id = BUILTIN.prompts[0].id
    pack = edits.edit_prompt(BUILTIN, prompt_id, min_cards=99, minutes=0, hide_tags=True, show_score="on_check",
                             own_cards="off")
    prompt = pack.prompt(prompt_id)
    assert (prompt.min_cards, prompt.minutes, prompt.hide_tags, prompt.show_score, prompt.own_cards) == \
        (50, 1, True, "on_check", "off")
    assert edits.edit_prompt(pack, prompt_id, minutes=None).prompt(prompt_id).minutes is None
    with pytest.raises(edits.EditError):
        edits.edit_prompt(pack, prompt_id, show_score="sometimes")
    assert parse_pack(write_pack(pack).text.encode(), "x").pack == pack


def test_a_plan_becomes_a_model_plan_without_own_cards() -> None:
    prompt = BUILTIN.prompts[0]
    card = next(c.id for c in BUILTIN.cards if prompt.factors[0] in c.factors)
    plan = Plan(BUILTIN.id, prompt.id, author="Ann", time_used=99,
                paragraphs=(Paragraph(prompt.factors[0], " Because it mattered. ", (card, "own-1", "gone")),
                            Paragraph("not-a-factor", "x", ())),
                judgement=Judgement("not-a-factor", "Text"))
    exemplar, dropped = edits.exemplar_from_plan(plan, BUILTIN, prompt)
    assert dropped == ("own-1", "gone")
    assert exemplar.paragraphs[0] == Paragraph(prompt.factors[0], "Because it mattered.", (card,))
    assert exemplar.paragraphs[1].factor == "" and exemplar.judgement.most_important == ""
    pack = edits.set_exemplar(BUILTIN, prompt.id, exemplar)
    assert pack.prompt(prompt.id).exemplar.author == "" and parse_pack(write_pack(pack).text.encode(), "x").pack == pack
    assert edits.set_exemplar(pack, prompt.id, None).prompt(prompt.id).exemplar is None


def test_versions_and_details() -> None:
    assert [edits.next_version(v) for v in ("1", "1.4", "v2", "2024-1", "beta", "")] == \
        ["2", "1.5", "v3", "2024-2", "beta.1", "1"]
    pack = edits.set_details(BUILTIN, title="  New title ", version=" ", language="de-AT")
    assert (pack.title, pack.version, pack.language) == ("New title", "1", "de-AT")
    assert edits.content_changed(BUILTIN, pack) and not edits.content_changed(
        BUILTIN, edits.set_details(BUILTIN, version="9"))
    with pytest.raises(edits.EditError):
        edits.set_details(BUILTIN, pack_id="Not An Id")


def test_limits_are_errors_for_the_teacher() -> None:
    pack = dataclasses.replace(edits.empty_pack(), factors=tuple(
        dataclasses.replace(BUILTIN.factors[0], id=f"f{i}") for i in range(200)))
    with pytest.raises(edits.EditError, match="at most 200 factors"):
        edits.new_factor(pack, "One more")
    with pytest.raises(edits.EditError):
        edits.insert_cards(BUILTIN, [BUILTIN.cards[0]])  # an id already used
    long_text = edits.edit_card(BUILTIN, BUILTIN.cards[0].id, text="x" * 500).cards[0].text
    assert len(long_text) == 300


OPS = st.sampled_from(["add_card", "edit_card", "follow_card", "remove_card", "tick", "add_factor", "rename_factor",
                       "remove_factor", "move_factor", "add_prompt", "prompt_factor", "two_sided", "assign_side",
                       "duplicate", "move_cards", "remove_prompt", "exemplar"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(OPS, st.integers(0, 1000), st.text(max_size=30)), max_size=25))
def test_any_sequence_of_edits_keeps_the_invariants_and_saves_exactly(steps) -> None:
    pack = load_pack(DATA / "small.yaml").pack
    for op, number, text in steps:
        factors = [f.id for f in pack.factors]
        cards = [c.id for c in pack.cards]
        prompts = [p.id for p in pack.prompts]
        factor = factors[number % len(factors)] if factors else ""
        card = cards[number % len(cards)] if cards else ""
        prompt = prompts[number % len(prompts)] if prompts else ""
        try:
            if op == "add_card":
                pack = edits.new_card(pack, text, factors[:number % 3], year=number - 500)[0]
            elif op == "edit_card" and card:
                pack = edits.edit_card(pack, card, text=text, detail=text[::-1])
            elif op == "follow_card" and card:
                pack = edits.edit_card(pack, card, text=text, follow=True)
            elif op == "remove_card" and card:
                pack = edits.remove_cards(pack, [card])
            elif op == "tick" and card and factor:
                pack = edits.set_card_factor(pack, card, factor, number % 2 == 0)
            elif op == "add_factor":
                pack = edits.new_factor(pack, text)[0]
            elif op == "rename_factor" and factor:
                pack = edits.edit_factor(pack, factor, name=text, follow=number % 2 == 0)
            elif op == "remove_factor" and factor:
                pack = edits.remove_factor(pack, factor)
            elif op == "move_factor" and factor:
                pack = edits.move_factor(pack, factor, number % 5)
            elif op == "add_prompt":
                pack = edits.new_prompt(pack, text)[0]
            elif op == "prompt_factor" and prompt and factor:
                pack = edits.set_prompt_factor(pack, prompt, factor, number % 3 != 0)
            elif op == "two_sided" and prompt:
                pack = edits.set_two_sided(pack, prompt, number % 2 == 0)
            elif op == "assign_side" and prompt and factor:
                pack = edits.assign_side(pack, prompt, factor, number % 2)
            elif op == "duplicate" and card:
                pack = edits.duplicate_cards(pack, [card])[0]
            elif op == "move_cards" and card:
                pack = edits.move_cards(pack, [card], number % 5 - 2)
            elif op == "remove_prompt" and prompt:
                pack = edits.remove_prompt(pack, prompt)
            elif op == "exemplar" and prompt and card:
                target = pack.prompt(prompt)
                plan = Plan(pack.id, prompt, paragraphs=tuple(Paragraph(f, text, (card,) if i == 0 else ())
                                                              for i, f in enumerate(target.factors)))
                pack = edits.set_exemplar(pack, prompt, edits.exemplar_from_plan(plan, pack, target)[0])
        except edits.EditError:
            pass
        assert edits.check_invariants(pack) == []
    check = check_draft(pack, "draft.yaml")
    assert check.faithful, [str(p) for p in check.problems]


# -- checking a draft -------------------------------------------------------------------------------------------


def test_a_draft_is_checked_in_validates_words_at_the_saved_lines(tmp_path: Path) -> None:
    pack = edits.edit_card(BUILTIN, BUILTIN.cards[5].id, text="")
    pack = edits.edit_card(pack, pack.cards[6].id, factors=[])
    path = tmp_path / "draft.yaml"
    check = check_draft(pack, str(path))
    save_pack(pack, path)
    with pytest.raises(PackError) as caught:
        load_pack(path)  # what `coexist-gui validate` reads
    # the same errors, word for word and at the same places (and the warnings validate gives once they are fixed)
    assert [p.render() for p in check.errors] == [p.render() for p in caught.value.problems]
    fixed = edits.edit_card(edits.edit_card(pack, pack.cards[5].id, text="Back again"), pack.cards[6].id,
                            factors=["leadership"])
    save_pack(fixed, path)
    assert [p.render() for p in check_draft(fixed, str(path)).problems] == [p.render()
                                                                            for p in load_pack(path).warnings]
    locations = {check.location(p) for p in check.errors}
    assert Location("evidence", 5, "text") in locations and Location("evidence", 6, "factors") in locations
    assert check.faithful and "Summary of pack" in check.explain_text()


def test_an_empty_pack_is_checked_and_says_what_it_needs() -> None:
    check = check_draft(edits.empty_pack(), "new.yaml")
    messages = [p.message for p in check.errors]
    assert "text is blank" in messages and any("needs at least 2 factors" in m for m in messages)
    assert {check.location(p).section for p in check.errors} == {"pack", "factors", "evidence", "prompts"}
    assert check.faithful


def test_lenient_reading_gives_a_pack_with_errors_but_not_a_non_pack(tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    save_pack(edits.empty_pack("draft", "Draft"), draft)
    found = read_pack_file(draft)
    assert found.pack.id == "draft" and found.errors and not found.rewritten and found.by_editor
    with pytest.raises(PackError):
        load_pack(draft)
    plan = tmp_path / "x.plan.yaml"
    plan.write_text("format: coexist-plan/1\npack: a\nprompt: b\n", encoding="utf-8")
    with pytest.raises(PackError):
        read_pack_file(plan)
    hand = tmp_path / "hand.yaml"
    hand.write_text((DATA / "small.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    found = read_pack_file(hand)
    assert found.rewritten and not found.by_editor and not found.errors


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60), st.lists(st.sampled_from(["army", "money", "ideas", "luck"]),
                                                            unique=True))
def test_any_text_is_written_so_that_it_reads_back_exactly(text, name, factors) -> None:
    pack = load_pack(DATA / "small.yaml").pack
    pack = edits.edit_card(pack, pack.cards[0].id, text=text, detail=name, factors=factors)
    pack = edits.edit_factor(pack, "army", name=name, description=text)
    written = write_pack(pack)
    try:
        loaded = parse_pack(written.text.encode("utf-8"), "x.yaml", lenient=True).pack
    except PackError as exc:  # only text the YAML reader refuses outright (a raw control character)
        assert any("control character" in p.message or "not allowed" in p.message for p in exc.problems), exc
        return
    assert loaded == pack
