"""The planning window, driven the way a student would (headless)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from panel_checks import assert_shows
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from coexist_gui.cli import main as cli_main
from coexist_gui.core.feedback import render, score_data
from coexist_gui.core.plan import dump_plan, load_plan
from coexist_gui.gui import dialogs
from coexist_gui.gui.bank.model import EvidenceFilter, EvidenceModel
from coexist_gui.gui.cards.mime import CARDS_MIME, decode_cards
from coexist_gui.gui.cards.roles import CARD_ID_ROLE
from coexist_gui.gui.plan.model import ParagraphModel


def bank_row(window, card_id: str) -> QModelIndex:
    model = window.evidence.model
    return model.index(model.card_ids().index(card_id))


def first_card_for(window, factor: str) -> list[str]:
    return [c.id for c in window.session.pack.cards if factor in c.factors]


def test_window_opens_on_builtin_pack(window):
    assert window.session.pack.id == "ussr-peaceful-coexistence"
    assert window.prompt_bar.question.text() == window.session.prompt.question
    assert window.evidence.model.rowCount() == len(window.session.pack.cards)
    assert len(window.board.paragraphs) == len(window.session.prompt.factors)
    assert window.windowTitle().startswith("Untitled plan")


def test_switching_prompts_rebuilds_the_plan(window, qtbot):
    second = window.session.pack.prompts[1]
    window.prompt_bar.prompts.setCurrentIndex(1)
    window.prompt_bar.promptChosen.emit(1)
    assert window.session.prompt.id == second.id
    assert window.prompt_bar.question.text() == second.question
    assert [p.factor for p in window.session.plan.paragraphs] == list(second.factors)
    assert len(window.board.paragraphs) == len(second.factors)
    assert set(window.evidence.factor_buttons) == set(second.factors)


def test_drop_from_bank_onto_paragraph_through_the_models(window):
    card = first_card_for(window, "leadership")[0]
    bank = window.evidence.model
    mime = bank.mimeData([bank_row(window, card)])
    assert decode_cards(mime) == ([card], -1)
    assert card in mime.text() or window.session.card(card).text in mime.text()
    target: ParagraphModel = window.board.paragraphs[0].model
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert window.session.plan.paragraphs[0].cards == (card,)
    assert target.rowCount() == 1
    assert window.score_panel is not None and window.session.score.factors[0].counted == 1


def test_foreign_or_broken_mime_data_is_refused(window):
    target = window.board.paragraphs[0].model
    text_only = QMimeData()
    text_only.setText("beria-germany")
    assert not target.canDropMimeData(text_only, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    broken = QMimeData()
    broken.setData(CARDS_MIME, b"{not json")
    assert not target.dropMimeData(broken, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert window.session.plan.placed_cards() == []


def test_drop_event_on_the_paragraph_view_inserts_at_the_drop_position(window, qtbot):
    cards = first_card_for(window, "leadership")[:3]
    window.session.place_cards(cards[:2], 0)
    view = window.board.paragraphs[0].view
    qtbot.waitUntil(lambda: view.model().rowCount() == 2)
    mime = window.evidence.model.mimeData([bank_row(window, cards[2])])
    first = view.visualRect(view.model().index(0, 0))
    point = QPointF(first.center().x(), first.top() + 2)  # upper edge of row 0: insert above it
    event = QDropEvent(point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert window.session.plan.paragraphs[0].cards == (cards[2], cards[0], cards[1])


def test_move_between_paragraphs_and_back_to_the_bank(window):
    card = first_card_for(window, "ideology")[0]
    session = window.session
    session.place_cards([card], 0)
    first = window.board.paragraphs[0].model
    mime = first.mimeData([first.index(0)])
    assert decode_cards(mime) == ([card], 0)
    second = window.board.paragraphs[1].model
    assert second.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert session.plan.paragraphs[0].cards == () and session.plan.paragraphs[1].cards == (card,)
    mime = second.mimeData([second.index(0)])
    assert window.evidence.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert session.plan.placed_cards() == []


def test_a_card_is_in_the_plan_only_once(window):
    card = first_card_for(window, "leadership")[0]
    window.session.place_cards([card], 0)
    window.session.place_cards([card], 2)
    assert window.session.plan.placed_cards() == [card]
    assert window.session.plan.paragraph_of(card) == 2


def test_keyboard_path_builds_a_plan_without_the_mouse(window, qtbot):
    view = window.evidence.view
    view.setFocus()
    leadership = first_card_for(window, "leadership")[:2]
    proxy_rows = [window.evidence.proxy.mapFromSource(bank_row(window, c)) for c in leadership]
    view.setCurrentIndex(proxy_rows[0])
    QTest.keyClick(view, Qt.Key.Key_Return)  # Enter: to the current target paragraph (1)
    assert window.session.plan.paragraphs[0].cards == (leadership[0],)
    view.setCurrentIndex(proxy_rows[1])
    window.menu_actions.send[2].trigger()  # Ctrl+3
    assert window.menu_actions.send[2].shortcut() == QKeySequence("Ctrl+3")
    assert window.session.plan.paragraphs[2].cards == (leadership[1],)
    window.session.place_cards([leadership[1]], 0)
    paragraph_view = window.board.paragraphs[0].view
    qtbot.waitUntil(lambda: paragraph_view.model().rowCount() == 2)
    paragraph_view.setFocus()
    paragraph_view.setCurrentIndex(paragraph_view.model().index(1, 0))
    QTest.keyClick(paragraph_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.session.plan.paragraphs[0].cards == (leadership[1], leadership[0])
    paragraph_view.setCurrentIndex(paragraph_view.model().index(0, 0))
    paragraph_view.selectionModel().select(paragraph_view.currentIndex(),
                                           paragraph_view.selectionModel().SelectionFlag.ClearAndSelect)
    QTest.keyClick(paragraph_view, Qt.Key.Key_Delete)
    assert window.session.plan.paragraphs[0].cards == (leadership[0],)


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

    unnamed = [w for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)
               for w in window.findChildren(kind)
               if w.isVisibleTo(window) and not w.accessibleName() and not getattr(w, "text", lambda: "")()]
    assert unnamed == []


@pytest.mark.parametrize("edit", ["card", "move", "paragraph", "factor", "point", "judgement", "own"])
def test_undo_and_redo_cover_every_kind_of_edit(window, edit):
    session = window.session
    card = first_card_for(window, "leadership")[0]
    before = session.plan
    if edit == "card":
        session.place_cards([card], 0)
    elif edit == "move":
        session.place_cards([card], 0)
        before = session.plan
        session.place_cards([card], 1)
    elif edit == "paragraph":
        session.add_paragraph("nuclear")
    elif edit == "factor":
        window.board.paragraphs[0].factor.setCurrentIndex(3)
    elif edit == "point":
        QTest.keyClicks(window.board.paragraphs[0].point, "Stalin died")
        assert session.plan.paragraphs[0].point == "Stalin died"
        assert session.undo_stack.count() == 1  # typing merges into one step
    elif edit == "judgement":
        window.board.judgement.text.setPlainText("Nuclear fear mattered most")
    elif edit == "own":
        session.add_own_card("My own fact", ["economy"])
        assert window.evidence.model.rowCount() == len(session.pack.cards) + 1
    after = session.plan
    assert after != before
    window.menu_actions.undo.trigger()
    assert session.plan == before
    window.menu_actions.redo.trigger()
    assert session.plan == after


def test_score_panel_matches_the_command_line(window, tmp_path, capsys):
    session = window.session
    leadership = first_card_for(window, "leadership")
    session.place_cards(leadership[:2], 0)
    session.place_cards(first_card_for(window, "nuclear")[:1], 5)
    session.place_cards(first_card_for(window, "economy")[:1], 1)  # misplaced
    session.set_most_important("leadership")
    plan_file = tmp_path / "mine.plan.yaml"
    plan_file.write_text(dump_plan(session.plan), encoding="utf-8")
    assert cli_main(["score", str(plan_file), "--json"]) == 0
    expected = json.loads(capsys.readouterr().out)
    shown = score_data(session.score)
    assert shown == expected
    assert_shows(window.score_panel, session.score)  # and the panel shows exactly that score


def test_save_then_open_round_trip(window, fake_dialogs, tmp_path):
    session = window.session
    session.place_cards(first_card_for(window, "leadership")[:2], 0)
    session.set_point(0, "New leaders wanted calm")
    target = tmp_path / "essay.plan.yaml"
    fake_dialogs.answers["save_file"] = target
    assert window.files.save()
    assert not session.modified and "essay.plan.yaml" in window.windowTitle()
    saved = load_plan(target)
    assert saved.paragraphs == session.plan.paragraphs
    window.files.new_plan()
    assert session.plan.placed_cards() == []
    assert window.files.open_path(target)
    assert session.plan.paragraphs == saved.paragraphs and session.path == target


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, fake_dialogs):
    window.session.add_paragraph("")
    fake_dialogs.answers["ask_save_changes"] = dialogs.Answer.CANCEL
    assert not window.close()
    assert fake_dialogs.names() == ["ask_save_changes"]
    assert window.isVisible()


def test_autosave_appears_and_recovery_restores_it(window, qtbot, coexist_home, fake_dialogs, qapp):
    from coexist_gui.gui import paths
    from coexist_gui.gui.main_window import MainWindow

    card = first_card_for(window, "leadership")[0]
    window.session.place_cards([card], 0)
    window.autosaver.save_now()
    autosaves = list(paths.autosave_dir().glob("*.plan.yaml"))
    assert len(autosaves) == 1
    assert load_plan(autosaves[0]).paragraphs[0].cards == (card,)
    # simulate a crash: the first window's process dies (its lock goes stale, its files stay)
    window.autosaver._lock.unlock()
    fake_dialogs.answers["ask_restore"] = True
    second = MainWindow()
    qtbot.addWidget(second, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert second.files.offer_recovery()
    assert second.session.plan.paragraphs[0].cards == (card,)
    assert second.session.modified
    assert fake_dialogs.names() == ["ask_restore"]


def test_blind_mode_hides_the_factor_chips(window):
    card = window.session.pack.cards[0]
    colour = window.session.colours[card.factors[0]]

    def has_colour(widget) -> bool:
        image = widget.grab().toImage()
        from PySide6.QtGui import QColor

        target = QColor(colour)
        step = 3
        for y in range(0, image.height(), step):
            for x in range(0, image.width(), step):
                if image.pixelColor(x, y) == target:
                    return True
        return False

    assert has_colour(window.evidence.view.viewport())
    window.menu_actions.blind.trigger()
    assert window.view_mode.blind
    assert not window.evidence.view.card_delegate.show_chips
    assert not window.evidence.factor_box.isVisible()
    assert not has_colour(window.evidence.view.viewport())


def test_exam_mode_hides_the_score_until_checked(window, fake_dialogs):
    window.menu_actions.exam.trigger()
    assert window.score_panel.is_concealed()
    fake_dialogs.answers["ask_predict_band"] = None  # Skip
    window.checks.check_plan()
    assert not window.score_panel.is_concealed()
    window.session.add_paragraph("")
    assert window.score_panel.is_concealed()


def test_search_and_factor_filters(window, qtbot):
    proxy: EvidenceFilter = window.evidence.proxy
    total = proxy.rowCount()
    QTest.keyClicks(window.evidence.search, "porkkala")
    shown = [proxy.index(r, 0).data(CARD_ID_ROLE) for r in range(proxy.rowCount())]
    assert 0 < len(shown) < total
    pack = window.session.pack

    def searchable(card_id: str) -> str:
        card = window.session.card(card_id)
        return " ".join([card.text, card.detail, *(pack.factor(f).name for f in card.factors)]).lower()

    assert all("porkkala" in searchable(c) for c in shown)
    window.evidence.search.clear()
    assert proxy.rowCount() == total
    window.evidence.factor_buttons["nuclear"].click()
    shown = [proxy.index(r, 0).data(CARD_ID_ROLE) for r in range(proxy.rowCount())]
    assert shown == [c.id for c in window.session.pack.cards if "nuclear" in c.factors]
    window.evidence.factor_buttons["nuclear"].click()
    card = window.session.pack.cards[0].id
    window.session.place_cards([card], 0)
    window.evidence.hide_placed.setChecked(True)
    assert proxy.rowCount() == total - 1
    window.evidence.hide_placed.setChecked(False)


def test_models_pass_the_model_tester(window, qtmodeltester):
    window.session.place_cards(first_card_for(window, "leadership")[:2], 0)
    qtmodeltester.check(window.evidence.model)
    qtmodeltester.check(window.evidence.proxy)
    qtmodeltester.check(window.board.paragraphs[0].model)
    qtmodeltester.check(ParagraphModel(window.session, 1))
    assert isinstance(window.evidence.model, EvidenceModel)


def test_exports_write_markdown_and_pdf(window, tmp_path):
    card = window.session.pack.card(first_card_for(window, "leadership")[0])
    window.session.place_cards([card.id], 0)
    md = tmp_path / "plan.md"
    assert window.exports.markdown(md)
    assert card.text.split()[3] in md.read_text(encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    assert window.exports.pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    png = tmp_path / "plan.png"
    assert window.exports.png(png)
    assert png.read_bytes().startswith(b"\x89PNG")


def test_file_drop_on_the_window_opens_a_pack(window, qtbot, tmp_path, data_dir):
    from coexist_gui.core.pack import builtin_pack_path

    pack = tmp_path / "copy.yaml"
    text = builtin_pack_path().read_text(encoding="utf-8").replace("id: ussr-peaceful-coexistence",
                                                                   "id: copy-of-pack", 1)
    pack.write_text(text, encoding="utf-8")
    from PySide6.QtCore import QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pack))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.session.pack.id == "copy-of-pack")
    assert window.prompt_bar.packs.currentData() == "copy-of-pack"


def test_a_broken_pack_shows_every_problem_and_keeps_the_app_running(window, fake_dialogs, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: coexist-pack/1\nid: Bad Id\ntitle: x\nfactor: []\n", encoding="utf-8")
    fake_dialogs.answers["show_error"] = None
    assert not window.files.open_path(bad)
    (_title, message, details), = [args for name, args in fake_dialogs.calls if name == "show_error"]
    assert "bad.yaml:2:5: error" in details and "did you mean 'factors'" in details
    assert window.session.pack.id == "ussr-peaceful-coexistence"


def test_plan_with_cards_the_pack_no_longer_has_keeps_them(window, tmp_path):
    session = window.session
    plan = replace(session.plan, paragraphs=(replace(session.plan.paragraphs[0], cards=("gone-card",)),)
                   + session.plan.paragraphs[1:])
    path = tmp_path / "old.plan.yaml"
    path.write_text(dump_plan(plan), encoding="utf-8")
    assert window.files.open_path(path)
    model = window.board.paragraphs[0].model
    assert model.data(model.index(0)) == "missing card (gone-card)"
    session.place_cards(first_card_for(window, "leadership")[:1], 0)
    assert window.files.save()
    assert "gone-card" in load_plan(path).paragraphs[0].cards


def test_card_text_with_markup_shows_literally(window, tmp_path):
    from coexist_gui.core.pack import builtin_pack_path

    hostile = '<img src="/etc/hostname"><b>bold</b>'
    text = builtin_pack_path().read_text(encoding="utf-8")
    text = text.replace("question: Why did the USSR pursue Peaceful Coexistence?",
                        f"question: '{hostile} Why?'", 1)
    pack = tmp_path / "hostile.yaml"
    pack.write_text(text.replace("id: ussr-peaceful-coexistence", "id: hostile-pack", 1), encoding="utf-8")
    assert window.files.open_path(pack, install=False)  # "Use once": nothing installed
    window.prompt_bar.prompts.setCurrentIndex(0)
    assert window.prompt_bar.question.text().startswith(hostile)
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    own = window.session.add_own_card(hostile, ["leadership"])
    model = window.evidence.model
    tooltip = model.data(model.index(model.card_ids().index(own.id)), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tooltip and "<img" not in tooltip


def test_card_views_show_where_a_dragged_card_will_land(window):
    """Every card view draws the drop indicator, and a drop between two cards lands between them."""
    views = [window.evidence.view] + [p.view for p in window.board.paragraphs]
    assert all(view.showDropIndicator() and view.dragDropMode() == view.DragDropMode.DragDrop for view in views)
    session = window.session
    first, second, third = first_card_for(window, "leadership")[:3]
    session.place_cards([first, second], 0)
    model = window.board.paragraphs[0].model
    bank = window.evidence.model
    mime = bank.mimeData([bank.index(bank.card_ids().index(third))])
    # dropped on the second card (the indicator is above it): it goes in before that card
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index(1, 0))
    assert session.plan.paragraphs[0].cards == (first, third, second)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683): "
                    "its reference count no longer moves, so a binding that drops references cannot be seen")
def test_painting_never_drops_references_to_none(window, qtbot):
    """PySide6 6.12 on Python 3.11 loses a reference to None in some bindings (QModelIndex.data()
    returning None, QStyledItemDelegate.initStyleOption): called on every paint, that aborts the app
    after a while. Repainting the whole window must leave None's reference count alone."""
    import gc
    import sys

    window.session.place_cards(first_card_for(window, "leadership")[:2], 0)
    window.grab()
    gc.collect()  # only the bindings may change the count: not the collector freeing older garbage meanwhile
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(20):
            window.evidence.view.card_delegate.clear_cache()
            window.grab()
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert before - after < 20


