"""The hardened YAML reader: every value stays text, hostile constructs are refused with a line and column."""

from __future__ import annotations

import pytest

from coexist_gui.core.problems import Problem, YamlError
from coexist_gui.core.yamlsafe import MAP, NULL, SEQ, STR, read_yaml


def problems_of(data: bytes, **limits) -> list[Problem]:
    with pytest.raises(YamlError) as info:
        read_yaml(data, "f.yaml", **limits)
    return info.value.problems


def only(data: bytes, **limits) -> Problem:
    found = problems_of(data, **limits)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("raw", ["no", "yes", "on", "off", "true", "null", "NULL", "1955-07-15", "12:30:00",
                                 "2024-02-30", "0x1f", "1e3", "0o17", ".inf", ".nan", "~x", "+1", "007"])
def test_every_scalar_stays_text(raw: str) -> None:
    root = read_yaml(f"key: {raw}\n".encode(), "f.yaml")
    value = root.pairs["key"][1]
    assert value.kind == STR
    assert value.text == raw


def test_empty_and_tilde_are_null_but_quoted_empty_is_text() -> None:
    root = read_yaml(b"a:\nb: ~\nc: ''\nd: '~'\n", "f.yaml")
    kinds = {name: value.kind for name, (_key, value) in root.pairs.items()}
    assert kinds == {"a": NULL, "b": NULL, "c": STR, "d": STR}
    assert root.pairs["d"][1].text == "~"


def test_nodes_keep_line_and_column_in_file_order() -> None:
    root = read_yaml(b"# comment\ntop:\n  - one\n  - {k: v}\nlast: x\n", "f.yaml")
    assert root.kind == MAP and (root.line, root.col) == (2, 1)
    assert list(root.pairs) == ["top", "last"]
    key, seq = root.pairs["top"]
    assert (key.line, key.col) == (2, 1)
    assert seq.kind == SEQ and (seq.line, seq.col) == (3, 3)
    one, mapping = seq.items
    assert (one.line, one.col, one.text) == (3, 5, "one")
    assert mapping.kind == MAP and (mapping.line, mapping.col) == (4, 5)
    assert (mapping.pairs["k"][1].line, mapping.pairs["k"][1].col) == (4, 9)
    assert root.pairs["last"][0].line == 5


def test_duplicate_key_is_an_error_naming_the_first_line() -> None:
    problem = only(b"card:\n  id: a\n  text: one\n  text: two\n")
    assert (problem.line, problem.col) == (4, 3)
    assert problem.message == "key 'text' appears twice (first on line 3)"
    assert str(problem) == "f.yaml:4:3: error: key 'text' appears twice (first on line 3)"
    assert problem.source == "  text: two"


def test_duplicate_keys_are_all_reported() -> None:
    found = problems_of(b"a: 1\nb: 2\na: 3\nb: 4\n")
    assert [(p.line, p.message) for p in found] == [(3, "key 'a' appears twice (first on line 1)"),
                                                     (4, "key 'b' appears twice (first on line 2)")]


def test_anchor_alias_and_tags_are_refused() -> None:
    found = problems_of(b"a: &x hello\nb: *x\nc: !!python/object:os.system echo\n")
    messages = [(p.line, p.col, p.message) for p in found]
    assert (1, 4, "anchor '&x' is not allowed") in messages
    assert (2, 4, "alias '*x' is not allowed") in messages
    assert (3, 4, "explicit tag 'tag:yaml.org,2002:python/object:os.system' is not allowed") in messages


def test_billion_laughs_is_refused_not_expanded() -> None:
    data = b"a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n"
    found = problems_of(data)
    assert len(found) == 7  # three anchors, four aliases: each one reported, nothing expanded
    assert all("not allowed" in p.message for p in found)


def test_second_document_is_refused() -> None:
    problem = only(b"a: 1\n---\nb: 2\n")
    assert problem.line == 2
    assert problem.message == "a second YAML document ('---') is not allowed"


