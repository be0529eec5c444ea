"""Every modal dialog behind a small function, so tests can monkeypatch them (pytest-qt's advice)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Pack, Prompt
from .text_widgets import PlanTextEdit


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> Answer:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save the changes to “%1” before closing it?").replace("%1", name))
    box.setInformativeText(tr("If you don't save, your changes since the last save are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    result = box.exec()
    return {QMessageBox.StandardButton.Save: Answer.SAVE,
            QMessageBox.StandardButton.Discard: Answer.DISCARD}.get(QMessageBox.StandardButton(result), Answer.CANCEL)


def ask_restore(parent: QWidget, description: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(tr("Recover unsaved plan"))
    box.setText(tr("Coexist stopped last time before a plan was saved. Restore it?"))
    box.setInformativeText(description)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Restore"))
    box.button(QMessageBox.StandardButton.No).setText(tr("Discard"))
    return box.exec() == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Open plan or pack"), str(folder),
                                          tr("Plans and packs (*.plan.yaml *.yaml *.yml);;All files (*)"))
    return Path(name) if name else None


def save_file(parent: QWidget, suggested: Path, title: str, filter_text: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_text)
    return Path(name) if name else None


def show_error(parent: QWidget, title: str, message: str, details: str = "") -> None:
    """An error with selectable plain-text details (e.g. every PATH:LINE:COL problem of a pack)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    label = QLabel(message)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    if details:
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        text.setAccessibleName(tr("Problem details"))
        font = text.font()
        font.setFamily("monospace")
        text.setFont(font)
        text.setMinimumSize(640, 240)
        layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)
    dialog.exec()


def show_info(parent: QWidget, title: str, message: str) -> None:
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(message)
    box.exec()


def show_text(parent: QWidget, title: str, markdown: str) -> None:
    """A read-only help page written by us (never pack text)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setPlainText(markdown)
    view.setMinimumSize(620, 460)
    view.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.exec()


def ask_new_card(parent: QWidget, pack: Pack, prompt: Prompt) -> tuple[str, list[str]] | None:
    """Text and factors for a student's own card, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("New evidence card"))
    text = PlanTextEdit()
    text.setPlaceholderText(tr("One fact, in your own words (at most 300 characters)"))
    text.setAccessibleName(tr("Card text"))
    text.setMaximumHeight(110)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(tr("Card text:")))
    layout.addWidget(text)
    layout.addWidget(QLabel(tr("Factors this evidence supports:")))
    boxes: list[tuple[str, QCheckBox]] = []
    for factor_id in prompt.factors:
        factor = pack.factor(factor_id)
        box = QCheckBox(factor.name if factor else factor_id)
        box.setAccessibleName(box.text())
        layout.addWidget(box)
        boxes.append((factor_id, box))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(tr("Add card"))

    def update() -> None:
        ok.setEnabled(bool(text.toPlainText().strip()) and len(text.toPlainText()) <= 300
                      and any(b.isChecked() for _f, b in boxes))

    text.textChanged.connect(update)
    for _f, box in boxes:
        box.toggled.connect(update)
    update()
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return text.toPlainText().strip(), [f for f, b in boxes if b.isChecked()]


def ask_keep_recovery(parent: QWidget) -> bool:
    """After the student declined a recovery: keep the autosave for later (True) or delete it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(tr("Keep the autosaved plan?"))
    box.setText(tr("Keep the autosaved copy so you can restore it next time?"))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Keep it"))
    box.button(QMessageBox.StandardButton.No).setText(tr("Delete it"))
    return box.exec() == QMessageBox.StandardButton.Yes
