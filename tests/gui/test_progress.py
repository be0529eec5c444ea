"""Attempt history from the window: a row per check, the Progress window, CSV, clearing, a corrupt database."""

from __future__ import annotations

import csv
import io
import time

from PySide6.QtGui import QColor

from coexist_gui.core import history
from coexist_gui.core.history import DB_NAME
from coexist_gui.gui.dialogs import ask_predict_band as REAL_ASK_PREDICT_BAND  # before the fixture patches it
from coexist_gui.gui.widgets.line_chart import LineChart
from coexist_gui.gui.windows.progress import SCORE_SERIES, ProgressDialog


def recorded(window) -> list:
    """The attempts in the history, read on its own thread after every call asked before."""
    return window.checks.attempt_log.submit(lambda history: history.attempts()).result(timeout=10)


def progress(window, qtbot) -> ProgressDialog:
    """The Progress window once it has read the history (it reads off the GUI thread)."""
    dialog = window.checks.show_progress()
    qtbot.waitUntil(lambda: not dialog.busy)
    return dialog


def checks(window, fake_dialogs, predictions: list[int | None]) -> None:
    """One check per prediction, adding the next model-plan paragraph's cards before each (exam mode)."""
    window.menu_actions.exam.trigger()
    exemplar = window.session.prompt.exemplar
    for index, predicted in enumerate(predictions):
        paragraph = exemplar.paragraphs[index % len(exemplar.paragraphs)]
        window.session.place_cards(list(paragraph.cards), index % len(exemplar.paragraphs))
        fake_dialogs.answers["ask_predict_band"] = predicted
        window.checks.check_plan()


def test_each_check_records_an_attempt_with_scores_and_prediction(window, fake_dialogs):
    checks(window, fake_dialogs, [3, None])
    attempts = recorded(window)
    assert len(attempts) == 2
    last = attempts[-1]
    score = window.session.score
    assert (last.pack, last.prompt, last.question) == (window.session.pack.id, window.session.prompt.id,
                                                       window.session.prompt.question)
    assert (last.overall, last.band, last.breadth, last.balance, last.selection, last.analysis, last.judgement) == (
        score.overall, score.band, score.breadth, score.balance, score.selection, score.analysis, score.judgement)
    assert [a.predicted_band for a in attempts] == [3, None]
    assert last.covered == tuple(f.id for f in score.factors if f.counted)
    assert fake_dialogs.names() == ["ask_predict_band", "ask_predict_band"]


def test_no_prediction_is_asked_while_the_score_is_visible(window, fake_dialogs):
    window.checks.check_plan()
    assert fake_dialogs.names() == []
    assert recorded(window)[0].predicted_band is None


def test_progress_window_draws_the_checks(window, fake_dialogs, qtbot):
    checks(window, fake_dialogs, [2, 3, 4])
    dialog = progress(window, qtbot)
    assert isinstance(dialog, ProgressDialog)
    qtbot.waitExposed(dialog)
    chart: LineChart = dialog.chart
    assert chart.count() == 3
    attempts = recorded(window)
    assert [s.values for s in chart.series] == [tuple(float(getattr(a, attr)) for a in attempts)
                                                 for attr, _c, _s in SCORE_SERIES]
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()

    def near(colour: QColor, wanted: str) -> bool:
        target = QColor(wanted)
        return max(abs(colour.red() - target.red()), abs(colour.green() - target.green()),
                   abs(colour.blue() - target.blue())) < 40

    painted = 0
    for series in chart.series:
        for point in chart.point_positions()[series.name]:
            if near(image.pixelColor(int(point.x() * ratio), int(point.y() * ratio)), series.colour):
                painted += 1
    assert painted >= 7  # 9 markers; where two series share a value the later one is on top
    overall = chart.point_positions()[chart.series[0].name]
    assert overall[0].x() < overall[1].x() < overall[2].x()
    assert overall[0].y() > overall[2].y()  # the score went up, so the line goes up
    background = image.pixelColor(int(chart.plot_rect().right() * ratio) - 2, int(chart.plot_rect().top() * ratio) + 4)
    assert not any(near(background, s.colour) for s in chart.series)

    assert dialog.calibration.isVisibleTo(dialog) and dialog.calibration.count() == 3
    assert [s.values for s in dialog.calibration.series][0] == (2.0, 3.0, 4.0)
    assert "predictions" in dialog.calibration_text.text()
    rows = dialog.missed_rows()
    assert rows and rows[0][1].endswith("of 3 checks")
    names = {f.name for f in window.session.score.factors}
    assert all(name in names for name, _count in rows)


def test_empty_history_says_how_to_fill_it(window, qtbot):
    dialog = progress(window, qtbot)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.chart.isVisibleTo(dialog)
    assert not dialog.export_button.isEnabled() and not dialog.clear_button.isEnabled()
    assert dialog.chart.grab().toImage().width() > 0


def test_csv_export(window, fake_dialogs, tmp_path, qtbot):
    checks(window, fake_dialogs, [4, None])
    dialog = progress(window, qtbot)
    target = tmp_path / "out" / "progress"
    target.parent.mkdir()
    fake_dialogs.answers["save_file"] = target
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    written = target.with_name("progress.csv")
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][0] == "checked_at" and len(rows) == 3
    assert rows[1][rows[0].index("predicted_band")] == "4"
    assert rows[2][rows[0].index("overall")] == str(window.session.score.overall)
    assert not list(tmp_path.joinpath("out").glob(".coexist-*"))  # atomic write left no temp file


