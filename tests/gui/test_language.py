"""The window in German: every widget, menu and dialog, switching language with the plan open, Qt's own
dialogs, right-to-left packs and the bank's search in any language."""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from coexist_gui.core import i18n
from coexist_gui.core.pack import load_pack
from coexist_gui.gui import dialogs
from coexist_gui.gui.language import Languages, qm_path, window_languages

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "core"))
from english_words import english_words  # noqa: E402

EXAMPLE = ROOT / "docs" / "examples" / "berliner-luftbruecke.yaml"
EXAMPLE_PLAN = ROOT / "docs" / "examples" / "berliner-luftbruecke.plan.yaml"
REAL_DIALOGS = {name: getattr(dialogs, name) for name in dir(dialogs) if name.startswith(("ask_", "show_"))}


def _tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()
GERMAN = tool.read_ts(tool.ts_path("de"))


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


# English sources whose German differs: seeing one of them in the German window means a text was not translated.
SOURCES = {_plain(e.source): e for e in GERMAN.values() if any(_plain(f) != _plain(e.source) for f in e.forms)}
PATTERNS = [(re.compile(re.escape(_plain(e.source)).replace("%n", ".+").replace(r"%1", ".+").replace(r"%2", ".+")
                        .replace(r"%3", ".+").replace(r"%4", ".+")), e)
            for e in SOURCES.values() if "%" in e.source]


@pytest.fixture
def in_german(qapp):
    languages = Languages.of(qapp)
    languages.use("de")
    yield languages
    languages.use("en")


def german_window(window):
    loaded = load_pack(EXAMPLE)
    entry = window.library.add_loaded(EXAMPLE, loaded)
    window.switch_to(entry, entry.pack.prompts[0])
    assert window.files.open_plan(EXAMPLE_PLAN)
    return window


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see or hear in ``root`` and its children, menus and views."""
    found: list[tuple[str, str]] = []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # widgets of the pack shown before

    def add(where: str, text: str | None) -> None:
        if text:
            found.append((where, text))

    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        for prop in ("windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
            add(f"{name}.{prop}", getattr(widget, prop)())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(f"{name}.text", widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(f"{name}.placeholder", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(f"{name}.title", widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name}.item{i}", widget.itemText(i))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name}.tab{i}", widget.tabText(i))
        if isinstance(widget, QMessageBox):
            add(f"{name}.informative", widget.informativeText())
        for action in widget.actions():
            add(f"{name} action", action.text())
            add(f"{name} action tip", action.toolTip())
            menu = action.menu()
            if menu is not None:
                for item in menu.actions():
                    add(f"{name} menu item", item.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 60)):
                index = model.index(row, 0)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    value = index.data(role)
                    add(f"{name} row {row}", value if isinstance(value, str) else None)
            columns = model.columnCount() if not isinstance(model, QAbstractListModel) else 1
            for column in range(columns):
                value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                add(f"{name} header", value if isinstance(value, str) else None)
    return found


def still_english(found: list[tuple[str, str]], content: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The texts that are an English source string of the window, or read as English.

    ``content`` is text from packs, which is in the pack's language whatever the window speaks (the
    built-in pack's title in the pack list): it is left out before looking.
    """
    left = []
    for where, text in found:
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))  # a rich-text tooltip
        for part in content:
            text = text.replace(part, "")
        plain = _plain(text)
        if plain in SOURCES or any(pattern.fullmatch(plain) for pattern, _e in PATTERNS) or english_words(text):
            left.append((where, text))
    return left


def pack_titles(window) -> tuple[str, ...]:
    """Text of the packs the window lists: in each pack's own language."""
    return tuple(text for entry in window.library.entries for text in (entry.pack.description, entry.pack.title)
                 if text)


def test_no_english_is_left_in_the_german_window(window, in_german, fake_dialogs) -> None:
    german_window(window)
    window.evidence.hide_placed.setChecked(False)
    found = texts_of(window)
    assert len(found) > 300
    assert still_english(found, pack_titles(window)) == []
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]


