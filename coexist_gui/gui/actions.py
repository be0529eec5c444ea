"""Every command of the window as a QAction with its shortcut, the menus, and the Help pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from .. import __version__
from ..core.i18n import translated_resource
from . import dialogs
from .language import LanguageMenu, Languages
from .theme.tokens import ZOOM_STEPS
from .window_part import WindowPart

if TYPE_CHECKING:
    from .main_window import MainWindow

Key = QKeySequence | QKeySequence.StandardKey | list[QKeySequence]


class WindowActions(WindowPart):
    """The window's QActions, named after what they do (``save``, ``check``, ``send[n]``…).

    Each is added to the window, so its shortcut works wherever the focus is, and
    triggers one method of the window's parts (files, packs, exports, checks, edits).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        key, std = QKeySequence, QKeySequence.StandardKey
        tr = self.tr
        files, packs, exports, checks, edits = window.files, window.packs, window.exports, window.checks, window.edits
        self.new_plan = self._make(tr("&New plan"), files.new_plan, std.New)
        self.open = self._make(tr("&Open…"), files.open_dialog, std.Open)
        self.save = self._make(tr("&Save"), files.save, std.Save)
        self.save_as = self._make(tr("Save &As…"), files.save_as, std.SaveAs)
        self.revert = self._make(tr("Re&vert to saved…"), files.revert)
        self.revert.setEnabled(False)
        self.export_md = self._make(tr("&Markdown…"), exports.markdown)
        self.export_pdf = self._make(tr("&PDF…"), exports.pdf)
        self.export_png = self._make(tr("P&NG picture of the plan…"), exports.png)
        self.print = self._make(tr("&Print…"), exports.print_plan, std.Print)
        self.quit = self._make(tr("&Quit"), window.close, std.Quit)
        undo_stack = window.session.undo_stack
        self.undo = undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo.setShortcuts(key.keyBindings(std.Undo))
        self.redo = undo_stack.createRedoAction(self, tr("&Redo"))
        # the platform's Redo keys, plus Ctrl+Y everywhere (what many students expect)
        self.redo.setShortcuts(list(dict.fromkeys([*key.keyBindings(std.Redo), key("Ctrl+Y")])))
        # the stack would name the next step with the prefix given at creation: ours follows the language
        undo_stack.undoTextChanged.connect(self._name_undo)
        undo_stack.redoTextChanged.connect(self._name_redo)
        self.remove = self._make(tr("&Remove card from plan"), edits.remove_selected, key(Qt.Key.Key_Delete))
        self.send = [self._make(tr("Paragraph &%1").replace("%1", str(n)),
                                lambda _checked=False, n=n: edits.send_selected(n - 1), key(f"Ctrl+{n}"))
                     for n in range(1, 10)]
        self.add_paragraph = self._make(tr("Add para&graph"), edits.add_paragraph, key("Ctrl+Shift+P"))
        self.new_card = self._make(tr("New &card…"), edits.new_card, key("Ctrl+Shift+K"))
        self.find = self._make(tr("&Find evidence"), edits.focus_search, std.Find)
        self.blind = self._make(tr("&Hide factor tags (blind mode)"), window.view_mode.set_blind, key("Ctrl+Shift+B"),
                                checkable=True)
        self.exam = self._make(tr("&Exam mode: hide the score until checked"), window.view_mode.set_exam,
                               key("Ctrl+Shift+E"), checkable=True)
        appearance = window.appearance
        zoom_in = [key("Ctrl+="), key("Ctrl++"), *key.keyBindings(std.ZoomIn)]
        self.zoom_in = self._make(tr("Zoom &in"), appearance.zoom_in, list(dict.fromkeys(zoom_in)))
        self.zoom_out = self._make(tr("Zoom &out"), appearance.zoom_out,
                                   list(dict.fromkeys([key("Ctrl+-"), *key.keyBindings(std.ZoomOut)])))
        self.zoom_reset = self._make(tr("&Actual size"), appearance.reset_zoom, key("Ctrl+0"))
        self.schemes = QActionGroup(self)
        self.scheme: dict[str, QAction] = {}
        for choice, label in (("system", tr("&Follow the system")), ("light", tr("&Light")), ("dark", tr("&Dark"))):
            action = self._make(label, lambda on, c=choice: self._choose_scheme(on, c), checkable=True)
            self.schemes.addAction(action)
            self.scheme[choice] = action
        self.grey = self._make(tr("&Grey out cards already in the plan"), window.set_grey_placed, checkable=True)
        self.grey.setChecked(True)
        self.check = self._make(tr("&Check plan"), checks.check_plan, key("Ctrl+Return"))
        self.help = self._make(tr("How &scoring works"), self.show_scoring_help, std.HelpContents)
        self.keys = self._make(tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.about = self._make(tr("&About Coexist"), self.show_about)
        self.import_pack = self._make(tr("&Import pack…"), packs.import_dialog, key("Ctrl+Shift+I"))
        self.manage_packs = self._make(tr("&Manage packs…"), packs.manage)
        teaching = window.teaching
        self.new_pack = self._make(tr("New pac&k…"), teaching.new_pack)
        self.edit_pack = self._make(tr("E&dit pack…"), teaching.edit_pack)
        self.class_report = self._make(tr("C&lass report…"), teaching.class_report, key("Ctrl+Shift+R"))
        self.compare = self._make(tr("Compare with &model plan…"), checks.compare_with_model, key("Ctrl+Shift+M"))
        self.compare.setEnabled(False)  # only after "Check plan", so it never gives the answer away
        self.progress = self._make(tr("&Progress…"), checks.show_progress, key("Ctrl+Shift+H"))
        self.recent_menu = self._make_menus()

    def _make(self, text: str, slot: Callable[..., object], shortcut: Key | None = None,
              checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        # a checkable action passes its new state; the others pass a "checked" flag no slot wants
        action.triggered.connect(slot if checkable else lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _make_menus(self) -> QMenu:
        bar = self.window.menuBar()
        tr = self.tr
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([self.new_plan, self.open])
        recent = file_menu.addMenu(tr("Open &Recent"))
        file_menu.addActions([self.import_pack, self.manage_packs])
        file_menu.addSeparator()
        file_menu.addActions([self.new_pack, self.edit_pack, self.class_report])  # for teachers
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.revert])
        export = file_menu.addMenu(tr("&Export"))
        export.addActions([self.export_md, self.export_pdf, self.export_png])
        file_menu.addAction(self.print)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = bar.addMenu(tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addAction(self.remove)
        send = edit.addMenu(tr("&Add to paragraph"))
        send.addActions(self.send)
        edit.addSeparator()
        edit.addActions([self.add_paragraph, self.new_card, self.find])
        view = bar.addMenu(tr("&View"))
        view.addActions([self.blind, self.exam, self.grey])
        view.addSeparator()
        scheme = view.addMenu(tr("&Appearance"))
        scheme.addActions(list(self.scheme.values()))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        self.language = LanguageMenu(view.addMenu(tr("&Language")), self.window.settings, Languages.of())
        view.addSeparator()
        view.addActions([self.check, self.compare, self.progress])
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addActions([self.help, self.keys, self.about])
        return recent

    def name_undo_redo(self) -> None:
        """Undo/Redo say what they would undo or redo, in the language in use ("&Undo Add card")."""
        stack = self.window.session.undo_stack
        self._name_undo(stack.undoText())
        self._name_redo(stack.redoText())

    def _name_undo(self, step: str) -> None:
        if isValid(self.undo):  # the stack says its last words while the window is taken apart
            self.undo.setText(self.tr("&Undo %1").replace("%1", step) if step else self.tr("&Undo"))

    def _name_redo(self, step: str) -> None:
        if isValid(self.redo):
            self.redo.setText(self.tr("&Redo %1").replace("%1", step) if step else self.tr("&Redo"))

    def _choose_scheme(self, on: bool, choice: str) -> None:
        if on:
            self.window.appearance.set_scheme_choice(choice)

    def show_appearance(self) -> None:
        """Tick the scheme in use and say the zoom; at the ends the zoom item that does nothing is disabled."""
        appearance = self.window.appearance
        self.scheme[appearance.scheme_choice].setChecked(True)
        self.zoom_reset.setText(self.tr("&Actual size (now %1%)").replace("%1", str(round(appearance.zoom * 100))))
        self.zoom_in.setEnabled(appearance.zoom < ZOOM_STEPS[-1])
        self.zoom_out.setEnabled(appearance.zoom > ZOOM_STEPS[0])

    # -- Help ------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action with a shortcut, then the keys the card lists handle."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = []
        # Undo/Redo: their text names the last edit, and the platform lists keys like F14 or 'Undo'
        labelled = [(a, a.text()) for a in self.window.actions()]
        labelled += [(self.undo, self.tr("Undo")), (self.redo, self.tr("Redo"))]
        for action, label in labelled:
            keys = " / ".join(dict.fromkeys(text for k in action.shortcuts()
                                            if (text := k.toString(native)) and "+" in text or text in ("Del", "F1")))
            if keys:
                rows.append((keys, label.replace("&", "").rstrip("…")))
        rows += [(self.tr("Enter"), self.tr("Send the selected bank cards to the current paragraph")),
                 (self.tr("Alt+Up / Alt+Down"), self.tr("Move the selected card up or down in its paragraph"))]
        return list(dict.fromkeys(rows))

    def show_scoring_help(self) -> None:
        dialogs.show_text(self.window, self.tr("How scoring works"), scoring_help())

    def show_shortcuts(self) -> None:
        table = ["| " + self.tr("Keys") + " | " + self.tr("Action") + " |", "|---|---|"]
        table += [f"| {keys} | {what} |" for keys, what in self.shortcut_rows()]
        dialogs.show_text(self.window, self.tr("Keyboard shortcuts"), "\n".join(table))

    def show_about(self) -> None:
        dialogs.show_info(self.window, self.tr("About Coexist"),
                          self.tr("Coexist %1\n\nPlan history essays from evidence cards and check how well your "
                                  "argument covers the question. Works offline.").replace("%1", __version__))


def scoring_help() -> str:
    """The README's "How scoring works" section, shipped as resources/scoring.md (a test keeps them equal),
    or its translation (resources/scoring.de.md) in the language in use."""
    try:
        return translated_resource("scoring.md").read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("WindowActions", "See the README: How scoring works.")
