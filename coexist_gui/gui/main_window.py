"""The main window: puts the prompt bar, evidence bank, plan board and score panel together and wires them.

What the window does lives in its parts: ``actions`` (QActions and menus), ``files``
(plan files, dropped files, recent files, recovery), ``pack_actions``, ``exports``, ``checks``
(check, compare, progress), ``edits`` (keyboard and menu edits), ``window_state`` (size,
splitter and view options between runs) and ``view_mode`` (exam, blind, revealed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ..core.languages import is_rtl
from ..core.model import Plan, Prompt
from ..core.pack import resource_path
from .actions import WindowActions
from .app import after_first_paint
from .autosave import Autosaver
from .background import is_loading
from .bank.panel import EvidencePanel
from .cards.marks import forget_words
from .checks import CheckActions
from .edits import EditActions
from .exports import ExportActions
from .files import FileActions
from .language import Languages
from .pack_actions import PackActions
from .pack_list import PackEntry, PackList
from .pack_watcher import PacksWatcher
from .plan.board import PlanBoard
from .prompt.bar import PromptBar
from .score.panel import ScorePanel
from .session import Session
from .settings import WindowSettings
from .teaching import TeacherActions
from .theme.appearance import Appearance, fit_layouts
from .view_mode import ViewMode
from .widgets.plain_text import plain_title, shown_line
from .window_state import WindowState
from .windows.registry import SideWindows


class MainWindow(QMainWindow):
    def __init__(self, library: PackList | None = None) -> None:
        super().__init__()
        self.settings = WindowSettings()
        self.library = library or PackList()
        if not self.library.entries:
            self.library.scan()
        self.entry = self.library.find(self.settings.last_pack()) or self.library.entries[0]
        prompt = self.entry.pack.prompt(self.settings.last_prompt()) or self.entry.pack.prompts[0]
        self.session = Session(self.entry.pack, prompt, parent=self)
        self.autosaver = Autosaver(self.session, self)
        self.view_mode = ViewMode(self.session, self)
        self.side_windows = SideWindows()
        self._shown_blind = False
        self.appearance = Appearance.of()

        self.setWindowTitle("Coexist")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(QIcon(str(resource_path("icons/coexist.svg"))))
        self.splitter = self._lay_out()

        self.files = FileActions(self)
        self.packs = PackActions(self)
        self.exports = ExportActions(self)
        self.checks = CheckActions(self)
        self.edits = EditActions(self)
        self.teaching = TeacherActions(self)
        self.watcher = PacksWatcher(self)
        self.menu_actions = WindowActions(self)
        self.state = WindowState(self)
        self.files.fill_recent_menu()
        self.state.restore()
        self._connect()
        fit_layouts(self)  # the layouts were built at 100 %
        self.evidence.search.setFocus(Qt.FocusReason.OtherFocusReason)  # type to search, Down into the cards
        self.packs.fill_pack_combo()
        self._on_loaded()
        self.show_status(self.tr("Drag cards into the plan, or select cards and press Enter (Ctrl+1…9 for a "
                                 "paragraph)."), 10000)
        after_first_paint(self, self.files.check_folders)  # a file where the data folder should be: said once
        after_first_paint(self, self.checks.show_history_notice)  # opens the history: a damaged one is moved aside

    def _lay_out(self) -> QSplitter:
        """The window's frame first, then the panels inside it: a widget made inside its final parent is
        styled once, where one built apart and moved in would be styled again with everything in it."""
        central = QWidget()
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.prompt_bar = PromptBar(central)
        column.addWidget(self.prompt_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        column.addWidget(splitter, 1)
        self.evidence = EvidencePanel(self.session, splitter)
        self.board = PlanBoard(self.session, splitter)
        # the feedback list is the one part of the score panel that scrolls; only when even the panel's
        # fixed part does not fit (the largest zoom on a short screen) does the panel scroll as a whole
        score_scroll = QScrollArea(splitter)
        score_scroll.setObjectName("scoreScroll")
        score_scroll.setWidgetResizable(True)
        score_scroll.setFrameShape(QFrame.Shape.NoFrame)
        score_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.score_panel = ScorePanel(score_scroll.viewport())
        score_scroll.setWidget(self.score_panel)
        for widget, stretch, width in ((self.evidence, 3, 280), (self.board, 4, 360), (score_scroll, 2, 300)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
            widget.setMinimumWidth(width)
        return splitter

    def _connect(self) -> None:
        session, bar = self.session, self.prompt_bar
        session.scoreChanged.connect(self._show_score)
        session.modifiedChanged.connect(self.update_title)
        session.pathChanged.connect(self.update_title)
        session.loaded.connect(self._on_loaded)
        self.view_mode.changed.connect(self._on_view_changed)
        self.autosaver.failed.connect(lambda message: self.show_status(message, 8000))
        bar.packChosen.connect(self.packs.on_pack_chosen)
        bar.promptChosen.connect(self.packs.on_prompt_chosen)
        bar.timer.tick.connect(session.set_time_used)
        bar.timer.lastMinute.connect(lambda: self.show_status(self.tr("One minute of planning time left."), 10000))
        bar.timer.expired.connect(lambda: self.show_status(self.tr("Time's up: finish your judgement. You can keep "
                                                                   "editing."), 15000))
        self.evidence.view.sendRequested.connect(self.edits.on_send_requested)
        self.evidence.newCardRequested.connect(self.edits.new_card)
        self.board.targetChanged.connect(self.edits.on_target_changed)
        self.board.rebuilt.connect(self._update_tab_order)
        self.evidence.rebuilt.connect(self._update_tab_order)
        self.score_panel.feedbackActivated.connect(self.edits.on_feedback)
        self.score_panel.checkRequested.connect(self.checks.check_plan)
        self.board.paragraphRemoved.connect(self.edits.on_paragraph_removed)
        self.appearance.changed.connect(self._on_appearance_changed)
        Languages.of().changed.connect(self.retranslate)

    # -- state -> widgets ---------------------------------------------------------------
    def _on_loaded(self) -> None:
        """A new pack, question or plan file: the prompt bar, the title and the modes follow."""
        session, bar = self.session, self.prompt_bar
        prompt = session.prompt
        self.packs.fill_prompt_combo()
        bar.show_prompt(prompt)
        bar.timer.set_limit(prompt.minutes, session.time_used)
        self.checks.on_loaded()
        self._configure_panels()
        self.update_title()

    def retranslate(self, _language: str = "") -> None:
        """The language changed (View ▸ Language): what the window made from data and words is made again.

        Texts straight from ``tr()`` are already in the new language (``language.Languages``); the plan,
        its undo history and every view option stay as they are.
        """
        forget_words()  # the marks on the cards
        self.packs.fill_pack_combo()
        self.prompt_bar.show_prompt(self.session.prompt)
        self._configure_panels()
        self.update_title()
        self.files.fill_recent_menu()
        self.menu_actions.name_undo_redo()
        progress = self.side_windows.get("progress")
        reload = getattr(progress, "reload", None)
        if callable(reload):
            reload()

    def _configure_panels(self) -> None:
        """Colours and modes into every panel: after a load, a font change, and when blind or grey changes."""
        view, actions = self.view_mode, self.menu_actions
        actions.blind.setEnabled(not view.blind_forced)
        actions.exam.setEnabled(not view.exam_forced)
        colours, tags = self.session.colours, not view.blind
        self._shown_blind = view.blind
        self._lay_out_pack_text()
        self.evidence.configure(colours, tags, actions.grey.isChecked())
        self.board.configure(colours, tags)
        self._show_score()

    def _lay_out_pack_text(self) -> None:
        """The pack's own text (cards, the question, the plan the student writes in its language) runs in the
        pack's direction: right to left for Arabic, Hebrew or Persian, whatever language the menus speak."""
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(self.session.pack.language) else \
            Qt.LayoutDirection.LeftToRight
        for widget in (self.evidence.view, self.board, self.prompt_bar.question):
            widget.setLayoutDirection(direction)

    def _on_view_changed(self) -> None:
        # exam mode and a reveal change only the score panel; blind mode changes the cards too
        if self.view_mode.blind != self._shown_blind:
            self._configure_panels()
        else:
            self._show_score()

    def _show_score(self) -> None:
        session, view = self.session, self.view_mode
        self.score_panel.show_score(session.score, session.colours, session.prompt.two_sided, view.concealed,
                                    view.hidden_message())
        self.board.set_show_states(not view.concealed)

    def set_grey_placed(self, _on: bool) -> None:
        self._configure_panels()

    def _on_appearance_changed(self) -> None:
        """Another scheme or zoom: remember it, and re-measure what is painted (cards, chips, charts)."""
        self.settings.set_appearance(self.appearance.scheme_choice, self.appearance.zoom)
        self.menu_actions.show_appearance()
        self._configure_panels()

    def update_title(self, *_args: object) -> None:
        self.setWindowTitle(f"{plain_title(self.files.plan_name())}[*] — Coexist")
        self.setWindowModified(self.session.edited)
        self.menu_actions.revert.setEnabled(self.session.edited and self.session.path is not None)

    def show_status(self, message: str, milliseconds: int) -> None:
        self.statusBar().showMessage(shown_line(message), milliseconds)  # messages quote titles and names

    def switch_to(self, entry: PackEntry, prompt: Prompt, plan: Plan | None = None, path: Path | None = None) -> None:
        """The one way to load a pack, question or plan into the window."""
        self.entry = entry
        self.autosaver.clear()
        self.session.load(entry.pack, prompt, plan, path)
        self.packs.fill_pack_combo()
        self.settings.remember_choice(entry.pack.id, prompt.id)

    def _update_tab_order(self) -> None:
        """Tab follows the screen: question bar, bank, each paragraph in turn, judgement, feedback.

        Widgets made later (new paragraph blocks, factor buttons) would otherwise come last."""
        bar = self.prompt_bar
        chain = [bar.packs, bar.prompts, bar.timer.start_button, bar.timer.reset_button,
                 *self.evidence.focus_chain(), *self.board.focus_chain(), self.score_panel.feedback_list]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- window events ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.on_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.on_drag(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if is_loading(self):  # a file is being read in the background: closing now would pull the
            event.ignore()    # window out from under the code waiting for it
            self.show_status(self.tr("Still reading a file; close again in a moment."), 4000)
            return
        if not self.files.maybe_save():
            event.ignore()
            return
        self.state.save()
        self.autosaver.release()
        self.side_windows.close_all()
        self.checks.close()
        event.accept()
