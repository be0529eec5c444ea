"""Editing the plan from the menus and the keyboard: send, remove, add a paragraph, a card of one's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from ..core.scoring import Feedback
from . import dialogs
from .cards.view import CardView
from .window_part import WindowPart

if TYPE_CHECKING:
    pass


class EditActions(WindowPart):
    """Every edit still goes through the session; this only finds what the keys and menus mean."""

    def _focused_card_view(self) -> CardView | None:
        widget = QApplication.focusWidget()
        views = [self.window.evidence.view] + [p.view for p in self.window.board.paragraphs]
        return next((view for view in views if widget is view), None)

    def _sent(self, count: int, paragraph: int) -> None:
        self.window.show_status(self.tr("Sent %n card(s) to paragraph %1", "", count).replace("%1", str(paragraph + 1)),
                                4000)

    def send_selected(self, paragraph: int) -> None:
        """Ctrl+1…9: the selected cards of the focused list, else the bank's, to paragraph ``paragraph``.

        The bank's selection also counts when the focus is in a list with nothing selected: closing a
        dialog (New card…) gives the focus back to wherever it was, not to the card it selected."""
        focused = self._focused_card_view()
        ids = focused.selected_ids() if focused is not None else []
        if not ids:
            ids = self.window.evidence.view.selected_ids()
        if ids and self.session.place_cards(ids, paragraph):
            self._arrived(ids, paragraph)
            self._sent(len(ids), paragraph)

    def _arrived(self, ids: list[str], paragraph: int) -> None:
        """Cards went to ``paragraph`` from the keyboard: show them there, and send the next ones there too."""
        board = self.window.board
        board.set_target(paragraph)
        board.show_paragraph(paragraph, ids)

    def on_send_requested(self, ids: list[str], paragraph: int) -> None:
        """Enter in the bank: to ``paragraph``, or to the current target paragraph when it is -1."""
        board = self.window.board
        target = board.target if paragraph < 0 else paragraph
        if self.session.place_cards(ids, target):
            self._arrived(ids, target)
            self._sent(len(ids), target)

    def on_target_changed(self, index: int) -> None:
        self.window.show_status(self.tr("Enter in the evidence bank now sends cards to paragraph %1")
                                .replace("%1", str(index + 1)), 4000)

    def on_paragraph_removed(self, number: int) -> None:
        """A paragraph went with its × button: say that Undo brings it back."""
        undo = self.window.menu_actions.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.window.show_status(self.tr("Paragraph %1 removed. Undo (%2) brings it back.").replace(
            "%1", str(number)).replace("%2", undo), 8000)

    def remove_selected(self) -> None:
        view = self._focused_card_view()
        if view is not None and view is not self.window.evidence.view:
            self.session.remove_cards(view.selected_ids())

    def add_paragraph(self) -> None:
        """A new, empty paragraph at the end; it becomes where Enter in the bank sends cards."""
        session, board = self.session, self.window.board
        if session.add_paragraph(""):
            last = len(session.plan.paragraphs) - 1
            board.select_paragraph(last)
            board.paragraphs[last].factor.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        search = self.window.evidence.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def new_card(self) -> None:
        session, evidence = self.session, self.window.evidence
        if session.prompt.own_cards == "off":
            self.window.show_status(self.tr("This question uses only cards from the evidence bank."), 6000)
            return
        answer = dialogs.ask_new_card(self.window, session.pack, session.prompt)
        if not answer:
            return
        card = session.add_own_card(*answer)
        if card is not None:  # show where it went: selected at the end of the bank, ready for Enter
            evidence.search.clear()
            evidence.view.select_cards([card.id])
            evidence.view.setFocus(Qt.FocusReason.OtherFocusReason)
            # again once the dialog's window has given the focus back to where it was before
            QTimer.singleShot(0, evidence.view, lambda: evidence.view.setFocus(Qt.FocusReason.OtherFocusReason))
            self.window.show_status(self.tr("Your card was added to the end of the evidence bank: press Enter "
                                            "or drag it into a paragraph."), 8000)

    def on_feedback(self, item: Feedback) -> None:
        """A feedback item was chosen: go to its paragraph (and card), or show its factor's cards."""
        if item.paragraph is not None:
            self.window.board.select_paragraph(item.paragraph, item.card)
        elif item.factor:
            self.window.evidence.show_factor(item.factor)
