"""The pack editor's modal dialogs, each behind a small function so tests can replace it (pytest-qt's advice).

Everything shown here that came from a pack or a spreadsheet is plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.authoring.spreadsheet import CardsImport, Table, plan_import
from ...core.model import Pack
from ...core.plaintext import printable
from ..dialogs import problem_text
from ..theme.appearance import fit_layouts
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import plain_label


def tr(text: str) -> str:
    return QCoreApplication.translate("editor", text)


def _file_filter(kind: str) -> str:
    return tr("Coexist packs (*.yaml *.yml);;All files (*)") if kind == "pack" else \
        tr("Spreadsheets saved as CSV or TSV (*.csv *.tsv *.txt);;All files (*)")


def open_pack_file(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Edit pack"), str(folder), _file_filter("pack"))
    return Path(name) if name else None


def save_pack_file(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Save pack"), str(suggested), _file_filter("pack"))
    return Path(name) if name else None


def open_cards_file(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Import cards from a spreadsheet"), str(folder),
                                          _file_filter("cards"))
    return Path(name) if name else None


def save_cards_file(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, tr("Export cards to a spreadsheet"), str(suggested),
                                          _file_filter("cards"))
    return Path(name) if name else None


def choose_folder(parent: QWidget, folder: Path, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(folder))
    return Path(name) if name else None


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, informative: str = "",
         details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    return box


def _confirm(parent: QWidget, title: str, text: str, informative: str, yes: str, no: str, *,
             default_yes: bool = False, details: str = "") -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title, text, informative, details)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(no)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_open_with_errors(parent: QWidget, name: str, problems: list) -> bool:
    return _confirm(parent, tr("Pack has errors"),
                    tr("“%1” has errors. Open it in the editor anyway?").replace("%1", name),
                    tr("The editor opens what it can read. Parts the errors are about may be missing or changed, "
                       "so check them before you save: the file is only changed when you save, and the old file "
                       "is then kept beside it as a .bak copy."),
                    tr("Open anyway"), tr("Cancel"), default_yes=True, details=problem_text(problems))


def confirm_rewrite(parent: QWidget, name: str) -> bool:
    return _confirm(parent, tr("Written by hand"),
                    tr("“%1” was written by hand or by another program.").replace("%1", name),
                    tr("When the editor saves it, it writes the pack in its own layout: comments and the "
                       "layout of the file are not kept (the old file is kept beside it as a .bak copy). The "
                       "cards, factors and questions themselves are all kept."),
                    tr("Open in the editor"), tr("Cancel"), default_yes=True)


class VersionChoice(Enum):
    BUMP = "bump"
    KEEP = "keep"
    CANCEL = "cancel"


def ask_version(parent: QWidget, old: str, new: str) -> VersionChoice:
    box = _box(parent, QMessageBox.Icon.Question, tr("New version?"),
               tr("You changed the pack since version %1 was saved. Save it as version %2?").replace("%1", old)
               .replace("%2", new),
               tr("A new version number lets students and colleagues see that the pack changed; their plans "
                  "made with the old version still open."))
    bump = box.addButton(tr("Save as version %1").replace("%1", new), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("Keep version %1").replace("%1", old), QMessageBox.ButtonRole.NoRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(bump)
    box.exec()
    clicked = box.clickedButton()
    return VersionChoice.BUMP if clicked is bump else VersionChoice.KEEP if clicked is keep else VersionChoice.CANCEL


def confirm_remove_factor(parent: QWidget, name: str, uses: str) -> bool:
    return _confirm(parent, tr("Remove factor?"), tr("Remove the factor “%1”?").replace("%1", name), uses,
                    tr("Remove"), tr("Cancel"))


def confirm_remove_cards(parent: QWidget, count: int, uses: str) -> bool:
    return _confirm(parent, tr("Remove cards?"),
                    QCoreApplication.translate("editor", "Remove %n card(s)?", "", count), uses,
                    tr("Remove"), tr("Cancel"))


def confirm_remove_prompt(parent: QWidget, question: str) -> bool:
    return _confirm(parent, tr("Remove question?"), tr("Remove this question?"), printable(question)[:300],
                    tr("Remove"), tr("Cancel"))


def confirm_unlock_id(parent: QWidget, reason: str) -> bool:
    return _confirm(parent, tr("Change the pack's id?"), reason,
                    tr("Students' plans and progress name the pack by its id: plans made with the old id will "
                       "not open with this pack any more. Change it only for a pack nobody has used yet."),
                    tr("Change the id"), tr("Keep it"))


def ask_restore_pack(parent: QWidget, description: str) -> bool:
    return _confirm(parent, tr("Recover unsaved pack"),
                    tr("Coexist stopped last time before a pack you were editing was saved. Restore it?"),
                    description, tr("Restore"), tr("Discard"), default_yes=True)


def ask_keep_pack_recovery(parent: QWidget) -> bool:
    """After the teacher declined a recovery, or it could not be read: keep the copy for next time (True)."""
    return _confirm(parent, tr("Keep the autosaved pack?"),
                    tr("Keep the autosaved copy of the pack so you can restore it next time?"), "",
                    tr("Keep it"), tr("Delete it"), default_yes=True)


def pick_colour(parent: QWidget, initial: str) -> str | None:
    colour = QColorDialog.getColor(QColor(initial or "#0072b2"), parent, tr("Factor colour"))
    return colour.name() if colour.isValid() else None


# -- the preview of cards from a spreadsheet or the clipboard ----------------------------------------------------

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The rows of a spreadsheet as the cards they will make (read-only): row, text, factors, year, detail."""

    def __init__(self, result: CardsImport, table: Table, parent: Any = None) -> None:
        super().__init__(parent)
        self.result = result
        self.rows = list(table.rows)
        self._new = {f.id for f in result.new_factors}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.rows[section].row) if 0 <= section < len(self.rows) else None
        return [tr("What happens"), tr("Text"), tr("Factors"), tr("Year"), tr("Detail")][section] \
            if 0 <= section < 5 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        card_id = self.result.rows.get(row.row, "")
        column = index.column()
        if column == 0:
            if card_id in self.result.added:
                return tr("new card")
            if card_id in self.result.updated:
                return tr("updates a card")
            return tr("unchanged") if card_id else tr("not added")
        if column == 2:
            pack = self.result.pack
            card = pack.card(card_id)
            ids = card.factors if card is not None else ()
            return "; ".join(printable(pack.factor_name(f)) + (tr(" (new)") if f in self._new else "") for f in ids)
        value = {1: row.text, 3: "" if row.year is None else str(row.year), 4: row.detail}[column]
        return printable(value.replace("\n", " "))


