"""docs/architecture.md lists every module of the package, and only modules that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_module_map_matches_the_tree() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text[text.index("## Module map"):]
    listed = set(re.findall(r"^\| `([\w/]+\.py)` \|", table, re.MULTILINE))
    package = ROOT / "coexist_gui"
    modules = {str(path.relative_to(package)) for path in package.rglob("*.py") if path.name != "__init__.py"}
    assert sorted(modules - listed) == []  # every module has a line: a newcomer finds every room
    assert sorted(listed - modules) == []  # and no line names a module that is gone
