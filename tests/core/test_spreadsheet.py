"""Evidence from spreadsheets: what real spreadsheets write, every problem at FILE:ROW:COL, hostile files,
the round trip out to a spreadsheet and back, and the import-cards / export-cards commands."""

from __future__ import annotations

import csv
import io
import os
import time
from pathlib import Path

import pytest

from coexist_gui.cli import main
from coexist_gui.core.authoring import edits
from coexist_gui.core.authoring.files import read_pack_file, read_table_file
from coexist_gui.core.authoring.spreadsheet import (
    MAX_ROWS,
    MAX_TABLE_BYTES,
    cards_file_bytes,
    cards_table,
    column_letter,
    plan_import,
    read_table,
)
from coexist_gui.core.authoring.writer import write_pack
from coexist_gui.core.model import Card
from coexist_gui.core.pack import load_builtin_pack, load_pack

BUILTIN = load_builtin_pack().pack
SMALL = load_pack(Path(__file__).resolve().parents[1] / "data" / "packs" / "small.yaml").pack


def where(table_or_import) -> list[str]:
    return [f"{p.line}:{p.col}:{p.severity}" for p in table_or_import.problems]


def test_what_spreadsheets_write_is_read() -> None:
    rows = ["text;factors;year;detail", '"Tanks crossed; the border";Army;1956;"Two lines\r\nof detail"',
            "The money ran out;money; 1957 ;"]
    excel = ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")  # Excel's CSV UTF-8 in a ';' locale
    table = read_table(excel, "cards.csv")
    assert table.delimiter == ";" and table.header and not table.problems
    assert [(r.row, r.text, r.factors, r.year, r.detail) for r in table.rows] == [
        (2, "Tanks crossed; the border", ("Army",), 1956, "Two lines\nof detail"),
        (3, "The money ran out", ("money",), 1957, "")]
    sep = read_table(b"sep=,\r\nText,FACTORS\r\nA card,money\r\n", "x.csv")  # Excel's own first line, any case
    assert [r.text for r in sep.rows] == ["A card"] and not sep.problems
    tsv = read_table("Detail\tText\tFactors\nmore\tA card\tArmy; Money\n".encode("utf-16"), "x.txt")
    assert tsv.encoding == "utf-16" and tsv.delimiter == "\t"  # Excel's "Unicode text"
    assert [(r.text, r.factors, r.detail) for r in tsv.rows] == [("A card", ("Army", "Money"), "more")]
    old = read_table("text,factors\nCafé au lait,money\n".encode("cp1252"), "x.csv")
    assert [r.text for r in old.rows] == ["Café au lait"]
    assert [p.severity for p in old.problems] == ["warning"] and "Windows-1252" in old.problems[0].message
    assert read_table(b"text\tfactors\nA\tmoney\n", "x.tsv").delimiter == "\t"


