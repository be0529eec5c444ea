"""The evidence bank: search, factor toggles, placed-card toggle, the card list and "New card…"."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.colours import FALLBACK
from ..cards.view import CardView
from ..session import Session
from ..widgets.flow_layout import FlowLayout
from ..widgets.icons import swatch_icon
from ..widgets.plain_text import plain_tooltip, set_plain_text, shown_line
from .model import EvidenceFilter, EvidenceModel


class ChipButton(QToolButton):
    """A factor filter chip: the whole name when the row has room, else the name cut with '…'."""

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        spare = self.sizeHint().width() - self.width()
        if spare > 0:
            room = self.fontMetrics().horizontalAdvance(option.text) - spare
            option.text = self.fontMetrics().elidedText(option.text, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
        painter.end()


class SearchField(QLineEdit):
    """The bank's search field: Down or Enter moves into the results (instead of Tab past the filters).

    Signals:
        intoResults(): Down or Enter was pressed.
    """

    intoResults = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.intoResults.emit()
            return
        super().keyPressEvent(event)


class EvidencePanel(QWidget):
    """Signals:
        newCardRequested(): the student pressed "New card…".
        rebuilt(): the factor buttons were made anew (keyboard order must be set again).
    """

    newCardRequested = Signal()
    rebuilt = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = EvidenceModel(session, self)
        self.proxy = EvidenceFilter(self)
        self.proxy.setSourceModel(self.model)
        self._colours: dict[str, str] = {}
        self._show_tags = True

        heading = QLabel(self.tr("Evidence bank"))
        heading.setProperty("role", "title")
        self.count_label = QLabel()
        self.count_label.setProperty("role", "caption")
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search cards (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search evidence"))
        self.search.textChanged.connect(self._on_search)
        self.search.intoResults.connect(self._enter_results)
        self.factor_box = QWidget()
        self.factor_layout = FlowLayout(self.factor_box, spacing=6)
        self.factor_buttons: dict[str, QToolButton] = {}
        self.hide_placed = QCheckBox(self.tr("Hide cards already in the plan"))
        self.hide_placed.setAccessibleName(self.tr("Hide cards already in the plan"))
        self.hide_placed.toggled.connect(self._on_hide_placed)
        self.view = CardView(self.tr("No cards match"))
        self.view.setObjectName("bankCards")
        # the cards arrive with configure(): a list with rows is measured again by every layout it is put in
        # lay a long bank out in batches, so a keystroke in the search field paints at once
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(60)
        self.view.setAccessibleName(self.tr("Evidence cards"))
        self.view.setAccessibleDescription(self.tr("Enter or Ctrl+1 to 9 sends the selected cards to a paragraph"))
        self.new_card = QPushButton(self.tr("New card…"))
        self.new_card.setAccessibleName(self.tr("New card"))
        self.new_card.setToolTip(self.tr("Write your own evidence card; it is saved in your plan"))
        self.new_card.clicked.connect(self.newCardRequested)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.factor_box)
        layout.addWidget(self.hide_placed)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.new_card, 0, Qt.AlignmentFlag.AlignLeft)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        # the factor buttons come with the prompt's colours, in configure()

    def configure(self, colours: dict[str, str], show_tags: bool, grey_placed: bool) -> None:
        """Colours and modes for the current prompt; the window calls this after every load."""
        if self.view.model() is None:
            self.view.setModel(self.proxy)
        self._colours = colours
        self._show_tags = show_tags
        self.model.show_factors = show_tags
        self.proxy.refresh()
        self.view.card_delegate.configure(self.session.pack, colours, show_tags, grey_placed,
                                         self.session.prompt.factors, self.session.card)
        self.factor_box.setVisible(show_tags)
        own_allowed = self.session.prompt.own_cards != "off"
        self.new_card.setEnabled(own_allowed)
        self.new_card.setToolTip(self.tr("Write your own evidence card; it is saved in your plan") if own_allowed
                                 else self.tr("This question uses only cards from the evidence bank"))
        if not show_tags and self.proxy.factors:
            self.proxy.set_factors(frozenset())
        self._rebuild_factor_buttons()
        self.view.relayout()

    def _rebuild_factor_buttons(self) -> None:
        for button in self.factor_buttons.values():
            self.factor_layout.removeWidget(button)
            button.hide()  # gone from the screen now, not at the next turn of the event loop
            button.deleteLater()
        self.factor_buttons = {}
        for factor_id in self.session.prompt.factors:
            name = self.session.pack.factor_name(factor_id)
            button = ChipButton()
            button.setProperty("chip", True)
            set_plain_text(button, name)
            button.setCheckable(True)
            button.setChecked(factor_id in self.proxy.factors)
            button.setIcon(swatch_icon(self._colours.get(factor_id, FALLBACK)))
            button.setIconSize(QSize(12, 12))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(self.tr("Show only cards for %1").replace("%1", shown_line(name)))
            button.setToolTip(plain_tooltip(name, self.tr("Show only cards tagged with this factor")))
            button.toggled.connect(self._on_factor_toggled)
            self.factor_layout.addWidget(button)
            self.factor_buttons[factor_id] = button
        stale = self.proxy.factors - set(self.factor_buttons)
        if stale:
            self.proxy.set_factors(self.proxy.factors - stale)
        self._update_count()
        self.rebuilt.emit()

    def focus_chain(self) -> list[QWidget]:
        """The bank's controls in reading order, for Tab."""
        return [self.search, *self.factor_buttons.values(), self.hide_placed, self.view, self.new_card]

    def _on_factor_toggled(self, _checked: bool) -> None:
        chosen = frozenset(f for f, b in self.factor_buttons.items() if b.isChecked())
        self.proxy.set_factors(chosen)
        self._update_count()

    def show_factor(self, factor_id: str) -> None:
        """Filter the bank to one factor (used by the feedback list)."""
        for f, button in self.factor_buttons.items():
            button.blockSignals(True)
            button.setChecked(f == factor_id)
            button.blockSignals(False)
        self.proxy.set_factors(frozenset([factor_id]) if self._show_tags else frozenset())
        self._update_count()

    def _enter_results(self) -> None:
        """Down or Enter in the search field: into the list, on the first card (unless one is chosen)."""
        if not self.proxy.rowCount():
            return
        if not self.view.selected_ids():
            first = self.proxy.index(0, 0)
            self.view.setCurrentIndex(first)
            self.view.selectionModel().select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.scrollTo(self.view.currentIndex())

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_hide_placed(self, hide: bool) -> None:
        self.proxy.set_hide_placed(hide)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
                                 if shown != total else self.tr("%1 cards").replace("%1", str(total)))

