"""Every modal dialog behind a small function, so tests can monkeypatch them (pytest-qt's advice).

Each function imports the Qt classes it shows: none of them is needed before the first paint.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ..core.model import Pack, Prompt
from ..core.plan import LIMITS
from ..core.problems import SHOWN, Problem, shown_first
from .theme.appearance import fit_layouts
from .theme.fonts import fixed_font
from .widgets.plain_text import plain_title, set_plain_text, shown, shown_line

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


LISTED_PROBLEMS = SHOWN  # the first hundred say what to fix
LISTED_KINDS = 20  # then how many more of each kind: a systematic slip is one line, not 100,000


def problem_text(problems: list[Problem]) -> str:
    """The first problems in full (place, caret, hint), then the rest counted by kind, as ``validate`` does:
    a systematic slip in a big pack can make 100,000 identical errors, and the dialog stays readable."""
    listed, more = shown_first(problems, LISTED_PROBLEMS)
    text = "\n\n".join(p.render() for p in listed)
    if more:
        hidden = sum(count for _kind, count in more)
        lines = [QCoreApplication.translate("dialogs", "… and %Ln more problem(s), by kind:", "", hidden)]
        lines += [f"  {count:,} × {kind}" for kind, count in more[:LISTED_KINDS]]
        if len(more) > LISTED_KINDS:
            others = sum(count for _kind, count in more[LISTED_KINDS:])
            lines.append("  " + QCoreApplication.translate("dialogs", "%1 of %Ln other kind(s)", "",
                                                           len(more) - LISTED_KINDS).replace("%1", f"{others:,}"))
        lines.append(tr("Run 'coexist-gui validate FILE' to list them all."))
        text += "\n\n" + "\n".join(lines)
    return text


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> Answer:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(shown(tr("Save the changes to “%1” first?").replace("%1", name)))
    box.setInformativeText(tr("If you don't save, your changes since the last save are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    result = box.exec()
    return {QMessageBox.StandardButton.Save: Answer.SAVE,
            QMessageBox.StandardButton.Discard: Answer.DISCARD}.get(QMessageBox.StandardButton(result), Answer.CANCEL)


def ask_restore(parent: QWidget, description: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(tr("Recover unsaved plan"))
    box.setText(tr("Coexist stopped last time before a plan was saved. Restore it?"))
    box.setInformativeText(shown(description))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Restore"))
    box.button(QMessageBox.StandardButton.No).setText(tr("Discard"))
    return box.exec() == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget, folder: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, tr("Open plan or pack"), str(folder),
                                          tr("Plans and packs (*.plan.yaml *.yaml *.yml);;All files (*)"))
    return Path(name) if name else None


def save_file(parent: QWidget, suggested: Path, title: str, filter_text: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_text)
    return Path(name) if name else None


def show_error(parent: QWidget, title: str, message: str, details: str = "") -> None:
    """An error with selectable plain-text details (e.g. every PATH:LINE:COL problem of a pack)."""
    _show_details(parent, title, message, details)


def show_warnings(parent: QWidget, title: str, message: str, details: str) -> None:
    """Something worked, with warnings worth reading (selectable plain text, like ``show_error``)."""
    _show_details(parent, title, message, details)


def _show_details(parent: QWidget, title: str, message: str, details: str) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(plain_title(title))
    label = QLabel()
    set_plain_text(label, message)  # names a file or a pack, and the details quote it
    label.setWordWrap(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    if details:
        text = QPlainTextEdit()
        set_plain_text(text, details)
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        text.setAccessibleName(tr("Problem details"))
        text.setObjectName("problemDetails")
        # a fixed-pitch font, so the caret under a source line points at the column it names
        text.setFont(fixed_font(text.font().pointSizeF()))
        text.setMinimumSize(820, 320)
        layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)
    fit_layouts(dialog)
    dialog.exec()


def show_info(parent: QWidget, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(plain_title(title))
    box.setText(shown(message))
    box.exec()


def show_text(parent: QWidget, title: str, markdown: str) -> None:
    """A read-only help page written by us in Markdown (never pack text, which is never rendered)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    view = QTextBrowser()
    view.setOpenLinks(False)
    view.setMarkdown(markdown)
    view.setMinimumSize(640, 480)
    view.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    fit_layouts(dialog)
    dialog.exec()


