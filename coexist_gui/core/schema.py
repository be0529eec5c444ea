"""Small helpers that check a YAML Node tree against a schema and collect every problem.

Both the pack reader and the plan reader use them, so both report mistakes the
same way: a line and column, the place in pack terms, what was expected, a hint.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Hashable

from .i18n import N_, _, ngettext, number
from .problems import Problem, did_you_mean
from .yamlsafe import MAP, NULL, SEQ, STR, Node

SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
INTEGER = re.compile(r"[+-]?[0-9]{1,9}")
DIGITS = re.compile(r"[+-]?[0-9]+")
MAX_ID = 64

# "Did you mean" must not cost more than the file: a pack can name 98,000 unknown ids, and a
# search over 20,000 card ids takes half a second. So a file gets at most MAX_SUGGESTIONS searches
# (one per distinct unknown name: a misspelling repeated 5,000 times is searched once), each over at
# most 4 * NEIGHBOURS candidates: the names next to it in sorted order (they share its beginning) and
# next to it in the order of the reversed names (they share its end). Later unknown names are
# reported without a suggestion.
MAX_SUGGESTIONS = 100
NEIGHBOURS = 10
_INDEXES_KEPT = 16

# What a list in a pack or plan holds, in the words of messages about that list.
_LIST_OF = {"factors": N_("a list of factors"), "cards": N_("a list of cards"), "sides": N_("a list of sides"),
            "prompts": N_("a list of prompts"), "paragraphs": N_("a list of paragraphs")}
_UNKNOWN = {"factors": N_("unknown factor '{id}'"), "cards": N_("unknown card '{id}'")}


def amount(what: str, count: int) -> str:
    """``count`` of the things a list holds: "1 factor", "2 cards" (with the language's digit grouping)."""
    shown = number(count)
    if what == "factors":
        return ngettext("{count} factor", "{count} factors", count).format(count=shown)
    if what == "cards":
        return ngettext("{count} card", "{count} cards", count).format(count=shown)
    if what == "sides":
        return ngettext("{count} side", "{count} sides", count).format(count=shown)
    if what == "prompts":
        return ngettext("{count} prompt", "{count} prompts", count).format(count=shown)
    if what == "paragraphs":
        return ngettext("{count} paragraph", "{count} paragraphs", count).format(count=shown)
    return f"{shown} {what}"


class Candidates:
    """Known names, sorted once, for bounded "did you mean" searches and short "use one of" lists."""

    def __init__(self, names: Collection[str]) -> None:
        self.names = names  # held, so that an index kept by id() is never mistaken for a new set's
        self.ordered = sorted(names)
        self._backwards: list[str] | None = None
        self._short: dict[int, str] = {}
        self.found: dict[str, str | None] = {}

    def near(self, word: str) -> list[str]:
        """At most 4 * NEIGHBOURS names around ``word`` (all of them for a small set)."""
        if len(self.ordered) <= 4 * NEIGHBOURS:
            return self.ordered
        if self._backwards is None:
            self._backwards = sorted(name[::-1] for name in self.ordered)
        at = bisect.bisect_left(self.ordered, word)
        back = bisect.bisect_left(self._backwards, word[::-1])
        near = self.ordered[max(at - NEIGHBOURS, 0):at + NEIGHBOURS]
        near += [name[::-1] for name in self._backwards[max(back - NEIGHBOURS, 0):back + NEIGHBOURS]]
        return list(dict.fromkeys(near))

    def short_list(self, limit: int = 8) -> str:
        if limit not in self._short:  # the same hint for every unknown name: made once
            self._short[limit] = ", ".join(self.ordered[:limit]) + (", …" if len(self.ordered) > limit else "")
        return self._short[limit]


def is_id(value: str) -> bool:
    """A well-formed id of a factor, card, prompt or pack (what ``Checker.slug`` accepts)."""
    return len(value) <= MAX_ID and SLUG.fullmatch(value) is not None


class Checker:
    """Collects problems for one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.searches = 0  # "did you mean" searches made (at most MAX_SUGGESTIONS)
        self._indexes: dict[Hashable, Candidates] = {}

    # -- suggestions -----------------------------------------------------
    def candidates(self, names: Collection[str]) -> Candidates:
        """``names`` indexed once: by value for a small tuple (the allowed keys), by identity for a set."""
        key: Hashable = names if isinstance(names, tuple) else ("id", id(names))
        index = self._indexes.get(key)
        if index is None:
            if len(self._indexes) >= _INDEXES_KEPT:
                del self._indexes[next(iter(self._indexes))]
            index = self._indexes[key] = Candidates(names)
        return index

    def suggest(self, word: str, names: Collection[str]) -> str | None:
        """The known name closest to ``word`` (difflib ratio ≥ 0.6), within the search budget, or None."""
        index = self.candidates(names)
        if word in index.found:
            return index.found[word]
        if self.searches >= MAX_SUGGESTIONS:
            return None
        self.searches += 1
        import difflib  # only a file with a misspelt name needs it

        close = difflib.get_close_matches(word, index.near(word), n=1, cutoff=0.6)
        index.found[word] = close[0] if close else None
        return index.found[word]

    # -- reporting -------------------------------------------------------
    def error(self, node: Node, where: str, message: str, hint: str = "", code: str = "") -> None:
        self.problems.append(Problem(self.path, node.line, node.col, message, "error", where, hint, code=code))

    def warning(self, node: Node, where: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.path, node.line, node.col, message, "warning", where, hint))

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    # -- shapes ----------------------------------------------------------
    def mapping(self, node: Node, where: str, required: tuple[str, ...],
                optional: tuple[str, ...]) -> dict[str, Node] | None:
        """The mapping's values by key; reports a wrong shape, missing and unknown keys."""
        if node.kind != MAP:
            keys = ", ".join(required or optional)  # an exemplar or paragraph has optional keys only
            self.error(node, where, _("expected a mapping of keys ({keys}…), found {found}").format(
                keys=keys, found=node.describe()), hint=_("write 'key: value' lines indented under this entry"))
            return None
        allowed = required + optional
        values: dict[str, Node] = {}
        misspelt: set[str] = set()  # allowed keys an unknown key was taken for
        unknown = hint = ""  # made once: a card can have 100,000 unknown keys
        for name, (key, value) in node.pairs.items():
            if name not in allowed:
                close = self.suggest(name, allowed)
                if close:
                    misspelt.add(close)
                if not unknown:
                    unknown = _("unknown key '{key}'")
                    hint = _("allowed keys here: {keys}").format(keys=", ".join(allowed))
                self.error(key, where, unknown.format(key=name) + did_you_mean(close), hint=hint)
                continue
            values[name] = value
        for name in required:
            if name not in values or values[name].kind == NULL:
                if name in values:
                    self.error(values[name], where, _("'{key}' is empty").format(key=name),
                               hint=_("give '{key}' a value").format(key=name))
                elif name not in misspelt:  # "did you mean 'text'?" already says that 'text' is missing
                    self.error(node, where, _("missing required key '{key}'").format(key=name))
                values.pop(name, None)
        return values

    def sequence(self, node: Node | None, where: str, what: str, minimum: int = 0,
                 maximum: int = 100_000) -> list[Node]:
        if node is None or node.kind == NULL:
            return []
        if node.kind != SEQ:
            self.error(node, where, _("expected {list}, found {found}").format(
                list=_(_LIST_OF[what]) if what in _LIST_OF else what, found=node.describe()),
                hint=_("write each entry on its own line starting with '- ', or use [a, b]"))
            return []
        if len(node.items) < minimum:
            self.error(node, where, _("needs at least {amount}, found {found}").format(
                amount=amount(what, minimum), found=number(len(node.items))))
        if len(node.items) > maximum:
            self.error(node, where, _("has {amount}; the limit is {limit}").format(
                amount=amount(what, len(node.items)), limit=number(maximum)))
            return node.items[:maximum]
        return node.items

    # -- scalars ---------------------------------------------------------
    def text(self, node: Node | None, where: str, max_len: int, default: str = "") -> str:
        if node is None or node.kind == NULL:
            return default
        if node.kind != STR:
            self.error(node, where, _("expected text, found {found}").format(found=node.describe()),
                       hint=_("put text containing ': ' or starting with '[' or '{{' in quotes").format())
            return default
        value = node.text.strip()
        if len(value) > max_len:
            self.error(node, where, _("text is {length} characters; the limit is {limit}").format(
                length=number(len(value)), limit=number(max_len)),
                hint=_("shorten it, or move the extra into 'detail'"))
            return value[:max_len]
        return value

    def required_text(self, node: Node | None, where: str, max_len: int) -> str:
        value = self.text(node, where, max_len)
        if node is not None and node.kind == STR and not value:
            self.error(node, where, _("text is blank"))
        return value

    def slug(self, node: Node | None, where: str) -> str:
        if node is None or node.kind == NULL:
            return ""
        value = self.text(node, where, 10_000)
        if node.kind != STR:
            return ""
        if len(value) > MAX_ID or not SLUG.fullmatch(value):
            shown = value if len(value) <= 40 else value[:40] + "…"
            self.error(node, where, _("'{id}' is not a valid id").format(id=shown),
                       hint=_("ids use lower-case letters, digits and '-', start with a letter or digit, "
                              "at most {limit} characters").format(limit=MAX_ID))
            return ""
        return value

    def integer(self, node: Node | None, where: str, low: int, high: int) -> int | None:
        if node is None or node.kind == NULL:
            return None
        if node.kind != STR:
            self.text(node, where, 100)  # reports the wrong shape
            return None
        raw = node.text.strip()
        if not INTEGER.fullmatch(raw):
            # a 5000-digit number is a number out of range, not "text over the limit"
            shown = raw if len(raw) <= 40 else raw[:40] + "…"
            message = (_("a {digits}-digit number is out of range").format(digits=number(len(raw.lstrip("+-"))))
                       if DIGITS.fullmatch(raw) else _("'{value}' is not a whole number").format(value=shown))
            self.error(node, where, message, hint=_("write a number from {low} to {high}").format(low=low, high=high))
            return None
        value = int(raw)
        if not low <= value <= high:
            self.error(node, where, _("{value} is out of range").format(value=value),
                       hint=_("write a number from {low} to {high}").format(low=low, high=high))
            return None
        return value

    def boolean(self, node: Node | None, where: str) -> bool | None:
        if node is None or node.kind == NULL:
            return None
        raw = self.text(node, where, 10).lower()
        if raw in ("true", "yes"):
            return True
        if raw in ("false", "no"):
            return False
        if node.kind == STR:
            self.error(node, where, _("'{value}' is not true or false").format(value=raw))
        return None

    def choice(self, node: Node | None, where: str, options: tuple[str, ...]) -> str | None:
        if node is None or node.kind == NULL:
            return None
        raw = self.text(node, where, 100)
        if raw in options:
            return raw
        if node.kind == STR:
            self.error(node, where, _("'{value}' is not one of: {options}").format(value=raw,
                                                                                   options=", ".join(options)))
        return None

    def id_list(self, node: Node | None, where: str, what: str, known: set[str] | None,
                minimum: int = 0, maximum: int = 1000, unknown_ok: bool = False) -> tuple[str, ...]:
        """A list of ids; references to ids not in ``known`` are errors unless ``unknown_ok``."""
        ids: dict[str, None] = {}  # in order; a dict, so that "listed twice" is not a scan of the list
        unknown = hint = ""  # made once: an exemplar can name 80,000 unknown cards
        for item in self.sequence(node, where, what, minimum, maximum):
            value = self.slug(item, where)
            if not value:
                continue
            if value in ids:
                self.error(item, where, _("'{id}' is listed twice").format(id=value))
                continue
            if known is not None and value not in known and not unknown_ok:
                close = self.suggest(value, known)
                if not unknown:
                    unknown = _(_UNKNOWN[what])
                    hint = _("declare it first, or use one of: {ids}").format(ids=self.candidates(known).short_list())
                self.error(item, where, unknown.format(id=value) + did_you_mean(close), hint=hint)
                continue
            ids[value] = None
        return tuple(ids)

