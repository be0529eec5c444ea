"""Languages: which one is used, how it writes numbers, dates and quotations, text direction, search folding."""

from __future__ import annotations

import time
import unicodedata

import pytest

from coexist_gui.core import i18n
from coexist_gui.core.i18n import _, ngettext
from coexist_gui.core.languages import direction, fold, is_rtl, primary


@pytest.mark.parametrize(("tag", "code"), [("de", "de"), ("de_DE.UTF-8", "de"), ("de-AT", "de"), ("DE", "de"),
                                           ("de_CH@euro", "de"), ("en_GB", "en"), ("fr", "en"), ("", "en"),
                                           ("C", "en"), ("xx-Latn", "en")])
def test_set_language_takes_any_form_of_a_tag(tag: str, code: str) -> None:
    assert i18n.set_language(tag) == code and i18n.language() == code


def test_german_is_spoken_and_english_is_the_source(german: None) -> None:
    assert "de" in i18n.languages() and i18n.languages()[0] == "en"
    assert _("Range") == "Breite"
    i18n.set_language("en")
    assert _("Range") == "Range"


def test_plural_forms_follow_the_catalogue(german: None) -> None:
    forms = [ngettext("{count} card", "{count} cards", n).format(count=n) for n in (0, 1, 2, 21)]
    assert forms == ["0 Karten", "1 Karte", "2 Karten", "21 Karten"]
    i18n.set_language("en")
    assert [ngettext("{count} card", "{count} cards", n).format(count=n) for n in (0, 1, 2)] == \
        ["0 cards", "1 card", "2 cards"]


@pytest.mark.parametrize(("environ", "wanted"), [
    ({"LANG": "de_DE.UTF-8"}, ["de_DE.UTF-8"]),
    ({"LANGUAGE": "fr:de", "LANG": "en_US.UTF-8"}, ["fr", "de", "en_US.UTF-8"]),
    ({"LC_ALL": "C", "LANG": "de_DE"}, ["de_DE"]),  # "C" asks for no language
    ({"COEXIST_LANG": "de", "LANG": "fr_FR"}, ["de"]),  # an explicit choice for Coexist stops there
    ({"LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_GB"}, ["de_AT.UTF-8", "en_GB"]),
    ({}, []),
])
def test_requested_languages_follow_gettext_order(environ: dict[str, str], wanted: list[str]) -> None:
    assert i18n.requested_languages(environ) == wanted


def test_best_language_is_the_first_one_spoken() -> None:
    assert i18n.best_language(["fr", "de_DE.UTF-8", "en"]) == "de"
    assert i18n.best_language(["fr", "it"]) == "en"
    assert i18n.best_language(["en_GB", "de"]) == "en"


def test_each_language_is_named_in_itself() -> None:
    assert i18n.native_name("de") == "Deutsch" and i18n.native_name("en") == "English"
    assert i18n.native_name("xx") == "xx"


def test_numbers_use_the_languages_separators(german: None) -> None:
    assert (i18n.number(12345), i18n.number(12345.25, 1), i18n.number(0.5, 1)) == ("12.345", "12.345,2", "0,5")
    i18n.set_language("en")
    assert (i18n.number(12345), i18n.number(12345.25, 1), i18n.number(2 ** 60)) == \
        ("12,345", "12,345.2", f"{2 ** 60:,}")


def test_dates_use_the_languages_order(german: None) -> None:
    moment = time.mktime((2025, 3, 14, 9, 30, 0, 0, 0, -1))
    assert (i18n.date_text(moment), i18n.datetime_text(moment)) == ("14.03.2025", "14.03.2025, 09:30")
    i18n.set_language("en")
    assert (i18n.date_text(moment), i18n.datetime_text(moment)) == ("2025-03-14", "2025-03-14 09:30")
    assert i18n.date_text(1e300) == ""


