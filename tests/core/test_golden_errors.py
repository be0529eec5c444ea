"""Golden tests for the messages a teacher sees from ``coexist-gui validate``.

Each ``tests/data/broken/NAME.yaml`` is a realistic mistake; ``NAME.expected`` is the
whole of validate's stderr for it: every problem rendered (file:line:col, the place in
pack terms, the offending line with a caret, a hint), errors all at once, warnings apart.
Regenerate after a deliberate message change with::

    COEXIST_UPDATE_GOLDEN=1 python -m pytest tests/core/test_golden_errors.py

and read the diff before committing it: these texts are the product.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coexist_gui import cli

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"
UPDATE = os.environ.get("COEXIST_UPDATE_GOLDEN") == "1"
CASES = sorted(p.name for p in BROKEN.glob("*.yaml"))


def test_there_are_enough_cases_and_each_has_a_golden() -> None:
    assert len(CASES) >= 15
    if not UPDATE:
        assert sorted(p.stem for p in BROKEN.glob("*.expected")) == sorted(Path(c).stem for c in CASES)


@pytest.mark.parametrize("name", CASES)
def test_validate_messages(name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(BROKEN)  # paths in the messages are as the teacher typed them
    code = cli.main(["validate", name])
    out, err = capsys.readouterr()
    golden = BROKEN / (Path(name).stem + ".expected")
    if UPDATE:
        golden.write_text(err, encoding="utf-8")
    assert err == golden.read_text(encoding="utf-8")
    errors = err.count(": error: ")
    warnings = err.count(": warning: ")
    if errors:
        assert code == 2 and out == ""
        counts = f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
        assert err.endswith(f"{name}: {counts}: not a valid pack\n")
    else:
        assert code == 0 and warnings
        assert out.startswith(f"{name}: OK: pack ") and out.rstrip().endswith(f"{warnings} warning"
                                                                               + ("s" if warnings != 1 else ""))


@pytest.mark.parametrize("name", CASES)
def test_every_problem_is_complete(name: str, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Each problem has a position inside the file, the offending line with a caret and, for schema errors, a place."""
    monkeypatch.chdir(BROKEN)
    cli.main(["validate", name])
    blocks = [b for b in capsys.readouterr().err.split(name + ":") if b.strip()]
    lines = (BROKEN / name).read_bytes().splitlines()
    for block in blocks[:-1]:  # the last one is the summary
        head, *rest = block.splitlines()
        line = int(head.split(":")[0])
        assert 1 <= line <= len(lines)
        assert any(r.strip().startswith(f"{line} |") for r in rest), block
        assert any(r.strip().startswith("|") and r.rstrip().endswith("^") for r in rest), block
        if "YAML syntax" not in head and "appears twice" not in head:
            assert any(r.startswith("  in ") for r in rest), block
