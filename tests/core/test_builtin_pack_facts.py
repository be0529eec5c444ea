"""Facts and structure of the built-in pack ``data/evidence.yaml``.

These tests read the YAML directly (no app code) so they guard the content
itself: every key fact of the revision notes is on some card, quotations are
word for word, and every prompt has a complete, well-tagged exemplar.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

PACK_PATH = Path(__file__).resolve().parents[2] / "data" / "evidence.yaml"

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")

TOP_KEYS = {
    "format", "id", "title", "version", "author", "description",
    "factors", "evidence", "prompts",
}
FACTOR_KEYS = {"id", "name", "description", "hint", "colour"}
CARD_KEYS = {"id", "text", "factors", "detail", "year"}
PROMPT_KEYS = {
    "id", "question", "factors", "sides", "min_cards", "minutes", "exemplar",
}

MOTIVES = ["leadership", "ideology", "economy", "decolonisation", "spheres", "nuclear"]
MEASURES = ["korea", "army-cuts", "austria", "finland", "diplomacy"]

# Quotations exactly as the revision notes give them (including their wording).
QUOTATIONS = [
    "Peaceful Coexistence between difference systems of government is possible, "
    "but peaceful coexistence between different ideologies is not",
    "There are only two ways - either peaceful coexistence or the most destructive "
    "war in history. There is no third way",
    "there is no dispute or outstanding issue, which cannot be settled peacefully",
    "the disintegration of the imperialist colonial system",
    "new course",
]

# Figures, dates, people, places and events from the notes.
FACTS = [
    "1.95%", "1.34%", "1929", "5.8 million", "3.7 million", "33%", "$300",
    "38th parallel", "July 1953", "June 1953", "50-year lease", "Porkkala",
    "Kazakhstan", "hydroelectric", "1902", "1988", "Politburo", "1957",
    "Beria", "Malenkov", "Khrushchev", "Stalin", "Tito", "Yugoslavia",
    "Israel", "Turkey", "Iran", "Greece", "West Germany", "East Germany",
    "Geneva", "Marshall Aid", "NATO", "big four", "1945", "1947", "1952",
    "1954", "1955", "1956", "neutral", "consumer industries",
    "living standards", "economic slump", "bide its time", "tacitly",
    "national liberation movements", "Korea", "Austria", "Finland",
    "collective leadership", "outmanoeuvred",
]


def _load() -> dict[str, Any]:
    # Deliberately independent of coexist_gui.core.yamlsafe: this checks the file's content, not the reader.
    with PACK_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)  # noqa: TID251
    assert isinstance(data, dict)
    return data


PACK = _load()
CARDS: list[dict[str, Any]] = PACK["evidence"]
FACTOR_IDS = [f["id"] for f in PACK["factors"]]
CARD_BY_ID = {c["id"]: c for c in CARDS}


def _card_corpus() -> str:
    return "\n".join(f"{c['text']}\n{c.get('detail', '')}" for c in CARDS)


def _cards_with(factor: str) -> list[str]:
    return [c["id"] for c in CARDS if factor in c["factors"]]


def test_top_level_shape() -> None:
    assert set(PACK) == TOP_KEYS
    assert PACK["format"] == "coexist-pack/1"
    assert PACK["id"] == "ussr-peaceful-coexistence"
    assert SLUG.match(PACK["id"]) and len(PACK["id"]) <= 64
    assert isinstance(PACK["version"], str)
    assert len(PACK["factors"]) >= 2
    assert 40 <= len(CARDS) <= 60
    assert len(PACK["prompts"]) >= 4


def test_no_unknown_keys_and_no_colours() -> None:
    for factor in PACK["factors"]:
        assert set(factor) <= FACTOR_KEYS, factor["id"]
        assert "colour" not in factor, "the app assigns colours"
    for card in CARDS:
        assert set(card) <= CARD_KEYS, card["id"]
    for prompt in PACK["prompts"]:
        assert set(prompt) <= PROMPT_KEYS, prompt["id"]


@pytest.mark.parametrize("fact", FACTS)
def test_fact_from_notes_is_on_a_card(fact: str) -> None:
    assert fact in _card_corpus()


@pytest.mark.parametrize("quotation", QUOTATIONS)
def test_quotation_is_word_for_word_in_a_card_text(quotation: str) -> None:
    assert any(quotation in card["text"] for card in CARDS)


@pytest.mark.parametrize(
    "section", ["factors", "evidence", "prompts"]
)
def test_ids_are_unique_slugs(section: str) -> None:
    ids = [item["id"] for item in PACK[section]]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    for item_id in ids:
        assert SLUG.match(item_id) and len(item_id) <= 64, item_id


def test_required_factor_ids_are_declared() -> None:
    for factor in MOTIVES + MEASURES + ["malenkov-role", "khrushchev-role"]:
        assert factor in FACTOR_IDS


def test_card_texts_are_plain_and_short() -> None:
    for card in CARDS:
        text = card["text"]
        assert isinstance(text, str) and text.strip(), card["id"]
        assert len(text) <= 300, card["id"]
        assert "\n" not in text, card["id"]
        if "detail" in card:
            assert isinstance(card["detail"], str) and card["detail"].strip()


def test_card_years_are_from_the_period() -> None:
    for card in CARDS:
        if "year" in card:
            assert isinstance(card["year"], int), card["id"]
            assert 1945 <= card["year"] <= 1957, card["id"]


def test_every_card_factor_is_declared() -> None:
    declared = set(FACTOR_IDS)
    for card in CARDS:
        assert card["factors"], card["id"]
        assert len(set(card["factors"])) == len(card["factors"]), card["id"]
        assert set(card["factors"]) <= declared, card["id"]


def test_every_factor_is_used_and_every_card_is_promptable() -> None:
    prompt_factors = {f for p in PACK["prompts"] for f in p["factors"]}
    assert set(FACTOR_IDS) == prompt_factors
    for factor in FACTOR_IDS:
        assert _cards_with(factor), factor
    for card in CARDS:
        assert set(card["factors"]) & prompt_factors, card["id"]


@pytest.mark.parametrize("prompt", PACK["prompts"], ids=lambda p: p["id"])
def test_prompt_factors_have_enough_cards(prompt: dict[str, Any]) -> None:
    min_cards = prompt.get("min_cards", 2)
    assert len(prompt["factors"]) >= 2
    assert set(prompt["factors"]) <= set(FACTOR_IDS)
    for factor in prompt["factors"]:
        assert len(_cards_with(factor)) >= min_cards, factor
    assert 10 <= prompt["minutes"] <= 15


@pytest.mark.parametrize("prompt", PACK["prompts"], ids=lambda p: p["id"])
def test_sides_partition_the_prompt_factors(prompt: dict[str, Any]) -> None:
    if "sides" not in prompt:
        return
    sides = prompt["sides"]
    assert len(sides) >= 2
    seen: list[str] = []
    for side in sides:
        assert side["name"].strip() and side["factors"]
        seen.extend(side["factors"])
    assert len(seen) == len(set(seen)), "sides overlap"
    assert set(seen) == set(prompt["factors"])


def test_expected_prompts() -> None:
    prompts = {p["id"]: p for p in PACK["prompts"]}
    assert prompts["why-pc"]["factors"] == MOTIVES
    assert prompts["why-pc"]["question"] == "Why did the USSR pursue Peaceful Coexistence?"
    assert prompts["key-measures"]["factors"] == MEASURES
    assert set(prompts["khrushchev-or-malenkov"]["factors"]) == {
        "khrushchev-role", "malenkov-role",
    }
    two_sided = prompts["genuine-or-self-interest"]
    assert two_sided["question"].startswith("How far")
    assert len(two_sided["sides"]) == 2


@pytest.mark.parametrize("prompt", PACK["prompts"], ids=lambda p: p["id"])
def test_exemplar_is_complete_and_well_tagged(prompt: dict[str, Any]) -> None:
    min_cards = prompt.get("min_cards", 2)
    exemplar = prompt["exemplar"]
    paragraphs = exemplar["paragraphs"]
    assert [p["factor"] for p in paragraphs] == prompt["factors"]
    placed: list[str] = []
    counts = set()
    for paragraph in paragraphs:
        assert paragraph["point"].strip()
        cards = paragraph["cards"]
        assert len(cards) >= min_cards, paragraph["factor"]
        counts.add(len(cards))
        for card_id in cards:
            assert card_id in CARD_BY_ID, card_id
            assert paragraph["factor"] in CARD_BY_ID[card_id]["factors"], (
                f"{card_id} is not tagged {paragraph['factor']}"
            )
        placed.extend(cards)
    assert len(placed) == len(set(placed)), "a card is used twice"
    assert len(counts) == 1, "cards are not spread evenly"
    judgement = exemplar["judgement"]
    assert judgement["most_important"] in prompt["factors"]
    assert len(judgement["text"].split()) >= 15
