"""Compare with the model plan: hidden until a check, the right cards and factors marked."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from coexist_gui.core.compare import compare
from coexist_gui.gui.windows.compare import CompareDialog


def test_compare_is_offered_only_after_a_check(window):
    assert window.session.prompt.exemplar is not None
    assert not window.menu_actions.compare.isEnabled()
    assert window.checks.compare_with_model() is None
    window.checks.check_plan()
    assert window.menu_actions.compare.isEnabled()
    window.prompt_bar.prompts.setCurrentIndex(1)
    window.prompt_bar.promptChosen.emit(1)
    assert not window.menu_actions.compare.isEnabled()  # a new question: plan again before seeing its model


def test_no_compare_for_a_prompt_without_a_model_plan(window):
    entry = window.library.entries[0]
    prompt = replace(window.session.prompt, exemplar=None)
    window.switch_to(entry, prompt)
    window.checks.check_plan()
    assert not window.menu_actions.compare.isEnabled()


def test_the_window_marks_model_only_cards(window):
    exemplar = window.session.prompt.exemplar
    first, second = exemplar.paragraphs[0], exemplar.paragraphs[1]
    window.session.place_cards([first.cards[0]], 0)
    window.session.place_cards(list(second.cards), 1)
    window.checks.check_plan()
    dialog = window.checks.compare_with_model()
    assert isinstance(dialog, CompareDialog) and dialog.isVisible()
    used = set(window.session.plan.placed_cards())
    expected = [c for p in exemplar.paragraphs for c in p.cards if c not in used]
    assert dialog.marked_cards() == expected
    assert first.cards[0] not in dialog.marked_cards() and first.cards[1] in dialog.marked_cards()
    assert dialog.marked_factors() == []  # the model plan supports every factor
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"{window.session.score.overall}/100 · Band {window.session.score.band} of 5 · " \
           f"{window.session.score.band_name}" in texts
    assert texts.count("Not in your plan") == len(expected)


def test_factors_only_the_student_covered_are_marked(window, qapp):
    pack, prompt = window.session.pack, window.session.prompt
    short_model = replace(prompt.exemplar, paragraphs=prompt.exemplar.paragraphs[:2])
    prompt = replace(prompt, exemplar=short_model)
    window.switch_to(window.library.entries[0], prompt)
    third = prompt.factors[2]
    card = next(c.id for c in pack.cards if third in c.factors)
    window.session.place_cards([card], 2)
    window.session.place_cards([prompt.exemplar.paragraphs[0].cards[0]], 0)
    window.checks.check_plan()
    dialog = window.checks.compare_with_model()
    assert dialog.marked_factors() == [third]
    comparison = compare(window.session.plan, pack, prompt)
    assert comparison.factors_only_in_plan == {third}
    assert comparison.cards_only_in_exemplar == set(prompt.exemplar.placed_cards()) - {
        prompt.exemplar.paragraphs[0].cards[0]}
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Only your plan supports this factor" in texts
    assert comparison.plan_score.overall == window.session.score.overall
    assert comparison.exemplar_score.overall < 100  # the shortened model plan misses factors


def test_pack_text_in_the_comparison_is_plain(window):
    hostile = "<b>bold</b> <img src='x'>"
    window.session.set_judgement_text(hostile)
    window.checks.check_plan()
    dialog = window.checks.compare_with_model()
    labels = [label for label in dialog.findChildren(QLabel) if "<" in label.text()]
    assert labels and all(label.textFormat().name == "PlainText" for label in labels)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_marks_are_readable_and_clear_of_the_scroll_bar(window):
    window.session.place_cards([window.session.prompt.exemplar.paragraphs[0].cards[0]], 0)
    window.checks.check_plan()
    dialog = window.checks.compare_with_model()
    tags = [label for label in dialog.findChildren(QLabel) if label.text() == "Not in your plan"]
    assert tags
    for tag in tags:  # the words use the palette's text colour (WCAG AA: 4.5:1); the orange is the stripe only
        palette = tag.palette()
        text, window_colour = palette.color(tag.foregroundRole()), palette.color(QPalette.ColorRole.Window)
        assert text == dialog.palette().color(QPalette.ColorRole.WindowText)
        assert _contrast(text, window_colour) >= 4.5
    assert dialog.grid.contentsMargins().right() > 0  # the right column's text does not touch the scroll bar


def test_the_students_misplaced_cards_are_marked(window):
    pack = window.session.pack
    first_factor = window.session.prompt.factors[0]
    wrong = next(c for c in pack.cards if first_factor not in c.factors
                 and set(c.factors) & set(window.session.prompt.factors))
    window.session.place_cards([wrong.id], 0)
    window.checks.check_plan()
    dialog = window.checks.compare_with_model()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert sum("does not count here" in t for t in texts) == 1