def test_scoring_help_is_the_readme_section(fake_dialogs, window):
    from coexist_gui.gui.actions import scoring_help

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## How scoring works"):]
    section = section[: section.index("\n## ", 5)].strip() + "\n"
    assert scoring_help() == section
    fake_dialogs.answers["show_text"] = None
    window.menu_actions.help.trigger()
    assert fake_dialogs.calls[-1][0] == "show_text" and fake_dialogs.calls[-1][1][1] == section


def test_ctrl_z_in_a_text_field_undoes_the_plan_not_just_the_field(window):
    point = window.board.paragraphs[0].point
    point.setFocus()
    QTest.keyClicks(point, "Stalin")
    window.session.place_cards(first_card_for(window, "leadership")[:1], 0)
    point.setFocus()
    QTest.keySequence(point, QKeySequence.StandardKey.Undo)
    assert window.session.plan.paragraphs[0].cards == ()  # the card move was undone: one shared history
    assert point.text() == "Stalin"
    QTest.keySequence(point, QKeySequence.StandardKey.Undo)
    assert point.text() == "" and window.session.plan.paragraphs[0].point == ""


def test_tab_follows_the_screen_bank_then_each_paragraph_then_the_judgement(window):
    window.session.add_paragraph("")  # blocks made later must not end up last
    expected = [*window.evidence.focus_chain(), *window.board.focus_chain()]
    wanted = set(map(id, expected))
    order, widget = [], window.prompt_bar.packs
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if id(widget) in wanted and widget not in order:
            order.append(widget)
        if widget is window.prompt_bar.packs:
            break
    assert order == expected
    assert expected.index(window.board.paragraphs[-1].view) < expected.index(window.board.judgement.text)


