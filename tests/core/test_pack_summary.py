"""validate --explain: the per-prompt figures on a small pack whose numbers are worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from coexist_gui.cli import main
from coexist_gui.core.pack import load_pack
from coexist_gui.core.pack_summary import explain_pack, format_explain

FLEET = Path(__file__).resolve().parents[1] / "data" / "packs" / "explain.yaml"


def test_figures_per_prompt() -> None:
    pack, warnings = load_pack(FLEET)
    assert len(warnings) == 4  # three factors below min_cards, and a model plan below band 5
    assert warnings[-1].message == "the model plan scores 37, band 2: a model plan should reach band 5"
    war, chance = explain_pack(pack).prompts
    assert [(f.id, f.cards) for f in war.factors] == [("army", 3), ("navy", 2), ("spies", 1)]
    assert [(s.name, s.cards) for s in war.sides] == [("Force", 4), ("Secrets", 1)]  # c3 counts once for Force
    assert (war.usable, war.shared, war.other) == (5, 1, 2)
    assert [f.id for f in war.short] == ["spies"]
    # the model plan has no points and a bare conclusion: range 5/6, balance 4 : 1, selection 100, analysis 0
    assert war.exemplar is not None and (war.exemplar.overall, war.exemplar.band) == (37, 2)
    assert [(f.id, f.cards) for f in chance.factors] == [("luck", 2), ("spies", 1)]
    assert chance.sides == () and chance.exemplar is None
    assert (chance.usable, chance.shared, chance.other) == (3, 0, 4)
    assert [f.id for f in chance.short] == ["luck", "spies"]


def test_text_a_teacher_can_act_on() -> None:
    text = format_explain(explain_pack(load_pack(FLEET).pack))
    lines = text.splitlines()
    assert lines[0] == "Summary of pack 'fleet' version 2: 2 prompt(s), 4 factor(s), 7 card(s)"
    assert "Prompt 'war': How far was force the reason the war was won?" in lines
    assert "    The army (army)      3" in lines and "    Spies (spies)        1" in lines
    assert "    Force        4" in lines and "    Secrets      1" in lines
    assert "    hard to balance: the smallest side has 1 card(s), the largest 4" in lines
    assert ("  Cards that fit this question: 5 of 7 (1 fit two or more of its factors; 2 fit none and test "
            "relevance)") in lines
    assert "  Exemplar: 37/100, band 2 (Developing)" in lines
    assert "    to improve it: ‘Spies’ has 1 of the 2 cards it needs: add 1 more card from the bank." in lines
    assert any(line.startswith("    to improve it: Paragraph 1, ‘The army’, has no point") for line in lines)
    assert "    Spies (spies): 1 card(s), add 1 or lower min_cards" in lines
    assert "  full breadth at 3 card(s) per factor; 15 min suggested; factor tags hidden; score shown on check" in lines
    assert "  Exemplar: none (add one: the validator then checks that a band-5 plan is possible)" in lines
    assert "    Spies (spies): 1 card(s), add 2 or lower min_cards" in lines


def test_validate_explain_prints_the_summary_after_the_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--explain", "--brief", str(FLEET)]) == 0
    out, err = capsys.readouterr()
    assert err.count(": warning: ") == 4
    first, rest = out.split("\n\n", 1)
    assert first.endswith("4 warning(s)")
    assert rest.startswith("Summary of pack 'fleet' version 2")


def test_explain_skips_invalid_packs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(FLEET.read_text().replace("id: fleet", "id: Fleet"), encoding="utf-8")
    assert main(["validate", "--explain", str(broken)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "'Fleet' is not a valid id" in err


def test_control_characters_in_names_do_not_reach_the_terminal(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(FLEET.read_text().replace("name: The army", 'name: "The \\e[2Jarmy\\u202e"'),
                       encoding="utf-8")
    text = format_explain(explain_pack(load_pack(hostile).pack))
    assert "\x1b" not in text and "\u202e" not in text and "The ?[2Jarmy?" in text