def test_the_window_starts_in_german_from_the_start(qapp, qtbot, monkeypatch, tmp_path) -> None:
    """A language chosen before the window is made (COEXIST_LANG, --lang, the setting) is the one it is built in."""
    from coexist_gui.gui.main_window import MainWindow
    from tests.gui.conftest import forget_changes

    languages = Languages.of(qapp)
    languages.use("de")
    try:
        built = MainWindow()
        qtbot.addWidget(built, before_close_func=forget_changes)  # closed even when an assertion fails
        german_window(built)
        assert still_english(texts_of(built), pack_titles(built)) == []
    finally:
        languages.use("en")


def test_switching_language_keeps_the_plan_and_its_undo_history(window, qtbot, fake_dialogs) -> None:
    german_window(window)
    session = window.session
    first = session.plan.paragraphs[0]
    session.set_point(0, first.point + " Das zeigte die Osterparade.")
    card = next(c.id for c in session.pack.cards if session.plan.paragraph_of(c.id) is None)
    assert session.place_cards([card], 0)
    plan, steps = session.plan, session.undo_stack.count()
    assert steps >= 2
    english_undo = window.menu_actions.undo.text()

    menu = window.menu_actions.language
    menu.actions["de"].trigger()
    assert window.settings.language() == "de" and Languages.of().language == "de" and i18n.language() == "de"
    assert session.plan is plan and session.undo_stack.count() == steps
    assert window.menu_actions.undo.text() != english_undo and window.menu_actions.undo.text().startswith("&Rück")
    commands = [session.undo_stack.command(i).text() for i in range(steps)]
    assert "Kernaussage bearbeiten" in commands
    assert window.menu_actions.check.text() == "Plan &prüfen"
    assert window.score_panel.feedback_list.count() and "Karte" in window.score_panel.feedback_list.item(0).text()
    assert still_english(texts_of(window), pack_titles(window)) == []

    session.undo_stack.undo()  # the history still works, in either language
    assert card not in session.plan.paragraphs[0].cards
    session.undo_stack.redo()
    assert session.plan == plan

    menu.actions["en"].trigger()
    assert window.settings.language() == "en" and i18n.language() == "en"
    assert window.menu_actions.check.text() == "&Check plan"
    assert "Edit point" in [session.undo_stack.command(i).text() for i in range(steps)]
    menu.actions[""].trigger()
    assert window.settings.language() == "" and menu.actions[""].isChecked()


def test_the_language_menu_lists_each_language_in_itself(window) -> None:
    menu = window.menu_actions.language
    names = [a.text() for a in menu.menu.actions() if not a.isSeparator()]
    assert names[0].startswith("System language (") and names[1:] == ["English", "Deutsch"]
    assert window_languages() == ["en", "de"]
    assert menu.actions[""].isChecked()


def test_dialogs_are_german(window, in_german, monkeypatch, fake_dialogs) -> None:
    german_window(window)
    seen: list[QDialog] = []

    def instead_of_exec(dialog: QDialog) -> int:
        seen.append(dialog)
        left = still_english(texts_of(dialog), pack_titles(window))
        assert left == [], left
        return int(QMessageBox.StandardButton.Cancel) if isinstance(dialog, QMessageBox) else 0

    monkeypatch.setattr(QDialog, "exec", instead_of_exec)
    monkeypatch.setattr(QMessageBox, "exec", instead_of_exec)
    pack, prompt = window.session.pack, window.session.prompt
    REAL_DIALOGS["ask_save_changes"](window, "Plan")
    REAL_DIALOGS["ask_restore"](window, "Plan")
    REAL_DIALOGS["ask_keep_recovery"](window)
    REAL_DIALOGS["ask_new_card"](window, pack, prompt)
    REAL_DIALOGS["ask_install_pack"](window, pack.title)
    REAL_DIALOGS["ask_replace_pack"](window, pack.title, "1", "2")
    REAL_DIALOGS["ask_remove_pack"](window, pack.title)
    REAL_DIALOGS["ask_clear_history"](window, 3)
    REAL_DIALOGS["ask_predict_band"](window)
    monkeypatch.setattr(dialogs, "show_text", REAL_DIALOGS["show_text"])  # the real Help pages
    window.menu_actions.show_scoring_help()
    window.menu_actions.show_shortcuts()
    assert len(seen) == 11
    save = next(d for d in seen if isinstance(d, QMessageBox) and d.windowTitle() == "Ungespeicherte Änderungen")
    assert {b.text() for b in save.buttons()} == {"Speichern", "Verwerfen", "Abbrechen"}  # Qt's own, from qtbase_de
    help_page = next(d for d in seen if d.windowTitle() == "So wird bewertet")
    assert "Die Gesamtbewertung" in help_page.findChild(QTextEdit).toPlainText()


