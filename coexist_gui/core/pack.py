"""Read and validate a ``coexist-pack/1`` prompt pack.

``parse_pack`` reports every problem at once as ``PATH:LINE:COL`` messages:
errors stop the pack from loading; warnings (a factor no card uses, a prompt
whose full breadth is unreachable…) are returned with the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

from .i18n import _, ngettext
from .model import PACK_FORMAT, Card, Factor, Judgement, Pack, Plan, Prompt, Side
from .plan import MAX_CARD_TEXT, MAX_DETAIL, MAX_NAME, body_judgement, body_paragraph, dump_yaml, read_body
from .problems import PackError, Problem, YamlError
from .schema import COLOUR, Checker
from .untrusted import UnreadableFile, read_untrusted
from .yamlsafe import NULL, Node, gc_paused, read_yaml, with_sources

MAX_PACK_BYTES = 2 * 1024 * 1024
MAX_FACTORS = 200
MAX_CARDS = 20_000
MAX_PROMPTS = 500
MAX_DESCRIPTION = 5000
MAX_QUESTION = 500
MAX_HINT = 1000

PACK_REQUIRED = ("format", "id", "title", "factors", "evidence", "prompts")
PACK_OPTIONAL = ("version", "author", "description", "language")
# A BCP 47 language tag as packs use it: a language, then optional script, region or variant subtags ("de", "de-AT",
# "sr-Latn", "pt-BR").
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}")
FACTOR_REQUIRED = ("id", "name")
FACTOR_OPTIONAL = ("description", "hint", "colour")
CARD_REQUIRED = ("id", "text", "factors")
CARD_OPTIONAL = ("detail", "year")
PROMPT_REQUIRED = ("id", "question", "factors")
PROMPT_OPTIONAL = ("sides", "min_cards", "minutes", "exemplar", "hide_tags", "show_score", "own_cards")
OWN_CARDS = ("count", "show", "off")
SIDE_REQUIRED = ("name", "factors")
EXEMPLAR_KEYS = ("paragraphs", "judgement")
SHOW_SCORE = ("live", "on_check")


class LoadedPack(NamedTuple):
    pack: Pack
    warnings: list[Problem]


@dataclass
class _Seen:
    """First node of each id, for 'used twice (first on line N)' messages."""

    nodes: dict[str, Node]

    def claim(self, check: Checker, value: str, node: Node, where: str, what: str) -> bool:
        if not value:
            return False
        if value in self.nodes:
            line = self.nodes[value].line
            if what == "factor":
                message = _("factor id '{id}' is used twice (first on line {line})")
            elif what == "card":
                message = _("card id '{id}' is used twice (first on line {line})")
            else:
                message = _("prompt id '{id}' is used twice (first on line {line})")
            check.error(node, where, message.format(id=value, line=line), hint=_("every id in a pack must be unique"))
            return False
        self.nodes[value] = node
        return True


def _label(kind: str, number: int, node: Node) -> str:
    ident = ""
    if node.kind == "mapping" and "id" in node.pairs:
        value = node.pairs["id"][1]
        if value.kind == "text":
            ident = f" '{value.text[:40]}'"
    return f"{kind} #{number}{ident}"


def _read_factors(check: Checker, values: dict[str, Node]) -> list[Factor]:
    factors: list[Factor] = []
    seen = _Seen({})
    for number, node in enumerate(check.sequence(values.get("factors"), "factors", "factors", minimum=2,
                                                 maximum=MAX_FACTORS), start=1):
        where = _label("factors", number, node)
        fields = check.mapping(node, where, FACTOR_REQUIRED, FACTOR_OPTIONAL)
        if fields is None:
            continue
        factor_id = check.slug(fields.get("id"), where + " → id")
        name = check.required_text(fields.get("name"), where + " → name", MAX_NAME)
        colour = check.text(fields.get("colour"), where + " → colour", 20)
        if colour and not COLOUR.fullmatch(colour):
            check.error(fields["colour"], where + " → colour", _("'{value}' is not a colour").format(value=colour),
                        hint=_("write it as \"#rrggbb\" in quotes, e.g. \"#0072b2\""))
            colour = ""
        factor = Factor(factor_id, name,
                        description=check.text(fields.get("description"), where + " → description",
                                               MAX_DESCRIPTION),
                        hint=check.text(fields.get("hint"), where + " → hint", MAX_HINT),
                        colour=colour.lower())
        if seen.claim(check, factor_id, fields.get("id", node), where, "factor"):
            factors.append(factor)
    return factors


def _read_cards(check: Checker, values: dict[str, Node], factor_ids: set[str]) -> list[Card]:
    cards: list[Card] = []
    seen = _Seen({})
    for number, node in enumerate(check.sequence(values.get("evidence"), "evidence", "cards", minimum=1,
                                                 maximum=MAX_CARDS), start=1):
        where = _label("evidence", number, node)
        fields = check.mapping(node, where, CARD_REQUIRED, CARD_OPTIONAL)
        if fields is None:
            continue
        card_id = check.slug(fields.get("id"), where + " → id")
        card = Card(card_id,
                    check.required_text(fields.get("text"), where + " → text", MAX_CARD_TEXT),
                    check.id_list(fields.get("factors"), where + " → factors", "factors", factor_ids,
                                  minimum=1, maximum=len(factor_ids) or 1),
                    detail=check.text(fields.get("detail"), where + " → detail", MAX_DETAIL),
                    year=check.integer(fields.get("year"), where + " → year", -5000, 3000))
        if seen.claim(check, card_id, fields.get("id", node), where, "card"):
            cards.append(card)
    return cards


def _read_sides(check: Checker, node: Node | None, where: str, factors: tuple[str, ...]) -> tuple[Side, ...]:
    if node is None or node.kind == NULL:
        return ()
    sides: list[Side] = []
    owner: dict[str, str] = {}
    for number, side_node in enumerate(check.sequence(node, where, "sides", minimum=2, maximum=len(factors)),
                                       start=1):
        here = f"{where} #{number}"
        fields = check.mapping(side_node, here, SIDE_REQUIRED, ())
        if fields is None:
            continue
        name = check.required_text(fields.get("name"), here + " → name", MAX_NAME)
        side_factors = check.id_list(fields.get("factors"), here + " → factors", "factors", set(factors),
                                     minimum=1, maximum=len(factors))
        for factor in side_factors:
            if factor in owner:
                culprit = next((item for item in fields["factors"].items if item.text == factor), fields["factors"])
                check.error(culprit, here + " → factors",
                            _("factor '{factor}' is already on side '{side}'").format(factor=factor,
                                                                                      side=owner[factor]),
                            hint=_("each factor belongs to exactly one side"))
            owner[factor] = name
        sides.append(Side(name, side_factors))
    missing = [f for f in factors if f not in owner]
    if missing and sides:
        check.error(node, where, ngettext("prompt factor on no side: {factors}", "prompt factors on no side: {factors}",
                                          len(missing)).format(factors=", ".join(missing)),
                    hint=_("the sides together must list exactly the prompt's factors"))
    return tuple(sides)


def _read_prompts(check: Checker, values: dict[str, Node], factor_ids: set[str],
                  card_ids: set[str]) -> list[Prompt]:
    prompts: list[Prompt] = []
    seen = _Seen({})
    for number, node in enumerate(check.sequence(values.get("prompts"), "prompts", "prompts", minimum=1,
                                                 maximum=MAX_PROMPTS), start=1):
        where = _label("prompts", number, node)
        fields = check.mapping(node, where, PROMPT_REQUIRED, PROMPT_OPTIONAL)
        if fields is None:
            continue
        prompt_id = check.slug(fields.get("id"), where + " → id")
        question = check.required_text(fields.get("question"), where + " → question", MAX_QUESTION)
        factors = check.id_list(fields.get("factors"), where + " → factors", "factors", factor_ids, minimum=2,
                                maximum=MAX_FACTORS)
        sides = _read_sides(check, fields.get("sides"), where + " → sides", factors)
        min_cards = check.integer(fields.get("min_cards"), where + " → min_cards", 1, 50) or 2
        minutes = check.integer(fields.get("minutes"), where + " → minutes", 1, 600)
        exemplar = None
        if fields.get("exemplar") is not None and fields["exemplar"].kind != NULL:
            here = where + " → exemplar"
            body = check.mapping(fields["exemplar"], here, (), EXEMPLAR_KEYS)
            if body is not None:
                paragraphs, judgement = read_body(check, body, here, set(factors), card_ids)
                exemplar = Plan(pack="", prompt=prompt_id, paragraphs=paragraphs, judgement=judgement)
        prompt = Prompt(prompt_id, question, factors,
                        sides=sides or tuple(Side("", (f,)) for f in factors),
                        two_sided=bool(sides), min_cards=min_cards, minutes=minutes, exemplar=exemplar,
                        hide_tags=bool(check.boolean(fields.get("hide_tags"), where + " → hide_tags")),
                        show_score=check.choice(fields.get("show_score"), where + " → show_score", SHOW_SCORE)
                        or "live",
                        own_cards=check.choice(fields.get("own_cards"), where + " → own_cards", OWN_CARDS)
                        or "count")
        if seen.claim(check, prompt_id, fields.get("id", node), where, "prompt"):
            prompts.append(prompt)
    return prompts


def _warnings(check: Checker, root: Node, values: dict[str, Node], factors: list[Factor], cards: list[Card],
              prompts: list[Prompt]) -> None:
    count = {f.id: 0 for f in factors}
    for card in cards:
        for factor in card.factors:
            count[factor] = count.get(factor, 0) + 1
    nodes = _id_nodes(values)
    by_id = {c.id: c for c in cards}  # once, not once per prompt: 500 prompts × 20,000 cards
    for prompt in prompts:
        node = nodes["prompts"].get(prompt.id, root)
        for factor in prompt.factors:
            if count.get(factor, 0) < prompt.min_cards:
                check.warning(node, _("prompt '{id}'").format(id=prompt.id),
                              ngettext("factor '{factor}' has {count} card but the prompt asks for {needed}: "
                                       "breadth 100 is unreachable",
                                       "factor '{factor}' has {count} cards but the prompt asks for {needed}: "
                                       "breadth 100 is unreachable", count.get(factor, 0)).format(
                                  factor=factor, count=count.get(factor, 0), needed=prompt.min_cards),
                              hint=_("add cards tagged '{factor}' or lower min_cards").format(factor=factor))
        _exemplar_warnings(check, node, prompt, by_id)
    for declared in factors:
        if count.get(declared.id, 0) == 0:
            check.warning(nodes["factors"].get(declared.id, root), _("factor '{id}'").format(id=declared.id),
                          _("no card is tagged with factor '{factor}'").format(factor=declared.id))
    usable = {f for prompt in prompts for f in prompt.factors}
    for card in cards:
        if not usable.intersection(card.factors):
            check.warning(nodes["evidence"].get(card.id, root), _("card '{id}'").format(id=card.id),
                          _("no prompt can use card '{card}': none of its factors is in a prompt").format(card=card.id))


def _exemplar_warnings(check: Checker, node: Node, prompt: Prompt, cards: dict[str, Card]) -> None:
    """A model plan whose card does not count where it is placed teaches the wrong thing."""
    if prompt.exemplar is None:
        return
    for number, paragraph in enumerate(prompt.exemplar.paragraphs, start=1):
        for position, card_id in enumerate(paragraph.cards):
            card = cards.get(card_id)
            if card is not None and paragraph.factor and paragraph.factor not in card.factors:
                at = _child(node, "exemplar", "paragraphs", number - 1, "cards", position) or node
                check.warning(at, _("prompt '{id}'").format(id=prompt.id) + " → exemplar → "
                              + _("paragraph #{number}").format(number=number),
                              _("exemplar card '{card}' is not tagged '{factor}', so it does not count in that "
                                "paragraph").format(card=card_id, factor=paragraph.factor),
                              hint=_("tag the card '{factor}' or move it to a paragraph for one of its factors "
                                     "({factors})").format(factor=paragraph.factor, factors=", ".join(card.factors)))


def _exemplar_score_warnings(check: Checker, root: Node, values: dict[str, Node], pack: Pack) -> None:
    """A model plan below band 5 shows students the wrong target: say so, with the first thing it lacks."""
    from .feedback import render  # scoring reads packs' models, never this module: imported here to keep it so
    from .scoring import score

    nodes = _id_nodes(values)["prompts"]
    for prompt in pack.prompts:
        if prompt.exemplar is None:
            continue
        result = score(replace(prompt.exemplar, pack=pack.id, prompt=prompt.id), pack, prompt)
        if result.band < 5:
            node = nodes.get(prompt.id, root)
            check.warning(_child(node, "exemplar") or node, _("prompt '{id}'").format(id=prompt.id) + " → exemplar",
                          _("the model plan scores {overall}, band {band}: a model plan should reach band 5").format(
                              overall=result.overall, band=result.band),
                          hint=render(result.feedback[0]) if result.feedback else "")


def _child(node: Node, *steps: str | int) -> Node | None:
    """Follow mapping keys and list positions down from ``node``; None where the shape differs."""
    for step in steps:
        if isinstance(step, str):
            if node.kind != "mapping" or step not in node.pairs:
                return None
            node = node.pairs[step][1]
        else:
            if node.kind != "list" or step >= len(node.items):
                return None
            node = node.items[step]
    return node


def _id_nodes(values: dict[str, Node]) -> dict[str, dict[str, Node]]:
    out: dict[str, dict[str, Node]] = {}
    for key in ("factors", "evidence", "prompts"):
        out[key] = {}
        node = values.get(key)
        if node is None or node.kind != "list":
            continue
        for item in node.items:
            if item.kind == "mapping" and "id" in item.pairs:
                out[key].setdefault(item.pairs["id"][1].text, item)
    return out


@gc_paused()  # the Node tree stays alive while it is checked
def parse_pack(data: bytes, path: str, *, lenient: bool = False) -> LoadedPack:
    """Validate a pack's bytes; raise PackError (all problems) or return the pack and its warnings.

    ``lenient`` (the pack editor, for a pack still being written): a pack with errors is returned
    too, as far as it could be read, with its errors among the problems. It still raises when the
    file is not a pack at all (not YAML, not a mapping, another format).
    """
    return check_pack(read_pack_tree(data, path), data, path, lenient=lenient)


def read_pack_tree(data: bytes, path: str) -> Node:
    """The pack file's YAML as a Node tree (``yamlsafe.read_yaml`` with the pack's cap), or PackError."""
    try:
        return read_yaml(data, path, max_bytes=MAX_PACK_BYTES)
    except YamlError as exc:
        raise PackError(exc.problems) from None


@gc_paused()
def check_pack(root: Node, data: bytes, path: str, *, lenient: bool = False, score_models: bool = True) -> LoadedPack:
    """``parse_pack`` after the YAML is read: every check, warning and message, from ``root`` (the tree of
    ``data``, freshly read or from ``pack_cache``). ``data`` gives problems their source lines.

    ``score_models`` False leaves out the one warning that scores each prompt's model plan (a model plan
    below band 5): the window's start-up, which shows no warnings, does not pay for it."""
    check = Checker(path)
    values = check.mapping(root, "pack", PACK_REQUIRED, PACK_OPTIONAL)
    if values is None:
        raise _error(check, data)
    fmt = check.text(values.get("format"), "format", 100)
    if "format" in values and fmt != PACK_FORMAT:
        check.error(values["format"], "format", _("format must be '{format}', found '{found}'").format(
            format=PACK_FORMAT, found=fmt[:40]), hint=_("is this a plan file? Open it in the app instead")
                    if fmt.startswith("coexist-plan") else _("the first line of a pack is 'format: {format}'").format(
                        format=PACK_FORMAT), code="wrong_format")
        if fmt.startswith("coexist-plan"):  # a plan, not a pack: its unknown and missing keys would bury this
            check.problems = check.problems[-1:]
            raise _error(check, data)
    if lenient and fmt != PACK_FORMAT:  # without its format line a file is not a pack, however lenient
        raise _error(check, data)
    pack_id = check.slug(values.get("id"), "id")
    title = check.required_text(values.get("title"), "title", MAX_NAME)
    factors = _read_factors(check, values)
    factor_ids = {f.id for f in factors}
    cards = _read_cards(check, values, factor_ids)
    prompts = _read_prompts(check, values, factor_ids, {c.id for c in cards})
    version = check.text(values.get("version"), "version", 40, default="1")
    author = check.text(values.get("author"), "author", MAX_NAME)
    description = check.text(values.get("description"), "description", MAX_DESCRIPTION)
    language = check.text(values.get("language"), "language", 35)
    if language and not LANGUAGE_TAG.fullmatch(language):
        check.error(values["language"], "language", _("'{value}' is not a language tag").format(value=language[:35]),
                    hint=_("use a BCP 47 tag such as 'en', 'de' or 'de-AT'"))
        language = ""
    if check.failed and not lenient:
        raise _error(check, data)
    _warnings(check, root, values, factors, cards, prompts)
    pack = Pack(id=pack_id, title=title, factors=tuple(factors), cards=tuple(cards), prompts=tuple(prompts),
                version=version, author=author, description=description, language=language)
    if score_models:
        _exemplar_score_warnings(check, root, values, pack)
    return LoadedPack(pack, with_sources(check.problems, data))


