"""What the score panel must show for a Score: shared by the panel's own tests and the window's."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from coexist_gui.core.feedback import render
from coexist_gui.core.scoring import Score, percent

KEYS = ("range", "balance", "selection", "analysis", "judgement")


def label_texts(panel: QWidget) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel)]


def bars(panel: QWidget) -> dict[str, QProgressBar]:
    return {bar.accessibleName().lower(): bar for bar in panel.findChildren(QProgressBar)}


def overall_label(panel: QWidget) -> QLabel:
    (label,) = [label for label in panel.findChildren(QLabel) if label.accessibleName().startswith("Overall score")]
    return label


def assert_shows(panel, result: Score) -> None:
    """Every number, the band and every feedback item of ``result``, each in its own place."""
    overall = overall_label(panel)
    assert overall.text() == str(result.overall)
    assert overall.accessibleName() == f"Overall score {result.overall} out of 100"
    texts = label_texts(panel)
    assert "/100" in texts
    assert f"Band {result.band} of 5 · {result.band_name}" in texts
    assert result.band_descriptor in texts
    shown = bars(panel)
    assert set(shown) == set(KEYS)
    for key in KEYS:
        value = percent(result.criterion(key).value)
        bar = shown[key]
        assert (bar.minimum(), bar.maximum(), bar.value()) == (0, 100, value)
        assert bar.text() == f"{key.capitalize()} {value}"
        assert bar.isVisible() and bar.toolTip()
    items = [panel.feedback_list.item(row) for row in range(panel.feedback_list.count())]
    assert [item.text() for item in items] == [render(f) for f in result.feedback]
    assert all(item.toolTip() for item in items)