def ask_new_card(parent: QWidget, pack: Pack, prompt: Prompt) -> tuple[str, list[str]] | None:
    """Text and factors for a student's own card, or None when cancelled."""
    from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    from .plan.text_fields import PlanTextEdit

    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("New evidence card"))
    text = PlanTextEdit()
    text.setPlaceholderText(tr("One fact, in your own words (at most %1 characters)")
                            .replace("%1", str(LIMITS.card_text)))
    text.setAccessibleName(tr("Card text"))
    text.setMaximumHeight(110)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(tr("Card text:")))
    layout.addWidget(text)
    rules = (tr("Your own cards count when they are a full sentence with a fact (at least five words) and tagged "
                "with a factor, for at most half of the cards a factor needs. They are marked as yours wherever "
                "your teacher sees the plan.") if prompt.own_cards == "count" else
             tr("For this question your own cards do not count, but your teacher sees them, marked as yours."))
    note = QLabel(rules)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setWordWrap(True)
    note.setObjectName("muted")
    layout.addWidget(note)
    layout.addWidget(QLabel(tr("Factors this evidence supports:")))
    boxes: list[tuple[str, QCheckBox]] = []
    for factor_id in prompt.factors:
        box = QCheckBox()
        set_plain_text(box, pack.factor_name(factor_id))
        box.setAccessibleName(shown_line(pack.factor_name(factor_id)))
        layout.addWidget(box)
        boxes.append((factor_id, box))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(tr("Add card"))

    def update() -> None:
        ok.setEnabled(bool(text.toPlainText().strip()) and len(text.toPlainText()) <= LIMITS.card_text
                      and any(b.isChecked() for _f, b in boxes))

    text.textChanged.connect(update)
    for _f, box in boxes:
        box.toggled.connect(update)
    update()
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    fit_layouts(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return text.toPlainText().strip(), [f for f, b in boxes if b.isChecked()]


def ask_keep_recovery(parent: QWidget) -> bool:
    """After the student declined a recovery: keep the autosave for later (True) or delete it."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(tr("Keep the autosaved plan?"))
    box.setText(tr("Keep the autosaved copy so you can restore it next time?"))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Keep it"))
    box.button(QMessageBox.StandardButton.No).setText(tr("Delete it"))
    return box.exec() == QMessageBox.StandardButton.Yes


def _ask_yes_no(parent: QWidget, title: str, text: str, informative: str, yes: str, no: str,
                default_yes: bool = True) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(plain_title(title))
    box.setText(shown(text))  # quotes a pack's title or version
    box.setInformativeText(shown(informative))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(no)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_revert(parent: QWidget, name: str) -> bool:
    return _ask_yes_no(parent, tr("Revert to saved?"),
                       tr("Go back to the version of “%1” saved on disk?").replace("%1", name),
                       tr("Your changes since then are undone; Edit ▸ Undo brings them back."), tr("Revert"),
                       tr("Cancel"), default_yes=False)


def ask_install_pack(parent: QWidget, title: str) -> bool:
    """After opening a valid pack file: install it (True) or only use it until Coexist closes."""
    return _ask_yes_no(parent, tr("Install pack?"),
                       tr("Install “%1” so it is there every time you start Coexist?").replace("%1", title),
                       tr("Installing copies the file into Coexist's data folder. Otherwise the pack is used "
                          "only until you close Coexist."), tr("Install"), tr("Use once"))


def ask_replace_pack(parent: QWidget, title: str, old_version: str, new_version: str) -> bool:
    """A pack with the same id is installed: replace it with the new version?"""
    if old_version == new_version:
        question = tr("“%1” version %2 is already installed. Replace it with this copy?").replace("%1", title) \
            .replace("%2", old_version)
    else:
        question = tr("“%1” is already installed. Replace version %2 with version %3?").replace("%1", title) \
            .replace("%2", old_version).replace("%3", new_version)
    return _ask_yes_no(parent, tr("Replace installed pack?"), question,
                       tr("Plans made with the old version still open; cards the new version no longer has are "
                          "kept in them and shown as missing."), tr("Replace"), tr("Keep the installed one"),
                       default_yes=False)


def ask_remove_pack(parent: QWidget, title: str) -> bool:
    return _ask_yes_no(parent, tr("Remove pack?"),
                       tr("Remove the pack “%1” from Coexist?").replace("%1", title),
                       tr("Your plan files are not deleted, but they cannot be opened until the pack is "
                          "installed again."), tr("Remove"), tr("Cancel"), default_yes=False)


def ask_clear_history(parent: QWidget, attempts: int) -> bool:
    return _ask_yes_no(parent, tr("Clear progress history?"),
                       QCoreApplication.translate("dialogs", "Delete all %n recorded check(s) of your progress?",
                                                  None, attempts),
                       tr("This cannot be undone. Export a CSV first if you want to keep a copy."),
                       tr("Clear history"), tr("Cancel"), default_yes=False)


def ask_predict_band(parent: QWidget) -> int | None:
    """Before the score is revealed: the band (1–5) the student expects, or None when skipped."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

    from ..core.feedback import band_label

    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Predict your band"))
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(8)
    question = QLabel(tr("Before you see the score: which band do you think your plan reaches?"))
    question.setTextFormat(Qt.TextFormat.PlainText)
    question.setWordWrap(True)
    layout.addWidget(question)
    chosen: list[int] = []
    for band in range(1, 6):
        button = QPushButton(tr("Band %1 · %2").replace("%1", str(band)).replace("%2", band_label(band)))
        button.setAccessibleName(tr("Predict band %1").replace("%1", str(band)))
        button.setShortcut(str(band))
        button.setAutoDefault(False)  # Enter must not pick band 1 by accident: it skips
        button.clicked.connect(lambda _c=False, b=band: _choose(chosen, b, dialog))
        layout.addWidget(button)
    buttons = QDialogButtonBox()
    skip = buttons.addButton(tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
    skip.setAccessibleName(tr("Skip the prediction"))
    skip.setDefault(True)
    dialog.setMinimumWidth(360)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    fit_layouts(dialog)
    dialog.exec()
    return chosen[0] if chosen else None


def _choose(chosen: list[int], band: int, dialog: QDialog) -> None:
    chosen.append(band)
    dialog.accept()


def reveal_folder(parent: QWidget, folder: Path) -> bool:
    """Show a folder in the system's file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
