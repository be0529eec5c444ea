"""The Evidence tab: the card table (filter, sort, tick factors), its buttons, and the selected card's form."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QIntValidator, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.authoring import edits
from ...core.colours import FALLBACK, factor_colours
from ...core.model import Card, Pack
from ...core.plan import MAX_CARD_TEXT, MAX_DETAIL
from ..language import local_number
from ..widgets.flow_layout import FlowLayout
from ..widgets.icons import swatch_icon
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import add_plain_item, set_plain_text, shown_line
from .fields import EditorText, add_row, make_button, show_text
from .models import NO_FACTOR, CardTableModel, parse_year
from .session import PackSession

FACTOR_COLUMN_WIDTH = 96


class CardForm(QWidget):
    """The selected card's text, detail, year and factors; each change is one session edit."""

    def __init__(self, session: PackSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.card_id = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, SPACING, 0, 0)
        form.setSpacing(SPACING)
        self.text = EditorText(MAX_CARD_TEXT, self.tr("Card text"), self._on_text,
                               self.tr("One fact, in a sentence (at most 300 characters)"), lines=2)
        self.detail = EditorText(MAX_DETAIL, self.tr("Card detail"), self._on_detail,
                                 self.tr("More about it, shown when a student points at the card (optional)"),
                                 lines=2)
        self.year = QLineEdit()
        self.year.setAccessibleName(self.tr("Card year"))
        self.year.setPlaceholderText(self.tr("e.g. 1955"))
        self.year.setValidator(QIntValidator(*edits.YEAR_RANGE, self.year))
        self.year.setMaximumWidth(120)
        self.year.textEdited.connect(self._on_year)
        self.factor_box = QWidget()
        self.factor_layout = FlowLayout(self.factor_box, spacing=SPACING)
        self.factor_checks: dict[str, QCheckBox] = {}
        self.id_label = QLabel()
        self.id_label.setTextFormat(Qt.TextFormat.PlainText)
        self.id_label.setObjectName("muted")
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        add_row(form, self.tr("&Text:"), self.text)
        add_row(form, self.tr("&Factors:"), self.factor_box)
        add_row(form, self.tr("&Year:"), self.year)
        add_row(form, self.tr("De&tail:"), self.detail)
        add_row(form, self.tr("Id:"), self.id_label)
        self._factor_ids: list[str] = []
        self.show_card(None)

    def rebuild_factors(self, pack: Pack) -> None:
        ids = [f.id for f in pack.factors]
        colours = factor_colours(pack)
        if ids != self._factor_ids:
            for box in self.factor_checks.values():
                self.factor_layout.removeWidget(box)
                box.deleteLater()
            self.factor_checks = {}
            for factor_id in ids:
                box = QCheckBox()
                box.toggled.connect(lambda on, f=factor_id: self._on_factor(f, on))
                self.factor_layout.addWidget(box)
                self.factor_checks[factor_id] = box
            self._factor_ids = ids
        for factor in pack.factors:
            box = self.factor_checks[factor.id]
            name = factor.name or self.tr("(unnamed factor)")
            set_plain_text(box, name)
            box.setIcon(swatch_icon(colours.get(factor.id, FALLBACK)))
            box.setAccessibleName(self.tr("Factor %1").replace("%1", shown_line(name)))

    def show_card(self, card: Card | None) -> None:
        self.card_id = card.id if card is not None else ""
        self.setEnabled(card is not None)
        show_text(self.text, card.text if card else "")
        show_text(self.detail, card.detail if card else "")
        year = "" if card is None or card.year is None else str(card.year)
        typing = card is not None and self.year.hasFocus() and parse_year(self.year.text()) == card.year
        if self.year.text() != year and not typing:
            self.year.setText(year)
        for factor_id, box in self.factor_checks.items():
            box.blockSignals(True)
            box.setChecked(card is not None and factor_id in card.factors)
            box.blockSignals(False)
        self.id_label.setText(card.id if card else "")

    def _follow(self) -> bool:
        return self.session.is_new("evidence", self.card_id)

    def _on_text(self, text: str) -> None:
        card_id, follow = self.card_id, self._follow()
        if card_id:
            self.session.apply(lambda p: edits.edit_card(p, card_id, text=text, follow=follow),
                               self.tr("Edit card text"), merge_key=("card-text", card_id))

    def _on_detail(self, text: str) -> None:
        card_id = self.card_id
        if card_id:
            self.session.apply(lambda p: edits.edit_card(p, card_id, detail=text), self.tr("Edit card detail"),
                               merge_key=("card-detail", card_id))

    def _on_year(self, text: str) -> None:
        card_id = self.card_id
        year = parse_year(text)
        if card_id and year is not False:
            self.session.apply(lambda p: edits.edit_card(p, card_id, year=year), self.tr("Edit card year"),
                               merge_key=("card-year", card_id))

    def _on_factor(self, factor_id: str, on: bool) -> None:
        card_id = self.card_id
        if card_id:
            self.session.apply(lambda p: edits.set_card_factor(p, card_id, factor_id, on),
                               self.tr("Tick factor") if on else self.tr("Untick factor"))


