"""What to do next: the feedback items a score carries, and the one place that says them in words.

``collect`` reads a finished ``Score`` and returns items, each a ``kind`` with parameters (the names
and counts it needs), in the order a student should act on them. ``render`` turns one item into a
sentence for the window, the command line and the exports alike, through ``i18n`` so that it can be
translated. Every point a plan loses is named by at least one item.

Items of one kind are capped (``MAX_PER_KIND``), with one more item saying how many were left out, so
a plan with thousands of unknown or misplaced cards still gets a short list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from .i18n import N_, _, inner_quotes, ngettext, pgettext, quote
from .model import Pack, Plan, Prompt
from .scoring import (
    JUDGEMENT_PARTS,
    MISPLACED,
    OFF_QUESTION,
    UNKNOWN,
    CardLookup,
    Feedback,
    Score,
    own_card_allowance,
    paragraph_allowance,
)

MAX_PER_KIND = 10
SHORT_CARD = 60  # characters of a card's text quoted in feedback

# The order items are listed in: what stops the plan counting at all, then the headline gates, then
# range, balance, the judgement, the points, and the placing of cards.
ORDER = (
    "card_unknown", "factor_unknown", "plan_empty",
    "gate_one_sided", "gate_no_points", "gate_descriptive", "gate_no_conclusion", "gate_no_factor_chosen",
    "gate_not_weighed", "gate_not_analytical",
    "factor_missing", "factor_thin", "own_limit", "side_missing", "balance",
    "judgement_none", "judgement_no_factor", "judgement_not_prompt_factor", "judgement_unsupported",
    "judgement_no_text", "judgement_fence", "judgement_no_reason", "judgement_circular", "judgement_thin_reason",
    "judgement_contradicts",
    "judgement_drifts", "judgement_not_weighed", "judgement_weighed_generally", "judgement_no_evidence",
    "point_missing", "point_label", "point_repeats", "point_off_topic", "point_retells", "point_asserts",
    "point_links", "point_explains", "point_unsupported",
    "heading_unrelated", "heading_none", "card_misplaced", "card_off_question", "paragraph_extra",
    "own_too_short", "own_untagged", "own_not_counted", "heading_other", "more",
)
_RANK = {kind: rank for rank, kind in enumerate(ORDER)}

_POINT_ITEMS = {"none": "point_missing", "label": "point_label", "repeats": "point_repeats",
                "off_topic": "point_off_topic", "retells": "point_retells", "asserts": "point_asserts",
                "links": "point_links", "explains": "point_explains"}


def _params(**values: Any) -> Mapping[str, Any]:
    return MappingProxyType(values)


def short(text: str, limit: int = SHORT_CARD) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def factor_name(pack: Pack, factor_id: str) -> str:
    """A factor's name in the pack, or its id when the pack has no such factor."""
    factor = pack.factor(factor_id)
    return factor.name if factor else factor_id


def collect(plan: Plan, pack: Pack, prompt: Prompt, result: Score, cards: CardLookup,
            own_problems: Mapping[str, str], reveal_tags: bool = True) -> tuple[Feedback, ...]:
    items: list[Feedback] = []
    names = {f.id: f.name for f in result.factors}
    question_factors = [names[f] for f in prompt.factors]

    made: dict[str, int] = {}

    def room(kind: str) -> bool:
        """Count one more item of ``kind``; False once the kind is full (it is then only counted)."""
        made[kind] = made.get(kind, 0) + 1
        return made[kind] <= MAX_PER_KIND

    def item(kind: str, criterion: str = "", factor: str = "", paragraph: int | None = None, card: str = "",
             **values: Any) -> None:
        if room(kind):
            items.append(Feedback(kind, criterion, factor, paragraph, card, _params(**values)))
        else:
            skipped[kind] = criterion

    skipped: dict[str, str] = {}

    for paragraph in result.paragraphs:
        for card_id, state in paragraph.cards:
            if state == UNKNOWN:
                item("card_unknown", paragraph=paragraph.position, card=card_id, pack=pack.id, version=pack.version)
    first = _first_paragraphs(plan)
    for factor_id in result.unknown_factors:
        item("factor_unknown", factor=factor_id, paragraph=first.get(factor_id), factor_name=factor_id)

    placed = [c for p in result.paragraphs for c, _state in p.cards]
    if not any(state != "unknown" for p in result.paragraphs for _c, state in p.cards):
        item("plan_empty", "range")

    gate = f"gate_{result.cap}" if result.cap else None
    if gate and placed:
        empty_side = next((s.name for s in result.sides if s.counted == 0), "")
        item(gate, "overall", side=empty_side, overall=result.overall)

    _range_items(item, plan, pack, prompt, result)
    _balance_items(item, prompt, result)
    _judgement_items(item, plan, pack, prompt, result, names)
    if placed or any(p.point.strip() for p in plan.paragraphs):
        _point_items(item, plan, result, names)
    _placing_items(item, made, plan, pack, prompt, result, cards, names, question_factors, reveal_tags)
    _own_items(item, plan, result, cards, own_problems, names)

    items.sort(key=lambda f: _RANK.get(f.kind, len(ORDER)))
    for kind, criterion in skipped.items():
        items.append(Feedback("more", criterion, params=_params(count=made[kind] - MAX_PER_KIND, of=kind)))
    return tuple(items)