def test_scrolling_over_a_factor_chooser_does_not_change_it(window, qtbot):
    from PySide6.QtGui import QWheelEvent

    combo = window.board.paragraphs[2].factor
    before = window.session.plan.paragraphs[2].factor
    event = QWheelEvent(QPointF(10, 10), QPointF(combo.mapToGlobal(QPoint(10, 10))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(combo, event)
    assert window.session.plan.paragraphs[2].factor == before
    assert window.session.undo_stack.count() == 0


def test_alt_up_twice_keeps_moving_the_same_card(window, qtbot):
    cards = first_card_for(window, "leadership")[:3]
    window.session.place_cards(cards, 0)
    view = window.board.paragraphs[0].view
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    view.setFocus()
    view.select_cards([cards[2]])
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.session.plan.paragraphs[0].cards == (cards[2], cards[0], cards[1])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert window.session.plan.paragraphs[0].cards == (cards[0], cards[1])


def test_clicking_misplaced_card_feedback_selects_that_card(window):
    leadership = first_card_for(window, "leadership")
    economy_only = [c.id for c in window.session.pack.cards
                    if "economy" in c.factors and "leadership" not in c.factors][0]
    window.session.place_cards([leadership[0], economy_only], 0)
    item = next(f for f in window.session.score.feedback if f.kind == "card_misplaced")
    window.edits.on_feedback(item)
    assert window.board.paragraphs[0].view.selected_ids() == [economy_only]


def test_a_card_dropped_on_a_paragraph_header_or_point_goes_into_it(window):
    card = first_card_for(window, "ideology")[0]
    mime = window.evidence.model.mimeData([bank_row(window, card)])
    paragraph = window.board.paragraphs[1]
    event = QDropEvent(QPointF(paragraph.point.geometry().center()), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    paragraph.dropEvent(event)
    assert window.session.plan.paragraphs[1].cards == (card,)
    assert paragraph.point.text() == ""


def test_a_damaged_plan_file_is_reported_as_a_plan(window, tmp_path, fake_dialogs):
    bad = tmp_path / "garbage.plan.yaml"
    bad.write_bytes(b"\x00\x01 not yaml at all {{{")
    fake_dialogs.answers["show_error"] = None
    assert not window.files.open_path(bad)
    (title, _message, _details), = [args for name, args in fake_dialogs.calls if name == "show_error"]
    assert title == "Cannot open plan"


def test_a_new_own_card_is_selected_in_the_bank(window, fake_dialogs):
    fake_dialogs.answers["ask_new_card"] = ("My own fact about Geneva", ["diplomacy"])
    window.edits.new_card()
    own = window.session.plan.own_cards[-1]
    assert window.evidence.view.selected_ids() == [own.id]


def test_shortcuts_list_undo_and_redo_once(window):
    rows = dict(window.menu_actions.shortcut_rows())
    assert any("Undo" in what for what in rows.values())
    assert any("Redo" in what for what in rows.values())
    assert sum("Remove card" in what for what in rows.values()) == 1


def test_zoom_reaches_the_bank_the_plan_and_the_headings(window, qapp):
    actions = window.menu_actions
    heading = window.evidence.findChild(QLabel, "", Qt.FindChildOption.FindChildrenRecursively)
    headings = [label for label in window.findChildren(QLabel) if label.property("role") == "title"]
    assert headings
    before = window.evidence.view.font().pointSizeF()
    heading_before = headings[0].font().pointSizeF()
    actions.zoom_in.trigger()
    try:
        assert window.appearance.zoom > 1.0
        assert window.evidence.view.font().pointSizeF() > before
        assert window.evidence.search.font().pointSizeF() > before
        assert window.board.paragraphs[0].point.font().pointSizeF() > before
        for label in headings:  # headings grow with the body, and stay larger than it
            assert label.font().pointSizeF() > heading_before
            assert label.font().pointSizeF() > window.evidence.view.font().pointSizeF()
    finally:
        actions.zoom_reset.trigger()
    assert window.evidence.view.font().pointSizeF() == before and heading is not None


def test_search_finds_cards_by_factor_name_unless_tags_are_hidden(window):
    proxy = window.evidence.proxy
    QTest.keyClicks(window.evidence.search, "marxist belief")
    tagged = {c.id for c in window.session.pack.cards if "ideology" in c.factors}
    shown = {proxy.index(r, 0).data(CARD_ID_ROLE) for r in range(proxy.rowCount())}
    assert tagged <= shown
    window.menu_actions.blind.trigger()
    shown_blind = {proxy.index(r, 0).data(CARD_ID_ROLE) for r in range(proxy.rowCount())}
    assert len(shown_blind) < len(tagged)  # only cards whose own text says it


def test_blind_mode_feedback_does_not_name_a_misplaced_cards_factors(window):
    card = next(c for c in window.session.pack.cards if "leadership" not in c.factors and "economy" in c.factors)
    window.session.place_cards([card.id], 0)  # misplaced in the leadership paragraph
    economy = window.session.pack.factor("economy").name
    text = next(render(f) for f in window.session.score.feedback if f.kind == "card_misplaced")
    assert economy in text
    window.menu_actions.blind.trigger()
    text = next(render(f) for f in window.session.score.feedback if f.kind == "card_misplaced")
    assert economy not in text


def test_exports_leave_the_score_out_while_exam_mode_hides_it(window, tmp_path):
    window.session.place_cards(first_card_for(window, "leadership")[:1], 0)
    window.menu_actions.exam.trigger()
    hidden = tmp_path / "hidden.md"
    assert window.exports.markdown(hidden)
    assert "/100" not in hidden.read_text(encoding="utf-8")
    assert "hidden until the plan is checked" in hidden.read_text(encoding="utf-8")
    window.view_mode.reveal()
    shown = tmp_path / "shown.md"
    assert window.exports.markdown(shown)
    assert f"{window.session.score.overall}/100" in shown.read_text(encoding="utf-8")


def test_ctrl_y_redoes_too(window):
    assert QKeySequence("Ctrl+Y") in window.menu_actions.redo.shortcuts()
    window.session.add_paragraph("")
    window.menu_actions.undo.trigger()
    before = window.session.plan
    window.evidence.view.setFocus()
    QTest.keySequence(window, QKeySequence("Ctrl+Y"))
    assert window.session.plan != before


def test_a_new_paragraph_becomes_where_enter_sends_cards(window):
    window.menu_actions.add_paragraph.trigger()
    last = len(window.session.plan.paragraphs) - 1
    assert window.board.target == last
    card = first_card_for(window, "nuclear")[0]
    window.edits.on_send_requested([card], -1)
    assert window.session.plan.paragraphs[last].cards == (card,)


def test_card_drags_from_other_programs_with_odd_payloads_are_refused():
    from coexist_gui.gui.cards.mime import decode_cards

    for payload in (b'{"cards": ["a"], "source": 1e999}', b'{"cards": ["a"], "source": "x"}',
                    b'{"cards": ["a"], "source": true}', b'{"cards": "a"}', b"[]"):
        mime = QMimeData()
        mime.setData(CARDS_MIME, payload)
        assert decode_cards(mime) is None, payload


def test_the_window_never_saves_a_plan_it_could_not_open_again(window, tmp_path, fake_dialogs):
    from coexist_gui.core.plan import MAX_JUDGEMENT, MAX_PARAGRAPHS, MAX_POINT

    window.board.judgement.text.setPlainText("word " * 4000)  # 20,000 characters pasted
    window.session.set_point(1, "y" * (MAX_POINT + 50))
    while window.session.add_paragraph(""):
        pass
    assert len(window.session.plan.paragraphs) == MAX_PARAGRAPHS
    assert len(window.session.plan.judgement.text) == MAX_JUDGEMENT
    assert window.board.paragraphs[0].point.maxLength() == MAX_POINT  # typing stops there
    assert len(window.session.plan.paragraphs[1].point) == MAX_POINT
    target = tmp_path / "long.plan.yaml"
    fake_dialogs.answers["save_file"] = target
    assert window.files.save()
    reopened = load_plan(target)
    assert len(reopened.paragraphs) == MAX_PARAGRAPHS


def test_a_running_windows_autosave_is_not_offered_and_restoring_keeps_other_copies(window, qtbot, fake_dialogs):
    from coexist_gui.gui import paths
    from coexist_gui.gui.autosave import pending_recoveries
    from coexist_gui.gui.main_window import MainWindow

    window.session.place_cards(first_card_for(window, "leadership")[:1], 0)
    window.autosaver.save_now()
    other = MainWindow()
    qtbot.addWidget(other, before_close_func=lambda w: w.session.undo_stack.setClean())
    other.session.place_cards(first_card_for(other, "nuclear")[:1], 5)
    other.autosaver.save_now()
    assert pending_recoveries(exclude=other.autosaver.key) == []  # the first window is alive
    # both processes "crash"; a third start restores the newest and keeps the other for later
    window.autosaver._lock.unlock()
    other.autosaver._lock.unlock()
    fake_dialogs.answers["ask_restore"] = True
    third = MainWindow()
    qtbot.addWidget(third, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert third.files.offer_recovery()
    left = [r.plan_file.name for r in pending_recoveries(exclude=third.autosaver.key)]
    assert len(left) == 1
    assert len(list(paths.autosave_dir().glob("*.plan.yaml"))) == 2  # the untouched one + third's own


def test_planning_time_is_an_unsaved_change_that_autosave_and_save_keep(window, tmp_path, fake_dialogs):
    from coexist_gui.gui import paths

    assert not window.session.modified
    window.prompt_bar.timer.tick.emit(42)  # the timer ran for 42 s
    assert window.session.modified  # autosave keeps it ...
    assert not window.isWindowModified()  # ... but the title does not call the timer an unsaved edit
    window.autosaver.save_now()
    (autosave,) = paths.autosave_dir().glob("*.plan.yaml")
    assert load_plan(autosave).time_used == 42
    target = tmp_path / "timed.plan.yaml"
    fake_dialogs.answers["save_file"] = target
    assert window.files.save()
    assert not window.session.modified and load_plan(target).time_used == 42


def test_saving_while_the_timer_runs_leaves_nothing_to_ask_on_quit(window, tmp_path, fake_dialogs):
    window.session.place_cards(first_card_for(window, "leadership")[:1], 0)
    assert window.isWindowModified()
    target = tmp_path / "running.plan.yaml"
    fake_dialogs.answers["save_file"] = target
    assert window.files.save()
    window.prompt_bar.timer.tick.emit(5)  # the clock keeps running after "Saved"
    window.prompt_bar.timer.tick.emit(6)
    assert not window.isWindowModified()
    assert window.files.maybe_save()  # Quit: no Save/Discard question ...
    assert "ask_save_changes" not in fake_dialogs.names()
    assert load_plan(target).time_used == 6  # ... and the file has the time the clock reached


def test_a_pack_that_mentions_the_plan_format_in_a_comment_is_still_a_pack(tmp_path):
    from coexist_gui.core.untrusted import is_plan_file

    pack = tmp_path / "notes.yaml"
    pack.write_text("# students save their work as coexist-plan/1 files\nformat: coexist-pack/1\n")
    plan = tmp_path / "mine.yaml"
    plan.write_text("format: 'coexist-plan/1'\npack: x\n")
    assert not is_plan_file(pack) and is_plan_file(plan)


def test_an_autosave_whose_note_was_never_written_is_still_offered(window, coexist_home):
    from coexist_gui.gui import paths
    from coexist_gui.gui.autosave import pending_recoveries

    window.session.place_cards(first_card_for(window, "leadership")[:1], 0)
    window.autosaver.save_now()
    window.autosaver.meta_file.unlink()  # the crash came between the two writes
    window.autosaver._lock.unlock()
    (found,) = pending_recoveries(exclude="someone-else")
    assert found.plan_file.parent == paths.autosave_dir() and found.original is None


def test_the_student_can_put_their_name_on_the_plan(window, tmp_path, fake_dialogs):
    QTest.keyClicks(window.board.author, "Ana")
    assert window.session.plan.author == "Ana"
    assert window.session.undo_stack.count() == 1  # typing merges into one step
    target = tmp_path / "named.plan.yaml"
    fake_dialogs.answers["save_file"] = target
    assert window.files.save()
    assert load_plan(target).author == "Ana"
    window.menu_actions.undo.trigger()
    assert window.board.author.text() == ""


def test_score_panel_is_filled_once_per_change(window, monkeypatch):
    """A load, an edit and a mode switch each fill the score panel exactly once, with the new score."""
    shown = []
    real_apply = window.score_panel._apply
    monkeypatch.setattr(window.score_panel, "_apply",
                        lambda: (shown.append(window.score_panel._score), real_apply())[1])
    pack = window.session.pack
    window.switch_to(window.entry, pack.prompts[1])
    assert shown == [window.session.score]
    shown.clear()
    window.session.place_cards(first_card_for(window, "leadership")[:1], 0)
    assert shown == [window.session.score]
    shown.clear()
    window.menu_actions.blind.trigger()  # blind mode waits for Check plan: emptied once
    assert len(shown) == 1 and window.score_panel.is_concealed() and not window.session.reveal_tags
    shown.clear()
    window.menu_actions.exam.trigger()  # already concealed: nothing to redo
    assert shown == [] and window.score_panel.is_concealed()


def test_a_question_can_turn_own_cards_off_or_only_show_them(window, fake_dialogs):
    from dataclasses import replace as with_

    pack = window.session.pack
    off = with_(pack.prompts[0], own_cards="off")
    window.switch_to(window.entry, off)
    assert not window.evidence.new_card.isEnabled()
    window.edits.new_card()  # the shortcut too: nothing is asked, a status line says why
    assert "ask_new_card" not in [name for name, _args in fake_dialogs.calls]
    assert window.session.plan.own_cards == ()
    window.switch_to(window.entry, with_(pack.prompts[0], own_cards="show"))
    assert window.evidence.new_card.isEnabled()
    fake_dialogs.answers["ask_new_card"] = ("The USSR tested a hydrogen bomb in August 1953.", ["nuclear"])
    window.edits.new_card()
    own = window.session.plan.own_cards[-1]
    window.session.place_cards([own.id], window.session.prompt.factors.index("nuclear"))
    assert window.session.score.card_state(own.id) == "own_not_counted"


def test_exam_mode_changes_only_the_score_panel_and_blind_mode_the_cards_too(window):
    blocks = list(window.board.paragraphs)
    window.menu_actions.exam.trigger()
    assert window.score_panel.is_concealed()
    assert window.board.paragraphs == blocks  # the same paragraph blocks: nothing rebuilt
    window.menu_actions.blind.trigger()
    assert window.board.paragraphs != blocks  # chips hidden: every card list is configured again
    assert not window.evidence.factor_box.isVisibleTo(window)


def test_a_paragraph_says_how_many_of_the_cards_it_needs_count(window):
    session = window.session
    leadership = first_card_for(window, "leadership")
    block = window.board.paragraphs[0]
    session.place_cards(leadership[:1], 0)
    assert block.evidence.text() == "1 of 2 cards"
    session.place_cards(leadership[1:3], 0)
    assert block.evidence.text() == "3 cards, 2 needed"