def test_quotation_marks_are_the_languages(german: None) -> None:
    assert i18n.quote("Entspannung") == "„Entspannung“"
    assert i18n.inner_quotes('Reuter rief: „Schaut auf diese Stadt!“') == "Reuter rief: ‚Schaut auf diese Stadt!‘"
    assert i18n.inner_quotes('a "straight" quote') == 'a "straight" quote'
    assert i18n.inner_quotes("« guillemets »") == "‚ guillemets ‘"
    i18n.set_language("en")
    assert i18n.quote("Détente") == "‘Détente’"
    assert i18n.inner_quotes("Khrushchev spoke of “peaceful coexistence”") == \
        "Khrushchev spoke of ‘peaceful coexistence’"
    assert i18n.inner_quotes("no quotes here") == "no quotes here"


def test_feedback_quotes_cards_and_names_in_german(german: None) -> None:
    from coexist_gui.core.feedback import render
    from coexist_gui.core.scoring import Feedback

    item = Feedback("card_misplaced", params={"card_text": "Reuter rief: „Schaut auf diese Stadt!“",
                                              "heading": "Die Entschlossenheit der Westmächte", "blind": False,
                                              "fits": ["Der Durchhaltewille der Westberliner"]})
    assert render(item) == ("„Reuter rief: ‚Schaut auf diese Stadt!‘“ steht bei „Die Entschlossenheit der "
                            "Westmächte“, passt aber zu „Der Durchhaltewille der Westberliner“: in diesen Absatz "
                            "verschieben.")


@pytest.mark.parametrize(("tag", "rtl"), [("ar", True), ("ar-EG", True), ("he", True), ("fa-IR", True), ("ur", True),
                                          ("yi", True), ("az-Arab", True), ("ku-Latn", False), ("de", False),
                                          ("en", False), ("", False), ("sr-Cyrl", False)])
def test_text_direction_follows_the_language(tag: str, rtl: bool) -> None:
    assert is_rtl(tag) is rtl and direction(tag) == ("rtl" if rtl else "ltr")


def test_primary_subtag() -> None:
    assert [primary(t) for t in ("de-AT", "pt_BR.UTF-8", "EN", "", "sr-Latn-RS")] == ["de", "pt", "en", "", "sr"]


def test_search_folding_ignores_case_accents_and_encoding() -> None:
    composed, decomposed = "Bärbel", unicodedata.normalize("NFD", "Bärbel")
    assert composed != decomposed and fold(composed) == fold(decomposed) == fold("barbel")
    assert fold("chruschtschow") == fold("Chruschtschow")
    assert fold("Straße") == fold("STRASSE")
    assert fold("Łódź") == "lodz" and fold("İstanbul") == fold("istanbul") == fold("ıstanbul")
    assert fold("مُحَمَّد") == fold("محمد")  # Arabic vowel marks are combining marks
    assert fold("שָׁלוֹם") == fold("שלום")  # and so are Hebrew points


def test_the_german_help_says_what_the_english_says(german: None) -> None:
    """The help is translated by hand: the German says the same figures in the same order, point for point."""
    import re

    german_help = i18n.translated_resource("scoring.md")
    assert german_help.name == "scoring.de.md"
    i18n.set_language("en")
    english_help = i18n.translated_resource("scoring.md")
    assert english_help.name == "scoring.md"
    texts = [path.read_text(encoding="utf-8") for path in (english_help, german_help)]
    figures = [re.findall(r"\d+", text) for text in texts]
    assert figures[0] == figures[1] and len(figures[0]) > 20
    for mark in ("\n- ", "\n**", "\n## "):
        assert texts[0].count(mark) == texts[1].count(mark), mark


@pytest.mark.parametrize("language", i18n.languages())
def test_the_criteria_have_different_marks_in_every_language(language: str) -> None:
    from coexist_gui.core.feedback import criterion_label, criterion_mark

    i18n.set_language(language)
    ids = ("range", "balance", "selection", "analysis", "judgement")
    marks = [criterion_mark(c) for c in ids]
    assert len(set(marks)) == 5 and all(len(m) == 1 and m.isupper() for m in marks)
    assert len({criterion_label(c) for c in ids}) == 5