def _first_paragraphs(plan: Plan) -> dict[str, int]:
    first: dict[str, int] = {}
    for index, paragraph in enumerate(plan.paragraphs):
        first.setdefault(paragraph.factor, index)
    return first


def _range_items(item: Any, plan: Plan, pack: Pack, prompt: Prompt, result: Score) -> None:
    m = result.min_cards
    first = _first_paragraphs(plan)
    for fs in result.factors:
        factor = pack.factor(fs.id)
        hint = factor.hint if factor else ""
        paragraph = first.get(fs.id)
        if fs.counted == 0:
            item("factor_missing", "range", factor=fs.id, paragraph=paragraph, factor_name=fs.name,
                 available=fs.available, has_paragraph=paragraph is not None, hint=hint)
        elif fs.credit < 1.0:
            if fs.counted >= m:  # enough cards, but too many are the student's own
                item("own_limit", "range", factor=fs.id, paragraph=paragraph, factor_name=fs.name,
                     needed=m, allowed=own_card_allowance(m))
            else:
                item("factor_thin", "range", factor=fs.id, paragraph=paragraph, factor_name=fs.name,
                     counted=fs.counted, needed=m, available=fs.available)


def _balance_items(item: Any, prompt: Prompt, result: Score) -> None:
    sides = result.sides
    total = sum(s.counted for s in sides)
    if not total or len(sides) < 2:
        return
    if prompt.two_sided:
        for side in sides:
            if side.counted == 0:
                # a side with no factor happens only in a pack still being written (the validator refuses it)
                item("side_missing", "balance", factor=side.factors[0] if side.factors else "", side=side.name)
        if any(s.counted == 0 for s in sides):
            return
    per_factor = {f.id: min(f.counted, result.min_cards) for f in result.factors}
    capped = {s.name: sum(per_factor.get(f, 0) for f in s.factors) for s in sides}
    top = max(sides, key=lambda s: capped[s.name])
    weakest = min(sides, key=lambda s: capped[s.name])
    total_capped = sum(capped.values())
    share = capped[top.name] / max(1, total_capped)
    fair = 1 / len(sides)
    if not prompt.two_sided and capped[weakest.name] == 0:
        return  # a factor with no evidence at all: the range items already say so
    if share > fair and share >= min(0.75, 2 * fair) and capped[top.name] > capped[weakest.name]:
        item("balance", "balance", factor=weakest.factors[0] if weakest.factors else "",
             two_sided=prompt.two_sided, top=top.name,
             weakest=weakest.name, share=round(100 * share))


