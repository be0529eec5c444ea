"""The pack editor and the class report on a hostile pack and plan: like every other window, no widget
shows a control character, a bidi override or markup from the files (the walk of
``test_plain_text_everywhere.py``, on the teacher's windows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from data.hostile.generators import control_pack, control_plan
from gui.test_plain_text_everywhere import MARKED, assert_clean, marked

from coexist_gui.gui.editor import dialogs as editor_dialogs
from coexist_gui.gui.editor.window import PackEditorWindow


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    pack = tmp_path / "ctl.yaml"
    pack.write_bytes(marked(control_pack()))
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "evil.plan.yaml").write_bytes(marked(control_plan()))
    return pack, folder


def test_the_pack_editor_shows_no_control_character(files, qtbot, qapp, fake_dialogs, monkeypatch) -> None:
    pack, _folder = files
    monkeypatch.setattr(editor_dialogs, "confirm_rewrite", fake_dialogs.handler("confirm_rewrite"))
    fake_dialogs.answers["confirm_rewrite"] = True
    editor = PackEditorWindow()
    qtbot.addWidget(editor, before_close_func=lambda w: w.session.undo_stack.setClean())
    editor.show()
    assert editor.open_path(pack)
    editor.checker.wait()
    seen = 0
    for tab in range(4):
        editor.show_tab(tab)
        seen += assert_clean(editor)
    assert seen >= 10  # title, author, description, factor names, card text, question, side names…
    assert "\u202e" in editor.session.pack.title  # the pack itself is untouched until someone edits it


def test_the_class_report_shows_no_control_character(files, window, qtbot, fake_dialogs, monkeypatch) -> None:
    pack, folder = files
    fake_dialogs.answers["show_warnings"] = None
    assert window.packs.open_pack(pack, install=True)
    monkeypatch.setattr(editor_dialogs, "choose_folder", fake_dialogs.handler("choose_folder"))
    fake_dialogs.answers["choose_folder"] = folder
    report = window.teaching.class_report()
    report.choose_folder()
    report.wait()
    assert report.model.rowCount() == 1
    assert assert_clean(report) >= 1
    reader = report.open_row(report.proxy.index(0, 0))
    assert assert_clean(reader) >= 2 and MARKED in reader.plan_view.toPlainText()
    reader.close()
