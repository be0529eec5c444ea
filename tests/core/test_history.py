"""The attempt history database (stdlib sqlite3): recording, summaries, CSV, crashes and corrupt files."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coexist_gui.core.history import (
    DB_NAME,
    SCHEMA_VERSION,
    History,
    HistoryError,
    attempts_csv,
    calibration,
    mean_prediction_error,
    most_missed,
    neutralise_cell,
)
from coexist_gui.core.model import Paragraph, Plan
from coexist_gui.core.pack import load_pack
from coexist_gui.core.scoring import score

DATA = Path(__file__).resolve().parents[1] / "data"
SMALL = load_pack(DATA / "packs" / "small.yaml").pack
ROOT = Path(__file__).resolve().parents[2]


def small_score(*paragraphs: tuple[str, list[str]], prompt: str = "why"):
    plan = Plan(pack="small", prompt=prompt, paragraphs=tuple(Paragraph(f, cards=tuple(c)) for f, c in paragraphs))
    return score(plan, SMALL)


def record(history: History, result, predicted: int | None = None, when: float = 1_700_000_000.0,
           question: str = "Why did the kingdom fall?") -> int:
    return history.record(pack="small", pack_version="1", prompt=result.prompt, question=question, score=result,
                          time_used=321, predicted_band=predicted, checked_at=when)


@pytest.fixture
def history(tmp_path: Path):
    db = History(tmp_path / DB_NAME)
    yield db
    db.close()


def test_new_database_has_the_schema_version_and_wal(history: History) -> None:
    assert history.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert history.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert history.attempts() == []
    assert history.moved_aside is None


def test_an_attempt_keeps_every_score_the_factors_and_the_prediction(history: History) -> None:
    result = small_score(("army", ["a1", "a2"]), ("money", ["m1"]), ("ideas", ["l1"]))
    attempt_id = record(history, result, predicted=4)
    [attempt] = history.attempts()
    assert attempt.id == attempt_id
    assert (attempt.pack, attempt.prompt, attempt.question) == ("small", "why", "Why did the kingdom fall?")
    assert (attempt.overall, attempt.band) == (result.overall, result.band)
    assert (attempt.breadth, attempt.balance, attempt.selection, attempt.analysis, attempt.judgement) == (
        result.breadth, result.balance, result.selection, result.analysis, result.judgement)
    assert attempt.scoring == "2"
    assert (attempt.time_used, attempt.predicted_band, attempt.checked_at) == (321, 4, 1_700_000_000.0)
    assert attempt.covered == ("army", "money")
    assert attempt.missed == ("ideas", "luck")  # l1 in the ideas paragraph does not count
    assert [f.name for f in attempt.factors] == [f.name for f in result.factors]


def test_skipped_prediction_is_stored_as_none_and_bad_bands_are_refused(history: History) -> None:
    record(history, small_score(), predicted=None)
    assert history.attempts()[0].predicted_band is None
    with pytest.raises(ValueError):
        record(history, small_score(), predicted=6)
    assert len(history.attempts()) == 1


def test_attempts_filter_by_prompt_and_prompts_lists_the_latest_first(history: History) -> None:
    record(history, small_score(), when=10)
    record(history, small_score(prompt="how-far"), when=20, question="How far was it force?")
    record(history, small_score(("army", ["a1"])), when=30)
    assert [a.checked_at for a in history.attempts("small", "why")] == [10, 30]
    keys = history.prompts()
    assert [(k.prompt, k.attempts) for k in keys] == [("why", 2), ("how-far", 1)]
    assert keys[1].question == "How far was it force?"


def test_summaries_most_missed_and_calibration(history: History) -> None:
    record(history, small_score(("army", ["a1"])), predicted=3, when=1)
    record(history, small_score(("army", ["a1"]), ("money", ["m1"])), predicted=2, when=2)
    record(history, small_score(("army", ["a1"]), ("ideas", ["i1"])), when=3)
    attempts = history.attempts()
    assert most_missed(attempts) == [("Luck", 3), ("Money", 2), ("Ideas", 2)]
    assert calibration(attempts) == [(3, attempts[0].band), (2, attempts[1].band)]
    expected = ((3 - attempts[0].band) + (2 - attempts[1].band)) / 2
    assert mean_prediction_error(attempts) == pytest.approx(expected)
    assert mean_prediction_error([]) is None


def test_clear_removes_everything(history: History) -> None:
    record(history, small_score(("army", ["a1"])))
    record(history, small_score())
    assert history.clear() == 2
    assert history.attempts() == []
    assert history.conn.execute("SELECT COUNT(*) FROM attempt_factors").fetchone()[0] == 0


def test_the_history_survives_reopening(tmp_path: Path) -> None:
    first = History(tmp_path / DB_NAME)
    record(first, small_score(("army", ["a1"])))
    first.close()
    again = History(tmp_path / DB_NAME)
    assert len(again.attempts()) == 1
    again.close()


def test_a_crash_in_the_middle_of_a_write_keeps_the_previous_state(tmp_path: Path) -> None:
    """A separate process records one attempt, starts a second and dies before COMMIT."""
    db = tmp_path / DB_NAME
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from coexist_gui.core.history import History
        from coexist_gui.core.pack import load_pack
        from coexist_gui.core.model import Plan, Paragraph
        from coexist_gui.core.scoring import score
        pack = load_pack(Path({str(DATA / "packs" / "small.yaml")!r})).pack
        result = score(Plan(pack="small", prompt="why", paragraphs=(Paragraph("army", cards=("a1",)),)), pack)
        h = History(Path({str(db)!r}))
        h.record(pack="small", pack_version="1", prompt="why", question="q", score=result, time_used=1)
        h.conn.execute("BEGIN IMMEDIATE")
        h.conn.execute("INSERT INTO attempts (pack, pack_version, prompt, question, checked_at, overall, band, "
                       "breadth, balance, selection, judgement, time_used) VALUES "
                       "('small','1','why','q',2,50,3,1,1,1,1,1)")
        os._exit(3)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3, done.stderr
    history = History(db)
    assert history.moved_aside is None
    assert [a.overall for a in history.attempts()] == [history.attempts()[0].overall]
    assert len(history.attempts()) == 1
    assert history.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    history.close()


def test_a_failed_write_rolls_back_the_whole_attempt(history: History) -> None:
    result = small_score(("army", ["a1"]))
    broken = result.__class__(**{**result.__dict__, "factors": (None,)})  # the factor rows cannot be written
    with pytest.raises(AttributeError):
        record(history, broken)
    assert history.attempts() == []
    assert not history.conn.in_transaction


@pytest.mark.parametrize("garbage", [b"this is not a database at all" * 100, b"\x00" * 5000,
                                     b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_corrupt_file_is_moved_aside_and_a_fresh_history_started(tmp_path: Path, garbage: bytes) -> None:
    db = tmp_path / DB_NAME
    db.write_bytes(garbage)
    (tmp_path / (DB_NAME + "-wal")).write_bytes(b"stale journal")
    history = History(db)
    assert history.moved_aside is not None
    assert history.moved_aside.name.startswith(DB_NAME + ".corrupt-")
    assert history.moved_aside.read_bytes() == garbage
    assert Path(str(history.moved_aside) + "-wal").read_bytes() == b"stale journal"
    record(history, small_score(("army", ["a1"])))
    assert len(history.attempts()) == 1
    history.close()


def test_a_second_corruption_gets_its_own_name(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    moved = []
    for _ in range(2):
        db.write_bytes(b"garbage" * 1000)
        history = History(db)
        moved.append(history.moved_aside)
        history.close()
        db.unlink()
        for side in tmp_path.glob(DB_NAME + "-*"):
            side.unlink()
    assert moved[0] != moved[1] and all(p.exists() for p in moved)


def test_a_database_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(HistoryError, match="newer version"):
        History(db)
    assert db.read_bytes() == before


@pytest.mark.parametrize("text, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), (" =1", "' =1"), ("Why did it fall?", "Why did it fall?"), ("", ""),
    # invisible characters before the '=' (before: not neutralised)
    ("\ufeff=1+1", "'\ufeff=1+1"), ("\u200b=1+1", "'\u200b=1+1"), ("\x00=1+1", "'\x00=1+1"),
    ("\u200d\u2060 @SUM(A1)", "'\u200d\u2060 @SUM(A1)"), ("\u00a0\u3000-1", "'\u00a0\u3000-1"),
    ("\u202e+1", "'\u202e+1"), ("\u200b\u200b", "\u200b\u200b"), ("\ufeffWhy?", "\ufeffWhy?"),
])
def test_formula_cells_are_neutralised(text: str, expected: str) -> None:
    assert neutralise_cell(text) == expected


def test_csv_export_has_a_header_numbers_and_neutralised_text(history: History) -> None:
    record(history, small_score(("army", ["a1", "a2"])), predicted=2, question="=cmd|' /C calc'!A0")
    record(history, small_score())
    rows = list(csv.reader(io.StringIO(attempts_csv(history.attempts()))))
    assert rows[0][:9] == ["checked_at", "pack", "pack_version", "prompt", "question", "scoring", "overall", "band",
                           "predicted_band"]
    assert rows[0][9:14] == ["range", "balance", "selection", "analysis", "judgement"]
    assert len(rows) == 3
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["question"] == "'=cmd|' /C calc'!A0"
    assert first["predicted_band"] == "2" and rows[2][8] == ""
    assert first["scoring"] == "2"
    assert first["factors_covered"] == "The army" and first["factors_missed"] == "Money; Ideas; Luck"
    assert float(first["range"]) == small_score(("army", ["a1", "a2"])).breadth
    assert first["time_used_seconds"] == "321"


def test_a_version_1_history_is_migrated_and_keeps_its_attempts(tmp_path: Path) -> None:
    """A history written before scoring 2 (schema 1, a "relevance" column) opens, keeps its rows, and says which
    scoring made them."""
    import sqlite3

    from coexist_gui.core import history as module

    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)
    conn.executescript(module._SCHEMA)
    conn.execute("INSERT INTO attempts (pack, pack_version, prompt, question, checked_at, overall, band, breadth, "
                 "balance, relevance, judgement, time_used) VALUES ('small','1','why','q',5,64,4,50,81,100,0,60)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    history = History(db)
    [old] = history.attempts()
    assert (old.overall, old.selection, old.analysis, old.scoring) == (64, 100, None, "1")
    record(history, small_score(("army", ["a1", "a2"])))
    assert [a.scoring for a in history.attempts()] == ["1", "2"]
    assert history.conn.execute("PRAGMA user_version").fetchone()[0] == module.SCHEMA_VERSION == 2
    history.close()


# -- a file the student (or a prankster) edited: checked when read (issue 9) ----------------------------------

def _tamper(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", [
    "DROP TABLE attempts", "DROP TABLE attempt_factors",
    "ALTER TABLE attempts DROP COLUMN predicted_band",
])
def test_a_database_without_its_tables_is_moved_aside(tmp_path: Path, damage: str) -> None:
    """Before: user_version 1 with no table gave 'no such table' in the Progress window (a traceback)."""
    db = tmp_path / DB_NAME
    History(db).close()
    _tamper(db, "DROP INDEX attempts_by_prompt", damage)
    history = History(db)
    assert history.moved_aside is not None and history.moved_aside.exists()
    assert history.attempts() == [] and history.prompts() == []
    record(history, small_score(("army", ["a1"])))
    assert len(history.attempts()) == 1
    history.close()


def test_user_version_1_and_no_table_at_all(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    _tamper(db, "PRAGMA user_version = 1")
    history = History(db)
    assert history.moved_aside is not None
    assert history.attempts() == []
    history.close()


GOOD_ROW = {"id": 1, "pack": "small", "pack_version": "1", "prompt": "why", "question": "Why?",
            "checked_at": 1_700_000_000.0, "overall": 50, "band": 3, "breadth": 50.0, "balance": 50.0,
            "selection": 50.0, "judgement": 50.0, "time_used": 60, "predicted_band": None, "analysis": None,
            "scoring": "2"}


@pytest.mark.parametrize(("column", "value"), [
    ("overall", "abc"), ("overall", 101), ("overall", 50.5), ("band", 99), ("band", 0), ("breadth", "x"),
    ("balance", -1), ("judgement", float("inf")), ("checked_at", 1e300), ("checked_at", -1e20),
    ("checked_at", float("inf")), ("checked_at", "yesterday"), ("checked_at", None), ("pack", b"\x03"),
    ("pack", ""), ("pack", None), ("question", b"\x00\xff"), ("time_used", -5), ("time_used", 1.5),
    ("predicted_band", 7), ("predicted_band", "5"), ("pack_version", None), ("id", "one"), ("analysis", 101),
    ("analysis", "x"), ("scoring", None), ("scoring", 2),
])
def test_a_row_with_a_wrong_value_is_left_out(tmp_path: Path, column: str, value: object) -> None:
    """A database made by hand with the right tables but no constraints: each value is checked on reading.

    Before: overall='abc' reached the Progress window ('Unknown format code'), checked_at=1e300 the CSV
    export (OverflowError)."""
    db = tmp_path / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE attempts ({', '.join(GOOD_ROW)})")
    conn.execute("CREATE TABLE attempt_factors (attempt_id, position, factor, name, counted)")
    bad = dict(GOOD_ROW, id=2, checked_at=1_700_000_100.0)
    bad[column] = value
    for row in (GOOD_ROW, bad):
        conn.execute(f"INSERT INTO attempts VALUES ({', '.join('?' * len(row))})", list(row.values()))
    conn.execute("INSERT INTO attempt_factors VALUES (1, 0, 'army', 'The army', 1)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    history = History(db)
    assert history.moved_aside is None
    assert [a.id for a in history.attempts()] == [1] and history.dropped == 1
    assert [(k.pack, k.attempts) for k in history.prompts()] == [("small", 1)]
    rows = list(csv.reader(io.StringIO(attempts_csv(history.attempts()))))
    assert len(rows) == 2 and rows[1][0].startswith("2023-11-1")
    assert most_missed(history.attempts()) == [] and mean_prediction_error(history.attempts()) is None
    history.close()


def test_a_damaged_factor_row_leaves_its_attempt_out(history: History) -> None:
    record(history, small_score(("army", ["a1"])))
    bad = record(history, small_score(("army", ["a1"])), when=1_700_000_500.0)
    history.conn.execute(f"UPDATE attempt_factors SET counted = 'many' WHERE attempt_id = {bad} AND position = 0")
    assert [a.id for a in history.attempts()] == [bad - 1] and history.dropped == 1


@pytest.mark.parametrize("when", [1e300, float("inf"), float("nan"), -1.0])
def test_record_refuses_a_time_that_is_not_a_time(history: History, when: float) -> None:
    """Before: checked_at=1e300 was stored, and the CSV export then raised OverflowError."""
    with pytest.raises(ValueError, match="checked_at"):
        record(history, small_score(("army", ["a1"])), when=when)
    assert history.attempts() == []


def _lock(db: Path, how: str) -> subprocess.Popen[bytes]:
    script = (f"import sqlite3, sys, time\nc = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
              f"c.executescript({how!r})\nprint('locked', flush=True)\nsys.stdin.read()\n")
    locker = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert locker.stdout is not None and locker.stdout.readline() == b"locked\n"
    return locker


def _unlock(locker: subprocess.Popen[bytes]) -> None:
    assert locker.stdin is not None and locker.stdout is not None
    locker.stdin.close()
    locker.wait(timeout=30)
    locker.stdout.close()


def test_a_database_locked_by_another_program_fails_fast(tmp_path: Path) -> None:
    """Before: 5 s frozen on start and on each Check (sqlite3's default busy timeout)."""
    import time

    db = tmp_path / DB_NAME
    History(db).close()
    writer = _lock(db, "BEGIN EXCLUSIVE;")  # another Coexist in the middle of a write
    history = History(db)  # reading still works in WAL mode
    start = time.perf_counter()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        record(history, small_score(("army", ["a1"])))
    assert time.perf_counter() - start < 1.0
    assert history.attempts() == []
    history.close()
    _unlock(writer)
    owner = _lock(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; DELETE FROM attempts; COMMIT; "
                      "BEGIN EXCLUSIVE;")  # a program that keeps the file to itself
    start = time.perf_counter()
    with pytest.raises(HistoryError, match="in use by another program"):
        History(db)
    assert time.perf_counter() - start < 1.0
    _unlock(owner)
    History(db).close()  # free again
