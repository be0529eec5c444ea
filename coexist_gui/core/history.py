"""The student's attempt history: one row per "Check plan", in a small SQLite database.

Stdlib ``sqlite3`` only. The schema is versioned with ``PRAGMA user_version`` and
every change runs in one transaction, so a crash mid-write leaves the previous
state (WAL journal). A file that is not a readable database, or whose tables are
not the ones its version promises, is moved aside as
``history.sqlite.corrupt-<timestamp>`` and a fresh one is started: history is
useful, never worth a crash. The file is the student's to edit, so every row is
checked when it is read: a row with a wrong type or a value out of range is left
out and counted in ``dropped``. Another program holding the database locked makes
a call fail after BUSY_TIMEOUT_S, never freeze the window for long.
"""

from __future__ import annotations

import csv
import io
import math
import os
import shutil
import sqlite3
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .clock import is_real_time, time_text
from .scoring import Score

DB_NAME = "history.sqlite"
SCHEMA_VERSION = 2
BUSY_TIMEOUT_S = 0.25  # how long a call waits for another program's lock before it gives up
MAX_TIME_USED = 10_000_000  # seconds, the plan reader's limit
_SIDE_FILES = ("-wal", "-shm", "-journal")
_CORRUPT_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}

_SCHEMA = """
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    pack TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    prompt TEXT NOT NULL,
    question TEXT NOT NULL,
    checked_at REAL NOT NULL,
    overall INTEGER NOT NULL,
    band INTEGER NOT NULL,
    breadth REAL NOT NULL,
    balance REAL NOT NULL,
    relevance REAL NOT NULL,
    judgement REAL NOT NULL,
    time_used INTEGER NOT NULL,
    predicted_band INTEGER CHECK (predicted_band BETWEEN 1 AND 5)
);
CREATE INDEX attempts_by_prompt ON attempts (pack, prompt, checked_at);
CREATE TABLE attempt_factors (
    attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    factor TEXT NOT NULL,
    name TEXT NOT NULL,
    counted INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, position)
);
"""
# Version 2 (scoring 2): "relevance" became "selection", and each attempt says which scoring made it.
_MIGRATIONS = {
    2: ("ALTER TABLE attempts RENAME COLUMN relevance TO selection",
        "ALTER TABLE attempts ADD COLUMN analysis REAL",
        "ALTER TABLE attempts ADD COLUMN scoring TEXT NOT NULL DEFAULT '1'"),
}


class HistoryError(Exception):
    """The history cannot be used (e.g. it was written by a newer Coexist); the message is for the user."""


class _Damaged(sqlite3.DatabaseError):
    """The file is a database, but not the one its schema version promises (a table or column is missing)."""


_V1_ATTEMPTS = {"id", "pack", "pack_version", "prompt", "question", "checked_at", "overall", "band", "breadth",
                "balance", "relevance", "judgement", "time_used", "predicted_band"}
_COLUMNS = {  # the tables and columns each schema version promises
    1: {"attempts": _V1_ATTEMPTS,
        "attempt_factors": {"attempt_id", "position", "factor", "name", "counted"}},
    2: {"attempts": _V1_ATTEMPTS - {"relevance"} | {"selection", "analysis", "scoring"},
        "attempt_factors": {"attempt_id", "position", "factor", "name", "counted"}},
}


@dataclass(frozen=True)
class FactorResult:
    id: str
    name: str
    counted: int


@dataclass(frozen=True)
class Attempt:
    id: int
    pack: str
    pack_version: str
    prompt: str
    question: str
    checked_at: float  # seconds since the epoch
    overall: int
    band: int
    breadth: float
    balance: float
    selection: float  # scoring 1 called it relevance (the share of placed cards that counted)
    judgement: float
    time_used: int  # seconds on the planning timer
    predicted_band: int | None
    analysis: float | None  # None for attempts scored before scoring 2
    scoring: str  # the scoring version that made the figures: "1" or "2"
    factors: tuple[FactorResult, ...]

    @property
    def covered(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.factors if f.counted > 0)

    @property
    def missed(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.factors if f.counted == 0)


