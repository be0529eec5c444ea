"""Beside the editor: the validator's problems (click one to go to it) and the ``--explain`` summary."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QListView, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from ...core.authoring.drafts import DraftCheck
from ...core.problems import Problem
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import set_plain_text
from .models import ProblemListModel


class ProblemsPanel(QWidget):
    """Signals:
        problemChosen(Problem): a problem was clicked or activated with the keyboard.
    """

    problemChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProblemListModel(self)
        self.heading = QLabel(self.tr("Problems"))
        self.heading.setProperty("role", "title")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Check result"))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Problems in the pack"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.clicked.connect(self._on_chosen)
        self.list.activated.connect(self._on_chosen)
        summary_heading = QLabel(self.tr("Summary (what students get, per question)"))
        summary_heading.setProperty("role", "title")
        summary_heading.setWordWrap(True)  # a long heading in a narrow panel (German) takes two lines
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.summary.setAccessibleName(self.tr("Pack summary"))
        self.summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.setSpacing(SPACING)
        top_column.addWidget(self.heading)
        top_column.addWidget(self.status)
        top_column.addWidget(self.list, 1)
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        bottom_column.setSpacing(SPACING)
        bottom_column.addWidget(summary_heading)
        bottom_column.addWidget(self.summary, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.addWidget(splitter)
        self.set_busy(True)

    def set_busy(self, busy: bool) -> None:
        if busy and not self.status.text():
            self.status.setText(self.tr("Checking…"))

    def show_check(self, check: DraftCheck) -> None:
        self.model.set_problems(list(check.problems))
        errors, warnings = len(check.errors), len(check.warnings)
        if errors:
            text = self.tr("%n error(s) to fix before the pack can be installed", "", errors)
            if warnings:
                text += "; " + self.tr("%n warning(s)", "", warnings)
        elif warnings:
            text = self.tr("Ready to install, with %n warning(s) worth a look", "", warnings)
        else:
            text = self.tr("No problems: ready to install")
        self.status.setText(text + ".")
        scroll = self.summary.verticalScrollBar().value()
        set_plain_text(self.summary, check.explain_text())
        self.summary.verticalScrollBar().setValue(scroll)

    def _on_chosen(self, index: QModelIndex) -> None:
        problem: Problem | None = self.model.problem(index.row())
        if problem is not None:
            self.problemChosen.emit(problem)
