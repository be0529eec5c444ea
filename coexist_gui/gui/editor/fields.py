"""Form fields of the pack editor: every keystroke is an edit (merged per field into one undo step), and
Ctrl+Z goes to the pack's undo stack, as in the planning window's text fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from ...core.model import Pack
from ..plan.text_fields import PlanLineEdit, PlanTextEdit
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
    """A push button named for screen readers after its text (without the & and the …)."""
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
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
