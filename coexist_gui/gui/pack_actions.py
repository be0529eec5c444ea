"""Packs in the window: choosing pack and question, opening or importing a pack file, managing installed packs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.pack import load_pack
from ..core.problems import LoadError
from ..core.storage import SaveError
from . import dialogs
from .background import Cancelled, run_off_thread
from .dialogs import problem_text
from .widgets.plain_text import add_plain_item
from .window_part import WindowPart

if TYPE_CHECKING:
    from .windows.pack_manager import PackManagerDialog


class PackActions(WindowPart):
    """The pack and question choosers, File ▸ Import pack…, Open… on a pack, and File ▸ Manage packs…."""

    # -- the choosers in the prompt bar ------------------------------------------------
    def fill_pack_combo(self) -> None:
        combo = self.window.prompt_bar.packs
        combo.clear()
        for entry in self.window.library.entries:
            add_plain_item(combo, entry.pack.title + (self.tr(" (built in)") if entry.builtin else ""), entry.pack.id)
        combo.setCurrentIndex(max(0, combo.findData(self.session.pack.id)))

    def fill_prompt_combo(self) -> None:
        combo = self.window.prompt_bar.prompts
        combo.clear()
        for prompt in self.session.pack.prompts:
            add_plain_item(combo, prompt.question, prompt.id)
        combo.setCurrentIndex(max(0, combo.findData(self.session.prompt.id)))

    def on_pack_chosen(self, row: int) -> None:
        entry = self.window.library.entries[row]
        if entry.pack.id == self.session.pack.id or not self.window.files.maybe_save():
            combo = self.window.prompt_bar.packs
            combo.setCurrentIndex(max(0, combo.findData(self.session.pack.id)))
            return
        self.window.switch_to(entry, entry.pack.prompts[0])

    def on_prompt_chosen(self, row: int) -> None:
        prompt = self.session.pack.prompts[row]
        if prompt.id == self.session.prompt.id:
            return
        if not self.window.files.maybe_save():
            self.fill_prompt_combo()
            return
        self.window.switch_to(self.window.entry, prompt)

    # -- pack files ----------------------------------------------------------------------
    def open_pack(self, path: Path, install: bool | None = None) -> bool:
        """Install a pack file (``install``), use it for this run only (False), or ask (None)."""
        window = self.window
        path = Path(path)
        error: LoadError | None = None
        try:
            loaded = run_off_thread(window, self.tr("Reading %1…").replace("%1", path.name), lambda: load_pack(path))
        except LoadError as exc:
            loaded, error = None, exc
        except Cancelled:
            window.show_status(self.tr("Opening %1 was cancelled.").replace("%1", path.name), 5000)
            return False
        if install is None:  # not a valid pack: the error dialog below lists the problems
            install = loaded is not None and dialogs.ask_install_pack(window, loaded.pack.title)
        if install:
            return self.import_pack(path)
        if loaded is None:
            dialogs.show_error(window, self.tr("Cannot open pack"),
                               self.tr("“%1” is not a valid prompt pack. Nothing was changed; the problems "
                                       "are listed below.").replace("%1", path.name),
                               problem_text(error.problems if error else []))
            return False
        entry = window.library.add_loaded(path, loaded)
        if not window.files.maybe_save():
            self.fill_pack_combo()
            return False
        window.switch_to(entry, entry.pack.prompts[0])
        return True

    def import_dialog(self) -> None:
        path = dialogs.open_file(self.window, self.window.files.folder())
        if path:
            self.import_pack(path)

    def import_pack(self, path: Path) -> bool:
        """Validate and install a pack file (asking before replacing another version), then switch to it."""
        from ..core.library import install_pack

        window = self.window
        path = Path(path)
        reading = self.tr("Checking %1…").replace("%1", path.name)
        try:
            # not cancellable: the pack would be installed after the student was told it was not
            result = run_off_thread(window, reading, lambda: install_pack(path), cancellable=False)
            if result.status == "exists" and result.pack is not None:
                if not dialogs.ask_replace_pack(window, result.pack.title, result.old_version or "?",
                                                result.new_version):
                    return self._use_installed(result.pack.id)
                result = run_off_thread(window, reading, lambda: install_pack(path, replace=True), cancellable=False)
        except SaveError as exc:
            dialogs.show_error(window, self.tr("Could not install pack"), str(exc))
            return False
        if result.status == "invalid" or result.pack is None:
            dialogs.show_error(window, self.tr("Cannot install pack"),
                               self.tr("“%1” is not a valid prompt pack. Nothing was installed; the problems "
                                       "are listed below.").replace("%1", path.name),
                               problem_text(result.errors + result.warnings))
            return False
        window.library.scan()
        self.fill_pack_combo()
        self.refresh_manager(result.pack.id)
        if result.warnings:
            dialogs.show_warnings(window, self.tr("Pack installed with warnings"),
                                  self.tr("“%1” was installed. The pack's author may want to fix these:")
                                  .replace("%1", result.pack.title),
                                  problem_text(result.warnings))
        window.show_status(self.tr("Installed %1, version %2").replace("%1", result.pack.title)
                           .replace("%2", result.new_version), 8000)
        entry = window.library.find(result.pack.id)
        if entry is not None and window.files.maybe_save():
            window.switch_to(entry, entry.pack.prompts[0])
        return True

    def _use_installed(self, pack_id: str) -> bool:
        """The student kept the installed version: switch to it (installed maybe by the CLI meanwhile)."""
        window = self.window
        window.library.scan()
        self.fill_pack_combo()
        entry = window.library.find(pack_id)
        if entry is None or entry.pack.id == self.session.pack.id or not window.files.maybe_save():
            return False
        window.switch_to(entry, entry.pack.prompts[0])
        return True

    # -- File ▸ Manage packs… ----------------------------------------------------------------
    def manage(self) -> PackManagerDialog:
        from .windows.pack_manager import PackManagerDialog

        window = self.window
        manager = window.side_windows.get("packs")
        if not isinstance(manager, PackManagerDialog):
            manager = PackManagerDialog(window)
            manager.importRequested.connect(self.import_dialog)
            manager.removeRequested.connect(self.remove_pack)
            manager.revealRequested.connect(lambda file: dialogs.reveal_folder(window, Path(file).parent))
            window.side_windows.put("packs", manager)
        manager.set_entries(window.library.entries, self.session.pack.id, window.library.broken)
        manager.show()
        manager.activateWindow()
        return manager

    def refresh_manager(self, select: str = "") -> None:
        from .windows.pack_manager import PackManagerDialog

        manager = self.window.side_windows.get("packs")
        if isinstance(manager, PackManagerDialog):
            manager.set_entries(self.window.library.entries, select, self.window.library.broken)

    def remove_pack(self, pack_id: str) -> bool:
        from ..core.library import remove_pack

        window = self.window
        entry = window.library.find(pack_id)
        if entry is None or not entry.installed or not dialogs.ask_remove_pack(window, entry.pack.title):
            return False
        current = self.session.pack.id == pack_id
        if current and not window.files.maybe_save():
            return False
        try:
            remove_pack(pack_id)
        except (KeyError, OSError) as exc:
            dialogs.show_error(window, self.tr("Could not remove pack"), str(exc))
            return False
        window.library.scan()
        if current:  # the built-in pack (or the one it overrode) takes over
            fallback = window.library.find(pack_id) or window.library.entries[0]
            window.switch_to(fallback, fallback.pack.prompts[0])
        self.fill_pack_combo()
        self.refresh_manager()
        window.show_status(self.tr("Removed %1").replace("%1", entry.pack.title), 8000)
        return True
