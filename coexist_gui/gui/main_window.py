"""The main window: prompt bar, evidence bank, plan board and score panel, with menus and files."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from .. import __version__
from ..core.colours import factor_colours
from ..core.model import Pack, Plan, Prompt
from ..core.pack import resource_path
from ..core.plaintext import printable
from ..core.plan import dump_plan, parse_plan
from ..core.plan_document import plan_markdown
from ..core.problems import LoadError
from ..core.scoring import Feedback, Score
from ..core.storage import SaveError, atomic_write
from . import dialogs, paths
from .attempts import AttemptLog
from .autosave import Autosaver, discard, pending_recoveries
from .background import is_loading, run_off_thread
from .bank.panel import EvidencePanel
from .dialogs import problem_text
from .pack_list import PackEntry, PackLibrary
from .plan.board import PlanBoard
from .prompt.bar import PromptBar
from .score.panel import ScorePanel
from .session import Session

MAX_RECENT = 8
PLAN_FILTER = "Coexist plans (*.plan.yaml)"


def is_plan_file(path: Path) -> bool:
    if path.name.endswith(".plan.yaml"):
        return True
    try:
        with path.open("rb") as handle:  # the format line itself, not a comment that mentions plans
            return re.search(rb"^format:[ \t]*[\"']?coexist-plan/", handle.read(4096), re.MULTILINE) is not None
    except OSError:
        return False


class MainWindow(QMainWindow):
    def __init__(self, library: PackLibrary | None = None) -> None:
        super().__init__()
        self.settings = paths.settings()
        self.library = library or PackLibrary()
        if not self.library.entries:
            self.library.scan()
        entry = self._initial_entry()
        prompt = self._initial_prompt(entry.pack)
        self.entry = entry
        self.session = Session(entry.pack, prompt, parent=self)
        self.autosaver = Autosaver(self.session, self)
        self.autosaver.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.colours: dict[str, str] = {}
        self.revealed = False  # exam mode: score shown until the next edit after "Check plan"
        self.attempt_log = AttemptLog()  # one row per "Check plan" (gui/attempts.py)
        self.side_windows: dict[str, QWidget] = {}  # the non-modal compare, progress and packs windows

        self.setWindowTitle("Coexist")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(QIcon(str(resource_path("icons/coexist.svg"))))
        self.setAcceptDrops(True)
        self.prompt_bar = PromptBar()
        self.evidence = EvidencePanel(self.session)
        self.board = PlanBoard(self.session)
        self.score_panel = ScorePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        # the score panel scrolls as a whole on a short screen instead of squeezing its feedback list
        self.score_scroll = QScrollArea()
        self.score_scroll.setWidget(self.score_panel)
        self.score_scroll.setWidgetResizable(True)
        self.score_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.score_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.score_panel.feedback_list.setMinimumHeight(150)
        for widget, stretch in ((self.evidence, 3), (self.board, 4), (self.score_scroll, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.evidence.setMinimumWidth(280)
        self.board.setMinimumWidth(360)
        self.score_scroll.setMinimumWidth(270)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.prompt_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._make_menus()
        self._connect()
        self._restore_settings()
        self._fill_pack_combo()
        self._on_loaded()
        self.statusBar().showMessage(self.tr("Drag cards into the plan, or select cards and press Enter "
                                             "(Ctrl+1…9 for a paragraph)."), 10000)
        if self.attempt_log.notice:  # e.g. a damaged history was moved aside: say so once the window is up
            QTimer.singleShot(0, self._show_history_notice)

    # -- set-up --------------------------------------------------------------
    def _initial_entry(self) -> PackEntry:
        wanted = self.settings.value("last/pack", "")
        return self.library.find(str(wanted)) or self.library.entries[0]

    def _initial_prompt(self, pack: Pack) -> Prompt:
        wanted = str(self.settings.value("last/prompt", ""))
        return pack.prompt(wanted) or pack.prompts[0]

    def _action(self, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        key = QKeySequence
        tr = self.tr
        self.new_action = self._action(tr("&New plan"), self.new_plan, key.StandardKey.New)
        self.open_action = self._action(tr("&Open…"), self.open_dialog, key.StandardKey.Open)
        self.save_action = self._action(tr("&Save"), self.save, key.StandardKey.Save)
        self.save_as_action = self._action(tr("Save &As…"), self.save_as, key.StandardKey.SaveAs)
        self.export_md_action = self._action(tr("&Markdown…"), self.export_markdown)
        self.export_pdf_action = self._action(tr("&PDF…"), self.export_pdf)
        self.export_png_action = self._action(tr("P&NG picture of the plan…"), self.export_png)
        self.print_action = self._action(tr("&Print…"), self.print_plan, key.StandardKey.Print)
        self.quit_action = self._action(tr("&Quit"), self.close, key.StandardKey.Quit)
        self.undo_action = self.session.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(key.keyBindings(key.StandardKey.Undo))
        self.redo_action = self.session.undo_stack.createRedoAction(self, tr("&Redo"))
        # the platform's Redo keys, plus Ctrl+Y everywhere (what many students expect)
        self.redo_action.setShortcuts(list(dict.fromkeys([*key.keyBindings(key.StandardKey.Redo), key("Ctrl+Y")])))
        self.remove_action = self._action(tr("&Remove card from plan"), self.remove_selected,
                                          key(Qt.Key.Key_Delete))
        self.send_actions = [
            self._action(tr("Paragraph &%1").replace("%1", str(n)), lambda _c=False, n=n: self.send_selected(n - 1),
                         key(f"Ctrl+{n}"))
            for n in range(1, 10)]
        self.add_paragraph_action = self._action(tr("Add para&graph"), self.add_paragraph,
                                                 key("Ctrl+Shift+P"))
        self.new_card_action = self._action(tr("New &card…"), self.new_card, key("Ctrl+Shift+K"))
        self.find_action = self._action(tr("&Find evidence"), self.focus_search, key.StandardKey.Find)
        self.blind_action = self._action(tr("&Hide factor tags (blind mode)"), self._apply_view, key("Ctrl+Shift+B"),
                                         checkable=True)
        self.exam_action = self._action(tr("&Exam mode: hide the score until checked"), self._apply_view,
                                        key("Ctrl+Shift+E"), checkable=True)
        self.larger_action = self._action(tr("&Larger text"), self._apply_font, key.StandardKey.ZoomIn,
                                          checkable=True)
        self.grey_action = self._action(tr("&Grey out cards already in the plan"), self._apply_view,
                                        checkable=True)
        self.grey_action.setChecked(True)
        self.check_action = self._action(tr("&Check plan"), self.check_plan, key("Ctrl+Return"))
        self.help_action = self._action(tr("How &scoring works"), self.show_scoring_help, key.StandardKey.HelpContents)
        self.keys_action = self._action(tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.about_action = self._action(tr("&About Coexist"), self.show_about)
        self.import_pack_action = self._action(tr("&Import pack…"), self.import_pack_dialog, key("Ctrl+Shift+I"))
        self.manage_packs_action = self._action(tr("&Manage packs…"), self.manage_packs)
        self.compare_action = self._action(tr("Compare with &model plan…"), self.compare_with_model,
                                           key("Ctrl+Shift+M"))
        self.compare_action.setEnabled(False)  # only after "Check plan", so it never gives the answer away
        self.progress_action = self._action(tr("&Progress…"), self.show_progress, key("Ctrl+Shift+H"))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addActions([self.import_pack_action, self.manage_packs_action])
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        export = file_menu.addMenu(self.tr("&Export"))
        export.addActions([self.export_md_action, self.export_pdf_action, self.export_png_action])
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(self.remove_action)
        send = edit.addMenu(self.tr("&Add to paragraph"))
        send.addActions(self.send_actions)
        edit.addSeparator()
        edit.addActions([self.add_paragraph_action, self.new_card_action, self.find_action])
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.blind_action, self.exam_action, self.grey_action, self.larger_action])
        view.addSeparator()
        view.addActions([self.check_action, self.compare_action, self.progress_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.help_action, self.keys_action, self.about_action])
        self._fill_recent_menu()

    def _connect(self) -> None:
        session = self.session
        session.scoreChanged.connect(self._on_score)
        session.planChanged.connect(self._on_plan_changed)
        session.modifiedChanged.connect(self._update_title)
        session.pathChanged.connect(lambda _p: self._update_title())
        session.loaded.connect(self._on_loaded)
        self.prompt_bar.packChosen.connect(self._on_pack_chosen)
        self.prompt_bar.promptChosen.connect(self._on_prompt_chosen)
        self.prompt_bar.timer.tick.connect(self._on_tick)
        self.prompt_bar.timer.lastMinute.connect(
            lambda: self.statusBar().showMessage(self.tr("One minute of planning time left."), 10000))
        self.prompt_bar.timer.expired.connect(
            lambda: self.statusBar().showMessage(self.tr("Time's up: finish your judgement. You can keep "
                                                         "editing."), 15000))
        self.evidence.view.sendRequested.connect(self._on_send_requested)
        self.evidence.newCardRequested.connect(self.new_card)
        self.board.targetChanged.connect(self._on_target_changed)
        self.board.rebuilt.connect(self._update_tab_order)
        self.evidence.rebuilt.connect(self._update_tab_order)
        self.score_panel.feedbackActivated.connect(self._on_feedback)

    # -- state -> widgets ------------------------------------------------------
    def _on_loaded(self) -> None:
        prompt = self.session.prompt
        self.colours = factor_colours(self.session.pack, prompt)
        self._fill_prompt_combo()
        bar = self.prompt_bar
        bar.question.setText(printable(prompt.question))
        details = [self.session.pack.title]
        if prompt.two_sided:
            details.append(self.tr("Two sides: %1").replace("%1", " vs ".join(s.name for s in prompt.sides)))
        details.append(self.tr("Full credit at %n card(s) per factor", "", prompt.min_cards))
        bar.details.setText("  ·  ".join(details))
        bar.timer.set_limit(prompt.minutes, self.session.time_used)
        self.revealed = False
        self.compare_action.setEnabled(False)
        self._close_side_window("compare")
        self._apply_view()
        self._update_title()

    def _apply_view(self) -> None:
        prompt = self.session.prompt
        blind = self.blind_action.isChecked() or prompt.hide_tags
        self.blind_action.setEnabled(not prompt.hide_tags)
        exam = self.exam_action.isChecked() or prompt.show_score == "on_check"
        self.exam_action.setEnabled(prompt.show_score != "on_check")
        self.session.set_reveal_tags(not blind)
        self.evidence.configure(self.colours, not blind, self.grey_action.isChecked())
        self.board.configure(self.colours, not blind)
        self.score_panel.set_concealed(exam and not self.revealed)
        self._on_score(self.session.score)

    @property
    def exam_mode(self) -> bool:
        return self.exam_action.isChecked() or self.session.prompt.show_score == "on_check"

    @property
    def blind_mode(self) -> bool:
        return self.blind_action.isChecked() or self.session.prompt.hide_tags

    def _on_score(self, score: Score) -> None:
        self.score_panel.set_score(score, self.colours, self.session.prompt.two_sided)

    def _on_plan_changed(self, _plan: Plan) -> None:
        if self.revealed and self.exam_mode:
            self.revealed = False
            self.score_panel.set_concealed(True)

    def _apply_font(self) -> None:
        app = QApplication.instance()
        base = getattr(self, "_base_font", None)
        if base is None:
            base = self._base_font = QFont(app.font())
        font = QFont(base)
        if self.larger_action.isChecked():
            font.setPointSizeF(base.pointSizeF() * 1.25)
        app.setFont(font)
        # widgets our style sheet has polished keep their old font until it is applied again
        app.setStyleSheet(app.styleSheet())
        self._apply_view()  # re-measures cards and rebuilds the factor buttons and paragraph blocks

    def _update_title(self, *_args) -> None:
        name = self.session.path.name if self.session.path else self.tr("Untitled plan")
        self.setWindowTitle(f"{name}[*] — Coexist")
        self.setWindowModified(self.session.modified)

    def _fill_pack_combo(self) -> None:
        combo = self.prompt_bar.packs
        combo.clear()
        for entry in self.library.entries:
            label = entry.pack.title + (self.tr(" (built in)") if entry.builtin else "")
            combo.addItem(label, entry.pack.id)
        combo.setCurrentIndex(max(0, combo.findData(self.session.pack.id)))

    def _fill_prompt_combo(self) -> None:
        combo = self.prompt_bar.prompts
        combo.clear()
        for prompt in self.session.pack.prompts:
            combo.addItem(prompt.question, prompt.id)
        combo.setCurrentIndex(max(0, combo.findData(self.session.prompt.id)))

    def _on_tick(self, used: int) -> None:
        self.session.set_time_used(used)

    # -- choosing packs and prompts ------------------------------------------
    def _on_pack_chosen(self, row: int) -> None:
        entry = self.library.entries[row]
        if entry.pack.id == self.session.pack.id or not self.maybe_save():
            self.prompt_bar.packs.setCurrentIndex(max(0, self.prompt_bar.packs.findData(self.session.pack.id)))
            return
        self.switch_to(entry, entry.pack.prompts[0])

    def _on_prompt_chosen(self, row: int) -> None:
        prompt = self.session.pack.prompts[row]
        if prompt.id == self.session.prompt.id:
            return
        if not self.maybe_save():
            self._fill_prompt_combo()
            return
        self.switch_to(self.entry, prompt)

    def switch_to(self, entry: PackEntry, prompt: Prompt, plan: Plan | None = None, path: Path | None = None) -> None:
        self.entry = entry
        self.autosaver.clear()
        self.session.load(entry.pack, prompt, plan, path)
        self._fill_pack_combo()
        self.settings.setValue("last/pack", entry.pack.id)
        self.settings.setValue("last/prompt", prompt.id)

    # -- keyboard path -----------------------------------------------------------
    def _update_tab_order(self) -> None:
        """Tab follows the screen: question bar, bank, each paragraph in turn, judgement, feedback.

        Widgets made later (new paragraph blocks, factor buttons) would otherwise come last."""
        bar = self.prompt_bar
        chain = [bar.packs, bar.prompts, bar.timer.start_button, bar.timer.reset_button,
                 *self.evidence.focus_chain(), *self.board.focus_chain()]
        feedback = getattr(self.score_panel, "feedback_list", None)
        if isinstance(feedback, QWidget):
            chain.append(feedback)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _focused_card_view(self):
        widget = QApplication.focusWidget()
        if widget is self.evidence.view:
            return widget
        for paragraph in self.board.paragraphs:
            if widget is paragraph.view:
                return widget
        return None

    def send_selected(self, paragraph: int) -> None:
        view = self._focused_card_view() or self.evidence.view
        ids = view.selected_ids()
        if ids and self.session.place_cards(ids, paragraph):
            self.statusBar().showMessage(self.tr("Sent %n card(s) to paragraph ", "", len(ids)) + str(paragraph + 1),
                                         4000)

    def _on_send_requested(self, ids: list, paragraph: int) -> None:
        target = self.board.target if paragraph < 0 else paragraph
        if self.session.place_cards(ids, target):
            self.board.show_paragraph(target)
            self.statusBar().showMessage(self.tr("Sent %n card(s) to paragraph ", "", len(ids)) + str(target + 1),
                                         4000)

    def _on_target_changed(self, index: int) -> None:
        self.statusBar().showMessage(self.tr("Enter in the evidence bank now sends cards to paragraph %1")
                                     .replace("%1", str(index + 1)), 4000)

    def add_paragraph(self) -> None:
        """A new, empty paragraph at the end; it becomes where Enter in the bank sends cards."""
        if self.session.add_paragraph(""):
            last = len(self.session.plan.paragraphs) - 1
            self.board.select_paragraph(last)
            self.board.paragraphs[last].factor.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        view = self._focused_card_view()
        if view is not None and view is not self.evidence.view:
            self.session.remove_cards(view.selected_ids())

    def focus_search(self) -> None:
        self.evidence.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.evidence.search.selectAll()

    def new_card(self) -> None:
        answer = dialogs.ask_new_card(self, self.session.pack, self.session.prompt)
        if not answer:
            return
        card = self.session.add_own_card(*answer)
        if card is not None:  # show where it went: selected at the end of the bank, ready for Enter
            self.evidence.search.clear()
            self.evidence.view.select_cards([card.id])
            self.evidence.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.statusBar().showMessage(self.tr("Your card was added to the end of the evidence bank: press "
                                                 "Enter or drag it into a paragraph."), 8000)

    def _on_feedback(self, item: Feedback) -> None:
        if item.paragraph is not None:
            self.board.select_paragraph(item.paragraph, item.card)
        elif item.factor:
            self.evidence.show_factor(item.factor)

    def check_plan(self) -> None:
        # a prediction only means something while the score is hidden (exam mode)
        predicted = dialogs.ask_predict_band(self) if self.score_panel.is_concealed() else None
        self.revealed = True
        self.score_panel.set_concealed(False)
        score = self.session.score
        self.attempt_log.record(self.session.pack, self.session.prompt, score, int(self.session.time_used), predicted)
        self._show_history_notice()
        self.compare_action.setEnabled(self.session.prompt.exemplar is not None)
        self.statusBar().showMessage(self.tr("Checked: %1/100, band %2 (%3)").replace("%1", str(score.overall))
                                     .replace("%2", str(score.band)).replace("%3", score.band_name), 8000)

    # -- files -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when the plan has unsaved changes; True means go on."""
        if not self.session.modified:
            return True
        name = self.session.path.name if self.session.path else self.tr("Untitled plan")
        answer = dialogs.ask_save_changes(self, name)
        if answer is dialogs.Answer.SAVE:
            return self.save()
        if answer is dialogs.Answer.DISCARD:
            self.autosaver.clear()
            return True
        return False

    def new_plan(self) -> None:
        if self.maybe_save():
            self.switch_to(self.entry, self.session.prompt)

    def _folder(self) -> Path:
        if self.session.path:
            return self.session.path.parent
        return Path(str(self.settings.value("last/folder", str(paths.documents_dir()))))

    def open_dialog(self) -> None:
        path = dialogs.open_file(self, self._folder())
        if path:
            self.open_path(path)

    def open_path(self, path: Path, install: bool | None = None) -> bool:
        """Open a plan or a pack file; problems are shown, the current plan stays open.

        A valid pack is installed when ``install`` is True, used for this run only when False,
        and the student is asked when it is None.
        """
        path = Path(path)
        if is_plan_file(path):
            return self.open_plan(path)
        return self.open_pack(path, install)

    def open_pack(self, path: Path, install: bool | None = None) -> bool:
        from ..core.pack import load_pack

        path = Path(path)
        try:
            loaded = run_off_thread(self, self.tr("Reading %1…").replace("%1", path.name), lambda: load_pack(path))
        except LoadError as exc:
            loaded, error = None, exc
        if install is None:  # not a valid pack: the error dialog below lists the problems
            install = loaded is not None and dialogs.ask_install_pack(self, loaded.pack.title)
        if install:
            return self.import_pack(path)
        if loaded is None:
            dialogs.show_error(self, self.tr("Cannot open pack"),
                               self.tr("“%1” is not a valid prompt pack. Nothing was changed; the problems "
                                       "are listed below.").replace("%1", path.name),
                               problem_text(error.problems))
            return False
        entry = self.library.add_loaded(path, loaded)
        if not self.maybe_save():
            self._fill_pack_combo()
            return False
        self.switch_to(entry, entry.pack.prompts[0])
        return True

    def open_plan(self, path: Path, recovered_from: Path | None = None) -> bool:
        source = recovered_from or path
        try:
            plan = run_off_thread(self, self.tr("Reading %1…").replace("%1", source.name),
                                  lambda: parse_plan(source.read_bytes(), str(source)))
        except LoadError as exc:
            dialogs.show_error(self, self.tr("Cannot open plan"),
                               self.tr("“%1” could not be read. The file was not changed.").replace("%1", source.name),
                               problem_text(exc.problems))
            return False
        except OSError as exc:
            dialogs.show_error(self, self.tr("Cannot open plan"), f"{source.name}: {exc.strerror or exc}")
            return False
        entry = self.library.find(plan.pack)
        if entry is None:
            dialogs.show_error(self, self.tr("Pack not installed"),
                               self.tr("This plan was made with the pack “%1” (version %2), which is not "
                                       "installed. Open that pack's file first (File ▸ Open…), then open the "
                                       "plan again.").replace("%1", plan.pack).replace("%2", plan.pack_version))
            return False
        prompt = entry.pack.prompt(plan.prompt)
        if prompt is None:
            dialogs.show_error(self, self.tr("Question not in pack"),
                               self.tr("This plan answers the question “%1”, which pack “%2” no longer has.")
                               .replace("%1", plan.prompt).replace("%2", entry.pack.title))
            return False
        if recovered_from is None and not self.maybe_save():
            return False
        self.switch_to(entry, prompt, plan, None if recovered_from and path == recovered_from else path)
        if recovered_from is None:
            self._add_recent(path)
            self.settings.setValue("last/folder", str(path.parent))
        if plan.pack_version != entry.pack.version:
            self.statusBar().showMessage(self.tr("This plan was made with version %1 of the pack; this is version "
                                                 "%2. Cards it no longer has are kept and shown as missing.")
                                         .replace("%1", plan.pack_version).replace("%2", entry.pack.version), 12000)
        return True

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._write(self.session.path)

    def save_as(self) -> bool:
        suggested = self._folder() / (self.session.path.name if self.session.path
                                      else f"{self.session.prompt.id}.plan.yaml")
        path = dialogs.save_file(self, suggested, self.tr("Save plan"), PLAN_FILTER)
        if path is None:
            return False
        if not path.name.endswith(".plan.yaml"):
            path = path.with_name(path.name.removesuffix(".yaml") + ".plan.yaml")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        text = dump_plan(self.session.plan_for_saving())
        try:  # never write a plan this app would refuse to open again
            parse_plan(text.encode("utf-8"), str(path))
        except LoadError as exc:
            dialogs.show_error(self, self.tr("Could not save"),
                               self.tr("This plan could not be read back, so it was not saved. Nothing on disk "
                                       "changed; please report this."), problem_text(exc.problems))
            return False
        try:
            atomic_write(path, text, backup=True)
        except SaveError as exc:
            dialogs.show_error(self, self.tr("Could not save"), str(exc))
            return False
        self.session.mark_saved(path)
        self.autosaver.clear()
        self._add_recent(path)
        self.settings.setValue("last/folder", str(path.parent))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self._recent() if p != str(path)]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        for number, name in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_path(Path(n)))
        self.recent_menu.setEnabled(bool(recent))

    # -- pack library, model plan, progress ------------------------------------------------
    def import_pack_dialog(self) -> None:
        path = dialogs.open_file(self, self._folder())
        if path:
            self.import_pack(path)

    def import_pack(self, path: Path) -> bool:
        """Validate and install a pack file (asking before replacing another version), then switch to it."""
        from ..core.library import install_pack

        path = Path(path)
        reading = self.tr("Checking %1…").replace("%1", path.name)
        try:
            result = run_off_thread(self, reading, lambda: install_pack(path))
            if result.status == "exists":
                if not dialogs.ask_replace_pack(self, result.pack.title, result.old_version or "?",
                                                result.new_version):
                    return self._use_installed(result.pack.id)
                result = run_off_thread(self, reading, lambda: install_pack(path, replace=True))
        except SaveError as exc:
            dialogs.show_error(self, self.tr("Could not install pack"), str(exc))
            return False
        if result.status == "invalid":
            dialogs.show_error(self, self.tr("Cannot install pack"),
                               self.tr("“%1” is not a valid prompt pack. Nothing was installed; the problems "
                                       "are listed below.").replace("%1", path.name),
                               problem_text(result.errors + result.warnings))
            return False
        self.library.scan()
        self._fill_pack_combo()
        self._refresh_pack_manager(result.pack.id)
        if result.warnings:
            dialogs.show_warnings(self, self.tr("Pack installed with warnings"),
                                  self.tr("“%1” was installed. The pack's author may want to fix these:")
                                  .replace("%1", result.pack.title),
                                  problem_text(result.warnings))
        self.statusBar().showMessage(self.tr("Installed %1, version %2").replace("%1", result.pack.title)
                                     .replace("%2", result.new_version), 8000)
        entry = self.library.find(result.pack.id)
        if entry is not None and self.maybe_save():
            self.switch_to(entry, entry.pack.prompts[0])
        return True

    def _use_installed(self, pack_id: str) -> bool:
        """The student kept the installed version: switch to it (installed maybe by the CLI meanwhile)."""
        self.library.scan()
        self._fill_pack_combo()
        entry = self.library.find(pack_id)
        if entry is None or entry.pack.id == self.session.pack.id or not self.maybe_save():
            return False
        self.switch_to(entry, entry.pack.prompts[0])
        return True

    def manage_packs(self) -> None:
        from .windows.pack_manager import PackManagerDialog

        manager = self.side_windows.get("packs")
        if not isinstance(manager, PackManagerDialog):
            manager = PackManagerDialog(self)
            manager.importRequested.connect(self.import_pack_dialog)
            manager.removeRequested.connect(self.remove_pack)
            manager.revealRequested.connect(lambda file: dialogs.reveal_folder(self, Path(file).parent))
            self.side_windows["packs"] = manager
        manager.set_entries(self.library.entries, self.session.pack.id)
        manager.show()
        manager.activateWindow()

    def _refresh_pack_manager(self, select: str = "") -> None:
        manager = self.side_windows.get("packs")
        if manager is not None:
            manager.set_entries(self.library.entries, select)

    def remove_pack(self, pack_id: str) -> bool:
        from ..core.library import remove_pack

        entry = self.library.find(pack_id)
        if entry is None or not entry.installed or not dialogs.ask_remove_pack(self, entry.pack.title):
            return False
        current = self.session.pack.id == pack_id
        if current and not self.maybe_save():
            return False
        try:
            remove_pack(pack_id)
        except (KeyError, OSError) as exc:
            dialogs.show_error(self, self.tr("Could not remove pack"), str(exc))
            return False
        self.library.scan()
        if current:  # the built-in pack (or the one it overrode) takes over
            fallback = self.library.find(pack_id) or self.library.entries[0]
            self.switch_to(fallback, fallback.pack.prompts[0])
        self._fill_pack_combo()
        self._refresh_pack_manager()
        self.statusBar().showMessage(self.tr("Removed %1").replace("%1", entry.pack.title), 8000)
        return True

    def compare_with_model(self):
        """The plan beside the prompt's model plan (after a check only); returns the window."""
        from ..core.compare import compare
        from .windows.compare import CompareDialog

        comparison = compare(self.session.plan, self.session.pack, self.session.prompt)
        if comparison is None or not self.compare_action.isEnabled():
            return None
        self._close_side_window("compare")
        dialog = CompareDialog(comparison, self.session.pack, self.colours, self)
        self.side_windows["compare"] = dialog
        dialog.show()
        return dialog

    def show_progress(self):
        from .windows.progress import ProgressDialog

        dialog = self.side_windows.get("progress")
        current = (self.session.pack.id, self.session.prompt.id)
        if isinstance(dialog, ProgressDialog):
            dialog.reload(current)
        else:
            dialog = ProgressDialog(self.attempt_log, current, self._folder(), self)
            self.side_windows["progress"] = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _close_side_window(self, name: str) -> None:
        window = self.side_windows.pop(name, None)
        if window is not None:
            window.close()
            window.deleteLater()

    def _show_history_notice(self) -> None:
        notice = self.attempt_log.take_notice()
        if notice:
            dialogs.show_info(self, self.tr("Progress history"), notice)

    # -- export --------------------------------------------------------------------------
    def _export_target(self, suffix: str, title: str, filter_text: str) -> Path | None:
        stem = self.session.path.name.removesuffix(".plan.yaml") if self.session.path else self.session.prompt.id
        path = dialogs.save_file(self, self._folder() / f"{stem}.{suffix}", title, filter_text)
        if path is not None and path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        return path

    def export_markdown(self, path: Path | None = None) -> bool:
        path = path or self._export_target("md", self.tr("Export Markdown"), "Markdown (*.md)")
        if path is None:
            return False
        text = plan_markdown(self.session.plan_for_saving(), self.session.pack, self._visible_score())
        try:
            atomic_write(path, text)
        except SaveError as exc:
            dialogs.show_error(self, self.tr("Could not export"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 5000)
        return True

    def export_pdf(self, path: Path | None = None) -> bool:
        from .documents import export_pdf

        path = path or self._export_target("pdf", self.tr("Export PDF"), "PDF (*.pdf)")
        if path is None:
            return False
        try:
            export_pdf(path, self.session.plan_for_saving(), self.session.pack, self._visible_score(),
                       page_size=self._page_size())
        except OSError as exc:
            dialogs.show_error(self, self.tr("Could not export"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 5000)
        return True

    def _visible_score(self) -> Score | None:
        """What exports and prints may show: no score while exam mode hides it."""
        return None if self.score_panel.is_concealed() else self.session.score

    def _page_size(self) -> str:
        from PySide6.QtCore import QLocale

        country = QLocale().territory()
        letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                  QLocale.Country.Chile, QLocale.Country.Philippines}
        return "Letter" if country in letter else "A4"

    def export_png(self, path: Path | None = None) -> bool:
        from .documents import save_png

        path = path or self._export_target("png", self.tr("Export picture"), "PNG (*.png)")
        if path is None:
            return False
        if not save_png(self.board.container, path):
            dialogs.show_error(self, self.tr("Could not export"), self.tr("The picture could not be written."))
            return False
        return True

    def print_plan(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .documents import print_plan

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_plan(printer, self.session.plan_for_saving(), self.session.pack, self._visible_score())

    # -- help --------------------------------------------------------------------------------
    def show_scoring_help(self) -> None:
        dialogs.show_text(self, self.tr("How scoring works"), scoring_help())

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action with a shortcut, then the keys the card lists handle."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = []
        # Undo/Redo: their text names the last edit, and the platform lists keys like F14 or 'Undo'
        labelled = [(a, a.text()) for a in self.actions()] + [(self.undo_action, self.tr("Undo")),
                                                                (self.redo_action, self.tr("Redo"))]
        for action, label in labelled:
            keys = " / ".join(dict.fromkeys(text for k in action.shortcuts()
                                            if (text := k.toString(native)) and "+" in text or text in ("Del", "F1")))
            if keys:
                rows.append((keys, label.replace("&", "").rstrip("…")))
        rows += [(self.tr("Enter"), self.tr("Send the selected bank cards to the current paragraph")),
                 (self.tr("Alt+Up / Alt+Down"), self.tr("Move the selected card up or down in its paragraph"))]
        return list(dict.fromkeys(rows))

    def show_shortcuts(self) -> None:
        table = ["| " + self.tr("Keys") + " | " + self.tr("Action") + " |", "|---|---|"]
        table += [f"| {keys} | {what} |" for keys, what in self.shortcut_rows()]
        dialogs.show_text(self, self.tr("Keyboard shortcuts"), "\n".join(table))

    def show_about(self) -> None:
        dialogs.show_info(self, self.tr("About Coexist"),
                          self.tr("Coexist %1\n\nPlan history essays from evidence cards and check how well your "
                                  "argument covers the question. Works offline.").replace("%1", __version__))

    # -- window events ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(path, install=True))

    @staticmethod
    def _dropped_file(event) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".yaml", ".yml")):
                return Path(url.toLocalFile())
        return None

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave. True when a plan was restored."""
        found = pending_recoveries(exclude=self.autosaver.key)
        if not found:
            return False
        newest = found[0]
        import time as _time

        when = _time.strftime("%Y-%m-%d %H:%M", _time.localtime(newest.saved_at))
        what = str(newest.original) if newest.original else self.tr("an unsaved plan")
        restored = False
        if dialogs.ask_restore(self, self.tr("Autosaved %1 from %2.").replace("%1", when).replace("%2", what)):
            target = newest.original or newest.plan_file
            restored = self.open_plan(target, recovered_from=newest.plan_file)
            if restored:
                self.session.path = newest.original
                # the restored content differs from any saved file: mark it modified so it gets saved
                self.session.undo_stack.resetClean()
                self._update_title()
                self.autosaver.save_now()
        # only this copy: others (two plans unsaved at the crash) are offered at the next start
        if restored or not dialogs.ask_keep_recovery(self):
            discard(newest)
        return restored

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self._first_size())
        state = self.settings.value("window/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([440, 560, 340])
        for action, key in ((self.blind_action, "view/blind"), (self.exam_action, "view/exam"),
                            (self.grey_action, "view/grey"), (self.larger_action, "view/larger")):
            value = self.settings.value(key)
            if value is not None:
                action.setChecked(str(value).lower() == "true")
        hide = self.settings.value("view/hide_placed")
        if hide is not None:
            self.evidence.hide_placed.setChecked(str(hide).lower() == "true")
        if self.larger_action.isChecked():
            self._apply_font()

    def _first_size(self) -> QSize:
        """1360×820, or less to fit the screen's free area (a 1280×720 laptop)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return QSize(1360, 820)
        free = screen.availableGeometry()
        return QSize(min(1360, free.width() - 16), min(820, free.height() - 40))

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        for action, key in ((self.blind_action, "view/blind"), (self.exam_action, "view/exam"),
                            (self.grey_action, "view/grey"), (self.larger_action, "view/larger")):
            self.settings.setValue(key, action.isChecked())
        self.settings.setValue("view/hide_placed", self.evidence.hide_placed.isChecked())
        self.settings.setValue("last/pack", self.session.pack.id)
        self.settings.setValue("last/prompt", self.session.prompt.id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if is_loading(self):  # a file is being read in the background: closing now would pull the
            event.ignore()    # window out from under the code waiting for it
            self.statusBar().showMessage(self.tr("Still reading a file; close again in a moment."), 4000)
            return
        if not self.maybe_save():
            event.ignore()
            return
        self._save_settings()
        self.autosaver.release()
        for name in list(self.side_windows):
            self._close_side_window(name)
        self.attempt_log.close()
        event.accept()


def scoring_help() -> str:
    """The README's "How scoring works" section, shipped as resources/scoring.md (a test keeps them equal)."""
    try:
        return resource_path("scoring.md").read_text(encoding="utf-8")
    except OSError:
        return "See the README: How scoring works."