def test_side_windows_are_german(window, in_german, fake_dialogs, qtbot) -> None:
    german_window(window)
    window.checks.check_plan()
    window.checks.compare_with_model()
    window.checks.show_progress()
    window.packs.manage()
    for name in ("compare", "progress", "packs"):
        side = window.side_windows.get(name)
        assert side is not None, name
        assert still_english(texts_of(side), pack_titles(window)) == [], name
    progress = window.side_windows.get("progress")
    qtbot.waitUntil(lambda: bool(progress.summary.text()))  # the history is read on its own thread
    assert still_english(texts_of(progress), pack_titles(window)) == []
    assert re.match(r"Letzte Prüfung, \d\d\.\d\d\.\d\d \d\d:\d\d: \d+/100 \(Stufe \d\)", progress.summary.text())


def test_qt_standard_dialogs_speak_german(in_german) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QCoreApplication.translate("QFileDialog", "&Open") == "&Öffnen"
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Strg"


def test_the_compiled_catalogue_says_what_the_ts_says() -> None:
    """The .qm next to each .ts is compiled from it (pyside6-lrelease): every translation comes back."""
    for language in tool.ts_languages():
        compiled = QTranslator()
        assert compiled.load(str(qm_path(language))), language
        for entry in tool.read_ts(tool.ts_path(language)).values():
            if entry.numerus:
                for n, form in ((1, entry.forms[0]), (2, entry.forms[-1])):
                    got = compiled.translate(entry.context, entry.source, entry.comment or None, n)
                    assert got == form, (language, entry.source)
            else:
                assert compiled.translate(entry.context, entry.source, entry.comment or None) == entry.forms[0]


def test_german_numbers_in_the_window(window, in_german) -> None:
    from PySide6.QtCore import QLocale

    from coexist_gui.gui.language import formatting_locale

    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert formatting_locale("de", QLocale("en_US")).toString(1234.5, "f", 1) == "1.234,5"
    assert formatting_locale("de", QLocale("de_CH")).toString(1234.5, "f", 1) == "1'234.5"  # the Swiss write it so
    assert formatting_locale("en", QLocale("de_DE")).toString(1234.5, "f", 1) == "1,234.5"


def test_a_right_to_left_pack_lays_out_its_text_right_to_left(window, tmp_path) -> None:
    from dataclasses import replace

    loaded = load_pack(EXAMPLE)
    arabic = loaded._replace(pack=replace(loaded.pack, id="arabic", language="ar"))
    entry = window.library.add_loaded(tmp_path / "arabic.yaml", arabic)
    window.switch_to(entry, entry.pack.prompts[0])
    rtl = Qt.LayoutDirection.RightToLeft
    assert window.evidence.view.layoutDirection() == rtl and window.board.layoutDirection() == rtl
    assert window.prompt_bar.question.layoutDirection() == rtl
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.LeftToRight  # the window's own words
    german_window(window)
    assert window.board.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("typed", ["chruschtschow", "CHRUSCHTSCHOW", "Chruschtschow"])
def test_the_bank_search_ignores_case_and_accents(window, tmp_path, typed: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "Am 12. Mai 1949 hob die Sowjetunion", "Am 12. Mai 1949 hob die Sowjetunion unter Chruschtschows Vorgänger")
    path = tmp_path / "khrushchev.yaml"
    path.write_text(text, encoding="utf-8")
    entry = window.library.add_loaded(path, load_pack(path))
    window.switch_to(entry, entry.pack.prompts[0])
    window.evidence.search.setText(typed)
    assert window.evidence.proxy.rowCount() == 1


def test_an_umlaut_typed_either_way_finds_both(window) -> None:
    german_window(window)
    proxy = window.evidence.proxy
    composed = "Währung"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    window.evidence.search.setText(composed)
    found = proxy.rowCount()
    window.evidence.search.setText(decomposed)
    assert proxy.rowCount() == found > 0
    window.evidence.search.setText("wahrung")
    assert proxy.rowCount() == found


