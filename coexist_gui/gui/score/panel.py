"""The score of the plan: score and band fixed at the top, the five criteria, the chart, and feedback.

Only the feedback list scrolls; everything above it keeps its place and size whatever the score,
so nothing jumps while the student works (``docs/design.md``, "Score panel").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.feedback import band_descriptor, criterion_help, criterion_label, criterion_mark, render
from ...core.scoring import CRITERIA, WEIGHTS, Feedback, Score, percent
from ..theme.appearance import current_scheme
from ..theme.fonts import tabular
from ..theme.tokens import CRITERION_COLOURS, band_tint
from ..widgets.badge import Badge
from ..widgets.icons import letter_icon
from ..widgets.metrics import px
from ..widgets.plain_text import plain_label, plain_tooltip, set_item_text, shown
from .coverage_chart import CoverageChart

CHART_ROWS_VISIBLE = 6  # more factors than this scroll inside the chart area
ROW_HEIGHT = 24  # a criterion row at 100 %, whatever its text


def is_gate(item: Feedback) -> bool:
    return item.kind.startswith("gate_")


class CriterionBar(QProgressBar):
    """A thin rounded bar in its criterion's colour, painted directly.

    QProgressBar repaints at once on every setValue; the styled default costs ~1 ms a bar, on every edit."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(colour)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        area = QRectF(self.rect())
        radius = area.height() / 2
        painter.setBrush(QColor(current_scheme().sunken))
        painter.drawRoundedRect(area, radius, radius)
        span = max(1, self.maximum() - self.minimum())
        filled = area.width() * (self.value() - self.minimum()) / span
        if filled > 0:
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(area.left(), area.top(), max(filled, area.height()), area.height()),
                                    radius, radius)
        painter.end()


def _tinted_box(name: str) -> tuple[QFrame, QLabel]:
    """A hidden tinted frame (the style sheet's ``QFrame#name``) holding one wrapped plain-text label."""
    box = QFrame()
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = plain_label(wrap=True)
    layout.addWidget(label)
    box.hide()
    return box, label


class _PanelLayout(QVBoxLayout):
    """The panel's column. It reports no height-for-width: the scroll area around the panel would then
    give it its preferred height (the whole chart, every feedback item) and scroll as a whole. Instead
    the panel takes the height it is given, and only its feedback list scrolls."""

    def hasHeightForWidth(self) -> bool:
        return False


