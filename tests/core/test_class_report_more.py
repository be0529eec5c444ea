"""The class report's additions for the window: progress and stopping, what holds each plan back, and the
HTML report listing every student's whole plan, linked from its table."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from class_plans import write_class

from coexist_gui.core.class_report import Cancelled, build_report, problem_labels, report_html
from coexist_gui.core.pack import load_builtin_pack

PACK = load_builtin_pack().pack


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_class(tmp_path / "class", PACK, count=12, seed=7)
    return tmp_path / "class"


def test_progress_is_reported_and_the_work_can_stop(folder: Path) -> None:
    seen: list[tuple[int, int]] = []
    report = build_report([folder], {PACK.id: PACK}, progress=lambda done, total: seen.append((done, total)))
    assert report.scored == 12 and seen == [(n, 12) for n in range(13)]
    asked = []

    def stop_after_three() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        build_report([folder], {PACK.id: PACK}, cancelled=stop_after_three)
    assert len(asked) == 4


def test_problem_labels_say_what_holds_a_plan_back(folder: Path) -> None:
    report = build_report([folder], {PACK.id: PACK})
    labels = {row.label: problem_labels(row, group) for group in report.groups for row in group.rows}
    for group in report.groups:
        for row in group.rows:
            found = labels[row.label]
            missing = len(group.prompt.factors) - len(row.covered)
            assert any("without evidence" in label for label in found) == bool(missing)
            assert any("misplaced" in label for label in found) == bool(row.score.misplaced)
            assert any("held in band" in label for label in found) == bool(row.score.cap)


def test_html_report_lists_each_students_whole_plan_linked_from_the_table(folder: Path) -> None:
    report = build_report([folder], {PACK.id: PACK})
    page = report_html(report)
    assert "<script" not in page.lower() and "default-src 'none'" in page
    anchors = re.findall(r'<section class="plan" id="(plan-\d+-\d+)">', page)
    # the student's name is plan text: dir="auto" lets a right-to-left name read right to left in its cell
    links = re.findall(r'<td dir="auto"><a href="#(plan-\d+-\d+)">', page)
    assert len(anchors) == report.scored and sorted(links) == sorted(anchors)
    for group_number, group in enumerate(report.groups, start=1):
        for row_number, row in enumerate(group.rows, start=1):
            section = page.split(f'id="plan-{group_number}-{row_number}">', 1)[1].split("</section>", 1)[0]
            assert f'<h3 dir="auto">{html.escape(row.label)}</h3>' in section
            for paragraph in row.plan.paragraphs:
                if paragraph.point:
                    assert html.escape(paragraph.point, quote=True) in section
            if row.plan.judgement.text:
                assert html.escape(row.plan.judgement.text, quote=True) in section
            own = [c for c in row.plan.own_cards if c.id in row.score.own_cards]
            items = re.findall(r"<li>(.*?)</li>", section)
            for card in own:  # an own card is marked as the student's, in its own list item
                assert any(html.escape(card.text, quote=True) in item and "(own card, written by the student)" in item
                           for item in items)
            assert f'href="#prompt-{group_number}"' in section  # back to the table
