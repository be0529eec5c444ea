"""The coverage chart paints one bar per factor in the factor's colour, and says the numbers in words."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from coexist_gui.core.colours import factor_colours
from coexist_gui.core.model import Pack
from coexist_gui.core.pack import load_builtin_pack
from coexist_gui.core.plan import new_plan, place_cards
from coexist_gui.core.scoring import score
from coexist_gui.gui.score.coverage_chart import PAD, CoverageChart


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_builtin_pack().pack


@pytest.fixture
def chart(qtbot) -> CoverageChart:
    widget = CoverageChart()
    qtbot.addWidget(widget)
    widget.resize(360, 240)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colour_count(image: QImage, colour: str) -> int:
    """Pixels exactly ``colour`` (bar interiors are flat fills; antialiased edges don't count)."""
    target = QColor(colour).rgb()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return sum(1 for y in range(0, image.height()) for x in range(0, image.width()) if image.pixel(x, y) == target)


def test_empty_state_then_factor_colour(chart: CoverageChart, pack: Pack) -> None:
    prompt = pack.prompts[0]
    colours = factor_colours(pack, prompt)
    first = colours[prompt.factors[0]]
    assert chart.is_empty() and chart.accessibleDescription() == "No evidence yet"
    assert colour_count(chart.grab().toImage(), first) == 0

    plan = place_cards(new_plan(pack, prompt), list(prompt.exemplar.paragraphs[0].cards), 0)
    result = score(plan, pack)
    assert result.factors[0].counted >= 2
    chart.set_data(result, colours, prompt.two_sided)
    image = chart.grab().toImage()
    assert colour_count(image, first) > 100
    for factor in prompt.factors[1:]:  # no cards for these yet: no bar, so none of their colours
        if colours[factor] != first:
            assert colour_count(image, colours[factor]) == 0

    chart.set_data(None, colours, False)
    assert colour_count(chart.grab().toImage(), first) == 0


def test_bar_length_follows_the_count(chart: CoverageChart, pack: Pack) -> None:
    prompt = pack.prompts[0]
    colours = factor_colours(pack, prompt)
    first = colours[prompt.factors[0]]
    cards = list(prompt.exemplar.paragraphs[0].cards)
    plan = new_plan(pack, prompt)
    chart.set_data(score(place_cards(plan, cards[:1], 0), pack), colours, False)
    one = colour_count(chart.grab().toImage(), first)
    chart.set_data(score(place_cards(plan, cards[:2], 0), pack), colours, False)
    two = colour_count(chart.grab().toImage(), first)
    assert one > 0 and two > one * 1.6


def test_description_and_size_grow_with_bars(chart: CoverageChart, pack: Pack) -> None:
    one_sided, two_sided = pack.prompts[0], pack.prompts[1]
    assert two_sided.two_sided
    result = score(replace(one_sided.exemplar, pack=pack.id), pack)
    chart.set_data(result, factor_colours(pack, one_sided), False)
    description = chart.accessibleDescription()
    for factor in result.factors:
        assert f"{factor.name}: {factor.counted} card" in description
    height_factors = chart.sizeHint().height()
    assert height_factors >= 22 * len(result.factors)
    assert chart.minimumSizeHint().height() == height_factors

    result = score(replace(two_sided.exemplar, pack=pack.id), pack)
    chart.set_data(result, factor_colours(pack, two_sided), True)
    description = chart.accessibleDescription()
    assert "Sides:" in description
    for side in result.sides:
        assert f"{side.name}: {side.counted} cards" in description
    rows = len(result.factors) + len(result.sides)
    assert chart.sizeHint().height() >= 22 * rows


def test_dark_palette_text_is_light(chart: CoverageChart, pack: Pack) -> None:
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    prompt = pack.prompts[0]
    chart.set_data(score(new_plan(pack, prompt), pack), factor_colours(pack, prompt), False)
    image = chart.grab().toImage()
    assert colour_count(image, "#f0f0f0") > 20  # labels in the palette's text colour
    assert colour_count(image, "#000000") == 0


def test_long_labels_are_elided_not_overflowing(chart: CoverageChart, pack: Pack) -> None:
    prompt = pack.prompts[0]
    colours = factor_colours(pack, prompt)
    plan = place_cards(new_plan(pack, prompt), list(prompt.exemplar.paragraphs[0].cards), 0)
    result = score(plan, pack)
    long_name = result.factors[0]._replace(name="An extremely long factor name " * 10)
    result = replace(result, factors=(long_name, *result.factors[1:]))
    chart.resize(240, 240)
    chart.set_data(result, colours, False)
    image = chart.grab().toImage()
    assert colour_count(image, colours[prompt.factors[0]]) > 50  # the bar still has room
    assert long_name.name in chart.accessibleDescription()


def test_side_names_use_the_whole_width(chart: CoverageChart, pack: Pack) -> None:
    prompt = next(p for p in pack.prompts if p.two_sided)
    result = score(new_plan(pack, prompt), pack)
    side = result.sides[0]._replace(name="Gorbachev's reforms were the main reason")
    result = replace(result, sides=(side, *result.sides[1:]))
    chart.set_data(result, factor_colours(pack, prompt), True)
    chart.resize(chart.width(), chart.heightForWidth(chart.width()))  # as tall as it asks to be
    metrics = chart.fontMetrics()
    assert metrics.horizontalAdvance(side.name) < chart.width()  # fits the chart, not a label column
    text = chart.palette().color(QPalette.ColorRole.WindowText).name()
    image = chart.grab().toImage()
    # the first side's name line: below the factor rows, the gap and the "Sides" heading
    last_top, last_height, _lines = chart._factor_rows(chart.width())[-1]
    top = chart._heading_height() + last_top + last_height + 2 * PAD
    right_half = image.copy(int(chart.width() * 0.6), top, int(chart.width() * 0.4), metrics.height())
    assert colour_count(right_half, text) > 0  # its end is painted, not cut off at the factors' label column
