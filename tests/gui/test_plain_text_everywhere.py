"""A hostile pack and plan, opened in the window: no widget of any window shows a control character,
a bidi override or markup from the files.

The pack and plan (``tests/data/hostile/generators.py``) put every control character an author can
write in YAML (OSC 52, CSI 2J, CR, RLO, isolates, BEL, VT, FF, DEL, NEL, C1 CSI, U+2028, RLM, BS, NUL)
into every text they have, and here also ``<b>…</b>`` around each "Hostile": wherever such a text is
shown, the tags must be shown too (so nothing read it as markup).
"""

from __future__ import annotations

import re

import pytest
from data.hostile.generators import CONTROLS, control_pack, control_plan
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtGuiQt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from coexist_gui.core.plaintext import printable, printable_line
from coexist_gui.gui import dialogs
from coexist_gui.gui.cards.delegate import CardDelegate
from coexist_gui.gui.score.coverage_chart import CoverageChart
from coexist_gui.gui.widgets.plain_text import (
    plain_action_text,
    plain_title,
    set_field_text,
    set_plain_text,
)

# the dialogs as they really are: the autouse fixture replaces them after this module is imported
REAL = {name: getattr(dialogs, name) for name in ("ask_new_card", "ask_install_pack", "ask_replace_pack",
                                                  "ask_remove_pack", "show_error", "show_info", "ask_save_changes",
                                                  "ask_restore", "show_warnings")}
BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
MARKED = "<b>Hostile</b>"


def marked(data: bytes) -> bytes:
    return data.replace(b"Hostile ", MARKED.encode() + b" ")


def rendered(text: str) -> str:
    """What Qt shows for a tooltip or any text it may take as rich text."""
    if QtGuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def texts_of(widget: QWidget) -> list[tuple[str, str, bool]]:
    """(what, text as shown, one line?) for everything ``widget`` shows or tells a screen reader."""
    found = [("tooltip", rendered(widget.toolTip()), False), ("accessible name", widget.accessibleName(), True)]
    if widget.isWindow():
        found.append(("title", widget.windowTitle(), True))
    if isinstance(widget, QLabel):
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and QtGuiQt.mightBeRichText(widget.text()))
        assert not rich, f"rich-text label {widget.text()!r}"
        found.append(("label", widget.text(), False))
    elif isinstance(widget, QAbstractButton):
        found.append(("button", widget.text(), True))
    elif isinstance(widget, QLineEdit):
        found += [("field", widget.text(), True), ("placeholder", widget.placeholderText(), True)]
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        found.append(("text box", widget.toPlainText(), False))
    elif isinstance(widget, QComboBox):
        for row in range(widget.count()):
            found += [("chooser entry", widget.itemText(row), True),
                      ("entry tooltip", rendered(widget.itemData(row, Qt.ItemDataRole.ToolTipRole) or ""), False)]
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            item = widget.item(row)
            found += [("row", item.text(), False), ("row tooltip", rendered(item.toolTip()), False),
                      ("row for screen readers", item.data(Qt.ItemDataRole.AccessibleTextRole) or "", False)]
    elif isinstance(widget, QTreeWidget):
        for row in range(widget.topLevelItemCount()):
            item = widget.topLevelItem(row)
            for column in range(widget.columnCount()):
                found += [("tree cell", item.text(column), True),
                          ("cell tooltip", rendered(item.toolTip(column)), False)]
    elif isinstance(widget, QAbstractItemView) and isinstance(widget.itemDelegate(), CardDelegate):
        model, delegate = widget.model(), widget.itemDelegate()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            found += [("card", delegate._display(index)[0], False),
                      ("card tooltip", rendered(index.data(Qt.ItemDataRole.ToolTipRole) or ""), False)]
        if delegate.pack is not None:  # the factor chips painted on each card
            found += [("chip", delegate._factor_name(f.id), True) for f in delegate.pack.factors]
    elif isinstance(widget, CoverageChart):  # the bars' names, painted
        found += [("chart bar", bar.label, True) for bar in (*widget._factors, *widget._sides)]
    return found


def assert_clean(top: QWidget) -> int:
    """Every text under ``top`` (its menus and actions too) is clean; returns how many hostile texts were seen."""
    hostile = 0
    widgets = [top, *top.findChildren(QWidget)]
    entries = [(type(w).__name__, what, text, one_line) for w in widgets for what, text, one_line in texts_of(w)]
    entries += [("QAction", "menu entry", a.text(), True) for a in top.findChildren(QAction)]
    entries += [("QAction", "tooltip", rendered(a.toolTip()), False) for a in top.findChildren(QAction)]
    status = getattr(top, "statusBar", None)
    if callable(status):
        entries.append(("QStatusBar", "status", status().currentMessage(), True))
    for kind, what, text, one_line in entries:
        assert not BAD.search(text), f"{kind} {what}: {text!r}"
        assert not (one_line and "\n" in text), f"{kind} {what} on one line: {text!r}"
        if "Hostile" in text:
            hostile += 1
            assert MARKED in text, f"{kind} {what} lost its tags (read as markup?): {text!r}"
    return hostile