def pack_texts(pack) -> tuple[str, ...]:
    """Everything a pack says in its own language (cards, factors, questions, model plans, side names)."""
    texts = [pack.title, pack.description, pack.author]
    texts += [t for f in pack.factors for t in (f.name, f.description, f.hint)]
    texts += [t for c in pack.cards for t in (c.text, c.detail)]
    for prompt in pack.prompts:
        texts += [prompt.question, *(s.name for s in prompt.sides)]
        if prompt.exemplar is not None:
            texts += [p.point for p in prompt.exemplar.paragraphs] + [prompt.exemplar.judgement.text]
    return tuple(sorted((t for t in texts if t), key=len, reverse=True))  # the longest first: parts of others go later


def test_the_pack_editor_is_german(window, in_german, qtbot, fake_dialogs) -> None:
    from coexist_gui.gui.editor.details_page import LANGUAGES
    from coexist_gui.gui.editor.window import PackEditorWindow

    pack = load_pack(EXAMPLE).pack
    editor = PackEditorWindow(pack, EXAMPLE)
    qtbot.addWidget(editor, before_close_func=lambda e: e.session.undo_stack.setClean())
    editor.show()
    editor.checker.wait()
    content = pack_texts(pack)
    seen = 0
    for tab in range(editor.tabs.count()):
        editor.show_tab(tab)
        for page in (editor.factors, editor.prompts):  # each factor and question, as the teacher clicks through
            for row in range(page.model.rowCount()):
                page.list.setCurrentIndex(page.model.index(row, 0))
                found = [(where, text) for where, text in texts_of(editor) if text not in LANGUAGES]  # "it", "de"
                seen += len(found)
                assert still_english(found, content) == [], (tab, row)
    assert seen > 1000
    assert [a.text() for a in editor.menuBar().actions()] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert editor.tabs.tabText(2) == "Be&lege (24)" and "Paketeditor" in editor.windowTitle()


def test_the_class_report_window_is_german(window, in_german, qtbot, fake_dialogs, tmp_path) -> None:
    german_window(window)
    folder = tmp_path / "Klasse 9b"
    folder.mkdir()
    plan = EXAMPLE_PLAN.read_text(encoding="utf-8")
    for number, name in enumerate(("Lena Schmidt", "Jonas Weber", "Aylin Yılmaz")):
        (folder / f"{number}.plan.yaml").write_text(plan.replace("author: ", f"author: {name}\n# ", 1),
                                                   encoding="utf-8")
    (folder / "kaputt.plan.yaml").write_text("format: coexist-plan/1\n: :\n", encoding="utf-8")
    report = window.teaching.class_report()
    report.load_folder(folder)
    report.wait()
    assert report.model.rowCount() == 3
    content = tuple(sorted(pack_texts(load_pack(EXAMPLE).pack) + pack_titles(window)
                           + ("Lena Schmidt", "Jonas Weber", "Aylin Yılmaz"), key=len, reverse=True))
    for tab in range(report.tabs.count()):
        report.tabs.setCurrentIndex(tab)
        assert still_english(texts_of(report), content) == [], tab
    assert report.count_label.text() == "3 Pläne"
    reader = report.open_row(report.proxy.index(0, 0))
    assert reader is not None
    assert still_english(texts_of(reader), content) == []
    for view in (reader.plan_view, reader.model_view):
        text = view.toPlainText()
        for part in content:
            text = text.replace(part, "")
        assert "Kernaussage" in text and english_words(text) == []