def _judgement_items(item: Any, plan: Plan, pack: Pack, prompt: Prompt, result: Score,
                     names: Mapping[str, str]) -> None:
    check = result.judgement_check
    most = plan.judgement.most_important
    problems = check.problems
    parts = check.parts
    if not most and "no_text" in problems:
        item("judgement_none", "judgement")
        return
    if "not_prompt_factor" in problems:
        item("judgement_not_prompt_factor", "judgement", factor=most, factor_name=factor_name(pack, most),
             choices=[names[f] for f in prompt.factors])
    elif not most and "fence" not in problems:
        item("judgement_no_factor", "judgement")
    elif most in names and parts["supported"] < JUDGEMENT_PARTS["supported"]:
        counted = next(f.counted for f in result.factors if f.id == most)
        item("judgement_unsupported", "judgement", factor=most, factor_name=names[most], counted=counted,
             needed=result.min_cards)
    if "no_text" in problems:
        item("judgement_no_text", "judgement", factor=most, factor_name=names.get(most, most))
        return
    if "fence" in problems:
        item("judgement_fence", "judgement")
        return
    if "drifts" in problems:
        item("judgement_drifts", "judgement")
    chosen_name = names.get(most, "")
    if "circular" in problems:
        item("judgement_circular", "judgement", factor=most, factor_name=chosen_name)
    elif "thin_reason" in problems:
        item("judgement_thin_reason", "judgement", factor=most, factor_name=chosen_name)
    elif "contradicts" in problems:
        item("judgement_contradicts", "judgement", factor=most, factor_name=chosen_name)
    elif not parts["reason"]:
        item("judgement_no_reason", "judgement", factor=most, factor_name=chosen_name)
    if parts["weighed"] < JUDGEMENT_PARTS["weighed"]:
        alternatives = _alternatives(prompt, most, names, result)
        kind = "judgement_weighed_generally" if parts["weighed"] == JUDGEMENT_PARTS["weighed"] / 2 else \
            "judgement_not_weighed"
        item(kind, "judgement", factor=most, factor_name=chosen_name, alternatives=alternatives,
             two_sided=prompt.two_sided)
    if not parts["evidence"] and parts["supported"]:
        item("judgement_no_evidence", "judgement", factor=most, factor_name=chosen_name)


def _alternatives(prompt: Prompt, most: str, names: Mapping[str, str], result: Score) -> list[str]:
    """What a judgement for ``most`` should be weighed against: the other side, or the best-evidenced others."""
    if prompt.two_sided:
        own = next((s.factors for s in prompt.sides if most in s.factors), ())
        return [s.name for s in result.sides if not set(s.factors) & set(own)] or [s.name for s in result.sides]
    others = sorted((f for f in result.factors if f.id != most), key=lambda f: -f.counted)
    return [f.name for f in others[:2]]


def _point_items(item: Any, plan: Plan, result: Score, names: Mapping[str, str]) -> None:
    for paragraph in result.paragraphs:
        if paragraph.heading not in ("question", "other"):
            continue
        if paragraph.point == "none" and not paragraph.cards:
            continue  # an empty paragraph: range says what it needs
        kind = _POINT_ITEMS.get(paragraph.point)
        title = names.get(paragraph.factor, paragraph.factor)
        if kind:
            item(kind, "analysis", factor=paragraph.factor, paragraph=paragraph.position, factor_name=title,
                 number=paragraph.position + 1)
        if paragraph.point != "none" and not paragraph.counted:
            item("point_unsupported", "analysis", factor=paragraph.factor, paragraph=paragraph.position,
                 factor_name=title, number=paragraph.position + 1)


