"""Every validation rule of the pack reader, with the exact place and words of each problem.

Most tests start from ``tests/data/packs/small.yaml`` (valid, no warnings) and change one thing.
``at(text, needle)`` is the 1-based line and column where ``needle`` (unique in the text) starts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from coexist_gui.core.model import Side
from coexist_gui.core.pack import LoadedPack, builtin_pack_path, load_builtin_pack, load_pack, parse_pack
from coexist_gui.core.problems import PackError, Problem

SMALL_PATH = Path(__file__).resolve().parents[1] / "data" / "packs" / "small.yaml"
SMALL = SMALL_PATH.read_text(encoding="utf-8")


def at(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """Line and column of ``needle``, which must be unique in the text (or after the unique ``after``)."""
    start = 0
    if after:
        assert text.count(after) == 1, f"{after!r} occurs {text.count(after)} times"
        start = text.index(after)
    assert text.count(needle, start) == 1, f"{needle!r} occurs {text.count(needle, start)} times"
    offset = text.index(needle, start)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def mutate(*changes: tuple[str, str]) -> str:
    text = SMALL
    for old, new in changes:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def errors(text: str) -> list[Problem]:
    with pytest.raises(PackError) as info:
        parse_pack(text.encode("utf-8"), "p.yaml")
    assert all(p.severity == "error" for p in info.value.errors)
    return info.value.errors


def one_error(text: str) -> Problem:
    found = errors(text)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def where(problem: Problem) -> tuple[int, int, str]:
    return problem.line, problem.col, problem.message


# -- the valid pack ------------------------------------------------------------

def test_small_pack_loads_without_warnings() -> None:
    pack, warnings = load_pack(SMALL_PATH)
    assert warnings == []
    assert (pack.id, pack.title, pack.version, pack.author) == ("small", "A small test pack", "3", "Test author")
    assert [f.id for f in pack.factors] == ["army", "money", "ideas", "luck"]
    assert pack.factor("army").hint == "Look at the generals."
    assert pack.factor("money").colour == "#0072b2"  # normalised to lower case
    assert [c.id for c in pack.cards] == ["a1", "a2", "a3", "m1", "m2", "i1", "i2", "l1", "l2"]
    a1, a3 = pack.card("a1"), pack.card("a3")
    assert (a1.text, a1.factors, a1.year, a1.own) == ("The army marched.", ("army",), 1950, False)
    assert (a3.factors, a3.detail, a3.year) == (("army", "money"), "Both the army and the money.", None)
    why, how_far, deep = pack.prompts
    assert why.sides == tuple(Side("", (f,)) for f in why.factors) and not why.two_sided
    assert (why.min_cards, why.minutes, why.hide_tags, why.show_score) == (2, 10, False, "live")
    assert how_far.two_sided
    assert how_far.sides == (Side("Force", ("army", "money")), Side("Chance", ("ideas", "luck")))
    assert (how_far.min_cards, how_far.minutes, how_far.exemplar) == (2, None, None)
    assert deep.min_cards == 3
    assert why.exemplar is not None
    assert [p.factor for p in why.exemplar.paragraphs] == list(why.factors)
    assert why.exemplar.paragraphs[0].cards == ("a1", "a2")
    assert why.exemplar.judgement.most_important == "money"
    assert [c.id for c in pack.cards_for("money")] == ["a3", "m1", "m2"]


def test_builtin_pack_loads_without_warnings() -> None:
    pack, warnings = load_builtin_pack()
    assert warnings == []
    assert pack.id == "ussr-peaceful-coexistence"
    assert builtin_pack_path().name == "evidence.yaml"
    for prompt in pack.prompts:
        assert prompt.exemplar is not None
        assert len(prompt.factors) >= 2


def test_optional_keys() -> None:
    text = mutate(("    min_cards: 3\n", "    min_cards: 3\n    hide_tags: yes\n    show_score: on_check\n"))
    deep = parse_pack(text.encode(), "p.yaml").pack.prompt("deep")
    assert (deep.hide_tags, deep.show_score) == (True, "on_check")


# -- implicit typing never happens --------------------------------------------

@pytest.mark.parametrize("raw, expected", [("no", "no"), ("yes", "yes"), ("off", "off"), ("1955-07-15", "1955-07-15"),
                                           ("12:30:00", "12:30:00"), ("1e3", "1e3"), ("null", "null"),
                                           ("'007'", "007"), ("3.10", "3.10")])
def test_card_text_is_kept_as_written(raw: str, expected: str) -> None:
    text = mutate(("    text: Taxes rose.", f"    text: {raw}"))
    assert parse_pack(text.encode(), "p.yaml").pack.card("m1").text == expected


def test_version_and_title_stay_text() -> None:
    text = mutate(('version: "3"', "version: 3.10"), ("title: A small test pack", "title: no"))
    pack = parse_pack(text.encode(), "p.yaml").pack
    assert (pack.version, pack.title) == ("3.10", "no")


def test_quoted_numbers_are_numbers_where_the_schema_wants_them() -> None:
    text = mutate(("    year: 1950", '    year: "1950"'), ("    min_cards: 3", "    min_cards: '3'"))
    pack = parse_pack(text.encode(), "p.yaml").pack
    assert pack.card("a1").year == 1950 and pack.prompt("deep").min_cards == 3


# -- format, required keys, unknown keys ---------------------------------------

def test_wrong_format() -> None:
    text = mutate(("format: coexist-pack/1", "format: coexist-pack/2"))
    problem = one_error(text)
    assert where(problem) == (4, 9, "format must be 'coexist-pack/1', found 'coexist-pack/2'")
    assert problem.hint == "the first line of a pack is 'format: coexist-pack/1'"
    assert str(problem) == "p.yaml:4:9: error: format must be 'coexist-pack/1', found 'coexist-pack/2'"


def test_plan_file_given_as_pack_gets_a_hint() -> None:
    problem = errors(mutate(("format: coexist-pack/1", "format: coexist-plan/1")))[0]
    assert problem.hint == "is this a plan file? Open it in the app instead"


def test_missing_top_level_key_is_reported_at_the_mapping() -> None:
    problem = one_error(mutate(("title: A small test pack\n", "")))
    assert where(problem) == (*at(SMALL, "format:"), "missing required key 'title'")
    assert problem.where == "pack"


def test_missing_card_key() -> None:
    text = mutate(("  - id: m1\n    text: Taxes rose.\n", "  - id: m1\n"))
    assert where(one_error(text)) == (*at(text, "id: m1"), "missing required key 'text'")


def test_empty_required_value() -> None:
    text = mutate(("    text: Taxes rose.", "    text:"))
    line, col = at(text, "    text:\n")
    assert where(one_error(text)) == (line, col + 9, "'text' is empty")


def test_blank_required_text() -> None:
    text = mutate(("    text: Taxes rose.", "    text: '   '"))
    assert where(one_error(text)) == (*at(text, "'   '"), "text is blank")


def test_unknown_key_with_did_you_mean() -> None:
    text = mutate(("marched.\n    factors: [army]", "marched.\n    factor: [army]"))
    problem = one_error(text)  # the missing 'factors' is not reported on top: the typo explains it
    assert where(problem) == (*at(text, "factor: [army]"), "unknown key 'factor' — did you mean 'factors'?")
    assert problem.where == "evidence #1 'a1'"
    assert problem.hint == "allowed keys here: id, text, factors, detail, year"
    assert problem.source == "    factor: [army]"
    assert str(problem) == f"p.yaml:{problem.line}:5: error: unknown key 'factor' — did you mean 'factors'?"


def test_unknown_key_without_a_close_match() -> None:
    text = mutate(("    year: 1950", "    zzz: 1950"))
    assert where(one_error(text)) == (*at(text, "zzz"), "unknown key 'zzz'")


def test_unknown_top_level_key() -> None:
    text = mutate(("author: Test author", "autor: Test author"))
    assert where(one_error(text)) == (*at(text, "autor"), "unknown key 'autor' — did you mean 'author'?")


# -- shapes --------------------------------------------------------------------

def test_root_must_be_a_mapping() -> None:
    problem = one_error("- a\n- b\n")
    assert where(problem) == (1, 1, "expected a mapping of keys (format, id, title, factors, evidence, prompts…), "
                                    "found a list")


def test_list_where_a_card_mapping_belongs() -> None:
    text = mutate(("  - id: m1\n    text: Taxes rose.\n    factors: [money]", "  - [m1, Taxes rose.]"),
                  ("cards: [m1, m2]", "cards: [m2]"))
    assert where(one_error(text)) == (*at(text, "[m1, Taxes"), "expected a mapping of keys (id, text, factors…), "
                                                                "found a list")


def test_mapping_where_a_list_belongs() -> None:
    text = mutate(("    factors: [money]\n  - id: m2", "    factors: {money: 1}\n  - id: m2"))
    assert where(one_error(text)) == (*at(text, "{money"), "expected a list of factors, found a mapping")


def test_text_where_a_list_belongs() -> None:
    text = mutate(("    factors: [money]\n  - id: m2", "    factors: money\n  - id: m2"))
    assert where(one_error(text)) == (*at(text, "money\n  - id: m2"), "expected a list of factors, found text")


def test_mapping_where_text_belongs() -> None:
    text = mutate(("    text: Taxes rose.", "    text: {a: b}"))
    assert where(one_error(text)) == (*at(text, "{a: b}"), "expected text, found a mapping")


def test_exemplar_must_be_a_mapping() -> None:
    text = mutate(("    min_cards: 3", "    min_cards: 3\n    exemplar: [a1]"))
    assert where(one_error(text)) == (*at(text, "[a1]"), "expected a mapping of keys (paragraphs, judgement…), "
                                                          "found a list")


# -- ids -----------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["M1", "m 1", "../x", "a/b", "-m1", "m1!", "m" * 65, "m_1", "m\u00e9"])
def test_bad_card_id(bad: str) -> None:
    text = mutate(("  - id: m2\n", f"  - id: {bad}\n"), ("cards: [m1, m2]", "cards: [m1]"))
    problem = one_error(text)
    shown = bad if len(bad) <= 40 else bad[:40] + "…"
    line, col = at(text, f"- id: {bad}\n")
    assert (problem.line, problem.col) == (line, col + 6)
    assert problem.message == f"'{shown.strip(chr(39))}' is not a valid id"
    assert "lower-case letters" in problem.hint


def test_id_of_64_characters_is_fine() -> None:
    text = mutate(("  - id: m2\n", "  - id: " + "m" * 64 + "\n"), ("cards: [m1, m2]", "cards: [m1]"))
    assert parse_pack(text.encode(), "p.yaml").pack.card("m" * 64) is not None


@pytest.mark.parametrize("old, new, bad", [("id: small", "id: Small Pack", "Small Pack"),
                                          ("  - id: deep", "  - id: ../deep", "../deep"),
                                          ("  - id: how-far", "  - id: how far", "how far")])
def test_bad_pack_and_prompt_ids(old: str, new: str, bad: str) -> None:
    text = mutate((old, new))
    assert where(one_error(text)) == (*at(text, bad), f"'{bad}' is not a valid id")


def test_bad_factor_id_also_breaks_its_references() -> None:
    text = mutate(("  - id: luck\n", "  - id: Luck\n"))
    found = errors(text)
    assert where(found[0]) == (*at(text, "Luck\n    name"), "'Luck' is not a valid id")
    assert {p.message for p in found[1:]} == {"unknown factor 'luck'", "'luck' is not a factor of this prompt"}
    assert len(found) == 8  # three cards, two prompts, a side and an exemplar paragraph refer to it


def test_duplicate_card_id() -> None:
    text = mutate(("  - id: m2\n", "  - id: m1\n"), ("cards: [m1, m2]", "cards: [m1]"))
    problem = one_error(text)
    first_line = SMALL.splitlines().index("  - id: m1") + 1
    assert (problem.line, problem.col) == (first_line + 3, 9)
    assert problem.message == f"card id 'm1' is used twice (first on line {first_line})"


def test_duplicate_factor_and_prompt_ids() -> None:
    text = mutate(("  - id: deep\n", "  - id: why\n"))
    problem = one_error(text)
    assert problem.message == f"prompt id 'why' is used twice (first on line {at(SMALL, 'id: why')[0]})"
    text = mutate(("  - id: luck\n    name: Luck\n", "  - id: luck\n    name: Luck\n  - id: money\n    name: Cash\n"))
    problem = one_error(text)
    assert problem.message == f"factor id 'money' is used twice (first on line {at(SMALL, 'id: money')[0]})"
    assert problem.line == at(text, "name: Cash")[0] - 1


def test_duplicate_mapping_key() -> None:
    text = mutate(("    text: Taxes rose.\n", "    text: Taxes rose.\n    text: Taxes fell.\n"))
    problem = one_error(text)
    assert where(problem) == (*at(text, "text: Taxes fell."),
                              f"key 'text' appears twice (first on line {at(text, 'text: Taxes rose.')[0]})")


def test_id_listed_twice() -> None:
    text = mutate(("    factors: [money]\n  - id: m2", "    factors: [money, money]\n  - id: m2"))
    assert where(one_error(text)) == (*at(text, "money]\n  - id: m2"), "'money' is listed twice")


# -- references ----------------------------------------------------------------

def test_card_names_undeclared_factor_with_guess() -> None:
    text = mutate(("    factors: [money]\n  - id: m2", "    factors: [moneys]\n  - id: m2"))
    problem = one_error(text)
    assert where(problem) == (*at(text, "moneys"), "unknown factor 'moneys' — did you mean 'money'?")
    assert problem.hint == "declare it first, or use one of: army, ideas, luck, money"


def test_prompt_names_undeclared_factor() -> None:
    text = mutate(("    factors: [army, money]\n    min_cards: 3", "    factors: [army, cash]\n    min_cards: 3"))
    problems = errors(text)
    assert where(problems[0]) == (*at(text, "cash"), "unknown factor 'cash'")


def test_exemplar_names_undeclared_card() -> None:
    text = mutate(("cards: [a1, a2]", "cards: [a1, zz]"))
    problem = one_error(text)
    assert where(problem) == (*at(text, "zz]"), "unknown card 'zz'")
    assert problem.where == "prompts #1 'why' → exemplar → paragraph #1 → cards"


def test_exemplar_paragraph_factor_must_be_a_prompt_factor() -> None:
    text = mutate(("    min_cards: 3", "    min_cards: 3\n    exemplar:\n      paragraphs:\n        - factor: luck"))
    assert where(one_error(text)) == (*at(text, "luck", after="id: deep"), "'luck' is not a factor of this prompt")


def test_exemplar_most_important_must_be_a_prompt_factor() -> None:
    text = mutate(("most_important: money", "most_important: nothing"))
    assert where(one_error(text)) == (*at(text, "nothing"), "'nothing' is not a factor of this prompt")


# -- sides ---------------------------------------------------------------------

def test_sides_overlap() -> None:
    text = mutate(("        factors: [ideas, luck]", "        factors: [ideas, luck, army]"))
    problem = one_error(text)
    assert where(problem) == (*at(text, "army]", after="name: Chance"), "factor 'army' is already on side 'Force'")
    assert problem.where == "prompts #2 'how-far' → sides #2 → factors"


def test_side_missing_a_prompt_factor() -> None:
    text = mutate(("        factors: [ideas, luck]", "        factors: [ideas]"))
    assert where(one_error(text)) == (*at(text, "- name: Force"), "prompt factor on no side: luck")


def test_fewer_than_two_sides() -> None:
    text = mutate(("      - name: Chance\n        factors: [ideas, luck]\n", ""),
                  ("        factors: [army, money]", "        factors: [army, money, ideas, luck]"))
    assert where(one_error(text)) == (*at(text, "- name: Force"), "needs at least 2 sides, found 1")


def test_side_names_factor_not_in_prompt() -> None:
    text = mutate(("ideas, luck]\n    sides", "ideas]\n    sides"))
    assert where(one_error(text)) == (*at(text, "luck]", after="name: Chance"), "unknown factor 'luck'")


def test_side_without_factors_key() -> None:
    text = mutate(("        factors: [ideas, luck]", "        factor: [ideas, luck]"))
    assert [p.message for p in errors(text)] == ["unknown key 'factor' — did you mean 'factors'?",
                                                 "prompt factors on no side: ideas, luck"]


# -- limits, empty lists, numbers ----------------------------------------------

def test_card_text_over_300_characters() -> None:
    text = mutate(("    text: Taxes rose.", "    text: " + "x" * 301))
    problem = one_error(text)
    assert where(problem) == (*at(text, "x" * 301), "text is 301 characters; the limit is 300")
    assert problem.hint == "shorten it, or move the extra into 'detail'"


def test_card_text_of_300_characters_is_fine() -> None:
    text = mutate(("    text: Taxes rose.", "    text: " + "é" * 300))
    assert parse_pack(text.encode(), "p.yaml").pack.card("m1").text == "é" * 300


def test_question_over_limit() -> None:
    text = mutate(("question: Army or money?", "question: " + "q" * 501))
    assert one_error(text).message == "text is 501 characters; the limit is 500"


@pytest.mark.parametrize("old, new, message", [
    ("    factors: [money]\n  - id: m2", "    factors: []\n  - id: m2", "needs at least 1 factor, found 0"),
    ("    factors: [army, money]\n    min_cards: 3", "    factors: [army]\n    min_cards: 3",
     "needs at least 2 factors, found 1"),
])
def test_too_short_lists(old: str, new: str, message: str) -> None:
    text = mutate((old, new))
    line, col = at(text, new)
    assert where(one_error(text)) == (line, col + new.index("["), message)


def test_empty_evidence_and_prompts() -> None:
    text = SMALL[:SMALL.index("evidence:\n")] + "evidence: []\nprompts: []\n"
    line = at(text, "evidence: []")[0]
    assert [where(p) for p in errors(text)] == [(line, 11, "needs at least 1 card, found 0"),
                                               (line + 1, 10, "needs at least 1 prompt, found 0")]


def test_empty_section_is_reported_as_empty() -> None:
    text = SMALL[:SMALL.index("prompts:\n")] + "prompts:\n"
    assert where(one_error(text)) == (at(text, "prompts:")[0], 9, "'prompts' is empty")


def test_fewer_than_two_factors() -> None:
    text = "format: coexist-pack/1\nid: x\ntitle: X\nfactors:\n  - {id: a, name: A}\n" \
           "evidence:\n  - {id: c, text: T, factors: [a]}\nprompts:\n  - {id: p, question: Q, factors: [a]}\n"
    assert [where(p) for p in errors(text)] == [(5, 3, "needs at least 2 factors, found 1"),
                                               (9, 35, "needs at least 2 factors, found 1")]


@pytest.mark.parametrize("old, new, message", [
    ("    year: 1950", "    year: 19x3", "'19x3' is not a whole number"),
    ("    year: 1950", "    year: 1950.5", "'1950.5' is not a whole number"),
    ("    year: 1950", "    year: 3001", "3001 is out of range"),
    ("    min_cards: 3", "    min_cards: two", "'two' is not a whole number"),
    ("    min_cards: 3", "    min_cards: 0", "0 is out of range"),
    ("    min_cards: 3", "    min_cards: 51", "51 is out of range"),
    ("    minutes: 10", "    minutes: 601", "601 is out of range"),
    ("    minutes: 10", "    minutes: ten", "'ten' is not a whole number"),
    ("    min_cards: 3", "    min_cards: [3]", "expected text, found a list"),
    ('"#0072B2"', '"blue"', "'blue' is not a colour"),
    ("    min_cards: 3", "    min_cards: 3\n    hide_tags: maybe", "'maybe' is not true or false"),
    ("    min_cards: 3", "    min_cards: 3\n    show_score: never", "'never' is not one of: live, on_check"),
])
def test_bad_values(old: str, new: str, message: str) -> None:
    text = mutate((old, new))
    last = new.split("\n")[-1]
    line, col = at(text, last)
    assert where(one_error(text)) == (line, col + (last.rindex(": ") + 2 if ": " in last else 0), message)


def test_negative_year_is_a_number() -> None:
    text = mutate(("    year: 1950", "    year: -44"))
    assert parse_pack(text.encode(), "p.yaml").pack.card("a1").year == -44


# -- warnings ------------------------------------------------------------------

def test_unreachable_breadth_is_a_warning() -> None:
    text = mutate(("    min_cards: 3", "    min_cards: 4"))
    loaded = parse_pack(text.encode(), "p.yaml")
    assert isinstance(loaded, LoadedPack) and loaded.pack.prompt("deep").min_cards == 4
    line, col = at(text, "- id: deep")
    unreachable = "has 3 cards but the prompt asks for 4: breadth 100 is unreachable"
    assert [(p.severity, p.line, p.col, p.message) for p in loaded.warnings] == [
        ("warning", line, col + 2, f"factor 'army' {unreachable}"),
        ("warning", line, col + 2, f"factor 'money' {unreachable}"),
    ]
    assert str(loaded.warnings[0]).startswith(f"p.yaml:{line}:{col + 2}: warning: factor 'army' has 3 cards")


def test_factor_no_card_uses_is_a_warning() -> None:
    text = mutate(("  - id: luck\n    name: Luck\n", "  - id: luck\n    name: Luck\n  - id: spare\n    name: Spare\n"))
    loaded = parse_pack(text.encode(), "p.yaml")
    line, col = at(text, "- id: spare")
    assert [where(p) for p in loaded.warnings] == [(line, col + 2, "no card is tagged with factor 'spare'")]


def test_card_no_prompt_can_use_is_a_warning() -> None:
    text = mutate(("  - id: luck\n    name: Luck\n", "  - id: luck\n    name: Luck\n  - id: spare\n    name: Spare\n"),
                  ("ill.\n    factors: [luck]\n", "ill.\n    factors: [luck]\n  - id: o1\n    text: Orphan.\n"
                                                      "    factors: [spare]\n"))
    loaded = parse_pack(text.encode(), "p.yaml")
    assert [p.message for p in loaded.warnings] == [
        "no prompt can use card 'o1': none of its factors is in a prompt"]
    line, col = at(text, "- id: o1")
    assert (loaded.warnings[0].line, loaded.warnings[0].col) == (line, col + 2)
    assert loaded.pack.card("o1").factors == ("spare",)


def test_errors_hide_warnings_but_never_each_other() -> None:
    text = mutate(("    min_cards: 3", "    min_cards: 4"), ("    year: 1950", "    year: 19x3"))
    assert [p.message for p in errors(text)] == ["'19x3' is not a whole number"]


# -- all at once ---------------------------------------------------------------

def test_three_independent_errors_are_all_reported() -> None:
    text = mutate(("format: coexist-pack/1", "format: coexist-pack/9"),
                  ("marched.\n    factors: [army]", "marched.\n    factor: [army]"),
                  ("    min_cards: 3", "    min_cards: two"))
    found = errors(text)
    assert [(p.line, p.message) for p in found] == [
        (4, "format must be 'coexist-pack/1', found 'coexist-pack/9'"),
        (at(text, "factor: [army]")[0], "unknown key 'factor' — did you mean 'factors'?"),
        (at(text, "two")[0], "'two' is not a whole number"),
    ]
    assert all(p.source for p in found)  # each comes with its line of the file


def test_yaml_problems_become_pack_errors() -> None:
    with pytest.raises(PackError) as info:
        parse_pack(b"format: coexist-pack/1\nid: &a x\n", "p.yaml")
    assert [where(p) for p in info.value.errors] == [(2, 5, "anchor '&a' is not allowed")]


def test_load_pack_on_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PackError) as info:
        load_pack(tmp_path / "nope.yaml")
    problem = info.value.errors[0]
    assert problem.message == "cannot read the file: No such file or directory"
    assert str(problem) == f"{tmp_path / 'nope.yaml'}:1:1: error: cannot read the file: No such file or directory"


def test_load_pack_refuses_huge_file_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(3 * 1024 * 1024)
    with pytest.raises(PackError) as info:
        load_pack(big)
    assert info.value.errors[0].message == "file is 3.0 MiB; the limit for a pack is 2 MiB"


def test_pack_is_immutable() -> None:
    pack = load_pack(SMALL_PATH).pack
    with pytest.raises(dataclasses.FrozenInstanceError):
        pack.id = "other"  # type: ignore[misc]


WEAK_MODEL = b"""format: coexist-pack/1
id: tiny
title: Tiny
factors:
  - {id: a, name: A}
  - {id: b, name: B}
  - {id: spare, name: Spare}
