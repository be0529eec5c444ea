"""With German chosen, the command line, its help, the validator, the score, the documents and the class
report are German from end to end, and the German example pack is a pack a teacher can use as it is."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from english_words import english_words

from coexist_gui import cli
from coexist_gui.core import i18n
from coexist_gui.core.class_report import build_report, report_html, report_markdown, report_text
from coexist_gui.core.pack import load_pack
from coexist_gui.core.plan import load_plan
from coexist_gui.core.plan_document import plan_html, plan_markdown
from coexist_gui.core.scoring import score

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "berliner-luftbruecke.yaml"
EXAMPLE_PLAN = ROOT / "docs" / "examples" / "berliner-luftbruecke.plan.yaml"
BROKEN = ROOT / "tests" / "data" / "broken"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:  # --help and argparse's errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [None, *cli.SUBCOMMANDS])
def test_help_is_german(capsys: pytest.CaptureFixture[str], command: str | None) -> None:
    code, out, _err = run(capsys, "--lang", "de", *([command] if command else []), "--help")
    assert code == 0 and out.startswith("Aufruf: coexist-gui") and "\nOptionen:\n" in out
    assert "diese Hilfe anzeigen und beenden" in out
    assert english_words(out) == []


def test_the_example_pack_validates_in_german_with_no_warning(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", "--lang", "de", "--explain", str(EXAMPLE))
    assert code == 0 and err == ""
    assert out.splitlines()[0] == (f"{EXAMPLE}: OK: Paket 'berliner-luftbruecke' Version 1: 2 Fragen, "
                                   "7 Faktoren, 24 Karten, 0 Warnungen")
    assert out.count("Musterplan: ") == 2 and "Stufe 4" not in out
    assert english_words(out) == []


def test_the_example_model_plans_score_band_5_with_the_german_word_lists() -> None:
    pack, warnings = load_pack(EXAMPLE)
    assert warnings == [] and pack.language == "de"
    for prompt in pack.prompts:
        assert prompt.exemplar is not None
        plan = prompt.exemplar.__class__(**{**prompt.exemplar.__dict__, "pack": pack.id, "prompt": prompt.id})
        result = score(plan, pack, prompt)
        assert result.band == 5 and not result.cap, (prompt.id, result.overall)
        assert all(p.point == "analyses" for p in result.paragraphs)


def test_score_speaks_german(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COEXIST_LANG", "de")
    code, out, err = run(capsys, "score", str(EXAMPLE_PLAN), "--pack", str(EXAMPLE))
    assert code == 0 and err == ""
    assert "Gesamt 51/100: Stufe 3 von 5, Nimmt Gestalt an" in out and "Nächste Schritte:" in out
    assert "Ausgewogenheit" in out and "76,1" in out  # the German decimal comma
    assert english_words(out) == []


def test_the_validators_messages_are_all_translated(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Line by line, the German output of every broken pack differs from the English, except the lines
    quoted from the file (and the carets under them)."""
    monkeypatch.chdir(BROKEN)
    for name in sorted(p.name for p in BROKEN.glob("*.yaml")):
        _code, _out, english = run(capsys, "validate", "--lang", "en", name)
        _code, _out, german = run(capsys, "validate", "--lang", "de", name)
        pairs = list(zip(english.splitlines(), german.splitlines(), strict=True))
        said = [(e, g) for e, g in pairs if not e.lstrip()[:1].isdigit() and not e.strip().startswith("|")]
        assert said and all(e != g for e, g in said), (name, [e for e, g in said if e == g])
        assert "Fehler" in german or "Warnung" in german
        for line in german.splitlines():  # the message of each problem, after "PATH:LINE:COL: Fehler: "
            _place, severity, message = line.partition(": Fehler: ") if ": Fehler: " in line else \
                line.partition(": Warnung: ")
            keys = re.sub(r"\([a-z_, ]+…?\)", "", message)  # "(id, text, factors…)": the file's own key names
            assert not severity or english_words(keys) == [], (name, line)


