"""Evidence cards from a spreadsheet (CSV or TSV) and back, with the standard library's ``csv``.

A teacher's evidence usually lives in a spreadsheet or a Word table. ``read_table`` reads what
spreadsheets really write: UTF-8 with or without a byte-order mark, Excel's "Unicode text"
(UTF-16, tab-separated), Windows-1252 from an older Excel (with a warning), commas, Excel's
semicolons (and its ``sep=;`` first line), tabs, quoted cells with line breaks, CRLF. The header
row names the columns (``text``, ``factors``, ``year``, ``detail``, optionally ``id``), in any order
and any case; rows pasted without a header are read in the order text, factors, year, detail.

The file comes from someone else, so it is read within limits (size, rows, cell length) and
every problem is reported at once as ``FILE:ROW:COL`` (the spreadsheet's own row and column
numbers, the header being row 1). ``plan_import`` then works out what the cards do to a pack
(added, updated, new factors) without writing anything; the caller writes only when there are
no errors.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..history import neutralise_cell
from ..i18n import _, ngettext
from ..i18n import number as number_text
from ..model import Card, Factor, Pack
from ..pack import MAX_CARDS, MAX_FACTORS
from ..plan import MAX_CARD_TEXT, MAX_DETAIL, MAX_NAME
from ..problems import Problem
from . import edits
from .ids import id_for, is_valid_id

MAX_TABLE_BYTES = 4 * 1024 * 1024
MAX_ROWS = MAX_CARDS  # rows of cards, the header not counted
MAX_CELL = 10_000  # characters; longer cells are refused before they are checked
COLUMNS = ("id", "text", "factors", "year", "detail")
POSITIONAL = ("text", "factors", "year", "detail")  # pasted rows without a header
_HEADER_NAMES = {"id": "id", "text": "text", "factors": "factors", "factor": "factors", "year": "year",
                 "detail": "detail", "details": "detail"}
FACTOR_SEPARATOR = ";"
_YEAR = re.compile(r"[+-]?\d{1,4}(?:\.0+)?")
# What a card may not contain: C0 and C1 controls but tab and line breaks, DEL, and the characters that
# change the direction of the text after them or break a line in the middle of one.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                        "\u2066-\u2069]")
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACES = re.compile(r"[ \t]+")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls or .doc


@dataclass(frozen=True)
class TableRow:
    """One card as the spreadsheet gives it; factors are the names or ids as written."""

    row: int  # the spreadsheet's row number (the header is row 1)
    text: str
    factors: tuple[str, ...] = ()
    year: int | None = None
    detail: str = ""
    id: str = ""
    columns: tuple[tuple[str, int], ...] = ()  # (column name, 1-based column) for messages

    def column(self, name: str) -> int:
        return dict(self.columns).get(name, 1)


@dataclass(frozen=True)
class Table:
    path: str
    rows: tuple[TableRow, ...]
    problems: tuple[Problem, ...]
    delimiter: str = ","
    encoding: str = "utf-8"
    header: bool = True

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def column_letter(number: int) -> str:
    """1 -> A, 27 -> AA: how a spreadsheet names its columns."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Problems:
    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[Problem] = []

    def add(self, row: int, col: int, message: str, hint: str = "", severity: str = "error",
            column: str = "") -> None:
        where = _("row {row}, column {letter}").format(row=row, letter=column_letter(max(col, 1)))
        if column:
            where += f" ({column})"
        self.items.append(Problem(self.path, row, col, message, severity, where if row else "", hint))


# -- bytes to text -----------------------------------------------------------------------------------------


def _decode(data: bytes, report: _Problems) -> tuple[str, str] | None:
    if data.startswith(_ZIP) or data.startswith(_OLE):
        report.add(1, 1, _("this is a spreadsheet or document file, not CSV text"),
                   _("in your spreadsheet choose File > Save as > 'CSV UTF-8 (comma delimited)' or 'Text (tab "
                     "delimited)', and import that file"))
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text": UTF-16 with a byte-order mark
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            report.add(1, 1, _("the file says it is UTF-16 but is not"), _("save it as 'CSV UTF-8'"))
            return None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        report.add(line, 1, _("this is not a text file (it contains NUL bytes)"),
                   _("save the spreadsheet as 'CSV UTF-8' and import that file"))
        return None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.add(line, 1, _("the file is not UTF-8 (byte 0x{byte:02x} cannot be read)").format(
            byte=data[exc.start]), _("save the spreadsheet as 'CSV UTF-8' and import that file"))
        return None
    line = data[:bad].count(b"\n") + 1
    report.add(line, 1, _("the file is not UTF-8: it was read as Windows-1252, as older Excel versions save CSV"),
               _("if accented letters look wrong, save the spreadsheet as 'CSV UTF-8' and import again"),
               severity="warning")
    return text, "cp1252"


