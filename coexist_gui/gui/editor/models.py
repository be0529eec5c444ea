"""Qt models over the pack being edited: thin adapters that read the session's immutable ``Pack``.

They never change the pack themselves: an edit in a cell calls one session method, which pushes
an undo command; the model then hears ``packChanged`` and tells its views what differs (one
row's data, rows removed or inserted, or a new order), so a 10,000-card table stays responsive.
The card table sorts and filters itself in Python: a ``QSortFilterProxyModel`` would call back into
Python for every comparison, which costs seconds on 10,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...core.authoring import edits
from ...core.colours import FALLBACK, factor_colours
from ...core.model import Card, Pack
from ...core.plaintext import printable
from ...core.problems import Problem
from ..widgets.icons import swatch_icon
from ..widgets.plain_text import plain_tooltip
from .session import PackSession

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 20  # the row's card, factor or prompt id
NO_FACTOR = "\x00none"  # the card filter's "cards with no factor"
MAX_RUNS = 20  # row ranges removed or inserted one by one; more, and the table is reset instead


def row_changes(old: Sequence[str], new: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """How to get from rows ``old`` to rows ``new`` (both lists of distinct ids).

    ("same", []) nothing; ("remove", runs) or ("insert", runs) when ``new`` is ``old`` with rows
    taken out or put in, ``runs`` being (first, last) row ranges in the order to apply them;
    ("move", []) the same rows in another order; ("reset", []) anything else.
    """
    if len(old) == len(new):
        if old == new:
            return "same", []
        return ("move", []) if set(old) == set(new) else ("reset", [])
    shorter, longer, kind = (new, old, "remove") if len(new) < len(old) else (old, new, "insert")
    runs: list[tuple[int, int]] = []
    i = 0
    for position, row_id in enumerate(longer):
        if i < len(shorter) and shorter[i] == row_id:
            i += 1
            continue
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    if i != len(shorter):
        return "reset", []
    if kind == "remove":
        runs.reverse()  # from the end, so earlier row numbers stay right
    return kind, runs


class CardTableModel(QAbstractTableModel):
    """The pack's evidence: one row a card; columns text, year, one tick box per factor, detail, id.

    Rows are the cards that pass the filter, in pack order or in the order of the sorted column.
    Editing keeps rows where they are (an edited card stays in view even if it no longer matches
    the filter); added cards appear, removed ones go. ``set_filter`` and ``sort`` re-apply both.
    """

    TEXT, YEAR = 0, 1

    def __init__(self, session: PackSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pack = session.pack
        self._factors: list[str] = []
        self._rows: list[str] = []
        self._haystacks: dict[str, tuple[Card, str]] = {}
        self._words: list[str] = []
        self._factor = ""
        self._only: frozenset[str] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._colours: dict[str, str] = {}
        self._icons: dict[str, QIcon] = {}
        self._reset_all()
        session.loaded.connect(self._on_loaded)
        session.packChanged.connect(self._on_pack_changed)

    # -- columns --------------------------------------------------------------------------------------
    @property
    def detail_column(self) -> int:
        return 2 + len(self._factors)

    @property
    def id_column(self) -> int:
        return 3 + len(self._factors)

    def factor_column(self, factor_id: str) -> int:
        return 2 + self._factors.index(factor_id)

    def column_factor(self, column: int) -> str | None:
        index = column - 2
        return self._factors[index] if 0 <= index < len(self._factors) else None

    # -- rows -------------------------------------------------------------------------------------------
    def card_ids(self) -> list[str]:
        return list(self._rows)

    def card_at(self, row: int) -> Card | None:
        return self._pack.card(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, card_id: str) -> int:
        """The card's row, or -1 when it is filtered out."""
        try:
            return self._rows.index(card_id)
        except ValueError:
            return -1

    @property
    def filtered(self) -> bool:
        return bool(self._words or self._factor or self._only is not None)

    @property
    def sorted(self) -> bool:
        return self._sort_column >= 0

    def _haystack(self, card: Card) -> str:
        """What the search looks in, lower-cased: text, detail, year, id and factor names (kept per card)."""
        kept = self._haystacks.get(card.id)
        if kept is not None and kept[0] is card:
            return kept[1]
        names = " ".join(self._pack.factor_name(f) for f in card.factors)
        text = " ".join((card.text, card.detail, "" if card.year is None else str(card.year), card.id,
                         names)).casefold()
        self._haystacks[card.id] = (card, text)
        return text

    def _accepted(self) -> list[Card]:
        """The cards that pass the filter, in pack order (called for every keystroke: one tight loop)."""
        only, factor, words = self._only, self._factor, self._words
        haystack, cache = self._haystack, self._haystacks
        out = []
        for card in self._pack.cards:
            if only is not None and card.id not in only:
                continue
            if factor:
                if factor == NO_FACTOR:
                    if card.factors:
                        continue
                elif factor not in card.factors:
                    continue
            if words:
                kept = cache.get(card.id)
                text = kept[1] if kept is not None and kept[0] is card else haystack(card)
                for word in words:
                    if word not in text:
                        break
                else:
                    out.append(card)
                continue
            out.append(card)
        return out

    def _sort_key(self) -> Callable[[Card], Any]:
        column = self._sort_column
        if column == self.TEXT:
            return lambda c: c.text.casefold()
        if column == self.YEAR:
            return lambda c: (c.year is None, c.year or 0)
        if column == self.detail_column:
            return lambda c: (not c.detail, c.detail.casefold())
        if column == self.id_column:
            return lambda c: c.id
        factor = self.column_factor(column)
        return lambda c: factor not in c.factors

    def _ordered(self, cards: list[Card]) -> list[str]:
        if self.sorted:
            cards = sorted(cards, key=self._sort_key(), reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [c.id for c in cards]

    def _compute_rows(self) -> list[str]:
        if not self.filtered and not self.sorted:
            return [c.id for c in self._pack.cards]
        return self._ordered(self._accepted())

    def _reset_all(self) -> None:
        self._pack = self.session.pack
        self._factors = [f.id for f in self._pack.factors]
        self._colours = factor_colours(self._pack)
        if self._factor and self._factor != NO_FACTOR and self._factor not in self._factors:
            self._factor = ""
        if self._sort_column >= 3 + len(self._factors):
            self._sort_column = -1
        self._rows = self._compute_rows()

    def _on_loaded(self) -> None:
        self.beginResetModel()
        self._haystacks.clear()
        self._reset_all()
        self.endResetModel()

    def set_filter(self, text: str = "", factor: str = "", only: frozenset[str] | None = None) -> None:
        """Show the cards whose text, detail, year, id or factor names hold every word of ``text``, tagged
        ``factor`` (``NO_FACTOR``: untagged ones), and among ``only`` when given."""
        words = text.casefold().split()
        if (words, factor, only) == (self._words, self._factor, self._only):
            return
        self._words, self._factor, self._only = words, factor, only
        self._apply_rows(self._compute_rows())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; -1 gives pack order back."""
        self._sort_column = column if 0 <= column < self.columnCount() else -1
        self._sort_order = order
        self._apply_rows(self._compute_rows())

    def _apply_rows(self, rows: list[str]) -> None:
        kind, runs = row_changes(self._rows, rows)
        if kind == "same":
            return
        if len(runs) > MAX_RUNS:  # a filter takes out thousands of scattered rows: one reset is far cheaper
            kind = "reset"
        if kind == "remove":
            for first, last in runs:
                self.beginRemoveRows(QModelIndex(), first, last)
                del self._rows[first:last + 1]
                self.endRemoveRows()
        elif kind == "insert":
            for first, last in runs:
                self.beginInsertRows(QModelIndex(), first, last)
                self._rows[first:first] = rows[first:last + 1]
                self.endInsertRows()
        elif kind == "move":
            self.layoutAboutToBeChanged.emit()
            old = self._rows
            new_rows = {card_id: row for row, card_id in enumerate(rows)}
            persistent = self.persistentIndexList()
            moved = [self.index(new_rows[old[p.row()]], p.column()) if 0 <= p.row() < len(old) else QModelIndex()
                     for p in persistent]
            self._rows = rows
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def _on_pack_changed(self, before: Pack, after: Pack) -> None:
        if [f.id for f in after.factors] != self._factors:
            self._on_loaded()  # columns differ: start over (rare, and cheap next to an edit of 10,000 rows)
            return
        self._pack = after
        if before.factors != after.factors:
            self._colours = factor_colours(after)
            self._haystacks.clear()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if before.cards is after.cards:
            return
        if len(before.cards) == len(after.cards):
            # the common case, an edit of one card: find it by identity, without a pass over every row's id
            diffs = [n for n, (a, b) in enumerate(zip(before.cards, after.cards, strict=True)) if a is not b]
            renamed = {before.cards[n].id: after.cards[n].id for n in diffs if before.cards[n].id != after.cards[n].id}
            if all(after.card(old) is None and before.card(new) is None for old, new in renamed.items()):
                if renamed:  # an id followed its text: the same row, under its new id
                    self._rows = [renamed.get(card_id, card_id) for card_id in self._rows]
                self._changed([after.cards[n].id for n in diffs])
                return
        known = {c.id for c in after.cards}
        kept = [card_id for card_id in self._rows if card_id in known]
        shown = set(self._rows)
        added = [c for c in after.cards if c.id not in shown and before.card(c.id) is None]
        if self.sorted:
            rows = kept + [c.id for c in added]
        else:  # pack order: what was shown, plus what is new
            visible = set(kept).union(c.id for c in added)
            rows = [c.id for c in after.cards if c.id in visible]
        self._apply_rows(rows)
        self._changed([card_id for card_id in self._rows
                       if (old := before.card(card_id)) is not None and old is not after.card(card_id)])

    def _changed(self, card_ids: list[str]) -> None:
        """Repaint the rows of these cards (all rows, for more than a few)."""
        if not card_ids or not self._rows:
            return
        if len(card_ids) > 50:
            first, last = 0, len(self._rows) - 1
        else:
            rows = [row for row in (self.row_of(c) for c in card_ids) if row >= 0]
            if not rows:
                return
            first, last = min(rows), max(rows)
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # -- Qt's model interface -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4 + len(self._factors)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None  # the table hides its row header: its width would be measured over every row
        factor = self.column_factor(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if factor is not None:
                name = self._pack.factor_name(factor) or factor
                return printable(name) if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(
                    self.tr("Factor: %1 (tick the cards that support it)").replace("%1", name))
            titles = {self.TEXT: self.tr("Text"), self.YEAR: self.tr("Year"), self.detail_column: self.tr("Detail"),
                      self.id_column: self.tr("Id")}
            if role == Qt.ItemDataRole.ToolTipRole:
                tips = {self.id_column: self.tr("Made from the text when the card is first written, then kept, so "
                                                "students' plans find their cards after the pack changes")}
                return tips.get(section)
            return titles.get(section)
        if role == Qt.ItemDataRole.DecorationRole and factor is not None:
            return self._swatch(self._colours.get(factor, FALLBACK))
        return None

    def _swatch(self, colour: str) -> QIcon:
        icon = self._icons.get(colour)
        if icon is None:
            icon = self._icons[colour] = swatch_icon(colour)
        return icon

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.column_factor(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.id_column:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        card = self._pack.card(self._rows[index.row()])
        if card is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return card.id
        factor = self.column_factor(column)
        if factor is not None:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if factor in card.factors else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                name = printable(self._pack.factor_name(factor))
                return (self.tr("%1: ticked") if factor in card.factors else self.tr("%1: not ticked")).replace(
                    "%1", name)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = {self.TEXT: card.text, self.YEAR: "" if card.year is None else str(card.year),
                     self.detail_column: card.detail, self.id_column: card.id}.get(column, "")
            if role == Qt.ItemDataRole.DisplayRole:
                value = printable(value.replace("\n", " "))
                if column == self.TEXT and not value:
                    return self.tr("(no text yet)")
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TEXT, self.detail_column):
            return plain_tooltip(card.text, card.detail)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.YEAR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        card_id = self._rows[index.row()]
        column = index.column()
        factor = self.column_factor(column)
        session = self.session
        if factor is not None and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            return session.apply(lambda p: edits.set_card_factor(p, card_id, factor, on),
                                 self.tr("Tick factor") if on else self.tr("Untick factor"))
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        if column == self.TEXT:
            return session.apply(lambda p: edits.edit_card(p, card_id, text=text), self.tr("Edit card text"))
        if column == self.detail_column:
            return session.apply(lambda p: edits.edit_card(p, card_id, detail=text), self.tr("Edit card detail"))
        if column == self.YEAR:
            year = parse_year(text)
            if year is False:
                session.failed.emit(self.tr("“%1” is not a year: write a whole number such as 1953, or leave it "
                                            "empty.").replace("%1", text[:20]))
                return False
            return session.apply(lambda p: edits.edit_card(p, card_id, year=year), self.tr("Edit card year"))
        return False


def parse_year(text: str) -> int | None | bool:
    """A year typed in a cell: an int, None for empty, False when it is not a whole number in range."""
    text = text.strip()
    if not text:
        return None
    try:
        year = int(text)
    except ValueError:
        return False
    low, high = edits.YEAR_RANGE
    return year if low <= year <= high else False


class _ItemListModel(QAbstractListModel):
    """Rows over one tuple of the pack (factors or prompts); small, so a change of order resets it."""

    def __init__(self, session: PackSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._items: tuple = self._read(session.pack)
        session.loaded.connect(self._on_loaded)
        session.packChanged.connect(self._on_pack_changed)

    def _read(self, pack: Pack) -> tuple:
        raise NotImplementedError

    def ids(self) -> list[str]:
        return [item.id for item in self._items]

    def row_of(self, item_id: str) -> int:
        ids = self.ids()
        return ids.index(item_id) if item_id in ids else -1

    def _on_loaded(self) -> None:
        self.beginResetModel()
        self._items = self._read(self.session.pack)
        self.endResetModel()

    def _on_pack_changed(self, before: Pack, after: Pack) -> None:
        items = self._read(after)
        if items == self._items:
            return
        old_ids, new_ids = self.ids(), [i.id for i in items]
        renamed = len(old_ids) == len(new_ids) and all(
            a == b or (a not in new_ids and b not in old_ids) for a, b in zip(old_ids, new_ids, strict=True))
        if renamed:  # the same rows (an id may have followed its name): all repaint, colours may shift
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        kind, runs = row_changes(old_ids, new_ids)
        if kind in ("remove", "insert"):
            for first, last in runs:
                if kind == "remove":
                    self.beginRemoveRows(QModelIndex(), first, last)
                    self._items = self._items[:first] + self._items[last + 1:]
                    self.endRemoveRows()
                else:
                    self.beginInsertRows(QModelIndex(), first, last)
                    self._items = self._items[:first] + items[first:last + 1] + self._items[first:]
                    self.endInsertRows()
            self._items = items
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)


class FactorListModel(_ItemListModel):
    """The pack's factors: name and colour swatch."""

    def _read(self, pack: Pack) -> tuple:
        self._colours = factor_colours(pack)
        return pack.factors

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        factor = self._items[index.row()]
        if role == ID_ROLE:
            return factor.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return printable(factor.name) if factor.name else self.tr("(unnamed factor)")
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch_icon(self._colours.get(factor.id, FALLBACK), 14)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(factor.name, factor.description, factor.hint)
        return None


class PromptListModel(_ItemListModel):
    """The pack's questions."""

    def _read(self, pack: Pack) -> tuple:
        return pack.prompts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        prompt = self._items[index.row()]
        if role == ID_ROLE:
            return prompt.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = printable(prompt.question.replace("\n", " ")) if prompt.question else self.tr("(no question yet)")
            return f"{index.row() + 1}. {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(prompt.question)
        return None


MAX_LISTED = 200  # problems listed one by one; a pack with thousands lists these and counts the rest


class ProblemListModel(QAbstractListModel):
    """The validator's errors and warnings, in ``validate``'s words: the one-line form, the place, the hint."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._hidden = 0

    def set_problems(self, problems: Sequence[Problem]) -> None:
        listed = list(problems[:MAX_LISTED])
        if listed == self._problems and len(problems) - len(listed) == self._hidden:
            return
        self.beginResetModel()
        self._problems = listed
        self._hidden = len(problems) - len(listed)
        self.endResetModel()

    def problem(self, row: int) -> Problem | None:
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems) + (1 if self._hidden else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        problem = self.problem(index.row())
        if problem is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("… and %n more problem(s)", "", self._hidden)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [printable(str(problem))]
            if problem.where:
                lines.append("  " + self.tr("in %1").replace("%1", printable(problem.where)))
            if problem.hint:
                lines.append("  " + self.tr("hint: %1").replace("%1", printable(problem.hint)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(problem.render())
        if role == Qt.ItemDataRole.DecorationRole:
            style = QApplication.style()
            icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if problem.severity == "error"
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return style.standardIcon(icon) if style is not None else None
        return None
