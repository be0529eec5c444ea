"""The class report's table: one row per scored plan, over the core ``ClassReport`` (read-only).

Cells show text; ``SORT_ROLE`` gives numbers for the numeric columns so they sort as numbers.
``ReportFilter`` narrows the rows by question, band and a search of student names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ....core.class_report import ClassReport, PlanRow, PromptGroup, problem_labels
from ....core.feedback import criterion_label
from ....core.plaintext import printable
from ....core.plan_document import duration
from ....core.scoring import CRITERIA, percent
from ...widgets.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 30
ROW_ROLE = Qt.ItemDataRole.UserRole + 31  # (PromptGroup, PlanRow)

STUDENT, QUESTION, OVERALL, BAND = 0, 1, 2, 3
FIRST_CRITERION = 4
TIME = FIRST_CRITERION + len(CRITERIA)
OWN = TIME + 1
PROBLEMS = OWN + 1
COLUMN_COUNT = PROBLEMS + 1


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: ClassReport | None = None
        self._rows: list[tuple[PromptGroup, PlanRow, tuple[str, ...]]] = []

    def set_report(self, report: ClassReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = [(group, row, problem_labels(row, group)) for group in (report.groups if report else ())
                      for row in group.rows]
        self.endResetModel()

    def entry(self, row: int) -> tuple[PromptGroup, PlanRow] | None:
        if 0 <= row < len(self._rows):
            group, plan_row, _problems = self._rows[row]
            return group, plan_row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if FIRST_CRITERION <= section < TIME:
            return criterion_label(CRITERIA[section - FIRST_CRITERION])
        return {STUDENT: self.tr("Student or file"), QUESTION: self.tr("Question"), OVERALL: self.tr("Overall"),
                BAND: self.tr("Band"), TIME: self.tr("Time used"), OWN: self.tr("Own cards"),
                PROBLEMS: self.tr("Problems")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        group, row, problems = self._rows[index.row()]
        column = index.column()
        score = row.score
        if role == ROW_ROLE:
            return group, row
        if role == SORT_ROLE:
            if column == STUDENT:
                return row.label.casefold()
            if column == QUESTION:
                return group.prompt.question.casefold()
            if column == OVERALL:
                return score.overall
            if column == BAND:
                return score.band
            if FIRST_CRITERION <= column < TIME:
                return score.criteria[column - FIRST_CRITERION].value
            if column == TIME:
                return row.plan.time_used
            if column == OWN:
                return len(score.own_cards)
            return len(problems)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == STUDENT:
                return printable(row.label)
            if column == QUESTION:
                return printable(group.prompt.question.replace("\n", " "))
            if column == OVERALL:
                return str(score.overall)
            if column == BAND:
                return f"{score.band} · {score.band_name}"
            if FIRST_CRITERION <= column < TIME:
                return str(percent(score.criteria[column - FIRST_CRITERION].value))
            if column == TIME:
                return duration(row.plan.time_used) if row.plan.time_used else "–"
            if column == OWN:
                return str(len(score.own_cards))
            return "; ".join(problems) or self.tr("none")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STUDENT:
                return plain_tooltip(str(row.path))
            if column == QUESTION:
                return plain_tooltip(group.prompt.question)
            if column == PROBLEMS and problems:
                return plain_tooltip("\n".join(problems))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and OVERALL <= column <= OWN and column != BAND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportFilter(QSortFilterProxyModel):
    """Rows of one question (or all), of one band (or all), whose student or file name holds the search words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._prompt: tuple[str, str] | None = None  # (pack id, prompt id)
        self._band = 0
        self.setSortRole(SORT_ROLE)

    def _refilter(self, change: Any) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_prompt(self, key: tuple[str, str] | None) -> None:
        if key != self._prompt:
            self._refilter(lambda: setattr(self, "_prompt", key))

    def set_band(self, band: int) -> None:
        if band != self._band:
            self._refilter(lambda: setattr(self, "_band", band))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ReportTableModel):
            return True
        entry = model.entry(source_row)
        if entry is None:
            return False
        group, row = entry
        if self._prompt is not None and (group.pack.id, group.prompt.id) != self._prompt:
            return False
        if self._band and row.score.band != self._band:
            return False
        if self._words:
            haystack = f"{row.label} {row.path.name}".casefold()
            return all(word in haystack for word in self._words)
        return True