def _placing_items(item: Any, made: Mapping[str, int], plan: Plan, pack: Pack, prompt: Prompt, result: Score,
                   cards: CardLookup, names: Mapping[str, str], question_factors: Sequence[str],
                   reveal_tags: bool) -> None:
    keep = paragraph_allowance(result.min_cards)
    for paragraph in result.paragraphs:
        source = plan.paragraphs[paragraph.position]
        number = paragraph.position + 1
        heading = factor_name(pack, source.factor) if source.factor else ""
        if paragraph.heading == "unrelated":
            item("heading_unrelated", "selection", factor=source.factor, paragraph=paragraph.position, number=number,
                 heading=heading, factors=list(question_factors))
        elif paragraph.heading == "none" and (paragraph.cards or source.point.strip()):
            item("heading_none", "selection", paragraph=paragraph.position, number=number,
                 factors=list(question_factors))
        elif paragraph.heading == "other" and source.factor:
            item("heading_other", "", factor=source.factor, paragraph=paragraph.position, number=number,
                 heading=heading, factors=list(question_factors))
        elif paragraph.heading == "other":
            item("heading_other", "", paragraph=paragraph.position, number=number, heading="",
                 factors=list(question_factors))
        if paragraph.extra:
            item("paragraph_extra", "selection", factor=source.factor, paragraph=paragraph.position, number=number,
                 count=paragraph.counted + paragraph.extra, keep=keep)
        if paragraph.counted + paragraph.extra == len(paragraph.cards):
            continue  # every card here fits
        for card_id, state in paragraph.cards:
            if state not in (MISPLACED, OFF_QUESTION) or paragraph.heading in ("unrelated", "none"):
                continue
            kind = "card_off_question" if state == OFF_QUESTION else "card_misplaced"
            if made.get(kind, 0) >= MAX_PER_KIND:
                item(kind, "selection")  # only counted: the list already has enough of these
                continue
            card = cards[card_id]
            fits = [f for f in prompt.factors if f in card.factors] if reveal_tags else []
            if state == OFF_QUESTION:
                item("card_off_question", "selection", paragraph=paragraph.position, card=card_id,
                     card_text=short(card.text), number=number, heading=names.get(source.factor, heading))
            else:
                item("card_misplaced", "selection", factor=fits[0] if fits else "", paragraph=paragraph.position,
                     card=card_id, card_text=short(card.text), number=number,
                     heading=names.get(source.factor, heading), fits=[names[f] for f in fits], blind=not reveal_tags)


def _own_items(item: Any, plan: Plan, result: Score, cards: CardLookup, own_problems: Mapping[str, str],
               names: Mapping[str, str]) -> None:
    limited = False
    where = {card_id: p.position for p in result.paragraphs for card_id, _state in p.cards if card_id in own_problems}
    for card_id, problem in own_problems.items():
        card = cards[card_id]
        paragraph = where.get(card_id)
        if problem == "too_short":
            item("own_too_short", "range", paragraph=paragraph, card=card_id, card_text=short(card.text))
        elif problem == "untagged":
            item("own_untagged", "range", paragraph=paragraph, card=card_id, card_text=short(card.text))
        elif problem in ("show", "off"):
            if not limited:
                item("own_not_counted", "range", card=card_id, mode=problem)
                limited = True


# -- words ---------------------------------------------------------------------------------------------------


def _or() -> str:
    return pgettext("between the last two names of a list", "or")


def _and() -> str:
    return pgettext("between the last two names of a list", "and")


def _quoted(names: Sequence[str], conjunction: str) -> str:
    quoted = [quote(name) for name in names]
    if not quoted:
        return ""
    if len(quoted) == 1:
        return quoted[0]
    return _("{first} {conjunction} {last}").format(first=", ".join(quoted[:-1]), conjunction=conjunction,
                                                    last=quoted[-1])


# Feedback on one paragraph's point, each with the paragraph's number only.
_POINT_TEXTS = {
    "point_label": N_("The point of paragraph {number} is only a few words: turn it into a claim that answers "
                      "the question."),
    "point_repeats": N_("The point of paragraph {number} repeats an earlier point: say what this paragraph adds."),
    "point_off_topic": N_("The point of paragraph {number} is not about its evidence or the question: say how the "
                          "cards answer the question."),
    "point_retells": N_("The point of paragraph {number} retells its cards: explain why they matter for the "
                        "question, for example with ‘because…’ or ‘this meant…’."),
    "point_asserts": N_("The point of paragraph {number} states something without a reason: add why it matters, "
                        "for example with ‘because…’ or ‘so…’."),
    "point_links": N_("The point of paragraph {number} gives a brief reason: develop it in your own words."),
    "point_explains": N_("The point of paragraph {number} explains well; weigh it too: how much did it matter, "
                         "compared with what?"),
    "point_unsupported": N_("Paragraph {number} has a point but no evidence that counts for it: add cards that "
                            "support it."),
}


