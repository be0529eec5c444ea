"""Text fields whose Ctrl+Z goes to the plan's undo stack, not the field's own history.

Every keystroke is already an (merged) undo command in the session; a field's
private undo would fork the history.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QSizeF, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from ...core.plaintext import printable, printable_line
from ..cards.mime import CARDS_MIME
from ..widgets.plain_text import set_field_text

_GLOBAL = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _PlanUndo:
    """Lets Undo/Redo shortcuts through to the window's actions instead of the field."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and any(event.matches(key) for key in _GLOBAL)):
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]


class PlanLineEdit(_PlanUndo, QLineEdit):
    """A point line: card drags pass through to the paragraph instead of pasting the card's text."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARDS_MIME):
            event.ignore()
        else:
            super().dragEnterEvent(event)

    def set_text_quietly(self, text: str) -> None:
        """Show the plan's ``text`` (a file, undo, redo) without emitting textEdited; keep the cursor if possible.

        Text from a file is shown cleaned of control characters; what the student typed is left as typed."""
        position = self.cursorPosition()
        self.blockSignals(True)
        if set_field_text(self, text):
            self.setCursorPosition(min(position, len(self.text())))
        self.blockSignals(False)


class PlanTextEdit(_PlanUndo, QPlainTextEdit):
    """The plan's longer text (the judgement; ``PointEdit`` for points): undo goes to the plan, Tab moves on,
    and right-to-left text starts at the right edge, as in a one-line field."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._follow_direction()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_direction()

    def _follow_direction(self) -> None:
        """Right to left for an Arabic, Hebrew or Persian pack (a plain text document aligns left unless told)."""
        option = self.document().defaultTextOption()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option.setTextDirection(self.layoutDirection())
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute if rtl
                            else Qt.AlignmentFlag.AlignLeft)
        self.document().setDefaultTextOption(option)

    def set_text_quietly(self, text: str) -> None:
        """Show the plan's ``text`` (a file, undo, redo) without signals; the cursor stays where it was if it can.

        What the student typed stays as typed (the field already holds exactly ``text``); text from elsewhere
        is shown cleaned (``shown``), and cleaned again it is unchanged, so the field never jumps while typing."""
        if self.current_text() not in (text, self.shown(text)):
            self._replace_quietly(self.shown(text), self.textCursor().position())

    def current_text(self) -> str:
        return self.toPlainText()

    @staticmethod
    def shown(text: str) -> str:
        """How text from a file is shown: without control characters (``plaintext.printable``)."""
        return printable(text)

    def _replace_quietly(self, text: str, position: int) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.current_text())))
        self.setTextCursor(cursor)
        self.blockSignals(False)


class PointEdit(PlanTextEdit):
    """A paragraph's point: one paragraph of text that wraps and grows with what the student writes, up to
    MAX_LINES lines (then it scrolls), so a whole explanation stays in view.

    It stays one paragraph, as the plan stores it: Enter is left to the window and a line break pasted or
    dropped in becomes a space. Card drags pass through to the paragraph block, which takes the cards.

    Signals:
        textEdited(str): the student changed the text (not when the plan's text is shown).
    """

    textEdited = Signal(str)
    MAX_LINES = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_length = 32767  # as QLineEdit's default
        self.setObjectName("point")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._last = ""  # the text as it was after the last change, for a change that would overflow
        self.textChanged.connect(self._on_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.ensurePolished()  # the style sheet's frame and padding, which the height needs, before the first show
        self._fit_height()

    # -- what QLineEdit offered -------------------------------------------------------------------------------
    def text(self) -> str:
        # raw: toPlainText() turns a no-break space (French punctuation, "10\u00a0km") into a plain one
        return self.document().toRawText().replace("\u2029", "\n")

    def current_text(self) -> str:
        return self.text()

    @staticmethod
    def shown(text: str) -> str:
        """On one line, without control characters (``plaintext.printable_line``)."""
        return printable_line(text)

    def maxLength(self) -> int:
        return self._max_length

    def setMaxLength(self, length: int) -> None:
        self._max_length = length

    def set_text_quietly(self, text: str) -> None:
        super().set_text_quietly(text)
        self._last = self.text()

    def _room(self) -> int:
        """How many characters may still go in where the cursor is (the selection is replaced)."""
        return self._max_length - len(self.text()) + len(self.textCursor().selectedText())

    # -- one paragraph ------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # as in a one-line field: the key is the window's
            return
        typed = event.text()
        if typed and typed.isprintable() and len(typed) > self._room():
            return  # full: as a one-line field, the key is refused and nothing already written is lost
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():  # Windows' line breaks are one break too, not a stray carriage return and a space
            text = printable_line(source.text().replace("\r\n", "\n").replace("\r", "\n"))
            self.insertPlainText(text[: max(0, self._room())])  # what fits, before the cursor's text

    def _on_changed(self) -> None:
        text = self.text()
        if len(text) > self._max_length:  # an input method's text past the limit: the change is refused
            fitted = self._last
        elif "\n" in text:  # a line break typed some other way (an input method)
            fitted = printable_line(text)
        else:
            fitted = text
        if fitted != text:
            self._replace_quietly(fitted, self.textCursor().position())
        self._last = fitted
        self.textEdited.emit(fitted)

    # -- as tall as its text -----------------------------------------------------------------------------------
    def _fit_height(self, _size: QSizeF | None = None) -> None:
        lines = max(1, round(self.document().documentLayout().documentSize().height()))
        visible = min(lines, self.MAX_LINES)
        # the frame and the style sheet's padding (the contents margins), and the viewport's margins
        margins, viewport = self.contentsMargins(), self.viewportMargins()
        chrome = margins.top() + margins.bottom() + viewport.top() + viewport.bottom()
        height = visible * self.fontMetrics().lineSpacing() + 2 * round(self.document().documentMargin()) + chrome
        bars = Qt.ScrollBarPolicy
        policy = bars.ScrollBarAsNeeded if lines > self.MAX_LINES else bars.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != policy:  # Qt lays the children out again even for the same policy
            self.setVerticalScrollBarPolicy(policy)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # narrower: more lines

    # -- card drags are the paragraph's ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARDS_MIME):
            event.ignore()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CARDS_MIME):
            event.ignore()
        else:
            super().dragMoveEvent(event)