def _error(check: Checker, data: bytes) -> PackError:
    return PackError(with_sources(check.problems, data))


def load_pack(path: str | Path) -> LoadedPack:
    """Read and validate the pack at ``path``: a regular file of at most MAX_PACK_BYTES, or PackError."""
    return parse_pack(read_pack_bytes(path), str(path))


def read_pack_bytes(path: str | Path) -> bytes:
    """The bytes of a pack file (``untrusted.read_untrusted`` with the pack's cap), or PackError."""
    try:
        return read_untrusted(path, MAX_PACK_BYTES, "a pack", hint=_("split it into smaller packs"))
    except UnreadableFile as exc:
        raise PackError([exc.problem()]) from None


def pack_to_data(pack: Pack) -> dict[str, Any]:
    """The pack as plain data in file order; defaults are left out."""
    data: dict[str, Any] = {"format": PACK_FORMAT, "id": pack.id, "title": pack.title, "version": pack.version}
    for key in ("author", "description", "language"):
        if getattr(pack, key):
            data[key] = getattr(pack, key)
    data["factors"] = [_factor_data(factor) for factor in pack.factors]
    data["evidence"] = [_card_data(card) for card in pack.cards]
    data["prompts"] = [_prompt_data(prompt) for prompt in pack.prompts]
    return data


