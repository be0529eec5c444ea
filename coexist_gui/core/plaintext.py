"""Untrusted pack or plan text made safe to print in a terminal table.

A card or a student's name can hold escape sequences (YAML's "\\e[2J") or bidi
overrides that would clear the screen or reorder the columns; they are shown as
'?'. Line breaks and tabs fold into one space so a value stays on its line.
"""

from __future__ import annotations

import json
import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")


def one_line(text: str, width: int | None = None) -> str:
    """``text`` on one line without control characters, cut to ``width`` characters with '…'."""
    text = _SPACE.sub(" ", _CONTROLS.sub("?", text)).strip()
    if width is not None and len(text) > width:
        return text[: max(width - 1, 0)].rstrip() + "…"
    return text


def printable(text: str) -> str:
    """``text`` with control and bidi-override characters shown as '�' (line breaks and tabs kept).

    The window uses it for pack text: a right-to-left override in a card would otherwise
    reverse how the rest of the card reads.
    """
    return _CONTROLS.sub("\ufffd", text)


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
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _TERMINAL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