@pytest.mark.parametrize("data", [b"", b"   \n", b"# only a comment\n"])
def test_empty_file(data: bytes) -> None:
    problem = only(data)
    assert (problem.line, problem.message) == (1, "file is empty")


def test_utf16_is_refused_with_a_hint() -> None:
    problem = only("a: b\n".encode("utf-16"))
    assert problem.message == "file is UTF-16; save it as UTF-8"


def test_invalid_utf8_reports_line_and_column_of_the_byte() -> None:
    problem = only(b"a: ok\nb: caf\xe9\n")
    assert (problem.line, problem.col) == (2, 7)
    assert problem.message == "invalid UTF-8 byte 0xe9"


def test_nul_byte_is_refused() -> None:
    problem = only(b"a: ok\nbb: x\x00y\n")
    assert (problem.line, problem.col) == (2, 6)
    assert "NUL byte" in problem.message


def test_utf8_bom_is_accepted() -> None:
    root = read_yaml("\ufeffa: é\n".encode(), "f.yaml")
    assert root.pairs["a"][1].text == "é"


def test_size_cap() -> None:
    problem = only(b"a: " + b"x" * (2 * 1024 * 1024) + b"\n")
    assert problem.message == "file is 2.0 MiB; the limit is 2 MiB"
    read_yaml(b"a: " + b"x" * 100, "f.yaml", max_bytes=103)
    assert only(b"a: " + b"x" * 100, max_bytes=102).line == 1


def test_depth_cap() -> None:
    ok = b"a:\n" + b"".join(b"  " * i + b"- \n" for i in range(1, 3))
    read_yaml(ok, "f.yaml", max_depth=3)
    problem = only(b"[[[[x]]]]", max_depth=3)
    assert (problem.line, problem.col) == (1, 4)
    assert problem.message == "nesting is deeper than 3 levels"


def test_node_cap() -> None:
    problem = only(b"[a, b, c, d, e]", max_nodes=3)
    assert problem.message == "file has more than 3 values"
    assert problem.col == 8


def test_syntax_error_has_line_column_and_source() -> None:
    problem = only(b"a: 1\nb: [1, 2\nc: 3\n")
    assert problem.message.startswith("YAML syntax: ")
    assert problem.line == 3
    assert problem.hint == "check indentation, colons and matching quotes/brackets"
    assert problem.source == "c: 3"


def test_tab_indentation_is_a_syntax_error() -> None:
    problem = only(b"a:\n\tb: 1\n")
    assert problem.line == 2 and problem.message.startswith("YAML syntax: ")


def test_mapping_key_must_be_text() -> None:
    problem = only(b"? [a, b]\n: value\n")
    assert problem.message == "a mapping key must be plain text, not a list"
    assert problem.line == 1


def test_problem_str_and_render() -> None:
    problem = Problem("p.yaml", 14, 5, "unknown key 'factor' — did you mean 'factors'?", where="evidence #3 'x'",
                      hint="allowed keys here: id", source="    factor: [austria]")
    assert str(problem) == "p.yaml:14:5: error: unknown key 'factor' — did you mean 'factors'?"
    assert problem.render().splitlines() == [
        "p.yaml:14:5: error: unknown key 'factor' — did you mean 'factors'?",
        "  in evidence #3 'x'",
        "   14 |     factor: [austria]",
        "      |     ^",
        "  hint: allowed keys here: id",
    ]
    # a problem about the whole file still prints a valid PATH:LINE:COL
    assert str(Problem("p.yaml", 0, 0, "cannot read", severity="warning")) == "p.yaml:1:1: warning: cannot read"