evidence:
  - {id: c1, text: one, factors: [a]}
  - {id: c2, text: two, factors: [b]}
prompts:
  - id: p
    question: Why?
    factors: [a, b]
    exemplar:
      paragraphs:
        - {factor: a, cards: [c1]}
"""


def test_without_scoring_models_only_the_model_plan_warning_is_left_out():
    """The window's start-up reads packs without scoring their model plans; every other check and warning
    is the same, and so is the pack."""
    from coexist_gui.core.pack import check_pack, read_pack_tree

    root = read_pack_tree(WEAK_MODEL, "tiny.yaml")
    full = check_pack(root, WEAK_MODEL, "tiny.yaml")
    quick = check_pack(read_pack_tree(WEAK_MODEL, "tiny.yaml"), WEAK_MODEL, "tiny.yaml", score_models=False)
    assert quick.pack == full.pack
    scored = [w for w in full.warnings if "a model plan should reach band 5" in w.message]
    assert len(scored) == 1
    assert quick.warnings == [w for w in full.warnings if w not in scored]
    assert any("spare" in w.message for w in quick.warnings)  # the other warnings are still there


def test_an_exemplar_card_that_does_not_count_is_a_warning():
    from coexist_gui.core.pack import parse_pack

    text = b"""format: coexist-pack/1
