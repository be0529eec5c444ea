"""Every "%n" string of the window reads as English for one and for many (no "word(s)")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from coexist_gui.gui.app import install_translations

GUI = Path(__file__).resolve().parents[2] / "coexist_gui" / "gui"


def plural_strings() -> list[tuple[str, str]]:
    """(context, source) of every tr()/translate() call with a "%n" text, read from the source files."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {id(node): node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            context = classes.get(id(cls), "")
            for call in ast.walk(cls):
                if not isinstance(call, ast.Call) or not call.args:
                    continue
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                texts = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if name == "tr" and context and texts and "%n" in texts[0]:
                    found.append((context, texts[0]))
                elif name == "translate" and len(texts) >= 2 and "%n" in texts[1]:
                    found.append((texts[0], texts[1]))
    return sorted(set(found))


def test_the_window_has_plural_strings() -> None:
    assert len(plural_strings()) >= 10  # the scan finds them (word count, cards sent, checks, ...)


@pytest.mark.parametrize(("context", "source"), plural_strings())
def test_plural_strings_read_as_english(qapp, context: str, source: str) -> None:
    install_translations(qapp)
    one = QCoreApplication.translate(context, source, None, 1)
    many = QCoreApplication.translate(context, source, None, 2)
    assert "(s)" not in one and "(s)" not in many, "run scripts/english_plurals.py"
    assert one.startswith(source.split("%n")[0]) and "1" in one and "2" in many