INDENT_CASES = [  # (file, line, column, key, other key, its line, "in"/"out", spaces)
    (b"evidence:\n  - id: a\n     text: hello\n", 3, 6, "text", "id", 2, "in", 1),
    (b"evidence:\n  - id: a\n text: hello\n", 3, 2, "text", "id", 2, "out", 3),
    (b"evidence:\n  - id: a\n   text: hello\n", 3, 4, "text", "id", 2, "out", 1),
    # deeper in a file, after a finished sibling entry, a comment and a blank line
    (b"title: t\nevidence:\n  - id: z\n    text: first\n  - id: a\n    factors: [x]\n\n    # note\n"
     b"      year: 1953\n", 9, 7, "year", "factors", 6, "in", 2),
]


@pytest.mark.parametrize(("data", "line", "col", "key", "other", "other_line", "way", "spaces"), INDENT_CASES)
def test_a_misindented_key_is_named_as_an_indentation_mistake(data: bytes, line: int, col: int, key: str, other: str,
                                                              other_line: int, way: str, spaces: int) -> None:
    problem = only(data)
    amount = f"{spaces} space" + ("s" if spaces != 1 else "")
    assert (problem.line, problem.col) == (line, col)
    assert problem.message == (f"YAML syntax: wrong indentation: '{key}:' starts {amount} further {way} than "
                               f"'{other}:' on line {other_line}")
    assert problem.hint.startswith(f"line up '{key}:' with '{other}:' above it")
    assert "quotes" not in problem.message and "indicator" not in problem.message


def test_a_colon_inside_an_unquoted_value_still_asks_for_quotes() -> None:
    problem = only(b"evidence:\n  - id: a\n    text: Beria's plan: a neutral Germany\n")
    assert (problem.line, problem.col) == (3, 23)
    assert problem.message == "YAML syntax: ': ' inside a value that is not in quotes"
    assert problem.hint.startswith("put the whole value in quotes")


RAW_CONTROLS = [("\x0b", "U+000B vertical tab"), ("\x0c", "U+000C form feed"), ("\x1b", "U+001B escape"),
                ("\x07", "U+0007 bell"), ("\x7f", "U+007F delete"), ("\ufffe", "U+FFFE non-character"),
                ("\x86", "U+0086 C1 control character"), ("\x01", "U+0001 start of heading")]


@pytest.mark.parametrize(("char", "name"), RAW_CONTROLS)
def test_a_raw_control_character_is_located_and_named(char: str, name: str) -> None:
    """Before: 'not readable as YAML: ReaderError' at 1:1, wherever the character was."""
    data = f"format: coexist-pack/1\r\nid: x\ntitle: Café{char}crème\n".encode()
    problem = only(data)
    assert (problem.line, problem.col) == (3, 12)  # in characters, after a CRLF line and an é
    assert problem.message == f"the file contains {name}, which YAML does not allow"
    assert problem.source == f"title: Café{char}crème"
    assert problem.hint


def test_a_vertical_tab_from_word_gets_a_hint() -> None:
    problem = only(b"title: one\x0btwo\n")
    assert problem.hint.startswith("Word writes this for a line break made with Shift+Enter")


def test_a_control_character_through_an_escape_is_still_text() -> None:
    root = read_yaml(b'title: "one\\vtwo \\e[2J"\n', "p.yaml")
    assert root.pairs["title"][1].text == "one\x0btwo \x1b[2J"


def test_the_characters_refused_are_exactly_those_yaml_does_not_print() -> None:
    """YAML 1.1 allows tab, line feed, carriage return, 0x20-0x7E, 0x85, 0xA0-0xD7FF, 0xE000-0xFFFD and
    0x10000-0x10FFFF; the reader's pattern lists the rest, and must match every one of them and no other."""
    from coexist_gui.core.yamlsafe import _NOT_PRINTABLE

    printable = [(0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E), (0x85, 0x85), (0xA0, 0xD7FF), (0xE000, 0xFFFD),
                 (0x10000, 0x10FFFF)]
    expected = {code for code in range(0x110000) if not any(low <= code <= high for low, high in printable)}
    everything = "".join(map(chr, range(0x110000)))
    assert {ord(char) for char in _NOT_PRINTABLE.findall(everything)} == expected
