"""Every "%n" string of the window reads as English for one and for many (no "word(s)")."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from coexist_gui.gui.app import install_translations

ROOT = Path(__file__).resolve().parents[2]


def plural_strings() -> list[tuple[str, str]]:
    """(context, source) of every "%n" string of the window, found as scripts/translations.py finds them."""
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = tool
    spec.loader.exec_module(tool)
    return sorted((m.context, m.text) for m in tool.extract_gui().values() if m.plural)


def test_the_window_has_plural_strings() -> None:
    assert len(plural_strings()) >= 10  # the scan finds them (word count, cards sent, checks, ...)


@pytest.mark.parametrize(("context", "source"), plural_strings())
def test_plural_strings_read_as_english(qapp, context: str, source: str) -> None:
    install_translations(qapp)
    one = QCoreApplication.translate(context, source, None, 1)
    many = QCoreApplication.translate(context, source, None, 2)
    assert "(s)" not in one and "(s)" not in many, "run scripts/translations.py update"
    assert one.startswith(source.split("%n")[0].split("%L")[0]) and "1" in one and "2" in many