def test_every_problem_is_reported_at_once_at_its_row_and_column() -> None:
    data = ("text,factors,year,detail,notes\n"
            "Fine card,money,1950,,kept\n"
            ",money,1950,,\n"  # row 3: no text
            "Bad year,money,19x5,,\n"  # row 4, column C
            "Bad id,money,1950,,\n"
            "=HYPERLINK(\"http://evil\"),money,,,\n"  # row 6: a formula
            f"{'x' * 301},money,,,\n"  # row 7: text too long
            "Extra cell,money,1950,,,surprise\n"  # row 8: more cells than the header
            ).encode()
    table = read_table(data, "cards.csv")
    assert [str(p) for p in table.problems] == [
        "cards.csv:1:5: warning: the column 'notes' is not read",
        "cards.csv:3:1: error: the card has no text",
        "cards.csv:4:3: error: '19x5' is not a year",
        "cards.csv:6:1: error: the cell is a formula ('=HYPERLINK(\"http://e'), not text",
        "cards.csv:7:1: error: the text has 301 characters; the limit is 300",
        "cards.csv:8:6: error: this row has more cells than the header",
    ]
    assert table.problems[2].where == "row 4, column C (year)"
    assert [r.row for r in table.rows] == [2, 5]
    assert plan_import(SMALL, table).pack == SMALL  # errors: nothing changes
    assert column_letter(1) == "A" and column_letter(26) == "Z" and column_letter(28) == "AB"


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04" + b"\x00" * 200, "this is a spreadsheet or document file, not CSV text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"x" * 100, "this is a spreadsheet or document file, not CSV text"),
    (b"text,factors\nabc\x00def,money\n", "this is not a text file (it contains NUL bytes)"),
    (b"text,factors\n\x81\x8d\x8f,money\n", "the file is not UTF-8 (byte 0x81 cannot be read)"),
    ("text,factors\nab\u202edcba,money\n".encode(), "the cell contains U+202E (right-to-left override), which "
                                                    "changes the direction the text reads in"),
    (b"text,factors\nbell\x07,money\n", "the cell contains the control character U+0007"),
    (b"text,factors\nok,mon\x1b[2Jey\n", "the cell contains the control character U+001B"),
    (b"", "the file is empty"),
    (b"name,notes\nA,B\n", "the first row must name the columns"),
])
def test_hostile_tables_give_clear_errors(data: bytes, message: str) -> None:
    table = read_table(data, "evil.csv")
    errors = [p for p in table.problems if p.severity == "error"]
    assert errors and errors[0].message == message and str(errors[0]).startswith("evil.csv:")
    assert not table.rows or all(r.text for r in table.rows)


def test_a_huge_or_endless_table_is_refused_within_its_limits(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_TABLE_BYTES + 1)  # a sparse 4 MiB file: refused without reading it
    table = read_table_file(big)
    assert not table.rows and "the limit for a spreadsheet is 4 MiB" in table.problems[0].message
    rows = "text,factors\n" + "".join(f"card {i},money\n" for i in range(MAX_ROWS + 50))
    started = time.perf_counter()
    table = read_table(rows.encode(), "many.csv")
    assert time.perf_counter() - started < 5
    assert len(table.rows) == MAX_ROWS
    assert [str(p) for p in table.errors] == [f"many.csv:{MAX_ROWS + 2}:1: error: more than 20,000 rows of cards; "
                                              f"the limit is 20,000"]
    one_cell = read_table(b'text,factors\n"' + b"x" * 200_000 + b'",money\n', "cell.csv")
    assert one_cell.errors and not one_cell.rows  # csv's own field limit, reported at its row
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "cards.csv"
        os.mkfifo(fifo)
        table = read_table_file(fifo)  # never waits for a writer
        assert "not a regular file" in table.problems[0].message


def test_importing_adds_updates_and_makes_factors() -> None:
    data = ("text,factors,year,id\n"
            "A new card about the army,the ARMY; Spies,1850,\n"  # factor 'army' is "The army"; 'Spies' is new
            f"Money was short,MONEY,,{SMALL.cards[2].id}\n"  # updates that card (by id), factor by id in any case
            f"{SMALL.cards[0].text},army,,\n"  # the same text as a card: updates it (the year was cleared)
            "Spies everywhere,spies,,\n").encode()
    result = plan_import(SMALL, read_table(data, "c.csv"), index=1)
    assert not result.errors
    assert [f.name for f in result.new_factors] == ["Spies"] and result.pack.factor("spies").name == "Spies"
    assert result.added == ("a-new-card-about-the-army", "spies-everywhere")
    assert [c.id for c in result.pack.cards[1:3]] == list(result.added)  # at the index given
    assert set(result.updated) == {SMALL.cards[2].id, SMALL.cards[0].id}
    assert result.pack.card(SMALL.cards[2].id).text == "Money was short"
    assert result.pack.card("a-new-card-about-the-army").factors == ("army", "spies")
    assert result.summary() == "2 cards added, 2 updated, 0 unchanged, 1 new factor"
    assert edits.check_invariants(result.pack) == []
    replaced = plan_import(SMALL, read_table(data, "c.csv"), replace_all=True)
    assert {c.id for c in replaced.pack.cards} == set(replaced.added) | set(replaced.updated)
    assert set(replaced.removed) == {c.id for c in SMALL.cards} - set(replaced.updated)
    assert edits.check_invariants(replaced.pack) == []  # removed cards left the model plans too


