"""The pack editor, driven as a teacher would (headless): edits and undo, paste and import with a preview,
the problems panel, saving, installing, autosave, and model plans from the planning board."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coexist_gui.core.authoring import edits
from coexist_gui.core.authoring.spreadsheet import read_table
from coexist_gui.core.authoring.writer import write_pack
from coexist_gui.core.pack import load_builtin_pack, load_pack
from coexist_gui.gui.editor import dialogs as editor_dialogs
from coexist_gui.gui.editor.dialogs import CardsPreviewDialog, PreviewChoice, VersionChoice
from coexist_gui.gui.editor.models import ID_ROLE, NO_FACTOR
from coexist_gui.gui.editor.window import EVIDENCE, FACTORS, PROMPTS, PackEditorWindow

BUILTIN = load_builtin_pack().pack
SMALL = Path(__file__).resolve().parents[1] / "data" / "packs" / "small.yaml"
EDITOR_DIALOGS = ("open_pack_file", "save_pack_file", "open_cards_file", "save_cards_file", "choose_folder",
                  "confirm_open_with_errors", "confirm_rewrite", "ask_version", "confirm_remove_factor",
                  "confirm_remove_cards", "confirm_remove_prompt", "confirm_unlock_id", "ask_restore_pack",
                  "ask_keep_pack_recovery", "show_problems", "pick_colour", "preview_cards")


@pytest.fixture(autouse=True)
def editor_dialog_calls(fake_dialogs, monkeypatch: pytest.MonkeyPatch):
    """The editor's dialogs recorded and answered like the window's (an unexpected one fails the test)."""
    for name in EDITOR_DIALOGS:
        monkeypatch.setattr(editor_dialogs, name, fake_dialogs.handler(name))
    return fake_dialogs


def forget(editor: PackEditorWindow) -> None:
    editor.session.undo_stack.setClean()


@pytest.fixture
def editor(qtbot, qapp):
    from coexist_gui.gui.app import make_app

    make_app()
    window = PackEditorWindow(BUILTIN)
    qtbot.addWidget(window, before_close_func=forget)
    window.show()
    qtbot.waitExposed(window)
    window.checker.wait()
    return window


def cell(editor: PackEditorWindow, card_id: str, column: int) -> QModelIndex:
    model = editor.evidence.model
    return model.index(model.row_of(card_id), column)


def test_models_pass_the_model_tester(editor, qtmodeltester) -> None:
    page = editor.evidence
    qtmodeltester.check(page.model)
    page.search.setText("Khrushchev")
    qtmodeltester.check(page.model)
    page.model.sort(page.model.YEAR, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model)
    qtmodeltester.check(editor.factors.model)
    qtmodeltester.check(editor.prompts.model)
    editor.session.apply(lambda p: edits.edit_card(p, p.cards[0].id, text=""), "blank")
    editor.checker.wait()
    assert editor.problems.model.rowCount() == 1
    qtmodeltester.check(editor.problems.model)
    table = read_table(b"text\tfactors\nA new card\tNew factor\n", "clipboard", header=None)
    dialog = CardsPreviewDialog(editor.session.pack, table, "the clipboard", False)
    qtmodeltester.check(dialog.model)
    dialog.deleteLater()


def test_cells_edit_the_pack_and_every_edit_undoes(editor, qtbot) -> None:
    session, model = editor.session, editor.evidence.model
    card = BUILTIN.cards[0]
    assert model.setData(cell(editor, card.id, model.TEXT), "Reworded card")
    assert model.setData(cell(editor, card.id, model.YEAR), "1954")
    other = next(f.id for f in BUILTIN.factors if f.id not in card.factors)
    assert model.setData(cell(editor, card.id, model.factor_column(other)), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    edited = session.pack.card(card.id)
    assert (edited.text, edited.year, other in edited.factors) == ("Reworded card", 1954, True)
    assert cell(editor, card.id, model.TEXT).data() == "Reworded card"
    with qtbot.waitSignal(session.failed):
        assert not model.setData(cell(editor, card.id, model.YEAR), "soon")
    assert editor.isWindowModified()
    for _ in range(3):
        session.undo_stack.undo()
    assert session.pack == BUILTIN and not session.modified
    session.undo_stack.redo()
    assert session.pack.card(card.id).text == "Reworded card"


def test_a_new_cards_id_follows_its_text_until_the_pack_is_saved(editor, editor_dialog_calls, tmp_path) -> None:
    page = editor.evidence
    page.select_cards([BUILTIN.cards[2].id])
    page.add_card()
    new_id = page.form.card_id
    assert new_id.startswith("card-") and editor.session.pack.cards[3].id == new_id  # after the selected card
    QTest.keyClicks(page.form.text, "Stalin died in March 1953")
    assert page.form.card_id == "stalin-died-in-march-1953" == editor.session.pack.cards[3].id
    assert page.model.card_ids()[3] == "stalin-died-in-march-1953"  # the same row, under its new id
    box = page.form.factor_checks["leadership"]
    box.click()
    assert editor.session.pack.cards[3].factors == ("leadership",)
    editor_dialog_calls.answers["save_pack_file"] = tmp_path / "mine.yaml"
    assert editor.save()
    QTest.keyClicks(page.form.text, ", aged 74")
    assert editor.session.pack.cards[3].id == "stalin-died-in-march-1953"  # saved: it keeps its id now
    assert editor.session.pack.cards[3].text == "Stalin died in March 1953, aged 74"


def test_duplicate_move_delete_filter_and_sort(editor, editor_dialog_calls) -> None:
    page, session = editor.evidence, editor.session
    first, second = BUILTIN.cards[0].id, BUILTIN.cards[1].id
    page.select_cards([first, second])
    page.duplicate_selected()
    assert page.selected_ids() == [f"{first}-copy", f"{second}-copy"]
    page.move_selected(-1)
    assert [c.id for c in session.pack.cards[:4]] == [first, f"{first}-copy", f"{second}-copy", second]
    page.delete_selected()
    assert session.pack.card(f"{first}-copy") is None and len(session.pack.cards) == len(BUILTIN.cards)
    used = BUILTIN.prompts[0].exemplar.paragraphs[0].cards[0]
    page.select_cards([used])
    editor_dialog_calls.answers["confirm_remove_cards"] = False
    page.delete_selected()
    assert session.pack.card(used) is not None  # the model plan uses it: asked, and kept
    editor_dialog_calls.answers["confirm_remove_cards"] = True
    page.delete_selected()
    assert session.pack.card(used) is None and used not in session.pack.prompts[0].exemplar.placed_cards()
    page.factor_filter.setCurrentIndex(page.factor_filter.findData("korea"))
    assert set(page.model.card_ids()) == {c.id for c in session.pack.cards if "korea" in c.factors}
    page.factor_filter.setCurrentIndex(page.factor_filter.findData(NO_FACTOR))
    assert page.model.rowCount() == 0
    page.clear_filter()
    page.search.setText("austrian treaty")
    assert page.model.card_ids() and all("austria" in session.pack.card(c).text.casefold()
                                         for c in page.model.card_ids())
    assert "of" in page.count.text()
    page.clear_filter()
    page.view.sortByColumn(page.model.YEAR, Qt.SortOrder.AscendingOrder)
    years = [session.pack.card(c).year for c in page.model.card_ids()]
    dated = [y for y in years if y is not None]
    assert dated == sorted(dated) and years[-1] is None
    assert not page.up_button.isEnabled()  # no moving while sorted
    page.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert page.model.card_ids() == [c.id for c in session.pack.cards]


def test_paste_rows_from_a_spreadsheet_with_a_preview(editor, editor_dialog_calls, qtbot) -> None:
    rows = ("Khrushchev denounced Stalin in 1956\tKhrushchev's part\t1956\tThe secret speech\n"
            "A card for a brand-new factor\tSpace race\t1957\t\n")
    table = read_table(rows.encode(), "clipboard", header=None)
    dialog = CardsPreviewDialog(editor.session.pack, table, "the clipboard", False)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.ok.isEnabled() and dialog.ok.text() == "Add 2 cards"
    assert "New factors: Space race" in dialog.summary.text()
    assert dialog.model.index(0, 0).data() == "new card" and "(new)" in dialog.model.index(1, 2).data()
    bad = CardsPreviewDialog(editor.session.pack, read_table(b"\t\t1956\nok\tx\tsoon\n", "clipboard", header=None),
                             "the clipboard", False)
    qtbot.addWidget(bad)
    assert not bad.ok.isEnabled() and "clipboard:2:3: error: 'soon' is not a year" in bad.problems.toPlainText()

    QApplication.clipboard().setText(rows)
    editor.evidence.select_cards([BUILTIN.cards[4].id])
    editor_dialog_calls.answers["preview_cards"] = PreviewChoice(False)
    assert editor.paste_rows()
    pack = editor.session.pack
    assert [c.text for c in pack.cards[5:7]] == ["Khrushchev denounced Stalin in 1956", "A card for a brand-new factor"]
    assert pack.cards[5].factors == ("khrushchev-role",) and pack.factor("space-race").name == "Space race"
    assert editor.evidence.selected_ids() == [pack.cards[5].id, pack.cards[6].id]
    editor.session.undo_stack.undo()  # one paste, one undo
    assert editor.session.pack == BUILTIN
    QApplication.clipboard().setText("")
    assert not editor.paste_rows() and "clipboard has no text" in editor.statusBar().currentMessage()


def test_export_and_import_cards_through_a_spreadsheet_file(editor, editor_dialog_calls, tmp_path) -> None:
    out = tmp_path / "cards.csv"
    editor_dialog_calls.answers["save_cards_file"] = out
    assert editor.export_cards()
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("id,text,factors,year,detail") and text.count("\r\n") == len(BUILTIN.cards) + 1
    card = BUILTIN.cards[7]
    out.write_bytes(text.replace(card.text, "Edited in a spreadsheet").encode("utf-8-sig"))
    editor_dialog_calls.answers["open_cards_file"] = out
    editor_dialog_calls.answers["preview_cards"] = PreviewChoice(False)
    assert editor.import_cards()
    assert editor.session.pack.card(card.id).text == "Edited in a spreadsheet"
    assert [c.id for c in editor.session.pack.cards] == [c.id for c in BUILTIN.cards]  # every card and id kept


def test_a_problem_takes_you_to_the_row_or_field_at_fault(editor, qtbot) -> None:
    session = editor.session
    card = BUILTIN.cards[9]
    model = editor.evidence.model
    model.setData(cell(editor, card.id, model.TEXT), "")
    session.apply(lambda p: edits.edit_factor(p, "economy", name=""), "blank factor")
    session.apply(lambda p: edits.edit_prompt(p, BUILTIN.prompts[1].id, question=""), "blank question")
    check = editor.checker.wait()
    problems = editor.problems
    texts = [problems.model.index(r).data() for r in range(problems.model.rowCount())]
    assert any(f":{card_line(check, card.id)}:" in t and "error: text is blank" in t for t in texts)
    assert "3 errors to fix" in problems.status.text()
    editor.tabs.setCurrentIndex(0)
    for row, problem in enumerate(check.problems):
        location = check.location(problem)
        problems.list.clicked.emit(problems.model.index(row))
        if location.section == "evidence":
            assert editor.tabs.currentIndex() == EVIDENCE
            assert editor.evidence.selected_ids() == [card.id] and editor.evidence.form.text.hasFocus()
        elif location.section == "factors":
            assert editor.tabs.currentIndex() == FACTORS and editor.factors.factor_id == "economy"
            assert editor.factors.name.hasFocus()
        elif location.section == "prompts" and location.key == "question":
            assert editor.tabs.currentIndex() == PROMPTS and editor.prompts.prompt_id == BUILTIN.prompts[1].id
            assert editor.prompts.question.hasFocus()
    editor.evidence.only_problems.setChecked(True)
    assert editor.evidence.model.card_ids() == [card.id]


def card_line(check, card_id: str) -> int:
    return check.written.text.splitlines().index(f"  - id: {card_id}") + 2


def test_saving_is_canonical_offers_a_new_version_and_keeps_the_old_file(editor, editor_dialog_calls, tmp_path):
    path = tmp_path / "small.yaml"
    path.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    editor_dialog_calls.answers["confirm_rewrite"] = True
    assert editor.open_path(path)
    assert editor_dialog_calls.names()[-1] == "confirm_rewrite"  # said before anything is lost
    assert editor.session.id_locked and editor.details.pack_id.isReadOnly()
    editor.details.title.setText("")
    QTest.keyClicks(editor.details.title, "A changed title")
    assert editor.session.pack.id == "small"  # a saved pack's id does not follow its title
    editor_dialog_calls.answers["ask_version"] = VersionChoice.BUMP
    version = load_pack(path).pack.version
    assert editor.save()
    saved = load_pack(path).pack
    assert saved.version == edits.next_version(version) != version and saved.title == "A changed title"
    assert (tmp_path / "small.yaml.bak").read_text(encoding="utf-8") == SMALL.read_text(encoding="utf-8")
    first = path.read_bytes()
    assert first == write_pack(editor.session.pack).text.encode()
    calls = len(editor_dialog_calls.calls)
    assert editor.save()  # nothing changed: no question, the same bytes
    assert len(editor_dialog_calls.calls) == calls and path.read_bytes() == first
    assert not editor.isWindowModified()


def test_a_new_packs_id_follows_its_title(editor, editor_dialog_calls) -> None:
    editor.new_pack()
    assert not editor.session.id_locked
    QTest.keyClicks(editor.details.title, "The Cuban Missile Crisis")
    assert editor.session.pack.id == "the-cuban-missile-crisis"
    assert editor.session.pack.title == "The Cuban Missile Crisis"


def test_a_pack_with_errors_opens_only_when_the_teacher_says_so(editor, editor_dialog_calls, tmp_path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(SMALL.read_text(encoding="utf-8").replace("name: Money", "name: ''"), encoding="utf-8")
    editor_dialog_calls.answers["confirm_open_with_errors"] = False
    assert not editor.open_path(broken)
    assert editor.session.pack == BUILTIN
    editor_dialog_calls.answers["confirm_open_with_errors"] = True
    assert editor.open_path(broken)
    assert editor.session.pack.factor("money").name == "" and editor.checker.wait().errors


def test_save_and_install_shows_the_pack_in_the_planning_window(window, editor, editor_dialog_calls, qtbot,
                                                                 tmp_path) -> None:
    editor.session.apply(lambda p: edits.set_details(p, pack_id="peace-copy", title="Peace, a copy"), "id")
    editor_dialog_calls.answers["save_pack_file"] = tmp_path / "peace.yaml"
    assert editor.save_and_install()
    assert editor.session.installed and editor.session.id_locked
    qtbot.waitUntil(lambda: window.library.find("peace-copy") is not None, timeout=5000)
    combo = window.prompt_bar.packs
    assert combo.findData("peace-copy") >= 0


def test_the_packs_folder_is_watched(window, qtbot) -> None:
    from coexist_gui.core.library import install_pack, remove_pack

    assert install_pack(SMALL).status == "installed"  # as the command line or another window would
    qtbot.waitUntil(lambda: window.library.find("small") is not None, timeout=5000)
    assert window.prompt_bar.packs.findData("small") >= 0
    remove_pack("small")
    qtbot.waitUntil(lambda: window.library.find("small") is None, timeout=5000)


def test_autosave_and_recovery(editor, editor_dialog_calls, qtbot) -> None:
    editor.session.apply(lambda p: edits.set_details(p, title="Unsaved work"), "title")
    editor.autosaver.save_now()
    assert editor.autosaver.pack_file.is_file() and editor.autosaver.meta_file.is_file()
    editor.autosaver._lock.unlock()  # as if the editor had crashed: its copy is left, and no longer in use
    other = PackEditorWindow()
    qtbot.addWidget(other, before_close_func=forget)
    editor_dialog_calls.answers["ask_restore_pack"] = True
    assert other.offer_recovery()
    assert other.session.pack.title == "Unsaved work" and other.session.modified
    assert not editor.autosaver.pack_file.exists()  # the copy offered is gone once restored
    editor.session.undo_stack.setClean()


def _crashed_copy(editor: PackEditorWindow) -> Path:
    """An autosaved pack left behind as by an editor that crashed (its lock released)."""
    editor.session.apply(lambda p: edits.set_details(p, title="Unsaved work"), "title")
    editor.autosaver.save_now()
    editor.autosaver._lock.unlock()
    return editor.autosaver.pack_file


@pytest.mark.parametrize("keep", [True, False])
def test_a_declined_recovery_is_kept_unless_the_teacher_deletes_it(editor, editor_dialog_calls, qtbot,
                                                                   keep) -> None:
    copy = _crashed_copy(editor)
    other = PackEditorWindow()
    qtbot.addWidget(other, before_close_func=forget)
    editor_dialog_calls.answers["ask_restore_pack"] = False
    editor_dialog_calls.answers["ask_keep_pack_recovery"] = keep
    assert not other.offer_recovery()
    assert editor_dialog_calls.names()[-2:] == ["ask_restore_pack", "ask_keep_pack_recovery"]
    assert copy.exists() is keep
    editor.session.undo_stack.setClean()


def test_a_copy_that_cannot_be_read_is_set_aside_not_deleted(editor, editor_dialog_calls, qtbot) -> None:
    copy = _crashed_copy(editor)
    copy.write_text("format: coexist-pack/1\nid: [broken\n", encoding="utf-8")
    other = PackEditorWindow()
    qtbot.addWidget(other, before_close_func=forget)
    editor_dialog_calls.answers.update(ask_restore_pack=True, show_problems=None)
    assert not other.offer_recovery()
    kept = copy.with_name(copy.name + ".damaged")
    assert not copy.exists() and kept.read_text(encoding="utf-8").startswith("format: coexist-pack/1")
    assert str(kept) in editor_dialog_calls.calls[-1][1][1]  # the teacher is told where it is
    assert editor_dialog_calls.names()[-2:] == ["ask_restore_pack", "show_problems"]  # no "restore next time"
    assert not PackEditorWindow.offer_recovery(other)  # set aside: never offered again
    editor.session.undo_stack.setClean()


def test_a_kept_copy_is_offered_once_a_run(editor, editor_dialog_calls, qtbot) -> None:
    copy = _crashed_copy(editor)
    editor_dialog_calls.answers.update(ask_restore_pack=False, ask_keep_pack_recovery=True)
    first = PackEditorWindow()
    qtbot.addWidget(first, before_close_func=forget)
    assert not first.offer_recovery()
    asked = len(editor_dialog_calls.calls)
    second = PackEditorWindow()  # File ▸ New pack again, in the same run
    qtbot.addWidget(second, before_close_func=forget)
    assert not second.offer_recovery()
    assert len(editor_dialog_calls.calls) == asked and copy.exists()  # not asked again, still kept
    editor.session.undo_stack.setClean()


def test_a_damaged_note_is_said_and_the_pack_still_offered(editor, editor_dialog_calls, qtbot) -> None:
    _crashed_copy(editor)
    editor.autosaver.meta_file.write_text("{not json", encoding="utf-8")
    other = PackEditorWindow()
    qtbot.addWidget(other, before_close_func=forget)
    editor_dialog_calls.answers["ask_restore_pack"] = True
    assert other.offer_recovery()
    description = next(args for name, args in editor_dialog_calls.calls if name == "ask_restore_pack")[0]
    assert "Its note could not be read" in description and "not JSON" in description
    assert other.session.pack.title == "Unsaved work"
    editor.session.undo_stack.setClean()


def test_model_plan_from_the_planning_board(editor, qtbot) -> None:
    prompt = BUILTIN.prompts[0]
    editor.prompts.select(prompt.id)
    assert "scores" in editor.prompts.model_status.text() and "band 5" in editor.prompts.model_status.text()
    board = editor.edit_model_plan(prompt.id)
    assert board.session.plan.paragraphs == prompt.exemplar.paragraphs
    board.session.remove_cards(list(board.session.plan.placed_cards())[2:])
    board.session.set_point(0, "Short.")
    board.use_button.click()
    exemplar = editor.session.pack.prompt(prompt.id).exemplar
    assert exemplar.paragraphs[0].point == "Short." and len(exemplar.placed_cards()) == 2
    editor.checker.wait()
    status = editor.prompts.model_status.text()
    assert "band" in status and "What would lift it" in status and editor.prompts.model_feedback.count() > 0
    editor.session.undo_stack.undo()
    assert editor.session.pack.prompt(prompt.id).exemplar == prompt.exemplar
    board.close()


def test_try_it_plans_against_the_unsaved_pack(editor, qtbot) -> None:
    editor.session.apply(lambda p: edits.edit_prompt(p, p.prompts[0].id, question="A question not yet saved?"), "q")
    board = editor.try_prompt(editor.session.pack.prompts[0].id)
    assert board.prompt_bar.question.text() == "A question not yet saved?"
    card = next(c.id for c in BUILTIN.cards if BUILTIN.prompts[0].factors[0] in c.factors)
    assert board.session.place_cards([card], 0) and board.session.score.factors[0].counted == 1
    board.close()


def test_factors_and_questions_are_edited_in_their_tabs(editor, editor_dialog_calls) -> None:
    editor.show_tab(FACTORS)
    factors = editor.factors
    factors.add_factor()
    QTest.keyClicks(factors.name, "Space race")
    assert editor.session.pack.factor("space-race").name == "Space race"
    factors.select("leadership")
    editor_dialog_calls.answers["confirm_remove_factor"] = True
    factors.remove_factor()
    name, uses = editor_dialog_calls.calls[-1][1]
    assert name == "Stalin's death and new leadership"  # the teacher is told what uses it before it goes
    assert "12 cards tagged with it will lose the tag" in uses and "in 1 model plan will be removed" in uses
    assert editor.session.pack.factor("leadership") is None
    editor.show_tab(PROMPTS)
    prompts = editor.prompts
    prompts.select(BUILTIN.prompts[2].id)
    box, _side = prompts._factor_rows["nuclear"]
    box.click()
    assert "nuclear" in editor.session.pack.prompt(BUILTIN.prompts[2].id).factors
    prompts.min_cards.setFocus()
    QTest.keyClick(prompts.min_cards, Qt.Key.Key_Up)  # 2 -> 3 with the arrow key, as a spin box
    prompts.minutes.selectAll()
    QTest.keyClick(prompts.minutes, Qt.Key.Key_Delete)  # empty: no suggested time
    prompts.own_cards.setCurrentIndex(2)
    prompts.own_cards.activated.emit(2)
    changed = editor.session.pack.prompt(BUILTIN.prompts[2].id)
    assert (changed.min_cards, changed.minutes, changed.own_cards) == (3, None, "off")
    prompts.add_prompt()
    QTest.keyClicks(prompts.question, "How far was the arms race to blame?")
    new = editor.session.pack.prompts[3]
    assert new.id == "how-far-was-the-arms-race" and new.factors == tuple(
        f.id for f in editor.session.pack.factors)
    prompts.two_sided.click()
    assert editor.session.pack.prompts[3].two_sided and not prompts.sides_box.isHidden()


def test_every_control_has_an_accessible_name(editor) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

    missing = []
    for page in (editor.details, editor.factors, editor.evidence, editor.prompts, editor.problems):
        for widget in page.findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox)) \
                    and not isinstance(widget.parent(), (QComboBox, QSpinBox)) and widget.isVisibleTo(page):
                if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
                    missing.append(f"{type(widget).__name__} in {type(page).__name__}")
    assert missing == []


def test_the_id_column_and_ids(editor) -> None:
    model = editor.evidence.model
    index = model.index(0, model.id_column)
    assert index.data() == BUILTIN.cards[0].id and not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert index.data(ID_ROLE) == BUILTIN.cards[0].id
    assert dataclasses.replace(BUILTIN) == editor.session.pack


def test_an_editor_file_changed_by_hand_is_said_after_it_opens(editor, editor_dialog_calls, qtbot, tmp_path) -> None:
    from coexist_gui.core.authoring.files import save_pack

    path = tmp_path / "mine.yaml"
    save_pack(BUILTIN, path)
    assert editor.open_path(path)  # the editor's own file, unchanged: nothing to say
    editor.checker.wait()
    qtbot.wait(10)
    assert "confirm_rewrite" not in editor_dialog_calls.names()
    path.write_text(path.read_text(encoding="utf-8") + "# a note by hand\n", encoding="utf-8")
    editor_dialog_calls.answers["confirm_rewrite"] = True
    assert editor.open_path(path)  # opens at once; the comparison comes with the first check
    editor.checker.wait()
    qtbot.waitUntil(lambda: "confirm_rewrite" in editor_dialog_calls.names(), timeout=3000)
    assert editor.isVisible()


def test_the_built_in_pack_is_saved_as_a_copy(editor, editor_dialog_calls, tmp_path) -> None:
    from coexist_gui.core.pack import builtin_pack_path

    before = builtin_pack_path().read_bytes()
    editor_dialog_calls.answers["confirm_rewrite"] = True
    assert editor.open_path(builtin_pack_path())
    editor.session.apply(lambda p: edits.set_details(p, author="A teacher"), "author")
    editor_dialog_calls.answers["ask_version"] = VersionChoice.KEEP
    editor_dialog_calls.answers["save_pack_file"] = tmp_path / "my-copy.yaml"
    assert editor.save()
    assert "save_pack_file" in editor_dialog_calls.names() and builtin_pack_path().read_bytes() == before
    assert load_pack(tmp_path / "my-copy.yaml").pack.author == "A teacher"


def test_a_number_field_takes_typed_and_stepped_numbers_in_range(qtbot) -> None:
    from coexist_gui.gui.editor.fields import NumberField

    field = NumberField(1, 50, "Cards")
    qtbot.addWidget(field)
    seen: list[int] = []
    field.valueChanged.connect(seen.append)
    field.selectAll()
    QTest.keyClicks(field, "07")
    QTest.keyClick(field, Qt.Key.Key_PageUp)
    field.selectAll()
    QTest.keyClicks(field, "0")  # half-typed (not in range): no value, and the last one comes back on leaving
    field.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    QTest.keyClick(field, Qt.Key.Key_Down)
    field.setValue(99)
    assert seen == [7, 17, 16, 50] and field.text() == "50"
    minutes = NumberField(1, 600, "Minutes", empty=True)
    qtbot.addWidget(minutes)
    QTest.keyClick(minutes, Qt.Key.Key_Up)
    assert minutes.value() == 1 and minutes.text() == "1"
    minutes.setValue(0)
    assert minutes.text() == "" and minutes.value() == 0
