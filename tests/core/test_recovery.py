"""Autosave notes (core/recovery.py): whatever is in the note, recovery gets a path or None and a real time."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

from coexist_gui.core.clock import LATEST_TIME, is_real_time, time_text
from coexist_gui.core.recovery import read_autosave_note


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "k.plan.yaml"
    path.write_text("format: coexist-plan/1\n", encoding="utf-8")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    return path


def test_a_sound_note(plan_file: Path) -> None:
    note = plan_file.with_name("k.json")
    note.write_text(json.dumps({"original": "/home/s/essay.plan.yaml", "saved_at": 1_733_000_000.5}))
    found = read_autosave_note(note, plan_file)
    assert (found.original, found.saved_at, found.problem) == (Path("/home/s/essay.plan.yaml"), 1_733_000_000.5, "")


def test_a_missing_note_is_no_problem(plan_file: Path) -> None:
    """The window writes the plan first: a crash in between leaves a plan without its note."""
    found = read_autosave_note(plan_file.with_name("k.json"), plan_file)
    assert (found.original, found.saved_at, found.problem) == (None, 1_700_000_000.0, "")


@pytest.mark.parametrize(("text", "what"), [
    ('{"original": null, "saved_at": 1e400}', "'saved_at' is not a time"),  # JSON's infinity
    ('{"original": null, "saved_at": 1e300}', "'saved_at' is not a time"),
    ('{"original": null, "saved_at": -5}', "'saved_at' is not a time"),
    ('{"original": null, "saved_at": NaN}', "'saved_at' is not a time"),
    ('{"original": null, "saved_at": "today"}', "'saved_at' is not a time"),
    ('{"original": null, "saved_at": true}', "'saved_at' is not a time"),
    ('{"original": 7, "saved_at": 1733000000}', "'original' is not a file path"),
    ('{"original": ["a"], "saved_at": 1733000000}', "'original' is not a file path"),
    ('{"original": "", "saved_at": 1733000000}', "'original' is not a file path"),
    ('{"original": "a\\u0000b", "saved_at": 1733000000}', "'original' is not a file path"),
    ('[1, 2]', "not a JSON object"),
    ('{"original": ', "not JSON"),
    ("[" * 60_000, "not JSON"),  # deeper than Python's recursion limit
])
def test_a_damaged_note_gives_safe_values_and_says_why(plan_file: Path, text: str, what: str) -> None:
    """Before: saved_at 1e400 made the recovery offer raise on every start, and the note was never cleaned up."""
    note = plan_file.with_name("k.json")
    note.write_text(text, encoding="utf-8")
    found = read_autosave_note(note, plan_file)
    assert is_real_time(found.saved_at) and time_text(found.saved_at)
    assert found.original is None or found.original == Path("/home/s")
    assert what in found.problem and found.problem.startswith(str(note))


@pytest.mark.skipif(sys.platform.startswith("win"), reason="FIFOs are POSIX")
def test_a_note_that_is_not_a_file(plan_file: Path) -> None:
    note = plan_file.with_name("k.json")
    os.mkfifo(note)
    start = time.perf_counter()
    found = read_autosave_note(note, plan_file)
    assert time.perf_counter() - start < 0.5
    assert found.problem == f"{note}: not a regular file: a pipe (FIFO)" and found.original is None


def test_a_huge_note_is_not_read(plan_file: Path) -> None:
    note = plan_file.with_name("k.json")
    with open(note, "wb") as handle:
        handle.truncate(1 << 30)
    found = read_autosave_note(note, plan_file)
    assert "file is 1.0 GiB; the limit for an autosave note is 64 KiB" in found.problem


def test_time_text_never_raises() -> None:
    assert time_text(1_700_000_000, "%Y") == "2023"
    assert time_text(1e300) == "" and time_text(float("inf")) == ""
    assert is_real_time(LATEST_TIME) and not is_real_time(LATEST_TIME + 1) and not is_real_time(True)
