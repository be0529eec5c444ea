"""What the student may see right now: factor tags (blind mode) and the score (exam mode)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.model import Plan, Prompt
from .session import Session


class ViewMode(QObject):
    """Blind mode, exam mode and whether a check has revealed the score.

    The student's choices (``set_blind``, ``set_exam``) stay as they are across
    questions; a prompt can force either mode on for itself. In exam mode and in
    blind mode the score is concealed until ``reveal()`` (Check plan) and hidden
    again by the next edit: a live score in blind mode would tell the student, the
    moment a card lands, whether it was the right paragraph. A newly loaded plan
    starts concealed again.

    Signals:
        changed(): blind, exam or concealed changed. Not sent for a load: ``Session.loaded``
            already tells every view to start over (and the new prompt may force a mode).
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.blind_chosen = False
        self.exam_chosen = False
        self.revealed = False
        session.loaded.connect(self._on_loaded)
        session.planChanged.connect(self._on_plan_changed)

    @property
    def prompt(self) -> Prompt:
        return self.session.prompt

    @property
    def blind_forced(self) -> bool:
        return self.prompt.hide_tags

    @property
    def exam_forced(self) -> bool:
        return self.prompt.show_score == "on_check"

    @property
    def blind(self) -> bool:
        return self.blind_chosen or self.blind_forced

    @property
    def exam(self) -> bool:
        return self.exam_chosen or self.exam_forced

    @property
    def waits_for_check(self) -> bool:
        """The score is shown only after Check plan (exam mode or blind mode)."""
        return self.exam or self.blind

    @property
    def concealed(self) -> bool:
        """The score must not be shown (nor exported or printed), nor which cards count."""
        return self.waits_for_check and not self.revealed

    def hidden_message(self) -> str:
        """Why the score is hidden and how to see it."""
        if self.exam:
            return self.tr("Score hidden in exam mode — press Check plan (Ctrl+Return) to see it")
        return self.tr("Score hidden in blind mode until you check — press Check plan (Ctrl+Return) to see "
                       "how your choices score")

    def set_blind(self, on: bool) -> None:
        if on != self.blind_chosen:
            self.blind_chosen = on
            self._apply()

    def set_exam(self, on: bool) -> None:
        if on != self.exam_chosen:
            self.exam_chosen = on
            self._apply()

    def set_chosen(self, blind: bool, exam: bool) -> None:
        """Both choices at once (restored settings): one ``changed``."""
        self.blind_chosen, self.exam_chosen = blind, exam
        self._apply()

    def reveal(self) -> None:
        """Check plan: show the score until the next edit."""
        if not self.revealed:
            self.revealed = True
            self.changed.emit()

    def _apply(self) -> None:
        # the session words feedback for blind mode (it never names a card's factors there)
        self.session.set_reveal_tags(not self.blind)
        self.changed.emit()

    def _on_loaded(self) -> None:
        self.revealed = False
        self.session.set_reveal_tags(not self.blind)

    def _on_plan_changed(self, _plan: Plan) -> None:
        if self.revealed and self.waits_for_check:
            self.revealed = False
            self.changed.emit()