def test_the_english_word_check_finds_english(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = run(capsys, "score", "--lang", "en", str(EXAMPLE_PLAN), "--pack", str(EXAMPLE))
    assert {"counted", "placed", "weight"} <= set(english_words(out))
    _code, out, _err = run(capsys, "--lang", "en", "validate", "--help")
    assert len(english_words(out)) > 10


def test_argparse_errors_are_german(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--lang", "de", "score")
    assert code == 2 and "Aufruf: coexist-gui score" in err
    assert "coexist-gui score: Fehler: folgende Argumente fehlen: PLAN" in err
    code, _out, err = run(capsys, "report", "--lang", "de", "x.plan.yaml", "--csv", "a", "--md", "b")
    assert code == 2 and "nicht zusammen mit Argument --csv erlaubt" in err


@pytest.mark.parametrize("argv", [["--lang", "de", "validate"], ["validate", "--lang", "de"],
                                  ["validate", "--lang=de"], ["--lang=de_DE.UTF-8", "validate"]])
def test_lang_before_or_after_the_subcommand(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, _err = run(capsys, *argv, str(EXAMPLE))
    assert code == 0 and "0 Warnungen" in out


def test_an_unknown_language_says_so_and_speaks_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--lang", "xx", "validate", str(EXAMPLE))
    assert code == 0 and "0 warnings" in out
    assert err == "coexist-gui: no translation for 'xx'; using English\n"


def test_the_system_language_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real process, as a teacher's terminal starts it: LANG says German, COEXIST_LANG overrides it."""
    env = {key: value for key, value in __import__("os").environ.items()
           if key not in ("COEXIST_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    german = subprocess.run([sys.executable, "-m", "coexist_gui", "validate", str(EXAMPLE)], capture_output=True,
                            text=True, encoding="utf-8", env=dict(env, LANG="de_DE.UTF-8"), timeout=60)
    assert german.returncode == 0 and "0 Warnungen" in german.stdout
    english = subprocess.run([sys.executable, "-m", "coexist_gui", "validate", str(EXAMPLE)], capture_output=True,
                             text=True, encoding="utf-8", env=dict(env, LANG="de_DE.UTF-8", COEXIST_LANG="en"),
                             timeout=60)
    assert "0 warnings" in english.stdout


def test_plan_documents_are_german(german: None) -> None:
    pack, _warnings = load_pack(EXAMPLE)
    plan = load_plan(EXAMPLE_PLAN)
    result = score(plan, pack)
    markdown = plan_markdown(plan, pack, result)
    assert "**Kernaussage:**" in markdown and "## Nächste Schritte" in markdown and "Benötigte Zeit:" in markdown
    for text in (markdown, plan_html(plan, pack, result), plan_markdown(plan, pack, None)):
        assert english_words(text.replace("&nbsp;", " ")) == []


def test_the_class_report_is_german(german: None) -> None:
    pack, _warnings = load_pack(EXAMPLE)
    report = build_report([EXAMPLE_PLAN], {pack.id: pack})
    text, markdown, page = report_text(report), report_markdown(report), report_html(report)
    assert "Schüler/in oder Datei" in text and "# Klassenbericht" in markdown and '<html lang="de">' in page
    assert f"Erstellt am {i18n.date_text(__import__('time').time())}." in markdown
    for part in (text, markdown, page):
        assert english_words(part) == []


def test_a_right_to_left_pack_is_laid_out_right_to_left() -> None:
    from dataclasses import replace

    pack, _warnings = load_pack(EXAMPLE)
    plan = load_plan(EXAMPLE_PLAN)
    assert 'dir="rtl"' not in plan_html(plan, pack, None)
    arabic = replace(pack, language="ar")
    page = plan_html(plan, arabic, None)
    assert page.count('dir="rtl"') == page.count("</h1>") + page.count("</h2>") + page.count("</p>") + \
        page.count("</ul>")
