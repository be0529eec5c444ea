"""Export a plan as PDF, print it, or save a widget as PNG, without ever loading a file or URL.

The document is built from ``core.plan_document.plan_html`` (every text escaped) and
held by a ``SafeTextDocument``, whose ``loadResource`` refuses everything: even
if markup slipped through, no image, style sheet or link target is fetched.
Files are written whole into memory first and then saved atomically, so a
failed export never leaves half a file behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ..core.model import Pack, Plan
from ..core.plan_document import plan_html
from ..core.scoring import Score
from ..core.storage import SaveError, atomic_write

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 18.0
BODY_POINTS = 10.5
LAYOUT_DPI = 96


_LINK_PROPERTIES = (QTextFormat.Property.IsAnchor, QTextFormat.Property.AnchorHref, QTextFormat.Property.AnchorName)


class SafeTextDocument(QTextDocument):
    """A QTextDocument that never loads a resource and holds no image or link.

    ``loadResource`` refuses every image, style sheet or file. That alone is not
    enough: for an ``<img>`` whose resource is missing, Qt's image handler opens
    the file itself. So ``setHtml`` also removes every image and link the markup made.
    """

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's parameter name
        return None

    def setHtml(self, html: str) -> None:
        super().setHtml(html)
        self._remove_images_and_links()

    def _remove_images_and_links(self) -> None:
        images: list[tuple[int, int]] = []
        links: list[tuple[int, int, QTextCharFormat]] = []
        block = self.begin()
        while block.isValid():  # every block in document order, table cells included
            for part in block.textFormats():
                start = block.position() + part.start
                if part.format.isImageFormat():
                    images.append((start, part.length))
                elif any(part.format.hasProperty(p) for p in _LINK_PROPERTIES):
                    links.append((start, part.length, QTextCharFormat(part.format)))
            block = block.next()
        cursor = QTextCursor(self)
        for start, length, link_format in links:
            plain = QTextCharFormat(link_format)
            for prop in _LINK_PROPERTIES:  # cleared, not set to false/empty: the PDF engine links on presence
                plain.clearProperty(prop)
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(plain)
        for start, length in reversed(images):  # from the end, so earlier positions stay valid
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()


def plan_document(plan: Plan, pack: Pack, score: Score | None) -> SafeTextDocument:
    """The plan as a printable document (the same content as the Markdown export)."""
    document = SafeTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
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


def _print(document: SafeTextDocument, device: QPdfWriter | QPrinter) -> None:
    """Print with exactly the device's margins.

    An unpaginated document would get Qt's own 2 cm margins on top of the page's.
    So the document is laid out in pages of the device's paint rectangle, at the
    CSS resolution of 96 dpi (HTML margins are in pixels), and ``print_`` scales
    each page onto the device.
    """
    layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
    layout_device.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    layout_device.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    document.documentLayout().setPaintDevice(layout_device)
    document.setPageSize(QSizeF(device.pageLayout().paintRectPixels(LAYOUT_DPI).size()))
    keep_headings_with_next(document)
    document.print_(device)  # begins and ends its own painter: a PDF is complete afterwards
    document.documentLayout().setPaintDevice(None)  # type: ignore[arg-type]  # None: back to the screen


def _page(document: QTextDocument, y: float) -> int:
    return int(y // document.pageSize().height())


def keep_headings_with_next(document: QTextDocument) -> int:
    """Start a heading on a new page when the page would end between it and the first line after it.

    Qt's rich text has no "keep with next", so the document is laid out in pages, and every heading
    whose next block starts on a later page gets a page break before it; then it is laid out again.
    Returns how many headings were moved."""
    layout = document.documentLayout()
    moved = 0
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            heading = layout.blockBoundingRect(block)
            first_line = following.layout().lineAt(0) if following.layout().lineCount() else None
            line_height = first_line.height() if first_line is not None else 0.0
            after = layout.blockBoundingRect(following)
            if _page(document, heading.top()) != _page(document, after.top() + line_height):
                cursor = QTextCursor(block)
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
                moved += 1
        block = following
    return moved


def export_pdf(path: str | Path, plan: Plan, pack: Pack, score: Score | None, page_size: str = "A4") -> None:
    """Write the plan as a PDF; raises ``SaveError`` (a message for the user) when the file cannot be written."""
    document = plan_document(plan, pack, score)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _lay_out(writer, page_size)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Coexist")
    _print(document, writer)
    del writer
    buffer.close()
    atomic_write(path, bytes(data.data()))


def print_plan(printer: QPrinter, plan: Plan, pack: Pack, score: Score | None) -> None:
    """Print the plan on ``printer`` (page size and margins as the user chose them in the print dialog)."""
    _print(plan_document(plan, pack, score), printer)


def save_png(picture: QImage | QWidget, path: str | Path) -> bool:
    """Save a picture (or what a widget shows) as a PNG; False when it could not be rendered or written."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image = picture.grab().toImage() if isinstance(picture, QWidget) else picture
    ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, PySide6 takes str
    buffer.close()
    if not ok:
        return False
    try:
        atomic_write(path, bytes(data.data()))
    except SaveError:
        return False
    return True
