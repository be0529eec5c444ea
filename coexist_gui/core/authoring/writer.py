"""The canonical ``coexist-pack/1`` text the pack editor saves.

Stable order and layout: the same pack always gives the same bytes, so two saves are
identical and a changed card changes only its own lines in a diff. A comment before each
section says what it holds. ``parse_pack(write_pack(pack).text)`` gives the pack back.

The writer also returns where every line came from (``Location``), so a problem the
validator reports at ``LINE:COL`` of the text can be shown at the card, factor, prompt or
field it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

import yaml

from ..model import Pack, Prompt
from ..pack import pack_to_data

SECTIONS = ("factors", "evidence", "prompts")
EDITOR_MARK = "# Coexist prompt pack, saved by the Coexist pack editor."

_HEADER = f"""\
{EDITOR_MARK}
# Change it in Coexist with File > Edit pack...; check it with: coexist-gui validate --explain FILE
# The editor writes this file in its own layout: comments added by hand are not kept when it saves.
"""

_SECTION_COMMENTS = {
    "factors": "# Factors: the causes or themes an essay can be organised by, one paragraph each in a plan.",
    "evidence": "# Evidence: one fact a card, tagged with every factor it supports.",
    "prompts": "# Prompts: the essay questions, each with its factors, options and model plan.",
}


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Mappings in block style (one key a line), lists of plain values on one line (``[a, b]``)."""


def _mapping(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=False)


def _sequence(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    flat = all(not isinstance(item, (dict, list)) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flat)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(dict, _mapping)
_Dumper.add_representer(list, _sequence)
_Dumper.add_representer(str, _text)


def dump_yaml(data: object) -> str:
    # no folding: a long text stays on one line, as the fast path writes it, and a diff shows the whole change
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000)


class Location(NamedTuple):
    """What a line of the written text belongs to.

    ``section``: "pack" (the details at the top), "factors", "evidence" or "prompts";
    ``position``: the item's place in that section (-1 for the section's own line or the details);
    ``key``: the item's (or the details') key the line is under ("" when none).
    """

    section: str
    position: int
    key: str


@dataclass(frozen=True)
class WrittenPack:
    text: str
    locations: tuple[Location, ...]  # one per line, line 1 first

    def location(self, line: int) -> Location | None:
        """Where 1-based ``line`` came from; None for line 0 (the whole file) or past the end."""
        if 1 <= line <= len(self.locations):
            return self.locations[line - 1]
        return None


# Writing 10,000 cards one by one costs most of a save; an unchanged card gives the same lines, so the
# text of each item is kept, keyed by the (frozen, hashable) item itself.
_CACHE: dict[Any, tuple[list[str], list[str]]] = {}
_CACHE_LIMIT = 60_000


def _keys(lines: list[str]) -> list[str]:
    """The item's key each of its lines is under (its first line starts "- key:", its other keys "  key:")."""
    keys: list[str] = []
    key = ""
    for number, line in enumerate(lines):
        body = line[2:]
        if (number == 0 or line.startswith("  ")) and body[:1] not in (" ", "") and ":" in body:
            key = body.split(":", 1)[0]
        keys.append(key)
    return keys


_RESOLVER = yaml.resolver.Resolver()
_PLAIN_CHARS = re.compile("[ !#-~\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]+")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")


def _plain(value: str) -> str | None:
    """``value`` as a plain YAML scalar when it can be one that reads back exactly and as text; None otherwise."""
    if (not value or value[0] in _INDICATORS or value != value.strip() or ": " in value or " #" in value
            or value.endswith(":") or not _PLAIN_CHARS.fullmatch(value)):
        return None
    if _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str":  # type: ignore[no-untyped-call]
        return None  # "no", "1985", "null" would read as something else in other YAML tools
    return value


def _simple_lines(entry: dict[str, Any]) -> list[str] | None:
    """A factor or card whose values are all plain text, numbers or lists of ids, written by hand: the common
    case, and far faster than the YAML dumper. None when any value needs the dumper's quoting or layout."""
    lines = []
    for key, value in entry.items():
        if isinstance(value, int):
            lines.append(f"{key}: {value}")
            continue
        if isinstance(value, list):
            parts = [_plain(item) for item in value]
            if any(part is None or "," in part for part in parts):
                return None
            lines.append(f"{key}: [{', '.join(parts)}]")  # type: ignore[arg-type]
            continue
        text = _plain(value)
        if text is None:
            return None
        lines.append(f"{key}: {text}")
    return ["- " + lines[0]] + ["  " + line for line in lines[1:]]


def _items_lines(items: tuple[Any, ...], entries: list[dict[str, Any]]) -> list[tuple[list[str], list[str]]]:
    """Each item as indented YAML lines and the keys they are under. Items not written before are dumped in
    one call (a call per item would cost more than the dumping) and split where each starts ("- ")."""
    if len(_CACHE) + len(items) > _CACHE_LIMIT:
        _CACHE.clear()
    missing = []
    for number, item in enumerate(items):
        if item in _CACHE:
            continue
        simple = None if isinstance(item, Prompt) else _simple_lines(entries[number])
        if simple is None:
            missing.append(number)
        else:
            _CACHE[item] = (["  " + line for line in simple], _keys(simple))
    if missing:
        text = dump_yaml([entries[n] for n in missing])
        chunks: list[list[str]] = []
        for line in text.splitlines():
            if line.startswith("- ") or not chunks:
                chunks.append([])
            chunks[-1].append(line)
        for number, chunk in zip(missing, chunks, strict=True):
            _CACHE[items[number]] = (["  " + line for line in chunk], _keys(chunk))
    return [_CACHE[item] for item in items]


def write_pack(pack: Pack) -> WrittenPack:
    """The pack as canonical commented text, with the origin of every line."""
    data = pack_to_data(pack)
    out: list[str] = []
    where: list[Location] = []

    def emit(line: str, location: Location) -> None:
        out.append(line)
        where.append(location)

    for line in _HEADER.splitlines():
        emit(line, Location("pack", -1, ""))
    details = {key: value for key, value in data.items() if key not in SECTIONS}
    for line in dump_yaml(details).splitlines():
        key = line.split(":", 1)[0] if line[:1] not in (" ", "") else (where[-1].key if where else "")
        emit(line, Location("pack", -1, key))
    items = {"factors": pack.factors, "evidence": pack.cards, "prompts": pack.prompts}
    for section in SECTIONS:
        emit("", Location(section, -1, ""))
        emit(_SECTION_COMMENTS[section], Location(section, -1, ""))
        entries = data[section]
        if not entries:
            emit(f"{section}: []", Location(section, -1, ""))
            continue
        emit(f"{section}:", Location(section, -1, ""))
        for index, (lines, keys) in enumerate(_items_lines(items[section], entries)):
            if section == "prompts" and index:
                emit("", Location(section, index, ""))
            for line, key in zip(lines, keys, strict=True):
                emit(line, Location(section, index, key))
    return WrittenPack("\n".join(out) + "\n", tuple(where))


def is_editor_text(text: str) -> bool:
    """The file says it was saved by the editor (its first line), so its layout is the editor's own."""
    return text.startswith(EDITOR_MARK)
