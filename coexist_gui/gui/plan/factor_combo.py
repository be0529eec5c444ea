"""The factor chooser of a paragraph and of the judgement: prompt factors with colour swatches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from ...core.colours import FALLBACK
from ...core.model import Pack, Prompt
from ..widgets.eliding_combo import ElidingComboBox
from ..widgets.icons import swatch_icon
from ..widgets.plain_text import add_plain_item


class FactorComboBox(ElidingComboBox):
    """A factor chooser that ignores the mouse wheel unless it has keyboard focus.

    Inside the scrolling plan board a plain QComboBox takes the wheel whenever the
    pointer passes over it, so scrolling the plan silently changed paragraphs' factors.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # wide enough for most factor names, but allowed to shrink so a narrow board never
        # needs more width than it has (it does not scroll sideways)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # let the plan board scroll


def fill_factor_combo(combo: QComboBox, pack: Pack, prompt: Prompt, colours: dict[str, str], current: str,
                      empty_label: str) -> None:
    """Prompt factors with colour swatches; an unknown current factor stays listed (never dropped)."""
    wanted = [""] + list(prompt.factors) + ([current] if current and current not in prompt.factors else [])
    if [combo.itemData(i) for i in range(combo.count())] == wanted and combo.property("colours") == colours:
        if combo.currentData() != current:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        return
    combo.setProperty("colours", colours)
    combo.blockSignals(True)
    combo.clear()
    add_plain_item(combo, empty_label, "")
    for factor_id in prompt.factors:
        add_plain_item(combo, pack.factor_name(factor_id), factor_id, swatch_icon(colours.get(factor_id, FALLBACK)))
    if current and current not in prompt.factors:
        known = pack.factor(current) is not None
        label = pack.factor_name(current) if known else combo.tr("unknown factor (%1)").replace("%1", current)
        add_plain_item(combo, label, current, swatch_icon(FALLBACK))
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
