"""The strip above the plan: pack and question choosers, the question in large type, and the timer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from ...core.model import Prompt
from ..widgets.eliding_combo import ElidingComboBox
from ..widgets.plain_text import set_plain_text
from .timer import PlanTimer


class PromptBar(QWidget):
    """Signals:
        packChosen(int): the row of the pack combo the student picked.
        promptChosen(int): the row of the prompt combo the student picked.
    """

    packChosen = Signal(int)
    promptChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptBar")
        self.packs = ElidingComboBox()
        self.packs.setAccessibleName(self.tr("Prompt pack"))
        self.packs.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.packs.setMinimumContentsLength(12)
        self.packs.activated.connect(self.packChosen)
        self.prompts = ElidingComboBox()
        self.prompts.setAccessibleName(self.tr("Essay question"))
        self.prompts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prompts.setMinimumContentsLength(16)
        self.prompts.activated.connect(self.promptChosen)
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setProperty("role", "question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setProperty("role", "caption")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)  # a long pack title or side names must not widen the window
        self.timer = PlanTimer()
        pack_label = QLabel(self.tr("&Pack:"))
        pack_label.setBuddy(self.packs)
        prompt_label = QLabel(self.tr("&Question:"))
        prompt_label.setBuddy(self.prompts)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 8, 16, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        # the question in large type with the timer beside it; the choosers and the details under it
        grid.addWidget(self.question, 0, 0, 1, 5)
        grid.addWidget(self.timer, 0, 5, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(pack_label, 1, 0)
        grid.addWidget(self.packs, 1, 1)
        grid.addWidget(prompt_label, 1, 2)
        grid.addWidget(self.prompts, 1, 3)
        grid.addWidget(self.details, 1, 4, 1, 2)
        grid.setColumnStretch(1, 1)  # the pack's title and the question share the room, the question more
        grid.setColumnStretch(3, 3)

    def show_prompt(self, prompt: Prompt) -> None:
        """The question in large type, and under it what the student plans for: the sides, the cards needed."""
        set_plain_text(self.question, prompt.question)
        details = []  # the pack's title is in its chooser, just beside
        if prompt.two_sided:
            versus = self.tr(" vs ", "between the names of a question's two sides")
            details.append(self.tr("Two sides: %1").replace("%1", versus.join(s.name for s in prompt.sides)))
        details.append(self.tr("Full credit at %n card(s) per factor", "", prompt.min_cards))
        set_plain_text(self.details, "  ·  ".join(details))
