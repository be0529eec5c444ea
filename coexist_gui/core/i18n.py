"""The one place the core's words for people go through: gettext, with English as the source language.

Every sentence the core makes (feedback, bands and criteria, plan documents, the class report, pack
summaries, the validator's and readers' messages, the command line) is marked with one of:

* ``_("text")``: a message;
* ``ngettext("one card", "{count} cards", count)``: a message with plural forms (the catalogue's
  ``Plural-Forms`` header picks the form, so a language with three or six forms works as well);
* ``pgettext("context", "text")`` / ``npgettext(...)``: the same with a context, where one English
  word needs different translations (``"error"`` as a severity);
* ``N_("text")``: marked for the catalogue but translated later with ``_`` (tables built at import).

Placeholders are named (``{factor}``), so a translation can put them in any order. Until
``set_language`` installs a catalogue, every function returns the English text. The window
translates its widgets with Qt's own translator; both follow the same language (README,
"Languages"). Catalogues: ``resources/locale/<lang>/LC_MESSAGES/coexist.po`` (source) and ``.mo``
(compiled); ``python scripts/translations.py update`` brings them up to date with the code.

The conventions a language writes numbers, dates and quotation marks with come from its catalogue
too (``number``, ``date_text``, ``quote``), so adding a language never means editing code.
"""

from __future__ import annotations

import gettext
import os
import re
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from .languages import primary

DOMAIN = "coexist"
ENGLISH = "en"
_active: gettext.NullTranslations = gettext.NullTranslations()
_language = ENGLISH


def N_(message: str, plural: str = "") -> str:
    """Mark ``message`` (and its ``plural``) for the catalogue without translating it (yet)."""
    return message


def _(message: str) -> str:
    return _active.gettext(message) if message else ""


def ngettext(singular: str, plural: str, count: int) -> str:
    return _active.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    return _active.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    return _active.npgettext(context, singular, plural, count)


# -- which language --------------------------------------------------------------------------------------


def locale_dir() -> Path:
    from .pack import resource_path  # resources/ lives beside the package or inside the wheel

    return resource_path("locale")


def catalogue_languages() -> tuple[str, ...]:
    """The languages with a compiled catalogue, by code ("de"), sorted; English needs none."""
    folder = locale_dir()
    try:
        entries = sorted(p.name for p in folder.iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file())
    except OSError:
        return ()
    return tuple(entries)


def languages() -> tuple[str, ...]:
    """Every language Coexist speaks: English first, then each catalogue."""
    return (ENGLISH,) + tuple(code for code in catalogue_languages() if code != ENGLISH)


def _translations(code: str) -> gettext.NullTranslations | None:
    try:
        return gettext.translation(DOMAIN, locale_dir(), languages=[code])
    except OSError:
        return None


def set_language(tag: str) -> str:
    """Use the catalogue for ``tag`` ("de", "de_DE.UTF-8", "de-AT"); English when there is none.

    Returns the language now in use, as a catalogue's code ("de", or "en").
    """
    global _active, _language
    code = primary(tag)
    found = _translations(code) if code and code != ENGLISH else None
    if found is None:
        _active, _language = gettext.NullTranslations(), ENGLISH
    else:
        _active, _language = found, code
    return _language


def language() -> str:
    """The language in use: "en", or the code of the catalogue ``set_language`` installed."""
    return _language


_IGNORED_LOCALES = ("", "c", "posix")


def requested_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the environment asks for, most wanted first: ``COEXIST_LANG``, then gettext's
    ``LANGUAGE`` (a list, "de:en"), ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``. "C" and "POSIX" ask for none."""
    env = os.environ if environ is None else environ
    found: list[str] = []
    for name in ("COEXIST_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in env.get(name, "").split(":"):
            if value.split(".")[0].strip().lower() not in _IGNORED_LOCALES:
                found.append(value.strip())
        if name == "COEXIST_LANG" and found:
            break  # an explicit choice for Coexist: the system's preferences do not follow it
    return found


def best_language(candidates: Iterable[str]) -> str:
    """The first of ``candidates`` Coexist speaks ("en" if none is)."""
    spoken = languages()
    for candidate in candidates:
        code = primary(candidate)
        if code in spoken:
            return code
    return ENGLISH


def native_name(code: str) -> str:
    """A language's name in that language ("Deutsch"), from its own catalogue; the code if there is none."""
    if code == ENGLISH:
        return "English"
    found = _translations(code)
    # Translators: the name of your language, in your language ("Deutsch", "Français").
    name = found.pgettext("name of this language", "English") if found is not None else "English"
    return code if name == "English" else name


def translated_resource(name: str) -> Path:
    """A file of ``resources/`` in the language in use: "scoring.de.md" for "scoring.md" in German, when it
    exists; otherwise the English file."""
    from .pack import resource_path

    stem, dot, suffix = name.rpartition(".")
    if _language != ENGLISH and dot:
        found = resource_path(f"{stem}.{_language}.{suffix}")
        if found.is_file():
            return found
    return resource_path(name)


# -- how a language writes numbers, dates and quotations ---------------------------------------------------


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the language's digit grouping and decimal mark: "12,345.5" in English, "12.345,5" in German."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.{decimals}f}"
    # Translators: the character between groups of three digits (12,345); "." in German, a space in French.
    group = pgettext("thousands separator", ",")
    # Translators: the character before the decimals of a number (0.5); "," in German.
    point = pgettext("decimal separator", ".")
    separators: dict[str, str | int | None] = {",": group, ".": point}
    return text.translate(str.maketrans(separators))


def date_text(seconds: float) -> str:
    """A local date in the language's numeric form ("2025-03-14", "14.03.2025"); "" for no real time."""
    # Translators: a date in strftime's numbers only (%d day, %m month, %Y year): "%d.%m.%Y" in German.
    return _strftime(pgettext("date format", "%Y-%m-%d"), seconds)


def datetime_text(seconds: float) -> str:
    """A local date and time ("2025-03-14 09:30", "14.03.2025, 09:30"); "" for no real time."""
    # Translators: a date and time in strftime's numbers only (%H hour, %M minute).
    return _strftime(pgettext("date and time format", "%Y-%m-%d %H:%M"), seconds)


def _strftime(fmt: str, seconds: float) -> str:
    try:
        return time.strftime(fmt, time.localtime(seconds))
    except (OverflowError, OSError, ValueError):
        return ""


def quote(text: str) -> str:
    """``text`` in the language's quotation marks: ‘Détente’ in English, „Entspannung“ in German."""
    # Translators: quotation marks around a name or phrase in a sentence: „{text}“ in German, « {text} » in French.
    return pgettext("quotation marks", "‘{text}’").format(text=text)


_INNER = re.compile(r"[“„«»”]([^\"“„«»”\n]{1,300})[”“«»]")


def inner_quotes(text: str) -> str:
    """``text`` (a card quoted in double quotation marks) with the quotations inside it in the language's
    marks for a quotation within a quotation: “… ‘peaceful coexistence’ …”, „… ‚friedliche Koexistenz‘ …“.
    Only typographic quotation marks are changed: a straight '"' may be part of what the card quotes."""
    if not any(mark in text for mark in "“„«»"):
        return text
    # Translators: quotation marks for a quotation inside a quotation: ‚{text}‘ in German.
    inner = pgettext("quotation marks inside a quotation", "‘{text}’")
    return _INNER.sub(lambda match: inner.format(text=match.group(1)), text)
