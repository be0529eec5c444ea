"""Ids made from text: ``"Khrushchev's secret speech, 1956"`` -> ``khrushchevs-secret-speech-1956``.

An id is made once, when a card, factor, prompt or pack is created, and kept from then on: the
editor never makes it again when the text is edited, because students' plans and history
record ids, and a changed id would turn their cards into "missing card".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from ..schema import MAX_ID, SLUG

ID_WORDS = 6  # at most this many words of the text go into a made id
ID_LENGTH = 40  # and at most this many characters (the format allows MAX_ID)
_APOSTROPHES = re.compile("['\u2019\u02bc]")
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str, words: int = ID_WORDS, length: int = ID_LENGTH) -> str:
    """The first ``words`` words of ``text`` as an id (letters without accents, digits, '-'); "" if none."""
    folded = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text.casefold()))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    parts = [part for part in _NOT_ID.split(ascii_text) if part][:words]
    out = ""
    for part in parts:
        candidate = f"{out}-{part}" if out else part
        if len(candidate) > length:
            if not out:  # one very long word: cut it
                out = part[:length]
            break
        out = candidate
    return out


def unique(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not in ``taken``; always a valid id."""
    base = base.strip("-")[:MAX_ID - 6].strip("-") or "item"
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def id_for(text: str, taken: Collection[str], fallback: str) -> str:
    """A fresh id from ``text`` (``fallback`` when the text has no Latin letters or digits, e.g. Cyrillic)."""
    return unique(slug(text) or fallback, taken)


def is_valid_id(value: str) -> bool:
    return len(value) <= MAX_ID and SLUG.fullmatch(value) is not None