@dataclass(frozen=True)
class PromptKey:
    pack: str
    prompt: str
    question: str
    attempts: int


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    if isinstance(exc, _Damaged):
        return True
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name in _CORRUPT_CODES
    text = str(exc).lower()  # Python 3.10 has no error names
    return "not a database" in text or "malformed" in text or "corrupt" in text


class History:
    """Open (or create) the history database at ``path``.

    ``moved_aside`` is the path a corrupt file was renamed to while opening (None normally):
    the window tells the student about it once.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.moved_aside: Path | None = None
        self.dropped = 0  # rows the last read left out (wrong type, value out of range)
        self._conn: sqlite3.Connection | None = None
        try:
            self._open()
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc):
                self._close_quietly()
                raise HistoryError(_cannot_open(self.path, exc)) from exc
            self.moved_aside = self._move_aside()
            self._open()
        except HistoryError:
            self._close_quietly()
            raise

    # -- opening ---------------------------------------------------------
    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        self._conn = conn
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(f"The progress history {self.path} was written by a newer version of Coexist; "
                               f"it is left untouched and new checks are not recorded.")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if version > 0:  # user_version 1 with no table: a file someone edited; migrating it would fail
            self._check_tables(version)
        if version < SCHEMA_VERSION:
            self._migrate(version)
        # a damaged page may only show up when it is read: check once on opening
        problem = conn.execute("PRAGMA quick_check").fetchone()[0]
        if problem != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed ({problem})")
        self._check_tables(SCHEMA_VERSION)

    def _check_tables(self, version: int) -> None:
        for table, columns in _COLUMNS[version].items():
            found = {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}
            if not columns <= found:
                raise _Damaged(f"table {table} lacks {', '.join(sorted(columns - found))}")

    def _migrate(self, version: int) -> None:
        with self._transaction() as conn:
            if version == 0:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                version = 1
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[step]:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _move_aside(self) -> Path:
        """Rename the damaged file (and keep copies of its journal files) so a fresh database can start."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        number = 1
        while target.exists():
            number += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{number}")
        sides = [self.path.with_name(self.path.name + suffix) for suffix in _SIDE_FILES]
        for side in sides:  # copied while still open: SQLite deletes its journal when the connection closes
            if side.exists():
                shutil.copyfile(side, target.with_name(target.name + side.name[len(self.path.name):]))
        self._close_quietly()
        os.replace(self.path, target)
        for side in sides:  # a stale journal must never be applied to the new, empty database
            side.unlink(missing_ok=True)
        return target

    def _close_quietly(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def close(self) -> None:
        self._close_quietly()

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise HistoryError("The progress history is closed.")
        return self._conn

    class _Txn:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Connection:
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, kind: type[BaseException] | None, _value: object, _tb: object) -> None:
            if kind is None:
                try:
                    self.conn.execute("COMMIT")
                    return
                except sqlite3.Error:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def _transaction(self) -> History._Txn:
        return History._Txn(self.conn)

    # -- writing ---------------------------------------------------------
    def record(self, *, pack: str, pack_version: str, prompt: str, question: str, score: Score,
               time_used: int, predicted_band: int | None = None, checked_at: float | None = None) -> int:
        """Store one checked attempt; returns its id."""
        if predicted_band is not None and not 1 <= predicted_band <= 5:
            raise ValueError(f"predicted band must be 1–5, not {predicted_band}")
        when = time.time() if checked_at is None else checked_at
        if not is_real_time(when):  # 1e300 was stored, then broke the CSV export
            raise ValueError(f"checked_at must be a time from 1970 to 9999, not {when}")
        if not 0 <= time_used <= MAX_TIME_USED:
            raise ValueError(f"time used must be 0–{MAX_TIME_USED} seconds, not {time_used}")
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO attempts (pack, pack_version, prompt, question, checked_at, overall, band, breadth, "
                "balance, selection, judgement, time_used, predicted_band, analysis, scoring) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (pack, pack_version, prompt, question, when, score.overall, score.band, score.breadth,
                 score.balance, score.selection, score.judgement, int(time_used), predicted_band, score.analysis,
                 score.version))
            attempt_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO attempt_factors (attempt_id, position, factor, name, counted) VALUES (?,?,?,?,?)",
                [(attempt_id, i, f.id, f.name, f.counted) for i, f in enumerate(score.factors)])
        return attempt_id

    def clear(self) -> int:
        """Delete every attempt; returns how many there were."""
        with self._transaction() as conn:
            count = conn.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
            conn.execute("DELETE FROM attempt_factors")
            conn.execute("DELETE FROM attempts")
        return int(count)

    # -- reading ---------------------------------------------------------
    def attempts(self, pack: str | None = None, prompt: str | None = None) -> list[Attempt]:
        """Attempts oldest first, optionally for one pack and prompt; damaged rows are left out (``dropped``).

        HistoryError when the database cannot be read at all (locked by another program, gone bad).
        """
        where, args = [], []
        if pack is not None:
            where.append("pack = ?")
            args.append(pack)
        if prompt is not None:
            where.append("prompt = ?")
            args.append(prompt)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        try:
            rows = self.conn.execute(
                "SELECT id, pack, pack_version, prompt, question, checked_at, overall, band, breadth, balance, "
                f"selection, judgement, time_used, predicted_band, analysis, scoring FROM attempts{clause} "
                "ORDER BY checked_at, id",
                args).fetchall()
            factors: dict[int, list[FactorResult]] = {}
            bad_factors: set[int] = set()
            ids = [row[0] for row in rows]
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                for attempt_id, factor, name, counted in self.conn.execute(
                        f"SELECT attempt_id, factor, name, counted FROM attempt_factors WHERE attempt_id IN ({marks}) "
                        "ORDER BY attempt_id, position", chunk):
                    if _text(factor) and _text(name, empty=True) and _whole(counted, 0, 1_000_000):
                        factors.setdefault(attempt_id, []).append(FactorResult(factor, name, counted))
                    else:
                        bad_factors.add(attempt_id)
        except sqlite3.Error as exc:
            raise HistoryError(_cannot_read(self.path, exc)) from exc
        # each row holds every field but the last, factors (mypy cannot count a row's columns)
        found = [Attempt(*row, factors=tuple(factors.get(row[0], ())))  # type: ignore[misc]
                 for row in rows
                 if _valid_row(row) and row[0] not in bad_factors]
        self.dropped = len(rows) - len(found)
        return found

    def prompts(self) -> list[PromptKey]:
        """Every (pack, prompt) with attempts, most recently checked first; the question as last recorded.

        Worked out from the checked rows of ``attempts()``, so a damaged row cannot name a prompt.
        """
        latest: dict[tuple[str, str], Attempt] = {}
        counts: Counter[tuple[str, str]] = Counter()
        for attempt in self.attempts():  # oldest first: the last one seen is the latest
            key = (attempt.pack, attempt.prompt)
            counts[key] += 1
            latest[key] = attempt
        ordered = sorted(latest.values(), key=lambda a: (a.checked_at, a.id), reverse=True)
        return [PromptKey(a.pack, a.prompt, a.question, counts[(a.pack, a.prompt)]) for a in ordered]


