"""A paragraph's point: a field that wraps and grows with the student's text, and stays one paragraph."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtTest import QTest

from coexist_gui.core.plaintext import printable_line
from coexist_gui.core.plan import MAX_POINT
from coexist_gui.gui.cards.mime import CARDS_MIME
from coexist_gui.gui.plan.text_fields import PlanTextEdit, PointEdit

LONG = ("Stalin's death mattered most because the new collective leadership needed calm abroad to fix the "
        "economy at home, so it sought peace with the West while it settled who would lead. ")


def field(qtbot, width: int = 300) -> PointEdit:
    edit = PointEdit()
    qtbot.addWidget(edit)
    edit.resize(width, 40)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def test_it_grows_with_the_text_then_scrolls(qtbot) -> None:
    edit = field(qtbot)
    one_line = edit.height()
    edit.set_text_quietly(LONG)
    qtbot.waitUntil(lambda: edit.height() > one_line)
    assert edit.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # all of it in view
    grown = edit.height()
    edit.set_text_quietly(LONG * 8)  # far more than MAX_LINES lines
    qtbot.waitUntil(lambda: edit.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    tallest = edit.height()
    assert one_line < grown < tallest
    edit.set_text_quietly(LONG * 16)
    qtbot.wait(10)
    assert edit.height() == tallest  # no taller than MAX_LINES lines
    edit.set_text_quietly("")
    qtbot.waitUntil(lambda: edit.height() == one_line)


def test_narrower_means_more_lines(qtbot) -> None:
    edit = field(qtbot, width=600)
    edit.set_text_quietly(LONG)
    qtbot.wait(10)
    wide = edit.height()
    edit.resize(250, edit.height())
    qtbot.waitUntil(lambda: edit.height() > wide)


def test_it_stays_one_paragraph(qtbot) -> None:
    edit = field(qtbot)
    edited: list[str] = []
    edit.textEdited.connect(edited.append)
    QTest.keyClicks(edit, "Peace")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    QTest.keyClicks(edit, " abroad")
    assert edit.text() == "Peace abroad" and edited[-1] == "Peace abroad"
    pasted = QMimeData()
    pasted.setText("\nfor\r\nreform\tat home")
    edit.insertFromMimeData(pasted)
    assert edit.text() == "Peace abroad for reform at home" and edited[-1] == edit.text()


def test_only_the_students_edits_are_signalled(qtbot) -> None:
    edit = field(qtbot)
    edited: list[str] = []
    edit.textEdited.connect(edited.append)
    edit.set_text_quietly("From the plan file")
    assert edited == [] and edit.text() == "From the plan file"
    edit.set_text_quietly("Two\nlines\x07")  # a file's line break and control character are not shown
    assert edit.text() == printable_line("Two\nlines\x07") and "\n" not in edit.text() and "\x07" not in edit.text()
    assert edited == []
    QTest.keyClicks(edit, "!")
    assert len(edited) == 1


def test_a_full_field_refuses_more_and_keeps_what_is_written(qtbot) -> None:
    """As a one-line field: at the limit a key or a paste adds what fits and never cuts the end off."""
    edit = field(qtbot)
    edit.setMaxLength(MAX_POINT)
    assert edit.maxLength() == MAX_POINT
    edited: list[str] = []
    edit.textEdited.connect(edited.append)
    almost = "A" * (MAX_POINT - 5) + "ENDXY"  # exactly full
    edit.set_text_quietly(almost)
    cursor = edit.textCursor()
    cursor.setPosition(10)
    edit.setTextCursor(cursor)
    QTest.keyClicks(edit, "zz")
    assert edit.text() == almost and edited == []
    QTest.keyClick(edit, Qt.Key.Key_Backspace)  # room for one
    pasted = QMimeData()
    pasted.setText("123")
    edit.insertFromMimeData(pasted)
    assert edit.text().endswith("ENDXY") and len(edit.text()) == MAX_POINT and "1" in edit.text()
    assert "23" not in edit.text() and edited[-1] == edit.text()
    edit.set_text_quietly("")
    pasted.setText("x" * (MAX_POINT + 50))
    edit.insertFromMimeData(pasted)
    assert len(edit.text()) == MAX_POINT


def test_no_break_spaces_are_kept(qtbot) -> None:
    edit = field(qtbot)
    edited: list[str] = []
    edit.textEdited.connect(edited.append)
    edit.set_text_quietly("1914\u00a0: la guerre")
    assert edit.text() == "1914\u00a0: la guerre"
    edit.set_text_quietly("1914\u00a0: la guerre")  # shown already: nothing is set again (the view keeps its place)
    QTest.keyClick(edit, Qt.Key.Key_End)
    QTest.keyClicks(edit, "\u00a0!")
    assert edited[-1] == "1914\u00a0: la guerre\u00a0!"


@pytest.mark.parametrize("kind", [PointEdit, PlanTextEdit])  # a point, and the judgement
def test_right_to_left_text_starts_at_the_right(qtbot, kind) -> None:
    edit = kind()
    qtbot.addWidget(edit)
    assert not edit.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert edit.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert not edit.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight


def test_its_height_is_right_before_it_is_shown(qtbot) -> None:
    hidden = PointEdit()
    qtbot.addWidget(hidden)
    before = hidden.height()
    shown = field(qtbot)
    assert before == shown.height() > 0  # a block made off screen is laid out with its real height


def test_card_drags_are_left_to_the_paragraph(qtbot) -> None:
    edit = field(qtbot)
    cards = QMimeData()
    cards.setData(CARDS_MIME, b'{"cards": ["a1"], "source": -1}')
    event = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.MoveAction, cards, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    event.accept()
    edit.dragEnterEvent(event)
    assert not event.isAccepted()
    words = QMimeData()
    words.setText("plain words")
    other = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, words, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    edit.dragEnterEvent(other)
    assert other.isAccepted()  # text from another program can still be dropped in
