"""Facts about languages that do not need a translation: tags, text direction, and folding text for search.

A pack names the language its text is written in (``language:``, a BCP 47 tag); the window and the
exports lay that text out in the language's direction, and the evidence bank's search compares
folded text, so that case, accents and the way an accented letter is encoded do not matter.
"""

from __future__ import annotations

import unicodedata

# Languages written right to left (ISO 639 codes; a tag's script subtag can say otherwise, below).
RTL_LANGUAGES = frozenset("ar arc ckb dv fa he iw ku ps sd syr ug ur yi".split())
RTL_SCRIPTS = frozenset("adlm arab hebr mand mend nkoo rohg samr syrc thaa".split())
LTR_SCRIPTS = frozenset("latn cyrl".split())  # "ku-Latn", "az-Latn": a right-to-left language in a left-to-right script


def primary(tag: str) -> str:
    """The language subtag, lower case: "de" for "de-AT", "de_DE.UTF-8" or "DE"; "" for no tag."""
    return tag.replace("_", "-").split(".")[0].split("@")[0].split("-")[0].strip().lower()


def _script(tag: str) -> str:
    for part in tag.replace("_", "-").split(".")[0].split("-")[1:]:
        if len(part) == 4 and part.isalpha():
            return part.lower()
    return ""


def is_rtl(tag: str) -> bool:
    """Whether text in the language ``tag`` is written right to left ("ar", "he-IL", "fa"; not "ku-Latn")."""
    script = _script(tag)
    if script in RTL_SCRIPTS:
        return True
    if script in LTR_SCRIPTS:
        return False
    return primary(tag) in RTL_LANGUAGES


def direction(tag: str) -> str:
    """ "rtl" or "ltr", as HTML's ``dir`` attribute wants it."""
    return "rtl" if is_rtl(tag) else "ltr"


# Letters that look accented but have no decomposition, so NFKD cannot take the mark off.
_BASE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ŀ": "l"})


def fold(text: str) -> str:
    """``text`` as the search compares it: case folded, in compatibility decomposition, marks removed.

    "Chruschtschow" and "chruschtschow" fold alike, and so do "ä" typed as one character (U+00E4) and as
    "a" followed by a combining diaeresis (U+0308); "ß" folds to "ss", "Łódź" to "lodz". Arabic and Hebrew
    vowel marks are combining marks too, so a search without them finds text with them. Turkish "I", "ı",
    "İ" and "i" all fold to "i", whatever the language: a search that ignores accents ignores the dot.
    """
    if text.isascii():  # the same result, ten times faster: nothing to decompose, casefold() is lower()
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_BASE_LETTERS)
