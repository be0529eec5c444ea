"""Untrusted pack or plan text made safe to show: in a terminal table, on a terminal, in the window.

A card or a student's name can hold escape sequences (YAML's "\\e[2J") or bidi
overrides that would clear the screen or reorder the columns; they are shown as
'?'. Line breaks and tabs fold into one space so a value stays on its line.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")


def one_line(text: str, width: int | None = None) -> str:
    """``text`` on one line without control characters, cut to ``width`` characters with '…'."""
    text = _SPACE.sub(" ", _CONTROLS.sub("?", text)).strip()
    if width is not None and len(text) > width:
        return text[: max(width - 1, 0)].rstrip() + "…"
    return text


# What the window replaces in pack and plan text before showing it: C0 controls but tab and line feed,
# DEL, C1 controls, every bidi control (the overrides and embeddings, the isolates, and the marks: a
# right-to-left mark before each digit is enough to show a year backwards), and lone surrogates (Qt
# cannot show them). Letters carry their own direction, so Arabic or Hebrew text reads right without them.
_SHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                    "\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\x85\u2028\u2029]")
_ONE_LINE = re.compile("[\t\n]")


def printable(text: str) -> str:
    """``text`` as the window shows it: every control or bidi character is U+FFFD, line breaks are line feeds.

    Without it a right-to-left override in a card would reverse how the rest of the card reads,
    and an escape sequence would show as a box or not at all. Idempotent: showing shown text
    again changes nothing, so a field can compare what it shows with what it would show.
    """
    return _SHOWN.sub("\ufffd", _LINE_BREAKS.sub("\n", text))


def printable_line(text: str) -> str:
    """``printable(text)`` on one line (a chooser entry, a button, a list row): tabs and line breaks are spaces."""
    return _ONE_LINE.sub(" ", printable(text))


# What a terminal may act on: C0 controls but the line feed (ESC starts CSI and OSC sequences: clear the
# screen, set the clipboard; CR returns to the start of the line, so a hint can overwrite the error
# before it), DEL, C1 controls (CSI is one byte there), and the characters that change the direction
# of the text after them (bidi overrides, isolates and marks) or break a line (U+2028, U+2029).
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                       "\u2066-\u2069]")


def for_terminal(text: str) -> str:
    """``text`` as a terminal may show it: line feeds kept, a tab as a space, every other control as '�'."""
    return _TERMINAL.sub("\ufffd", text.replace("\t", " "))


def json_for_terminal(data: object) -> str:
    """``data`` as indented JSON in which every character ``for_terminal`` would replace is a \\u escape.

    JSON already escapes C0 controls; DEL, C1 and the bidi characters would reach the terminal raw
    with ``ensure_ascii=False``. As escapes they are the same JSON data, and the output stays readable.
    """
    import json  # for `--json` output only

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _TERMINAL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