def test_the_pack_editors_dialogs_and_trial_are_german(window, in_german, qtbot, monkeypatch, fake_dialogs) -> None:
    from coexist_gui.core.authoring import edits
    from coexist_gui.core.authoring.spreadsheet import read_table
    from coexist_gui.gui.editor import dialogs as editor_dialogs
    from coexist_gui.gui.editor.window import PackEditorWindow

    pack = load_pack(EXAMPLE).pack
    content = pack_texts(pack)
    editor = PackEditorWindow(pack, EXAMPLE)
    qtbot.addWidget(editor, before_close_func=lambda e: e.session.undo_stack.setClean())
    editor.show()
    editor.session.apply(lambda p: edits.edit_card(p, p.cards[0].id, text=""), "leer")  # a problem to list
    editor.checker.wait()
    assert editor.problems.model.rowCount() == 1
    # a problem's place quotes the file's own key names, which are English in every language (README, "Languages")
    places = re.compile(r"\bbei [a-z_]+ #\d+ '[^']*'( → [a-z_]+)?")
    problems = [(where, places.sub("", html.unescape(text))) for where, text in texts_of(editor.problems)]
    assert still_english(problems, content) == []
    seen: list[QDialog] = []

    def instead_of_exec(dialog: QDialog) -> int:
        seen.append(dialog)
        assert still_english(texts_of(dialog), content) == [], dialog.windowTitle()
        return 0

    monkeypatch.setattr(QDialog, "exec", instead_of_exec)
    monkeypatch.setattr(QMessageBox, "exec", instead_of_exec)
    editor_dialogs.confirm_open_with_errors(editor, "x.yaml", [])
    editor_dialogs.confirm_rewrite(editor, "x.yaml")
    editor_dialogs.ask_version(editor, "1", "2")
    editor_dialogs.confirm_remove_factor(editor, pack.factors[0].name, "")
    editor_dialogs.confirm_remove_cards(editor, 2, "")
    editor_dialogs.confirm_remove_prompt(editor, pack.prompts[0].question)
    editor_dialogs.confirm_unlock_id(editor, "")
    editor_dialogs.ask_restore_pack(editor, "")
    rows = "text\tfactors\tyear\nEine neue Karte über die Währungsreform.\tWährung\t1948\n=SUMME(A1)\t\tneunzehn\n"
    editor_dialogs.preview_cards(editor, pack, read_table(rows.encode(), "Zwischenablage", header=None),
                                 "der Zwischenablage", True)
    assert len(seen) == 9
    for prompt in pack.prompts:
        trial = editor.try_prompt(prompt.id)
        assert trial is not None
        qtbot.addWidget(trial, before_close_func=lambda t: t.session.undo_stack.setClean())
        assert still_english(texts_of(trial), content) == [], prompt.id


def test_the_teacher_windows_follow_a_change_of_language(window, qtbot, fake_dialogs, tmp_path) -> None:
    """Open in English, then View ▸ Language ▸ Deutsch in the planning window: the editor (its check, summary,
    notes and counts), a trial window and the class report (table, charts, the plan being read) follow."""
    from coexist_gui.gui.editor.window import PackEditorWindow

    german_window(window)
    pack = load_pack(EXAMPLE).pack
    editor = PackEditorWindow(pack, EXAMPLE)
    qtbot.addWidget(editor, before_close_func=lambda e: e.session.undo_stack.setClean())
    editor.show()
    editor.checker.wait()
    trial = editor.try_prompt(pack.prompts[1].id)
    assert trial is not None
    qtbot.addWidget(trial, before_close_func=lambda t: t.session.undo_stack.setClean())
    folder = tmp_path / "Klasse"
    folder.mkdir()
    (folder / "lena.plan.yaml").write_text(EXAMPLE_PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    report = window.teaching.class_report()
    report.load_folder(folder)
    report.wait()
    reader = report.open_row(report.proxy.index(0, 0))
    assert editor.problems.status.text() == "No problems: ready to install."
    assert "Summary of pack" in editor.problems.summary.toPlainText()

    window.menu_actions.language.actions["de"].trigger()
    editor.checker.wait()
    content = tuple(sorted(pack_texts(pack) + pack_titles(window), key=len, reverse=True))
    assert editor.problems.status.text() == "Keine Probleme: bereit zum Installieren."
    assert editor.problems.summary.toPlainText().startswith("Übersicht über Paket 'berliner-luftbruecke'")
    for tab in range(editor.tabs.count()):
        editor.show_tab(tab)
        assert still_english([(w, t) for w, t in texts_of(editor) if len(t) > 2], content) == [], tab  # "it"
    for tab in range(report.tabs.count()):
        report.tabs.setCurrentIndex(tab)
        assert still_english(texts_of(report), content) == [], tab
    for side in (trial, reader):
        assert still_english(texts_of(side), content) == []
    assert "Kernaussage" in reader.plan_view.toPlainText()

    window.menu_actions.language.actions["en"].trigger()
    editor.checker.wait()
    assert editor.problems.status.text() == "No problems: ready to install."
    assert report.band_filter.itemText(1).startswith("Band 1 · ")
