"""Export a plan as PDF, print it, or save a widget as PNG, without ever loading a file or URL.

The document is built from ``core.report.plan_html`` (every text escaped) and
held by a ``SafeTextDocument``, whose ``loadResource`` refuses everything: even
if markup slipped through, no image, style sheet or link target is fetched.
Files are written whole into memory first and then saved atomically, so a
failed export never leaves half a file behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ..core.model import Pack, Plan
from ..core.report import plan_html
from ..core.scoring import Score
from ..core.storage import SaveError, atomic_write

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 18.0


class SafeTextDocument(QTextDocument):
    """A QTextDocument that never loads a resource (image, style sheet, file or URL)."""

    def loadResource(self, type: int, name: QUrl) -> Any:  # noqa: A002 - Qt's parameter name
        return None


def plan_document(plan: Plan, pack: Pack, score: Score) -> SafeTextDocument:
    """The plan as a printable document (the same content as the Markdown export)."""
    document = SafeTextDocument()
    document.setHtml(plan_html(plan, pack, score))
    prompt = pack.prompt(plan.prompt)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                prompt.question if prompt else plan.prompt)
    return document


def _lay_out(device: QPagedPaintDevice, page_size: str) -> None:
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    device.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))


def export_pdf(path: str | Path, plan: Plan, pack: Pack, score: Score, page_size: str = "A4") -> None:
    """Write the plan as a PDF; raises ``SaveError`` (a message for the user) when the file cannot be written."""
    document = plan_document(plan, pack, score)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _lay_out(writer, page_size)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Coexist")
    document.print_(writer)  # begins and ends its own painter: the PDF is complete afterwards
    del writer
    buffer.close()
    atomic_write(path, bytes(data.data()))


def print_plan(printer: QPrinter, plan: Plan, pack: Pack, score: Score) -> None:
    """Print the plan on ``printer`` (page size and margins as the user chose them in the print dialog)."""
    plan_document(plan, pack, score).print_(printer)


def save_png(widget: QWidget, path: str | Path) -> bool:
    """Save what ``widget`` shows as a PNG; False when it could not be rendered or written."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = widget.grab().save(buffer, "PNG")
    buffer.close()
    if not ok:
        return False
    try:
        atomic_write(path, bytes(data.data()))
    except SaveError:
        return False
    return True
