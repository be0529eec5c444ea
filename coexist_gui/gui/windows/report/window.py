"""File ▸ Class report…: a folder of students' plans, scored in the background, as a table and charts.

The folder is remembered. Plans are read in a worker thread with a progress bar (and Stop), using
the built-in pack, the installed packs (a pack installed elsewhere appears without a restart) and
any pack file the teacher adds. The table sorts and filters; opening a row shows that student's
whole plan beside the model plan. Export writes the very files ``coexist-gui report`` writes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.class_report import Cancelled, ClassReport, build_report, report_csv, report_html, report_markdown
from ....core.colours import factor_colours
from ....core.feedback import band_label
from ....core.model import Pack
from ....core.pack import load_pack
from ....core.plaintext import printable
from ....core.problems import LoadError
from ....core.storage import SaveError, atomic_write
from ... import dialogs as common
from ...language import Languages
from ...pack_list import PackList
from ...settings import WindowSettings
from ...widgets.metrics import SECTION, SPACING
from ...widgets.named_button import NamedButton
from ...widgets.plain_text import add_plain_item, set_plain_text
from .charts import Bar, BarChart
from .model import PROBLEMS, QUESTION, STUDENT, ReportFilter, ReportTableModel
from .plan_view import PlanReader

BAND_COLOURS = {1: "#d55e00", 2: "#e69f00", 3: "#f0e442", 4: "#56b4e9", 5: "#009e73"}  # as in the HTML report
POLL_MS = 30
FOLDER_KEY = "report/folder"


class _Job:
    """A report being built in a worker thread: progress and outcome, read by the window's timer."""

    def __init__(self, folder: Path, packs: dict[str, Pack]) -> None:
        self.folder = folder
        self.done_count = 0
        self.total = 0
        self.stop = threading.Event()
        self.finished = threading.Event()
        self.report: ClassReport | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(packs,), name="coexist-report", daemon=True)
        self._thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.done_count, self.total = done, total

    def _run(self, packs: dict[str, Pack]) -> None:
        try:
            self.report = build_report([self.folder], packs, progress=self._progress, cancelled=self.stop.is_set)
        except Cancelled:
            pass
        except Exception as exc:  # handed to the window, which says what went wrong
            self.error = exc
        finally:
            self.finished.set()

    def wait(self, timeout: float = 30.0) -> None:
        self._thread.join(timeout)