def _factor_data(factor: Factor) -> dict[str, Any]:
    data: dict[str, Any] = {"id": factor.id, "name": factor.name}
    data.update((key, getattr(factor, key)) for key in FACTOR_OPTIONAL if getattr(factor, key))
    return data


def _card_data(card: Card) -> dict[str, Any]:
    data: dict[str, Any] = {"id": card.id, "text": card.text, "factors": list(card.factors)}
    if card.detail:
        data["detail"] = card.detail
    if card.year is not None:
        data["year"] = card.year
    return data


def _prompt_data(prompt: Prompt) -> dict[str, Any]:
    data: dict[str, Any] = {"id": prompt.id, "question": prompt.question, "factors": list(prompt.factors)}
    if prompt.two_sided:
        data["sides"] = [{"name": side.name, "factors": list(side.factors)} for side in prompt.sides]
    if prompt.min_cards != 2:
        data["min_cards"] = prompt.min_cards
    if prompt.minutes is not None:
        data["minutes"] = prompt.minutes
    if prompt.exemplar is not None:
        exemplar: dict[str, Any] = {"paragraphs": [body_paragraph(p) for p in prompt.exemplar.paragraphs]}
        if prompt.exemplar.judgement != Judgement():
            exemplar["judgement"] = body_judgement(prompt.exemplar.judgement)
        data["exemplar"] = exemplar
    if prompt.hide_tags:
        data["hide_tags"] = True
    if prompt.show_score != "live":
        data["show_score"] = prompt.show_score
    if prompt.own_cards != "count":
        data["own_cards"] = prompt.own_cards
    return data


def dump_pack(pack: Pack) -> str:
    """The pack as YAML text; ``parse_pack(dump_pack(p))`` equals ``p`` for any pack parse_pack returned."""
    return dump_yaml(pack_to_data(pack))

# The package folder: an installed wheel has data/ and resources/ inside it, a source checkout
# beside it. (importlib.resources would say the same for a package on disk, and costs ~10 ms
# of start-up to import.)
_PACKAGE = Path(__file__).resolve().parents[1]


def builtin_pack_path() -> Path:
    """The built-in pack: inside the installed package, or at the top of a source checkout."""
    packaged = _PACKAGE / "data" / "evidence.yaml"
    if packaged.is_file():
        return packaged
    return _PACKAGE.parent / "data" / "evidence.yaml"


def resource_path(name: str) -> Path:
    packaged = _PACKAGE / "resources" / name
    if packaged.exists():
        return packaged
    return _PACKAGE.parent / "resources" / name


def load_builtin_pack() -> LoadedPack:
    return load_pack(builtin_pack_path())
