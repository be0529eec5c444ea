"""Plan files (``coexist-plan/1``) and the edits that keep a plan's invariants.

A plan may name cards or factors its pack no longer has (the teacher updated
the pack). Those ids are kept exactly as they are, through edits and saves;
scoring reports them. Edits are pure functions returning a new Plan.

Every limit the plan reader enforces (``LIMITS``) is also kept by the edits: an
edit that would break one returns the plan unchanged, and text is cut to its
limit. ``save_plan`` reads the text back before writing it. So whatever edits a
caller makes (the window, autosave, a script), the file can always be opened again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from .i18n import N_, _
from .model import PLAN_FORMAT, Card, Judgement, Pack, Paragraph, Plan, Prompt
from .problems import PlanError, YamlError
from .schema import Checker, is_id
from .storage import atomic_write
from .untrusted import UnreadableFile, read_untrusted
from .yamlsafe import Node, gc_paused, read_yaml, with_sources

if TYPE_CHECKING:  # PyYAML is imported by the first dump: start-up never writes YAML
    import yaml

MAX_PLAN_BYTES = 2 * 1024 * 1024
MAX_PARAGRAPHS = 100
MAX_CARDS_PER_PARAGRAPH = 2000
MAX_OWN_CARDS = 500
MAX_CARD_TEXT = 300
MAX_DETAIL = 2000
MAX_POINT = 2000
MAX_JUDGEMENT = 10_000
MAX_NAME = 200
MAX_OWN_CARD_FACTORS = 100


@dataclass(frozen=True)
class PlanLimits:
    """The limits above, for a user interface to show (a field's maximum length, a disabled button)."""

    paragraphs: int = MAX_PARAGRAPHS
    cards_per_paragraph: int = MAX_CARDS_PER_PARAGRAPH
    own_cards: int = MAX_OWN_CARDS
    card_text: int = MAX_CARD_TEXT
    point: int = MAX_POINT
    judgement: int = MAX_JUDGEMENT
    name: int = MAX_NAME


LIMITS = PlanLimits()
PLAN_REQUIRED = ("format", "pack", "prompt")
_NOT_PROMPT_FACTOR = N_("'{factor}' is not a factor of this prompt")
PLAN_OPTIONAL = ("pack_version", "author", "paragraphs", "own_cards", "judgement", "time_used")


def read_body(check: Checker, values: dict[str, Node], where: str, factors: set[str] | None,
              cards: set[str] | None) -> tuple[tuple[Paragraph, ...], Judgement]:
    """Paragraphs and judgement of a plan or of a prompt's exemplar.

    ``factors``/``cards`` given: references outside them are errors (exemplars);
    ``None``: any well-formed id is accepted and kept (plan files).
    """
    paragraphs: list[Paragraph] = []
    placed: dict[str, int] = {}  # card -> paragraph number it is first in: a card is in a plan once
    for number, node in enumerate(check.sequence(values.get("paragraphs"), where, "paragraphs",
                                                 maximum=MAX_PARAGRAPHS), start=1):
        here = f"{where} → " + _("paragraph #{number}").format(number=number)
        fields = check.mapping(node, here, (), ("factor", "point", "cards"))
        if fields is None:
            continue
        factor = "" if _blank(fields.get("factor")) else check.slug(fields.get("factor"), here + " → factor")
        if factor and factors is not None and factor not in factors:
            check.error(fields["factor"], here + " → factor", _(_NOT_PROMPT_FACTOR).format(factor=factor),
                        hint=_("use one of: {factors}").format(factors=", ".join(check.candidates(factors).ordered)))
        card_ids = check.id_list(fields.get("cards"), here + " → cards", "cards", cards,
                                 maximum=MAX_CARDS_PER_PARAGRAPH)
        point = check.text(fields.get("point"), here + " → point", MAX_POINT)
        repeated = [c for c in card_ids if c in placed]
        if repeated and cards is not None:  # an exemplar: the teacher should know
            check.warning(fields["cards"], here + " → cards",
                          _("card '{card}' is already in paragraph #{number}; only the first place counts").format(
                              card=repeated[0], number=placed[repeated[0]]),
                          hint=_("a card can be in a plan only once"))
        if cards is None:  # a plan file edited by hand: keep the first placement (the window never
            card_ids = tuple(c for c in card_ids if c not in placed)  # writes a repeat)
        for card_id in card_ids:
            placed.setdefault(card_id, number)
        paragraphs.append(Paragraph(factor=factor, point=point, cards=card_ids))
    judgement = Judgement()
    judgement_node = values.get("judgement")
    if judgement_node is not None and judgement_node.kind != "empty":
        here = f"{where} → judgement"
        fields = check.mapping(judgement_node, here, (), ("most_important", "text"))
        if fields is not None:
            most = "" if _blank(fields.get("most_important")) else check.slug(fields.get("most_important"),
                                                                              here + " → most_important")
            if most and factors is not None and most not in factors:
                check.error(fields["most_important"], here + " → most_important",
                            _(_NOT_PROMPT_FACTOR).format(factor=most))
            judgement = Judgement(most, check.text(fields.get("text"), here + " → text", MAX_JUDGEMENT))
    return tuple(paragraphs), judgement


def _blank(node: Node | None) -> bool:
    """An optional id written as '' (or spaces): the same as leaving it out."""
    return node is not None and node.kind == "text" and not node.text.strip()


def read_own_card(check: Checker, node: Node, where: str) -> Card | None:
    fields = check.mapping(node, where, ("id", "text", "factors"), ("detail",))
    if fields is None:
        return None
    card_id = check.slug(fields.get("id"), where + " → id")
    text = check.required_text(fields.get("text"), where + " → text", MAX_CARD_TEXT)
    card_factors = check.id_list(fields.get("factors"), where + " → factors", "factors", None, minimum=0,
                                 maximum=MAX_OWN_CARD_FACTORS)  # the window lets a student leave an own card untagged
    detail = check.text(fields.get("detail"), where + " → detail", MAX_DETAIL)
    if not card_id:
        return None
    return Card(card_id, text, card_factors, detail=detail, own=True)


@gc_paused()  # the Node tree stays alive while it is checked
def parse_plan(data: bytes, path: str) -> Plan:
    """Read a plan file's bytes; raise PlanError listing every problem."""
    try:
        root = read_yaml(data, path, max_bytes=MAX_PLAN_BYTES)
    except YamlError as exc:
        raise PlanError(exc.problems) from None
    check = Checker(path)
    values = check.mapping(root, "plan", PLAN_REQUIRED, PLAN_OPTIONAL)
    if values is None:
        raise _plan_error(check, data)
    fmt = check.text(values.get("format"), "format", 100)
    if "format" in values and fmt != PLAN_FORMAT:
        check.error(values["format"], "format", _("format must be '{format}', found '{found}'").format(
            format=PLAN_FORMAT, found=fmt[:40]), hint=_("is this a prompt pack rather than a plan?")
                    if fmt.startswith("coexist-pack") else "", code="wrong_format")
    pack_id = check.slug(values.get("pack"), "pack")
    prompt_id = check.slug(values.get("prompt"), "prompt")
    pack_version = check.text(values.get("pack_version"), "pack_version", 40, default="1")
    author = check.text(values.get("author"), "author", MAX_NAME)
    time_used = check.integer(values.get("time_used"), "time_used", 0, 10_000_000) or 0
    paragraphs, judgement = read_body(check, values, "plan", None, None)
    own: list[Card] = []
    seen: dict[str, Node] = {}
    for number, node in enumerate(check.sequence(values.get("own_cards"), "own_cards", "cards",
                                                 maximum=MAX_OWN_CARDS), start=1):
        card = read_own_card(check, node, f"own_cards #{number}")
        if card is None:
            continue
        if card.id in seen:
            check.error(node, f"own_cards #{number}",
                        _("own card id '{id}' is used twice (first on line {line})").format(
                            id=card.id, line=seen[card.id].line))
            continue
        seen[card.id] = node
        own.append(card)
    if check.failed:
        raise _plan_error(check, data)
    return Plan(pack=pack_id, prompt=prompt_id, pack_version=pack_version, author=author,
                paragraphs=paragraphs, own_cards=tuple(own), judgement=judgement, time_used=time_used)


def _plan_error(check: Checker, data: bytes) -> PlanError:
    return PlanError(with_sources(check.problems, data))


def load_plan(path: str | Path) -> Plan:
    """Read the plan at ``path``: a regular file of at most MAX_PLAN_BYTES, or PlanError."""
    try:
        data = read_untrusted(path, MAX_PLAN_BYTES, "a plan", hint=_("a plan saved by Coexist is far smaller: is this "
                                                                   "the right file?"))
    except UnreadableFile as exc:
        raise PlanError([exc.problem()]) from None
    return parse_plan(data, str(path))


def plan_to_data(plan: Plan) -> dict[str, Any]:
    data: dict[str, Any] = {"format": PLAN_FORMAT, "pack": plan.pack, "pack_version": plan.pack_version,
                  "prompt": plan.prompt}
    if plan.author:
        data["author"] = plan.author
    if plan.time_used:
        data["time_used"] = plan.time_used
    data["paragraphs"] = [body_paragraph(p) for p in plan.paragraphs]
    if plan.own_cards:
        data["own_cards"] = [_own_card_data(card) for card in plan.own_cards]
    data["judgement"] = body_judgement(plan.judgement)
    return data


def body_paragraph(paragraph: Paragraph) -> dict[str, Any]:
    # an empty factor is left out: '' is not a valid id, so writing it made the plan unreadable
    data: dict[str, Any] = {"factor": paragraph.factor} if paragraph.factor else {}
    data.update(point=paragraph.point, cards=list(paragraph.cards))
    return data


def body_judgement(judgement: Judgement) -> dict[str, Any]:
    data = {"most_important": judgement.most_important} if judgement.most_important else {}
    data["text"] = judgement.text
    return data


def _own_card_data(card: Card) -> dict[str, Any]:
    data = {"id": card.id, "text": card.text, "factors": list(card.factors)}
    if card.detail:
        data["detail"] = card.detail
    return data


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


@cache
def _dumper() -> type:
    """The safe dumper with block text for multi-line values, made (and PyYAML imported) on the first dump."""
    import yaml

    class _PlanDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
        pass

    _PlanDumper.add_representer(str, _str_presenter)
    return _PlanDumper


def dump_yaml(data: dict[str, Any]) -> str:
    import yaml

    return yaml.dump(data, Dumper=_dumper(), sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=None)


def dump_plan(plan: Plan) -> str:
    """The plan as YAML text; ``parse_plan(dump_plan(p))`` equals ``p``."""
    return "# Coexist essay plan: open it with coexist-gui\n" + dump_yaml(plan_to_data(plan))


def checked_plan_text(plan: Plan, path: str | Path = "plan") -> str:
    """``dump_plan(plan)``, read back first: raises PlanError when Coexist could not open that text again."""
    text = dump_plan(plan)
    parse_plan(text.encode("utf-8"), str(path))
    return text


def save_plan(path: str | Path, plan: Plan, *, backup: bool = False) -> None:
    """Write ``plan`` to ``path`` atomically, never a plan that could not be opened again.

    Raises PlanError (the read-back failed: nothing was written) or SaveError (the disk said no:
    the old file is unchanged). ``backup`` keeps the previous file as ``path.bak``.
    """
    atomic_write(path, checked_plan_text(plan, path), backup=backup)


# -- edits -----------------------------------------------------------------

def new_plan(pack: Pack, prompt: Prompt) -> Plan:
    """An empty plan with one paragraph per prompt factor."""
    return Plan(pack=pack.id, pack_version=pack.version, prompt=prompt.id,
                paragraphs=tuple(Paragraph(factor) for factor in prompt.factors))


def _with_paragraphs(plan: Plan, paragraphs: Iterable[Paragraph]) -> Plan:
    return replace(plan, paragraphs=tuple(paragraphs))


def remove_cards(plan: Plan, card_ids: Iterable[str]) -> Plan:
    gone = set(card_ids)
    return _with_paragraphs(plan, (replace(p, cards=tuple(c for c in p.cards if c not in gone))
                                   for p in plan.paragraphs))


def place_cards(plan: Plan, card_ids: Iterable[str], paragraph: int, row: int | None = None,
                pack: Pack | None = None) -> Plan:
    """Put cards into paragraph ``paragraph`` before position ``row`` (None or past the end: append).

    A card is in a plan once: placing a card moves it from wherever it was. ``row``
    counts positions in the target paragraph as it was before the move. With ``pack``,
    ids that are neither its cards, own cards nor already placed are left out. A
    paragraph never gets more than MAX_CARDS_PER_PARAGRAPH cards: such a move
    changes nothing.
    """
    ids = [c for c in dict.fromkeys(card_ids) if is_id(c)]
    if not 0 <= paragraph < len(plan.paragraphs):
        raise IndexError(f"no paragraph {paragraph}")
    if pack is not None:
        own = {card.id for card in plan.own_cards}
        ids = [c for c in ids if pack.card(c) is not None or c in own or plan.paragraph_of(c) is not None]
    target = plan.paragraphs[paragraph].cards
    if not ids or len(set(target).union(ids)) > MAX_CARDS_PER_PARAGRAPH:
        return plan
    if row is None or row < 0 or row > len(target):
        row = len(target)
    row -= sum(1 for card in target[:row] if card in ids)
    plan = remove_cards(plan, ids)
    cards = list(plan.paragraphs[paragraph].cards)
    cards[row:row] = ids
    paragraphs = list(plan.paragraphs)
    paragraphs[paragraph] = replace(paragraphs[paragraph], cards=tuple(cards))
    return _with_paragraphs(plan, paragraphs)


def shift_card(plan: Plan, card_id: str, delta: int) -> Plan:
    """Move a card up (delta < 0) or down inside its paragraph; unchanged at either end."""
    index = plan.paragraph_of(card_id)
    if index is None:
        return plan
    cards = list(plan.paragraphs[index].cards)
    position = cards.index(card_id)
    new_position = max(0, min(len(cards) - 1, position + delta))
    cards.insert(new_position, cards.pop(position))
    paragraphs = list(plan.paragraphs)
    paragraphs[index] = replace(paragraphs[index], cards=tuple(cards))
    return _with_paragraphs(plan, paragraphs)


def add_paragraph(plan: Plan, factor: str = "", index: int | None = None) -> Plan:
    """A new paragraph at ``index`` (default: the end); unchanged when the plan has MAX_PARAGRAPHS."""
    if len(plan.paragraphs) >= MAX_PARAGRAPHS or not _blank_or_id(factor):
        return plan
    paragraphs = list(plan.paragraphs)
    paragraphs.insert(len(paragraphs) if index is None else index, Paragraph(factor))
    return _with_paragraphs(plan, paragraphs)


def remove_paragraph(plan: Plan, index: int) -> Plan:
    paragraphs = list(plan.paragraphs)
    del paragraphs[index]
    return _with_paragraphs(plan, paragraphs)


def move_paragraph(plan: Plan, index: int, new_index: int) -> Plan:
    paragraphs = list(plan.paragraphs)
    new_index = max(0, min(len(paragraphs) - 1, new_index))
    paragraphs.insert(new_index, paragraphs.pop(index))
    return _with_paragraphs(plan, paragraphs)


def edit_paragraph(plan: Plan, index: int, *, factor: str | None = None, point: str | None = None) -> Plan:
    """A new factor or point (cut to MAX_POINT characters) for paragraph ``index``."""
    if factor is not None and not _blank_or_id(factor):
        return plan
    paragraphs = list(plan.paragraphs)
    old = paragraphs[index]
    paragraphs[index] = replace(old, factor=old.factor if factor is None else factor,
                                point=old.point if point is None else point[:MAX_POINT])
    return _with_paragraphs(plan, paragraphs)


def edit_judgement(plan: Plan, *, most_important: str | None = None, text: str | None = None) -> Plan:
    """A new most important factor or conclusion (cut to MAX_JUDGEMENT characters)."""
    if most_important is not None and not _blank_or_id(most_important):
        return plan
    old = plan.judgement
    return replace(plan, judgement=Judgement(old.most_important if most_important is None else most_important,
                                             old.text if text is None else text[:MAX_JUDGEMENT]))


def set_author(plan: Plan, name: str) -> Plan:
    """The student's name on the plan, cut to MAX_NAME characters."""
    return replace(plan, author=name[:MAX_NAME])


def add_own_card(plan: Plan, text: str, factors: Iterable[str], pack: Pack | None = None,
                 detail: str = "") -> tuple[Plan, Card | None]:
    """Add a student's own card with a fresh id that clashes with no pack or own card.

    No card (and the plan unchanged) for a blank text or when the plan already has
    MAX_OWN_CARDS; text, detail and factors are cut to their limits.
    """
    text = text.strip()
    if not text or len(plan.own_cards) >= MAX_OWN_CARDS:
        return plan, None
    taken = {card.id for card in plan.own_cards} | set(plan.placed_cards())  # incl. missing cards
    if pack is not None:
        taken.update(card.id for card in pack.cards)
    number = len(plan.own_cards) + 1
    while f"own-{number}" in taken:
        number += 1
    tags = tuple(f for f in dict.fromkeys(factors) if is_id(f))[:MAX_OWN_CARD_FACTORS]
    card = Card(f"own-{number}", text[:MAX_CARD_TEXT], tags,
                detail=detail[:MAX_DETAIL], own=True)
    return replace(plan, own_cards=plan.own_cards + (card,)), card


def _blank_or_id(factor: str) -> bool:
    """'' (no factor chosen yet) or a well-formed id: what a plan file can hold."""
    return not factor or is_id(factor)


def remove_own_card(plan: Plan, card_id: str) -> Plan:
    plan = remove_cards(plan, [card_id])
    return replace(plan, own_cards=tuple(c for c in plan.own_cards if c.id != card_id))
