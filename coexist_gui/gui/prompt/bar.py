"""The strip above the plan: pack and prompt choosers, the question, and the planning timer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from ..cards.text import plain_tooltip


def clock(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(seconds))
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


class PlanTimer(QWidget):
    """A countdown from the prompt's suggested minutes. The plan stays editable when it runs out.

    Signals:
        tick(int): one more second of planning time used (the total).
        lastMinute(): one minute left.
        expired(): the suggested time is used up.
    """

    tick = Signal(int)
    lastMinute = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = 0
        self.used = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_tick)
        self.display = QLabel()
        self.display.setObjectName("timer")
        self.display.setAccessibleName(self.tr("Time left"))
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start or pause the timer"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset the timer"))
        self.reset_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.display)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)
        self._show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # room for the longest text up front, in the bold expired style, so "Time's up" does not
        # squeeze the question chooser when it appears
        font = QFont(self.display.font())
        font.setBold(True)
        widest = self.tr("Time's up %1").replace("%1", "+00:00")
        self.display.setMinimumWidth(QFontMetrics(font).horizontalAdvance(widest) + 40)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_limit(self, minutes: int | None, used: int = 0) -> None:
        self._timer.stop()
        self.limit = (minutes or 0) * 60
        self.used = used
        self.setVisible(True)
        self._show()

    def toggle(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
        else:
            self._timer.start()
        self._show()

    def reset(self) -> None:
        self._timer.stop()
        self.used = 0
        self.tick.emit(0)
        self._show()

    def _on_tick(self) -> None:
        self.used += 1
        self.tick.emit(self.used)
        left = self.limit - self.used
        if self.limit and left == 60:
            self.lastMinute.emit()
        if self.limit and left == 0:
            QApplication.beep()
            self.expired.emit()
        self._show()

    def _show(self) -> None:
        left = self.limit - self.used
        if not self.limit:
            text, state = self.tr("%1 used").replace("%1", clock(self.used)), "normal"
        elif left > 60:
            text, state = clock(left), "normal"
        elif left > 0:
            text, state = clock(left), "warning"
        else:
            text, state = self.tr("Time's up %1").replace("%1", "+" + clock(-left)), "expired"
        self.display.setText(text)
        self.display.setProperty("state", state)
        self.display.style().unpolish(self.display)
        self.display.style().polish(self.display)
        running = self._timer.isActive()
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        self.display.setToolTip(self.tr("Suggested planning time: %1 minutes").replace("%1", str(self.limit // 60))
                                if self.limit else "")


class ElidingComboBox(QComboBox):
    """Shows a long question or pack title cut with '…' (and in full in the tooltip), not cut mid-word."""

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, room)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # pack text: shown literally (Qt would render a tooltip that looks like HTML)
        self.currentTextChanged.connect(lambda text: self.setToolTip(plain_tooltip(text)))


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
        self.packs.setMinimumContentsLength(24)
        self.packs.activated.connect(self.packChosen)
        self.prompts = ElidingComboBox()
        self.prompts.setAccessibleName(self.tr("Essay question"))
        self.prompts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prompts.setMinimumContentsLength(28)
        self.prompts.activated.connect(self.promptChosen)
        self.question = QLabel()
        self.question.setObjectName("question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.question.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("muted")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)  # a long pack title or side names must not widen the window
        self.timer = PlanTimer()
        pack_label = QLabel(self.tr("&Pack:"))
        pack_label.setBuddy(self.packs)
        prompt_label = QLabel(self.tr("&Question:"))
        prompt_label.setBuddy(self.prompts)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(pack_label, 0, 0)
        grid.addWidget(self.packs, 0, 1)
        grid.addWidget(prompt_label, 0, 2)
        grid.addWidget(self.prompts, 0, 3)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.timer, 0, 4)
        grid.addWidget(self.question, 1, 0, 1, 5)
        grid.addWidget(self.details, 2, 0, 1, 5)
