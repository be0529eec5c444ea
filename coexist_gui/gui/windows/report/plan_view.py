"""One student's whole plan, read-only, beside the question's model plan (the class report's drill-down).

Both are rendered from ``plan_document.plan_blocks`` (paragraphs, points, cards with own cards and
cards that do not count marked, judgement, score and feedback), so they say what a plan export
says; every text in them is escaped.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....core.class_report import PlanRow, PromptGroup
from ....core.plaintext import printable
from ....core.plan_document import plan_html
from ....core.scoring import score
from ...theme.appearance import fit_layouts
from ...widgets.metrics import SECTION, SPACING
from ...widgets.plain_text import set_plain_text


def _browser(name: str) -> QTextBrowser:
    view = QTextBrowser()
    view.setOpenLinks(False)
    view.setOpenExternalLinks(False)
    view.setAccessibleName(name)
    return view


class PlanReader(QDialog):
    """Non-modal. ``previousRequested`` / ``nextRequested`` step through the table's rows as sorted.

    Signals:
        previousRequested(), nextRequested()
    """

    previousRequested = Signal()
    nextRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Student's plan"))
        self.resize(1180, 760)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.plan_view = _browser(self.tr("Student's plan"))
        self.model_view = _browser(self.tr("Model plan"))
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        self.plan_title = QLabel(self.tr("Student's plan"))
        self.plan_title.setProperty("role", "heading")
        left_column.addWidget(self.plan_title)
        left_column.addWidget(self.plan_view, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        model_title = QLabel(self.tr("Model plan"))
        model_title.setProperty("role", "heading")
        right_column.addWidget(model_title)
        right_column.addWidget(self.model_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.previous = QPushButton(self.tr("&Previous student"))
        self.previous.setAccessibleName(self.tr("Previous student"))
        self.previous.clicked.connect(self.previousRequested)
        self.next = QPushButton(self.tr("&Next student"))
        self.next.setAccessibleName(self.tr("Next student"))
        self.next.clicked.connect(self.nextRequested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.setSpacing(SPACING)
        bottom.addWidget(self.previous)
        bottom.addWidget(self.next)
        bottom.addStretch()
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.setSpacing(SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        fit_layouts(self)  # built at 100 %: spacing at the current zoom

    def show_plan(self, group: PromptGroup, row: PlanRow, position: int, count: int) -> None:
        pack, prompt = group.pack, group.prompt
        set_plain_text(self.heading, self.tr("%1 — student %2 of %3 in the table").replace("%1", row.label)
                       .replace("%2", str(position + 1)).replace("%3", str(count)))
        set_plain_text(self.plan_title, self.tr("%1's plan (%2)").replace("%1", row.label)
                       .replace("%2", row.path.name))
        # the HTML escapes every text; printable() takes out the control and bidi characters it leaves
        self.plan_view.setHtml(printable(plan_html(row.plan, pack, row.score)))
        if prompt.exemplar is None:
            self.model_view.setPlainText(self.tr("This question has no model plan. Write one in the pack editor "
                                                 "(File ▸ Edit pack…, Questions, Write model plan)."))
        else:
            exemplar = replace(prompt.exemplar, pack=pack.id, pack_version=pack.version,
                               author=self.tr("model plan"))
            self.model_view.setHtml(printable(plan_html(exemplar, pack, score(exemplar, pack, prompt))))
        self.previous.setEnabled(position > 0)
        self.next.setEnabled(position < count - 1)
