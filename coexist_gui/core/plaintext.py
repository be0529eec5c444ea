"""Untrusted pack or plan text made safe to print in a terminal table.

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


def printable(text: str) -> str:
    """``text`` with control and bidi-override characters shown as '�' (line breaks and tabs kept).

    The window uses it for pack text: a right-to-left override in a card would otherwise
    reverse how the rest of the card reads.
    """
    return _CONTROLS.sub("\ufffd", text)
