"""The pack editor window: File ▸ New pack… and File ▸ Edit pack… open it.

Tabs for the pack's details, factors, evidence and questions; beside them, always visible, the
validator's problems (click one to go to it) and the ``--explain`` summary. Every edit goes
through ``PackSession`` (undo and redo), is autosaved a few seconds later, and is checked in the
background. Save writes the canonical commented pack atomically; Save and install also installs
it, and every open Coexist window sees it at once (they watch the packs folder).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTabWidget, QWidget

from ...core.authoring import edits
from ...core.authoring.drafts import DraftCheck
from ...core.authoring.files import PackFile, read_pack_file, read_table_file, save_pack
from ...core.authoring.spreadsheet import Table, cards_file_bytes, plan_import, read_table
from ...core.authoring.writer import write_pack
from ...core.model import Pack, Plan
from ...core.pack import builtin_pack_path, resource_path
from ...core.plan import new_plan
from ...core.problems import LoadError, Problem
from ...core.storage import SaveError, atomic_write
from .. import dialogs as common
from .. import paths
from ..app import after_first_paint
from ..background import is_loading, run_off_thread
from ..language import Languages, local_date_time, local_number
from ..theme.appearance import fit_layouts
from ..widgets.plain_text import plain_title
from . import dialogs
from .autosave import PackAutosaver, discard_pack_recovery, pending_pack_recoveries, set_aside_pack_recovery
from .checker import LiveChecker
from .details_page import DetailsPage
from .evidence_page import EvidencePage
from .factors_page import FactorsPage
from .problems_panel import ProblemsPanel
from .prompts_page import PromptsPage
from .session import PackSession
from .try_window import TryWindow

DETAILS, FACTORS, EVIDENCE, PROMPTS = range(4)
_OPEN: list[PackEditorWindow] = []  # editors are top-level windows: they live until closed


def open_editors() -> list[PackEditorWindow]:
    return list(_OPEN)


_OFFERED: set[Path] = set()  # the recovery copies this run has offered (``PackEditorWindow.offer_recovery``)


class PackEditorWindow(QMainWindow):
    def __init__(self, pack: Pack | None = None, path: Path | None = None) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(QIcon(str(resource_path("icons/coexist.svg"))))
        self.session = PackSession(pack or edits.empty_pack(), path, self)
        self.autosaver = PackAutosaver(self.session, self)
        self.checker = LiveChecker(self.session, self)
        self.try_windows: list[TryWindow] = []
        self._opened: PackFile | None = None  # an editor-saved file still to compare with its canonical text

        self.details = DetailsPage(self.session)
        self.factors = FactorsPage(self.session)
        self.evidence = EvidencePage(self.session)
        self.prompts = PromptsPage(self.session)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, self.tr("&Pack"))
        self.tabs.addTab(self.factors, self.tr("&Factors"))
        self.tabs.addTab(self.evidence, self.tr("&Evidence"))
        self.tabs.addTab(self.prompts, self.tr("&Questions"))
        self.tabs.setAccessibleName(self.tr("Parts of the pack"))
        self.problems = ProblemsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.problems)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.problems.setMinimumWidth(320)
        self.setCentralWidget(self.splitter)
        self.resize(self._first_size())
        self.splitter.setSizes([self.width() - 460, 460])

        self._make_actions()
        self._connect()
        fit_layouts(self)  # built at 100 %: spacing at the current zoom
        self._update_title()
        self._update_tab_titles()
        # the first check (of a big pack, a few hundred ms in a worker) waits until the window is on the screen
        after_first_paint(self, self.checker.check_now)
        _OPEN.append(self)
        self.destroyed.connect(lambda: _OPEN.remove(self) if self in _OPEN else None)

    def _first_size(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1360, 820)
        free = screen.availableGeometry()
        return QSize(min(1360, free.width() - 16), min(820, free.height() - 40))

    # -- menus --------------------------------------------------------------------------------------------
    def _action(self, text: str, slot: object,
                keys: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        std, key = QKeySequence.StandardKey, QKeySequence
        tr = self.tr
        self.new_action = self._action(tr("&New pack"), self.new_pack, std.New)
        self.open_action = self._action(tr("&Open pack…"), self.open_dialog, std.Open)
        self.save_action = self._action(tr("&Save"), self.save, std.Save)
        self.save_as_action = self._action(tr("Save &As…"), self.save_as, std.SaveAs)
        self.install_action = self._action(tr("Save and &install"), self.save_and_install, key("Ctrl+Shift+I"))
        self.import_action = self._action(tr("&Import cards from a spreadsheet…"), self.import_cards)
        self.export_action = self._action(tr("E&xport cards to a spreadsheet…"), self.export_cards)
        self.paste_action = self._action(tr("&Paste rows from a spreadsheet"), self.paste_rows, key("Ctrl+Shift+V"))
        self.try_action = self._action(tr("&Try it as a student…"), lambda: self.try_prompt(""), key("Ctrl+T"))
        self.close_action = self._action(tr("&Close"), self.close, std.Close)
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(key.keyBindings(std.Undo))
        self.redo_action = stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts(list(dict.fromkeys([*key.keyBindings(std.Redo), key("Ctrl+Y")])))
        self.addActions([self.undo_action, self.redo_action])
        self.find_action = self._action(tr("&Find cards"), self._find, std.Find)
        self.add_card_action = self._action(tr("Add &card"), self._add_card, key("Ctrl+Shift+N"))
        self.tab_actions = [self._action(name, lambda n=n: self.show_tab(n), key(f"Ctrl+{n + 1}"))
                            for n, name in enumerate((tr("&Pack details"), tr("&Factors"), tr("&Evidence"),
                                                      tr("&Questions")))]
        self.problems_action = self._action(tr("P&roblems"), self._focus_problems, key("Ctrl+5"))
        self.help_action = self._action(tr("&How packs work"), self._help, std.HelpContents)

        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.install_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.try_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_card_action, self.paste_action, self.find_action])
        view_menu = bar.addMenu(tr("&View"))
        view_menu.addActions([*self.tab_actions, self.problems_action])
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.help_action)

    def _connect(self) -> None:
        session = self.session
        session.modifiedChanged.connect(self._update_title)
        session.pathChanged.connect(self._update_title)
        session.packChanged.connect(self._on_pack_changed)
        session.loaded.connect(self._update_tab_titles)
        session.loaded.connect(self._update_title)
        session.failed.connect(lambda message: self.show_status(message, 8000))
        self.autosaver.failed.connect(lambda message: self.show_status(message, 8000))
        self.checker.checked.connect(self._on_checked)
        self.checker.busy.connect(self.problems.set_busy)
        self.problems.problemChosen.connect(self.go_to_problem)
        self.evidence.pasteRequested.connect(self.paste_rows)
        self.evidence.importRequested.connect(self.import_cards)
        self.evidence.exportRequested.connect(self.export_cards)
        self.prompts.modelPlanRequested.connect(self.edit_model_plan)
        self.prompts.tryRequested.connect(self.try_prompt)
        Languages.of().changed.connect(self.retranslate)

    # -- state -> widgets ------------------------------------------------------------------------------------
    def pack_name(self) -> str:
        pack = self.session.pack
        if self.session.path is not None:
            return self.session.path.name
        return pack.title or self.tr("New pack")

    def retranslate(self, _language: str = "") -> None:
        """The language changed (the planning window's View ▸ Language): what the editor made from the pack and
        words is made again, and the pack checked again for the validator's words. Texts straight from ``tr()``
        are already in the new language (``language.Languages``); the pack and its undo history stay."""
        self._update_title()
        self._update_tab_titles()
        for page in (self.details, self.factors, self.evidence, self.prompts):
            page.retranslate()
        self.checker.check_now()

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(self.tr("%1[*] — Coexist pack editor").replace("%1", plain_title(self.pack_name())))
        self.setWindowModified(self.session.modified)

    def _update_tab_titles(self, *_args: object) -> None:
        pack = self.session.pack
        self.tabs.setTabText(FACTORS, self.tr("&Factors (%1)").replace("%1", str(len(pack.factors))))
        self.tabs.setTabText(EVIDENCE, self.tr("&Evidence (%1)").replace("%1", local_number(len(pack.cards), 0)))
        self.tabs.setTabText(PROMPTS, self.tr("&Questions (%1)").replace("%1", str(len(pack.prompts))))

    def _on_pack_changed(self, before: Pack, after: Pack) -> None:
        if (len(before.factors), len(before.cards), len(before.prompts)) != (len(after.factors), len(after.cards),
                                                                             len(after.prompts)):
            self._update_tab_titles()

    def _on_checked(self, check: DraftCheck) -> None:
        opened, self._opened = self._opened, None
        if opened is not None and opened.hand_edited(write_pack(opened.pack).text):
            # the editor's own file, changed by a hand since: say so before a save loses the changes (the
            # check has just written these items, so writing them again here costs little)
            QTimer.singleShot(0, lambda: self._after_hand_edit(opened))
        self.problems.show_check(check)
        self.prompts.set_check(check)
        cards = check.pack.cards
        flagged = {cards[loc.position].id for p in check.problems
                   if (loc := check.location(p)) is not None and loc.section == "evidence"
                   and 0 <= loc.position < len(cards)}
        self.evidence.set_problem_cards(frozenset(flagged))

    def show_status(self, message: str, milliseconds: int) -> None:
        self.statusBar().showMessage(message, milliseconds)

    def show_tab(self, number: int) -> None:
        self.tabs.setCurrentIndex(number)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _find(self) -> None:
        self.tabs.setCurrentIndex(EVIDENCE)
        self.evidence.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.evidence.search.selectAll()

    def _add_card(self) -> None:
        self.tabs.setCurrentIndex(EVIDENCE)
        self.evidence.add_card()

    def _focus_problems(self) -> None:
        self.problems.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _help(self) -> None:
        common.show_text(self, self.tr("How packs work"), self.tr(
            "# How packs work\n\n"
            "A pack holds **factors** (the causes or themes an essay can be organised by), **evidence** cards "
            "(one fact each, ticked with the factors it supports) and **questions** (each asking for some of the "
            "factors, with options and a model plan).\n\n"
            "- **Problems** (right) lists what the pack still needs, in the words of `coexist-gui validate`: "
            "click one to go to it. Errors stop the pack from being installed; warnings do not.\n"
            "- **Summary** shows, per question, how many cards students have for each factor and side, and what "
            "the model plan scores. A model plan should reach band 5: write its points as analysis.\n"
            "- **Paste rows** (Ctrl+V in the card table) adds rows copied from a spreadsheet or a Word table: "
            "text, factors (names separated by ;), year, detail.\n"
            "- **Try it** opens the planning board on the pack as it is, without installing it.\n"
            "- **Save and install** saves the pack and installs it for every Coexist window on this computer.\n\n"
            "A card's id is made from its text and kept once the pack is saved, so students' plans still find "
            "their cards after you change the wording."))

    def _after_hand_edit(self, opened: PackFile) -> None:
        if not dialogs.confirm_rewrite(self, opened.path.name) and not self.session.modified:
            self.close()

    # -- problems -> the place they are about ------------------------------------------------------------------
    def go_to_problem(self, problem: Problem) -> None:
        check = self.checker.result
        location = check.location(problem) if check is not None else None
        if location is None or check is None:
            return
        pack = check.pack
        section, index, key = location
        if section == "pack":
            self.tabs.setCurrentIndex(DETAILS)
            self.details.focus_field(key)
        elif section == "factors":
            self.tabs.setCurrentIndex(FACTORS)
            if 0 <= index < len(pack.factors):
                self.factors.select(pack.factors[index].id)
            self.factors.focus_field(key)
        elif section == "evidence":
            self.tabs.setCurrentIndex(EVIDENCE)
            if 0 <= index < len(pack.cards):
                self.evidence.select_cards([pack.cards[index].id])
                self.evidence.focus_field(key)
            else:
                self.evidence.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif section == "prompts":
            self.tabs.setCurrentIndex(PROMPTS)
            if 0 <= index < len(pack.prompts):
                self.prompts.select(pack.prompts[index].id)
                self.prompts.focus_field(key)
            else:
                self.prompts.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- files ---------------------------------------------------------------------------------------------------
    def folder(self) -> Path:
        if self.session.path is not None:
            return self.session.path.parent
        return paths.documents_dir()

    def maybe_save(self) -> bool:
        if not self.session.modified:
            return True
        answer = common.ask_save_changes(self, self.pack_name())
        if answer is common.Answer.SAVE:
            return self.save()
        if answer is common.Answer.DISCARD:
            self.autosaver.clear()
            return True
        return False

    def new_pack(self) -> None:
        if self.maybe_save():
            self.session.load(edits.empty_pack(), None)
            self.show_tab(DETAILS)
            self.details.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_dialog(self) -> None:
        path = dialogs.open_pack_file(self, self.folder())
        if path is not None and self.maybe_save():
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Load a pack file into this editor (after saying what the editor will do to it)."""
        found = read_for_editing(self, Path(path))
        if found is None:
            return False
        self.load_file(found)
        return True

    def load_file(self, found: PackFile, *, loaded: bool = False) -> None:
        """Show a pack read from a file; ``loaded``: the editor was made on it already."""
        if not loaded:
            self.session.load(found.pack, found.path)
        self._opened = found if found.by_editor and not found.errors else None
        self.session.installed = _in_packs_folder(found.path)
        self.details._show(found.pack)
        self.show_status(self.tr("Opened %1").replace("%1", str(found.path)), 5000)

    def _flush_check(self) -> DraftCheck | None:
        check = self.checker.wait()
        if check is not None and not check.faithful:
            dialogs.show_problems(self, self.tr("Could not save"), self.tr(
                "The editor could not write this pack so that it reads back the same, so nothing was saved. "
                "Please report this."), list(check.problems))
            return None
        return check

    def _offer_version(self) -> bool:
        """A pack that changed since it was saved is offered a new version number; False when cancelled."""
        session = self.session
        if session.path is None or not session.content_changed() or session.pack.version != session.saved.version:
            return True
        old = session.pack.version
        new = edits.next_version(old)
        choice = dialogs.ask_version(self, old, new)
        if choice is dialogs.VersionChoice.CANCEL:
            return False
        if choice is dialogs.VersionChoice.BUMP:
            session.apply(lambda p: edits.set_details(p, version=new), self.tr("New version"))
        return True

    def save(self) -> bool:
        path = self.session.path
        if path is None or _is_builtin(path):  # the built-in pack is part of the app: save a copy elsewhere
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        suggested = self.folder() / (self.session.path.name if self.session.path else f"{self.session.pack.id}.yaml")
        path = dialogs.save_pack_file(self, suggested)
        if path is None:
            return False
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        if not self._offer_version():
            return False
        check = self._flush_check()
        if check is None:
            return False
        if check.errors and _in_packs_folder(path):
            dialogs.show_problems(self, self.tr("Not saved"), self.tr(
                "This is an installed pack, and an installed pack must have no errors: fix these first, or use "
                "Save As to keep a draft somewhere else."), check.errors)
            return False
        try:
            save_pack(self.session.pack, path)
        except SaveError as exc:
            common.show_error(self, self.tr("Could not save"), str(exc))
            return False
        self.session.mark_saved(path)
        self.autosaver.clear()
        if check.errors:
            self.show_status(self.tr("Saved %1. It still has %n error(s), so it cannot be installed yet.", "",
                                     len(check.errors)).replace("%1", str(path)), 10000)
        else:
            self.show_status(self.tr("Saved %1").replace("%1", str(path)), 6000)
        return True

    def save_and_install(self) -> bool:
        from ...core.library import install_pack

        if not self.save() or self.session.path is None:
            return False
        check = self.checker.wait()
        if check is not None and check.errors:
            dialogs.show_problems(self, self.tr("Not installed"), self.tr(
                "The pack was saved, but it cannot be installed until these errors are fixed (the Problems list "
                "shows each one; click it to go there)."), check.errors)
            return False
        path = self.session.path
        if _in_packs_folder(path):
            self.session.installed = True
            self.show_status(self.tr("Saved the installed pack: every Coexist window now uses this version."), 8000)
            self.details._show(self.session.pack)
            return True
        try:
            result = install_pack(path)
            if result.status == "exists" and result.pack is not None:
                if not common.ask_replace_pack(self, result.pack.title, result.old_version or "?",
                                               result.new_version):
                    return False
                result = install_pack(path, replace=True)
        except SaveError as exc:
            common.show_error(self, self.tr("Could not install pack"), str(exc))
            return False
        if result.status == "invalid":
            dialogs.show_problems(self, self.tr("Not installed"), self.tr("The pack has errors."), result.errors)
            return False
        self.session.installed = True
        self.details._show(self.session.pack)
        self.show_status(self.tr("Installed %1, version %2: choose it in the planning window's Pack list.")
                         .replace("%1", self.session.pack.title).replace("%2", self.session.pack.version), 10000)
        return True

    # -- cards from and to spreadsheets ------------------------------------------------------------------------------
    def _add_rows(self, table: Table, source: str, allow_replace: bool) -> bool:
        choice = dialogs.preview_cards(self, self.session.pack, table, source, allow_replace)
        if choice is None:
            return False
        at = None if allow_replace else self.evidence.insert_position()
        result = plan_import(self.session.pack, table, replace_all=choice.replace_all, index=at)
        if result.errors:
            return False
        made = list(result.added)
        applied = self.session.apply(lambda p: plan_import(p, table, replace_all=choice.replace_all, index=at).pack,
                                     self.tr("Add cards from %1").replace("%1", source))
        if applied:
            self.tabs.setCurrentIndex(EVIDENCE)
            if made:
                self.evidence.select_cards(made)
            self.show_status(result.summary(), 8000)
        return applied

    def paste_rows(self) -> bool:
        text = QApplication.clipboard().text()
        if not text.strip():
            self.show_status(self.tr("The clipboard has no text: copy rows in a spreadsheet or a Word table first."),
                             6000)
            return False
        table = read_table(text.encode("utf-8"), self.tr("clipboard"), header=None)
        return self._add_rows(table, self.tr("the clipboard"), allow_replace=False)

    def import_cards(self) -> bool:
        path = dialogs.open_cards_file(self, self.folder())
        if path is None:
            return False
        table = run_off_thread(self, self.tr("Reading %1…").replace("%1", path.name), lambda: read_table_file(path))
        return self._add_rows(table, path.name, allow_replace=True)

    def export_cards(self) -> bool:
        suggested = self.folder() / f"{self.session.pack.id}-cards.csv"
        path = dialogs.save_cards_file(self, suggested)
        if path is None:
            return False
        if path.suffix.lower() not in (".csv", ".tsv", ".txt"):
            path = path.with_name(path.name + ".csv")
        try:
            atomic_write(path, cards_file_bytes(self.session.pack, path.name))
        except SaveError as exc:
            common.show_error(self, self.tr("Could not export"), str(exc))
            return False
        self.show_status(self.tr("Wrote %n card(s) to %1", "", len(self.session.pack.cards)).replace("%1", str(path)),
                         8000)
        return True

    # -- trying the pack ---------------------------------------------------------------------------------------------
    def _open_try(self, prompt_id: str, model_mode: bool) -> TryWindow | None:
        pack = self.session.pack
        prompt = pack.prompt(prompt_id) if prompt_id else (pack.prompts[0] if pack.prompts else None)
        if prompt is None:
            self.show_status(self.tr("Add a question first (the Questions tab)."), 6000)
            return None
        plan: Plan | None = None
        if model_mode:
            plan = (replace(prompt.exemplar, pack=pack.id, pack_version=pack.version) if prompt.exemplar
                    else new_plan(pack, prompt))
        window = TryWindow(pack, prompt, plan, model_mode)
        window.useAsModel.connect(self.use_as_model)
        window.destroyed.connect(lambda: self.try_windows.remove(window) if window in self.try_windows else None)
        self.try_windows.append(window)
        window.show()
        window.activateWindow()
        return window

    def try_prompt(self, prompt_id: str) -> TryWindow | None:
        return self._open_try(prompt_id or self.prompts.prompt_id, model_mode=False)

    def edit_model_plan(self, prompt_id: str) -> TryWindow | None:
        return self._open_try(prompt_id, model_mode=True)

    def use_as_model(self, prompt_id: str, plan: Plan) -> bool:
        pack = self.session.pack
        prompt = pack.prompt(prompt_id)
        if prompt is None:
            self.show_status(self.tr("That question is no longer in the pack."), 6000)
            return False
        exemplar, dropped = edits.exemplar_from_plan(plan, pack, prompt)
        done = self.session.apply(lambda p: edits.set_exemplar(p, prompt_id, exemplar), self.tr("Set model plan"))
        if dropped:
            self.show_status(self.tr("Model plan stored; left out %n card(s) not in the pack (the student's own "
                                     "cards).", "", len(dropped)), 10000)
        elif done:
            self.show_status(self.tr("Model plan stored."), 6000)
        self.tabs.setCurrentIndex(PROMPTS)
        self.prompts.select(prompt_id)
        return done

    # -- recovery ---------------------------------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the newest pack autosave another run left behind; True when it was restored.

        Each copy is offered once a run (File ▸ New pack asks too, so a copy kept for later is not asked
        about again and again), newest first, each with the choice to keep it for the next start. A copy
        that cannot be read is set aside as ``….damaged`` beside it: kept for the teacher, never offered again.
        """
        found = [r for r in pending_pack_recoveries(exclude=self.autosaver.key) if r.plan_file not in _OFFERED]
        if not found:
            return False
        newest = found[0]
        _OFFERED.add(newest.plan_file)
        when = local_date_time(newest.saved_at) or self.tr("at an unknown time")
        what = str(newest.original) if newest.original else self.tr("a new pack that was never saved")
        description = self.tr("Autosaved %1 from %2.").replace("%1", when).replace("%2", what)
        if newest.problem:  # a damaged note: the pack is still offered, and the teacher told why it says less
            description += "\n\n" + self.tr("Its note could not be read: %1").replace("%1", newest.problem)
        if not dialogs.ask_restore_pack(self, description):
            if not dialogs.ask_keep_pack_recovery(self):  # declined: deleted only when the teacher says so
                discard_pack_recovery(newest)
            return False
        try:
            found_pack = read_pack_file(newest.plan_file)
        except LoadError as exc:
            kept = set_aside_pack_recovery(newest)
            where = self.tr("It was kept as %1.").replace("%1", str(kept)) if kept else ""
            dialogs.show_problems(self, self.tr("Cannot restore"),
                                  " ".join(filter(None, [self.tr("The autosaved copy cannot be read."), where])),
                                  exc.problems)
            return False
        self.session.load(found_pack.pack, newest.original, modified=True)
        self.autosaver.save_now()
        discard_pack_recovery(newest)
        return True

    # -- closing ---------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if is_loading(self) or not self.maybe_save():
            event.ignore()
            return
        for window in list(self.try_windows):
            window.close()
        self.checker.close()
        self.autosaver.release()
        event.accept()


def read_for_editing(parent: QWidget, path: Path) -> PackFile | None:
    """Read a pack file in the background and say, before anything is lost, what the editor will do to it:
    a pack with errors opens only when the teacher says so; one written by hand loses its comments on save."""
    try:
        found = run_off_thread(parent, QCoreApplication.translate("editor", "Reading %1…").replace("%1", path.name),
                               lambda: read_pack_file(path))
    except LoadError as exc:
        dialogs.show_problems(parent, QCoreApplication.translate("editor", "Cannot open pack"),
                              QCoreApplication.translate("editor", "“%1” is not a pack the editor can open. Nothing "
                                                         "was changed.").replace("%1", path.name), exc.problems)
        return None
    if found.errors and not dialogs.confirm_open_with_errors(parent, path.name, list(found.problems)):
        return None
    # a file the editor did not write is said at once; one it wrote is compared after the first check
    if not found.by_editor and not found.errors and not dialogs.confirm_rewrite(parent, path.name):
        return None
    return found


def _is_builtin(path: Path) -> bool:
    try:
        return Path(path).resolve() == builtin_pack_path().resolve()
    except OSError:
        return False


def _in_packs_folder(path: Path) -> bool:
    try:
        return Path(path).resolve().parent == paths.packs_dir().resolve()
    except OSError:
        return False


def open_editor(path: Path | None = None, parent_window: QWidget | None = None) -> PackEditorWindow | None:
    """An editor on ``path`` (the one already open on it, if any), or on a new pack; None when opening failed."""
    if path is not None:
        for editor in _OPEN:
            if editor.session.path is not None and editor.session.path.resolve() == Path(path).resolve():
                editor.show()
                editor.activateWindow()
                return editor
    found = None
    if path is not None:
        found = read_for_editing(parent_window or QApplication.activeWindow() or QWidget(), Path(path))
        if found is None:
            return None
    editor = PackEditorWindow(found.pack if found else None, found.path if found else None)
    if found is not None:
        editor.load_file(found, loaded=True)
    editor.show()
    if path is None:
        editor.details.title.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, editor.offer_recovery)
    return editor
