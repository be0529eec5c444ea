"""File ▸ Manage packs…: the installed packs with their details, Import, Remove and Reveal file."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.library import BrokenPack
from ..pack_list import PackEntry
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import plain_label, plain_tooltip, set_plain_text, set_tree_text


class PackManagerDialog(QDialog):
    """Non-modal; the window does the work and calls ``set_entries`` again afterwards.

    Signals:
        importRequested(): the Import pack… button.
        removeRequested(str): remove the installed pack with this id.
        revealRequested(object): show this file's folder (a Path).
    """

    importRequested = Signal()
    removeRequested = Signal(str)
    revealRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PackEntry] = []
        self.setWindowTitle(self.tr("Prompt packs"))
        self.setAccessibleName(self.tr("Prompt packs"))
        self.resize(820, 480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        outer.setSpacing(SECTION)

        outer.addWidget(plain_label(self.tr("Packs installed here are available every time Coexist starts. "
                                            "Import a pack file from your teacher, or remove packs you no longer "
                                            "need.")))

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Installed packs"))
        self.table.setHeaderLabels([self.tr("Title"), self.tr("Author"), self.tr("Version"), self.tr("Questions"),
                                    self.tr("Cards"), self.tr("Warnings")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentItemChanged.connect(self._on_current)
        outer.addWidget(self.table, 2)
        # files in the packs folder that do not load: said here, never silently left out
        self.broken = plain_label()
        self.broken.setAccessibleName(self.tr("Pack files that could not be read"))
        self.broken.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.broken.hide()
        outer.addWidget(self.broken)

        self.details_heading = plain_label(bold=True, wrap=False)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Pack details and warnings"))
        outer.addWidget(self.details_heading)
        outer.addWidget(self.details, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        self.import_button = QPushButton(self.tr("Import pack…"))
        self.import_button.setAccessibleName(self.tr("Import a pack file"))
        self.import_button.clicked.connect(self.importRequested)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected pack"))
        self.remove_button.clicked.connect(self._on_remove)
        self.reveal_button = QPushButton(self.tr("Show file"))
        self.reveal_button.setAccessibleName(self.tr("Show the selected pack's file in its folder"))
        self.reveal_button.clicked.connect(self._on_reveal)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer.addLayout(buttons)

    # -- data --------------------------------------------------------------------
    def set_entries(self, entries: list[PackEntry], select: str = "", broken: Sequence[BrokenPack] = ()) -> None:
        chosen = self.current_entry()
        current = select or (chosen.pack.id if chosen is not None else "")
        self.broken.setVisible(bool(broken))
        heading = self.tr("Not loaded: these files in the packs folder have errors. Fix them, or install the pack "
                          "again:")
        set_plain_text(self.broken, heading + "\n" + "\n".join(b.first_error for b in broken))
        self.entries = list(entries)
        self.table.clear()
        for entry in self.entries:
            pack = entry.pack
            title = pack.title + (self.tr(" (built in)") if entry.builtin else "")
            if not entry.builtin and not entry.installed:
                title += self.tr(" (this session only)")
            item = QTreeWidgetItem()
            for column, text in enumerate((title, pack.author, pack.version, str(len(pack.prompts)),
                                           str(len(pack.cards)), str(len(entry.warnings)) if entry.warnings else "–")):
                set_tree_text(item, column, text)
            item.setData(0, Qt.ItemDataRole.UserRole, pack.id)
            item.setToolTip(0, plain_tooltip(pack.title, pack.description))
            for column in range(2, 6):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        row = next((i for i, e in enumerate(self.entries) if e.pack.id == current), 0)
        first = self.table.topLevelItem(row)
        if first is not None:
            self.table.setCurrentItem(first)
        self._on_current()

    def current_entry(self) -> PackEntry | None:
        item = self.table.currentItem()
        row = self.table.indexOfTopLevelItem(item) if item is not None else -1
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select(self, pack_id: str) -> None:
        for row, entry in enumerate(self.entries):
            item = self.table.topLevelItem(row)
            if entry.pack.id == pack_id and item is not None:
                self.table.setCurrentItem(item)

    def _on_current(self, *_args) -> None:
        entry = self.current_entry()
        self.remove_button.setEnabled(bool(entry and entry.installed))
        self.reveal_button.setEnabled(entry is not None)
        if entry is None:
            self.details_heading.setText("")
            self.details.setPlainText("")
            return
        pack = entry.pack
        set_plain_text(self.details_heading, pack.title)
        lines = [self.tr("Id: %1 · version %2").replace("%1", pack.id).replace("%2", pack.version)]
        if pack.author:
            lines.append(self.tr("Author: %1").replace("%1", pack.author))
        lines.append(self.tr("File: %1").replace("%1", str(entry.path)))
        if pack.description:
            lines += ["", pack.description]
        lines += ["", self.tr("Questions:")] + [f"  • {p.question}" for p in pack.prompts]
        if entry.warnings:
            lines += ["", self.tr("Warnings:")] + [p.render() for p in entry.warnings]
        set_plain_text(self.details, "\n".join(lines))

    def _on_remove(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.installed:
            self.removeRequested.emit(entry.pack.id)

    def _on_reveal(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.revealRequested.emit(Path(entry.path))
