"""The class report: a folder of plans (good, broken, for two packs and three prompts) in every format."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from coexist_gui.cli import main
from coexist_gui.core.class_report import build_report, report_csv, report_html, report_markdown, report_text
from coexist_gui.core.pack import builtin_pack_path, load_pack

FLEET = Path(__file__).resolve().parents[1] / "data" / "packs" / "explain.yaml"
HOSTILE = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"


def plan(author: str, paragraphs: str, prompt: str = "war", judgement: str = "", time_used: int = 0) -> str:
    return (f"format: coexist-plan/1\npack: fleet\npack_version: '2'\nprompt: {prompt}\nauthor: {author}\n"
            f"time_used: {time_used}\nparagraphs:\n{paragraphs}{judgement}")


GOOD = plan("Ann", "- factor: army\n  cards: [c1, c2]\n- factor: navy\n  cards: [c4, c6]\n- factor: spies\n"
            "  cards: [c5]\n", judgement="judgement:\n  most_important: army\n  text: The army mattered most "
            "because soldiers and generals decided every battle of the whole war.\n", time_used=754)
HOSTILE_PLAN = plan(f"'{HOSTILE}'", f"- factor: army\n  point: '{IMG}'\n  cards: [c1, own-1, c6]\n",
                    judgement=f"own_cards:\n- id: own-1\n  text: '=HYPERLINK(\"http://x\") {IMG}'\n"
                              f"  factors: [army]\n")


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ann.plan.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "bob.plan.yaml").write_text(HOSTILE_PLAN, encoding="utf-8")
    (folder / "cal.plan.yaml").write_text(plan("'=1+2'", "- factor: luck\n  cards: [c6, c7, c5]\n",
                                               prompt="chance"), encoding="utf-8")
    (folder / "noname.plan.yaml").write_text(plan("", "- factor: army\n  cards: [c1]\n"), encoding="utf-8")
    (folder / "broken.plan.yaml").write_text("format: coexist-plan/1\npack: fleet\nprompt: [war\n", encoding="utf-8")
    (folder / "other-pack.plan.yaml").write_text(plan("Dee", "").replace("pack: fleet", "pack: unknown"),
                                                 encoding="utf-8")
    (folder / "gone-prompt.plan.yaml").write_text(plan("Eve", "", prompt="retired"), encoding="utf-8")
    (folder / "notes.txt").write_text("not a plan", encoding="utf-8")
    builtin = load_pack(builtin_pack_path()).pack
    (folder / "zed.plan.yaml").write_text(f"format: coexist-plan/1\npack: {builtin.id}\nprompt: "
                                          f"{builtin.prompts[0].id}\nauthor: Zed\n", encoding="utf-8")
    return folder


@pytest.fixture
def packs() -> dict:
    fleet = load_pack(FLEET).pack
    builtin = load_pack(builtin_pack_path()).pack
    return {fleet.id: fleet, builtin.id: builtin}


def test_groups_rows_summary_and_skipped(plans: Path, packs: dict) -> None:
    report = build_report([plans], packs)
    builtin = packs[packs_builtin_id(packs)]
    assert [(g.pack.id, g.prompt.id, [r.label for r in g.rows]) for g in report.groups] == [
        ("fleet", "war", ["Ann", HOSTILE, "noname.plan.yaml"]), ("fleet", "chance", ["=1+2"]),
        (builtin.id, builtin.prompts[0].id, ["Zed"])]
    war = report.groups[0]
    ann = war.rows[0].score
    # range (2/2 + 1/2 + 1/2)/3; sides Force 3, Secrets 1; selection 4 of 5 (c6 misplaced); no points, so band 3
    # is out of reach; the judgement chooses army (supported), gives a reason from the cards, weighs nothing
    assert (round(ann.breadth), round(ann.balance), ann.selection, ann.analysis, ann.judgement) == (67, 81, 80, 0, 65)
    assert (ann.overall, ann.band, ann.cap) == (39, 2, "no_points")
    assert war.coverage() == [("army", "The army", 3), ("navy", "The navy", 1), ("spies", "Spies", 1)]
    assert war.misplaced() == [("c6", "A storm blew.", 2)]  # in Ann's navy and Bob's army paragraph
    assert war.bands() == {1: 2, 2: 1, 3: 0, 4: 0, 5: 0}
    assert report.scored == 5
    skipped = {item.path.name: str(item) for item in report.skipped}
    assert sorted(skipped) == ["broken.plan.yaml", "gone-prompt.plan.yaml", "other-pack.plan.yaml"]
    assert re.search(r"broken\.plan\.yaml:3:13: error: YAML syntax", skipped["broken.plan.yaml"])
    assert skipped["other-pack.plan.yaml"].endswith("error: pack 'unknown' is not installed or given with --pack")
    assert skipped["gone-prompt.plan.yaml"].endswith("error: pack 'fleet' (version 2) has no prompt 'retired'")


def packs_builtin_id(packs: dict) -> str:
    return next(pack_id for pack_id in packs if pack_id != "fleet")


def test_text_table(plans: Path, packs: dict) -> None:
    text = report_text(build_report([plans / "ann.plan.yaml", plans / "cal.plan.yaml"], packs))
    lines = text.splitlines()
    assert lines[0] == "How far was force the reason the war was won? (prompt 'war', pack 'fleet' version 2)"
    assert lines[2].split()[:6] == ["student", "or", "file", "prompt", "overall", "band"]
    assert lines[2].split()[6:] == ["range", "balance", "selection", "analysis", "judgement", "own", "cards", "time",
                                    "used", "factors", "covered"]
    assert lines[3].split() == ["Ann", "war", "39", "2", "Developing", "67", "81", "80", "0", "65", "0", "12", "min",
                                "34", "s", "3/3"]
    assert "  Bands: 1 Getting started: 0, 2 Developing: 1, 3 Taking shape: 0, 4 Strong: 0, " \
           "5 Excellent: 0" in lines
    assert "  Factor coverage (plans with at least one counted card):" in lines and "    The navy: 1 of 1" in lines
    assert "Was it luck or spies? (prompt 'chance', pack 'fleet' version 2)" in lines
    assert '    1 plan: "A code was broken." (c5)' in lines


def test_csv_neutralises_formulas(plans: Path, packs: dict) -> None:
    rows = list(csv.DictReader(io.StringIO(report_csv(build_report([plans], packs)))))
    assert [r["student"] for r in rows] == ["Ann", HOSTILE, "", "'=1+2", "Zed"]
    assert rows[0]["overall"] == "39" and rows[0]["time_used_seconds"] == "754" and rows[0]["covered"] == \
        "The army; The navy; Spies"
    assert (rows[0]["scoring"], rows[0]["analysis"], rows[0]["own_cards_used"]) == ("2", "0", "0")
    assert rows[1]["misplaced_cards"] == "c6"
    # Bob's own card is counted, and listed for the teacher with its text (neutralised like every cell)
    assert rows[1]["own_cards_used"] == "1" and rows[1]["own_cards"].startswith("'=HYPERLINK")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value


def test_markdown_escapes(plans: Path, packs: dict) -> None:
    md = report_markdown(build_report([plans], packs))
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in md
    assert "| Ann | war | 39 | 2 Developing | 67 | 81 | 80 | 0 | 65 | 0 | 12\u00a0min\u00a034\u00a0s | 3/3 |" in md
    assert "## Skipped files" in md


def test_html_is_self_contained_and_escaped(plans: Path, packs: dict) -> None:
    page = report_html(build_report([plans], packs))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"<[^>]*\bsrc\s*=", page)  # nothing to load (escaped text may say "src=")
    links = re.findall(r'href\s*=\s*"([^"]*)"', page)
    assert links and all(re.fullmatch(r"#(plan|prompt)-\d+(-\d+)?", link) for link in links)  # within the page
    assert "default-src 'none'" in page
    assert page.count("<svg") == 6 and "Plans per band" in page and "Plans covering each factor" in page
    assert "<style>" in page and "<link" not in page


def test_cli_report_formats_and_exit_codes(plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COEXIST_HOME", str(tmp_path / "home"))
    # some files skipped: the others are reported, and the exit status says something was left out
    assert main(["report", str(plans), "--pack", str(FLEET)]) == 2
    out, err = capsys.readouterr()
    assert out.startswith("How far was force the reason the war was won?")
    assert "Skipped 3 files: the reasons are in the error messages." in out and err.count("(skipped)") == 3
    skipped = [Path(line.split(":")[0]).name for line in err.splitlines() if line.endswith("(skipped)")]
    assert sorted(skipped) == ["broken.plan.yaml", "gone-prompt.plan.yaml", "other-pack.plan.yaml"]
    assert not [name for name in skipped if name in out or err.count(name) != 1]  # each named once, on stderr
    assert err.splitlines()[-1] == ("coexist-gui report: 3 of 8 files could not be read or scored and are not "
                                    "in the report (see above)")
    for option, name in (("--csv", "r.csv"), ("--md", "r.md"), ("--html", "r.html")):
        assert main(["report", str(plans), "--pack", str(FLEET), option, str(tmp_path / name)]) == 2
        assert capsys.readouterr().out == f"wrote the report on 5 plans to {tmp_path / name} (3 skipped)\n"
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("file,student,pack")
    # every plan scored: exit 0
    assert main(["report", str(plans / "ann.plan.yaml"), str(plans / "zed.plan.yaml"), "--pack", str(FLEET)]) == 0
    assert "could not be read" not in capsys.readouterr().err
    # without the fleet pack only the built-in pack's plan scores; with nothing scorable: exit 2 as well
    assert main(["report", str(plans)]) == 2
    capsys.readouterr()
    assert main(["report", str(plans / "broken.plan.yaml"), str(tmp_path / "nowhere")]) == 2
    out, err = capsys.readouterr()
    assert "Skipped 2 files:" in out and "broken.plan.yaml:3:13: error: YAML syntax" in err
    assert f"{tmp_path / 'nowhere'}:1:1: error: cannot read the file" in err


def test_cli_report_finds_installed_packs(plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COEXIST_HOME", str(tmp_path / "home"))
    assert main(["install", "--yes", str(FLEET)]) == 0
    capsys.readouterr()
    assert main(["report", str(plans / "ann.plan.yaml"), "--md", str(tmp_path / "one.md")]) == 0
    assert "| Ann | war | 39 |" in (tmp_path / "one.md").read_text(encoding="utf-8")
