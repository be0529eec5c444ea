"""The score panel shows exactly what score() computed, hides it in exam mode, and reports feedback clicks."""

from __future__ import annotations

import re
import sys
from dataclasses import replace

import pytest
from panel_checks import assert_shows, bars, label_texts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStyle, QWidget

from coexist_gui.core.colours import factor_colours
from coexist_gui.core.feedback import render
from coexist_gui.core.model import Pack, Plan, Prompt
from coexist_gui.core.pack import load_builtin_pack
from coexist_gui.core.plan import add_own_card, new_plan, place_cards
from coexist_gui.core.scoring import Score, score
from coexist_gui.gui.score.panel import ScorePanel


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_builtin_pack().pack


@pytest.fixture(params=[0, 1], ids=["factors", "two-sided"])
def prompt(request: pytest.FixtureRequest, pack: Pack) -> Prompt:
    return pack.prompts[request.param]


@pytest.fixture
def panel(qtbot) -> ScorePanel:
    widget = ScorePanel()
    qtbot.addWidget(widget)
    widget.resize(380, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(panel: ScorePanel, plan: Plan, pack: Pack) -> Score:
    prompt = pack.prompt(plan.prompt)
    result = score(plan, pack)
    panel.set_score(result, factor_colours(pack, prompt), prompt.two_sided)
    return result


def test_exemplar_scores_shown_as_computed(panel: ScorePanel, pack: Pack, prompt: Prompt) -> None:
    result = show(panel, replace(prompt.exemplar, pack=pack.id), pack)
    assert result.overall >= 80
    assert_shows(panel, result)
    assert not panel.feedback_list.isVisible()  # nothing to do: a sentence says so instead of an empty box
    assert any(text.startswith("Nothing to fix") for text in label_texts(panel))


def test_empty_plan_scores_shown_as_computed(panel: ScorePanel, pack: Pack, prompt: Prompt) -> None:
    result = show(panel, new_plan(pack, prompt), pack)
    assert result.overall == 0 and result.feedback
    assert_shows(panel, result)
    assert panel.feedback_list.isVisible()


def test_updates_in_place_without_rebuilding_widgets(panel: ScorePanel, pack: Pack, prompt: Prompt) -> None:
    children = set(panel.findChildren(QWidget))
    plan = new_plan(pack, prompt)
    show(panel, plan, pack)
    for card_id in prompt.exemplar.paragraphs[0].cards:
        plan = place_cards(plan, [card_id], 0)
        result = show(panel, plan, pack)
        assert_shows(panel, result)
    assert set(panel.findChildren(QWidget)) == children


def test_no_score_yet(panel: ScorePanel) -> None:
    assert "/100" in label_texts(panel)
    assert all(bar.value() == 0 for bar in bars(panel).values())
    assert panel.feedback_list.count() == 0 and panel.chart.is_empty()


def _numbers_anywhere(panel: ScorePanel) -> list[str]:
    found = []
    for widget in [panel, *panel.findChildren(QWidget)]:
        texts = [widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QProgressBar):
            texts.append(widget.text())
            if widget.value() > 0:
                found.append(f"{widget.accessibleName()} value {widget.value()}")
        found += [text for text in texts if re.search(r"\d", text)]
    found += [panel.feedback_list.item(row).text() for row in range(panel.feedback_list.count())]
    return found


def test_concealed_hides_every_number(panel: ScorePanel, pack: Pack, prompt: Prompt, qtbot) -> None:
    plan = place_cards(new_plan(pack, prompt), list(prompt.exemplar.paragraphs[0].cards), 0)
    result = show(panel, plan, pack)
    assert result.overall > 0 and _numbers_anywhere(panel)
    panel.set_concealed(True)
    assert panel.is_concealed()
    assert _numbers_anywhere(panel) == []
    assert not any(bar.isVisible() for bar in bars(panel).values())
    assert not panel.chart.isVisible() and not panel.feedback_list.isVisible()
    visible = [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]
    assert visible == ["Score", "Score hidden in exam mode — press Check plan (Ctrl+Return) to see it"]
    assert panel.check_button.isVisible()  # the way to see it is right there

    # edits while concealed stay hidden, and show up when revealed
    plan = place_cards(plan, list(prompt.exemplar.paragraphs[1].cards), 1)
    result = show(panel, plan, pack)
    assert _numbers_anywhere(panel) == []
    panel.set_concealed(False)
    qtbot.waitUntil(lambda: panel.chart.isVisible())
    assert_shows(panel, result)


def test_clicking_feedback_emits_that_item(panel: ScorePanel, pack: Pack, prompt: Prompt, qtbot) -> None:
    result = show(panel, new_plan(pack, prompt), pack)
    view = panel.feedback_list
    row = 1
    rect = view.visualItemRect(view.item(row))
    with qtbot.waitSignal(panel.feedbackActivated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [result.feedback[row]]


def test_enter_on_feedback_emits_that_item(panel: ScorePanel, pack: Pack, prompt: Prompt, qtbot) -> None:
    result = show(panel, new_plan(pack, prompt), pack)
    view = panel.feedback_list
    view.setFocus()
    view.setCurrentRow(2)
    with qtbot.waitSignal(panel.feedbackActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [result.feedback[2]]


def test_one_click_emits_once(panel: ScorePanel, pack: Pack, prompt: Prompt, qtbot) -> None:
    show(panel, new_plan(pack, prompt), pack)
    view = panel.feedback_list
    seen = []
    panel.feedbackActivated.connect(seen.append)
    view.itemClicked.emit(view.item(0))
    view.itemActivated.emit(view.item(0))  # styles that activate on a single click send both
    assert len(seen) == 1
    qtbot.waitUntil(lambda: panel._emitted_row is None)
    view.itemActivated.emit(view.item(0))
    assert len(seen) == 2


def test_hostile_text_is_plain(panel: ScorePanel, pack: Pack, prompt: Prompt) -> None:
    hostile = '<img src="/etc/passwd"><b>bold</b>'
    plan = new_plan(pack, prompt)
    plan, card = add_own_card(plan, hostile, ["no-such-factor-here"], pack)
    plan = place_cards(plan, [card.id], 0)
    result = show(panel, plan, pack)
    misplaced = [f for f in result.feedback if f.kind == "card_off_question"]
    assert misplaced and hostile in render(misplaced[0])
    row = list(result.feedback).index(misplaced[0])
    item = panel.feedback_list.item(row)
    assert item.text() == render(misplaced[0])
    assert "<img" not in item.toolTip() and "&lt;img" in item.toolTip()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in panel.findChildren(QLabel))


def test_interactive_widgets_have_accessible_names(panel: ScorePanel, pack: Pack, prompt: Prompt) -> None:
    show(panel, new_plan(pack, prompt), pack)
    assert panel.feedback_list.accessibleName()
    assert panel.chart.accessibleName() and panel.chart.accessibleDescription()
    assert all(bar.accessibleName() for bar in bars(panel).values())


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683): "
                    "its reference count no longer moves, so a binding that drops references cannot be seen")
