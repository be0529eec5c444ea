"""The teacher's commands in the planning window: File ▸ New pack…, Edit pack… and Class report…."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .window_part import WindowPart

if TYPE_CHECKING:
    from .editor.window import PackEditorWindow
    from .windows.report.window import ClassReportWindow


class TeacherActions(WindowPart):
    """New pack…, Edit pack… (the pack editor, a window of its own) and Class report…."""

    def new_pack(self) -> PackEditorWindow | None:
        from .editor.window import open_editor

        return open_editor(None)

    def edit_pack(self) -> PackEditorWindow | None:
        from .editor import dialogs
        from .editor.window import open_editor

        path = dialogs.open_pack_file(self.window, self._pack_folder())
        return open_editor(path) if path is not None else None

    def _pack_folder(self) -> Path:
        entry = self.window.entry
        if not entry.builtin and entry.path.parent.is_dir():
            return entry.path.parent
        return self.window.settings.last_folder()

    def class_report(self) -> ClassReportWindow:
        from .windows.report.window import ClassReportWindow

        window = self.window
        report = window.side_windows.get("class-report")
        if not isinstance(report, ClassReportWindow):
            report = ClassReportWindow(window.library, window)
            window.side_windows.put("class-report", report)
            window.watcher.changed.connect(report.packs_changed)
        report.show()
        report.activateWindow()
        return report

    def offer_pack_recovery(self) -> bool:
        """At start-up: a pack autosaved by an editor that did not close normally is offered back."""
        from .editor.autosave import pending_pack_recoveries

        if not pending_pack_recoveries():
            return False
        from .editor.window import PackEditorWindow

        editor = PackEditorWindow()
        if editor.offer_recovery():
            editor.show()
            return True
        editor.close()
        return False
