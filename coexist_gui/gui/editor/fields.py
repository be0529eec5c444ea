"""Form fields of the pack editor: every keystroke is an edit (merged per field into one undo step), and
Ctrl+Z goes to the pack's undo stack, as in the planning window's text fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIntValidator, QKeyEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from ...core.model import Pack
from ..plan.text_fields import PlanLineEdit, PlanTextEdit
from ..widgets.named_button import NamedButton
from ..widgets.plain_text import set_field_text


class EditorLine(PlanLineEdit):
    """One line of text, at most ``limit`` characters; ``edited(text)`` is called on every keystroke."""

    def __init__(self, limit: int, name: str, edited: Callable[[str], object], placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(limit)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(edited)


class NumberField(QLineEdit):
    """A whole number from ``low`` to ``high``, typed or stepped with the arrow keys (and the wheel when it
    has the focus); with ``empty`` set, an empty field is the value 0 ("none", e.g. no suggested time).
    ``valueChanged(int)`` says every new valid value, typed or set. It is a line edit, framed as the other
    fields are, rather than a spin box, whose buttons the window's style sheet does not draw."""

    valueChanged = Signal(int)

    def __init__(self, low: int, high: int, name: str, empty: bool = False, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.empty = low, high, empty
        self._value = 0 if empty else low
        self.setValidator(QIntValidator(low, high, self))
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(max(self.fontMetrics().horizontalAdvance(placeholder), 80) + 32)
        self.setText("" if empty else str(low))
        self.textEdited.connect(self._on_edited)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 - as QSpinBox, which it replaces
        value = 0 if self.empty and value == 0 else min(max(value, self.low), self.high)
        self.setText("" if self.empty and value == 0 else str(value))
        self._set(value)

    def _set(self, value: int) -> None:
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _on_edited(self, text: str) -> None:
        if not text.strip() and self.empty:
            self._set(0)
        elif self.hasAcceptableInput():
            self._set(int(text))

    def _step(self, by: int) -> None:
        start = self._value if self._value or not self.empty else self.low - by
        self.setValue(min(max(start + by, self.low), self.high))
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        steps = ((Qt.Key.Key_Up, 1), (Qt.Key.Key_Down, -1), (Qt.Key.Key_PageUp, 10), (Qt.Key.Key_PageDown, -10))
        step = next((by for key, by in steps if event.key() == key), 0)
        if step:
            self._step(step)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus() and event.angleDelta().y():
            self._step(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        event.ignore()  # scrolling the page over the field scrolls the page

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        if not self.hasAcceptableInput() and not (self.empty and not self.text().strip()):
            self.setText("" if self.empty and self._value == 0 else str(self._value))  # half-typed: the last value
        super().focusOutEvent(event)


class EditorText(PlanTextEdit):
    """Several lines of text, at most ``limit`` characters (longer input is cut, as a line edit does)."""

    def __init__(self, limit: int, name: str, edited: Callable[[str], object], placeholder: str = "",
                 lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._edited = edited
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        text = self.toPlainText()
        if len(text) > self.limit:
            self.set_text_quietly(text[: self.limit])
            text = text[: self.limit]
        self._edited(text)


def add_row(form: QFormLayout, label: str, field: QWidget, help_text: str = "") -> QLabel:
    """A labelled row whose label is the field's buddy (Alt+letter moves to it); ``help_text`` below."""
    caption = QLabel(label)
    caption.setTextFormat(Qt.TextFormat.PlainText)
    caption.setBuddy(field)
    if help_text:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        note = QLabel(help_text)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setObjectName("muted")
        column.addWidget(note)
        form.addRow(caption, holder)
    else:
        form.addRow(caption, field)
    return caption


def show_text(field: PlanLineEdit | PlanTextEdit, value: str) -> None:
    """Show the pack's ``value`` in ``field`` unless the field already says it: the pack keeps text without
    surrounding spaces, and a space being typed at the end must stay in the field. Text from the file, an
    undo or a redo is shown without control characters, as everywhere (``set_field_text``)."""
    current = field.text() if isinstance(field, PlanLineEdit) else field.toPlainText()
    if current.strip() == value:
        return
    field.blockSignals(True)
    set_field_text(field, value)
    field.blockSignals(False)


class LazyPage(QWidget):
    """A tab that shows the pack again only when it can be seen: an edit of one card in a 10,000-card pack
    should not rebuild the forms of tabs nobody is looking at."""

    _pending: Pack | None = None
    _load_pending = False
    session: Any  # the editor's PackSession

    def show_pack(self, pack: Pack) -> None:
        raise NotImplementedError

    def start_over(self) -> None:
        """A new pack was loaded: choose the first item and show it."""
        raise NotImplementedError

    def _on_loaded(self) -> None:
        if self.isVisible():
            self._load_pending = False
            self.start_over()
        else:
            self._load_pending = True
            self._pending = None

    def track(self, before: Pack, after: Pack) -> None:
        """Keep following the chosen item when its id followed its text (done even while hidden: typing
        in a field of this tab goes on editing the same item)."""

    def _on_pack_changed(self, before: Pack, after: Pack) -> None:
        self.track(before, after)
        if self.isVisible():
            self._pending = None
            self.show_pack(after)
        else:
            self._pending = after

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._pending = self._pending, None
        if self._load_pending:
            self._load_pending = False
            self.start_over()
        elif pending is not None:
            self.show_pack(pending)


def followed_id(item_id: str, before: tuple, after: tuple) -> str:
    """``item_id`` in ``after``: the same id, or the id of the item at its place when only its id changed."""
    if not item_id or any(item.id == item_id for item in after):
        return item_id
    position = next((n for n, item in enumerate(before) if item.id == item_id), -1)
    if 0 <= position < len(after) and len(after) == len(before):
        return str(after[position].id)
    return ""


def make_button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button named for screen readers after its text."""
    button = NamedButton(text)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ItemListPage(LazyPage):
    """A tab with a list of one kind of item (factors, questions) and a form for the chosen one.

    Subclasses set ``section`` (the pack's tuple the list shows), call ``attach_list`` and implement
    ``_show(pack)``; ``item_id`` is the chosen item's id ("" when none).
    """

    section = ""
    item_id = ""
    list: QListView
    model: Any  # the page's list model (``models.FactorListModel`` or ``PromptListModel``)

    def attach_list(self, view: QListView, model: Any) -> None:
        self.list, self.model = view, model
        view.setModel(model)
        view.selectionModel().currentChanged.connect(self._on_current)
        model.modelReset.connect(self._keep_current)
        model.rowsInserted.connect(self._keep_current)
        model.rowsRemoved.connect(self._keep_current)

    def _show(self, pack: Pack) -> None:
        raise NotImplementedError

    def show_pack(self, pack: Pack) -> None:
        self._show(pack)

    def retranslate(self) -> None:
        """The chosen item's form again, in the language now installed (now, or when the tab is shown)."""
        self._on_pack_changed(self.session.pack, self.session.pack)

    def track(self, before: Pack, after: Pack) -> None:
        self.item_id = followed_id(self.item_id, getattr(before, self.section), getattr(after, self.section))

    def start_over(self) -> None:
        ids = self.model.ids()
        self.select(ids[0] if ids else "")

    def _keep_current(self, *_args: object) -> None:
        row = self.model.row_of(self.item_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self.item_id = ""
            self._show(self.session.pack)

    def select(self, item_id: str) -> None:
        self._load_pending = False  # chosen now: showing the tab later must not choose the first item again
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if self.list.isVisible():
                self.list.scrollTo(self.model.index(row))
        self.item_id = item_id if row >= 0 else ""
        self._show(self.session.pack)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ids = self.model.ids()
        self.item_id = ids[current.row()] if current.isValid() and current.row() < len(ids) else ""
        self._show(self.session.pack)