def test_repainting_keeps_references_to_none(panel: ScorePanel, pack: Pack, prompt: Prompt) -> None:
    """Some PySide6 6.12 bindings drop a reference to None per call; a panel repainted on every edit must not."""
    import gc
    import sys

    show(panel, new_plan(pack, prompt), pack)
    panel.grab()
    # the collector must not free other tests' garbage (and the Nones it holds) in the middle of the count
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(20):
            show(panel, replace(prompt.exemplar, pack=pack.id), pack)
            panel.grab()
            show(panel, new_plan(pack, prompt), pack)
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert before - after < 20


def _item_heights(panel: ScorePanel) -> list[int]:
    view = panel.feedback_list
    return [view.visualItemRect(view.item(row)).height() for row in range(view.count())]


def test_feedback_items_show_their_whole_text_wrapped(panel: ScorePanel, pack: Pack, prompt: Prompt, qtbot) -> None:
    show(panel, new_plan(pack, prompt), pack)  # long 'missing' items with the pack's hints
    view = panel.feedback_list
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1

    def check() -> None:
        width = view.viewport().width()
        for row in range(view.count()):
            item = view.item(row)
            rect = view.visualItemRect(item)
            assert rect.width() <= width  # nothing runs off to the right ...
            # ... and the wrapped text fits its height, laid out as the style does: a margin either side of
            # the icon and of the text
            text_width = rect.width() - view.iconSize().width() - 4 * margin
            needed = metrics.boundingRect(0, 0, text_width, 100_000, int(Qt.TextFlag.TextWordWrap), item.text())
            assert rect.height() >= needed.height(), item.text()
            assert needed.height() > metrics.height() or metrics.horizontalAdvance(item.text()) < text_width

    check()
    wide = _item_heights(panel)
    panel.resize(260, 700)
    qtbot.waitUntil(lambda: _item_heights(panel) != wide)
    check()
    assert sum(_item_heights(panel)) > sum(wide)  # narrower: the same texts wrap onto more lines


def test_header_keeps_its_layout_when_the_score_reaches_100(panel: ScorePanel, pack: Pack, prompt: Prompt,
                                                             qtbot) -> None:
    show(panel, new_plan(pack, prompt), pack)
    qtbot.wait(1)
    number, band, words = panel._overall, panel._band, panel._descriptor
    before = (number.width(), band.x(), band.height(), words.y(), words.height())
    full = show(panel, replace(prompt.exemplar, pack=pack.id), pack)
    perfect = replace(full, overall=100, band=5)
    panel.set_score(perfect, {}, prompt.two_sided)
    qtbot.wait(1)
    assert number.text() == "100"
    assert number.fontMetrics().horizontalAdvance("100") <= number.width()
    # the band pill does not move or wrap, and the description below keeps its place and height
    assert (number.width(), band.x(), band.height(), words.y(), words.height()) == before
