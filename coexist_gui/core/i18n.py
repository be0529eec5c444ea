"""The one place the core's words for people go through: gettext, with English as the source language.

``_`` marks a message, ``ngettext`` a message with plural forms. Until ``set_language`` installs a
catalogue, both return the English text. The window uses Qt's own translator for its widgets; every
sentence the core makes (feedback, bands, reports, the command line) comes through here.
"""

from __future__ import annotations

import gettext
from pathlib import Path

DOMAIN = "coexist"
_active: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def locale_dir() -> Path:
    from .pack import resource_path  # resources/ lives beside the package or inside the wheel

    return resource_path("locale")


def set_language(language: str) -> str:
    """Use the catalogue for ``language`` ("de", "de_DE", "de-AT"); English when there is none. Returns
    the language now in use."""
    global _active, _language
    code = language.replace("-", "_").split(".")[0]
    candidates = [code, code.split("_")[0]] if code else []
    for candidate in candidates:
        if candidate.lower().startswith("en"):
            break
        try:
            _active = gettext.translation(DOMAIN, locale_dir(), languages=[candidate])
            _language = candidate.split("_")[0]
            return _language
        except OSError:
            continue
    _active, _language = gettext.NullTranslations(), "en"
    return _language


def language() -> str:
    return _language


def _(message: str) -> str:
    return _active.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _active.ngettext(singular, plural, count)