def render(entry: Feedback) -> str:
    """``entry`` as one plain sentence (or two) for a student."""
    p = entry.params
    kind = entry.kind
    name = quote(p.get("factor_name", ""))
    card = inner_quotes(p.get("card_text", ""))
    n = p.get("number", 0)
    if kind in _POINT_TEXTS:
        return _(_POINT_TEXTS[kind]).format(number=n)
    if kind == "card_unknown":
        return _("A card in your plan, ‘{card}’, is not in version {version} of pack ‘{pack}’: it is kept in your "
                 "plan but does not count.").format(card=entry.card, version=p["version"], pack=p["pack"])
    if kind == "factor_unknown":
        return _("‘{factor}’ is not a factor of this pack: choose one of the question’s factors instead."
                 ).format(factor=p["factor_name"])
    if kind == "plan_empty":
        return _("Your plan has no evidence yet: drag cards from the evidence bank into the paragraphs, one "
                 "paragraph per factor.")
    if kind == "gate_one_sided":
        return _("Your plan argues only one side of this ‘how far’ question, so it stays in band 2: add evidence "
                 "for ‘{side}’.").format(side=p["side"])
    if kind == "gate_no_points":
        return _("Band 3 needs points: write a sentence in each paragraph saying how its evidence answers the "
                 "question. Until then the plan stays in band 2.")
    if kind == "gate_descriptive":
        return _("Band 4 needs points that explain, not describe: say why each paragraph’s evidence answers the "
                 "question. Until then the plan stays in band 3.")
    if kind == "gate_no_conclusion":
        return _("Band 5 needs a written conclusion that weighs your choice: until then the plan stays in band 4.")
    if kind == "gate_no_factor_chosen":
        return _("Band 5 needs your conclusion to choose the most important factor: pick it in the chooser below "
                 "your conclusion.")
    if kind == "gate_not_weighed":
        return _("Band 5 needs a conclusion that weighs your choice against another factor or side, by name.")
    if kind == "gate_not_analytical":
        return _("Band 5 needs analytical points throughout: strengthen the weaker points below.")
    if kind == "factor_missing":
        text = ngettext("{factor} has no supporting evidence yet: the bank has {count} card for it.",
                        "{factor} has no supporting evidence yet: the bank has {count} cards for it.",
                        p["available"]).format(factor=name, count=p["available"])
        if not p["has_paragraph"]:
            text += " " + _("Add a paragraph for it.")
        return text + (" " + p["hint"] if p.get("hint") else "")
    if kind == "factor_thin":
        more = p["needed"] - p["counted"]
        return ngettext("{factor} has {counted} of the {needed} cards it needs: add {more} more card from the bank.",
                        "{factor} has {counted} of the {needed} cards it needs: add {more} more cards from the bank.",
                        more).format(factor=name, counted=p["counted"], needed=p["needed"], more=more)
    if kind == "own_limit":
        return ngettext("Your own cards can fill only {allowed} of the {needed} cards {factor} needs: add a card "
                        "from the evidence bank too.",
                        "Your own cards can fill only {allowed} of the {needed} cards {factor} needs: add cards "
                        "from the evidence bank too.", p["needed"] - p["allowed"]
                        ).format(allowed=p["allowed"], needed=p["needed"], factor=name)
    if kind == "side_missing":
        return _("Nothing in your plan supports ‘{side}’: a ‘how far’ answer weighs both sides.").format(side=p["side"])
    if kind == "balance":
        if p["two_sided"]:
            text = _("The side ‘{top}’ carries {share}% of your evidence: strengthen ‘{weakest}’ to balance the "
                     "argument.")
        else:
            text = _("‘{top}’ carries {share}% of your evidence: strengthen ‘{weakest}’ to balance the argument.")
        return text.format(top=p["top"], share=p["share"], weakest=p["weakest"])
    if kind == "judgement_none":
        return _("Write a conclusion: choose the factor you judge most important and say why, using your evidence.")
    if kind == "judgement_no_factor":
        return _("Choose the factor you judge most important in the chooser below your conclusion.")
    if kind == "judgement_not_prompt_factor":
        return _("Your conclusion picks {factor}, which is not a factor of this question: choose one of {choices}."
                 ).format(factor=name, choices=_quoted(p["choices"], _or()))
    if kind == "judgement_unsupported":
        return ngettext("Your conclusion picks {factor}, but your plan has {counted} counted card for it and it "
                        "needs {needed}: back your choice with evidence.",
                        "Your conclusion picks {factor}, but your plan has {counted} counted cards for it and it "
                        "needs {needed}: back your choice with evidence.", p["counted"]
                        ).format(factor=name, counted=p["counted"], needed=p["needed"])
    if kind == "judgement_no_text":
        return _("Your conclusion is empty: say why {factor} mattered most.").format(factor=name)
    if kind == "judgement_fence":
        return _("Your conclusion sits on the fence: decide which factor mattered most and say why.")
    if kind == "judgement_drifts":
        return _("Much of your conclusion is not about the question or your evidence: keep it to the question.")
    if kind == "judgement_circular":
        return _("Your reason only repeats the claim, as in ‘it mattered most because it was the key reason’: "
                 "give a real reason, from your evidence.")
    if kind == "judgement_thin_reason":
        return _("Your reason is thin: say what happened that makes {factor} matter most, with evidence from your "
                 "plan.").format(factor=name)
    if kind == "judgement_contradicts":
        return _("Your reason is about another factor, not {factor}: make the reason support the factor you chose."
                 ).format(factor=name)
    if kind == "judgement_no_reason":
        return _("Your conclusion states a choice but gives no reason: add why, for example with ‘because…’.")
    if kind == "judgement_not_weighed":
        alternatives = _quoted(p["alternatives"], _or())
        if p["two_sided"]:
            return _("Weigh your judgement against the other side: why does it outweigh {other}?"
                     ).format(other=alternatives)
        return _("Weigh your choice against another factor: why did it matter more than {other}?"
                 ).format(other=alternatives)
    if kind == "judgement_weighed_generally":
        return _("Name what you weigh your choice against, for example {other}, not just ‘the others’."
                 ).format(other=_quoted(p["alternatives"], _or()))
    if kind == "judgement_no_evidence":
        return _("Back your conclusion with a fact from your plan: an event, a date or a figure from your cards.")
    if kind == "point_missing":
        return _("Paragraph {number}, {factor}, has no point: say in a sentence how its evidence answers the "
                 "question.").format(number=n, factor=name)
    if kind == "heading_unrelated":
        return _("Paragraph {number}, headed {heading}, does not answer this question: head it with one of the "
                 "question’s factors, {factors}, and say how it answers the question.").format(
                     number=n, heading=quote(p["heading"]), factors=_quoted(p["factors"], _or()))
    if kind == "heading_none":
        return _("Paragraph {number} has no factor: choose one of {factors} for it.").format(
            number=n, factors=_quoted(p["factors"], _or()))
    if kind == "heading_other":
        return _("Paragraph {number} is not headed with a factor of the question; its cards count because its "
                 "point argues the question, but a plan organised by {factors} is easier to follow.").format(
                     number=n, factors=_quoted(p["factors"], _and()))
    if kind == "paragraph_extra":
        return ngettext("Paragraph {number} has {count} cards; it can use {keep}. Keep the strongest and take the "
                        "rest out: piling on cards adds nothing.",
                        "Paragraph {number} has {count} cards; it can use {keep}. Keep the strongest and take the "
                        "rest out: piling on cards adds nothing.", p["count"]).format(
                            number=n, count=p["count"], keep=p["keep"])
    if kind == "card_off_question":
        return _("“{card}” does not help answer this question: take it out.").format(card=card)
    if kind == "card_misplaced":
        here = quote(p["heading"]) if p["heading"] else _("a paragraph with no factor")
        if p["blind"] or not p["fits"]:
            return _("“{card}” does not support {here}, the factor of its paragraph: reconsider where it belongs."
                     ).format(card=card, here=here)
        if len(p["fits"]) == 1:
            return _("“{card}” is in {here} but fits {fits}: move it to that paragraph.").format(
                card=card, here=here, fits=_quoted(p["fits"], _or()))
        return _("“{card}” is in {here} but fits {fits}: move it to one of those paragraphs.").format(
            card=card, here=here, fits=_quoted(p["fits"], _or()))
    if kind == "own_too_short":
        return _("Your own card “{card}” is too short to count: write it as a full sentence with a fact.").format(
            card=card)
    if kind == "own_untagged":
        return _("Your own card “{card}” has no factor, so it cannot count: tag it with the factor it supports."
                 ).format(card=card)
    if kind == "own_not_counted":
        if p["mode"] == "off":
            return _("This question counts only cards from the evidence bank; your own cards are kept but do not "
                     "count.")
        return _("Your own cards are shown to your teacher but do not count for this question: use cards from "
                 "the evidence bank.")
    if kind == "more":
        return ngettext("…and {count} more like this.", "…and {count} more like these.", p["count"]).format(
            count=p["count"])
    return kind


