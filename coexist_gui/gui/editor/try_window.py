"""The planning board on the pack being edited, without installing it: "Try it" and "Edit model plan".

It is the ordinary planning window's board (question bar, evidence bank, paragraphs, score) over its
own ``Session``, so the teacher sees exactly what students will. In model-plan mode it opens on
the question's model plan, always shows the score, and "Use this plan as the model plan" hands
the plan back to the editor (one undoable edit there). A plan made here is never saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.model import Pack, Plan, Prompt
from ..bank.panel import EvidencePanel
from ..edits import EditActions
from ..language import Languages
from ..plan.board import PlanBoard
from ..prompt.bar import PromptBar
from ..score.panel import ScorePanel
from ..session import Session
from ..theme.appearance import fit_layouts
from ..view_mode import ViewMode
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import add_plain_item, plain_title, set_plain_text


class TryWindow(QMainWindow):
    """Signals:
        useAsModel(str, Plan): the teacher chose this plan as the prompt's model plan.
    """

    useAsModel = Signal(str, object)

    def __init__(self, pack: Pack, prompt: Prompt, plan: Plan | None, model_mode: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model_mode = model_mode
        self.session = Session(pack, prompt, plan, parent=self)
        self.view_mode = ViewMode(self.session, self)
        self.prompt_bar = PromptBar()
        add_plain_item(self.prompt_bar.packs, pack.title or pack.id, pack.id)
        self.prompt_bar.packs.setEnabled(False)
        self.evidence = EvidencePanel(self.session)
        self.board = PlanBoard(self.session)
        self.score_panel = ScorePanel()
        self.edits = EditActions(self)  # type: ignore[arg-type]  # the same keys as the planning window

        banner = QWidget()
        banner.setObjectName("tryBanner")
        line = QHBoxLayout(banner)
        line.setContentsMargins(SECTION, SPACING, SECTION, SPACING)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        line.addWidget(self.note, 1)
        self.use_button = QPushButton(self.tr("&Use this plan as the model plan"))
        self.use_button.setAccessibleName(self.tr("Use this plan as the model plan"))
        self.use_button.clicked.connect(self._on_use)
        self.use_button.setProperty("primary", True)
        line.addWidget(self.use_button)
        self.check_button = QPushButton(self.tr("&Check plan"))
        self.check_button.setAccessibleName(self.tr("Check plan"))
        self.check_button.clicked.connect(self.view_mode.reveal)
        line.addWidget(self.check_button)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.close)
        line.addWidget(close)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.evidence, 3), (self.board, 4), (self.score_panel, 2)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(banner)
        column.addWidget(self.prompt_bar)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.resize(1360, 820)

        self._actions()
        fit_layouts(self)  # built at 100 %: spacing at the current zoom
        self.session.scoreChanged.connect(lambda _score: self._show_score())
        self.session.loaded.connect(self._on_loaded)
        self.view_mode.changed.connect(self._configure)
        self.prompt_bar.promptChosen.connect(self._on_prompt_chosen)
        self.evidence.view.sendRequested.connect(self.edits.on_send_requested)
        self.evidence.newCardRequested.connect(self.edits.new_card)
        self.score_panel.feedbackActivated.connect(self.edits.on_feedback)
        Languages.of().changed.connect(self.retranslate)
        self._on_loaded()

    def _actions(self) -> None:
        stack = self.session.undo_stack
        undo = stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        for keys, slot in (("Ctrl+Return", self.view_mode.reveal), ("Delete", self.edits.remove_selected),
                           ("Ctrl+F", self.edits.focus_search), ("Ctrl+W", self.close)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
        for number in range(1, 10):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=number: self.edits.send_selected(n - 1))
            self.addAction(action)

    def show_status(self, message: str, milliseconds: int) -> None:
        self.statusBar().showMessage(message, milliseconds)

    def _on_loaded(self) -> None:
        session = self.session
        prompt = session.prompt
        combo = self.prompt_bar.prompts
        combo.blockSignals(True)
        combo.clear()
        for item in session.pack.prompts:
            add_plain_item(combo, item.question or self.tr("(no question yet)"), item.id)
        combo.setCurrentIndex(max(0, combo.findData(prompt.id)))
        combo.blockSignals(False)
        set_plain_text(self.prompt_bar.question, prompt.question)
        self.prompt_bar.details.setText(self.tr("Full credit at %n card(s) per factor", "", prompt.min_cards))
        self.prompt_bar.timer.set_limit(prompt.minutes, 0)
        name = plain_title(session.pack.title or session.pack.id)
        if self.model_mode:
            self.setWindowTitle(self.tr("Model plan — %1").replace("%1", name))
            self.note.setText(self.tr("The model plan for this question, on the pack as you are editing it. Change "
                                      "it as you like, then choose “Use this plan as the model plan”."))
        else:
            self.setWindowTitle(self.tr("Trying %1").replace("%1", name))
            self.note.setText(self.tr("Plan this question as a student would, on the pack as you are editing it "
                                      "(not installed; this plan is not saved)."))
        self.check_button.setVisible(not self.model_mode)
        self._configure()

    def retranslate(self, _language: str = "") -> None:
        """The language changed: the score's words and the marks on the cards are made again."""
        self._configure()

    def _configure(self) -> None:
        session, view = self.session, self.view_mode
        tags = self.model_mode or not view.blind
        self.evidence.configure(session.colours, tags, True)
        self.board.configure(session.colours, tags)
        self._show_score()

    def _show_score(self) -> None:
        session = self.session
        concealed = self.view_mode.concealed and not self.model_mode
        self.score_panel.show_score(session.score, session.colours, session.prompt.two_sided, concealed)

    def _on_prompt_chosen(self, row: int) -> None:
        prompt = self.session.pack.prompts[row]
        if prompt.id != self.session.prompt.id:
            plan = prompt.exemplar if self.model_mode else None
            if plan is not None:
                plan = replace(plan, pack=self.session.pack.id, pack_version=self.session.pack.version)
            self.session.load(self.session.pack, prompt, plan)

    def _on_use(self) -> None:
        self.useAsModel.emit(self.session.prompt.id, self.session.plan)
        self.show_status(self.tr("Stored as the model plan of this question in the editor."), 6000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.undo_stack.setClean()  # a try-out plan is never saved, so closing never asks
        event.accept()
