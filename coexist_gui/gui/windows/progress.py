"""The Progress window: scores over the checks of one question, the factors most often missed,
and how well the student's own predictions matched, with CSV export and clearing."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Callable, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.history import (
    Attempt,
    History,
    HistoryError,
    PromptKey,
    attempts_csv,
    calibration,
    mean_prediction_error,
    most_missed,
)
from ...core.storage import SaveError, atomic_write
from .. import dialogs
from ..attempts import AttemptLog
from ..widgets.line_chart import LineChart, Series
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import add_plain_item, muted, plain_label, shown_line

SCORE_SERIES = (("overall", "#0072b2", Qt.PenStyle.SolidLine), ("breadth", "#e69f00", Qt.PenStyle.DashLine),
                ("balance", "#009e73", Qt.PenStyle.DotLine))


T = TypeVar("T")


class ProgressDialog(QDialog):
    """Non-modal. ``current`` is the (pack id, prompt id) to show first when it has attempts.

    Signals:
        loaded(): every read asked for so far has been answered and shown.
    """

    loaded = Signal()

    def __init__(self, log: AttemptLog, current: tuple[str, str], folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.folder = folder
        self.attempts: list[Attempt] = []
        self.keys: list[PromptKey] = []
        self.problem = ""  # why the history cannot be read, when it cannot
        self._pending = 0
        self.setWindowTitle(self.tr("Progress"))
        self.setAccessibleName(self.tr("Progress"))
        self.resize(820, 640)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        outer.setSpacing(SECTION)

        chooser = QHBoxLayout()
        chooser.setSpacing(SPACING)
        question = plain_label(self.tr("Question:"), wrap=False)
        self.prompts = QComboBox()
        self.prompts.setAccessibleName(self.tr("Question to show"))
        self.prompts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prompts.setMinimumContentsLength(30)
        self.prompts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        question.setBuddy(self.prompts)
        chooser.addWidget(question)
        chooser.addWidget(self.prompts, 1)
        outer.addLayout(chooser)

        self.empty_text = self.tr("No checks recorded yet. Each time you press Check plan (Ctrl+Return) your "
                                  "scores are added here.")
        self.empty = plain_label(self.tr("Reading your progress history…"))
        self.empty.setAccessibleName(self.tr("Progress history"))
        outer.addWidget(self.empty)
        self.dropped = muted(plain_label())
        self.dropped.setAccessibleName(self.tr("Damaged checks"))
        self.dropped.hide()
        outer.addWidget(self.dropped)

        self.summary = plain_label()
        self.summary.setAccessibleName(self.tr("Summary"))
        outer.addWidget(self.summary)

        self.scores_heading = plain_label(self.tr("Scores over your checks"), bold=True, scale=1.15)
        self.chart = LineChart(0, 100, (0, 20, 40, 60, 80, 100))
        self.chart.setAccessibleName(self.tr("Scores over your checks"))
        self.chart.setMinimumHeight(220)
        outer.addWidget(self.scores_heading)
        outer.addWidget(self.chart, 2)

        lower = QGridLayout()
        lower.setHorizontalSpacing(SECTION * 2)
        lower.setVerticalSpacing(SPACING)
        lower.setColumnStretch(0, 2)
        lower.setColumnStretch(1, 3)
        self.missed_heading = plain_label(self.tr("Factors most often missed"), bold=True, scale=1.15)
        self.missed = QWidget()
        self.missed.setAccessibleName(self.tr("Factors most often missed"))
        self.missed_grid = QGridLayout(self.missed)
        self.missed_grid.setContentsMargins(0, 0, 0, 0)
        self.missed_grid.setHorizontalSpacing(SECTION)
        self.missed_grid.setVerticalSpacing(SPACING // 2)
        self.missed_grid.setColumnStretch(0, 1)
        self.calibration_heading = plain_label(self.tr("Your predictions"), bold=True, scale=1.15)
        self.calibration_text = plain_label()
        self.calibration_text.setAccessibleName(self.tr("How your predictions compare"))
        self.calibration = LineChart(1, 5, (1, 2, 3, 4, 5))
        self.calibration.setAccessibleName(self.tr("Predicted and actual band"))
        lower.addWidget(self.missed_heading, 0, 0)
        lower.addWidget(self.missed, 1, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        lower.addWidget(self.calibration_heading, 0, 1)
        lower.addWidget(self.calibration_text, 1, 1)
        lower.addWidget(self.calibration, 2, 1)
        lower.setRowStretch(2, 1)
        self.lower_half = QWidget()
        self.lower_half.setLayout(lower)
        lower.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.lower_half, 2)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(rule)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the whole history as CSV"))
        self.export_button.clicked.connect(self.export_csv)
        self.clear_button = QPushButton(self.tr("Clear history…"))
        self.clear_button.setAccessibleName(self.tr("Clear the whole history"))
        self.clear_button.clicked.connect(self.clear_history)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.close)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer.addLayout(buttons)

        for widget in (self.summary, self.scores_heading, self.chart, self.lower_half):
            widget.hide()  # until the history has answered
        for widget in (self.prompts, self.export_button, self.clear_button):
            widget.setEnabled(False)
        self.prompts.currentIndexChanged.connect(self._show_selected)
        self.reload(current)

    # -- data --------------------------------------------------------------------
    # Every read runs on the history's own thread (``AttemptLog``); the answers come back here. A locked
    # or damaged database gives a message in the window instead of the charts, never a frozen window.
    @property
    def busy(self) -> bool:
        """A read of the history is still under way (what is shown may be about to change)."""
        return self._pending > 0

    def _ask(self, work: Callable[[History], T], then: Callable[[Future[T]], None]) -> None:
        self._pending += 1

        def arrived(future: Future[T]) -> None:
            self._pending -= 1
            then(future)
            if not self._pending:
                self.loaded.emit()

        self.log.then(self.log.submit(work), arrived)

    def reload(self, current: tuple[str, str] | None = None) -> None:
        wanted = current or self.prompts.currentData()
        self._ask(lambda history: (history.prompts(), history.dropped), lambda f: self._on_prompts(f, wanted))

    def _on_prompts(self, future: Future[tuple[list[PromptKey], int]], wanted: tuple[str, str] | None) -> None:
        try:
            self.keys, dropped = future.result()
        except HistoryError as exc:
            self.keys, dropped = [], 0
            self.problem = self.tr("Your progress history cannot be read just now: %1").replace("%1", str(exc))
        else:
            self.problem = ""
        keys = self.keys
        self.prompts.blockSignals(True)
        self.prompts.clear()
        for key in keys:
            label = self.tr("%1 — %n check(s)", "", key.attempts).replace("%1", key.question)
            add_plain_item(self.prompts, label, (key.pack, key.prompt))
        index = next((i for i, key in enumerate(keys) if (key.pack, key.prompt) == tuple(wanted or ())), 0)
        self.prompts.setCurrentIndex(index if keys else -1)
        self.prompts.blockSignals(False)
        has_any = bool(keys)
        for widget in (self.summary, self.scores_heading, self.chart, self.lower_half):
            widget.setVisible(has_any)
        self.empty.setText(self.problem or self.empty_text)
        self.empty.setVisible(not has_any)
        self._show_dropped(dropped)
        self.prompts.setEnabled(has_any)
        self.export_button.setEnabled(has_any)
        self.clear_button.setEnabled(has_any)
        self._show_selected()

    def _show_dropped(self, dropped: int) -> None:
        self.dropped.setText(self.tr("%n damaged check(s) in your history could not be read and are left out.", "",
                                     dropped))
        self.dropped.setVisible(dropped > 0)

    def _show_selected(self) -> None:
        key = self.prompts.currentData()
        if not key:
            self._show_attempts([])
            return
        self._ask(lambda history: history.attempts(*key), lambda f: self._on_attempts(f, key))

    def _on_attempts(self, future: Future[list[Attempt]], key: tuple[str, str]) -> None:
        if key != self.prompts.currentData():
            return  # the student chose another question meanwhile: its own answer follows
        try:
            attempts = future.result()
        except HistoryError as exc:
            attempts = []
            self.summary.setText(self.tr("These checks cannot be read just now: %1").replace("%1", str(exc)))
        self._show_attempts(attempts)

    def _show_attempts(self, attempts: list[Attempt]) -> None:
        self.attempts = attempts
        names = {"overall": self.tr("Overall"), "breadth": self.tr("Breadth"), "balance": self.tr("Balance")}
        self.chart.set_series(
            [Series(names[attr], colour, tuple(float(getattr(a, attr)) for a in attempts), style)
             for attr, colour, style in SCORE_SERIES],
            "; ".join(self.tr("Check %1: overall %2, breadth %3, balance %4").replace("%1", str(n))
                      .replace("%2", str(a.overall)).replace("%3", f"{a.breadth:g}").replace("%4", f"{a.balance:g}")
                      for n, a in enumerate(attempts, start=1)))
        if attempts:
            first, last = attempts[0], attempts[-1]
            best = max(a.overall for a in attempts)
            self.summary.setText(self.tr("Latest check: %1/100 (band %2) · best %3 · first %4")
                                 .replace("%1", str(last.overall)).replace("%2", str(last.band))
                                 .replace("%3", str(best)).replace("%4", str(first.overall)))
        self._show_missed(attempts)
        self._show_calibration(attempts)

    def missed_rows(self) -> list[tuple[str, str]]:
        """The factor names and "n of m" counts as shown."""
        grid = self.missed_grid
        def text(row: int, column: int) -> str:
            item = grid.itemAtPosition(row, column)
            label = item.widget() if item is not None else None
            return label.text() if isinstance(label, QLabel) else ""

        return [(text(r, 0), text(r, 1)) for r in range(grid.rowCount()) if grid.itemAtPosition(r, 1) is not None]

    def _show_missed(self, attempts: list[Attempt]) -> None:
        grid = self.missed_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        missed = most_missed(attempts)
        if not missed:
            grid.addWidget(plain_label(self.tr("None: every check had evidence for every factor.")), 0, 0, 1, 2)
            return
        for row, (name, count) in enumerate(missed):
            label = plain_label(name)
            times = plain_label(self.tr("%1 of %2 checks").replace("%1", str(count)).replace("%2", str(len(attempts))),
                           wrap=False)
            times.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setAccessibleName(self.tr("%1: missed in %2 of %3 checks").replace("%1", shown_line(name))
                                    .replace("%2", str(count)).replace("%3", str(len(attempts))))
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(times, row, 1, Qt.AlignmentFlag.AlignTop)

    def _show_calibration(self, attempts: list[Attempt]) -> None:
        pairs = calibration(attempts)
        self.calibration.setVisible(bool(pairs))
        if not pairs:
            self.calibration_text.setText(self.tr("No predictions yet. In exam mode and in blind mode (View "
                                                  "menu) Coexist asks for your band before showing the score."))
            self.calibration.set_series([], "")
            return
        exact = sum(1 for p, a in pairs if p == a)
        error = mean_prediction_error(attempts) or 0.0
        if abs(error) < 0.25:
            tendency = self.tr("Your predictions are well calibrated.")
        elif error > 0:
            tendency = self.tr("On average you predicted higher than you scored, by %1 bands.").replace(
                "%1", f"{error:.1f}")
        else:
            tendency = self.tr("On average you predicted lower than you scored, by %1 bands.").replace(
                "%1", f"{-error:.1f}")
        self.calibration_text.setText(self.tr("Right band in %1 of %2 predictions. ").replace("%1", str(exact))
                                      .replace("%2", str(len(pairs))) + tendency)
        self.calibration.set_series(
            [Series(self.tr("Predicted band"), "#cc79a7", tuple(float(p) for p, _a in pairs), Qt.PenStyle.DashLine),
             Series(self.tr("Actual band"), "#0072b2", tuple(float(a) for _p, a in pairs))],
            "; ".join(self.tr("predicted %1, actual %2").replace("%1", str(p)).replace("%2", str(a))
                      for p, a in pairs))

    # -- actions --------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> bool:
        """Write the whole history as CSV (on the history's thread); False when nothing was started."""
        if not self.keys:
            return False
        path = path or dialogs.save_file(self, self.folder / "coexist-progress.csv", self.tr("Export progress"),
                                         self.tr("CSV files (*.csv)"))
        if path is None:
            return False
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        target = path

        def write(history: History) -> None:  # the BOM makes spreadsheets read UTF-8
            atomic_write(target, ("\ufeff" + attempts_csv(history.attempts())).encode("utf-8"))

        self._ask(write, self._on_exported)
        return True

    def _on_exported(self, future: Future[None]) -> None:
        try:
            future.result()
        except (SaveError, HistoryError) as exc:
            dialogs.show_error(self, self.tr("Could not export"), str(exc))

    def clear_history(self) -> bool:
        total = sum(key.attempts for key in self.keys)
        if not total or not dialogs.ask_clear_history(self, total):
            return False
        self._ask(lambda history: history.clear(), self._on_cleared)
        return True

    def _on_cleared(self, future: Future[int]) -> None:
        try:
            future.result()
        except HistoryError as exc:
            dialogs.show_error(self, self.tr("Could not clear the history"), str(exc))
        self.reload()
