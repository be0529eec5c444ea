"""The planning timer: a countdown from the prompt's suggested minutes that never locks the plan."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from ..theme.fonts import tabular


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

    def _fix_widths(self) -> None:
        """Room for the widest clock and button text up front, so nothing beside the timer moves as it
        counts, pauses or runs over (figures are tabular, so "1:11" is as wide as "8:88")."""
        if not hasattr(self, "reset_button"):
            return  # a style or font event while the widget is still being built
        font = tabular(self.display.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.display.setFont(font)
        metrics = QFontMetrics(font)
        margins = self.display.contentsMargins()
        widest = max(metrics.horizontalAdvance(text) for text in ("-88:88", "+88:88", self.tr("%1 used").replace(
            "%1", "88:88")))
        self.display.setFixedWidth(widest + margins.left() + margins.right() + 16)
        button = self.start_button
        hint = button.sizeHint().width() - button.fontMetrics().horizontalAdvance(button.text())
        button.setFixedWidth(hint + max(button.fontMetrics().horizontalAdvance(t)
                                        for t in (self.tr("Start"), self.tr("Pause"))))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_widths()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fix_widths()

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
        else:  # over time: a short "+0:12" on the alarm tint, with the words for screen readers
            text, state = "+" + clock(-left), "expired"
        self.display.setText(text)
        self.display.setAccessibleDescription(self.tr("Time's up: %1 over").replace("%1", clock(-left))
                                              if state == "expired" else "")
        if self.display.property("state") != state:  # the style sheet colours it by state: re-polish on a change
            self.display.setProperty("state", state)
            if self.display.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # else its first polish reads it
                self.display.style().unpolish(self.display)
                self.display.style().polish(self.display)
        running = self._timer.isActive()
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        tip = self.tr("Suggested planning time: %n minute(s)", "", self.limit // 60) if self.limit else ""
        if state == "expired":
            tip = self.tr("Time's up: %1 over").replace("%1", clock(-left)) + "\n" + tip
        self.display.setToolTip(tip)