@dataclass(frozen=True)
class PreviewChoice:
    replace_all: bool


class CardsPreviewDialog(QDialog):
    """What a paste or an import will do, before it is done: the cards, new factors, every problem."""

    def __init__(self, pack: Pack, table: Table, source: str, allow_replace: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.table = table
        self.setWindowTitle(tr("Cards from %1").replace("%1", source))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.setSpacing(SPACING)
        self.summary = plain_label()
        self.summary.setAccessibleName(tr("What will be added"))
        layout.addWidget(self.summary)
        self.view = QTableView()
        self.view.setAccessibleName(tr("Cards to add"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 3)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.setAccessibleName(tr("Problems in the rows"))
        font = self.problems.font()
        font.setFamily("monospace")
        self.problems.setFont(font)
        layout.addWidget(self.problems, 2)
        self.replace_box = QCheckBox(tr("Remove the pack's cards that the spreadsheet does not list"))
        self.replace_box.setAccessibleName(self.replace_box.text())
        self.replace_box.setVisible(allow_replace)
        self.replace_box.toggled.connect(self._update)
        layout.addWidget(self.replace_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        fit_layouts(self)

    def result_of(self) -> CardsImport:
        return plan_import(self.pack, self.table, replace_all=self.replace_box.isChecked())

    def _update(self) -> None:
        result = self.result_of()
        self.model = PreviewModel(result, self.table, self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.resizeSection(1, 380)
        header.resizeSection(2, 200)
        errors = result.errors
        lines = []
        if errors:
            lines.append(self.tr("%n problem(s) must be fixed in the spreadsheet first; nothing is added until then:",
                                 "", len(errors)))
        lines.append(result.summary() if not errors else "")
        if result.new_factors:
            lines.append(tr("New factors: %1").replace("%1", "; ".join(printable(f.name)
                                                                       for f in result.new_factors)))
        self.summary.setText("\n".join(line for line in lines if line))
        self.problems.setPlainText(problem_text(list(result.problems)) if result.problems else tr("No problems."))
        self.ok.setEnabled(not errors and bool(result.added or result.updated or result.removed))
        self.ok.setText(self.tr("Add %n card(s)", "", len(result.added))
                        if not (result.updated or result.removed) else tr("Apply"))


def preview_cards(parent: QWidget, pack: Pack, table: Table, source: str, allow_replace: bool) -> PreviewChoice | None:
    """Show what the rows will do; the teacher's choice, or None when cancelled (or nothing can be added)."""
    dialog = CardsPreviewDialog(pack, table, source, allow_replace, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return PreviewChoice(dialog.replace_box.isChecked())


def show_problems(parent: QWidget, title: str, message: str, problems: list) -> None:
    from ..dialogs import show_error

    show_error(parent, title, message, problem_text(problems))

