"""Faults found when the window was tried in use: each is the student's path through the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_ctrl_number_sends_the_new_card_right_after_new_card(window, fake_dialogs, qtbot):
    factor = window.session.prompt.factors[0]
    fake_dialogs.answers["ask_new_card"] = ("Khrushchev visited Yugoslavia in 1955 to mend relations.", [factor])
    window.menu_actions.new_card.trigger()
    (card,) = window.session.plan.own_cards
    assert window.evidence.view.selected_ids() == [card.id]
    window.menu_actions.send[1].trigger()  # Ctrl+2
    assert window.session.plan.paragraph_of(card.id) == 1


def test_ctrl_number_sends_the_new_card_when_the_focus_went_back_to_a_paragraph(window, fake_dialogs):
    factor = window.session.prompt.factors[0]
    fake_dialogs.answers["ask_new_card"] = ("Khrushchev visited Yugoslavia in 1955 to mend relations.", [factor])
    window.menu_actions.new_card.trigger()
    window.board.paragraphs[0].view.setFocus()  # where the closing dialog gives the focus back to
    window.menu_actions.send[2].trigger()  # Ctrl+3
    (card,) = window.session.plan.own_cards
    assert window.session.plan.paragraph_of(card.id) == 2


def test_down_or_enter_in_the_search_field_moves_into_the_results(window, qtbot):
    search, view = window.evidence.search, window.evidence.view
    window.show()
    search.setFocus()
    QTest.keyClicks(search, "Malenkov")
    QTest.keyClick(search, Qt.Key.Key_Down)
    assert view.hasFocus()
    first = window.evidence.proxy.index(0, 0)
    assert view.selected_ids() == [first.data(Qt.ItemDataRole.UserRole + 2)]
    search.setFocus()
    QTest.keyClick(search, Qt.Key.Key_Return)  # Enter too, and the chosen card stays chosen
    assert view.hasFocus() and len(view.selected_ids()) == 1


def test_ctrl_number_scrolls_the_plan_to_the_card_and_makes_enter_follow(window, qtbot):
    window.resize(1280, 600)
    qtbot.wait(10)
    bank = window.evidence
    ids = [c.id for c in window.session.pack.cards][:3]
    bank.view.select_cards(ids[:1])
    bank.view.setFocus()
    last = len(window.board.paragraphs) - 1
    window.menu_actions.send[last].trigger()
    assert window.board.target == last
    widget = window.board.paragraphs[last]
    scroll = window.board.verticalScrollBar()
    assert scroll.value() > 0  # scrolled down to the last paragraph
    top = widget.mapTo(window.board.widget(), widget.rect().topLeft()).y()
    assert scroll.value() <= top + widget.height()
    bank.view.select_cards(ids[1:2])
    QTest.keyClick(bank.view, Qt.Key.Key_Return)  # Enter now sends to the same paragraph, not to paragraph 1
    assert window.session.plan.paragraph_of(ids[1]) == last


def test_removing_a_paragraph_says_that_undo_brings_it_back(window):
    count = len(window.session.plan.paragraphs)
    window.board.paragraphs[1].remove.click()
    assert len(window.session.plan.paragraphs) == count - 1
    message = window.statusBar().currentMessage()
    assert "Paragraph 2 removed" in message and "Undo" in message
    window.menu_actions.undo.trigger()
    assert len(window.session.plan.paragraphs) == count


def test_the_name_stays_on_a_new_plan_and_after_switching_question(window, fake_dialogs):
    QTest.keyClicks(window.board.author, "Ana Petrova")
    fake_dialogs.answers["ask_save_changes"] = __import__("coexist_gui.gui.dialogs", fromlist=["Answer"]).Answer.DISCARD
    window.menu_actions.new_plan.trigger()
    assert window.session.plan.author == "Ana Petrova" and window.board.author.text() == "Ana Petrova"
    window.switch_to(window.entry, window.session.pack.prompts[1])
    assert window.session.plan.author == "Ana Petrova"
    assert not window.session.edited  # a fresh plan with the name on it is not an unsaved edit


def test_revert_to_saved_goes_back_to_the_file_and_undo_comes_back(window, tmp_path, fake_dialogs):
    actions, session = window.menu_actions, window.session
    cards = [c.id for c in session.pack.cards[:2]]
    session.place_cards(cards[:1], 0)
    fake_dialogs.answers["save_file"] = tmp_path / "saved.plan.yaml"
    assert window.files.save() and not actions.revert.isEnabled()
    session.place_cards(cards[1:], 1)
    assert actions.revert.isEnabled()
    fake_dialogs.answers["ask_revert"] = True
    actions.revert.trigger()
    assert session.plan.paragraph_of(cards[1]) is None and session.plan.paragraph_of(cards[0]) == 0
    assert not window.isWindowModified() and not actions.revert.isEnabled()
    actions.undo.trigger()
    assert session.plan.paragraph_of(cards[1]) == 1 and window.isWindowModified()


def test_problem_details_use_a_fixed_pitch_font_so_carets_line_up(qapp, monkeypatch):
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    from coexist_gui.gui import dialogs
    from coexist_gui.gui.app import make_app

    make_app()  # the window's font (Inter, a proportional font) is the application's
    seen = []

    def look(dialog):
        details = dialog.findChild(QPlainTextEdit, "problemDetails")
        metrics = details.fontMetrics()
        seen.append((QFontInfo(details.font()).family(), metrics.horizontalAdvance("iiii"),
                     metrics.horizontalAdvance("MMMM")))

    monkeypatch.setattr(QDialog, "exec", look)
    dialogs._show_details(None, "Problems", "The pack has errors.", "pack.yaml:3:7: bad\n  key: [\n        ^")
    ((family, narrow, wide),) = seen
    assert family != "Inter" and narrow == wide


def test_compare_window_fits_a_1280_by_720_screen(window, monkeypatch):
    from PySide6.QtCore import QRect

    screen = window.screen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda self: QRect(0, 0, 1280, 680))
    window.checks.check_plan() if not window.view_mode.concealed else None
    dialog = window.checks.compare_with_model()
    assert dialog is not None
    assert dialog.height() <= 680 - 40 and dialog.width() <= 1280
    dialog.close()


def test_word_count_reads_as_english(window):
    assert window.board.judgement.words.text() == "0 words"
    window.session.set_judgement_text("Khrushchev")
    assert window.board.judgement.words.text() == "1 word"


def test_on_a_720_pixel_screen_only_the_feedback_scrolls(window, qtbot):
    from pathlib import Path

    from PySide6.QtWidgets import QScrollArea

    window.files.open_path(Path(__file__).resolve().parents[2] / "docs" / "sample.plan.yaml")
    window.resize(1280, 650)  # a 720-pixel laptop screen less the desktop's bar and the title bar
    qtbot.wait(20)
    outer = window.findChild(QScrollArea, "scoreScroll")
    panel = window.score_panel
    assert outer.verticalScrollBar().maximum() == 0  # the panel fits: score, band, criteria stay put
    assert panel.check_button.isVisible() and panel.feedback_list.isVisible()
    assert panel.feedback_list.height() >= panel.feedback_list.minimumHeight()
    assert panel.feedback_list.verticalScrollBar().maximum() > 0  # the long list scrolls inside itself


# -- the score panel and the cards (issue 8's window part) ------------------------------------------

def _misplaced_card(window) -> tuple[str, int]:
    """A bank card tagged only with the second factor, and the first paragraph (another factor)."""
    prompt = window.session.prompt
    card = next(c for c in window.session.pack.cards if list(c.factors) == [prompt.factors[1]])
    return card.id, 0


def test_blind_mode_waits_for_check_plan_and_hides_again_on_the_next_edit(window, fake_dialogs):
    panel, board = window.score_panel, window.board
    window.menu_actions.blind.trigger()
    card, paragraph = _misplaced_card(window)
    window.session.place_cards([card], paragraph)
    assert panel.is_concealed() and "blind mode" in panel._concealed_label.text()
    assert board.paragraphs[paragraph]._state_of(card) == ""  # no mark gives the answer away
    assert not board.paragraphs[paragraph].evidence.isVisible()
    fake_dialogs.answers["ask_predict_band"] = 2
    panel.check_button.click()  # the primary button in the panel, not only the menu
    assert not panel.is_concealed()
    assert board.paragraphs[paragraph]._state_of(card) == "misplaced"
    marks = [m.kind for m in board.paragraphs[paragraph].view.card_delegate.marks(
        board.paragraphs[paragraph].model.index(0, 0))]
    assert "misplaced" in marks
    band = window.session.score.band
    note = panel.prediction_text()
    assert note.startswith("You predicted band 2") and f"band {band}" in note and panel._note.isVisible()
    assert note in window.statusBar().currentMessage()
    window.session.set_point(paragraph, "Leadership changed")  # the next edit hides it all again
    assert panel.is_concealed() and board.paragraphs[paragraph]._state_of(card) == ""
    assert panel.prediction_text() == ""


def test_the_gate_that_holds_the_band_back_is_shown_at_the_top(window):
    panel = window.score_panel
    prompt = window.session.prompt
    for index, factor in enumerate(prompt.factors):  # evidence everywhere, but not a word written
        ids = [c.id for c in window.session.pack.cards if factor in c.factors][:prompt.min_cards]
        window.session.place_cards(ids, index)
    score = window.session.score
    assert score.cap
    gate = next(item for item in score.feedback if item.kind.startswith("gate_"))
    assert panel._gate.isVisible()
    from coexist_gui.core.feedback import render

    assert panel._gate_text.text() == render(gate)
    listed = [panel.feedback_list.item(row).text() for row in range(panel.feedback_list.count())]
    assert render(gate) not in listed  # said once, prominently


def test_own_cards_are_marked_on_the_card_in_the_bank_and_the_plan(window, fake_dialogs):
    factor = window.session.prompt.factors[0]
    fake_dialogs.answers["ask_new_card"] = ("Khrushchev visited Yugoslavia in 1955 to mend relations.", [factor])
    window.menu_actions.new_card.trigger()
    (card,) = window.session.plan.own_cards
    bank = window.evidence.view
    index = bank.model().index(bank.row_of(card.id), 0)
    marks = bank.card_delegate.marks(index)
    assert [m.kind for m in marks] == ["own"] and marks[0].label == "Yours"
    assert "your own card" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    window.session.place_cards([card.id], 0)
    paragraph = window.board.paragraphs[0]
    assert "own" in [m.kind for m in paragraph.view.card_delegate.marks(paragraph.model.index(0, 0))]


def test_feedback_markers_are_criterion_colours_never_factor_colours(window):
    from PySide6.QtGui import QColor

    from coexist_gui.core.colours import PALETTE
    from coexist_gui.gui.theme.tokens import CRITERION_COLOURS

    panel = window.score_panel
    seen = set()
    for row, item in enumerate(panel._feedback):
        icon = panel.feedback_list.item(row).icon().pixmap(32, 32).toImage()
        colour = QColor(icon.pixel(4, 16)).name()  # the square's left edge, clear of the letter
        assert colour == CRITERION_COLOURS.get(item.criterion, CRITERION_COLOURS[""])
        assert colour not in PALETTE
        seen.add(item.criterion)
    assert len(seen) >= 2  # an empty plan costs points in several criteria


def test_the_question_chooser_keeps_its_width_whatever_the_timer_shows(window, qtbot):
    bar = window.prompt_bar
    timer = bar.timer
    timer.set_limit(1, 0)
    qtbot.wait(5)
    before = (bar.prompts.geometry(), timer.geometry())
    for used in (30, 59, 60, 75, 3600):  # counting, the last minute, time's up, long over
        timer.used = used
        timer._show()
        timer.toggle()  # Start ⇄ Pause changes the button's text
        qtbot.wait(1)
        assert (bar.prompts.geometry(), timer.geometry()) == before, used


def test_chips_show_whole_factor_names_when_the_card_has_room(window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = window.evidence.view
    delegate = view.card_delegate
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.font = view.font()
    card = delegate._card(index)
    names = [window.session.pack.factor_name(f) for f in card.factors if f in window.session.prompt.factors]
    wide = delegate._layout(option, index, 900)
    assert [label for _rect, label, _colour in wide.chips] == names  # no "Stalin's death and new lead…"
    narrow = delegate._layout(option, index, 130)
    assert any(label.endswith("…") for _rect, label, _colour in narrow.chips)  # cut only when it cannot fit


def test_chart_names_wrap_to_two_lines_before_they_are_cut(window):
    chart = window.score_panel.chart
    rows = chart._factor_rows(240)
    names = [bar.label for bar in chart._factors]
    for name, (_top, _height, lines) in zip(names, rows, strict=True):
        assert len(lines) <= 2
        if len(lines) == 2 and not lines[-1].endswith("…"):
            assert " ".join(lines) == name  # wrapped whole
    assert any(len(lines) == 2 for _top, _height, lines in rows)  # at this width some name needs two lines
    assert all(len(lines) == 1 and lines[0] == name for name, (_t, _h, lines) in zip(names, chart._factor_rows(900),
                                                                                      strict=True))


def test_a_card_that_does_not_count_says_why_to_screen_readers_and_in_its_tooltip(window, fake_dialogs):
    card, paragraph = _misplaced_card(window)
    window.session.place_cards([card], paragraph)
    model = window.board.paragraphs[paragraph].model
    index = model.index(0, 0)
    why = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert why.startswith("Does not count here")
    assert "Does not count here" in index.data(Qt.ItemDataRole.ToolTipRole)
    window.menu_actions.exam.trigger()  # hidden with the score
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == ""