id: tiny
title: Tiny
factors:
  - {id: a, name: A}
  - {id: b, name: B}
evidence:
  - {id: c1, text: one, factors: [a]}
  - {id: c2, text: two, factors: [a]}
  - {id: c3, text: three, factors: [b]}
  - {id: c4, text: four, factors: [b]}
prompts:
  - id: p
    question: Why?
    factors: [a, b]
    exemplar:
      paragraphs:
        - {factor: a, cards: [c1, c3]}
        - {factor: b, cards: [c4]}
"""
    _pack, warnings = parse_pack(text, "tiny.yaml")
    assert [w.message for w in warnings] == [
        "exemplar card 'c3' is not tagged 'a', so it does not count in that paragraph",
        "the model plan scores 23, band 2: a model plan should reach band 5"]
    line = text.decode().splitlines().index("        - {factor: a, cards: [c1, c3]}") + 1
    assert (warnings[0].line, warnings[0].col) == (line, 35)  # at the card id itself
    assert "paragraph #1" in warnings[0].where


def test_a_missing_required_key_is_reported_even_when_an_allowed_key_looks_alike():
    from coexist_gui.core.pack import parse_pack
    from coexist_gui.core.problems import PackError

    text = b"format: coexist-pack/1\nid: p\ntitle: T\nauthor: me\nevidence: []\nprompts: []\n"
    try:
        parse_pack(text, "p.yaml")
    except PackError as exc:
        assert any("missing required key 'factors'" in p.message for p in exc.errors)
    else:
        raise AssertionError("a pack without factors must not load")
