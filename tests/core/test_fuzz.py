"""Property tests for the pack and plan readers: they return a pack/plan or raise their own error.

At least 2,000 examples per test in CI; ``--hypothesis-profile=long`` (or
HYPOTHESIS_PROFILE=long) raises every test to the long profile's 100,000.

* arbitrary text and bytes, and arbitrary YAML-shaped data;
* valid packs and plans broken one field at a time;
* every reported line and column lies inside the file;
* a valid pack or plan survives load → save → load unchanged.
"""

from __future__ import annotations

import copy
import random
import re
import string
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coexist_gui.core.model import Card, Judgement, Paragraph, Plan
from coexist_gui.core.pack import LoadedPack, dump_pack, parse_pack
from coexist_gui.core.plan import dump_plan, parse_plan, plan_to_data
from coexist_gui.core.problems import LoadError, PackError, PlanError

# an explicit max_examples would override --hypothesis-profile=long, so take the larger of the two
EXAMPLES = max(2000, settings().max_examples)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

YAML_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def yaml_lines(data: bytes) -> list[str]:
    """The file's lines as YAML (and the problem reports) count them."""
    return YAML_BREAK.split(data.decode("utf-8", errors="replace"))


def check_problems(error: LoadError, data: bytes) -> None:
    """Every problem points inside the file and renders."""
    lines = yaml_lines(data)
    assert error.errors, "an error with no error-severity problem"
    for problem in error.problems:
        assert problem.severity in ("error", "warning")
        assert problem.message
        if problem.line == 0:  # whole-file problems (cannot read the file) have no position
            continue
        assert 1 <= problem.line <= len(lines), (problem, len(lines))
        assert 1 <= problem.col <= len(lines[problem.line - 1]) + 1, (problem, lines[problem.line - 1][:200])
        problem.render()


def read_both(data: bytes) -> None:
    """Read the bytes as a pack and as a plan: only a result or the reader's own error."""
    try:
        result = parse_pack(data, "fuzz.yaml")
    except PackError as exc:
        check_problems(exc, data)
    else:
        assert isinstance(result, LoadedPack)
    try:
        plan = parse_plan(data, "fuzz.plan.yaml")
    except PlanError as exc:
        check_problems(exc, data)
    else:
        assert isinstance(plan, Plan)


# -- strategies ---------------------------------------------------------------

PACK_WORDS = ["format", "id", "title", "version", "author", "description", "factors", "evidence", "prompts",
              "name", "hint", "colour", "text", "detail", "year", "question", "sides", "min_cards", "minutes",
              "exemplar", "hide_tags", "show_score", "paragraphs", "judgement", "most_important", "factor",
              "point", "cards", "pack", "prompt", "pack_version", "own_cards", "time_used",
              "coexist-pack/1", "coexist-plan/1", "economy", "nuclear", "card-1", "live", "on_check"]
word = st.sampled_from(PACK_WORDS)
scalar = st.one_of(word, st.text(max_size=20), st.integers(), st.booleans(), st.none(),
                   st.floats(allow_nan=False), st.dates())
yaml_data = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                         st.dictionaries(st.one_of(word, st.text(max_size=8)),
                                                                         inner, max_size=6)),
                         max_leaves=15)

# Valid packs and plans are built by a seeded random.Random (cheap: hypothesis draws cost ~0.1 ms
# each and a pack needs a hundred of them) from hypothesis-drawn text plus a pool of strings that
# YAML would otherwise turn into something else.
TRICKY = ["no", "yes", "NO", "on", "~", "null", "12:30:00", "2024-02-30", "0x1F", "0o17", "1e3", ".inf", "-.5",
          "- a", "? b", ": c", "a #b", "a: b", "a:b", "[x]", "{y}", "&a", "*a", "!t", "!!str", "%x", "@", "`", "|",
          ">", "'", '"', "\\", "\t", "\n", "\n\n", "\r\n", "\r", "\x85", "\u2028", "\u2029", "é", "Ж", "中文",
          "\U0001f642", "\u202e", "\x07", "\x00", "\x7f", "\ufeff", "  ", "---", "...", "<b>x</b>", "<img src=x>",
          "![i](/etc/hostname)", "'quoted'", '"dq"', "x" * 120]
ALPHABET = string.ascii_letters + string.digits + " -,.'"
SLUG_START = string.ascii_lowercase + string.digits


def rslug(rnd: random.Random) -> str:
    length = rnd.choice([0, 1, 3, 8, 15, 63])
    return rnd.choice(SLUG_START) + "".join(rnd.choice(SLUG_START + "-") for _ in range(rnd.randint(0, length)))


