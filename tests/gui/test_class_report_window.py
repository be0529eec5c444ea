"""File ▸ Class report…: a folder of 30 plans read in the background, sorted, filtered, drilled into, charted,
and exported exactly as ``coexist-gui report`` writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from class_plans import write_class
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from coexist_gui.cli import main
from coexist_gui.core.pack import load_builtin_pack
from coexist_gui.gui.editor import dialogs as editor_dialogs
from coexist_gui.gui.windows.report.model import BAND, OVERALL, PROBLEMS, STUDENT

PACK = load_builtin_pack().pack
SMALL = Path(__file__).resolve().parents[1] / "data" / "packs" / "small.yaml"


@pytest.fixture
def class_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "class 9B"
    write_class(folder, PACK, count=30)
    return folder


@pytest.fixture
def report(window, class_folder, fake_dialogs, monkeypatch):
    monkeypatch.setattr(editor_dialogs, "choose_folder", fake_dialogs.handler("choose_folder"))
    fake_dialogs.answers["choose_folder"] = class_folder
    dialog = window.teaching.class_report()
    dialog.choose_folder()
    dialog.wait()
    return dialog


def test_thirty_plans_make_a_sortable_filterable_table(report, qtmodeltester) -> None:
    assert report.model.rowCount() == 30 and report.proxy.rowCount() == 30
    assert report.count_label.text() == "30 plans"
    qtmodeltester.check(report.model)
    qtmodeltester.check(report.proxy)
    report.table.sortByColumn(OVERALL, Qt.SortOrder.DescendingOrder)
    overall = [int(report.proxy.index(r, OVERALL).data()) for r in range(30)]
    assert overall == sorted(overall, reverse=True)  # as numbers, not as text
    report.table.sortByColumn(STUDENT, Qt.SortOrder.AscendingOrder)
    names = [report.proxy.index(r, STUDENT).data() for r in range(30)]
    assert names == sorted(names, key=str.casefold)
    band = int(report.proxy.index(0, BAND).data()[0])
    report.band_filter.setCurrentIndex(band)
    assert report.proxy.rowCount() and all(report.proxy.index(r, BAND).data().startswith(str(band))
                                           for r in range(report.proxy.rowCount()))
    report.band_filter.setCurrentIndex(0)
    report.question_filter.setCurrentIndex(1)
    assert report.proxy.rowCount() == 15
    report.question_filter.setCurrentIndex(0)
    report.search.setText("aisha")
    assert report.proxy.rowCount() == 1 and report.proxy.index(0, STUDENT).data() == "Aisha Khan"
    assert report.count_label.text() == "1 of 30 plans"
    problems = report.proxy.index(0, PROBLEMS).data()
    assert isinstance(problems, str) and problems


def test_a_row_opens_the_students_whole_plan_beside_the_model_plan(report) -> None:
    reader = report.open_row(report.proxy.index(0, 0))
    entry = report.model.entry(report.proxy.mapToSource(report.proxy.index(0, 0)).row())
    group, row = entry
    text = reader.plan_view.toPlainText()
    for paragraph in row.plan.paragraphs:
        assert paragraph.point.strip()[:40] in text
    if row.plan.judgement.text:
        assert row.plan.judgement.text[:40] in text
    assert f"{row.score.overall}/100" in text
    model_text = reader.model_view.toPlainText()
    assert group.prompt.exemplar.paragraphs[0].point[:40] in model_text
    assert not reader.previous.isEnabled() and reader.next.isEnabled()
    reader.next.click()
    assert report.table.currentIndex().row() == 1 and "student 2 of 30" in reader.heading.text()
    own = next(r for g in report.report.groups for r in g.rows if r.plan.own_cards)
    position = next(n for n in range(30) if report.model.entry(report.proxy.mapToSource(
        report.proxy.index(n, 0)).row())[1] is own)
    report.open_row(report.proxy.index(position, 0))
    assert "(own card, written by the student)" in reader.plan_view.toPlainText()
    reader.close()


def test_the_summary_charts_bands_coverage_and_misplaced_cards(report) -> None:
    report.tabs.setCurrentIndex(1)
    report.resize(1240, 780)
    group = report.report.groups[0]
    chart = report.bands_chart
    assert [b.value for b in chart.bars] == list(group.bands().values())
    assert [b.value for b in report.coverage_chart.bars] == [count for _f, _n, count in group.coverage()]
    assert [b.label for b in report.misplaced_chart.bars] == [text for _c, text, _n in group.misplaced()]
    image = chart.grab().toImage()
    for bar, rect in zip(chart.bars, chart.bar_rects(), strict=True):
        if bar.value:
            centre = rect.center().toPoint()
            assert QColor(image.pixel(centre)).name() == bar.colour  # the bar is painted where it says
    assert "mean overall score" in report.summary_text.text()


def test_exports_are_the_files_the_command_line_writes(report, class_folder, tmp_path, fake_dialogs,
                                                       monkeypatch) -> None:
    for kind in ("csv", "md", "html"):
        ours = tmp_path / f"window.{kind}"
        fake_dialogs.answers["save_file"] = ours
        assert report.export(kind)
        cli = tmp_path / f"cli.{kind}"
        option = {"csv": "--csv", "md": "--md", "html": "--html"}[kind]
        assert main(["report", str(class_folder), option, str(cli)]) == 0
        assert ours.read_bytes() == cli.read_bytes()


def test_skipped_files_are_said_and_a_pack_installed_elsewhere_is_used(report, window, class_folder, qtbot,
                                                                      fake_dialogs) -> None:
    from coexist_gui.core.library import install_pack

    plan = ("format: coexist-plan/1\npack: small\nprompt: why\nauthor: Late Student\nparagraphs:\n"
            "- factor: army\n  cards: [a1]\n")
    (class_folder / "late.plan.yaml").write_text(plan, encoding="utf-8")
    (class_folder / "broken.plan.yaml").write_text("format: coexist-plan/1\npack: [", encoding="utf-8")
    report.reload()
    report.wait()
    assert report.model.rowCount() == 30 and "2 files could not be read" in report.skipped_label.text()
    fake_dialogs.answers["show_warnings"] = None
    report.show_skipped()
    details = fake_dialogs.calls[-1][1][2]
    assert "late.plan.yaml" in details and "pack 'small' is not installed" in details and "broken" in details
    assert install_pack(SMALL).status == "installed"  # from the command line, say
    qtbot.waitUntil(lambda: report._job is not None or report.model.rowCount() == 31, timeout=5000)
    report.wait()
    assert report.model.rowCount() == 31 and "1 file could" in report.skipped_label.text()
    assert "A small test pack" in report.packs_label.text()


def test_the_folder_is_remembered(report, window, class_folder) -> None:
    window.side_windows.close("class-report")
    again = window.teaching.class_report()
    again.wait()
    for _ in range(5):
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        again.wait()
    assert again.folder == class_folder and again.model.rowCount() == 30