class ClassReportWindow(QDialog):
    """Non-modal. ``report`` is the last report read (None before the first)."""

    def __init__(self, library: PackList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = WindowSettings()
        self.extra_packs: dict[str, Pack] = {}
        self.report: ClassReport | None = None
        self.folder: Path | None = None
        self._job: _Job | None = None
        self.reader: PlanReader | None = None
        self.setWindowTitle(self.tr("Class report"))
        self.setAccessibleName(self.tr("Class report"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1320, 800)

        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setProperty("role", "heading")
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        self.choose_button.setAccessibleName(self.tr("Choose the folder of plans"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.reload_button = QPushButton(self.tr("&Read again"))
        self.reload_button.setAccessibleName(self.tr("Read the folder again"))
        self.reload_button.clicked.connect(self.reload)
        self.packs_label = QLabel()
        self.packs_label.setTextFormat(Qt.TextFormat.PlainText)
        self.packs_label.setObjectName("muted")
        self.packs_label.setWordWrap(True)
        self.add_pack_button = QPushButton(self.tr("Add pack &file…"))
        self.add_pack_button.setAccessibleName(self.tr("Add a pack file the plans use"))
        self.add_pack_button.clicked.connect(self.add_pack_file)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading plans"))
        self.progress.setVisible(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop reading"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        top = QGridLayout()
        top.setHorizontalSpacing(SPACING)
        top.setVerticalSpacing(SPACING // 2)
        top.addWidget(self.folder_label, 0, 0)
        top.addWidget(self.choose_button, 0, 1)
        top.addWidget(self.reload_button, 0, 2)
        top.addWidget(self.packs_label, 1, 0)
        top.addWidget(self.add_pack_button, 1, 1, 1, 2)
        top.addWidget(self.progress, 2, 0)
        top.addWidget(self.stop_button, 2, 1)
        top.setColumnStretch(0, 1)

        self.model = ReportTableModel(self)
        self.proxy = ReportFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a student"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a student"))
        self.search.textChanged.connect(self._on_filter)
        self.question_filter = QComboBox()
        self.question_filter.setAccessibleName(self.tr("Show plans for question"))
        self.question_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question_filter.setMinimumContentsLength(30)
        self.question_filter.currentIndexChanged.connect(self._on_filter)
        self.band_filter = QComboBox()
        self.band_filter.setAccessibleName(self.tr("Show plans in band"))
        self._fill_band_filter()
        self.band_filter.currentIndexChanged.connect(self._on_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        filters = QHBoxLayout()
        filters.setSpacing(SPACING)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.question_filter, 3)
        filters.addWidget(self.band_filter, 1)
        filters.addWidget(self.count_label)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Plans, one row per student"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STUDENT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self.open_row)
        self.table.doubleClicked.connect(self.open_row)
        self.open_button = QPushButton(self.tr("&Open plan"))
        self.open_button.setAccessibleName(self.tr("Open the selected student's plan"))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex()))
        plans_tab = QWidget()
        plans_column = QVBoxLayout(plans_tab)
        plans_column.setContentsMargins(0, SPACING, 0, 0)
        plans_column.setSpacing(SPACING)
        plans_column.addLayout(filters)
        plans_column.addWidget(self.table, 1)
        hint = QLabel(self.tr("Click a column to sort by it. Double-click a row (or select it and press Enter) to "
                              "read the whole plan beside the model plan."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        open_row = QHBoxLayout()
        open_row.addWidget(hint, 1)
        open_row.addWidget(self.open_button)
        plans_column.addLayout(open_row)

        self.summary_question = QComboBox()
        self.summary_question.setAccessibleName(self.tr("Question for the summary"))
        self.summary_question.currentIndexChanged.connect(self._show_summary)
        self.summary_text = QLabel()
        self.summary_text.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_text.setWordWrap(True)
        self.bands_chart = BarChart(self.tr("Plans per band"))
        self.coverage_chart = BarChart(self.tr("Plans with evidence for each factor"))
        self.misplaced_chart = BarChart(self.tr("Cards most often misplaced"))
        charts = QGridLayout()
        charts.setHorizontalSpacing(SECTION * 2)
        charts.setVerticalSpacing(SECTION)
        charts.addWidget(self.bands_chart, 0, 0, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.coverage_chart, 0, 1, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.misplaced_chart, 1, 0, 1, 2)
        summary_body = QWidget()
        summary_column = QVBoxLayout(summary_body)
        summary_column.setSpacing(SECTION)
        summary_column.addWidget(self.summary_question)
        summary_column.addWidget(self.summary_text)
        summary_column.addLayout(charts)
        summary_column.addStretch()
        summary_scroll = QScrollArea()
        summary_scroll.setWidget(summary_body)
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.tabs = QTabWidget()
        self.tabs.addTab(plans_tab, self.tr("&Plans"))
        self.tabs.addTab(summary_scroll, self.tr("&Summary"))

        self.skipped_label = QLabel()
        self.skipped_label.setTextFormat(Qt.TextFormat.PlainText)
        self.skipped_label.setWordWrap(True)
        self.skipped_button = QPushButton(self.tr("Show skipped files…"))
        self.skipped_button.setAccessibleName(self.tr("Show the files that could not be read"))
        self.skipped_button.clicked.connect(self.show_skipped)
        self.export_buttons = []
        bottom = QHBoxLayout()
        bottom.setSpacing(SPACING)
        bottom.addWidget(self.skipped_label, 1)
        bottom.addWidget(self.skipped_button)
        for text, kind in ((self.tr("Export &CSV…"), "csv"), (self.tr("Export &Markdown…"), "md"),
                           (self.tr("Export &HTML…"), "html")):
            button = NamedButton(text)
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            bottom.addWidget(button)
            self.export_buttons.append(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        Languages.of().changed.connect(self.retranslate)
        self._show_packs()
        self._show_report()
        saved = self.settings.store.value(FOLDER_KEY, "")
        if saved and Path(str(saved)).is_dir():
            QTimer.singleShot(0, lambda: self.load_folder(Path(str(saved))))
        else:
            self.folder_label.setText(self.tr("Choose the folder your students' plan files are in (*.plan.yaml)."))

    # -- packs -------------------------------------------------------------------------------------------------
    def packs(self) -> dict[str, Pack]:
        """Packs by id, as ``coexist-gui report`` finds them: built in, installed, then the files added here."""
        packs = {entry.pack.id: entry.pack for entry in self.library.entries}
        packs.update(self.extra_packs)
        return packs

    def _fill_band_filter(self) -> None:
        combo = self.band_filter
        chosen = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All bands"), 0)
        for band in range(1, 6):
            combo.addItem(self.tr("Band %1 · %2").replace("%1", str(band)).replace("%2", band_label(band)), band)
        combo.setCurrentIndex(max(0, chosen))
        combo.blockSignals(False)

    def retranslate(self, _language: str = "") -> None:
        """The language changed (View ▸ Language): the words made from the plans and packs are made again (the
        table, its problems, the charts, the plan being read); the plans are not read again."""
        reading = self.table.currentIndex().row() if self.reader is not None and self.reader.isVisible() else -1
        self._fill_band_filter()
        self._show_packs()
        self._show_report()
        if 0 <= reading < self.proxy.rowCount():
            self.open_row(self.proxy.index(reading, 0))

    def _show_packs(self) -> None:
        names = [printable(p.title) or p.id for p in self.packs().values()]
        set_plain_text(self.packs_label, self.tr("Packs the plans can use: %1").replace("%1", "; ".join(names)))

    def packs_changed(self) -> None:
        """A pack was installed or removed (here or elsewhere): list it, and read the plans with it."""
        self._show_packs()
        if self.folder is not None and self.report is not None and self.report.skipped:
            self.reload()

    def add_pack_file(self) -> None:
        from ...editor import dialogs

        path = dialogs.open_pack_file(self, self.folder or Path.home())
        if path is None:
            return
        try:
            pack = load_pack(path).pack
        except LoadError as exc:
            dialogs.show_problems(self, self.tr("Cannot use pack"), self.tr("“%1” is not a valid pack.").replace(
                "%1", path.name), exc.problems)
            return
        self.extra_packs[pack.id] = pack
        self._show_packs()
        self.reload()

    # -- reading -------------------------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        from ...editor import dialogs

        folder = dialogs.choose_folder(self, self.folder or self.settings.last_folder(),
                                       self.tr("Folder of students' plans"))
        if folder is not None:
            self.load_folder(folder)

    def load_folder(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.settings.store.setValue(FOLDER_KEY, str(self.folder))
        set_plain_text(self.folder_label, self.tr("Plans in %1").replace("%1", str(self.folder)))
        self.reload()

    def reload(self) -> None:
        if self.folder is None:
            return
        self.stop()
        self._job = _Job(self.folder, self.packs())
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.choose_button.setEnabled(False)
        self.reload_button.setEnabled(False)
        self._poll.start()

    def stop(self) -> None:
        if self._job is not None:
            self._job.stop.set()
            self._job.wait()
            self._job = None
        self._poll.stop()
        self._reading(False)

    def _reading(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.reload_button.setEnabled(not busy and self.folder is not None)

    def _collect(self) -> None:
        job = self._job
        if job is None:
            return
        if job.total:
            self.progress.setRange(0, job.total)
            self.progress.setValue(job.done_count)
            self.progress.setFormat(self.tr("Reading plan %1 of %2").replace("%1", str(job.done_count))
                                    .replace("%2", str(job.total)))
        if not job.finished.is_set():
            return
        self._poll.stop()
        self._job = None
        self._reading(False)
        if job.error is not None:
            common.show_error(self, self.tr("Cannot read the plans"), str(job.error))
            return
        if job.report is not None:
            self.report = job.report
            self._show_report()
            if self.isActiveWindow() and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter opens the plan, arrows move

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the current reading is done (tests, export)."""
        if self._job is not None:
            self._job.wait(timeout)
            self._collect()

    # -- report -> widgets -------------------------------------------------------------------------------------------
    def _show_report(self) -> None:
        report = self.report
        self.model.set_report(report)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(QUESTION, min(header.sectionSize(QUESTION), 240))
        header.resizeSection(PROBLEMS, max(header.sectionSize(PROBLEMS), 220))
        for combo in (self.question_filter, self.summary_question):
            combo.blockSignals(True)
            combo.clear()
        self.question_filter.addItem(self.tr("All questions"), None)
        for group in report.groups if report else ():
            label = printable(group.prompt.question.replace("\n", " "))
            key = (group.pack.id, group.prompt.id)
            add_plain_item(self.question_filter, label, key)
            add_plain_item(self.summary_question, label, key)
        for combo in (self.question_filter, self.summary_question):
            combo.blockSignals(False)
        self._on_filter()
        self._show_summary()
        skipped = len(report.skipped) if report else 0
        self.skipped_label.setText(self.tr("%n file(s) could not be read or scored and were skipped.", "", skipped)
                                   if skipped else "")
        self.skipped_button.setVisible(bool(skipped))
        for button in self.export_buttons:
            button.setEnabled(report is not None and bool(report.groups or report.skipped))
        self.open_button.setEnabled(bool(report and report.scored))

    def _on_filter(self, *_args: object) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_prompt(self.question_filter.currentData())
        self.proxy.set_band(self.band_filter.currentData() or 0)
        total = self.report.scored if self.report else 0
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n plan(s)", "", total) if shown == total
                                 else self.tr("%1 of %n plan(s)", "", total).replace("%1", str(shown)))

    def _group(self) -> object:
        key = self.summary_question.currentData()
        if self.report is None or key is None:
            return None
        return next((g for g in self.report.groups if (g.pack.id, g.prompt.id) == tuple(key)), None)

    def _show_summary(self, *_args: object) -> None:
        group = self._group()
        if group is None:
            self.summary_text.setText(self.tr("No plans read yet.") if self.report is None
                                      else self.tr("No plan could be scored."))
            for chart in (self.bands_chart, self.coverage_chart, self.misplaced_chart):
                chart.set_bars([], 0, self.tr("Nothing to show yet"))
            return
        n = len(group.rows)  # type: ignore[attr-defined]
        self.summary_text.setText(self.tr("Plans answering this question: %n; their mean overall score is %1.", "", n)
                                  .replace("%1", f"{group.mean():.0f}"))  # type: ignore[attr-defined]
        bands = group.bands()  # type: ignore[attr-defined]
        self.bands_chart.set_bars([Bar(self.tr("Band %1 · %2").replace("%1", str(b)).replace("%2", band_label(b)),
                                       count, BAND_COLOURS[b]) for b, count in bands.items()], n)
        colours = factor_colours(group.pack, group.prompt)  # type: ignore[attr-defined]
        self.coverage_chart.set_bars([Bar(name, count, colours.get(factor_id, "#0072b2"))
                                      for factor_id, name, count in group.coverage()], n)  # type: ignore[attr-defined]
        misplaced = group.misplaced()  # type: ignore[attr-defined]
        self.misplaced_chart.set_bars([Bar(text, count, "#cc79a7") for _card, text, count in misplaced], n,
                                      self.tr("No card was misplaced in any plan."))

    # -- drill-down ---------------------------------------------------------------------------------------------------
    def open_row(self, index: QModelIndex) -> PlanReader | None:
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        entry = self.model.entry(source.row())
        if entry is None:
            return None
        if self.reader is None:
            self.reader = PlanReader(self)
            self.reader.previousRequested.connect(lambda: self._step(-1))
            self.reader.nextRequested.connect(lambda: self._step(1))
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        self.reader.show_plan(*entry, index.row(), self.proxy.rowCount())
        self.reader.show()
        return self.reader

    def _step(self, delta: int) -> None:
        row = self.table.currentIndex().row() + delta
        if 0 <= row < self.proxy.rowCount():
            self.open_row(self.proxy.index(row, 0))

    def show_skipped(self) -> None:
        if self.report is not None and self.report.skipped:
            common.show_warnings(self, self.tr("Skipped files"), self.tr(
                "These files could not be read or scored (a damaged file, or a pack that is not installed: "
                "install it, or add its file with “Add pack file…”):"),
                "\n".join(printable(str(item)) for item in self.report.skipped))

    # -- export -------------------------------------------------------------------------------------------------------
    def export(self, kind: str) -> bool:
        """CSV, Markdown or HTML: exactly what ``coexist-gui report --csv/--md/--html`` writes."""
        self.wait()
        report = self.report
        if report is None:
            return False
        suffix = {"csv": ".csv", "md": ".md", "html": ".html"}[kind]
        folder = self.folder or self.settings.last_folder()
        filters = {"csv": self.tr("CSV for a spreadsheet (*.csv)"), "md": self.tr("Markdown (*.md)"),
                   "html": self.tr("Web page, opens in any browser (*.html)")}
        path = common.save_file(self, folder / f"class-report{suffix}", self.tr("Export class report"),
                                filters[kind])
        if path is None:
            return False
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        text = report_csv(report) if kind == "csv" else report_markdown(report) if kind == "md" else \
            report_html(report)
        try:
            atomic_write(path, text)
        except SaveError as exc:
            common.show_error(self, self.tr("Could not export"), str(exc))
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        if self.reader is not None:
            self.reader.close()
        super().closeEvent(event)