class _ChartArea(QScrollArea):
    """Asks for the whole chart's height (its maximum), so it only scrolls when the panel is short."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.maximumHeight())


class ScorePanel(QWidget):
    """Shows a core ``Score`` and lets the user jump to what a feedback item is about.

    ``set_score`` only updates existing widgets (it runs on every edit). While the score is
    concealed (exam mode, or blind mode, until Check plan) no child widget holds a number: the
    widgets are emptied and a message says how to see the score.

    Signals:
        feedbackActivated: the user clicked a feedback item or pressed Enter on it.
            arg: the core ``Feedback`` item.
        checkRequested(): the Check plan button was pressed.
    """

    feedbackActivated = Signal(object)
    checkRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorePanel")
        self._score: Score | None = None
        self._colours: dict[str, str] = {}
        self._two_sided = False
        self._concealed = False
        self._hidden_message = ""
        self._prediction: int | None = None
        self._feedback: list[Feedback] = []
        self._emitted_row: int | None = None  # a click and an activation from one mouse release emit once
        self._icons: dict[str, QIcon] = {}

        outer = _PanelLayout(self)
        outer.setContentsMargins(16, 16, 16, 8)
        outer.setSpacing(8)

        # the title and the primary action: always in the same place
        top = QHBoxLayout()
        top.setSpacing(8)
        self._title = plain_label(role="title", wrap=False)
        self.check_button = QPushButton()
        self.check_button.setProperty("primary", True)
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.checkRequested)
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self.check_button)
        outer.addLayout(top)

        self._concealed_label = plain_label(wrap=True)
        self._concealed_label.setObjectName("concealed")
        self._concealed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._concealed_label.setMargin(16)
        self._concealed_label.hide()
        outer.addWidget(self._concealed_label, 0, Qt.AlignmentFlag.AlignTop)

        self._content = QWidget(self)
        content = QVBoxLayout(self._content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(12)
        outer.addWidget(self._content, 1)

        # the score and the band: fixed at the top, the same size for every score
        headline = QHBoxLayout()
        headline.setSpacing(8)
        self._overall = plain_label(role="display", wrap=False)
        self._overall.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self._out_of = plain_label("/100", role="caption", wrap=False)
        self._band = Badge(pill=True, elide=True)
        self._band.setWordWrap(False)
        self._band.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        headline.addWidget(self._overall, 0, Qt.AlignmentFlag.AlignBottom)
        headline.addWidget(self._out_of, 0, Qt.AlignmentFlag.AlignBottom)
        headline.addSpacing(8)
        headline.addWidget(self._band, 0, Qt.AlignmentFlag.AlignVCenter)
        headline.addStretch(1)
        self._descriptor = plain_label(role="caption", wrap=True)
        self._descriptor.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._gate, self._gate_text = _tinted_box("callout")  # a level gate holds the band back
        self._note, self._note_text = _tinted_box("note")  # how the prediction compared
        section = QVBoxLayout()
        section.setSpacing(8)
        section.addLayout(headline)
        section.addWidget(self._descriptor)
        section.addWidget(self._gate)
        section.addWidget(self._note)
        content.addLayout(section)

        # the five criteria, one row of fixed height each (their markers say what they are: no heading needed)
        self._criteria = QGridLayout()
        self._criteria.setContentsMargins(0, 0, 0, 0)
        self._criteria.setHorizontalSpacing(8)
        self._criteria.setVerticalSpacing(0)
        self._criteria.setColumnStretch(2, 1)
        self._bars: dict[str, QProgressBar] = {}
        self._bar_labels: dict[str, QLabel] = {}
        self._bar_values: dict[str, QLabel] = {}
        self._markers: dict[str, QLabel] = {}
        for row, key in enumerate(CRITERIA):
            marker = QLabel()
            marker.setTextFormat(Qt.TextFormat.PlainText)
            name = plain_label(wrap=False)
            bar = CriterionBar(CRITERION_COLOURS[key], self._content)
            bar.setRange(0, 100)
            bar.setTextVisible(False)  # the labels beside it carry the text in every style (macOS draws none)
            value = plain_label(wrap=False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name.setBuddy(bar)
            self._bars[key], self._bar_labels[key], self._bar_values[key] = bar, name, value
            self._markers[key] = marker
            self._criteria.addWidget(marker, row, 0)
            self._criteria.addWidget(name, row, 1)
            self._criteria.addWidget(bar, row, 2, Qt.AlignmentFlag.AlignVCenter)
            self._criteria.addWidget(value, row, 3)
        content.addLayout(self._criteria)

        # coverage chart
        self._chart_heading = plain_label(role="heading", wrap=False)
        self.chart = CoverageChart()
        self._chart_area = _ChartArea(self._content)
        self._chart_area.setWidget(self.chart)
        self._chart_area.setWidgetResizable(True)
        self._chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self._chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as tall as the chart, but on a short screen it gives way before the feedback list does
        self._chart_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._chart_area.viewport().setAutoFillBackground(False)
        self.chart.setAutoFillBackground(False)
        self.chart.heightChanged.connect(self._fit_chart)
        section = QVBoxLayout()
        section.setSpacing(8)
        section.addWidget(self._chart_heading)
        section.addWidget(self._chart_area)
        content.addLayout(section)

        # feedback: the one part of the panel that scrolls
        self._feedback_heading = plain_label(role="heading", wrap=False)
        self.feedback_list = QListWidget(self._content)
        self.feedback_list.setObjectName("feedback")
        self.feedback_list.setWordWrap(True)
        self.feedback_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.feedback_list.setUniformItemSizes(False)
        self.feedback_list.setSpacing(2)
        self.feedback_list.setIconSize(QSize(16, 16))
        self.feedback_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.feedback_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.feedback_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.feedback_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.feedback_list.setMinimumHeight(64)
        self.feedback_list.viewport().installEventFilter(self)  # re-wrap the items when the width changes
        self._fitted_width = -1
        self.feedback_list.itemClicked.connect(self._on_item_activated)
        self.feedback_list.itemActivated.connect(self._on_item_activated)
        section = QVBoxLayout()
        section.setSpacing(8)
        section.addWidget(self._feedback_heading)
        section.addWidget(self.feedback_list, 1)
        self._all_done = plain_label(wrap=True)
        section.addWidget(self._all_done)
        section.addStretch(0)
        content.addLayout(section, 1)

        self._retranslate()
        self._fit_metrics()
        self._apply()

    # -- public -------------------------------------------------------------

    def show_score(self, score: Score | None, colours: dict[str, str], two_sided: bool, concealed: bool,
                   hidden_message: str = "") -> None:
        """Show ``score`` (or hide it, with ``hidden_message`` saying why); nothing happens when nothing changed."""
        if hidden_message and hidden_message != self._hidden_message:
            self._hidden_message = hidden_message
            self._concealed_label.setText(hidden_message)
        if (score is self._score and colours == self._colours and two_sided == self._two_sided
                and concealed == self._concealed):
            return
        self._score, self._colours, self._two_sided = score, colours, two_sided
        if concealed != self._concealed:
            self._concealed = concealed
            self._concealed_label.setVisible(concealed)
            self._content.setVisible(not concealed)
            if concealed:
                self._prediction = None
        elif concealed:
            return  # a new score behind the curtain: the emptied widgets stay empty
        self._apply()

    def set_score(self, score: Score, colours: dict[str, str], two_sided: bool) -> None:
        self.show_score(score, colours, two_sided, self._concealed)

    def set_concealed(self, concealed: bool) -> None:
        self.show_score(self._score, self._colours, self._two_sided, concealed)

    def is_concealed(self) -> bool:
        return self._concealed

    def set_prediction(self, predicted: int | None) -> None:
        """The band the student predicted before this check (None: no prediction), shown against the real one."""
        self._prediction = predicted
        self._show_note()

    def prediction_text(self) -> str:
        score = self._score
        if self._prediction is None or score is None or self._concealed:
            return ""
        if self._prediction == score.band:
            return self.tr("You predicted band %1, and the plan is band %1: well judged.").replace(
                "%1", str(score.band))
        return self.tr("You predicted band %1; the plan is band %2.").replace("%1", str(self._prediction)).replace(
            "%2", str(score.band))

    # -- updating -----------------------------------------------------------

    def _apply(self) -> None:
        """Show the stored score, or empty every widget (no score yet, or concealed)."""
        score = None if self._concealed else self._score
        scheme = current_scheme()
        if score is None:
            self._overall.setText("–" if not self._concealed else "")
            self._overall.setAccessibleName(self.tr("Overall score"))
            self._out_of.setText("" if self._concealed else "/100")
            self._band.show_text("", "", band_tint(scheme, 0))
            self._descriptor.setText("" if self._concealed else self.tr("No plan to score yet."))
            for key, bar in self._bars.items():
                bar.setValue(0)
                bar.setFormat("" if self._concealed else criterion_label(key))
                self._bar_values[key].setText("" if self._concealed else "–")
            self._gate.hide()
            self._set_chart(None)
            self._set_feedback([])
            self._show_note()
            return
        self._overall.setText(str(score.overall))
        self._out_of.setText("/100")
        band = self.tr("Band {band} of 5 · {name}").format(band=score.band, name=score.band_name)
        self._band.show_text(band, score.band_descriptor, band_tint(scheme, score.band))
        self._descriptor.setText(score.band_descriptor)
        self._overall.setAccessibleName(self.tr("Overall score {overall} out of 100").format(overall=score.overall))
        for key, bar in self._bars.items():
            value = percent(score.criterion(key).value)
            bar.setValue(value)
            # %v would be fine in English, but a translated format must be able to move the number
            bar.setFormat(self.tr("{name} {value}").format(name=criterion_label(key), value=value))
            self._bar_values[key].setText(str(value))
        gates = [item for item in score.feedback if is_gate(item)] if score.cap else []
        self._gate.setVisible(bool(gates))
        if gates:
            text = render(gates[0])
            self._gate_text.setText(text)
            self._gate.setAccessibleName(self.tr("What holds the band back"))
            self._gate.setAccessibleDescription(text)
        self._set_chart(score)
        self._set_feedback([item for item in score.feedback if not (gates and item == gates[0])])
        self._show_note()

    def _show_note(self) -> None:
        text = self.prediction_text()
        self._note_text.setText(text)
        self._note.setVisible(bool(text))
        self._note.setAccessibleDescription(text)

    def _set_chart(self, score: Score | None) -> None:
        self.chart.set_data(score, self._colours, self._two_sided)
        self._fit_chart()

    def _fit_chart(self) -> None:
        cap = self.chart.height_for_rows(CHART_ROWS_VISIBLE)
        width = self._chart_area.viewport().width() or self.chart.width()
        full = min(self.chart.heightForWidth(width), cap)
        self._chart_area.setMaximumHeight(full)  # both are no-ops when unchanged
        self._chart_area.setMinimumHeight(min(full, self.chart.height_for_rows(1)))

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
                item.setIcon(self._criterion_icon(feedback.criterion))
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
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit_height(watched.height())
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

    # -- text and metrics ---------------------------------------------------

    def _criterion_icon(self, criterion: str) -> QIcon:
        """A criterion's lettered marker; a gate is "!", a note about the file "i"."""
        if criterion not in self._icons:
            letter = "!" if criterion == "overall" else criterion_mark(criterion) if criterion in CRITERIA else "i"
            colour = CRITERION_COLOURS.get(criterion, CRITERION_COLOURS[""])
            self._icons[criterion] = letter_icon(colour, letter, 32)  # sharp at every zoom
        return self._icons[criterion]

    def _kind_name(self, criterion: str) -> str:
        """What a feedback item is about, for screen readers: the criterion it costs points in."""
        if criterion in CRITERIA:
            return criterion_label(criterion)
        return self.tr("Band") if criterion == "overall" else self.tr("Plan file")

    def _fit_metrics(self) -> None:
        """Sizes that follow the font (after a zoom): fixed row heights, room for "100" and for every band's
        description, so nothing moves when the score changes."""
        self.ensurePolished()
        self._overall.ensurePolished()
        metrics = self.fontMetrics()
        row = max(round(ROW_HEIGHT * metrics.height() / 16), metrics.height() + 6)
        for row_index in range(len(CRITERIA)):
            self._criteria.setRowMinimumHeight(row_index, row)
        for key in CRITERIA:
            self._bars[key].setFixedHeight(max(6, metrics.height() // 2))
            self._bar_labels[key].setFixedHeight(row)
            self._bar_values[key].setMinimumWidth(metrics.horizontalAdvance("100") + 2)
            self._markers[key].setPixmap(self._criterion_icon(key).pixmap(px(16), px(16)))
        self.feedback_list.setIconSize(QSize(px(16), px(16)))
        big = tabular(self._overall.font())
        self._overall.setFont(big)
        self._overall.setFixedWidth(QFontMetrics(big).horizontalAdvance("100") + 2)
        self._fit_descriptor()

    def _fit_descriptor(self) -> None:
        width = self._descriptor.width() if self._descriptor.width() > 50 else max(200, self.width() - 32)
        flags = int(Qt.TextFlag.TextWordWrap)
        metrics = self._descriptor.fontMetrics()
        tallest = max(metrics.boundingRect(QRect(0, 0, width, 10_000), flags, band_descriptor(band)).height()
                      for band in range(1, 6))
        self._descriptor.setMinimumHeight(tallest)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_metrics()
        parent = self.parentWidget()
        if parent is not None and not self.property("watchesParent"):
            self.setProperty("watchesParent", True)
            parent.installEventFilter(self)  # the room the panel is given: see _fit_height

    def _fit_height(self, room: int) -> None:
        """On a short screen the band's description goes (the band pill's tooltip still has it) before the
        panel would have to scroll as a whole."""
        if self._concealed:
            return
        shown = self._descriptor.isVisible()
        layout = self.layout()
        if layout is None:
            return
        need = layout.minimumSize().height() + (0 if shown else self._descriptor.minimumHeight() + 12)
        if (need <= room) != shown:
            self._descriptor.setVisible(need <= room)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._fit_descriptor)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Score"))
        self._title.setText(self.tr("Score"))
        self.check_button.setText(self.tr("Check plan"))
        self.check_button.setAccessibleName(self.tr("Check plan"))
        self.check_button.setToolTip(self.tr("Check the plan and record it in your progress (Ctrl+Return)"))
        if not self._hidden_message:
            self._concealed_label.setText(
                self.tr("Score hidden in exam mode — press Check plan (Ctrl+Return) to see it"))
        self._concealed_label.setAccessibleName(self.tr("Score hidden"))
        self._overall.setAccessibleName(self.tr("Overall score"))
        self._band.setAccessibleName(self.tr("Band"))
        self._descriptor.setAccessibleName(self.tr("Band description"))
        self._content.setAccessibleName(self.tr("Criteria"))
        self._note.setAccessibleName(self.tr("Your prediction"))
        self._chart_heading.setText(self.tr("Evidence per factor"))
        self._chart_area.setAccessibleName(self.tr("Evidence per factor"))
        self.feedback_list.setAccessibleName(self.tr("Feedback"))
        self.feedback_list.setAccessibleDescription(self.tr("Press Enter on an item to go to what it is about"))
        for key, bar in self._bars.items():
            name = criterion_label(key)
            tip = criterion_help(key) + "\n" + self.tr("It makes up %1% of the score.").replace(
                "%1", str(round(WEIGHTS[key] * 100)))
            bar.setAccessibleName(name)
            bar.setAccessibleDescription(criterion_help(key))
            for widget in (bar, self._bar_labels[key], self._bar_values[key], self._markers[key]):
                widget.setToolTip(plain_tooltip(tip))
            self._bar_labels[key].setText(name)
        self._feedback_heading.setText(self.tr("What to do next"))
        self._all_done.setText(self.tr("Nothing to fix: every factor is supported and the judgement is backed up."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_metrics)
        if event.type() == QEvent.Type.LanguageChange:
            self._icons.clear()  # the criteria's letters are the language's
            self._retranslate()
            self._feedback = []  # re-create item texts (kind names) in the new language
            self._apply()
        super().changeEvent(event)
