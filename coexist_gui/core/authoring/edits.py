"""The pack editor's operations: pure functions that take a ``Pack`` and return the changed one.

They keep the invariants every pack the editor holds has, whatever state the teacher is in
the middle of:

* every factor, card and prompt id is a valid id and unique in its section;
* cards, prompts, sides and model plans name only factors the pack has, and model plans only
  cards it has (removing a factor or card takes it out of everything that named it);
* a prompt that is not two-sided has one side per factor, as the pack reader makes it;
* texts are within the pack format's limits, and the sections within their counts.

What a pack may still lack (a blank text, a card with no factor, a prompt with one factor, a
side with none) is left to the validator, which the editor runs on every change and shows.

Ids: a new card, factor or prompt gets its id from its text. While the pack has not been saved
with it, its id follows its text (``follow=True``: nobody can have used it yet); from then on it
keeps its id whatever the text becomes, because plans and history record ids.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..i18n import _
from ..i18n import number as number_text
from ..model import Card, Factor, Judgement, Pack, Paragraph, Plan, Prompt, Side
from ..pack import MAX_CARDS, MAX_DESCRIPTION, MAX_FACTORS, MAX_HINT, MAX_PROMPTS, MAX_QUESTION, OWN_CARDS, SHOW_SCORE
from ..plan import MAX_CARD_TEXT, MAX_DETAIL, MAX_JUDGEMENT, MAX_NAME, MAX_POINT
from .ids import id_for, is_valid_id, unique

MAX_QUESTION_LENGTH = MAX_QUESTION
MAX_VERSION = 40
MAX_LANGUAGE = 35
MIN_CARDS_RANGE = (1, 50)
MINUTES_RANGE = (1, 600)
YEAR_RANGE = (-5000, 3000)
_KEEP: Any = object()  # "leave this field as it is" where None is a value (year, minutes)


class EditError(ValueError):
    """An edit the pack format cannot hold (a limit reached); the message is for the teacher."""


def _clip(text: str, limit: int) -> str:
    """Text as a pack holds it: without surrounding space (the reader strips it too), within ``limit``."""
    return text.strip()[:limit].strip()


def _in_range(value: int, bounds: tuple[int, int]) -> int:
    low, high = bounds
    return max(low, min(high, value))


def empty_pack(pack_id: str = "my-pack", title: str = "") -> Pack:
    """A new pack with nothing in it yet (the validator lists what it needs)."""
    return Pack(id=pack_id, title=_clip(title, MAX_NAME), factors=(), cards=(), prompts=())


# -- the pack's details ----------------------------------------------------------------------------------


def set_details(pack: Pack, *, title: str | None = None, pack_id: str | None = None, version: str | None = None,
                author: str | None = None, description: str | None = None, language: str | None = None) -> Pack:
    """Change the pack's own fields. ``pack_id`` must be a valid id (the caller decides when it may change)."""
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = _clip(title, MAX_NAME)
    if pack_id is not None:
        if not is_valid_id(pack_id):
            raise EditError(_("'{id}' is not a valid id: use a-z, 0-9 and '-'").format(id=pack_id[:40]))
        changes["id"] = pack_id
    if version is not None:
        changes["version"] = _clip(version, MAX_VERSION) or "1"
    if author is not None:
        changes["author"] = _clip(author, MAX_NAME)
    if description is not None:
        changes["description"] = _clip(description, MAX_DESCRIPTION)
    if language is not None:
        changes["language"] = _clip(language, MAX_LANGUAGE)
    return replace(pack, **changes) if changes else pack


def next_version(version: str) -> str:
    """The version after ``version``: the last number goes up by one ("1" -> "2", "1.4" -> "1.5", "v2" -> "v3");
    a version with no number gets ".1"."""
    digits_end = len(version)
    while digits_end and not version[digits_end - 1].isdigit():
        digits_end -= 1
    start = digits_end
    while start and version[start - 1].isdigit():
        start -= 1
    if start == digits_end:
        return _clip(f"{version}.1" if version else "1", MAX_VERSION)
    number = int(version[start:digits_end]) + 1
    return _clip(f"{version[:start]}{number}{version[digits_end:]}", MAX_VERSION)


