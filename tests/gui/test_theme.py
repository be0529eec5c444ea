"""The visual system: contrast in both schemes, colour-blind-safe factor colours, light/dark, and zoom."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QLabel

from coexist_gui.core.colours import PALETTE, contrast, text_colour
from coexist_gui.gui.theme import tokens
from coexist_gui.gui.theme.appearance import Appearance
from coexist_gui.gui.theme.tokens import CRITERION_COLOURS, SCHEMES, band_tint, state_tint

AA = 4.5  # WCAG AA for text
SCHEME_NAMES = sorted(SCHEMES)


@pytest.mark.parametrize("name", SCHEME_NAMES)
def test_text_has_at_least_aa_contrast_on_every_surface(name: str) -> None:
    scheme = SCHEMES[name]
    for text in (scheme.text, scheme.muted):
        for surface in (scheme.canvas, scheme.surface, scheme.sunken):
            assert contrast(text, surface) >= AA, (name, text, surface)
    assert contrast(scheme.on_accent, scheme.accent) >= AA  # the primary button, selected menu items
    assert contrast(scheme.tooltip_fg, scheme.tooltip_bg) >= AA
    for background, foreground in [band_tint(scheme, band) for band in range(1, 6)] + [
            state_tint(scheme, state) for state in ("misplaced", "own", "extra", "placed")]:
        assert contrast(foreground, background) >= AA, (name, foreground, background)
    assert contrast(scheme.focus, scheme.canvas) >= 3.0 and contrast(scheme.focus, scheme.surface) >= 3.0


@pytest.mark.parametrize("name", SCHEME_NAMES)
def test_factor_chips_and_criterion_markers_keep_aa_contrast_in_both_schemes(name: str) -> None:
    # chips and markers carry their own fill, so their text contrast is the same on either canvas
    for colour in PALETTE:
        assert contrast(text_colour(colour), colour) >= AA
    for colour in CRITERION_COLOURS.values():
        assert contrast("#ffffff", colour) >= AA
        assert colour not in PALETTE  # a criterion marker never looks like a factor


def test_any_pack_colour_gets_readable_chip_text() -> None:
    worst = min(contrast(text_colour(f"#{v:02x}{v:02x}{v:02x}"), f"#{v:02x}{v:02x}{v:02x}") for v in range(256))
    assert worst >= AA


# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB
_DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _lab(colour: str, matrix) -> tuple[float, float, float]:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(row[j] * rgb[j] for j in range(3)))) for row in matrix)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("deficiency", sorted(_DEFICIENCIES))
def test_a_questions_factor_colours_stay_apart_for_colour_blind_students(deficiency: str) -> None:
    """The first six colours (a question has at most six factors in practice) stay >= 15 ΔE apart."""
    matrix = _DEFICIENCIES[deficiency]
    seen = [_lab(colour, matrix) for colour in PALETTE[:6]]
    closest = min(math.dist(a, b) for i, a in enumerate(seen) for b in seen[i + 1:])
    assert closest >= 15, closest


# -- light and dark ----------------------------------------------------------------------------

def test_view_menu_switches_light_and_dark_and_remembers(window, qapp):
    actions = window.menu_actions
    actions.scheme["dark"].trigger()
    try:
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == tokens.DARK.canvas
        assert qapp.palette().color(QPalette.ColorRole.Text).name() == tokens.DARK.text
        assert tokens.DARK.canvas in qapp.styleSheet() and actions.scheme["dark"].isChecked()
        assert window.settings.appearance()[0] == "dark"
    finally:
        actions.scheme["light"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == tokens.LIGHT.canvas
    actions.scheme["system"].trigger()


def test_following_the_system_switches_when_the_system_does(window, qapp, monkeypatch):
    appearance = Appearance.of(qapp)
    window.menu_actions.scheme["system"].trigger()
    monkeypatch.setattr(Appearance, "system_is_dark", lambda self: True)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == tokens.DARK.canvas
    monkeypatch.setattr(Appearance, "system_is_dark", lambda self: False)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == tokens.LIGHT.canvas
    assert appearance.scheme_choice == "system"


# -- zoom --------------------------------------------------------------------------------------

def test_zoom_has_the_usual_keys(window):
    actions = window.menu_actions
    assert QKeySequence("Ctrl+=") in actions.zoom_in.shortcuts()
    assert QKeySequence("Ctrl++") in actions.zoom_in.shortcuts()
    assert QKeySequence("Ctrl+-") in actions.zoom_out.shortcuts()
    assert actions.zoom_reset.shortcut() == QKeySequence("Ctrl+0")


def _sizes(window) -> dict[str, float]:
    labels = {label.property("role"): label for label in window.findChildren(QLabel) if label.property("role")}
    sizes = {role: label.font().pointSizeF() for role, label in labels.items()}
    sizes["body"] = window.evidence.search.font().pointSizeF()
    return sizes


def test_every_zoom_step_scales_fonts_and_spacing_together(window, qapp):
    actions, appearance = window.menu_actions, window.appearance
    actions.zoom_reset.trigger()
    base = _sizes(window)
    spacing = window.evidence.layout().spacing()
    try:
        while appearance.zoom > tokens.ZOOM_STEPS[0]:
            actions.zoom_out.trigger()
        assert not actions.zoom_out.isEnabled()
        steps = []
        while True:
            sizes = _sizes(window)
            zoom = appearance.zoom
            steps.append(zoom)
            for role in ("title", "heading", "question", "display"):
                assert sizes[role] > sizes["body"], (zoom, role)  # headings always larger than the body
                assert sizes[role] == pytest.approx(base[role] * zoom, rel=0.02)
            assert sizes["body"] == pytest.approx(base["body"] * zoom, rel=0.02)
            assert window.evidence.layout().spacing() == round(spacing * zoom)
            if not actions.zoom_in.isEnabled():
                break
            actions.zoom_in.trigger()
        assert steps == list(tokens.ZOOM_STEPS)
    finally:
        actions.zoom_reset.trigger()
    assert _sizes(window) == base and window.evidence.layout().spacing() == spacing


def test_zoom_and_scheme_are_remembered(window, qapp, qtbot):
    from coexist_gui.gui import paths
    from coexist_gui.gui.main_window import MainWindow
    from coexist_gui.gui.settings import WindowSettings
    from tests.gui.conftest import forget_changes

    window.menu_actions.zoom_in.trigger()
    window.menu_actions.zoom_in.trigger()
    window.menu_actions.scheme["dark"].trigger()
    try:
        assert window.appearance.zoom == 1.25
        stored = WindowSettings(paths.settings())  # a fresh look at the settings store, as the next start has
        assert stored.appearance() == ("dark", 1.25)
        stored.set_appearance("light", 1.5)  # what an earlier run left behind
        again = MainWindow()
        qtbot.addWidget(again, before_close_func=forget_changes)
        assert (again.appearance.scheme_choice, again.appearance.zoom) == ("light", 1.5)
        assert again.menu_actions.scheme["light"].isChecked()
    finally:
        window.menu_actions.zoom_reset.trigger()
        window.menu_actions.scheme["system"].trigger()


def test_the_old_larger_text_setting_becomes_a_zoom(window):
    store = window.settings.store
    store.remove("view/zoom")
    store.setValue("view/larger", True)
    assert window.settings.appearance()[1] == 1.25


def test_cards_are_never_clipped_after_a_search_or_a_zoom(window, qapp, qtbot):
    """The height a card asks for holds its whole text at the width it is painted, at any zoom."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = window.evidence.view
    delegate = view.card_delegate

    def check() -> None:
        view.doItemsLayout()
        option = QStyleOptionViewItem()
        option.font = view.font()
        model = view.model()
        for row in range(min(model.rowCount(), 40)):
            index = model.index(row, 0)
            rect = view.visualRect(index)
            layout = delegate._layout(option, index, rect.width())
            text, _card = delegate._display(index)
            needed = QFontMetrics(view.font()).boundingRect(QRect(0, 0, layout.text_rect.width(), 100_000),
                                                            int(Qt.TextFlag.TextWordWrap), text).height()
            assert layout.text_rect.height() >= needed
            assert rect.height() >= layout.height  # the row is as tall as the painted card

    check()
    window.evidence.search.setText("the")
    qtbot.wait(5)
    check()
    window.menu_actions.zoom_in.trigger()
    window.menu_actions.zoom_in.trigger()
    qtbot.wait(5)
    check()
    window.menu_actions.zoom_reset.trigger()
    qtbot.wait(5)
    check()
