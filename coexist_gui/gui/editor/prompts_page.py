"""The Questions tab: the pack's prompts and the selected one's question, factors, sides, options and model plan."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.authoring import edits
from ...core.authoring.drafts import DraftCheck
from ...core.colours import FALLBACK, factor_colours
from ...core.feedback import render
from ...core.model import Pack, Prompt
from ...core.pack import MAX_QUESTION
from ...core.plan import MAX_NAME
from ..widgets.icons import swatch_icon
from ..widgets.metrics import SECTION, SPACING
from ..widgets.plain_text import add_plain_item, set_item_text, set_plain_text, shown_line
from .fields import EditorLine, EditorText, ItemListPage, NumberField, add_row, make_button, show_text
from .models import PromptListModel
from .session import PackSession


class PromptsPage(ItemListPage):
    section = "prompts"

    """Signals:
        modelPlanRequested(str): open the planning board on this prompt's model plan.
        tryRequested(str): plan against this prompt as a student would (a blank plan).
    """

    modelPlanRequested = Signal(str)
    tryRequested = Signal(str)

    def __init__(self, session: PackSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PromptListModel(session, self)
        self.item_id = ""
        self._check: DraftCheck | None = None
        self._factor_rows: dict[str, tuple[QCheckBox, QComboBox]] = {}
        self._factor_ids: list[str] = []
        self._side_fields: list[EditorLine] = []

        self.attach_list(QListView(), self.model)
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setWordWrap(True)
        self.add_button = make_button(self.tr("&Add question"), self.add_prompt)
        self.duplicate_button = make_button(self.tr("D&uplicate"), self.duplicate_prompt)
        self.remove_button = make_button(self.tr("&Remove"), self.remove_prompt)
        self.up_button = make_button(self.tr("Move &up"), lambda: self.move_prompt(-1))
        self.down_button = make_button(self.tr("Move do&wn"), lambda: self.move_prompt(1))
        buttons = QGridLayout()
        buttons.setSpacing(SPACING)
        for number, button in enumerate((self.add_button, self.duplicate_button, self.up_button, self.down_button,
                                         self.remove_button)):
            buttons.addWidget(button, number // 2, number % 2)  # two a row: the list can be narrow
        left_box = QWidget()
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(SPACING)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        left_box.setMinimumWidth(left_box.sizeHint().width())  # the list's buttons stay whole

        self.form = QWidget()
        column = QVBoxLayout(self.form)
        column.setContentsMargins(0, 0, SECTION, 0)
        column.setSpacing(SECTION)
        form = QFormLayout()
        form.setSpacing(SPACING)
        self.question = EditorText(MAX_QUESTION, self.tr("Question"), self._on_question,
                                   self.tr("e.g. How far was Khrushchev responsible for Peaceful Coexistence?"),
                                   lines=3)
        add_row(form, self.tr("&Question:"), self.question)
        column.addLayout(form)

        factors_box = QGroupBox(self.tr("Factors this question asks for (one paragraph each)"))
        factors_column = QVBoxLayout(factors_box)
        self.two_sided = QCheckBox(self.tr("&Two-sided (“how far…”): balance compares sides, not factors"))
        self.two_sided.setAccessibleName(self.tr("Two-sided question"))
        self.two_sided.toggled.connect(self._on_two_sided)
        factors_column.addWidget(self.two_sided)
        self.sides_box = QWidget()
        self.sides_layout = QVBoxLayout(self.sides_box)  # the buttons' row, then one full-width row a side
        self.sides_layout.setContentsMargins(0, 0, 0, 0)
        self.sides_layout.setSpacing(SPACING // 2)
        sides_row = QHBoxLayout()
        sides_label = QLabel(self.tr("Sides (each factor below belongs to one):"))
        sides_label.setTextFormat(Qt.TextFormat.PlainText)
        sides_row.addWidget(sides_label, 1)
        self.add_side_button = make_button(self.tr("Add side"), self._on_add_side)
        self.remove_side_button = make_button(self.tr("Remove side"), self._on_remove_side)
        sides_row.addWidget(self.add_side_button)
        sides_row.addWidget(self.remove_side_button)
        self.sides_layout.addLayout(sides_row)
        factors_column.addWidget(self.sides_box)
        self.factor_grid = QGridLayout()
        self.factor_grid.setHorizontalSpacing(SECTION)
        self.factor_grid.setVerticalSpacing(SPACING // 2)
        factors_column.addLayout(self.factor_grid)
        column.addWidget(factors_box)

        options = QGroupBox(self.tr("Options"))
        options_form = QFormLayout(options)
        options_form.setSpacing(SPACING)
        self.min_cards = NumberField(*edits.MIN_CARDS_RANGE, self.tr("Cards a factor needs for full credit"))
        self.min_cards.valueChanged.connect(self._on_min_cards)
        self.minutes = NumberField(*edits.MINUTES_RANGE, self.tr("Suggested planning time in minutes"), empty=True,
                                   placeholder=self.tr("No suggested time"))
        self.minutes.valueChanged.connect(self._on_minutes)
        self.hide_tags = QCheckBox(self.tr("Hide factor tags on cards (blind mode)"))
        self.hide_tags.setAccessibleName(self.hide_tags.text())
        self.hide_tags.toggled.connect(self._on_hide_tags)
        self.show_score = QComboBox()
        self.show_score.setAccessibleName(self.tr("When students see the score"))
        self.show_score.addItem(self.tr("Live, as they plan"), "live")
        self.show_score.addItem(self.tr("Only when they check the plan (exam mode)"), "on_check")
        self.show_score.activated.connect(self._on_show_score)
        self.own_cards = QComboBox()
        self.own_cards.setAccessibleName(self.tr("Students' own cards"))
        self.own_cards.addItem(self.tr("Allowed, and they count"), "count")
        self.own_cards.addItem(self.tr("Allowed, shown but not counted"), "show")
        self.own_cards.addItem(self.tr("Not allowed"), "off")
        self.own_cards.activated.connect(self._on_own_cards)
        add_row(options_form, self.tr("Cards a factor &needs for full credit:"), self.min_cards)
        minutes_row = QWidget()
        minutes_line = QHBoxLayout(minutes_row)
        minutes_line.setContentsMargins(0, 0, 0, 0)
        minutes_line.addWidget(self.minutes)
        minutes_unit = QLabel(self.tr("minutes (empty: no suggested time)"))
        minutes_unit.setTextFormat(Qt.TextFormat.PlainText)
        minutes_line.addWidget(minutes_unit, 1)
        add_row(options_form, self.tr("Suggested planning &time:"), minutes_row).setBuddy(self.minutes)
        options_form.addRow(self.hide_tags)
        add_row(options_form, self.tr("&Score shown:"), self.show_score)
        add_row(options_form, self.tr("Students' o&wn cards:"), self.own_cards)
        column.addWidget(options)

        model_box = QGroupBox(self.tr("Model plan"))
        model_column = QVBoxLayout(model_box)
        self.model_status = QLabel()
        self.model_status.setTextFormat(Qt.TextFormat.PlainText)
        self.model_status.setWordWrap(True)
        self.model_status.setAccessibleName(self.tr("Model plan score"))
        self.model_feedback = QListWidget()
        self.model_feedback.setAccessibleName(self.tr("How to improve the model plan"))
        self.model_feedback.setWordWrap(True)
        self.model_feedback.setSpacing(2)
        self.model_feedback.setMaximumHeight(140)
        self.edit_model = make_button(self.tr("&Edit model plan…"), lambda: self.modelPlanRequested.emit(
            self.item_id), self.tr("Open the planning board on this question's model plan"))
        self.remove_model = make_button(self.tr("Remove model plan"), self._on_remove_model)
        self.try_button = make_button(self.tr("Tr&y as a student…"), lambda: self.tryRequested.emit(
            self.item_id), self.tr("Plan this question as a student would, without installing the pack"))
        model_buttons = QHBoxLayout()
        model_buttons.addWidget(self.edit_model)
        model_buttons.addWidget(self.remove_model)
        model_buttons.addStretch()
        model_buttons.addWidget(self.try_button)
        model_column.addWidget(self.model_status)
        model_column.addWidget(self.model_feedback)
        model_column.addLayout(model_buttons)
        column.addWidget(model_box)
        column.addStretch(1)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)  # a short form stays at the top, its rows unspread
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left_box)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SECTION, SECTION, SECTION, SECTION)
        layout.addWidget(splitter)
        session.packChanged.connect(self._on_pack_changed)
        session.loaded.connect(self._on_loaded)
        self._on_loaded()

    # -- selection -------------------------------------------------------------------------------------------
    def focus_field(self, key: str) -> None:
        widget: QWidget = {"question": self.question, "min_cards": self.min_cards, "minutes": self.minutes,
                           "hide_tags": self.hide_tags, "show_score": self.show_score, "own_cards": self.own_cards,
                           "sides": self.two_sided, "exemplar": self.edit_model}.get(key, self.question)
        if key == "factors" and self._factor_rows:
            widget = next(iter(self._factor_rows.values()))[0]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self, pack: Pack | None = None) -> Prompt | None:
        pack = pack or self.session.pack
        return pack.prompt(self.item_id) if self.item_id else None

    # -- the pack -> the form -----------------------------------------------------------------------------------
    def _show(self, pack: Pack) -> None:
        if self.item_id and pack.prompt(self.item_id) is None:
            row = self.list.currentIndex().row()  # the id followed the question: same row, same prompt
            self.item_id = pack.prompts[row].id if 0 <= row < len(pack.prompts) else ""
        prompt = self.current(pack)
        self.form.setEnabled(prompt is not None)
        row = self.model.row_of(self.item_id)
        self.remove_button.setEnabled(prompt is not None)
        self.duplicate_button.setEnabled(prompt is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        show_text(self.question, prompt.question if prompt else "")
        self._rebuild_factor_rows(pack)
        self._show_sides(prompt)
        colours = factor_colours(pack, prompt)
        for factor_id, (box, side) in self._factor_rows.items():
            asked = prompt is not None and factor_id in prompt.factors
            box.blockSignals(True)
            box.setChecked(asked)
            box.blockSignals(False)
            box.setIcon(swatch_icon(colours.get(factor_id, FALLBACK)))
            side.setVisible(bool(prompt and prompt.two_sided and asked))
            if prompt is not None and prompt.two_sided:
                side.blockSignals(True)
                side.clear()
                for number, item in enumerate(prompt.sides):
                    add_plain_item(side, item.name or self.tr("Side %1").replace("%1", str(number + 1)), number)
                side.setCurrentIndex(next((n for n, s in enumerate(prompt.sides) if factor_id in s.factors), -1))
                side.blockSignals(False)
        for spin, value in ((self.min_cards, prompt.min_cards if prompt else 2),
                            (self.minutes, (prompt.minutes or 0) if prompt else 0)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        for box, on in ((self.two_sided, bool(prompt and prompt.two_sided)),
                        (self.hide_tags, bool(prompt and prompt.hide_tags))):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.two_sided.setEnabled(prompt is not None and (prompt.two_sided or len(prompt.factors) >= 2))
        self.show_score.setCurrentIndex(max(0, self.show_score.findData(prompt.show_score if prompt else "live")))
        self.own_cards.setCurrentIndex(max(0, self.own_cards.findData(prompt.own_cards if prompt else "count")))
        self._show_model_plan(prompt)

    def _rebuild_factor_rows(self, pack: Pack) -> None:
        ids = [f.id for f in pack.factors]
        if ids != self._factor_ids:
            for box, side in self._factor_rows.values():
                box.deleteLater()
                side.deleteLater()
            self._factor_rows = {}
            for row, factor_id in enumerate(ids):
                box = QCheckBox()
                box.toggled.connect(lambda on, f=factor_id: self._on_factor(f, on))
                side = QComboBox()
                side.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                side.setMinimumContentsLength(22)  # side names are phrases: "Ideology was the main cause"
                side.activated.connect(lambda index, f=factor_id: self._on_side(f, index))
                self.factor_grid.addWidget(box, row, 0)
                self.factor_grid.addWidget(side, row, 1)
                self._factor_rows[factor_id] = (box, side)
            self.factor_grid.setColumnStretch(0, 1)
            self._factor_ids = ids
        if not ids:
            self.two_sided.setToolTip(self.tr("Add factors on the Factors tab first"))
        for factor in pack.factors:
            box, side = self._factor_rows[factor.id]
            name = factor.name or self.tr("(unnamed factor)")
            set_plain_text(box, name)
            box.setAccessibleName(self.tr("Asks for %1").replace("%1", shown_line(name)))
            side.setAccessibleName(self.tr("Side of %1").replace("%1", shown_line(name)))

    def _show_sides(self, prompt: Prompt | None) -> None:
        two = bool(prompt and prompt.two_sided)
        self.sides_box.setVisible(two)
        sides = prompt.sides if prompt and two else ()
        while len(self._side_fields) > len(sides):
            field = self._side_fields.pop()
            self.sides_layout.removeWidget(field)
            field.deleteLater()
        while len(self._side_fields) < len(sides):
            number = len(self._side_fields)
            field = EditorLine(MAX_NAME, self.tr("Name of side %1").replace("%1", str(number + 1)),
                               partial(self._on_side_name, number))
            self.sides_layout.addWidget(field)
            self._side_fields.append(field)
        for field, side in zip(self._side_fields, sides, strict=True):
            field.setPlaceholderText(self.tr("Name of this side, e.g. Khrushchev was responsible"))
            if not field.hasFocus():
                show_text(field, side.name)
                field.setCursorPosition(0)  # a long name shows its beginning
        self.add_side_button.setEnabled(bool(prompt) and len(sides) < max(2, len(prompt.factors) if prompt else 0))
        self.remove_side_button.setEnabled(len(sides) > 2)

    def set_check(self, check: DraftCheck) -> None:
        self._check = check
        self._show_model_plan(self.current())

    def _show_model_plan(self, prompt: Prompt | None) -> None:
        self.model_feedback.clear()
        self.model_feedback.setVisible(False)
        has_model = prompt is not None and prompt.exemplar is not None
        self.remove_model.setEnabled(has_model)
        self.edit_model.setText(self.tr("&Edit model plan…") if has_model else self.tr("&Write model plan…"))
        if prompt is None:
            self.model_status.setText("")
            return
        if not has_model:
            self.model_status.setText(self.tr("No model plan yet. Write one: students can compare theirs with it "
                                              "after they check, and the check below shows what it scores."))
            return
        summary = None
        if self._check is not None and self._check.pack is self.session.pack:
            summary = next((s for s in self._check.summary.prompts if s.prompt.id == prompt.id), None)
        if summary is None or summary.exemplar is None:
            self.model_status.setText(self.tr("Checking the model plan…"))
            return
        score = summary.exemplar
        status = self.tr("The model plan scores %1/100: band %2 of 5, %3.").replace("%1", str(score.overall)) \
            .replace("%2", str(score.band)).replace("%3", score.band_name)
        if score.band < 5:
            status += " " + self.tr("A model plan should reach band 5: an analytical plan does, a descriptive one "
                                    "does not. What would lift it:")
        else:
            status += " " + self.tr("It reaches the top band.")
        self.model_status.setText(status)
        for item in score.feedback if score.band < 5 else ():
            row = QListWidgetItem()
            set_item_text(row, "• " + render(item))
            self.model_feedback.addItem(row)
        self.model_feedback.setVisible(self.model_feedback.count() > 0)

    # -- edits ---------------------------------------------------------------------------------------------------
    def _apply(self, change: Callable[[Pack], Pack], label: str, merge_key: tuple | None = None) -> None:
        self.session.apply(change, label, merge_key)

    def _on_question(self, text: str) -> None:
        prompt_id = self.item_id
        if prompt_id:
            follow = self.session.is_new("prompts", prompt_id)
            self._apply(lambda p: edits.edit_prompt(p, prompt_id, question=text, follow=follow),
                        self.tr("Edit question"), ("question", prompt_id))

    def _on_factor(self, factor_id: str, on: bool) -> None:
        prompt_id = self.item_id
        if prompt_id:
            self._apply(lambda p: edits.set_prompt_factor(p, prompt_id, factor_id, on),
                        self.tr("Ask for factor") if on else self.tr("Stop asking for factor"))

    def _on_two_sided(self, on: bool) -> None:
        prompt_id = self.item_id
        if prompt_id:
            self._apply(lambda p: edits.set_two_sided(p, prompt_id, on), self.tr("Two-sided question"))

    def _on_side(self, factor_id: str, side: int) -> None:
        prompt_id = self.item_id
        if prompt_id:
            self._apply(lambda p: edits.assign_side(p, prompt_id, factor_id, side), self.tr("Move factor to side"))

    def _on_side_name(self, number: int, text: str) -> None:
        prompt_id = self.item_id
        if prompt_id:
            self._apply(lambda p: edits.rename_side(p, prompt_id, number, text), self.tr("Rename side"),
                        ("side", prompt_id, number))

    def _on_add_side(self) -> None:
        prompt_id = self.item_id
        if prompt_id:
            self._apply(lambda p: edits.add_side(p, prompt_id), self.tr("Add side"))

    def _on_remove_side(self) -> None:
        prompt = self.current()
        if prompt is not None and len(prompt.sides) > 2:
            prompt_id, last = prompt.id, len(prompt.sides) - 1
            self._apply(lambda p: edits.remove_side(p, prompt_id, last), self.tr("Remove side"))

    def _option(self, label: str, **fields: object) -> None:
        prompt_id = self.item_id
        if prompt_id:
            self._apply(lambda p: edits.edit_prompt(p, prompt_id, **fields), label)  # type: ignore[arg-type]

    def _on_min_cards(self, value: int) -> None:
        self._option(self.tr("Cards needed for full credit"), min_cards=value)

    def _on_minutes(self, value: int) -> None:
        self._option(self.tr("Suggested time"), minutes=value or None)

    def _on_hide_tags(self, on: bool) -> None:
        self._option(self.tr("Blind mode"), hide_tags=on)

    def _on_show_score(self, index: int) -> None:
        self._option(self.tr("When the score shows"), show_score=self.show_score.itemData(index))

    def _on_own_cards(self, index: int) -> None:
        self._option(self.tr("Students' own cards"), own_cards=self.own_cards.itemData(index))

    def _on_remove_model(self) -> None:
        prompt_id = self.item_id
        if prompt_id:
            self._apply(lambda p: edits.set_exemplar(p, prompt_id, None), self.tr("Remove model plan"))

    def add_prompt(self) -> None:
        made: list[str] = []
        row = self.model.row_of(self.item_id)

        def change(pack: Pack) -> Pack:
            pack, prompt_id = edits.new_prompt(pack, index=row + 1 if row >= 0 else None)
            made.append(prompt_id)
            return pack

        self.session.apply(change, self.tr("Add question"))
        if made:
            self.select(made[-1])
            self.question.setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate_prompt(self) -> None:
        prompt_id = self.item_id
        made: list[str] = []

        def change(pack: Pack) -> Pack:
            pack, copy_id = edits.duplicate_prompt(pack, prompt_id)
            made.append(copy_id)
            return pack

        if prompt_id and self.session.apply(change, self.tr("Duplicate question")):
            self.select(made[-1])

    def remove_prompt(self) -> None:
        from . import dialogs

        prompt = self.current()
        if prompt is None or not dialogs.confirm_remove_prompt(self, prompt.question):
            return
        row = self.model.row_of(prompt.id)
        prompt_id = prompt.id
        if self.session.apply(lambda p: edits.remove_prompt(p, prompt_id), self.tr("Remove question")):
            ids = self.model.ids()
            self.select(ids[min(row, len(ids) - 1)] if ids else "")

    def move_prompt(self, delta: int) -> None:
        prompt_id = self.item_id
        row = self.model.row_of(prompt_id)
        if row >= 0 and self.session.apply(lambda p: edits.move_prompt(p, prompt_id, row + delta),
                                           self.tr("Move question")):
            self.select(prompt_id)

    @property
    def prompt_id(self) -> str:
        return self.item_id
