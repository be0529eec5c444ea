"""The Pack tab: title, id, version, author, language and description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.authoring import edits
from ...core.authoring.ids import is_valid_id, slug
from ...core.model import Pack
from ...core.pack import MAX_DESCRIPTION
from ...core.plan import MAX_NAME
from ..widgets.metrics import SECTION, SPACING
from .fields import EditorLine, EditorText, add_row, show_text
from .session import PackSession

# BCP 47 tags offered in the language box (any other tag can be typed)
LANGUAGES = ("en", "en-GB", "en-US", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "nb", "fi", "cs", "uk",
             "ru", "tr", "el", "ja", "zh", "ar", "he")


class DetailsPage(QWidget):
    def __init__(self, session: PackSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._id_typed = False  # the teacher wrote the id themselves: it no longer follows the title
        form = QFormLayout()
        form.setSpacing(SPACING)
        self.title = EditorLine(MAX_NAME, self.tr("Pack title"), self._on_title,
                                self.tr("e.g. The origins of the Cold War, 1945–49"))
        self.pack_id = EditorLine(64, self.tr("Pack id"), self._on_id)
        self.id_reason = QLabel()
        self.id_reason.setObjectName("muted")
        self.id_reason.setWordWrap(True)
        self.id_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.unlock = QPushButton(self.tr("Change…"))
        self.unlock.setAccessibleName(self.tr("Change the pack's id"))
        self.unlock.clicked.connect(self._on_unlock)
        id_row = QWidget()
        id_line = QHBoxLayout()
        id_line.setContentsMargins(0, 0, 0, 0)
        id_line.addWidget(self.pack_id, 1)
        id_line.addWidget(self.unlock)
        id_column = QVBoxLayout(id_row)
        id_column.setContentsMargins(0, 0, 0, 0)
        id_column.setSpacing(2)
        id_column.addLayout(id_line)
        id_column.addWidget(self.id_reason)
        self.version = EditorLine(edits.MAX_VERSION, self.tr("Pack version"), self._on_version)
        self.version.setMaximumWidth(160)
        self.author = EditorLine(MAX_NAME, self.tr("Pack author"), self._on_author, self.tr("Your name or school"))
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setAccessibleName(self.tr("Pack language"))
        self.language.addItem(self.tr("Not given"), "")
        for tag in LANGUAGES:
            self.language.addItem(tag, tag)
        self.language.setMaximumWidth(200)
        line = self.language.lineEdit()
        assert line is not None  # an editable combo box has one
        line.textEdited.connect(self._on_language)
        self.language.activated.connect(lambda i: self._on_language(self.language.itemData(i) or ""))
        self.description = EditorText(MAX_DESCRIPTION, self.tr("Pack description"), self._on_description,
                                      self.tr("What the pack covers, for colleagues and students"), lines=5)
        add_row(form, self.tr("&Title:"), self.title)
        add_row(form, self.tr("&Id:"), id_row)
        add_row(form, self.tr("&Version:"), self.version,
                self.tr("Saving offers a new version number when the cards or questions changed."))
        add_row(form, self.tr("&Author:"), self.author)
        add_row(form, self.tr("&Language:"), self.language,
                self.tr("The language of the cards and questions (a BCP 47 tag such as en, de or de-AT): "
                        "scoring reads students' points in it."))
        add_row(form, self.tr("&Description:"), self.description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.addLayout(form)
        layout.addStretch()
        session.packChanged.connect(lambda _before, after: self._show(after))
        session.loaded.connect(self._on_loaded)
        session.pathChanged.connect(lambda _path: self._show(self.session.pack))
        self._on_loaded()

    def retranslate(self) -> None:
        """The notes made from the pack's state (why the id is locked), in the language now installed."""
        self._show(self.session.pack)

    def _on_loaded(self) -> None:
        pack = self.session.pack
        self._id_typed = pack.id != (slug(pack.title, words=8, length=64) or "my-pack")
        self._show(pack)

    def _show(self, pack: Pack) -> None:
        show_text(self.title, pack.title)
        if not self.pack_id.hasFocus() or is_valid_id(self.pack_id.text()):
            show_text(self.pack_id, pack.id)
        show_text(self.version, pack.version)
        show_text(self.author, pack.author)
        show_text(self.description, pack.description)
        if self.language.currentText().strip() != pack.language:
            index = self.language.findData(pack.language)
            if index >= 0:
                self.language.setCurrentIndex(index)
            else:
                self.language.setEditText(pack.language)
        locked = self.session.id_locked
        self.pack_id.setReadOnly(locked)
        self.unlock.setVisible(locked)
        if locked:
            why = (self.tr("This pack is installed.") if self.session.installed
                   else self.tr("This pack has been saved to a file, and may have been shared."))
            self.id_reason.setText(why + " " + self.tr("Students' plans and progress record the pack's id, so it "
                                                       "stays the same from now on."))
        else:
            self.id_reason.setText(self.tr("Made from the title until you save the pack; plans record it, so it "
                                           "stays the same after that. Letters a–z, digits and '-'."))

    def focus_field(self, key: str) -> None:
        widget = {"title": self.title, "id": self.pack_id, "version": self.version, "author": self.author,
                  "language": self.language, "description": self.description}.get(key, self.title)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply(self, label: str, key: str, **fields: str) -> None:
        self.session.apply(lambda p: edits.set_details(p, **fields), label, merge_key=(key,))

    def _on_title(self, text: str) -> None:
        fields = {"title": text}
        if not self.session.id_locked and not self._id_typed:
            fields["pack_id"] = slug(text, words=8, length=64) or "my-pack"
        self._apply(self.tr("Edit title"), "title", **fields)

    def _on_id(self, text: str) -> None:
        if self.session.id_locked:
            return
        text = text.strip()
        if is_valid_id(text):
            self._id_typed = True
            self._apply(self.tr("Edit id"), "id", pack_id=text)
            self.pack_id.setToolTip("")
        else:
            self.pack_id.setToolTip(self.tr("Use letters a–z, digits and '-', starting with a letter or digit."))

    def _on_version(self, text: str) -> None:
        self._apply(self.tr("Edit version"), "version", version=text)

    def _on_author(self, text: str) -> None:
        self._apply(self.tr("Edit author"), "author", author=text)

    def _on_description(self, text: str) -> None:
        self._apply(self.tr("Edit description"), "description", description=text)

    def _on_language(self, text: str) -> None:
        self._apply(self.tr("Edit language"), "language", language=text)

    def _on_unlock(self) -> None:
        from . import dialogs

        if dialogs.confirm_unlock_id(self, self.id_reason.text()):
            self.session.unlock_id()
            self._id_typed = True
            self._show(self.session.pack)
            self.pack_id.setFocus(Qt.FocusReason.OtherFocusReason)
