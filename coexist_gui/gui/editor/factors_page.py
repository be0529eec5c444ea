"""The Factors tab: the list of factors (add, reorder, remove) and the selected factor's form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...core.authoring import edits
from ...core.colours import FALLBACK, PALETTE, factor_colours
from ...core.model import Factor, Pack
from ...core.pack import MAX_DESCRIPTION, MAX_HINT
from ...core.plan import MAX_NAME
from ..widgets.icons import swatch_icon
from ..widgets.metrics import SECTION, SPACING
from .fields import EditorLine, EditorText, ItemListPage, add_row, make_button, show_text
from .models import FactorListModel
from .session import PackSession

AUTOMATIC, CHOOSE = "", "choose"


class FactorsPage(ItemListPage):
    section = "factors"

    def __init__(self, session: PackSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = FactorListModel(session, self)
        self.item_id = ""
        self.attach_list(QListView(), self.model)
        self.list.setAccessibleName(self.tr("Factors"))

        self.add_button = make_button(self.tr("&Add factor"), self.add_factor)
        self.remove_button = make_button(self.tr("&Remove"), self.remove_factor)
        self.up_button = make_button(self.tr("Move &up"), lambda: self.move_factor(-1))
        self.down_button = make_button(self.tr("Move do&wn"), lambda: self.move_factor(1))
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        left = QVBoxLayout()
        left.setSpacing(SPACING)
        intro = QLabel(self.tr("The causes or themes an essay can be organised by: a plan has a paragraph for each "
                               "factor of its question. The order here is the order of the paragraphs."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        left.addWidget(intro)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setSpacing(SPACING)
        self.name = EditorLine(MAX_NAME, self.tr("Factor name"), self._on_name, self.tr("e.g. Economic motives"))
        self.description = EditorText(MAX_DESCRIPTION, self.tr("Factor description"), self._on_description,
                                      self.tr("What the factor covers, in a sentence or two"))
        self.hint = EditorText(MAX_HINT, self.tr("Factor hint"), self._on_hint,
                               self.tr("Shown to a student whose plan has no evidence for it: where to look"))
        self.colour = QComboBox()
        self.colour.setAccessibleName(self.tr("Factor colour"))
        self.colour.activated.connect(self._on_colour)
        self.id_label = QLabel()
        self.id_label.setObjectName("muted")
        self.id_label.setTextFormat(Qt.TextFormat.PlainText)
        self.uses = QLabel()
        self.uses.setObjectName("muted")
        self.uses.setWordWrap(True)
        self.uses.setTextFormat(Qt.TextFormat.PlainText)
        add_row(form, self.tr("&Name:"), self.name)
        add_row(form, self.tr("&Description:"), self.description)
        add_row(form, self.tr("&Hint:"), self.hint)
        add_row(form, self.tr("&Colour:"), self.colour, self.tr("Colours from a palette people with colour "
                                                                 "blindness can tell apart"))
        add_row(form, self.tr("Id:"), self.id_label)
        form.addRow(self.uses)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.setSpacing(SECTION * 2)
        layout.addLayout(left, 2)
        layout.addWidget(self.form, 3)
        session.packChanged.connect(self._on_pack_changed)
        session.loaded.connect(self._on_loaded)
        self._on_loaded()

    def _colour_names(self) -> dict[str, str]:
        return {"#0072b2": self.tr("Blue"), "#e69f00": self.tr("Orange"), "#009e73": self.tr("Green"),
                "#cc79a7": self.tr("Pink"), "#56b4e9": self.tr("Sky blue"), "#d55e00": self.tr("Vermilion"),
                "#f0e442": self.tr("Yellow"), "#999999": self.tr("Grey")}

    def focus_field(self, key: str) -> None:
        widget = {"name": self.name, "description": self.description, "hint": self.hint,
                  "colour": self.colour}.get(key, self.list)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current(self, pack: Pack) -> Factor | None:
        return pack.factor(self.item_id) if self.item_id else None

    def _show(self, pack: Pack) -> None:
        if self.item_id and pack.factor(self.item_id) is None:
            # the id followed the name: the factor at the selected row is the same one
            row = self.list.currentIndex().row()
            self.item_id = pack.factors[row].id if 0 <= row < len(pack.factors) else ""
        factor = self._current(pack)
        self.form.setEnabled(factor is not None)
        self.remove_button.setEnabled(factor is not None)
        row = self.model.row_of(self.item_id)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        show_text(self.name, factor.name if factor else "")
        show_text(self.description, factor.description if factor else "")
        show_text(self.hint, factor.hint if factor else "")
        self.id_label.setText(factor.id if factor else "")
        self._fill_colours(pack, factor)
        if factor is not None:
            questions = sum(1 for p in pack.prompts if factor.id in p.factors)
            self.uses.setText(self.tr("Used by %n card(s).", "", pack.card_count(factor.id)) + " "
                              + self.tr("Asked for by %n question(s).", "", questions))
        else:
            self.uses.setText(self.tr("No factor yet: a pack needs at least two.") if not pack.factors else "")

    def _fill_colours(self, pack: Pack, factor: Factor | None) -> None:
        combo = self.colour
        combo.blockSignals(True)
        combo.clear()
        automatic = factor_colours(pack).get(factor.id, FALLBACK) if factor else FALLBACK
        combo.addItem(swatch_icon(automatic), self.tr("Automatic (from the palette)"), AUTOMATIC)
        names = self._colour_names()
        for colour in PALETTE:
            combo.addItem(swatch_icon(colour), names[colour], colour)
        own = factor.colour if factor else ""
        if own and own not in PALETTE:
            combo.addItem(swatch_icon(own), own, own)
        combo.addItem(self.tr("Other colour…"), CHOOSE)
        combo.setCurrentIndex(max(0, combo.findData(own)))
        combo.blockSignals(False)

    # -- edits --------------------------------------------------------------------------------------------
    def _edit(self, label: str, key: str, **fields: str) -> None:
        factor_id = self.item_id
        if not factor_id:
            return
        follow = "name" in fields and self.session.is_new("factors", factor_id)
        self.session.apply(lambda p: edits.edit_factor(p, factor_id, follow=follow, **fields), label,
                           merge_key=(key, factor_id))

    def _on_name(self, text: str) -> None:
        self._edit(self.tr("Rename factor"), "factor-name", name=text)

    def _on_description(self, text: str) -> None:
        self._edit(self.tr("Edit factor description"), "factor-description", description=text)

    def _on_hint(self, text: str) -> None:
        self._edit(self.tr("Edit factor hint"), "factor-hint", hint=text)

    def _on_colour(self, index: int) -> None:
        from . import dialogs

        value = self.colour.itemData(index)
        factor = self._current(self.session.pack)
        if factor is None:
            return
        if value == CHOOSE:
            picked = dialogs.pick_colour(self, factor.colour or factor_colours(self.session.pack).get(factor.id, ""))
            if picked is None:
                self._show(self.session.pack)
                return
            value = picked
        factor_id = factor.id
        self.session.apply(lambda p: edits.edit_factor(p, factor_id, colour=value), self.tr("Change factor colour"))

    def add_factor(self) -> None:
        made: list[str] = []
        row = self.model.row_of(self.item_id)

        def change(pack: Pack) -> Pack:
            pack, factor_id = edits.new_factor(pack, index=row + 1 if row >= 0 else None)
            made.append(factor_id)
            return pack

        if self.session.apply(change, self.tr("Add factor")):
            self.select(made[-1])
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_factor(self) -> None:
        from . import dialogs

        pack = self.session.pack
        factor = self._current(pack)
        if factor is None:
            return
        uses = edits.factor_uses(pack, factor.id)
        if uses:
            lines = []
            if uses.cards:
                lines.append(self.tr("%n card(s) tagged with it will lose the tag.", "", len(uses.cards)))
            for prompt_id in uses.prompts:
                prompt = pack.prompt(prompt_id)
                lines.append(self.tr("The question “%1” asks for it; it no longer will.").replace(
                    "%1", prompt.question[:120] if prompt else prompt_id))
            if uses.exemplars:
                lines.append(self.tr("Its paragraph in %n model plan(s) will be removed.", "",
                                     len(uses.exemplars)))
            if not dialogs.confirm_remove_factor(self, factor.name or factor.id, "\n".join(dict.fromkeys(lines))):
                return
        row = self.model.row_of(factor.id)
        factor_id = factor.id
        if self.session.apply(lambda p: edits.remove_factor(p, factor_id), self.tr("Remove factor")):
            ids = self.model.ids()
            self.select(ids[min(row, len(ids) - 1)] if ids else "")

    def move_factor(self, delta: int) -> None:
        factor_id = self.item_id
        row = self.model.row_of(factor_id)
        if row < 0:
            return
        if self.session.apply(lambda p: edits.move_factor(p, factor_id, row + delta), self.tr("Move factor")):
            self.select(factor_id)

    @property
    def factor_id(self) -> str:
        return self.item_id
