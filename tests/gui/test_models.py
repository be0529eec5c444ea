"""The card models follow the plan with row signals, never a reset, and only what changed is redrawn."""

from __future__ import annotations

import random

from PySide6.QtCore import QItemSelectionModel

from coexist_gui.gui.cards.roles import CARD_ID_ROLE, PLACED_ROLE


class Signals:
    """Counts a model's change signals."""

    def __init__(self, model) -> None:
        self.seen: list[str] = []
        self.changed_rows: list[tuple[int, int, list[int]]] = []
        for name in ("modelReset", "rowsInserted", "rowsRemoved", "rowsMoved", "layoutChanged"):
            getattr(model, name).connect(lambda *_args, name=name: self.seen.append(name))
        model.dataChanged.connect(lambda top, bottom, roles: self.changed_rows.append(
            (top.row(), bottom.row(), list(roles))))


def cards_for(window, factor: str) -> list[str]:
    return [c.id for c in window.session.pack.cards if factor in c.factors]


def test_paragraph_model_follows_edits_with_row_signals(window, qtmodeltester):
    session = window.session
    model = window.board.paragraphs[0].model
    qtmodeltester.check(model)  # keeps checking every signal from here on
    signals = Signals(model)
    a, b, c, d = cards_for(window, "leadership")[:4]
    session.place_cards([a, b, c], 0)
    assert signals.seen == ["rowsInserted"]
    session.shift_card(c, -1)
    session.place_cards([d], 0, row=0)
    session.place_cards([a], 1)  # out to another paragraph
    session.remove_cards([b])
    assert model.card_ids() == list(session.plan.paragraphs[0].cards) == [d, c]
    assert "modelReset" not in signals.seen
    assert signals.seen == ["rowsInserted", "rowsMoved", "rowsInserted", "rowsRemoved", "rowsRemoved"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert model.card_ids() == [d, a, c, b]


def test_paragraph_model_matches_the_plan_after_any_edit_sequence(window):
    session = window.session
    pool = cards_for(window, "leadership")[:6] + cards_for(window, "ideology")[:4]
    models = [p.model for p in window.board.paragraphs]
    rng = random.Random(7)
    for _step in range(150):
        move = rng.random()
        if move < 0.5:
            session.place_cards(rng.sample(pool, rng.randint(1, 3)), rng.randrange(len(models)),
                                rng.choice([None, 0, 1, 2, 5]))
        elif move < 0.7:
            session.remove_cards(rng.sample(pool, 2))
        elif move < 0.85:
            session.shift_card(rng.choice(pool), rng.choice([-1, 1]))
        else:
            session.undo_stack.undo()
        for index, model in enumerate(models):
            assert model.card_ids() == list(session.plan.paragraphs[index].cards)
            assert [model.index(r).data(CARD_ID_ROLE) for r in range(model.rowCount())] == model.card_ids()


def test_moving_a_card_keeps_it_selected(window):
    session = window.session
    a, b, c = cards_for(window, "leadership")[:3]
    session.place_cards([a, b, c], 0)
    view = window.board.paragraphs[0].view
    view.selectionModel().select(view.model().index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    session.shift_card(c, -1)
    session.shift_card(c, -1)
    assert view.selected_ids() == [c] and session.plan.paragraphs[0].cards == (c, a, b)


def test_bank_marks_placed_cards_one_row_at_a_time(window, qtmodeltester):
    session = window.session
    bank, proxy = window.evidence.model, window.evidence.proxy
    qtmodeltester.check(bank)
    signals = Signals(bank)
    card = cards_for(window, "ideology")[0]
    row = bank.card_ids().index(card)
    session.place_cards([card], 0)
    assert signals.seen == [] and signals.changed_rows == [(row, row, [PLACED_ROLE])]
    assert bank.index(row).data(PLACED_ROLE) == 0
    window.evidence.hide_placed.setChecked(True)
    total = proxy.rowCount()
    other = cards_for(window, "ideology")[1]
    session.place_cards([other], 1)  # only that row is filtered again, and it goes
    assert proxy.rowCount() == total - 1
    assert other not in [proxy.index(r, 0).data(CARD_ID_ROLE) for r in range(proxy.rowCount())]
    session.remove_cards([other])
    assert proxy.rowCount() == total


def test_an_own_card_is_one_row_added_at_the_end(window, qtmodeltester):
    session, bank = window.session, window.evidence.model
    qtmodeltester.check(bank)
    signals = Signals(bank)
    before = bank.rowCount()
    card = session.add_own_card("My own evidence", ["ideology"])
    assert signals.seen == ["rowsInserted"] and bank.card_ids()[-1] == card.id and bank.rowCount() == before + 1
    session.undo_stack.undo()
    assert signals.seen == ["rowsInserted", "rowsRemoved"] and bank.rowCount() == before


def test_typing_in_one_paragraph_leaves_the_other_blocks_alone(window, monkeypatch):
    from coexist_gui.gui.plan import paragraph

    filled = []
    real = paragraph.fill_factor_combo
    monkeypatch.setattr(paragraph, "fill_factor_combo", lambda combo, *args: (filled.append(combo), real(combo, *args)))
    first = window.board.paragraphs[0]
    first.point.setFocus()
    first.point.textEdited.emit("A")
    window.session.set_judgement_text("Because")
    assert filled == [first.factor]  # the edited block only; the judgement is not a paragraph
