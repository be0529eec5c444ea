"""Reading a pack or plan of the largest allowed size never freezes the window."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QTimer

from coexist_gui.core.pack import MAX_PACK_BYTES
from coexist_gui.gui.background import run_off_thread


def big_pack_text(target_bytes: int) -> str:
    lines = ["format: coexist-pack/1", "id: big-pack", "title: Big", "factors:"]
    for f in range(8):
        lines += [f"  - id: f{f}", f"    name: Factor {f}"]
    lines.append("evidence:")
    body = "\n".join(lines)
    cards, n = [], 0
    size = len(body)
    while size < target_bytes - 400:
        card = (f"  - id: c{n}\n    text: \"Card {n}: a fact about the period, long enough to be realistic\"\n"
                f"    factors: [f{n % 8}, f{(n + 1) % 8}]\n    year: {1945 + n % 20}\n")
        cards.append(card)
        size += len(card)
        n += 1
    prompt = "prompts:\n  - id: p\n    question: Why?\n    factors: [f0, f1, f2, f3, f4, f5, f6, f7]\n"
    return body + "\n" + "".join(cards) + prompt


def test_the_window_keeps_running_its_event_loop_while_a_big_pack_loads(window, tmp_path, qtbot):
    path = tmp_path / "big.yaml"
    path.write_text(big_pack_text(MAX_PACK_BYTES - 10_000), encoding="utf-8")
    assert MAX_PACK_BYTES - 20_000 < path.stat().st_size <= MAX_PACK_BYTES
    seen = {"ticks": 0, "disabled": 0}

    def tick() -> None:
        seen["ticks"] += 1
        seen["disabled"] += not window.isEnabled()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    assert window.packs.open_pack(path, install=False)
    timer.stop()
    assert time.perf_counter() - started > 0.05  # slow enough that the worker path was taken
    assert seen["ticks"] > 0 and seen["disabled"] > 0  # the loop ran while the window was disabled
    assert window.isEnabled()
    assert window.session.pack.id == "big-pack"


def test_errors_from_the_worker_reach_the_caller(window):
    def fail() -> None:
        time.sleep(0.1)
        raise ValueError("boom")

    try:
        run_off_thread(window, "working", fail)
    except ValueError as exc:
        assert str(exc) == "boom"
    else:
        raise AssertionError("the worker's exception was swallowed")
    assert window.isEnabled()
    assert run_off_thread(window, "quick", lambda: 42) == 42


def test_thousands_of_errors_are_listed_up_to_a_limit(window, tmp_path, fake_dialogs):
    from coexist_gui.gui.dialogs import LISTED_PROBLEMS

    path = tmp_path / "slip.yaml"
    text = big_pack_text(300_000).replace("factors: [f0, f1]", "factors: [f0, f0]")
    path.write_text(text, encoding="utf-8")
    fake_dialogs.answers["show_error"] = None
    assert not window.packs.open_pack(path, install=False)
    (_title, _message, details), = [args for name, args in fake_dialogs.calls if name == "show_error"]
    assert details.count("error: 'f0' is listed twice") == LISTED_PROBLEMS
    lines = details.splitlines()
    more = int(re.search(r"and ([\d,]+) more problem", details).group(1).replace(",", ""))
    assert lines[-2] == f"  {more:,} × error: '…' is listed twice" and "validate" in lines[-1]


def test_a_pack_with_98000_problems_shows_a_bounded_list_with_counts(window, tmp_path, fake_dialogs):
    """Before: the dialog listed 100 and said how many more, with nothing about what they were."""
    from data.hostile.generators import unknown_factor_references

    path = tmp_path / "unknown-factors.yaml"
    path.write_bytes(unknown_factor_references())
    fake_dialogs.answers["show_error"] = None
    started = time.perf_counter()
    assert not window.packs.open_pack(path, install=False)
    assert time.perf_counter() - started < 5.0
    (_title, _message, details), = [args for name, args in fake_dialogs.calls if name == "show_error"]
    assert details.count(": error: ") == 100 and len(details) < 100_000
    assert re.search(r"and [\d,]+ more problem", details) and " × error: unknown factor" in details