def rslugs(rnd: random.Random, low: int, high: int) -> list[str]:
    return list(dict.fromkeys(rslug(rnd) for _ in range(rnd.randint(low, high)))) or [rslug(rnd)]


class Texts:
    """Text as the reader keeps it (stripped), mixing drawn text, tricky pieces and plain words."""

    def __init__(self, rnd: random.Random, drawn: list[str]) -> None:
        self.rnd, self.drawn = rnd, drawn

    def __call__(self, max_len: int = 40, blank: bool = True) -> str:
        rnd, pieces = self.rnd, []
        for _ in range(rnd.randint(0 if blank else 1, 4)):
            roll = rnd.random()
            if roll < 0.3 and self.drawn:
                pieces.append(rnd.choice(self.drawn))
            elif roll < 0.6:
                pieces.append(rnd.choice(TRICKY))
            else:
                pieces.append("".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 12))))
        value = "".join(pieces).strip()[:max_len].strip()
        return value if value or blank else "x"


seeds = st.integers(0, 2**32 - 1)
drawn_texts = st.lists(st.text(max_size=30), max_size=3)


def random_pack(rnd: random.Random, text: Texts) -> dict:
    """A valid pack as plain data (what a teacher would write)."""
    factor_ids = rslugs(rnd, 2, 6)
    if len(factor_ids) < 2:
        factor_ids.append(factor_ids[0] + "-2")
    factors = []
    for factor_id in factor_ids:
        factor = {"id": factor_id, "name": text(200, blank=False)}
        if rnd.random() < 0.5:
            factor["description"] = text(400)
        if rnd.random() < 0.5:
            factor["hint"] = text(400)
        if rnd.random() < 0.5:
            factor["colour"] = "#" + "".join(rnd.choice("0123456789abcdefABCDEF") for _ in range(6))
        factors.append(factor)
    card_ids = rslugs(rnd, 1, 8)
    cards = []
    for card_id in card_ids:
        card: dict = {"id": card_id, "text": text(300, blank=False),
                      "factors": rnd.sample(factor_ids, rnd.randint(1, len(factor_ids)))}
        if rnd.random() < 0.5:
            card["detail"] = text(400)
        if rnd.random() < 0.5:
            card["year"] = rnd.randint(-5000, 3000)
        cards.append(card)
    prompts = []
    for prompt_id in rslugs(rnd, 1, 3):
        chosen = rnd.sample(factor_ids, rnd.randint(2, len(factor_ids)))
        prompt: dict = {"id": prompt_id, "question": text(500, blank=False), "factors": chosen}
        if rnd.random() < 0.4:
            cut = rnd.randint(1, len(chosen) - 1)
            prompt["sides"] = [{"name": text(200, blank=False), "factors": chosen[:cut]},
                               {"name": text(200, blank=False), "factors": chosen[cut:]}]
        if rnd.random() < 0.4:
            prompt["min_cards"] = rnd.randint(1, 50)
        if rnd.random() < 0.4:
            prompt["minutes"] = rnd.randint(1, 600)
        if rnd.random() < 0.5:
            paragraphs = []
            for _ in range(rnd.randint(0, 3)):
                paragraph: dict = {"point": text(), "cards": rnd.sample(card_ids, rnd.randint(0, len(card_ids)))}
                if rnd.random() < 0.8:
                    paragraph["factor"] = rnd.choice(chosen)
                paragraphs.append(paragraph)
            prompt["exemplar"] = {"paragraphs": paragraphs,
                                  "judgement": {"most_important": rnd.choice(chosen), "text": text()}}
        if rnd.random() < 0.3:
            prompt["hide_tags"] = rnd.choice([True, False, "yes", "no"])
        if rnd.random() < 0.3:
            prompt["show_score"] = rnd.choice(["live", "on_check"])
        prompts.append(prompt)
    data: dict = {"format": "coexist-pack/1", "id": rslug(rnd), "title": text(200, blank=False)}
    for key in ("version", "author", "description"):
        if rnd.random() < 0.5:
            data[key] = text(40, blank=False)
    data.update(factors=factors, evidence=cards, prompts=prompts)
    return data