class EvidencePage(QWidget):
    """Signals:
        pasteRequested(): paste rows from the clipboard (the window reads it and shows the preview).
        importRequested(), exportRequested(): the Import / Export cards buttons.
    """

    pasteRequested = Signal()
    importRequested = Signal()
    exportRequested = Signal()

    def __init__(self, session: PackSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CardTableModel(session, self)
        self._problem_cards: frozenset[str] = frozenset()
        self._current = ""

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cards (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cards"))
        self.search.textChanged.connect(self._refilter)
        self.factor_filter = QComboBox()
        self.factor_filter.setAccessibleName(self.tr("Show cards for factor"))
        self.factor_filter.currentIndexChanged.connect(self._refilter)
        self.only_problems = QCheckBox(self.tr("Only cards with &problems"))
        self.only_problems.setAccessibleName(self.tr("Only cards with problems"))
        self.only_problems.toggled.connect(self._refilter)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        top.addWidget(self.search, 2)
        top.addWidget(self.factor_filter, 1)
        top.addWidget(self.only_problems)
        top.addStretch()
        top.addWidget(self.count)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Evidence cards"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the window
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: 10,000 of them lay out at once
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setVisible(False)  # its width would be measured over every row's number
        header = self.view.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(False)
        self.view.setSortingEnabled(True)
        for corner in self.view.findChildren(QAbstractButton):  # the corner button selects every card
            corner.setAccessibleName(self.tr("Select all cards"))
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_rows_changed)
        self.model.rowsInserted.connect(self._after_rows_changed)
        self.model.rowsRemoved.connect(self._after_rows_changed)
        self.model.layoutChanged.connect(self._after_rows_changed)

        self.add_button = make_button(self.tr("&Add card"), self.add_card,
                                       self.tr("Add a card after the selected one"))
        self.duplicate_button = make_button(self.tr("D&uplicate"), self.duplicate_selected)
        self.delete_button = make_button(self.tr("&Delete"), self.delete_selected)
        self.up_button = make_button(self.tr("Move &up"), lambda: self.move_selected(-1))
        self.down_button = make_button(self.tr("Move do&wn"), lambda: self.move_selected(1))
        self.paste_button = make_button(self.tr("Pa&ste rows…"), self.pasteRequested.emit,
                                         self.tr("Add rows copied from a spreadsheet or a Word table (Ctrl+V in "
                                                 "the table): text, factors, year, detail"))
        self.import_button = make_button(self.tr("&Import cards…"), self.importRequested.emit,
                                          self.tr("Add cards from a spreadsheet saved as CSV or TSV"))
        self.export_button = make_button(self.tr("E&xport cards…"), self.exportRequested.emit,
                                          self.tr("Save the cards as a spreadsheet, to edit and import again"))
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        for button in (self.add_button, self.duplicate_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        for button in (self.paste_button, self.import_button, self.export_button):
            buttons.addWidget(button)

        self.form = CardForm(session)
        table_box = QWidget()
        table_column = QVBoxLayout(table_box)
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.setSpacing(SPACING)
        table_column.addLayout(top)
        table_column.addWidget(self.view, 1)
        table_column.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.addWidget(self.splitter)

        self._view_actions()
        session.loaded.connect(self._on_loaded)
        session.packChanged.connect(self._on_pack_changed)
        self._on_loaded()

    def _view_actions(self) -> None:
        """Keys that act on the selected rows while the table has the focus."""
        for keys, slot in (([QKeySequence(QKeySequence.StandardKey.Delete)], self.delete_selected),
                           ([QKeySequence(QKeySequence.StandardKey.Paste)], self.pasteRequested.emit),
                           ([QKeySequence("Alt+Up")], lambda: self.move_selected(-1)),
                           ([QKeySequence("Alt+Down")], lambda: self.move_selected(1)),
                           ([QKeySequence("Ctrl+D")], self.duplicate_selected),
                           ([QKeySequence(Qt.Key.Key_Insert)], self.add_card)):
            action = QAction(self.view)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.view.addAction(action)

    # -- the pack -> the widgets --------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        self._configure_columns()
        self._fill_factor_filter()
        self.form.rebuild_factors(self.session.pack)
        self._current = ""
        if self.model.rowCount():
            self.select_cards([self.model.card_ids()[0]])
        self._after_rows_changed()

    def _on_pack_changed(self, before: Pack, after: Pack) -> None:
        if before.factors != after.factors:
            self._fill_factor_filter()
            self.form.rebuild_factors(after)
            self._configure_columns()
        if self._current and after.card(self._current) is None:
            # the card's id followed its text, or the card went: stay on its place in the pack
            position = next((i for i, c in enumerate(before.cards) if c.id == self._current), -1)
            if 0 <= position < len(after.cards) and len(after.cards) == len(before.cards):
                self._current = after.cards[position].id
        self.form.show_card(after.card(self._current) if self._current else None)
        self._update_count()

    def _configure_columns(self) -> None:
        header = self.view.horizontalHeader()
        model = self.model
        header.setSectionResizeMode(model.TEXT, QHeaderView.ResizeMode.Interactive)
        if header.sectionSize(model.TEXT) < 200:
            header.resizeSection(model.TEXT, 460)
        header.resizeSection(model.YEAR, 64)
        for factor in self.session.pack.factors:
            header.resizeSection(model.factor_column(factor.id), FACTOR_COLUMN_WIDTH)
        header.resizeSection(model.detail_column, 260)
        header.resizeSection(model.id_column, 200)

    def _fill_factor_filter(self) -> None:
        combo = self.factor_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All factors"), "")
        colours = factor_colours(self.session.pack)
        for factor in self.session.pack.factors:
            add_plain_item(combo, factor.name or factor.id, factor.id, swatch_icon(colours.get(factor.id, FALLBACK)))
        combo.addItem(self.tr("Cards with no factor"), NO_FACTOR)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def set_problem_cards(self, card_ids: frozenset[str]) -> None:
        """Cards the validator has something to say about (for "Only cards with problems")."""
        self._problem_cards = card_ids
        if self.only_problems.isChecked():
            self._refilter()

    def _refilter(self) -> None:
        only = self._problem_cards if self.only_problems.isChecked() else None
        self.model.set_filter(self.search.text(), self.factor_filter.currentData() or "", only)
        self._after_rows_changed()

    def retranslate(self) -> None:
        """The count and the table's headers in the language now installed."""
        self._update_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))

    def _update_count(self) -> None:
        total = len(self.session.pack.cards)
        shown = self.model.rowCount()
        self.count.setText(self.tr("%n card(s)", "", total) if shown == total and not self.model.filtered
                           else self.tr("%1 of %n card(s)", "", total).replace("%1", local_number(shown, 0)))

    def _after_rows_changed(self, *_args: object) -> None:
        row = self.model.row_of(self._current) if self._current else -1
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_count()
        self._update_buttons()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card = self.model.card_at(current.row()) if current.isValid() else None
        self._current = card.id if card is not None else ""
        self.form.show_card(card)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = bool(self.selected_ids())
        self.duplicate_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        movable = chosen and not self.model.sorted
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)
        tip = self.tr("Sorted by a column: choose pack order (click the column again) to move cards")
        self.up_button.setToolTip("" if movable or not chosen else tip)
        self.down_button.setToolTip("" if movable or not chosen else tip)

    # -- selection ------------------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        ids = self.model.card_ids()
        return [ids[row] for row in rows if row < len(ids)]

    def select_cards(self, card_ids: list[str], column: int = 0) -> None:
        """Select these cards (clearing a filter that hides the first) and scroll to the first."""
        if card_ids and self.model.row_of(card_ids[0]) < 0:
            self.clear_filter()
        selection = QItemSelection()
        rows = [self.model.row_of(c) for c in card_ids]
        for row in (r for r in rows if r >= 0):
            selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        model = self.view.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        first = next((r for r in rows if r >= 0), -1)
        if first >= 0:
            index = self.model.index(first, column)
            model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(index)

    def clear_filter(self) -> None:
        for widget in (self.search, self.factor_filter, self.only_problems):
            widget.blockSignals(True)
        self.search.clear()
        self.factor_filter.setCurrentIndex(0)
        self.only_problems.setChecked(False)
        for widget in (self.search, self.factor_filter, self.only_problems):
            widget.blockSignals(False)
        self._refilter()

    def focus_field(self, key: str) -> None:
        """Put the cursor in the current card's field ``key`` (a problem about it was chosen)."""
        widget = {"text": self.form.text, "detail": self.form.detail, "year": self.form.year}.get(key)
        if key == "factors" and self.form.factor_checks:
            widget = next(iter(self.form.factor_checks.values()))
        (widget or self.view).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- edits ------------------------------------------------------------------------------------------------
    def _insert_position(self) -> int | None:
        ids = self.selected_ids()
        if not ids:
            return None
        positions = {c.id: i for i, c in enumerate(self.session.pack.cards)}
        return max(positions[c] for c in ids if c in positions) + 1

    def add_card(self) -> None:
        made: list[str] = []
        at = self._insert_position()

        def change(pack: Pack) -> Pack:
            pack, card_id = edits.new_card(pack, index=at)
            made.append(card_id)
            return pack

        if self.session.apply(change, self.tr("Add card")):
            self.select_cards(made[-1:])
            self.form.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        made: list[str] = []

        def change(pack: Pack) -> Pack:
            pack, copies = edits.duplicate_cards(pack, ids)
            made[:] = copies
            return pack

        if ids and self.session.apply(change, self.tr("Duplicate %n card(s)", "", len(ids))):
            self.select_cards(made)

    def delete_selected(self) -> None:
        from . import dialogs

        ids = self.selected_ids()
        if not ids:
            return
        used = edits.cards_in_exemplars(self.session.pack, ids)
        if used:
            pack = self.session.pack
            questions = "\n".join("• " + (pack.prompt(p).question if pack.prompt(p) else p)  # type: ignore[union-attr]
                                  for p in used)
            if not dialogs.confirm_remove_cards(self, len(ids), self.tr("These model plans use some of them, and "
                                                                       "lose them too:") + "\n" + questions):
                return
        row = min(self.model.row_of(c) for c in ids)
        if self.session.apply(lambda p: edits.remove_cards(p, ids), self.tr("Delete %n card(s)", "", len(ids))):
            remaining = self.model.card_ids()
            if remaining:
                self.select_cards([remaining[min(row, len(remaining) - 1)]])

    def move_selected(self, delta: int) -> None:
        ids = self.selected_ids()
        if ids and not self.model.sorted and self.session.apply(lambda p: edits.move_cards(p, ids, delta),
                                                                self.tr("Move %n card(s)", "", len(ids))):
            self.select_cards(ids)

    def insert_position(self) -> int | None:
        """Where pasted cards go: after the selected cards (the end when none is selected)."""
        return self._insert_position()