def test_clear_history_asks_first(window, fake_dialogs, qtbot):
    checks(window, fake_dialogs, [None, None])
    dialog = progress(window, qtbot)
    fake_dialogs.answers["ask_clear_history"] = False
    dialog.clear_button.click()
    assert len(recorded(window)) == 2
    fake_dialogs.answers["ask_clear_history"] = True
    dialog.clear_button.click()
    qtbot.waitUntil(lambda: dialog.empty.isVisibleTo(dialog))
    assert recorded(window) == []
    assert dialog.empty.isVisibleTo(dialog)
    assert ("ask_clear_history", (2,)) in fake_dialogs.calls


def test_a_corrupt_history_is_moved_aside_with_a_message(start_window, qtbot, coexist_home, fake_dialogs):
    db = coexist_home / "data" / DB_NAME
    db.parent.mkdir(parents=True)
    garbage = b"\x00garbage, not SQLite\xff" * 300
    db.write_bytes(garbage)
    fake_dialogs.answers["show_info"] = None
    window = start_window()
    qtbot.waitUntil(lambda: "show_info" in fake_dialogs.names())
    title, message = fake_dialogs.calls[0][1]
    moved = list(db.parent.glob(DB_NAME + ".corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == garbage
    assert str(moved[0]) in message and "damaged" in message
    window.checks.check_plan()  # the fresh history records again
    assert len(recorded(window)) == 1
    assert fake_dialogs.names() == ["show_info"]


def test_the_real_prediction_dialog_returns_the_band_or_none_on_skip(qtbot, qapp):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    def press(prefix: str) -> None:
        dialog = QApplication.activeModalWidget()
        button = next(b for b in dialog.findChildren(QPushButton) if b.text().startswith(prefix))
        assert button.accessibleName()
        button.click()

    for prefix, expected in (("Band 4", 4), ("Skip", None)):
        QTimer.singleShot(50, lambda p=prefix: press(p))
        assert REAL_ASK_PREDICT_BAND(None) == expected


def _lock(db, how: str):
    import subprocess
    import sys

    script = (f"import sqlite3, sys\nc = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
              f"c.executescript({how!r})\nprint('locked', flush=True)\nsys.stdin.read()\n")
    locker = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert locker.stdout.readline() == b"locked\n"
    return locker


def _unlock(locker) -> None:
    locker.stdin.close()
    locker.wait(timeout=30)
    locker.stdout.close()


def test_a_history_another_program_keeps_locked_never_freezes_the_window(start_window, qtbot, coexist_home,
                                                                         fake_dialogs):
    """Before: opening the history and each Check waited for the lock on the GUI thread (5 s, then 0.25 s),
    and the Progress window raised on a database it could not read. Now the waits happen on the history's
    own thread and the windows say why."""
    from heartbeat import Heartbeat

    from coexist_gui.core.history import History

    db = coexist_home / "data" / DB_NAME
    History(db).close()
    locker = _lock(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; DELETE FROM attempts; COMMIT; "
                       "BEGIN EXCLUSIVE;")  # a program that keeps the file to itself
    try:
        fake_dialogs.answers["show_info"] = None
        with Heartbeat() as beat:
            window = start_window()
            qtbot.waitUntil(lambda: "show_info" in fake_dialogs.names(), timeout=10_000)
            window.checks.check_plan()
            dialog = window.checks.show_progress()
            qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert beat.longest_ms < 1000, beat.longest_ms  # building the window itself takes a few hundred ms
        (_title, message), = [args for name, args in fake_dialogs.calls if name == "show_info"]
        assert "in use by another program" in message
        assert dialog.empty.isVisibleTo(dialog) and "cannot be read just now" in dialog.empty.text()
        assert "in use by another program" in dialog.empty.text()
        assert not dialog.export_button.isEnabled() and not dialog.clear_button.isEnabled()
    finally:
        _unlock(locker)


def test_a_check_while_another_program_writes_never_freezes_the_window(window, fake_dialogs, qtbot, coexist_home):
    from heartbeat import BUDGET_MS, Heartbeat

    assert recorded(window) == []  # the history exists and is open
    locker = _lock(coexist_home / "data" / DB_NAME, "BEGIN EXCLUSIVE;")  # another Coexist in the middle of a write
    try:
        fake_dialogs.answers["show_info"] = None
        with Heartbeat() as beat:
            started = time.perf_counter()
            window.checks.check_plan()
            checking = time.perf_counter() - started
            qtbot.waitUntil(lambda: "show_info" in fake_dialogs.names(), timeout=10_000)
        assert checking < history.BUSY_TIMEOUT_S, checking  # before: the Check waited for the lock itself
        assert beat.longest_ms < BUDGET_MS, beat.longest_ms
        (_title, message), = [args for name, args in fake_dialogs.calls if name == "show_info"]
        assert "could not be added" in message and "locked" in message
    finally:
        _unlock(locker)
    window.checks.check_plan()  # free again: recorded
    assert len(recorded(window)) == 1


def test_damaged_rows_are_left_out_and_counted(window, fake_dialogs, qtbot, coexist_home):
    import sqlite3

    checks(window, fake_dialogs, [None, None, None])
    assert len(recorded(window)) == 3
    db = sqlite3.connect(coexist_home / "data" / DB_NAME, isolation_level=None)
    db.execute("UPDATE attempts SET overall = 'abc' WHERE id = (SELECT MIN(id) FROM attempts)")
    db.close()
    dialog = progress(window, qtbot)
    assert dialog.chart.count() == 2
    assert dialog.dropped.isVisibleTo(dialog) and dialog.dropped.text().startswith("1 damaged check")
