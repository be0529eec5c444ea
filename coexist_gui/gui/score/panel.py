"""The live score of the plan: overall number and band, the five criteria, coverage chart and feedback."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.colours import FALLBACK
from ...core.feedback import render
from ...core.plan_document import percent
from ...core.scoring import Feedback, Score
from ..widgets.icons import dot_icon
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import muted, plain_label, set_item_text, shown
from .coverage_chart import CoverageChart

CHART_ROWS_VISIBLE = 10  # more factors than this scroll inside the chart area

# One colour per criterion a feedback item costs points in; the text always says what the item is about.
CRITERION_COLOURS = {
    "": "#999999", "overall": "#d55e00", "range": "#e69f00", "balance": "#0072b2", "selection": "#cc79a7",
    "analysis": "#56b4e9", "judgement": "#009e73",
}
CRITERIA = ("range", "balance", "selection", "analysis", "judgement")


class ScorePanel(QWidget):
    """Shows a core ``Score`` and lets the user jump to what a feedback item is about.

    ``set_score`` only updates existing widgets (it runs on every edit). In exam
    mode (``set_concealed(True)``) no child widget holds a number: the widgets are
    emptied and a message says how to see the score.

    Signals:
        feedbackActivated: the user clicked a feedback item or pressed Enter on it.
            arg: the core ``Feedback`` item.
    """

    feedbackActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: Score | None = None
        self._colours: dict[str, str] = {}
        self._two_sided = False
        self._concealed = False
        self._feedback: list[Feedback] = []
        self._emitted_row: int | None = None  # a click and an activation from one mouse release emit once
        self._icons: dict[str, QIcon] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        outer.setSpacing(SECTION)

        self._concealed_label = plain_label(wrap=True)
        self._concealed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._concealed_label.setFrameShape(QFrame.Shape.StyledPanel)
        self._concealed_label.setMargin(SECTION)
        self._concealed_label.hide()
        outer.addWidget(self._concealed_label, 0, Qt.AlignmentFlag.AlignTop)

        self._content = QWidget(self)
        content = QVBoxLayout(self._content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(SECTION)
        outer.addWidget(self._content, 1)

        # overall number and band
        headline = QHBoxLayout()
        headline.setSpacing(SPACING)
        self._overall = plain_label(wrap=False)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 3.2)
        big.setBold(True)
        self._overall.setFont(big)
        # room for "100" from the start, so the band text beside it never re-wraps when the score gets there
        self._overall.setFixedWidth(QFontMetrics(big).horizontalAdvance("100") + 2)
        self._overall.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self._out_of = muted(plain_label(wrap=False))
        band_box = QVBoxLayout()
        band_box.setSpacing(2)
        self._band = plain_label(bold=True, wrap=True)
        self._descriptor = plain_label(wrap=True)
        band_box.addStretch(1)
        band_box.addWidget(self._band)
        band_box.addWidget(self._descriptor)
        band_box.addStretch(1)
        # line the small "/100" up with the big number's baseline
        self._out_of.setContentsMargins(0, 0, 0, max(0, QFontMetrics(big).descent() - self.fontMetrics().descent()))
        headline.addWidget(self._overall, 0, Qt.AlignmentFlag.AlignBottom)
        headline.addWidget(self._out_of, 0, Qt.AlignmentFlag.AlignBottom)
        headline.addSpacing(SPACING)
        headline.addLayout(band_box, 1)
        content.addLayout(headline)

        # the four indicators
        self._indicators_heading = self._heading()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(SPACING // 2)
        grid.setColumnStretch(1, 1)
        self._bars: dict[str, QProgressBar] = {}
        self._bar_labels: dict[str, QLabel] = {}
        self._bar_values: dict[str, QLabel] = {}
        value_width = self.fontMetrics().horizontalAdvance("100") + 2
        for row, key in enumerate(CRITERIA):
            name = plain_label(wrap=False)
            bar = QProgressBar(self._content)
            bar.setRange(0, 100)
            bar.setTextVisible(False)  # the labels beside it carry the text in every style (macOS draws none)
            bar.setFixedHeight(10)
            value = plain_label(wrap=False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(value_width)
            name.setBuddy(bar)
            self._bars[key], self._bar_labels[key], self._bar_values[key] = bar, name, value
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 2)
        section = QVBoxLayout()
        section.setSpacing(SPACING)
        section.addWidget(self._indicators_heading)
        section.addLayout(grid)
        content.addLayout(section)

        # coverage chart
        self._chart_heading = self._heading()
        self.chart = CoverageChart()
        self._chart_area = QScrollArea(self._content)
        self._chart_area.setWidget(self.chart)
        self._chart_area.setWidgetResizable(True)
        self._chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self._chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._chart_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._chart_area.viewport().setAutoFillBackground(False)
        self.chart.setAutoFillBackground(False)
        section = QVBoxLayout()
        section.setSpacing(SPACING)
        section.addWidget(self._chart_heading)
        section.addWidget(self._chart_area)
        content.addLayout(section)

        # feedback
        self._feedback_heading = self._heading()
        self.feedback_list = QListWidget(self._content)
        self.feedback_list.setWordWrap(True)
        self.feedback_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.feedback_list.setUniformItemSizes(False)
        self.feedback_list.setSpacing(2)
        self.feedback_list.setIconSize(QSize(16, 16))
        self.feedback_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.feedback_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.feedback_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.feedback_list.viewport().installEventFilter(self)  # re-wrap the items when the width changes
        self._fitted_width = -1
        self.feedback_list.itemClicked.connect(self._on_item_activated)
        self.feedback_list.itemActivated.connect(self._on_item_activated)
        section = QVBoxLayout()
        section.setSpacing(SPACING)
        section.addWidget(self._feedback_heading)
        section.addWidget(self.feedback_list, 1)
        self._all_done = plain_label(wrap=True)
        section.addWidget(self._all_done)
        section.addStretch(0)
        content.addLayout(section, 1)

        self._retranslate()
        self._apply()

    def _heading(self) -> QLabel:
        return plain_label(bold=True, scale=1.15, wrap=False)

    # -- public -------------------------------------------------------------

    def show_score(self, score: Score | None, colours: dict[str, str], two_sided: bool, concealed: bool) -> None:
        """Show ``score`` (or hide it, in exam mode); nothing happens when nothing changed."""
        if (score is self._score and colours == self._colours and two_sided == self._two_sided
                and concealed == self._concealed):
            return
        self._score, self._colours, self._two_sided = score, colours, two_sided
        if concealed != self._concealed:
            self._concealed = concealed
            self._concealed_label.setVisible(concealed)
            self._content.setVisible(not concealed)
        elif concealed:
            return  # a new score behind the curtain: the emptied widgets stay empty
        self._apply()

    def set_score(self, score: Score, colours: dict[str, str], two_sided: bool) -> None:
        self.show_score(score, colours, two_sided, self._concealed)

    def set_concealed(self, concealed: bool) -> None:
        self.show_score(self._score, self._colours, self._two_sided, concealed)

    def is_concealed(self) -> bool:
        return self._concealed

    # -- updating -----------------------------------------------------------

    def _apply(self) -> None:
        """Show the stored score, or empty every widget (no score yet, or concealed)."""
        score = None if self._concealed else self._score
        if score is None:
            self._overall.setText("–" if not self._concealed else "")
            self._overall.setAccessibleName(self.tr("Overall score"))
            self._out_of.setText("" if self._concealed else "/100")
            self._band.setText("")
            self._descriptor.setText("" if self._concealed else self.tr("No plan to score yet."))
            for key, bar in self._bars.items():
                bar.setValue(0)
                bar.setFormat("" if self._concealed else self._bar_name(key))
                self._bar_values[key].setText("" if self._concealed else "–")
            self._set_chart(None)
            self._set_feedback([])
            return
        self._overall.setText(str(score.overall))
        self._out_of.setText("/100")
        self._band.setText(self.tr("Band {band} of 5 · {name}").format(band=score.band, name=score.band_name))
        self._descriptor.setText(score.band_descriptor)
        self._overall.setAccessibleName(self.tr("Overall score {overall} out of 100").format(overall=score.overall))
        for key, bar in self._bars.items():
            value = percent(score.criterion(key).value)
            bar.setValue(value)
            # %v would be fine in English, but a translated format must be able to move the number
            bar.setFormat(self.tr("{name} {value}").format(name=self._bar_name(key), value=value))
            self._bar_values[key].setText(str(value))
        self._set_chart(score)
        self._set_feedback(list(score.feedback))

    def _set_chart(self, score: Score | None) -> None:
        self.chart.set_data(score, self._colours, self._two_sided)
        cap = self.chart.height_for_rows(CHART_ROWS_VISIBLE)
        self._chart_area.setFixedHeight(min(self.chart.sizeHint().height(), cap))  # a no-op when unchanged

    def _set_feedback(self, items: list[Feedback]) -> None:
        all_done = not items and self._score is not None and not self._concealed
        self.feedback_list.setVisible(not all_done)
        self._all_done.setVisible(all_done)
        if items == self._feedback:
            return
        view = self.feedback_list
        current = view.currentRow()
        # keep the highlight on the same piece of advice, or on none: never on whatever took its row
        chosen = self._feedback[current] if 0 <= current < len(self._feedback) else None
        view.setUpdatesEnabled(False)
        try:
            while view.count() > len(items):
                view.takeItem(view.count() - 1)
            for row, feedback in enumerate(items):
                item = view.item(row)
                if item is None:
                    item = QListWidgetItem()
                    view.addItem(item)
                if row < len(self._feedback) and self._feedback[row] == feedback:
                    continue
                text = render(feedback)
                set_item_text(item, text, tooltip=text)
                if feedback.criterion not in self._icons:
                    self._icons[feedback.criterion] = dot_icon(CRITERION_COLOURS.get(feedback.criterion, FALLBACK))
                item.setIcon(self._icons[feedback.criterion])
                spoken = self._kind_name(feedback.criterion) + ": " + shown(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self._feedback = items
            self._fit_items(force=True)
            if chosen is not None and chosen in items:
                view.setCurrentRow(items.index(chosen))
            else:
                view.clearSelection()
                view.setCurrentRow(-1)
        finally:
            view.setUpdatesEnabled(True)

    def _fit_items(self, force: bool = False) -> None:
        """Give every feedback item the height its whole text needs at the list's current width.

        QListWidget sizes word-wrapped items for a width of its own guessing and then elides
        what does not fit, so the size hints are set here from the viewport's real width.
        """
        view = self.feedback_list
        width = view.viewport().width()
        if width <= 0 or (width == self._fitted_width and not force):
            return
        self._fitted_width = width
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        item_width = max(1, width - 2 * view.spacing())
        # the delegate puts a margin around the icon and on both sides of the text; one spare margin for rounding
        text_width = max(40, item_width - view.iconSize().width() - 5 * margin)
        metrics = view.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for row in range(view.count()):
            item = view.item(row)
            height = metrics.boundingRect(QRect(0, 0, text_width, 100_000), flags, item.text()).height()
            item.setSizeHint(QSize(item_width, max(height, view.iconSize().height()) + 2 * margin + 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.feedback_list.viewport():
            if event.type() == QEvent.Type.Resize:
                self._fit_items()
            elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # larger text, a new style
                QTimer.singleShot(0, self, lambda: self._fit_items(force=True))
        return super().eventFilter(watched, event)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        row = self.feedback_list.row(item)
        if not 0 <= row < len(self._feedback) or row == self._emitted_row:
            return
        self._emitted_row = row
        QTimer.singleShot(0, self, self._forget_emitted)
        self.feedbackActivated.emit(self._feedback[row])

    def _forget_emitted(self) -> None:
        self._emitted_row = None

    # -- text ---------------------------------------------------------------

    def _bar_name(self, key: str) -> str:
        return {"range": self.tr("Range"), "balance": self.tr("Balance"), "selection": self.tr("Selection"),
                "analysis": self.tr("Analysis"), "judgement": self.tr("Judgement")}[key]

    def _kind_name(self, criterion: str) -> str:
        """What a feedback item is about, for screen readers: the criterion it costs points in."""
        if criterion in CRITERIA:
            return self._bar_name(criterion)
        return self.tr("Band") if criterion == "overall" else self.tr("Plan file")

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Score"))
        self._concealed_label.setText(
            self.tr("Score hidden in exam mode — press Check plan (Ctrl+Return) to see it"))
        self._concealed_label.setAccessibleName(self.tr("Score hidden"))
        self._overall.setAccessibleName(self.tr("Overall score"))
        self._band.setAccessibleName(self.tr("Band"))
        self._descriptor.setAccessibleName(self.tr("Band description"))
        self._indicators_heading.setText(self.tr("Criteria"))
        self._chart_heading.setText(self.tr("Evidence per factor"))
        self._chart_area.setAccessibleName(self.tr("Evidence per factor"))
        self.feedback_list.setAccessibleName(self.tr("Feedback"))
        self.feedback_list.setAccessibleDescription(self.tr("Press Enter on an item to go to what it is about"))
        tips = {
            "range": self.tr("How many of the question's factors your evidence supports, up to the cards each needs."),
            "balance": self.tr("How evenly your evidence is spread over the factors, or over the two sides of a "
                               "'how far' question."),
            "selection": self.tr("How much of the evidence you chose fits where you put it, without piling on cards."),
            "analysis": self.tr("How far your points explain and weigh, rather than retell the cards."),
            "judgement": self.tr("Whether your conclusion chooses a factor, gives a reason, weighs it against the "
                                 "alternatives and rests on your evidence."),
        }
        for key, bar in self._bars.items():
            bar.setAccessibleName(self._bar_name(key))
            for widget in (bar, self._bar_labels[key], self._bar_values[key]):
                widget.setToolTip(tips[key])
            self._bar_labels[key].setText(self._bar_name(key))
        self._feedback_heading.setText(self.tr("What to do next"))
        self._all_done.setText(self.tr("Nothing to fix: every factor is supported and the judgement is backed up."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._feedback = []  # re-create item texts (kind names) in the new language
            self._apply()
        super().changeEvent(event)