def random_plan(rnd: random.Random, text: Texts) -> Plan:
    own = [Card(card_id, text(300, blank=False), tuple(rslugs(rnd, 1, 4)), detail=text(), own=True)
           for card_id in rslugs(rnd, 0, 4)] if rnd.random() < 0.5 else []
    placed: set[str] = set()  # a card is in a plan once (the reader keeps only the first place)
    paragraphs = []
    for _ in range(rnd.randint(0, 6)):
        cards = tuple(c for c in (rslugs(rnd, 0, 6) if rnd.random() < 0.8 else []) if c not in placed)
        placed.update(cards)
        paragraphs.append(Paragraph(rslug(rnd) if rnd.random() < 0.8 else "", text(), cards))
    paragraphs = tuple(paragraphs)
    return Plan(pack=rslug(rnd), prompt=rslug(rnd), pack_version=text(40), author=text(200), paragraphs=paragraphs,
                own_cards=tuple(own),
                judgement=Judgement(rslug(rnd) if rnd.random() < 0.7 else "", text(2000)),
                time_used=rnd.choice([0, 1, rnd.randint(0, 10_000_000)]))


@st.composite
def pack_data(draw: Any) -> dict:
    rnd = random.Random(draw(seeds))
    return random_pack(rnd, Texts(rnd, [t.strip() for t in draw(drawn_texts)]))


@st.composite
def plans(draw: Any) -> Plan:
    rnd = random.Random(draw(seeds))
    return random_plan(rnd, Texts(rnd, [t.strip() for t in draw(drawn_texts)]))


def dump(data: Any, unicode: bool = True) -> bytes:
    return yaml.safe_dump(data, allow_unicode=unicode, sort_keys=False).encode("utf-8")


# -- breaking one field ------------------------------------------------------------

def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, prefix + (index,))
    return out


BAD_VALUES = st.one_of(st.none(), st.just(""), st.just("   "), st.text(max_size=30), st.integers(),
                       st.booleans(), st.just([]), st.just({}), st.lists(st.text(max_size=5), max_size=3),
                       st.dictionaries(word, st.text(max_size=5), max_size=3), st.just("x" * 400),
                       st.just("../etc/passwd"), st.just("#zzzzzz"), st.just("-1"), st.just("9" * 50),
                       st.sampled_from(PACK_WORDS))


@st.composite
def broken(draw: Any, valid: Any) -> dict:
    """A valid document with one field deleted, replaced, duplicated or given a misspelt neighbour."""
    data = copy.deepcopy(draw(valid))
    path = draw(st.sampled_from(_paths(data)[1:]))
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    action = draw(st.sampled_from(["delete", "replace", "duplicate", "unknown-key"]))
    if action == "delete":
        del parent[last]
    elif action == "replace":
        parent[last] = draw(BAD_VALUES)
    elif action == "duplicate" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    elif isinstance(parent, dict):
        parent[str(last) + draw(st.sampled_from(["s", "_", "x", ""]))] = copy.deepcopy(parent[last])
    return data


# -- properties -----------------------------------------------------------------

@FUZZ
@given(st.one_of(st.text(), st.binary(), st.text(alphabet=string.printable + "-:[]{}&*!|>'\"%@`#,?")))
def test_arbitrary_text_and_bytes(raw: str | bytes) -> None:
    read_both(raw.encode("utf-8") if isinstance(raw, str) else raw)


@FUZZ
@given(yaml_data, st.booleans())
def test_arbitrary_yaml_shaped_data(data: Any, unicode: bool) -> None:
    read_both(dump(data, unicode))


@FUZZ
@given(broken(pack_data()))
def test_a_pack_broken_in_one_field(data: dict) -> None:
    raw = dump(data)
    try:
        pack, warnings = parse_pack(raw, "broken.yaml")
    except PackError as exc:
        check_problems(exc, raw)
        assert all(p.where for p in exc.errors)  # the place in pack terms
    else:
        assert pack.id and pack.factors and pack.cards and pack.prompts
        assert all(p.severity == "warning" for p in warnings)


@FUZZ
@given(broken(plans().map(plan_to_data)))
def test_a_plan_broken_in_one_field(data: dict) -> None:
    raw = dump(data)
    try:
        plan = parse_plan(raw, "broken.plan.yaml")
    except PlanError as exc:
        check_problems(exc, raw)
    else:
        assert isinstance(plan, Plan)


@FUZZ
@given(pack_data())
def test_a_valid_pack_survives_load_save_load(data: dict) -> None:
    first, warnings = parse_pack(dump(data), "pack.yaml")
    assert all(p.severity == "warning" for p in warnings)
    saved = dump_pack(first)
    second, again = parse_pack(saved.encode("utf-8"), "pack.yaml")
    assert second == first
    assert [p.message for p in again] == [p.message for p in warnings]
    assert dump_pack(second) == saved


@FUZZ
@given(plans())
def test_a_valid_plan_survives_save_load_save(plan: Plan) -> None:
    saved = dump_plan(plan)
    loaded = parse_plan(saved.encode("utf-8"), "plan.plan.yaml")
    assert loaded == plan
    assert dump_plan(loaded) == saved