def content_changed(before: Pack, after: Pack) -> bool:
    """Anything a student would see differs (the version itself does not count)."""
    return replace(before, version="") != replace(after, version="")


# -- factors -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactorUses:
    """What names a factor: cards tagged with it, prompts that ask for it, model plans with a paragraph for it."""

    cards: tuple[str, ...]
    prompts: tuple[str, ...]
    exemplars: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.cards or self.prompts or self.exemplars)


def _factor_index(pack: Pack, factor_id: str) -> int:
    for index, factor in enumerate(pack.factors):
        if factor.id == factor_id:
            return index
    raise KeyError(factor_id)


def _placeholder(prefix: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    number = 1
    while f"{prefix}-{number}" in taken:
        number += 1
    return f"{prefix}-{number}"


def new_factor(pack: Pack, name: str = "", index: int | None = None) -> tuple[Pack, str]:
    """Add a factor (at ``index``, default the end); returns the pack and the new factor's id."""
    if len(pack.factors) >= MAX_FACTORS:
        raise EditError(_("A pack can have at most {n} factors.").format(n=MAX_FACTORS))
    taken = {f.id for f in pack.factors}
    name = _clip(name, MAX_NAME)
    factor_id = id_for(name, taken, "factor") if name else _placeholder("factor", taken)
    factors = list(pack.factors)
    factors.insert(len(factors) if index is None else max(0, min(index, len(factors))), Factor(factor_id, name))
    return replace(pack, factors=tuple(factors)), factor_id


def edit_factor(pack: Pack, factor_id: str, *, name: str | None = None, description: str | None = None,
                hint: str | None = None, colour: str | None = None, follow: bool = False) -> Pack:
    """Change a factor's fields. Its id stays, unless ``follow``: then a new name makes a new id."""
    index = _factor_index(pack, factor_id)
    old = pack.factors[index]
    new = replace(old,
                  name=old.name if name is None else _clip(name, MAX_NAME),
                  description=old.description if description is None else _clip(description, MAX_DESCRIPTION),
                  hint=old.hint if hint is None else _clip(hint, MAX_HINT),
                  colour=old.colour if colour is None else _colour(colour))
    if new == old:
        return pack
    factors = list(pack.factors)
    factors[index] = new
    pack = replace(pack, factors=tuple(factors))
    if follow and new.name != old.name:
        taken = {f.id for f in pack.factors} - {factor_id}
        new_id = id_for(new.name, taken, "factor") if new.name.strip() else _placeholder("factor", taken)
        pack = rename_factor_id(pack, factor_id, new_id)
    return pack


def _colour(value: str) -> str:
    value = value.strip().lower()
    if value and not (len(value) == 7 and value[0] == "#" and all(c in "0123456789abcdef" for c in value[1:])):
        raise EditError(_("'{colour}' is not a colour: write it as #rrggbb").format(colour=value[:20]))
    return value


def rename_factor_id(pack: Pack, old: str, new: str) -> Pack:
    """Give factor ``old`` the id ``new`` everywhere (cards, prompts, sides, model plans)."""
    if old == new:
        return pack
    if not is_valid_id(new) or any(f.id == new for f in pack.factors):
        raise EditError(_("'{id}' cannot be used as a factor id").format(id=new[:40]))

    def swap(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(new if f == old else f for f in ids)

    factors = tuple(replace(f, id=new) if f.id == old else f for f in pack.factors)
    cards = tuple(replace(c, factors=swap(c.factors)) if old in c.factors else c for c in pack.cards)
    prompts = []
    for prompt in pack.prompts:
        exemplar = prompt.exemplar  # a model plan may keep a paragraph for a factor its question no longer asks for
        if exemplar is not None:
            exemplar = replace(exemplar, paragraphs=tuple(replace(p, factor=new) if p.factor == old else p
                                                          for p in exemplar.paragraphs),
                               judgement=replace(exemplar.judgement, most_important=new)
                               if exemplar.judgement.most_important == old else exemplar.judgement)
        if old in prompt.factors or exemplar != prompt.exemplar:
            prompt = replace(prompt, factors=swap(prompt.factors),
                             sides=tuple(replace(s, factors=swap(s.factors)) for s in prompt.sides),
                             exemplar=exemplar)
        prompts.append(prompt)
    return replace(pack, factors=factors, cards=cards, prompts=tuple(prompts))


def move_factor(pack: Pack, factor_id: str, new_index: int) -> Pack:
    factors = list(pack.factors)
    factor = factors.pop(_factor_index(pack, factor_id))
    factors.insert(max(0, min(new_index, len(factors))), factor)
    return replace(pack, factors=tuple(factors))


def factor_uses(pack: Pack, factor_id: str) -> FactorUses:
    return FactorUses(
        cards=tuple(c.id for c in pack.cards if factor_id in c.factors),
        prompts=tuple(p.id for p in pack.prompts if factor_id in p.factors),
        exemplars=tuple(p.id for p in pack.prompts if p.exemplar is not None
                        and (any(par.factor == factor_id for par in p.exemplar.paragraphs)
                             or p.exemplar.judgement.most_important == factor_id)))


def remove_factor(pack: Pack, factor_id: str) -> Pack:
    """Delete a factor and every mention of it: card tags, prompt factors and sides, model-plan paragraphs
    for it (their cards go with them) and a model plan's choice of it as most important."""
    index = _factor_index(pack, factor_id)
    factors = pack.factors[:index] + pack.factors[index + 1:]
    cards = tuple(replace(c, factors=tuple(f for f in c.factors if f != factor_id)) if factor_id in c.factors else c
                  for c in pack.cards)
    prompts = tuple(_prompt_without_factor(p, factor_id) for p in pack.prompts)
    return replace(pack, factors=factors, cards=cards, prompts=prompts)


def _prompt_without_factor(prompt: Prompt, factor_id: str) -> Prompt:
    if factor_id in prompt.factors:
        prompt = _with_factors(prompt, tuple(f for f in prompt.factors if f != factor_id))
    if prompt.exemplar is not None:
        exemplar = prompt.exemplar
        judgement = exemplar.judgement
        if judgement.most_important == factor_id:
            judgement = replace(judgement, most_important="")
        paragraphs = tuple(p for p in exemplar.paragraphs if p.factor != factor_id)
        if paragraphs != exemplar.paragraphs or judgement != exemplar.judgement:
            prompt = replace(prompt, exemplar=replace(exemplar, paragraphs=paragraphs, judgement=judgement))
    return prompt


# -- cards ---------------------------------------------------------------------------------------------------


def _card_positions(pack: Pack) -> dict[str, int]:
    return {card.id: index for index, card in enumerate(pack.cards)}


def _clean_factors(pack: Pack, factors: Iterable[str]) -> tuple[str, ...]:
    known = {f.id for f in pack.factors}
    return tuple(f for f in dict.fromkeys(factors) if f in known)


def _year(value: int | None) -> int | None:
    return None if value is None else _in_range(int(value), YEAR_RANGE)


def make_card(pack: Pack, text: str, factors: Iterable[str] = (), *, year: int | None = None, detail: str = "",
              taken: set[str] | None = None) -> Card:
    """A card for ``pack`` with a fresh id from its text (not yet added). ``taken``: ids already used, which
    the new id is added to (for making many cards at once)."""
    taken = {c.id for c in pack.cards} if taken is None else taken
    text = _clip(text, MAX_CARD_TEXT)
    card_id = id_for(text, taken, "card") if text else _placeholder("card", taken)
    taken.add(card_id)
    return Card(card_id, text, _clean_factors(pack, factors), detail=_clip(detail, MAX_DETAIL),
                year=_year(year))


def insert_cards(pack: Pack, cards: Sequence[Card], index: int | None = None) -> Pack:
    """Add cards (with ids the pack does not use yet) before position ``index`` (default the end)."""
    if len(pack.cards) + len(cards) > MAX_CARDS:
        raise EditError(_("A pack can have at most {n} cards.").format(n=number_text(MAX_CARDS)))
    positions = _card_positions(pack)
    seen: set[str] = set()
    for card in cards:
        if card.id in positions or card.id in seen or not is_valid_id(card.id):
            raise EditError(_("The card id '{id}' is already used").format(id=card.id[:40]))
        seen.add(card.id)
    cleaned = [replace(c, factors=_clean_factors(pack, c.factors), own=False) for c in cards]
    at = len(pack.cards) if index is None else max(0, min(index, len(pack.cards)))
    return replace(pack, cards=pack.cards[:at] + tuple(cleaned) + pack.cards[at:])


def new_card(pack: Pack, text: str = "", factors: Iterable[str] = (), *, year: int | None = None,
             detail: str = "", index: int | None = None) -> tuple[Pack, str]:
    card = make_card(pack, text, factors, year=year, detail=detail)
    return insert_cards(pack, [card], index), card.id


def edit_card(pack: Pack, card_id: str, *, text: str | None = None, factors: Iterable[str] | None = None,
              year: Any = _KEEP, detail: str | None = None, follow: bool = False) -> Pack:
    """Change a card's fields (``year=None`` clears the year). Its id stays, unless ``follow``: then a new
    text makes a new id (and model plans follow it)."""
    old = pack.card(card_id)
    if old is None:
        raise KeyError(card_id)
    new = replace(old,
                  text=old.text if text is None else _clip(text, MAX_CARD_TEXT),
                  factors=old.factors if factors is None else _clean_factors(pack, factors),
                  year=old.year if year is _KEEP else _year(year),
                  detail=old.detail if detail is None else _clip(detail, MAX_DETAIL))
    if new == old:
        return pack
    if follow and new.text != old.text:
        taken = {c.id for c in pack.cards} - {card_id}
        new = replace(new, id=id_for(new.text, taken, "card") if new.text else _placeholder("card", taken))
    pack = replace(pack, cards=tuple(new if card is old else card for card in pack.cards))
    return _rename_card_in_exemplars(pack, card_id, new.id) if new.id != card_id else pack


def set_card_factor(pack: Pack, card_id: str, factor_id: str, on: bool) -> Pack:
    card = pack.card(card_id)
    if card is None:
        raise KeyError(card_id)
    if (factor_id in card.factors) == on:
        return pack
    order = [f.id for f in pack.factors]
    factors = set(card.factors) | {factor_id} if on else set(card.factors) - {factor_id}
    # tags keep the pack's factor order, so the same choice always writes the same line
    return edit_card(pack, card_id, factors=sorted(factors, key=lambda f: order.index(f) if f in order else 0))


def _map_exemplars(pack: Pack, change: Any) -> Pack:
    prompts = []
    touched = False
    for prompt in pack.prompts:
        if prompt.exemplar is not None:
            exemplar = change(prompt.exemplar)
            if exemplar is not prompt.exemplar:
                prompt = replace(prompt, exemplar=exemplar)
                touched = True
        prompts.append(prompt)
    return replace(pack, prompts=tuple(prompts)) if touched else pack


def _rename_card_in_exemplars(pack: Pack, old: str, new: str) -> Pack:
    def change(plan: Plan) -> Plan:
        if old not in plan.placed_cards():
            return plan
        return replace(plan, paragraphs=tuple(replace(p, cards=tuple(new if c == old else c for c in p.cards))
                                              for p in plan.paragraphs))

    return _map_exemplars(pack, change)


def cards_in_exemplars(pack: Pack, card_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Prompt id -> the given cards its model plan uses (prompts whose model plan uses none are left out)."""
    wanted = set(card_ids)
    out: dict[str, tuple[str, ...]] = {}
    for prompt in pack.prompts:
        if prompt.exemplar is not None:
            used = tuple(c for c in prompt.exemplar.placed_cards() if c in wanted)
            if used:
                out[prompt.id] = used
    return out


def remove_cards(pack: Pack, card_ids: Iterable[str]) -> Pack:
    """Delete cards; model plans that used them lose them too."""
    gone = set(card_ids)
    if not gone:
        return pack
    cards = tuple(c for c in pack.cards if c.id not in gone)
    if len(cards) == len(pack.cards):
        return pack

    def change(plan: Plan) -> Plan:
        if not gone.intersection(plan.placed_cards()):
            return plan
        return replace(plan, paragraphs=tuple(replace(p, cards=tuple(c for c in p.cards if c not in gone))
                                              for p in plan.paragraphs))

    return _map_exemplars(replace(pack, cards=cards), change)


def duplicate_cards(pack: Pack, card_ids: Iterable[str]) -> tuple[Pack, list[str]]:
    """Copies of the cards (new ids), each right after the last of the originals; returns the copies' ids."""
    positions = _card_positions(pack)
    ids = sorted({c for c in card_ids if c in positions}, key=positions.__getitem__)
    if not ids:
        return pack, []
    taken = set(positions)
    copies = []
    for card_id in ids:
        card = pack.cards[positions[card_id]]
        copy_id = unique(f"{card.id}-copy", taken)
        taken.add(copy_id)
        copies.append(replace(card, id=copy_id))
    return insert_cards(pack, copies, positions[ids[-1]] + 1), [c.id for c in copies]


def move_cards(pack: Pack, card_ids: Iterable[str], delta: int) -> Pack:
    """Move the cards up (``delta`` < 0) or down by ``delta`` places in pack order, keeping their own order;
    they stop at either end."""
    wanted = set(card_ids)
    if not wanted or not delta:
        return pack
    cards = list(pack.cards)
    step = -1 if delta < 0 else 1
    for _step in range(abs(delta)):
        order = range(len(cards)) if step < 0 else range(len(cards) - 1, -1, -1)
        moved = False
        for index in order:
            target = index + step
            if cards[index].id in wanted and 0 <= target < len(cards) and cards[target].id not in wanted:
                cards[index], cards[target] = cards[target], cards[index]
                moved = True
        if not moved:
            break
    return replace(pack, cards=tuple(cards))


# -- prompts ---------------------------------------------------------------------------------------------------


def _prompt_index(pack: Pack, prompt_id: str) -> int:
    for index, prompt in enumerate(pack.prompts):
        if prompt.id == prompt_id:
            return index
    raise KeyError(prompt_id)


def _put_prompt(pack: Pack, index: int, prompt: Prompt) -> Pack:
    prompts = list(pack.prompts)
    prompts[index] = prompt
    return replace(pack, prompts=tuple(prompts))


def _one_side_each(factors: tuple[str, ...]) -> tuple[Side, ...]:
    return tuple(Side("", (f,)) for f in factors)


def _with_factors(prompt: Prompt, factors: tuple[str, ...]) -> Prompt:
    """The prompt asking for ``factors``; two-sided sides lose dropped factors and put new ones on the last side.

    A question keeps at most one side per factor, and stops being two-sided with fewer than two factors
    (the format cannot hold more sides than factors).
    """
    if not prompt.two_sided or len(factors) < 2:
        return replace(prompt, factors=factors, sides=_one_side_each(factors), two_sided=False)
    wanted = set(factors)
    sides = [Side(s.name, tuple(f for f in s.factors if f in wanted)) for s in prompt.sides]
    placed = {f for s in sides for f in s.factors}
    extra = tuple(f for f in factors if f not in placed)
    if extra and sides:
        sides[-1] = Side(sides[-1].name, sides[-1].factors + extra)
    while len(sides) > len(factors):  # drop empty sides, from the last, until every side can have a factor
        empty = next(i for i in range(len(sides) - 1, -1, -1) if not sides[i].factors)
        del sides[empty]
    return replace(prompt, factors=factors, sides=tuple(sides))


def new_prompt(pack: Pack, question: str = "", factors: Iterable[str] | None = None,
               index: int | None = None) -> tuple[Pack, str]:
    """Add a question (default: over every factor of the pack); returns the pack and the new prompt's id."""
    if len(pack.prompts) >= MAX_PROMPTS:
        raise EditError(_("A pack can have at most {n} questions.").format(n=MAX_PROMPTS))
    taken = {p.id for p in pack.prompts}
    question = _clip(question, MAX_QUESTION)
    prompt_id = id_for(question, taken, "question") if question else _placeholder("question", taken)
    chosen = _clean_factors(pack, [f.id for f in pack.factors] if factors is None else factors)
    prompt = Prompt(prompt_id, question, chosen, sides=_one_side_each(chosen))
    prompts = list(pack.prompts)
    prompts.insert(len(prompts) if index is None else max(0, min(index, len(prompts))), prompt)
    return replace(pack, prompts=tuple(prompts)), prompt_id


def edit_prompt(pack: Pack, prompt_id: str, *, question: str | None = None, min_cards: int | None = None,
                minutes: Any = _KEEP, hide_tags: bool | None = None, show_score: str | None = None,
                own_cards: str | None = None, follow: bool = False) -> Pack:
    """Change a question's text and options (``minutes=None``: no suggested time). Its id stays, unless
    ``follow``: then a new question makes a new id."""
    index = _prompt_index(pack, prompt_id)
    old = pack.prompts[index]
    if show_score is not None and show_score not in SHOW_SCORE:
        raise EditError(_("show_score must be one of: {options}").format(options=", ".join(SHOW_SCORE)))
    if own_cards is not None and own_cards not in OWN_CARDS:
        raise EditError(_("own_cards must be one of: {options}").format(options=", ".join(OWN_CARDS)))
    new = replace(old,
                  question=old.question if question is None else _clip(question, MAX_QUESTION),
                  min_cards=old.min_cards if min_cards is None else _in_range(min_cards, MIN_CARDS_RANGE),
                  minutes=old.minutes if minutes is _KEEP else (None if minutes is None
                                                                else _in_range(minutes, MINUTES_RANGE)),
                  hide_tags=old.hide_tags if hide_tags is None else hide_tags,
                  show_score=old.show_score if show_score is None else show_score,
                  own_cards=old.own_cards if own_cards is None else own_cards)
    if new == old:
        return pack
    if follow and new.question != old.question:
        taken = {p.id for p in pack.prompts} - {prompt_id}
        new_id = id_for(new.question, taken, "question") if new.question else _placeholder("question", taken)
        new = replace(new, id=new_id, exemplar=replace(new.exemplar, prompt=new_id) if new.exemplar else None)
    return _put_prompt(pack, index, new)


def set_prompt_factors(pack: Pack, prompt_id: str, factors: Iterable[str]) -> Pack:
    """The factors a question asks for, in the order given (one paragraph each in a new plan)."""
    index = _prompt_index(pack, prompt_id)
    return _put_prompt(pack, index, _with_factors(pack.prompts[index], _clean_factors(pack, factors)))


def set_prompt_factor(pack: Pack, prompt_id: str, factor_id: str, on: bool) -> Pack:
    """Tick or untick one factor; a ticked factor takes its place in the pack's factor order."""
    prompt = pack.prompts[_prompt_index(pack, prompt_id)]
    if (factor_id in prompt.factors) == on:
        return pack
    if not on:
        return set_prompt_factors(pack, prompt_id, [f for f in prompt.factors if f != factor_id])
    order = [f.id for f in pack.factors]
    position = order.index(factor_id)
    factors = list(prompt.factors)
    at = next((i for i, f in enumerate(factors) if f in order and order.index(f) > position), len(factors))
    factors.insert(at, factor_id)
    return set_prompt_factors(pack, prompt_id, factors)


def set_two_sided(pack: Pack, prompt_id: str, on: bool) -> Pack:
    """Two sides for a "how far" question: the first factor against the others, named after them."""
    index = _prompt_index(pack, prompt_id)
    prompt = pack.prompts[index]
    if prompt.two_sided == on:
        return pack
    if not on:
        return _put_prompt(pack, index, replace(prompt, two_sided=False, sides=_one_side_each(prompt.factors)))
    if len(prompt.factors) < 2:
        raise EditError(_("A two-sided question needs at least two factors, one for each side."))
    first = prompt.factors[:1]
    first_name = pack.factor_name(first[0]) if first else _("Side 1")
    sides = (Side(_clip(first_name, MAX_NAME), first), Side(_("Other factors"), prompt.factors[1:]))
    return _put_prompt(pack, index, replace(prompt, two_sided=True, sides=sides))


def rename_side(pack: Pack, prompt_id: str, side: int, name: str) -> Pack:
    index = _prompt_index(pack, prompt_id)
    prompt = pack.prompts[index]
    if not prompt.two_sided:
        return pack
    sides = list(prompt.sides)
    sides[side] = replace(sides[side], name=_clip(name, MAX_NAME))
    return _put_prompt(pack, index, replace(prompt, sides=tuple(sides)))


def add_side(pack: Pack, prompt_id: str, name: str = "") -> Pack:
    index = _prompt_index(pack, prompt_id)
    prompt = pack.prompts[index]
    if not prompt.two_sided or len(prompt.sides) >= len(prompt.factors):
        return pack
    name = name or _("Side {n}").format(n=len(prompt.sides) + 1)
    return _put_prompt(pack, index, replace(prompt, sides=prompt.sides + (Side(_clip(name, MAX_NAME), ()),)))


def remove_side(pack: Pack, prompt_id: str, side: int) -> Pack:
    """Remove a side (a question keeps at least two); its factors go to the side before it."""
    index = _prompt_index(pack, prompt_id)
    prompt = pack.prompts[index]
    if not prompt.two_sided or len(prompt.sides) <= 2:
        return pack
    sides = list(prompt.sides)
    gone = sides.pop(side)
    into = max(0, side - 1)
    sides[into] = replace(sides[into], factors=sides[into].factors + gone.factors)
    return _put_prompt(pack, index, replace(prompt, sides=tuple(sides)))


def assign_side(pack: Pack, prompt_id: str, factor_id: str, side: int) -> Pack:
    """Put one of the question's factors on side ``side`` (and off any other)."""
    index = _prompt_index(pack, prompt_id)
    prompt = pack.prompts[index]
    if not prompt.two_sided or factor_id not in prompt.factors or not 0 <= side < len(prompt.sides):
        return pack
    order = list(prompt.factors)
    sides = []
    for number, current in enumerate(prompt.sides):
        factors = [f for f in current.factors if f != factor_id]
        if number == side:
            factors = sorted(factors + [factor_id], key=order.index)
        sides.append(replace(current, factors=tuple(factors)))
    return _put_prompt(pack, index, replace(prompt, sides=tuple(sides)))


def exemplar_from_plan(plan: Plan, pack: Pack, prompt: Prompt) -> tuple[Plan, tuple[str, ...]]:
    """A model plan made from a plan: only the pack's cards and the question's factors stay.

    Returns the model plan and the card ids left out (the student's own cards, cards the pack
    no longer has); paragraphs for other headings keep their point and lose their factor.
    """
    known = {c.id for c in pack.cards}
    factors = set(prompt.factors)
    dropped: list[str] = []
    paragraphs = []
    for paragraph in plan.paragraphs:
        cards = tuple(c for c in paragraph.cards if c in known)
        dropped += [c for c in paragraph.cards if c not in known]
        paragraphs.append(Paragraph(paragraph.factor if paragraph.factor in factors else "",
                                    _clip(paragraph.point, MAX_POINT), cards))
    most = plan.judgement.most_important
    judgement = Judgement(most if most in factors else "", _clip(plan.judgement.text, MAX_JUDGEMENT))
    return Plan(pack="", prompt=prompt.id, paragraphs=tuple(paragraphs), judgement=judgement), tuple(dropped)


def set_exemplar(pack: Pack, prompt_id: str, exemplar: Plan | None) -> Pack:
    """Store (or with None remove) a question's model plan, as made by ``exemplar_from_plan``."""
    index = _prompt_index(pack, prompt_id)
    prompt = pack.prompts[index]
    if exemplar is not None:
        exemplar = dataclasses.replace(exemplar, pack="", prompt=prompt.id, pack_version="1", author="",
                                       own_cards=(), time_used=0)
    return _put_prompt(pack, index, replace(prompt, exemplar=exemplar))


def remove_prompt(pack: Pack, prompt_id: str) -> Pack:
    index = _prompt_index(pack, prompt_id)
    return replace(pack, prompts=pack.prompts[:index] + pack.prompts[index + 1:])


def move_prompt(pack: Pack, prompt_id: str, new_index: int) -> Pack:
    prompts = list(pack.prompts)
    prompt = prompts.pop(_prompt_index(pack, prompt_id))
    prompts.insert(max(0, min(new_index, len(prompts))), prompt)
    return replace(pack, prompts=tuple(prompts))


def duplicate_prompt(pack: Pack, prompt_id: str) -> tuple[Pack, str]:
    if len(pack.prompts) >= MAX_PROMPTS:
        raise EditError(_("A pack can have at most {n} questions.").format(n=MAX_PROMPTS))
    index = _prompt_index(pack, prompt_id)
    prompt = pack.prompts[index]
    copy_id = unique(f"{prompt.id}-copy", {p.id for p in pack.prompts})
    copy = replace(prompt, id=copy_id, exemplar=replace(prompt.exemplar, prompt=copy_id) if prompt.exemplar else None)
    prompts = list(pack.prompts)
    prompts.insert(index + 1, copy)
    return replace(pack, prompts=tuple(prompts)), copy_id


def check_invariants(pack: Pack) -> list[str]:
    """What breaks the invariants above (empty when none): for tests, and for packs read from a file."""
    broken: list[str] = []
    factor_ids = [f.id for f in pack.factors]
    known_factors = set(factor_ids)
    card_ids = [c.id for c in pack.cards]
    known_cards = set(card_ids)
    for what, ids in (("factor", factor_ids), ("card", card_ids), ("prompt", [p.id for p in pack.prompts])):
        if len(set(ids)) != len(ids):
            broken.append(f"{what} ids are not unique")
        broken += [f"{what} id '{i}' is not valid" for i in ids if not is_valid_id(i)]
    for card in pack.cards:
        if not known_factors.issuperset(card.factors):
            broken.append(f"card '{card.id}' names a factor the pack does not have")
    for prompt in pack.prompts:
        if not known_factors.issuperset(prompt.factors):
            broken.append(f"prompt '{prompt.id}' names a factor the pack does not have")
        side_factors = [f for s in prompt.sides for f in s.factors]
        if sorted(side_factors) != sorted(prompt.factors):
            broken.append(f"prompt '{prompt.id}': its sides do not hold its factors once each")
        if not prompt.two_sided and prompt.sides != _one_side_each(prompt.factors):
            broken.append(f"prompt '{prompt.id}': one side per factor expected")
        if prompt.exemplar is not None:
            if not known_cards.issuperset(prompt.exemplar.placed_cards()):
                broken.append(f"prompt '{prompt.id}': its model plan names a card the pack does not have")
            if any(p.factor and p.factor not in known_factors for p in prompt.exemplar.paragraphs):
                broken.append(f"prompt '{prompt.id}': its model plan names a factor the pack does not have")
    return broken