def _cannot_open(path: Path, exc: sqlite3.Error) -> str:
    if "locked" in str(exc) or getattr(exc, "sqlite_errorname", "") == "SQLITE_BUSY":
        return (f"The progress history {path} is in use by another program, so checks are not recorded until "
                f"Coexist is started again.")
    return f"The progress history {path} cannot be opened: {exc}."


def _cannot_read(path: Path, exc: sqlite3.Error) -> str:
    if "locked" in str(exc) or getattr(exc, "sqlite_errorname", "") == "SQLITE_BUSY":
        return f"The progress history {path} is in use by another program; try again in a moment."
    return f"The progress history {path} cannot be read: {exc}."


def _text(value: object, empty: bool = False) -> bool:
    return isinstance(value, str) and (empty or bool(value.strip())) and len(value) <= 10_000


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _number(value: object, low: float, high: float) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            and low <= value <= high)


def _valid_row(row: tuple[object, ...]) -> bool:
    """An ``attempts`` row whose every value has the type and range ``record`` writes."""
    (attempt_id, pack, pack_version, prompt, question, checked_at, overall, band, breadth, balance, selection,
     judgement, time_used, predicted_band, analysis, scoring) = row
    return (_whole(attempt_id, 0, 2 ** 63) and _text(pack) and _text(pack_version, empty=True) and _text(prompt)
            and _text(question, empty=True) and is_real_time(checked_at) and _whole(overall, 0, 100)
            and _whole(band, 1, 5) and all(_number(v, 0, 100) for v in (breadth, balance, selection, judgement))
            and _whole(time_used, 0, MAX_TIME_USED) and (predicted_band is None or _whole(predicted_band, 1, 5))
            and (analysis is None or _number(analysis, 0, 100)) and _text(scoring) and len(str(scoring)) <= 20)


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# -- summaries (pure functions of a list of attempts) ----------------------------------------------------

