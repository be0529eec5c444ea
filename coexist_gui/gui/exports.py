"""File ▸ Export (Markdown, PDF, PNG picture) and File ▸ Print: ask where, write, say what happened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.scoring import Score
from ..core.storage import SaveError, atomic_write
from . import dialogs
from .window_part import WindowPart

if TYPE_CHECKING:
    pass

LETTER_COUNTRIES = ("UnitedStates", "Canada", "Mexico", "Chile", "Philippines")


def page_size() -> str:
    """The paper people use where the system's locale is: Letter in the Americas' Letter countries, else A4."""
    from PySide6.QtCore import QLocale  # its enums are large: made when first exported, not at start-up

    return "Letter" if QLocale().territory().name in LETTER_COUNTRIES else "A4"


class ExportActions(WindowPart):
    """Exports and prints never show a score that exam mode hides."""

    def visible_score(self) -> Score | None:
        """What exports and prints may show: no score while exam mode hides it."""
        return None if self.window.view_mode.concealed else self.session.score

    def _target(self, suffix: str, title: str, filter_text: str) -> Path | None:
        session = self.session
        stem = session.path.name.removesuffix(".plan.yaml") if session.path else session.prompt.id
        path = dialogs.save_file(self.window, self.window.files.folder() / f"{stem}.{suffix}", title, filter_text)
        if path is not None and path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        return path

    def _exported(self, path: Path) -> bool:
        self.window.show_status(self.tr("Exported %1").replace("%1", str(path)), 5000)
        return True

    def markdown(self, path: Path | None = None) -> bool:
        path = path or self._target("md", self.tr("Export Markdown"), "Markdown (*.md)")
        if path is None:
            return False
        from ..core.plan_document import plan_markdown

        session = self.session
        text = plan_markdown(session.plan_for_saving(), session.pack, self.visible_score())
        try:
            atomic_write(path, text)
        except SaveError as exc:
            dialogs.show_error(self.window, self.tr("Could not export"), str(exc))
            return False
        return self._exported(path)

    def pdf(self, path: Path | None = None) -> bool:
        from .documents import export_pdf

        path = path or self._target("pdf", self.tr("Export PDF"), "PDF (*.pdf)")
        if path is None:
            return False
        session = self.session
        try:
            export_pdf(path, session.plan_for_saving(), session.pack, self.visible_score(), page_size=page_size())
        except OSError as exc:
            dialogs.show_error(self.window, self.tr("Could not export"), str(exc))
            return False
        return self._exported(path)

    def png(self, path: Path | None = None) -> bool:
        from .documents import save_png
        from .picture import plan_picture

        path = path or self._target("png", self.tr("Export picture"), "PNG (*.png)")
        if path is None:
            return False
        session = self.window.session
        if not save_png(plan_picture(session.plan_for_saving(), session.pack, self.visible_score()), path):
            dialogs.show_error(self.window, self.tr("Could not export"), self.tr("The picture could not be written."))
            return False
        return self._exported(path)

    def print_plan(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .documents import print_plan

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            session = self.session
            print_plan(printer, session.plan_for_saving(), session.pack, self.visible_score())