def render_all(items: Sequence[Feedback]) -> list[str]:
    return [render(entry) for entry in items]


# The words for each criterion, for the window, the command line and the exports.
def criterion_label(criterion_id: str) -> str:
    return {"range": _("Range"), "balance": _("Balance"), "selection": _("Selection"), "analysis": _("Analysis"),
            "judgement": _("Judgement")}.get(criterion_id, criterion_id)


def criterion_mark(criterion_id: str) -> str:
    """One letter for a criterion's marker beside feedback, different for each criterion in every language
    (German "Ausgewogenheit", "Auswahl" and "Analyse" all start with "A")."""
    # Translators: one capital letter each, all five different: the marker of a criterion in the score panel.
    return {"range": pgettext("mark of the criterion Range", "R"),
            "balance": pgettext("mark of the criterion Balance", "B"),
            "selection": pgettext("mark of the criterion Selection", "S"),
            "analysis": pgettext("mark of the criterion Analysis", "A"),
            "judgement": pgettext("mark of the criterion Judgement", "J")}.get(criterion_id, "")


def criterion_help(criterion_id: str) -> str:
    return {
        "range": _("How many of the question’s factors your evidence supports (each needs its cards for full "
                   "credit)."),
        "balance": _("How evenly your evidence is spread over the factors, or over the two sides of a ‘how far’ "
                     "question."),
        "selection": _("How much of the evidence you chose fits where you put it, without piling on cards."),
        "analysis": _("How far your points explain and weigh, rather than retell the cards."),
        "judgement": _("Whether your conclusion chooses a factor, gives a reason, weighs it against the "
                       "alternatives and rests on your evidence."),
    }.get(criterion_id, "")


