"""The shipped catalogues are in step with the code: every source string translated, no entry the code lost.

The extraction is scripts/translations.py's (an AST walk, well under a second), the same the
maintainers run with ``python scripts/translations.py update``.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def core_messages():
    return tool.extract_core()


def test_extraction_finds_the_core_and_the_command_line(core_messages) -> None:
    texts = {key[1] for key in core_messages}
    assert len(core_messages) > 400
    assert "Your plan has no evidence yet: drag cards from the evidence bank into the paragraphs, one paragraph " \
           "per factor." in texts  # feedback
    assert "unknown key '{key}'" in texts and "vertical tab" in texts  # the validator and the YAML reader (N_)
    assert "usage: " in texts and "show this help message and exit" in texts  # argparse's own words
    assert ("name of this language", "English", "") in core_messages  # a catalogue object's pgettext
    plural = core_messages[("", "{count} card", "")]
    assert plural.plural == "{count} cards"
    assert all(key[1] for key in core_messages)


@pytest.mark.parametrize("language", tool.po_languages())
def test_every_catalogue_is_complete_and_compiled(core_messages, language: str) -> None:
    assert tool.po_problems(language, core_messages) == []


def test_there_is_a_german_catalogue() -> None:
    assert "de" in tool.po_languages()
    assert tool.read_po(tool.po_path("de")).header["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


@pytest.fixture
def scratch_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the German catalogue the test may change; the tool reads and writes it instead."""
    locale = tmp_path / "locale"
    shutil.copytree(tool.LOCALE / "de", locale / "de")
    monkeypatch.setattr(tool, "LOCALE", locale)
    return locale


def test_the_check_finds_what_is_out_of_step(core_messages, scratch_locale: Path) -> None:
    messages = dict(core_messages)
    new = tool.Message("", "A sentence the code has just gained", files=["coexist_gui/core/x.py"])
    messages[new.key] = new
    gone = next(key for key in messages if key[1] == "Range")
    del messages[gone]
    problems = tool.po_problems("de", messages)
    assert any("A sentence the code has just gained" in p and "not in the catalogue" in p for p in problems)
    assert any("'Range'" in p and "no longer in the code" in p for p in problems)
    assert len(problems) == 2

    po = tool.po_path("de")
    text = po.read_text(encoding="utf-8")
    assert 'msgid "Range"\nmsgstr "Breite"' in text
    po.write_text(text.replace('msgid "Range"\nmsgstr "Breite"', 'msgid "Range"\nmsgstr "Breite {wrong}"'),
                  encoding="utf-8")
    problems = tool.po_problems("de", core_messages)
    assert any("'Range'" in p and "fields ['wrong']" in p for p in problems)
    assert any("not compiled" in p for p in problems)


def test_update_keeps_translations_adds_and_drops(core_messages, scratch_locale: Path) -> None:
    messages = dict(core_messages)
    new = tool.Message("", "Freshly added {thing}", files=["coexist_gui/core/x.py"])
    messages[new.key] = new
    del messages[("", "Range", "")]
    path = tool.po_path("de")
    tool.write_po(path, "de", messages, tool.read_po(path))
    po = tool.read_po(path)
    assert ("", "Range", "") not in po.entries
    assert po.entries[new.key].msgstr == [""] and not po.entries[new.key].translated
    assert po.entries[("", "Selection", "")].msgstr == ["Auswahl"]
    assert len(po.entries) == len(messages)


def test_the_compiled_catalogue_is_what_gettext_reads(tmp_path: Path) -> None:
    import gettext

    po = tool.read_po(tool.po_path("de"))
    target = tmp_path / "de" / "LC_MESSAGES" / "coexist.mo"
    target.parent.mkdir(parents=True)
    target.write_bytes(tool.compile_mo(po))
    found = gettext.translation("coexist", tmp_path, languages=["de"])
    assert found.gettext("Range") == "Breite"
    assert found.ngettext("{count} card", "{count} cards", 1) == "{count} Karte"
    assert found.pgettext("severity of a problem in a file", "warning") == "Warnung"
    assert found.gettext("no such message") == "no such message"


@pytest.fixture(scope="module")
def window_messages():
    return tool.extract_gui()


def test_extraction_finds_the_window(window_messages) -> None:
    assert len(window_messages) > 300
    assert ("WindowActions", "&Check plan", "") in window_messages  # self.tr(), and tr = self.tr
    assert ("dialogs", "Unsaved changes", "") in window_messages  # a module's tr() helper
    assert ("factor_combo", "unknown factor (%1)", "") in window_messages  # QCoreApplication.translate
    assert window_messages[("Session", "Move %n card(s)", "")].plural  # a "%n" string has plural forms
    assert ("PromptBar", " vs ", "between the names of a question's two sides") in window_messages


@pytest.mark.parametrize("language", tool.ts_languages())
def test_every_window_catalogue_is_complete(window_messages, language: str) -> None:
    assert tool.ts_problems(language, window_messages) == []


def test_english_is_a_catalogue_of_plural_forms_only(window_messages) -> None:
    entries = tool.read_ts(tool.ts_path("en"))
    assert entries and all(e.numerus for e in entries.values())
    assert entries[("Session", "Move %n card(s)", "")].forms == ["Move %n card", "Move %n cards"]


def test_the_window_check_finds_what_is_out_of_step(window_messages, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(tool.QT_CATALOGUES, tmp_path / "i18n")
    monkeypatch.setattr(tool, "QT_CATALOGUES", tmp_path / "i18n")
    messages = dict(window_messages)
    messages[("PlanBoard", "A label just added", "")] = tool.Message("PlanBoard", "A label just added")
    del messages[("WindowActions", "&Check plan", "")]
    problems = tool.ts_problems("de", messages)
    assert len(problems) == 2
    assert "not in the catalogue" in problems[0] and "no longer in the code" in problems[1]


def test_extraction_refuses_what_would_not_translate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mistakes that leave a text English at run time, found before they ship."""
    gui = tmp_path / "coexist_gui" / "gui"
    gui.mkdir(parents=True)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    cases = {
        "other.py": "class A:\n    def f(self, combo):\n        return combo.tr('x')\n",
        "variable.py": "class A:\n    def f(self, text):\n        return self.tr(text)\n",
        "inherited.py": "class A:\n    def f(self):\n        return self.tr('x')\n\n\nclass B(A):\n    pass\n",
    }
    for name, source in cases.items():
        path = gui / name
        path.write_text(source, encoding="utf-8")
        with pytest.raises(tool.ExtractionError):
            tool.extract_gui([path])
