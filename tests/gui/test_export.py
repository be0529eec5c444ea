"""PDF, print and PNG export: complete files, written atomically, and no resource is ever loaded."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QLabel

from coexist_gui.core.model import Pack, Plan
from coexist_gui.core.pack import load_builtin_pack
from coexist_gui.core.plan import add_own_card, place_cards
from coexist_gui.core.plan_document import plan_html
from coexist_gui.core.scoring import score
from coexist_gui.core.storage import SaveError
from coexist_gui.gui import documents
from coexist_gui.gui.documents import SafeTextDocument, export_pdf, plan_document, save_png


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_builtin_pack().pack


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "secret.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    assert image.save(str(path))
    return path


@pytest.fixture
def hostile_plan(pack: Pack, picture: Path) -> Plan:
    prompt = pack.prompts[1]
    plan = replace(prompt.exemplar, pack=pack.id)
    plan, card = add_own_card(plan, f'<img src="{picture}"> <a href="file://{picture}">link</a>',
                              [prompt.factors[0]], pack)
    return place_cards(plan, [card.id], 0)


def pdf_of(document: QTextDocument) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_pdf_is_written(tmp_path: Path, pack: Pack, page_size: str, qapp) -> None:
    plan = replace(pack.prompts[0].exemplar, pack=pack.id)
    out = tmp_path / "out"
    out.mkdir()
    path = out / f"plan-{page_size}.pdf"
    export_pdf(path, plan, pack, score(plan, pack), page_size=page_size)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    width_pt = 595 if page_size == "A4" else 612
    assert f"/MediaBox [0 0 {width_pt}".encode() in data
    assert b"/Title" in data
    assert [p.name for p in out.iterdir()] == [path.name]  # no temporary file left behind


def test_unknown_page_size_is_refused(tmp_path: Path, pack: Pack, qapp) -> None:
    plan = replace(pack.prompts[0].exemplar, pack=pack.id)
    with pytest.raises(ValueError, match="A4"):
        export_pdf(tmp_path / "x.pdf", plan, pack, score(plan, pack), page_size="A5")
    assert not (tmp_path / "x.pdf").exists()


def test_hostile_card_text_is_literal_and_loads_no_image(tmp_path: Path, pack: Pack, hostile_plan: Plan,
                                                        picture: Path, qapp) -> None:
    result = score(hostile_plan, pack)
    # the check can see an image: an ordinary document given the raw text embeds the picture
    naive = QTextDocument()
    naive.setHtml(hostile_plan.own_cards[0].text)
    assert b"/Subtype /Image" in pdf_of(naive)

    path = tmp_path / "plan.pdf"
    export_pdf(path, hostile_plan, pack, result)
    assert b"/Subtype /Image" not in path.read_bytes()
    assert b"/URI" not in path.read_bytes()
    text = plan_document(hostile_plan, pack, result).toPlainText()
    assert hostile_plan.own_cards[0].text in text


@pytest.mark.parametrize("markup", [
    '<img src="{path}">', '<p>a<img src="file://{path}" width="40">b</p>',
    '<table><tr><td><img src="{path}"></td></tr></table>',
    '<table background="{path}"><tr><td>x</td></tr></table>', '<p style="background-image:url({path})">x</p>',
    '<body background="{path}">x</body>',
])
def test_safe_document_loads_nothing_even_from_markup(picture: Path, markup: str, qapp) -> None:
    naive = QTextDocument()
    naive.setHtml(markup.format(path=picture))
    document = SafeTextDocument()
    document.setHtml(markup.format(path=picture))
    assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl.fromLocalFile(str(picture))) is None
    assert b"/Subtype /Image" not in pdf_of(document)
    assert "\ufffc" not in document.toPlainText()  # the object replacement character of an image is gone


def test_safe_document_keeps_link_text_but_not_the_link(qapp) -> None:
    document = SafeTextDocument()
    document.setHtml('<p>see <a href="http://evil.example/">this</a> now</p>')
    assert document.toPlainText() == "see this now"
    assert b"/URI" not in pdf_of(document)
    block = document.begin()
    assert not any(part.format.isAnchor() or part.format.anchorHref() for part in block.textFormats())


def test_document_has_the_report_content(pack: Pack, qapp) -> None:
    plan = replace(pack.prompts[0].exemplar, pack=pack.id)
    result = score(plan, pack)
    document = plan_document(plan, pack, result)
    reference = QTextDocument()
    reference.setHtml(plan_html(plan, pack, result))
    assert document.toPlainText() == reference.toPlainText()
    assert pack.prompt(plan.prompt).question in document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)


def test_failed_pdf_write_keeps_the_old_file(tmp_path: Path, pack: Pack, monkeypatch, qapp) -> None:
    path = tmp_path / "out" / "plan.pdf"
    path.parent.mkdir()
    path.write_bytes(b"old")

    def broken_replace(source: str, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("coexist_gui.core.storage._replace", broken_replace)
    plan = replace(pack.prompts[0].exemplar, pack=pack.id)
    with pytest.raises(SaveError):
        documents.export_pdf(path, plan, pack, score(plan, pack))
    assert path.read_bytes() == b"old"
    assert os.listdir(path.parent) == ["plan.pdf"]


def test_save_png(tmp_path: Path, qtbot) -> None:
    label = QLabel("Coexist")
    qtbot.addWidget(label)
    label.resize(120, 40)
    path = tmp_path / "plan.png"
    assert save_png(label, path)
    image = QImage(str(path))
    assert path.read_bytes().startswith(b"\x89PNG") and image.width() >= 120
    assert not save_png(label, tmp_path / "no-such-folder" / "plan.png")
