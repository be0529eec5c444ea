"""The command line through ``main(argv)`` and once as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coexist_gui import __version__
from coexist_gui.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
SMALL = DATA / "packs" / "small.yaml"
TRICKY = DATA / "plans" / "tricky.plan.yaml"
JSON_KEYS = ["scoring", "prompt", "overall", "band", "band_name", "cap", "criteria", "factors", "sides", "paragraphs",
             "judgement", "own_cards", "misplaced", "unknown_cards", "feedback"]
EXEMPLAR_PLAN = """format: coexist-plan/1
pack: ussr-peaceful-coexistence
prompt: khrushchev-or-malenkov
paragraphs:
  - factor: khrushchev-role
    point: Khrushchev turned the new course into lasting policy, because once Malenkov had been removed he adopted
      it and pushed through the Austrian treaty.
    cards: [khrushchev-adopts, austria-malenkov-resistance]
  - factor: malenkov-role
    point: Malenkov started the turn, because his new course of 1953 came before Khrushchev had power, while
      Khrushchev at first opposed it.
    cards: [malenkov-new-course, malenkov-1953-54, no-such-card]
judgement:
  most_important: malenkov-role
  text: Malenkov was more responsible for the turn itself, because his new course in 1953 came first and
    Khrushchev at first opposed it, although Khrushchev made it last.