def test_ids_and_texts_used_twice_are_errors() -> None:
    data = b"id,text,factors\nc1,One,money\nc1,Two,money\n,Three,money\n,three,money\nnot an id!,Four,money\n"
    result = plan_import(SMALL, read_table(data, "d.csv"))
    assert [str(p) for p in result.errors] == [
        "d.csv:6:1: error: 'not an id!' is not a valid id",
        "d.csv:3:1: error: the id 'c1' is used twice (first in row 2)",
        "d.csv:5:2: error: the same text is in row 4",
    ]


def test_a_columns_the_table_lacks_keep_the_cards_values() -> None:
    card = next(c for c in BUILTIN.cards if c.year and c.detail)
    result = plan_import(BUILTIN, read_table(f"id,text\n{card.id},New words\n".encode(), "t.csv"))
    updated = result.pack.card(card.id)
    assert (updated.text, updated.year, updated.detail, updated.factors) == ("New words", card.year, card.detail,
                                                                             card.factors)


def test_pasted_rows_need_no_header() -> None:
    pasted = "Stalin died\tleadership\t1953\tIn March\nKhrushchev rose\tleadership; economy\t\t\n"
    table = read_table(pasted.encode(), "clipboard", header=None)
    assert not table.header and [(r.text, r.factors, r.year, r.detail) for r in table.rows] == [
        ("Stalin died", ("leadership",), 1953, "In March"), ("Khrushchev rose", ("leadership", "economy"), None, "")]
    with_header = read_table(b"text\tfactors\nA\tx\n", "clipboard", header=None)
    assert with_header.header and [r.text for r in with_header.rows] == ["A"]


TRICKY = ("=1+2 looks like a formula", "-40% of the army", "+ more", "@home", "commas, \"quotes\" and; semicolons",
          "two\nlines", "  spaces  ", "café ünïcödé 日本語", "'an apostrophe first", "tab\tinside")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_round_trip_through_a_spreadsheet_keeps_every_card_and_id(delimiter: str) -> None:
    pack = BUILTIN
    for number, text in enumerate(TRICKY):
        pack = edits.edit_card(pack, pack.cards[number].id, text=text, detail=text)
    pack = edits.edit_factor(pack, pack.factors[1].id, name=pack.factors[2].name)  # two factors, one name
    text = cards_table(pack, delimiter=delimiter)
    for line in csv.reader(io.StringIO(text), delimiter=delimiter):
        assert not any(cell.lstrip().startswith(("=", "+", "-", "@")) for cell in line)  # no formula runs
    result = plan_import(pack, read_table(text.encode(), "back.csv"))
    assert not result.problems and not result.added and not result.updated
    assert len(result.unchanged) == len(pack.cards) and result.pack == pack
    # into an empty pack: the same cards, ids and factor names come back
    fresh = plan_import(edits.empty_pack(), read_table(text.encode(), "back.csv"))
    assert [c.id for c in fresh.pack.cards] == [c.id for c in pack.cards]
    assert [c.text for c in fresh.pack.cards] == [c.text for c in pack.cards]
    clashing = {pack.factors[1].id, pack.factors[2].id}  # written by id, since their names are the same
    labels = {f.id: f.id if f.id in clashing else f.name for f in pack.factors}
    fresh_names = {f.id: f.name for f in fresh.pack.factors}
    assert [[fresh_names[f] for f in c.factors] for c in fresh.pack.cards] == \
        [[labels[f] for f in c.factors] for c in pack.cards]


