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


def _heading_splits(document) -> list[str]:
    """Headings whose next block starts on a later page than the heading itself."""
    from coexist_gui.gui.documents import _page

    layout, found = document.documentLayout(), []
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            line = following.layout().lineAt(0).height() if following.layout().lineCount() else 0
            if _page(document, layout.blockBoundingRect(block).top()) != \
                    _page(document, layout.blockBoundingRect(following).top() + line):
                found.append(block.text())
        block = following
    return found


def test_pdf_keeps_every_heading_on_the_page_of_what_follows(qapp) -> None:
    from PySide6.QtCore import QSizeF

    from coexist_gui.gui.documents import keep_headings_with_next

    pack = load_builtin_pack().pack
    base = replace(pack.prompts[0].exemplar, pack=pack.id)
    split_seen = False
    for words in range(0, 400, 7):  # a longer conclusion moves the Score heading down the page
        plan = replace(base, judgement=replace(base.judgement, text="Stalin's death mattered most. " * words))
        document = plan_document(plan, pack, score(plan, pack))
        document.setPageSize(QSizeF(600, 800))
        if _heading_splits(document):
            split_seen = True
            assert keep_headings_with_next(document) >= 1
            assert _heading_splits(document) == []
    assert split_seen  # the loop did reach a layout where a heading fell at the foot of a page


def test_png_is_a_clean_picture_of_the_plan_at_twice_the_density(qapp) -> None:
    from coexist_gui.core.plan import add_own_card, place_cards
    from coexist_gui.gui.picture import SCALE, WIDTH, PlanPicture

    pack = load_builtin_pack().pack
    prompt = pack.prompts[0]
    plan = replace(prompt.exemplar, pack=pack.id, author="Ana")
    plan, own = add_own_card(plan, "Khrushchev said in 1956 that war between the systems was not inevitable.",
                             [prompt.factors[1]], pack)
    plan = place_cards(plan, [own.id], 0)  # the student's own card, in a paragraph it does not fit
    result = score(plan, pack)
    picture = PlanPicture(plan, pack, result)
    image = picture.render()
    assert image.width() == WIDTH * SCALE and image.devicePixelRatio() == SCALE
    texts = picture.texts
    assert prompt.question in texts
    assert all(p.point.strip() in texts for p in plan.paragraphs if p.point.strip())
    assert plan.judgement.text.strip() in texts and str(result.overall) in texts
    assert f"Band {result.band} of 5 · {result.band_name}" in texts
    assert "Own card" in texts and "Fits another factor" in texts
    assert not [t for t in texts if "Drop evidence" in t or "Your point:" in t or t in ("▲", "▼", "×")]


def test_png_leaves_out_the_score_and_card_states_while_they_are_hidden(qapp) -> None:
    from coexist_gui.gui.picture import PlanPicture

    pack = load_builtin_pack().pack
    plan = replace(pack.prompts[0].exemplar, pack=pack.id)
    picture = PlanPicture(plan, pack, None)
    picture.render()
    assert not [t for t in picture.texts if "/100" in t or t.startswith("Band ") or "Fits another" in t]
    assert plan.judgement.text.strip() in picture.texts
