"""The plan's files: new, open, save, save as, the recent list, and the offer to recover after a crash."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QTimer
from PySide6.QtGui import QDropEvent

from ..core.plan import load_plan, save_plan
from ..core.problems import LoadError
from ..core.storage import SaveError
from ..core.untrusted import is_plan_file
from . import dialogs, paths
from .autosave import discard, pending_recoveries
from .background import Cancelled, run_off_thread
from .dialogs import problem_text
from .language import local_date_time
from .widgets.plain_text import plain_action_text, plain_tooltip
from .window_part import WindowPart

if TYPE_CHECKING:
    from .main_window import MainWindow

PLAN_SUFFIX = ".plan.yaml"
PLAN_FILTER = "Coexist plans (*.plan.yaml)"


def dropped_file(mime: QMimeData) -> Path | None:
    """The first local pack or plan file among dropped URLs."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".yaml", ".yml")):
            return Path(url.toLocalFile())
    return None


class FileActions(WindowPart):
    """Everything that reads or writes the student's plan file; packs go to ``PackActions``.

    A plan or pack file dropped on the window opens (a pack is offered for installing)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        window.setAcceptDrops(True)

    def on_drag(self, event: QDropEvent) -> None:
        """The window's drag enter and drop events: a plan or pack file is welcome, and opens when dropped."""
        path = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            QTimer.singleShot(0, lambda: self.open_path(path, install=True))

    def folder(self) -> Path:
        """Where file dialogs start: beside the open plan, else the last folder used."""
        if self.session.path:
            return self.session.path.parent
        return self.window.settings.last_folder()

    def plan_name(self) -> str:
        return self.session.path.name if self.session.path else self.tr("Untitled plan")

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when the plan has unsaved edits; True means go on.

        Planning time alone is not worth a question: a saved plan gets it written quietly (its file
        keeps the right total), an untitled one without edits has nothing else to keep."""
        if not self.session.edited:
            if self.session.modified and self.session.path is not None:
                self._write(self.session.path)
            return True
        answer = dialogs.ask_save_changes(self.window, self.plan_name())
        if answer is dialogs.Answer.SAVE:
            return self.save()
        if answer is dialogs.Answer.DISCARD:
            self.window.autosaver.clear()
            return True
        return False

    def new_plan(self) -> None:
        if self.maybe_save():
            self.window.switch_to(self.window.entry, self.session.prompt)

    def open_dialog(self) -> None:
        path = dialogs.open_file(self.window, self.folder())
        if path:
            self.open_path(path)

    def open_path(self, path: Path, install: bool | None = None) -> bool:
        """Open a plan or a pack file; problems are shown, the current plan stays open.

        A valid pack is installed when ``install`` is True, used for this run only when False,
        and the student is asked when it is None.
        """
        path = Path(path)
        try:  # reads the top of the file, which may be on a slow or hung disk: off the GUI thread too
            plan = run_off_thread(self.window, self.tr("Opening %1…").replace("%1", path.name),
                                  lambda: is_plan_file(path))
        except Cancelled:
            self.window.show_status(self.tr("Opening %1 was cancelled.").replace("%1", path.name), 5000)
            return False
        if plan:
            return self.open_plan(path)
        return self.window.packs.open_pack(path, install)

    def open_plan(self, path: Path, recovered_from: Path | None = None) -> bool:
        window = self.window
        source = recovered_from or path
        try:  # the one hardened reader: never a device or a FIFO, never more than the size limit
            plan = run_off_thread(window, self.tr("Reading %1…").replace("%1", source.name), lambda: load_plan(source))
        except LoadError as exc:
            dialogs.show_error(window, self.tr("Cannot open plan"),
                               self.tr("“%1” could not be read. The file was not changed.").replace("%1", source.name),
                               problem_text(exc.problems))
            return False
        except Cancelled:
            window.show_status(self.tr("Opening %1 was cancelled.").replace("%1", source.name), 5000)
            return False
        entry = window.library.find(plan.pack)
        if entry is None:
            dialogs.show_error(window, self.tr("Pack not installed"),
                               self.tr("This plan was made with the pack “%1” (version %2), which is not "
                                       "installed. Open that pack's file first (File ▸ Open…), then open the "
                                       "plan again.").replace("%1", plan.pack).replace("%2", plan.pack_version))
            return False
        prompt = entry.pack.prompt(plan.prompt)
        if prompt is None:
            dialogs.show_error(window, self.tr("Question not in pack"),
                               self.tr("This plan answers the question “%1”, which pack “%2” no longer has.")
                               .replace("%1", plan.prompt).replace("%2", entry.pack.title))
            return False
        if recovered_from is None and not self.maybe_save():
            return False
        window.switch_to(entry, prompt, plan, None if recovered_from and path == recovered_from else path)
        if recovered_from is None:
            self._remember(path)
        if plan.pack_version != entry.pack.version:
            window.show_status(self.tr("This plan was made with version %1 of the pack; this is version %2. Cards it "
                                       "no longer has are kept and shown as missing.")
                               .replace("%1", plan.pack_version).replace("%2", entry.pack.version), 12000)
        return True

    def revert(self) -> bool:
        """File ▸ Revert to saved: the plan as its file has it, after asking. Undo brings the edits back."""
        path = self.session.path
        if path is None or not self.session.edited:
            return False
        if not dialogs.ask_revert(self.window, path.name):
            return False
        try:  # the same hardened reader as Open, off the GUI thread
            plan = run_off_thread(self.window, self.tr("Reading %1…").replace("%1", path.name),
                                  lambda: load_plan(path))
        except LoadError as exc:
            dialogs.show_error(self.window, self.tr("Cannot revert"),
                               self.tr("“%1” could not be read. Your plan was not changed.").replace("%1", path.name),
                               problem_text(exc.problems))
            return False
        except Cancelled:
            self.window.show_status(self.tr("Reverting was cancelled: your plan was not changed."), 5000)
            return False
        self.session.revert_to(plan)
        self.window.show_status(self.tr("Reverted to the saved plan. Undo brings your changes back."), 8000)
        return True

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._write(self.session.path)

    def save_as(self) -> bool:
        suggested = self.folder() / (self.session.path.name if self.session.path
                                     else f"{self.session.prompt.id}{PLAN_SUFFIX}")
        path = dialogs.save_file(self.window, suggested, self.tr("Save plan"), PLAN_FILTER)
        if path is None:
            return False
        if not path.name.endswith(PLAN_SUFFIX):
            path = path.with_name(path.name.removesuffix(".yaml") + PLAN_SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:  # save_plan never writes a plan Coexist would refuse to open again
            save_plan(path, self.session.plan_for_saving(), backup=True)
        except LoadError as exc:
            dialogs.show_error(self.window, self.tr("Could not save"),
                               self.tr("This plan could not be read back, so it was not saved. Nothing on disk "
                                       "changed; please report this."), problem_text(exc.problems))
            return False
        except SaveError as exc:
            dialogs.show_error(self.window, self.tr("Could not save"), str(exc))
            return False
        self.session.mark_saved(path)
        self.window.autosaver.clear()
        self._remember(path)
        self.window.show_status(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    # -- recent files ---------------------------------------------------------------
    def _remember(self, path: Path) -> None:
        self.window.settings.add_recent(path)
        self.window.settings.remember_folder(path.parent)
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        menu = self.window.menu_actions.recent_menu
        menu.clear()
        recent = self.window.settings.recent_files()
        for number, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {plain_action_text(Path(name).name)}")
            action.setToolTip(plain_tooltip(name))
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_path(Path(n)))
        menu.setEnabled(bool(recent))

    # -- the app's own folders --------------------------------------------------------
    def check_folders(self) -> None:
        """Say once, at start, when the data, autosave or packs folder cannot be used (a file or a dangling
        link where it should be): the window works without them, and the student knows what to fix."""
        problems = paths.folder_problems()
        if problems:
            dialogs.show_error(self.window, self.tr("Coexist cannot keep its files"),
                               self.tr("Recovery copies, installed packs and your progress history need "
                                       "Coexist's data folder, which cannot be used:") + "\n\n" + "\n".join(problems)
                               + "\n\n" + self.tr("Move what is in the way (or fix the link), then start Coexist "
                                                  "again. Plans you save yourself are saved as usual."))

    # -- after a crash ----------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the newest autosave another run left behind. True when a plan was restored."""
        window = self.window
        found = pending_recoveries(exclude=window.autosaver.key)
        if not found:
            return False
        newest = found[0]
        when = local_date_time(newest.saved_at) or self.tr("at an unknown time")
        what = str(newest.original) if newest.original else self.tr("an unsaved plan")
        description = self.tr("Autosaved %1 from %2.").replace("%1", when).replace("%2", what)
        if newest.problem:  # a damaged note: the plan is still offered, and the student told why it says less
            description += "\n\n" + self.tr("Its note could not be read: %1").replace("%1", newest.problem)
        restored = False
        if dialogs.ask_restore(window, description):
            target = newest.original or newest.plan_file
            restored = self.open_plan(target, recovered_from=newest.plan_file)
            if restored:
                self.session.path = newest.original
                # the restored content differs from any saved file: mark it modified so it gets saved
                self.session.undo_stack.resetClean()
                window.update_title()
                window.autosaver.save_now()
        # only this copy: others (two plans unsaved at the crash) are offered at the next start
        if restored or not dialogs.ask_keep_recovery(window):
            discard(newest)
        return restored
