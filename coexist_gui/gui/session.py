"""The one object every edit of the plan goes through.

The session holds the pack, the prompt, the current plan (an immutable core
``Plan``) and its score. Each edit computes the next plan with a pure function
from ``core.plan`` and pushes a ``ReplaceCommand`` holding both versions, so
Undo/Redo covers every kind of change for free.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core import plan as edits
from ..core.colours import factor_colours
from ..core.model import Card, Pack, Plan, Prompt
from ..core.scoring import Score, card_lookup, score
from .undo import ReplaceCommand


class Session(QObject):
    """The open plan, its pack and prompt, its undo stack and its live score.

    Signals:
        planChanged(Plan): after every change of the plan (edit, undo, redo, load).
        scoreChanged(Score): the new score, right after planChanged.
        loaded(): a different pack, prompt or plan file was loaded; views must reset.
        pathChanged(object): the plan's file path (Path or None).
        modifiedChanged(bool): the plan differs from the saved file.
        timeChanged(int): the planning timer's total (seconds) changed; it is saved with the plan.
    """

    planChanged = Signal(object)
    timeChanged = Signal(int)
    scoreChanged = Signal(object)
    loaded = Signal()
    pathChanged = Signal(object)
    modifiedChanged = Signal(bool)

    def __init__(self, pack: Pack, prompt: Prompt, plan: Plan | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.pack = pack
        self.prompt = prompt
        self.colours = factor_colours(pack, prompt)  # one colour per factor, the prompt's distinct
        self.plan = plan or edits.new_plan(pack, prompt)
        self.path: Path | None = None
        self.time_used = self.plan.time_used
        self._time_dirty = False
        self._cards = card_lookup(self.plan, pack)
        self.reveal_tags = True  # False in blind mode: feedback must not say which factors a card has
        self.score: Score = score(self.plan, pack, prompt)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean or self._time_dirty)

    def set_time_used(self, seconds: int) -> None:
        """The timer ran: not an undoable edit, but the plan now differs from its file."""
        if seconds == self.time_used:
            return
        was_modified = self.modified
        self.time_used = seconds
        self._time_dirty = True
        self.timeChanged.emit(seconds)
        if not was_modified:
            self.modifiedChanged.emit(True)

    # -- loading ---------------------------------------------------------
    def load(self, pack: Pack, prompt: Prompt, plan: Plan | None = None, path: Path | None = None) -> None:
        """Start over with another pack/prompt/plan; the undo history is cleared.

        A new plan (``plan`` None) keeps the student's name from the one before."""
        if plan is None:
            plan = replace(edits.new_plan(pack, prompt), author=self.plan.author)
        self.pack = pack
        self.prompt = prompt
        self.colours = factor_colours(pack, prompt)
        self.undo_stack.clear()
        self.path = path
        self.time_used = plan.time_used
        self._time_dirty = False
        self._set_plan(plan, reset=True)
        self.undo_stack.setClean()
        self.pathChanged.emit(path)
        self.modifiedChanged.emit(False)

    def set_reveal_tags(self, reveal: bool) -> None:
        """Blind mode on (False) or off: the numbers stay, the feedback wording changes."""
        if reveal != self.reveal_tags:
            self.reveal_tags = reveal
            self.score = score(self.plan, self.pack, self.prompt, reveal_tags=reveal)
            self.scoreChanged.emit(self.score)

    def revert_to(self, saved: Plan) -> None:
        """The plan as saved in its file, as one undoable step; the window counts as saved afterwards.
        The planning time is not part of it: the clock keeps what it has counted."""
        self.apply(lambda plan: replace(saved, time_used=plan.time_used), self.tr("Revert to saved"))
        self.undo_stack.setClean()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        was_dirty, self._time_dirty = self._time_dirty, False
        self.undo_stack.setClean()
        if was_dirty:
            self.modifiedChanged.emit(self.modified)
        self.pathChanged.emit(path)

    def plan_for_saving(self) -> Plan:
        return replace(self.plan, time_used=int(self.time_used))

    @property
    def modified(self) -> bool:
        """The plan differs from its file: an edit, or only more planning time (autosave keeps both)."""
        return not self.undo_stack.isClean() or self._time_dirty

    @property
    def edited(self) -> bool:
        """The student changed the plan since it was saved. The timer running is not an edit: it does
        not mark the window unsaved, and closing a saved plan then saves the time without asking."""
        return not self.undo_stack.isClean()

    # -- queries ---------------------------------------------------------
    def card(self, card_id: str) -> Card | None:
        return self._cards.get(card_id)

    def bank_cards(self) -> list[Card]:
        """Pack cards, then own cards; an own card whose id a pack card already uses is kept in the
        plan (and saved) but not listed, exactly as scoring ignores it."""
        return list(self.pack.cards) + [c for c in self.plan.own_cards if self.pack.card(c.id) is None]

    # -- the one way to change the plan ------------------------------------
    def apply(self, change: Callable[[Plan], Plan], text: str, merge_key: tuple | None = None) -> bool:
        """Push an undoable command replacing the plan with ``change(plan)``; False when nothing changed."""
        before = self.plan
        after = change(before)
        if after == before:
            return False
        self.undo_stack.push(ReplaceCommand(self._set_plan, before, after, text, merge_key))
        return True

    def _set_plan(self, plan: Plan, reset: bool = False) -> None:
        if plan.own_cards != self.plan.own_cards or reset:
            self._cards = card_lookup(plan, self.pack)
        self.plan = plan
        self.score = score(plan, self.pack, self.prompt, reveal_tags=self.reveal_tags)
        if reset:
            self.loaded.emit()
        self.planChanged.emit(plan)
        self.scoreChanged.emit(self.score)

    # -- edits -------------------------------------------------------------
    def place_cards(self, card_ids: Iterable[str], paragraph: int, row: int | None = None) -> bool:
        ids = list(card_ids)
        if not 0 <= paragraph < len(self.plan.paragraphs):
            return False
        moving = any(self.plan.paragraph_of(c) is not None for c in ids)
        label = self.tr("Move card") if moving else self.tr("Add card")
        if len(ids) > 1:
            label = self.tr("Move %n card(s)", "", len(ids)) if moving else self.tr("Add %n card(s)", "", len(ids))
        return self.apply(lambda p: edits.place_cards(p, ids, paragraph, row, self.pack), label)

    def remove_cards(self, card_ids: Iterable[str]) -> bool:
        ids = list(card_ids)
        return self.apply(lambda p: edits.remove_cards(p, ids), self.tr("Remove %n card(s)", "", len(ids)))

    def shift_card(self, card_id: str, delta: int) -> bool:
        return self.apply(lambda p: edits.shift_card(p, card_id, delta), self.tr("Reorder card"))

    def add_paragraph(self, factor: str = "") -> bool:
        return self.apply(lambda p: edits.add_paragraph(p, factor), self.tr("Add paragraph"))

    def remove_paragraph(self, index: int) -> bool:
        return self.apply(lambda p: edits.remove_paragraph(p, index), self.tr("Remove paragraph"))

    def move_paragraph(self, index: int, new_index: int) -> bool:
        return self.apply(lambda p: edits.move_paragraph(p, index, new_index), self.tr("Move paragraph"))

    def set_factor(self, index: int, factor: str) -> bool:
        return self.apply(lambda p: edits.edit_paragraph(p, index, factor=factor), self.tr("Change factor"))

    def set_point(self, index: int, text: str) -> bool:
        return self.apply(lambda p: edits.edit_paragraph(p, index, point=text), self.tr("Edit point"),
                          merge_key=("point", index))

    def set_author(self, name: str) -> bool:
        return self.apply(lambda p: edits.set_author(p, name), self.tr("Edit name"), merge_key=("author",))

    def set_most_important(self, factor: str) -> bool:
        return self.apply(lambda p: edits.edit_judgement(p, most_important=factor),
                          self.tr("Choose most important factor"))

    def set_judgement_text(self, text: str) -> bool:
        return self.apply(lambda p: edits.edit_judgement(p, text=text), self.tr("Edit conclusion"),
                          merge_key=("judgement",))

    def add_own_card(self, text: str, factors: Iterable[str]) -> Card | None:
        """A card of the student's own at the end of the bank; None when the plan refused it."""
        updated, card = edits.add_own_card(self.plan, text, factors, self.pack)
        if card is None:
            return None
        self.apply(lambda _plan: updated, self.tr("New card"))
        return card
