"""The plan report (Markdown and HTML): complete, and no pack or plan text can become markup."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace

import pytest

from coexist_gui.core.feedback import render
from coexist_gui.core.model import Pack, Plan
from coexist_gui.core.pack import load_builtin_pack
from coexist_gui.core.plan import add_own_card, edit_paragraph, new_plan, place_cards
from coexist_gui.core.plan_document import duration, markdown_escape, plan_html, plan_markdown
from coexist_gui.core.scoring import score

HOSTILE = ('<img src="/etc/passwd"> ![x](file:///etc/passwd) [a](http://evil) <script>alert(1)</script> '
           '*em* _u_ `code` & www.evil.example')


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_builtin_pack().pack


@pytest.fixture
def exemplar(pack: Pack) -> Plan:
    prompt = pack.prompts[1]
    return replace(prompt.exemplar, pack=pack.id, author="Sam", time_used=754)


@pytest.fixture
def hostile_plan(pack: Pack, exemplar: Plan) -> Plan:
    plan, card = add_own_card(exemplar, HOSTILE, [exemplar.paragraphs[0].factor], pack)
    plan = place_cards(plan, [card.id, "ghost-card"], 0)
    return edit_paragraph(plan, 1, point="# Heading?\n1. list\n    code block\n> quote " + HOSTILE)


def test_report_module_does_not_import_qt() -> None:
    code = ("import sys, coexist_gui.core.plan_document; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_markdown_has_question_paragraphs_cards_judgement_and_score(pack: Pack, exemplar: Plan) -> None:
    result = score(exemplar, pack)
    text = plan_markdown(exemplar, pack, result)
    prompt = pack.prompt(exemplar.prompt)
    assert text.startswith("# " + markdown_escape(prompt.question))
    assert markdown_escape(pack.title) in text
    assert "Sam" in text and "12\u00a0min\u00a034\u00a0s" in text  # never broken between number and unit
    for number, paragraph in enumerate(exemplar.paragraphs, start=1):
        assert f"## Paragraph {number}: {markdown_escape(pack.factor(paragraph.factor).name)}" in text
        for card_id in paragraph.cards:
            card = pack.card(card_id)
            assert markdown_escape(card.text) in text
            if card.year is not None:
                assert f"- {card.year} – {markdown_escape(card.text)}" in text
    assert markdown_escape(pack.factor(exemplar.judgement.most_important).name) in text
    assert markdown_escape(exemplar.judgement.text) in text
    assert f"**{result.overall}/100**" in text and result.band_name in text
    for label, weight in (("Range", 20), ("Balance", 10), ("Selection", 10), ("Analysis", 30), ("Judgement", 30)):
        assert re.search(rf"^- \*\*{label}:\*\* \d+ \(weight {weight}\)$", text, re.MULTILINE)


def test_markdown_marks_own_and_missing_cards_and_lists_feedback(pack: Pack, hostile_plan: Plan) -> None:
    result = score(hostile_plan, pack)
    text = plan_markdown(hostile_plan, pack, result)
    assert "*(own card, written by the student)*" in text  # our own words are not escaped ...
    assert "**Own cards:** 1 written by the student" in text
    assert "*missing card 'ghost-card'*" in text
    assert result.feedback
    for item in result.feedback:
        assert markdown_escape(render(item)) in text


def test_markdown_neutralises_html_images_and_links(pack: Pack, hostile_plan: Plan) -> None:
    text = plan_markdown(hostile_plan, pack, score(hostile_plan, pack))
    assert "<img" not in text and "<script" not in text and "<" not in text.replace("&lt;", "")
    assert "&lt;img src=\"/etc/passwd\"&gt;" in text
    assert not re.search(r"(?<!\\)\]\(", text), "an unescaped ]( could form a link"
    assert not re.search(r"(?<!\\)!(?!\\\[)", text.replace("\\!", "")), "an unescaped ! could start an image"
    assert "\\!\\[x\\]\\(file\\:///etc/passwd\\)" in text
    assert "\\[a\\]\\(http\\://evil\\)" in text
    assert "\\*em\\*" in text and "\\_u\\_" in text and "\\`code\\`" in text
    assert "&amp;" in text and "www\\.evil" in text


def test_markdown_block_syntax_at_line_starts_is_escaped(pack: Pack, hostile_plan: Plan) -> None:
    text = plan_markdown(hostile_plan, pack, score(hostile_plan, pack))
    assert "**Point:** \\# Heading?\n1\\. list\ncode block\n&gt; quote" in text
    assert "\n    " not in text, "four leading spaces would make a code block"


@pytest.mark.parametrize("raw, expected", [
    ("# h", "\\# h"), ("- item", "\\- item"), ("+ item", "\\+ item"), ("1955. x", "1955\\. x"),
    ("2) x", "2\\) x"), ("===", "\\==="), ("a | b", "a \\| b"), ("~~s~~", "\\~\\~s\\~\\~"),
    ("<b>&amp;", "&lt;b&gt;&amp;amp;"), ("back\\slash", "back\\\\slash"), ("a\x00b", "ab"),
    # GitHub-flavoured autolinks (before: name@example.org and mailto: became links)
    ("name@example.org", "name@<!---->example.org"),
    ("mailto:name@example.org", "mailto\\:name@<!---->example.org"),
    ("xmpp:a@b.org/x", "xmpp\\:a@<!---->b.org/x"), ("see https://x.org", "see https\\://x.org"),
    ("ftp://x.org", "ftp\\://x.org"), ("WWW.X.ORG", "WWW\\.X.ORG"), ("@teacher", "@<!---->teacher"),
    ("javascript:alert(1)", "javascript\\:alert\\(1\\)"), ("Khrushchev: no", "Khrushchev: no"),
    ("12:30", "12:30"),
])
def test_markdown_escape(raw: str, expected: str) -> None:
    assert markdown_escape(raw) == expected


def test_html_escapes_every_text_and_loads_nothing(pack: Pack, hostile_plan: Plan) -> None:
    fragment = plan_html(hostile_plan, pack, score(hostile_plan, pack))
    assert "<img" not in fragment and "<script" not in fragment
    assert "&lt;img src=&quot;/etc/passwd&quot;&gt;" in fragment
    assert "&lt;script&gt;" in fragment
    tags = set(re.findall(r"</?([a-zA-Z0-9]+)", fragment))
    assert tags <= {"h1", "h2", "p", "ul", "li", "b", "span", "br"}
    assert "url(" not in fragment and "src=" not in fragment.replace("src=&quot;", "")
    assert "href" not in fragment


def test_html_has_the_same_content_as_markdown(pack: Pack, exemplar: Plan) -> None:
    fragment = plan_html(exemplar, pack, score(exemplar, pack))
    for paragraph in exemplar.paragraphs:
        for card_id in paragraph.cards:
            assert pack.card(card_id).text.replace("'", "&#x27;") in fragment
    assert "Most important factor" in fragment and "What to do next" not in fragment  # the exemplar needs nothing


def test_empty_plan_report(pack: Pack) -> None:
    prompt = pack.prompts[0]
    plan = new_plan(pack, prompt)
    result = score(plan, pack)
    text = plan_markdown(plan, pack, result)
    assert text.count("No evidence in this paragraph yet") == len(prompt.factors)
    assert "not chosen yet" in text and "**0/100**" in text
    assert "Time used" not in text and "Author" not in text


def test_our_own_sentences_are_not_escaped_but_pack_text_in_feedback_is(pack: Pack, hostile_plan: Plan) -> None:
    result = score(hostile_plan, pack)
    text = plan_markdown(hostile_plan, pack, result)
    assert "\\(" not in text.replace(markdown_escape(HOSTILE), "")  # ... the only brackets escaped are the pack's
    assert "(s)" not in text
    assert "Scores are plan indicators to help you improve the plan, not exam marks." in text
    assert "- **Range:** " in text and f"Band {result.band} of 5: {result.band_name}." in text
    for item in result.feedback:  # feedback quotes cards and factor names: still escaped as a whole
        assert markdown_escape(render(item)) in text


@pytest.mark.parametrize(("seconds", "text"), [(0, "0 s"), (59, "59 s"), (60, "1 min"), (233, "3 min 53 s"),
                                                (3600 + 5 * 60 + 9, "1 h 05 min")])
def test_durations_never_break_between_a_number_and_its_unit(seconds: int, text: str) -> None:
    assert duration(seconds) == text.replace(" ", "\u00a0")
    assert markdown_escape(duration(seconds)) == duration(seconds)


def test_a_report_without_a_score_says_it_is_hidden():
    from coexist_gui.core.pack import load_builtin_pack
    from coexist_gui.core.plan import new_plan
    from coexist_gui.core.plan_document import plan_html, plan_markdown

    pack, _ = load_builtin_pack()
    plan = new_plan(pack, pack.prompts[0])
    for text in (plan_markdown(plan, pack, None), plan_html(plan, pack, None)):
        assert "/100" not in text and "What to do next" not in text
        assert "hidden until the plan is checked" in text


def test_the_report_marks_misplaced_cards_and_lists_sides_for_two_sided_questions():
    from coexist_gui.core.pack import load_builtin_pack
    from coexist_gui.core.plan import new_plan, place_cards
    from coexist_gui.core.plan_document import plan_markdown
    from coexist_gui.core.scoring import score

    pack, _ = load_builtin_pack()
    prompt = next(p for p in pack.prompts if p.two_sided)
    plan = new_plan(pack, prompt)
    first = prompt.factors[0]
    wrong = next(c for c in pack.cards if first not in c.factors and set(c.factors) & set(prompt.factors))
    right = next(c for c in pack.cards if first in c.factors)
    plan = place_cards(place_cards(plan, [right.id], 0), [wrong.id], 0)
    text = plan_markdown(plan, pack, score(plan, pack))
    lines = text.splitlines()
    flagged = [line for line in lines if "does not count here" in line]
    assert len(flagged) == 1  # the misplaced card only, not the one that counts
    assert score(plan, pack).misplaced == (wrong.id,)
    for side in prompt.sides:
        assert any(line.startswith("- **Side:**") and side.name[:15] in line for line in lines)


def test_exports_show_control_and_bidi_characters_as_the_window_does() -> None:
    """Before: a right-to-left override in a card reversed the rest of the line in the PDF and the printout,
    and an escape sequence reached the Markdown file as it was."""
    from data.hostile.generators import control_pack, control_plan

    from coexist_gui.core.pack import parse_pack
    from coexist_gui.core.plan import parse_plan

    pack, _warnings = parse_pack(control_pack(), "ctl.yaml")
    plan = parse_plan(control_plan(), "ctl.plan.yaml")
    result = score(plan, pack)
    bad = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
    for text in (plan_html(plan, pack, result), plan_markdown(plan, pack, result)):
        assert "Card one Hostile" in text and not bad.search(text)