def band_label(band: int) -> str:
    return {1: _("Getting started"), 2: _("Developing"), 3: _("Taking shape"), 4: _("Strong"),
            5: _("Excellent")}.get(band, str(band))


def band_descriptor(band: int) -> str:
    return {
        1: _("Little of the question is answered yet: few factors have evidence, or the plan answers a different "
             "question."),
        2: _("Some relevant evidence, but the plan is thin, one-sided or unselective, and its points mostly "
             "describe."),
        3: _("A fair range of relevant evidence with simple points; the judgement is missing, asserted or not yet "
             "backed up."),
        4: _("Good range and well-placed evidence with points that explain; the judgement is clear but could be "
             "weighed or backed up more."),
        5: _("Wide, well-chosen evidence, analytical points throughout and a judgement weighed against the "
             "alternatives and resting on the plan’s own evidence."),
    }.get(band, "")


def score_data(result: Score) -> dict[str, Any]:
    """The score as plain data, for ``coexist-gui score --json`` (every key is documented in the README)."""
    return {
        "scoring": result.version,
        "prompt": result.prompt,
        "overall": result.overall,
        "band": result.band,
        "band_name": result.band_name,
        "cap": result.cap,
        "criteria": {c.id: {"value": c.value, "weight": c.weight, "points": c.counted} for c in result.criteria},
        "factors": [{"id": f.id, "name": f.name, "counted": f.counted, "own": f.own, "placed": f.placed,
                     "available": f.available} for f in result.factors],
        "sides": [{"name": s.name, "factors": list(s.factors), "counted": s.counted} for s in result.sides],
        "paragraphs": [{"number": p.position + 1, "factor": p.factor, "heading": p.heading, "point": p.point,
                        "cards": [{"id": c, "state": state, "own": c in result.own_cards} for c, state in p.cards]}
                       for p in result.paragraphs],
        "judgement": {"factor": result.judgement_check.chosen, "parts": dict(result.judgement_check.parts),
                      "problems": list(result.judgement_check.problems)},
        "own_cards": list(result.own_cards),
        "misplaced": list(result.misplaced),
        "unknown_cards": list(result.unknown_cards),
        "feedback": [{"kind": f.kind, "criterion": f.criterion, "factor": f.factor,
                      "paragraph": None if f.paragraph is None else f.paragraph + 1, "card": f.card,
                      "text": render(f)} for f in result.feedback],
    }