@pytest.fixture
def hostile(window, tmp_path, fake_dialogs):
    """The window with the hostile pack installed and the hostile plan open."""
    pack = tmp_path / "ctl.yaml"
    pack.write_bytes(marked(control_pack()))
    plan = tmp_path / "evil\u202e\x1b[2J&[*].plan.yaml"  # a file name is untrusted text too
    plan.write_bytes(marked(control_plan()))
    fake_dialogs.answers["show_warnings"] = None
    assert window.packs.open_pack(pack, install=True)
    assert window.files.open_path(plan)
    assert window.session.pack.id == "ctl" and window.session.plan.author.startswith("Student " + MARKED)
    return window, pack, plan


def test_the_main_window_shows_no_control_character_and_no_markup(hostile):
    window, _pack, _plan = hostile
    window.menu_actions.recent_menu.aboutToShow.emit()
    assert assert_clean(window) >= 20  # the question, choosers, factor buttons, fields, cards, feedback…
    assert window.windowTitle().startswith("evil\ufffd\ufffd[2J&[*][*].plan.yaml[*]")  # "[*]" in the name is shown
    assert window.menu_actions.recent_menu.actions()[0].text().endswith("evil\ufffd\ufffd[2J&&[*].plan.yaml")
    # what the plan holds is untouched: only the screen is cleaned
    assert "\u202e" in window.session.plan.author and "\x1b" in window.session.plan.paragraphs[0].point
    assert "\u202e" in window.session.pack.prompts[0].question


def test_the_student_s_own_typing_stays_as_typed(hostile):
    window, _pack, _plan = hostile
    author = window.board.author
    assert BAD.search(author.text()) is None
    typed = "Dana \u200f\u05d3\u05e0\u05d4"  # a right-to-left mark the student typed (pasted) on purpose
    author.setText(typed)
    author.textEdited.emit(typed)
    assert window.session.plan.author == typed and author.text() == typed  # neither the plan nor the field changed
    window.session.undo_stack.undo()  # back to the file's text: shown cleaned again
    assert window.session.plan.author.startswith("Student") and BAD.search(author.text()) is None


def test_compare_progress_and_pack_manager_show_no_control_character(hostile, fake_dialogs, qtbot):
    window, _pack, _plan = hostile
    fake_dialogs.answers["ask_predict_band"] = 3
    fake_dialogs.answers["show_info"] = None
    window.checks.check_plan()
    compare = window.checks.compare_with_model()
    assert compare is not None and assert_clean(compare) >= 5
    progress = window.checks.show_progress()
    qtbot.waitUntil(lambda: not progress.busy)
    assert progress.prompts.count() == 1 and assert_clean(progress) >= 1
    manager = window.packs.manage()
    manager.select("ctl")
    assert assert_clean(manager) >= 3


def _walk_modal(seen: list[int]) -> None:
    def walk() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, walk)
            return
        seen.append(assert_clean(dialog))
        dialog.close()

    QTimer.singleShot(0, walk)


@pytest.mark.parametrize("name", ["ask_new_card", "ask_install_pack", "ask_replace_pack", "ask_remove_pack",
                                  "show_error", "show_info", "ask_save_changes", "ask_restore", "show_warnings"])
def test_dialogs_show_no_control_character(hostile, name):
    window, _pack, _plan = hostile
    pack, prompt = window.session.pack, window.session.prompt
    from coexist_gui.core.problems import Problem

    problem = Problem("x.yaml", 2, 3, "unknown factor " + prompt.question, source=prompt.question, hint=pack.title)
    arguments = {"ask_new_card": (pack, prompt), "ask_install_pack": (pack.title,),
                 "ask_replace_pack": (pack.title, pack.version, pack.version + "2"), "ask_remove_pack": (pack.title,),
                 "show_error": (pack.title, pack.title, dialogs.problem_text([problem])),
                 "show_info": (pack.title, pack.description), "ask_save_changes": (pack.title,),
                 "ask_restore": (pack.title,), "show_warnings": (pack.title, pack.author, problem.render())}
    seen: list[int] = []
    _walk_modal(seen)
    REAL[name](window, *arguments[name])
    assert seen and seen[0] >= 1


def test_the_setters_replace_controls_and_never_read_markup(qtbot):
    hostile = "Trade & <b>aid</b> \u202e1945\x1b[2J\r\nnext\u2028line"
    label = QLabel()
    set_plain_text(label, hostile)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == printable(hostile)
    assert "\n" in label.text() and not BAD.search(label.text())
    from PySide6.QtWidgets import QPushButton

    button = QPushButton()
    set_plain_text(button, hostile)
    assert button.text() == printable_line(hostile).replace("&", "&&") and "\n" not in button.text()
    field = QLineEdit()
    assert set_field_text(field, hostile) and field.text() == printable_line(hostile)
    assert not set_field_text(field, hostile)  # shown again: unchanged, so the cursor does not jump
    assert plain_title("a[*]b") == "a[*][*]b" and plain_action_text("R&D") == "R&&D"
    with pytest.raises(TypeError):
        set_plain_text(QWidget(), hostile)
    assert all(printable(c) != c or c in "\t\n" for c in CONTROLS if len(c) == 1)
