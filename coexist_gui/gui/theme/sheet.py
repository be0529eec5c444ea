"""The palette and the style sheet of one scheme at one zoom, made from the tokens."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QPalette

from ...core.pack import resource_path
from ..widgets.colours import mix
from . import tokens
from .tokens import Scheme


def palette(scheme: Scheme) -> QPalette:
    """Every palette role from the scheme, so painted widgets and the Fusion style agree with the sheet."""
    colour = QColor
    result = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    canvas, surface, text = colour(scheme.canvas), colour(scheme.surface), colour(scheme.text)
    values = {
        role.Window: canvas, role.WindowText: text, role.Base: surface, role.AlternateBase: colour(scheme.sunken),
        role.Text: text, role.Button: surface, role.ButtonText: text, role.BrightText: colour(scheme.bad_fg),
        role.Highlight: colour(scheme.accent), role.HighlightedText: colour(scheme.on_accent),
        role.PlaceholderText: colour(scheme.muted), role.ToolTipBase: colour(scheme.tooltip_bg),
        role.ToolTipText: colour(scheme.tooltip_fg), role.Link: colour(scheme.info_fg),
        role.LinkVisited: colour(scheme.info_fg), role.Light: mix(surface, QColor("#ffffff"), 0.5),
        role.Midlight: colour(scheme.border), role.Mid: colour(scheme.border_strong), role.Dark: colour(scheme.muted),
        role.Shadow: mix(canvas, QColor("#000000"), 0.6),
    }
    for key, value in values.items():
        result.setColor(key, value)
    muted = colour(scheme.muted)
    for key in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(group.Disabled, key, muted)
    result.setColor(group.Disabled, role.Highlight, colour(scheme.sunken))
    if hasattr(role, "Accent"):  # Qt 6.6+
        result.setColor(role.Accent, colour(scheme.accent))
    return result


def _points(body: float, name: str) -> str:
    return f"{body * tokens.TYPE_SCALE[name]:.2f}"


def style_sheet(scheme: Scheme, body_points: float, zoom: float) -> str:
    """The application style sheet: ``resources/style.qss`` with the scheme's colours and every size
    at ``zoom`` (``body_points`` is the body text's size, already zoomed)."""
    try:
        template = Template(resource_path("style.qss").read_text(encoding="utf-8"))
    except OSError:
        return ""

    def px(value: float) -> str:
        return str(max(1, round(value * zoom)))

    grid, half = tokens.GRID, tokens.HALF
    accent = QColor(scheme.accent)
    values = {field: getattr(scheme, field) for field in Scheme.__dataclass_fields__}
    values.update(
        accent_hover=(accent.lighter(112) if scheme.name == "dark" else accent.darker(112)).name(),
        focus_on_accent=scheme.on_accent if scheme.focus == scheme.accent else scheme.focus,
        title_pt=_points(body_points, "title"), heading_pt=_points(body_points, "heading"),
        question_pt=_points(body_points, "question"), display_pt=_points(body_points, "display"),
        caption_pt=_points(body_points, "caption"),
        grid=px(grid), half=px(half), grid3=px(3 * grid), grid4=px(4 * grid),
        # a focus ring is one pixel thicker than the border: the padding gives that pixel back
        half_less=str(max(0, round(half * zoom) - 1)), grid_less=str(max(0, round(grid * zoom) - 1)),
        button_pad=px(2 * grid - 2), button_pad_less=str(max(0, round((2 * grid - 2) * zoom) - 1)),
        menu_pad=px(3 * grid), radius_control=px(tokens.RADIUS_CONTROL), radius_card=px(tokens.RADIUS_CARD),
        control_h=px(3 * grid - 2), field_h=px(3 * grid - 2), chip_radius=px(9), pill_radius=px(10),
        number_w=px(2 * grid + half), bar_radius=px(3), scroll_w=px(10), scroll_radius=px(3),
        arrow_w=px(20), arrow_icon=px(12), check=px(16),
        check_icon=resource_path("icons/check.svg").as_posix(),
        arrow=resource_path(f"icons/chevron-down-{scheme.name}.svg").as_posix(),
    )
    return template.safe_substitute(values)
