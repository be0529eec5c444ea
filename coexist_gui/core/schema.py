"""Small helpers that check a YAML Node tree against a schema and collect every problem.

Both the pack reader and the plan reader use them, so both report mistakes the
same way: a line and column, the place in pack terms, what was expected, a hint.
"""

from __future__ import annotations

import difflib
import re

from .problems import Problem
from .yamlsafe import MAP, NULL, SEQ, STR, Node

SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
INTEGER = re.compile(r"[+-]?[0-9]{1,9}")
DIGITS = re.compile(r"[+-]?[0-9]+")
MAX_ID = 64


def is_id(value: str) -> bool:
    """A well-formed id of a factor, card, prompt or pack (what ``Checker.slug`` accepts)."""
    return len(value) <= MAX_ID and SLUG.fullmatch(value) is not None


class Checker:
    """Collects problems for one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    # -- reporting -------------------------------------------------------
    def error(self, node: Node, where: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.path, node.line, node.col, message, "error", where, hint))

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
            self.error(node, where, f"expected a mapping of keys ({keys}…), found {node.describe()}",
                       hint="write 'key: value' lines indented under this entry")
            return None
        allowed = required + optional
        values: dict[str, Node] = {}
        for name, (key, value) in node.pairs.items():
            if name not in allowed:
                close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
                guess = f" — did you mean '{close[0]}'?" if close else ""
                self.error(key, where, f"unknown key '{name}'{guess}",
                           hint=f"allowed keys here: {', '.join(allowed)}")
                continue
            values[name] = value
        for name in required:
            if name not in values or values[name].kind == NULL:
                if name in values:
                    self.error(values[name], where, f"'{name}' is empty", hint=f"give '{name}' a value")
                elif not difflib.get_close_matches(name, [k for k in node.pairs if k not in allowed]):
                    # (a misspelt key already got "did you mean"; an allowed key is never the misspelling)
                    self.error(node, where, f"missing required key '{name}'")
                values.pop(name, None)
        return values

    def sequence(self, node: Node | None, where: str, what: str, minimum: int = 0,
                 maximum: int = 100_000) -> list[Node]:
        if node is None or node.kind == NULL:
            return []
        if node.kind != SEQ:
            self.error(node, where, f"expected a list of {what}, found {node.describe()}",
                       hint="write each entry on its own line starting with '- ', or use [a, b]")
            return []
        if len(node.items) < minimum:
            self.error(node, where, f"needs at least {minimum} {what}, found {len(node.items)}")
        if len(node.items) > maximum:
            self.error(node, where, f"has {len(node.items):,} {what}; the limit is {maximum:,}")
            return node.items[:maximum]
        return node.items

    # -- scalars ---------------------------------------------------------
    def text(self, node: Node | None, where: str, max_len: int, default: str = "") -> str:
        if node is None or node.kind == NULL:
            return default
        if node.kind != STR:
            self.error(node, where, f"expected text, found {node.describe()}",
                       hint="put text containing ': ' or starting with '[' or '{' in quotes")
            return default
        value = node.text.strip()
        if len(value) > max_len:
            self.error(node, where, f"text is {len(value):,} characters; the limit is {max_len:,}",
                       hint="shorten it, or move the extra into 'detail'")
            return value[:max_len]
        return value

    def required_text(self, node: Node | None, where: str, max_len: int) -> str:
        value = self.text(node, where, max_len)
        if node is not None and node.kind == STR and not value:
            self.error(node, where, "text is blank")
        return value

    def slug(self, node: Node | None, where: str) -> str:
        if node is None or node.kind == NULL:
            return ""
        value = self.text(node, where, 10_000)
        if node.kind != STR:
            return ""
        if len(value) > MAX_ID or not SLUG.fullmatch(value):
            shown = value if len(value) <= 40 else value[:40] + "…"
            self.error(node, where, f"'{shown}' is not a valid id",
                       hint=f"ids use lower-case letters, digits and '-', start with a letter or digit, "
                            f"at most {MAX_ID} characters")
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
            message = (f"a {len(raw.lstrip('+-')):,}-digit number is out of range" if DIGITS.fullmatch(raw)
                       else f"'{shown}' is not a whole number")
            self.error(node, where, message, hint=f"write a number from {low} to {high}")
            return None
        value = int(raw)
        if not low <= value <= high:
            self.error(node, where, f"{value} is out of range", hint=f"write a number from {low} to {high}")
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
            self.error(node, where, f"'{raw}' is not true or false")
        return None

    def choice(self, node: Node | None, where: str, options: tuple[str, ...]) -> str | None:
        if node is None or node.kind == NULL:
            return None
        raw = self.text(node, where, 100)
        if raw in options:
            return raw
        if node.kind == STR:
            self.error(node, where, f"'{raw}' is not one of: {', '.join(options)}")
        return None

    def id_list(self, node: Node | None, where: str, what: str, known: set[str] | None,
                minimum: int = 0, maximum: int = 1000, unknown_ok: bool = False) -> tuple[str, ...]:
        """A list of ids; references to ids not in ``known`` are errors unless ``unknown_ok``."""
        ids: list[str] = []
        for item in self.sequence(node, where, what, minimum, maximum):
            value = self.slug(item, where)
            if not value:
                continue
            if value in ids:
                self.error(item, where, f"'{value}' is listed twice")
                continue
            if known is not None and value not in known and not unknown_ok:
                close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
                guess = f" — did you mean '{close[0]}'?" if close else ""
                singular = what[:-1] if what.endswith("s") else what
                self.error(item, where, f"unknown {singular} '{value}'{guess}",
                           hint=f"declare it first, or use one of: {_short_list(known)}")
                continue
            ids.append(value)
        return tuple(ids)


def _short_list(names: set[str]) -> str:
    ordered = sorted(names)
    return ", ".join(ordered[:8]) + (", …" if len(ordered) > 8 else "")