def test_export_file_has_a_bom_and_suits_its_name() -> None:
    data = cards_file_bytes(SMALL, "cards.tsv")
    assert data.startswith("\ufeff".encode()) and b"\tfactors\t" in data.split(b"\r\n")[0]
    assert b"id,text,factors,year,detail\r\n" in cards_file_bytes(SMALL, "cards.CSV")


def test_import_and_export_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COEXIST_HOME", str(tmp_path / "home"))
    cards = tmp_path / "cards.csv"
    cards.write_text("text;factors;year\r\nThe army marched;Army;1850\r\nThe money ran out;Money;1851\r\n"
                     "Spies were everywhere;Army;1852\r\nThe king fled;Money;1853\r\n", encoding="utf-8-sig")
    pack = tmp_path / "Fall of the kingdom.yaml"
    assert main(["import-cards", str(cards), "--into", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "4 cards added" in out and "new factor: Army (id army)" in out and "a new pack" in out
    made = load_pack(pack).pack
    assert made.id == "fall-of-the-kingdom" and made.title == "Fall of the kingdom"
    assert [c.id for c in made.cards] == ["the-army-marched", "the-money-ran-out", "spies-were-everywhere",
                                          "the-king-fled"]
    assert made.prompts[0].question == "Which mattered most: Army or Money?"
    out_csv = tmp_path / "out.csv"
    assert main(["export-cards", str(pack), str(out_csv)]) == 0
    assert capsys.readouterr().out == f"wrote 4 cards to {out_csv}\n"
    edited = out_csv.read_text(encoding="utf-8-sig").replace("The king fled", "The king fled abroad")
    out_csv.write_text(edited + ",A fifth card,Army,1854,\r\n", encoding="utf-8")
    assert main(["import-cards", str(out_csv), "--into", str(pack)]) == 0
    assert "1 card added, 1 updated, 3 unchanged" in capsys.readouterr().out
    again = load_pack(pack).pack
    assert again.card("the-king-fled").text == "The king fled abroad" and len(again.cards) == 5
    assert (tmp_path / "Fall of the kingdom.yaml.bak").is_file()  # the previous version is kept
    before = pack.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("text,factors,year\nOne,Army,soon\nTwo,Army,later\n", encoding="utf-8")
    assert main(["import-cards", str(bad), "--into", str(pack)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2:3: error: 'soon' is not a year" in err and f"{bad}:3:3: error: 'later' is not a year" in err
    assert "2 errors: nothing was written" in err
    assert pack.read_bytes() == before  # nothing written while errors remain


def test_import_into_a_hand_written_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COEXIST_HOME", str(tmp_path / "home"))
    pack = tmp_path / "small.yaml"
    original = (Path(__file__).resolve().parents[1] / "data" / "packs" / "small.yaml").read_text(encoding="utf-8")
    pack.write_text(original, encoding="utf-8")
    cards = tmp_path / "more.tsv"
    cards.write_text("text\tfactors\nA storm sank the fleet\tLuck\n", encoding="utf-8")
    assert main(["import-cards", str(cards), "--into", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "1 card added" in out and "written by hand" in out
    assert (tmp_path / "small.yaml.bak").read_text(encoding="utf-8") == original
    assert load_pack(pack).pack.cards[-1] == Card("a-storm-sank-the-fleet", "A storm sank the fleet", ("luck",))
    broken = tmp_path / "broken.yaml"
    broken.write_text(original.replace("factors: [army]", "factors: [armmy]", 1), encoding="utf-8")
    assert main(["import-cards", str(cards), "--into", str(broken)]) == 2
    assert "the pack has errors: fix them first" in capsys.readouterr().err
    draft = tmp_path / "draft.yaml"
    draft.write_text(write_pack(edits.empty_pack("draft", "Draft")).text, encoding="utf-8")
    assert main(["import-cards", str(cards), "--into", str(draft)]) == 1  # an unfinished editor draft: written
    assert "the pack still has" in capsys.readouterr().err
    assert [c.text for c in read_pack_file(draft).pack.cards] == ["A storm sank the fleet"]