def _delimiter(text: str, path: str) -> tuple[str, str]:
    """The delimiter, and the text without an Excel ``sep=`` line."""
    first, _nl, rest = text.partition("\n")
    marker = first.strip().lower()
    if marker.startswith("sep=") and len(marker) == 5:
        return first.strip()[4], rest
    if path.lower().endswith((".tsv", ".tab")):
        return "\t", text
    counts = {d: first.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return (best if counts[best] else ","), text


# -- cells -----------------------------------------------------------------------------------------------------


def _unneutralise(value: str) -> str:
    """A cell Coexist (or a careful teacher) prefixed with ' so a spreadsheet shows it as text: without the '."""
    if value.startswith("'") and neutralise_cell(value[1:]) == value:
        return value[1:]
    return value


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    code = f"U+{ord(char):04X}"
    if char in _BIDI:
        return _("{code} ({name}), which changes the direction the text reads in").format(
            code=code, name=name.lower() or _("a direction mark"))
    return _("the control character {code}").format(code=code) + (f" ({name.lower()})" if name else "")


def _cell_text(raw: str, row: int, col: int, column: str, limit: int, report: _Problems) -> str | None:
    """The cell as card text, or None after reporting why it cannot be."""
    if len(raw) > MAX_CELL:
        report.add(row, col, _("the cell has {n} characters; the limit is {limit}").format(
            n=number_text(len(raw)), limit=number_text(limit)), column=column)
        return None
    value = raw.replace("\r\n", "\n").replace("\r", "\n")
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        report.add(row, col, _("the cell contains {what}").format(what=_describe(bad.group())),
                   _("delete that character (it is invisible in most programs) and save again"), column=column)
        return None
    if value.lstrip().startswith("="):
        report.add(row, col, _("the cell is a formula ('{start}'), not text").format(start=value.strip()[:20]),
                   _("Coexist reads text only: type the text itself, or start the cell with an apostrophe ('=…) "
                     "if it really begins with '='"), column=column)
        return None
    value = _unneutralise(value.strip()).strip()  # the text as it is: only the space around it goes, as in a pack
    if len(value) > limit:
        report.add(row, col, _("the text has {n} characters; the limit is {limit}").format(
            n=number_text(len(value)), limit=number_text(limit)),
            _("shorten it, or move the extra into the detail column") if column == "text" else "", column=column)
        return None
    return value


def _year(raw: str, row: int, col: int, report: _Problems) -> int | None:
    value = raw.strip()
    if not value:
        return None
    if not _YEAR.fullmatch(value):
        report.add(row, col, _("'{value}' is not a year").format(value=value[:20]),
                   _("write the year as a whole number, e.g. 1953 (or -490 for 490 BC), or leave it empty"),
                   column="year")
        return None
    year = int(float(value))
    low, high = edits.YEAR_RANGE
    if not low <= year <= high:
        report.add(row, col, _("{year} is out of range").format(year=year),
                   _("write a year from {low} to {high}").format(low=low, high=high), column="year")
        return None
    return year


# -- the table ---------------------------------------------------------------------------------------------------


def _header(cells: list[str], report: _Problems, required: bool) -> dict[str, int] | None:
    """Column name -> 0-based position, from the first row; None when it is not a header (pasted rows)."""
    names = [_HEADER_NAMES.get(_SPACES.sub(" ", c.strip().lstrip("\ufeff")).casefold()) for c in cells]
    if not any(names):
        if required:
            report.add(1, 1, _("the first row must name the columns"),
                       _("put the column names text, factors, year and detail (and optionally id) in row 1"))
        return None
    columns: dict[str, int] = {}
    for position, (cell, name) in enumerate(zip(cells, names, strict=True)):
        if name is None:
            if cell.strip():
                report.add(1, position + 1, _("the column '{name}' is not read").format(name=cell.strip()[:40]),
                           _("Coexist reads the columns text, factors, year, detail and id"), severity="warning")
            continue
        if name in columns:
            report.add(1, position + 1, _("the column '{name}' appears twice (first in column {letter})").format(
                name=name, letter=column_letter(columns[name] + 1)))
            continue
        columns[name] = position
    if "text" not in columns:
        report.add(1, 1, _("there is no 'text' column"), _("name the column with the card texts 'text' in row 1"))
    if "factors" not in columns:
        report.add(1, 1, _("there is no 'factors' column: the cards will have no factors yet"),
                   _("add a 'factors' column (factor names separated by ';'), or tick them in the pack editor"),
                   severity="warning")
    return columns


def read_table(data: bytes, path: str, *, header: bool | None = True) -> Table:
    """Read card rows from CSV/TSV bytes. ``header``: True (row 1 must name the columns), None (row 1 is a
    header if it names any known column: for pasted rows), False (no header: text, factors, year, detail)."""
    report = _Problems(path)
    if len(data) > MAX_TABLE_BYTES:
        report.add(1, 1, _("the file is {size} MiB; the limit is {limit} MiB").format(
            size=number_text(len(data) / 1048576, 1), limit=number_text(MAX_TABLE_BYTES // 1048576)),
            _("split it into smaller files"))
        return Table(path, (), tuple(report.items))
    decoded = _decode(data, report)
    if decoded is None:
        return Table(path, (), tuple(report.items))
    text, encoding = decoded
    delimiter, text = _delimiter(text, path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[TableRow] = []
    columns: dict[str, int] | None = None
    width = len(POSITIONAL)  # cells a row may have: the header's, or the four of pasted rows
    has_header = False
    number = 0
    try:
        for cells in reader:
            number += 1
            if number == 1 and header is not False:
                columns = _header(cells, report, required=header is True)
                if columns is not None:
                    has_header = True
                    width = max(len(cells), max(columns.values(), default=0) + 1)
                    if "text" not in columns:
                        break
                    continue
            if columns is None:
                columns = {name: position for position, name in enumerate(POSITIONAL)}
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= MAX_ROWS:
                report.add(number, 1, ngettext("more than {n} row of cards; the limit is {n}",
                                               "more than {n} rows of cards; the limit is {n}", MAX_ROWS)
                           .format(n=number_text(MAX_ROWS)), _("split the file, or import it into two packs"))
                break
            row = _row(cells, number, columns, width, report)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        report.add(number + 1, 1, _("the file cannot be read as CSV: {reason}").format(reason=str(exc)[:120]),
                   _("a cell may be too long, or a quote may not be closed"))
    if number == 0:
        report.add(1, 1, _("the file is empty"))
    return Table(path, tuple(rows), tuple(report.items), delimiter, encoding, has_header)


def _row(cells: list[str], number: int, columns: dict[str, int], width: int, report: _Problems) -> TableRow | None:
    errors_before = sum(1 for p in report.items if p.severity == "error")
    for position in range(width, len(cells)):
        if cells[position].strip():
            report.add(number, position + 1, _("this row has more cells than the header"),
                       _("is there a comma or ';' in a text that is not in quotes?"))
            break

    def cell(name: str) -> tuple[str, int]:
        position = columns.get(name)
        if position is None or position >= len(cells):
            return "", (position or 0) + 1
        return cells[position], position + 1

    raw_text, text_col = cell("text")
    text = _cell_text(raw_text, number, text_col, "text", MAX_CARD_TEXT, report)
    if text == "":
        report.add(number, text_col, _("the card has no text"), _("write the evidence in the text column, or "
                                                                  "delete the row"), column="text")
    raw_detail, detail_col = cell("detail")
    detail = _cell_text(raw_detail, number, detail_col, "detail", MAX_DETAIL, report)
    raw_year, year_col = cell("year")
    year = _year(raw_year, number, year_col, report)
    raw_factors, factors_col = cell("factors")
    factor_text = _cell_text(raw_factors, number, factors_col, "factors", MAX_CELL, report)
    factors = tuple(dict.fromkeys(part for part in (p.strip() for p in (factor_text or "").replace("\n", ";")
                                                    .split(FACTOR_SEPARATOR)) if part))
    for name in factors:
        if len(name) > MAX_NAME:
            report.add(number, factors_col, _("a factor name has {n} characters; the limit is {limit}").format(
                n=len(name), limit=MAX_NAME), _("separate factor names with ';'"), column="factors")
    raw_id, id_col = cell("id")
    card_id = raw_id.strip()
    if card_id and not is_valid_id(card_id):
        report.add(number, id_col, _("'{id}' is not a valid id").format(id=card_id[:40]),
                   _("ids use a-z, 0-9 and '-'; leave the cell empty to have one made from the text"), column="id")
    if sum(1 for p in report.items if p.severity == "error") > errors_before:
        return None
    positions = tuple((name, position + 1) for name, position in columns.items())
    return TableRow(number, text or "", factors, year, detail or "", card_id, positions)


# -- what the table does to a pack ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardsImport:
    """The pack after an import, and what changed; nothing is written by ``plan_import``."""

    pack: Pack
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()  # only when the table replaces the pack's evidence
    new_factors: tuple[Factor, ...] = ()
    problems: tuple[Problem, ...] = ()
    rows: dict[int, str] = field(default_factory=dict)  # spreadsheet row -> card id

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def summary(self) -> str:
        parts = [ngettext("{n} card added", "{n} cards added", len(self.added)).format(n=len(self.added)),
                 ngettext("{n} updated", "{n} updated", len(self.updated)).format(n=len(self.updated)),
                 ngettext("{n} unchanged", "{n} unchanged", len(self.unchanged)).format(n=len(self.unchanged))]
        if self.removed:
            parts.append(ngettext("{n} removed", "{n} removed", len(self.removed)).format(n=len(self.removed)))
        if self.new_factors:
            parts.append(ngettext("{n} new factor", "{n} new factors", len(self.new_factors)).format(
                n=len(self.new_factors)))
        return ", ".join(parts)


def _fold(name: str) -> str:
    return _SPACES.sub(" ", name).strip().casefold()


def plan_import(pack: Pack, table: Table, *, replace_all: bool = False, index: int | None = None) -> CardsImport:
    """What importing ``table`` into ``pack`` gives.

    A row updates the card with its id (or, with no id, the card with the same text) and
    otherwise adds a card, with an id made from its text. Factors are matched by id, then by
    name (case and spacing ignored); other names become new factors. ``replace_all``: cards the
    table does not list are removed (and taken out of model plans). ``index``: where new cards go
    (default the end). The table's own errors, and ids used twice, are returned as problems.
    """
    report = _Problems(table.path)
    report.items.extend(table.problems)
    by_id = {f.id: f.id for f in pack.factors}
    by_name: dict[str, str] = {}
    for factor in pack.factors:
        by_name.setdefault(_fold(factor.name), factor.id)
    new_factors: list[Factor] = []
    taken_factor_ids = set(by_id)
    card_index = {c.id: c for c in pack.cards}
    by_text: dict[str, str] = {}
    for card in pack.cards:
        by_text.setdefault(_fold(card.text), card.id)
    seen_rows: dict[str, int] = {}
    taken_cards = set(card_index)
    rows: dict[int, str] = {}
    updates: dict[str, Card] = {}
    additions: list[Card] = []
    for row in table.rows:
        factor_ids = []
        for name in row.factors:
            factor_id = by_id.get(name) or by_name.get(_fold(name))
            if factor_id is None:
                if len(by_id) >= MAX_FACTORS:
                    report.add(row.row, row.column("factors"), _("'{name}' would be factor number {n}; a pack can "
                                                                 "have at most {limit}").format(
                        name=name[:40], n=len(by_id) + 1, limit=MAX_FACTORS), column="factors")
                    continue
                factor_id = id_for(name, taken_factor_ids, "factor")
                taken_factor_ids.add(factor_id)
                new_factors.append(Factor(factor_id, name))
                by_id[factor_id] = factor_id
                by_name[_fold(name)] = factor_id
            factor_ids.append(factor_id)
        target = row.id or by_text.get(_fold(row.text), "")
        if target in seen_rows:
            if row.id:
                report.add(row.row, row.column("id"), _("the id '{id}' is used twice (first in row {first})").format(
                    id=row.id, first=seen_rows[target]), _("every card needs its own id"), column="id")
            else:
                report.add(row.row, row.column("text"), _("the same text is in row {first}").format(
                    first=seen_rows[target]), _("delete one of the two rows"), column="text")
            continue
        card = Card(target or "", row.text, tuple(factor_ids), detail=row.detail, year=row.year)
        if target and target in card_index:
            seen_rows[target] = row.row
            old = card_index[target]
            present = {name for name, _column in row.columns}  # a column the table lacks keeps the card's value
            updates[target] = Card(target, row.text,
                                   card.factors if "factors" in present else old.factors,
                                   detail=row.detail if "detail" in present else old.detail,
                                   year=row.year if "year" in present else old.year)
            rows[row.row] = target
            continue
        if not target:
            target = id_for(row.text, taken_cards, "card")
            by_text.setdefault(_fold(row.text), target)  # the same text again further down is a mistake
        taken_cards.add(target)
        seen_rows[target] = row.row
        additions.append(replace(card, id=target))
        rows[row.row] = target
    problems = tuple(report.items)
    if any(p.severity == "error" for p in problems):
        return CardsImport(pack, problems=problems)
    updated = tuple(i for i, card in updates.items() if card != card_index[i])
    unchanged = tuple(i for i, card in updates.items() if card == card_index[i])
    result = replace(pack, factors=pack.factors + tuple(new_factors))
    if updated:
        changed = {i: updates[i] for i in updated}
        result = replace(result, cards=tuple(changed.get(c.id, c) for c in result.cards))
    removed: tuple[str, ...] = ()
    if replace_all:
        keep = set(updates)
        removed = tuple(c.id for c in pack.cards if c.id not in keep)
        result = edits.remove_cards(result, removed)
    if len(result.cards) + len(additions) > MAX_CARDS:
        report.add(0, 0, _("the pack would have {n} cards; the limit is {limit}").format(
            n=number_text(len(result.cards) + len(additions)), limit=number_text(MAX_CARDS)))
        return CardsImport(pack, problems=tuple(report.items))
    result = edits.insert_cards(result, additions, index)
    return CardsImport(result, tuple(c.id for c in additions), updated, unchanged, removed, tuple(new_factors),
                       problems, rows)


# -- back to a spreadsheet -----------------------------------------------------------------------------------------


def _factor_labels(pack: Pack) -> dict[str, str]:
    """How each factor is written in the factors column: its name, or its id when the name would be read
    back as another factor (two factors with one name, a name with ';', a name that is another's id)."""
    folded = [_fold(f.name) for f in pack.factors]
    ids = {f.id for f in pack.factors}
    labels = {}
    for factor, name in zip(pack.factors, folded, strict=True):
        clash = (folded.count(name) > 1 or FACTOR_SEPARATOR in factor.name or not name
                 or (factor.name in ids and factor.name != factor.id))
        labels[factor.id] = factor.id if clash else _SPACES.sub(" ", factor.name).strip()
    return labels


def cards_table(pack: Pack, cards: Iterable[Card] | None = None, delimiter: str = ",") -> str:
    """The cards as CSV (``delimiter`` "," or ";") or TSV ("\\t"): a header row, then one row a card, every
    text cell neutralised so a spreadsheet never runs it as a formula. ``read_table`` reads it back."""
    labels = _factor_labels(pack)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for card in pack.cards if cards is None else cards:
        factors = "; ".join(labels.get(f, f) for f in card.factors)
        writer.writerow([card.id, neutralise_cell(card.text), neutralise_cell(factors),
                         "" if card.year is None else str(card.year), neutralise_cell(card.detail)])
    return out.getvalue()


def cards_file_bytes(pack: Pack, path: str) -> bytes:
    """What ``export-cards`` writes to ``path``: UTF-8 with a byte-order mark (so Excel reads accents right),
    tab-separated for .tsv/.tab, otherwise comma-separated."""
    delimiter = "\t" if path.lower().endswith((".tsv", ".tab")) else ","
    return ("\ufeff" + cards_table(pack, delimiter=delimiter)).encode("utf-8")


# -- a new pack from a spreadsheet ------------------------------------------------------------------------------


def new_pack_for(file_name: str) -> Pack:
    """An empty pack for a file that does not exist yet: its id and title come from the file name."""
    from ..starter import pack_id_for

    pack_id = pack_id_for(file_name)
    title = pack_id.replace("-", " ").capitalize() if pack_id != "my-pack" else _("My pack")
    return edits.empty_pack(pack_id, title)


def with_first_question(pack: Pack) -> Pack:
    """A pack with no question yet gets one over all its factors (when it has two or more), for the teacher
    to rewrite: a pack needs a question before students can use it."""
    if pack.prompts or len(pack.factors) < 2:
        return pack
    names = [f.name for f in pack.factors]
    listed = _("{names} or {last}").format(names=", ".join(names[:-1]), last=names[-1])
    question = _("Which mattered most: {factors}?").format(factors=listed)
    if len(question) > edits.MAX_QUESTION_LENGTH:
        question = _("Which of these factors mattered most?")
    return edits.new_prompt(pack, question)[0]