def most_missed(attempts: Iterable[Attempt], limit: int = 5) -> list[tuple[str, int]]:
    """Factor names with how many attempts left them without a counted card, most often missed first."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for attempt in attempts:
        for factor in attempt.factors:
            order.setdefault(factor.name, len(order))
            if factor.counted == 0:
                counts[factor.name] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], order[item[0]]))
    return ranked[:limit]


def calibration(attempts: Iterable[Attempt]) -> list[tuple[int, int]]:
    """(predicted band, actual band) for each attempt with a prediction, oldest first."""
    return [(a.predicted_band, a.band) for a in attempts if a.predicted_band is not None]


def mean_prediction_error(attempts: Iterable[Attempt]) -> float | None:
    """Average of predicted − actual band (positive: over-confident), or None without predictions."""
    pairs = calibration(attempts)
    if not pairs:
        return None
    return sum(p - a for p, a in pairs) / len(pairs)


# -- CSV export -------------------------------------------------------------------------------------------

CSV_COLUMNS = ("checked_at", "pack", "pack_version", "prompt", "question", "scoring", "overall", "band",
               "predicted_band", "range", "balance", "selection", "analysis", "judgement", "time_used_seconds",
               "factors_covered", "factors_missed")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def _visible(value: str) -> str:
    """``value`` from its first character that shows: spaces, controls (NUL…) and invisible format
    characters (a byte-order mark, a zero-width space or joiner, bidi marks) are skipped."""
    for index, char in enumerate(value):
        if not (char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp")):
            return value[index:]
    return ""


def neutralise_cell(value: str) -> str:
    """Text a spreadsheet shows literally: a cell that could start a formula gets a leading apostrophe.

    Spreadsheets skip leading invisible characters before they look for '=', so does this.
    """
    if value.startswith(_FORMULA_STARTS) or _visible(value).startswith(_FORMULA_STARTS[:4]):
        return "'" + value
    return value


def attempts_csv(attempts: Iterable[Attempt]) -> str:
    """The attempts as CSV (header row first). Numbers stay numbers; every text cell is neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for a in attempts:
        names = {f.id: f.name for f in a.factors}
        when = time_text(a.checked_at)
        text = [when, a.pack, a.pack_version, a.prompt, a.question, a.scoring]
        numbers = [a.overall, a.band, "" if a.predicted_band is None else a.predicted_band, a.breadth, a.balance,
                   a.selection, "" if a.analysis is None else a.analysis, a.judgement, a.time_used]
        factors = ["; ".join(names[f] for f in a.covered), "; ".join(names[f] for f in a.missed)]
        writer.writerow([neutralise_cell(t) for t in text] + numbers + [neutralise_cell(t) for t in factors])
    return out.getvalue()