"""


def test_validate_builtin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    out, err = capsys.readouterr()
    assert "OK: pack 'ussr-peaceful-coexistence'" in out and out.rstrip().endswith("0 warnings")
    assert err == ""


def test_validate_broken_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(SMALL.read_text().replace("    year: 1950", "    year: 19x3").replace("id: m2", "id: M2"))
    assert main(["validate", str(broken)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{broken}:24:11: error: '19x3' is not a whole number" in err
    assert f"{broken}:35:9: error: 'M2' is not a valid id" in err
    assert "   24 |     year: 19x3" in err  # the source line with a caret
    assert err.rstrip().endswith(f"{broken}: 3 errors, 0 warnings: not a valid pack")


def test_validate_brief_and_several_packs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(SMALL.read_text().replace("format: coexist-pack/1", "format: nope"))
    assert main(["validate", "--brief", str(SMALL), str(broken)]) == 2
    out, err = capsys.readouterr()
    assert f"{SMALL}: OK: pack 'small' version 3: 3 prompts, 4 factors, 9 cards, 0 warnings" in out
    assert err.splitlines()[0] == f"{broken}:4:9: error: format must be 'coexist-pack/1', found 'nope'"
    assert "|" not in err


def test_validate_with_warnings_is_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warned = tmp_path / "warned.yaml"
    warned.write_text(SMALL.read_text().replace("    min_cards: 3", "    min_cards: 4"))
    assert main(["validate", str(warned)]) == 0
    out, err = capsys.readouterr()
    assert out.rstrip().endswith("2 warnings")
    assert "warning: factor 'army' has 3 cards but the prompt asks for 4: breadth 100 is unreachable" in err


def test_validate_nonexistent_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 2
    _out, err = capsys.readouterr()
    assert f"{tmp_path / 'nope.yaml'}:1:1: error: cannot read the file: No such file or directory" in err
    assert "Traceback" not in err


def test_score_human(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(TRICKY), "--pack", str(SMALL)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "Why did the kingdom fall?"
    assert "Overall 14/100: band 1 of 5, Getting started" in out
    assert "  Range      █████···············  25.0  (weight 20)" in out
    assert "  Analysis   " in out and "  Selection  " in out
    assert "Factors (full credit at 2 counted cards):" in out
    assert "Sides:" not in out  # one side per factor: the factor list says it all
    assert ("  - A card in your plan, ‘gone-card’, is not in version 3 of pack ‘small’: it is kept in your plan "
            "but does not count.") in out
    assert "Own cards (written by the student, not from the pack): 1" in out
    assert err == ""


def test_score_two_sided_lists_sides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "p.plan.yaml"
    plan.write_text("format: coexist-plan/1\npack: small\nprompt: how-far\n"
                    "paragraphs:\n  - {factor: army, cards: [a1]}\n")
    assert main(["score", str(plan), "--pack", str(SMALL)]) == 0
    out = capsys.readouterr().out
    assert "Sides:" in out and "  Force" in out and "1 counted" in out


def test_score_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "p.plan.yaml"
    plan.write_text(EXEMPLAR_PLAN)
    assert main(["score", str(plan), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == JSON_KEYS
    assert data["prompt"] == "khrushchev-or-malenkov"
    assert data["scoring"] == "2"
    assert list(data["criteria"]) == ["range", "balance", "selection", "analysis", "judgement"]
    assert {k: v["value"] for k, v in data["criteria"].items()} == {
        "range": 100, "balance": 100, "selection": 100, "analysis": 100, "judgement": 100}
    assert sum(v["weight"] for v in data["criteria"].values()) == pytest.approx(1)
    assert (data["overall"], data["band"], data["cap"]) == (100, 5, "")
    assert data["unknown_cards"] == ["no-such-card"]
    assert [f["counted"] for f in data["factors"]] == [2, 2]
    assert [p["point"] for p in data["paragraphs"]] == ["analyses", "analyses"]
    assert data["paragraphs"][1]["cards"][2] == {"id": "no-such-card", "state": "unknown", "own": False}
    assert [f["kind"] for f in data["feedback"]] == ["card_unknown"]
    assert data["feedback"][0]["text"] == ("A card in your plan, ‘no-such-card’, is not in version 1 of pack "
                                           "‘ussr-peaceful-coexistence’: it is kept in your plan but does not count.")


def test_score_with_the_wrong_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(TRICKY)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{TRICKY}:1:1: error: this plan was made with pack 'small', but ")
    assert "pass the right one with --pack" in err


def test_score_with_a_prompt_the_pack_lacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "p.plan.yaml"
    plan.write_text("format: coexist-plan/1\npack: small\nprompt: gone\n")
    assert main(["score", str(plan), "--pack", str(SMALL)]) == 2
    assert capsys.readouterr().err == f"{plan}:1:1: error: pack 'small' has no prompt 'gone'\n"


def test_score_nonexistent_and_invalid_plans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(tmp_path / "nope.plan.yaml")]) == 2
    err = capsys.readouterr().err
    assert "nope.plan.yaml:1:1: error: cannot read the file: No such file or directory" in err
    assert "Traceback" not in err
    bad = tmp_path / "bad.plan.yaml"
    bad.write_text("format: coexist-plan/1\npack: small\nprompt: why\ntime_used: later\n")
    assert main(["score", str(bad), "--pack", str(SMALL)]) == 2
    assert f"{bad}:4:12: error: 'later' is not a whole number" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"coexist-gui {__version__}"


@pytest.mark.parametrize("sub", ["validate", "score"])
def test_subcommand_help(sub: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([sub, "--help"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: coexist-gui {sub}")


def test_score_needs_a_plan(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["score"])
    assert info.value.code == 2
    assert "PLAN" in capsys.readouterr().err


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coexist_gui", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=60, check=False)


def test_real_process_validate() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stderr
    assert "OK: pack 'ussr-peaceful-coexistence'" in result.stdout and "0 warnings" in result.stdout


def test_real_process_score_json(tmp_path: Path) -> None:
    plan = tmp_path / "p.plan.yaml"
    plan.write_text(EXEMPLAR_PLAN, encoding="utf-8")
    result = run("score", str(plan), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == JSON_KEYS and data["band"] == 5
    missing = run("score", str(tmp_path / "nope.plan.yaml"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_escape_sequences_in_a_pack_never_reach_the_terminal(tmp_path, capsys):
    bad = tmp_path / "evil.yaml"
    bad.write_text('format: coexist-pack/1\nid: evil\ntitle: x\n"\\e[2Jkey": 1\n', encoding="utf-8")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "key" in err
