"""The judgement at the bottom of the plan: the most important factor and the conclusion."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.model import Judgement, Plan
from ..session import Session
from ..theme.appearance import current_scheme
from ..widgets.metrics import px
from .factor_combo import FactorComboBox, fill_factor_combo
from .text_fields import PlanTextEdit


class JudgementWidget(QFrame):
    def __init__(self, session: Session, colours: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.colours = colours
        self.setObjectName("judgement")
        heading = QLabel(self.tr("Judgement"))
        heading.setProperty("role", "heading")
        self.most = FactorComboBox()
        self.most.setAccessibleName(self.tr("Most important factor"))
        self.most.currentIndexChanged.connect(lambda _r: session.set_most_important(self.most.currentData() or ""))
        self.text = PlanTextEdit()
        self.text.setPlaceholderText(self.tr("Your conclusion: which factor mattered most, and why? Weigh it against "
                                             "another factor, using your evidence."))
        self.text.setAccessibleName(self.tr("Conclusion"))
        self.text.setMinimumHeight(90)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.textChanged.connect(lambda: session.set_judgement_text(self.text.toPlainText()))
        self.words = QLabel()
        self.words.setProperty("role", "caption")
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(self.tr("Most important factor:"))
        label.setBuddy(self.most)
        row.addWidget(label)
        row.addWidget(self.most, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 0, 8)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.text)
        layout.addWidget(self.words, 0, Qt.AlignmentFlag.AlignRight)
        self._shown: Judgement | None = None
        self.refresh(session.plan)

    def configure(self, colours: dict[str, str]) -> None:
        """A new prompt or new colours: the chooser is filled again at the next refresh."""
        self.colours = colours
        self._shown = None

    def paintEvent(self, event) -> None:
        """The same rule as a paragraph's, in the accent colour."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(QRect(0, 0, px(3), self.height()), QColor(current_scheme().accent))
        painter.end()

    def refresh(self, plan: Plan) -> None:
        if plan.judgement is self._shown:
            return  # an edit elsewhere in the plan
        self._shown = plan.judgement
        fill_factor_combo(self.most, self.session.pack, self.session.prompt, self.colours,
                          plan.judgement.most_important, self.tr("Not chosen yet"))
        self.text.set_text_quietly(plan.judgement.text)
        count = len(plan.judgement.text.split())
        self.words.setText(self.tr("%n word(s)", "", count))
