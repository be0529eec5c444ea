"""Hostile inputs that are too big to commit, or are not plain files: built on demand.

``make_corpus.py`` writes small files that are committed. The cases here are the
ones an attacker uses to make the app *work* (quadratic checks, "did you mean"
over 20,000 ids, millions of messages) or to make it *wait* (a FIFO, a device, a
symbolic link loop). Every function is deterministic; the tests in
``tests/core/test_bounded_work.py`` and ``tests/core/test_untrusted_files.py``
call them with a temporary folder, and ``docs/reliability.md`` lists what each one
did before and does now.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HEAD = "format: coexist-pack/1\nid: hostile-work\ntitle: Hostile work pack\n"

# Every control character a pack author could smuggle in through YAML escapes, and what it would do:
# OSC 52 sets the terminal's clipboard, CSI 2J clears the screen, CR lets a line overwrite the one
# before it, the bidi overrides reverse what follows, BEL rings, NEL/U+2028 break lines, DEL and C1.
CONTROLS = ("\x1b]52;c;cHduZWQ=\x07", "\x1b[2J", "\r", "\u202e", "\u2066", "\x07", "\x0b", "\x0c",
            "\x7f", "\x85", "\x9b", "\u2028", "\u200f", "\x08", "\x00")
HOSTILE_TEXT = "Hostile " + " ".join(CONTROLS) + " end"


def yaml_quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar in which every non-printable character is an escape."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or 0x7f <= code <= 0x9f or 0x2000 <= code <= 0x206f or code == 0xfeff:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _factors(count: int) -> str:
    return "factors:\n" + "".join(f"  - {{id: f{n}, name: Factor {n}}}\n" for n in range(count))


def _cards(count: int, factors: int = 2) -> str:
    return "evidence:\n" + "".join(f"  - {{id: c{n}, text: x, factors: [f{n % factors}]}}\n" for n in range(count))


def exemplar_with_unknown_cards(cards: int = 20_000, unknown: int = 100, long_ids: bool = True) -> bytes:
    """A pack of ``cards`` cards whose exemplar names ``unknown`` cards it does not have.

    The unknown ids differ from real ones by two swapped letters, so difflib's cheap filters pass
    and it computes the full ratio for almost every id. Before: each unknown card ran difflib over
    all 20,000 ids (and sorted them twice): 0.5 s per unknown id, 100 of them took 50 s.
    ``long_ids=False`` uses 10-character ids, so 80,000 unknown ones still fit the size cap.
    """
    def card(n: int) -> str:
        return f"the-soviet-economy-card-{n:05d}" if long_ids else f"card-{n:05d}"

    def typo(n: int) -> str:
        return f"the-soviet-economy-crad-{n:05d}" if long_ids else f"crad-{n:05d}"

    body = "".join(f"  - {{id: {card(n)}, text: x, factors: [f{n % 2}]}}\n" for n in range(cards))
    typos = [typo(n) for n in range(unknown)]
    paragraphs = "".join(f"        - factor: f0\n          cards: [{', '.join(typos[k:k + 2000])}]\n"
                         for k in range(0, unknown, 2000))
    return (HEAD + _factors(2) + "evidence:\n" + body + "prompts:\n  - id: why\n    question: Why?\n"
            "    factors: [f0, f1]\n    exemplar:\n      paragraphs:\n" + paragraphs).encode()


def unknown_factor_references(cards: int = 490, per_card: int = 200) -> bytes:
    """``cards`` cards each tagged with ``per_card`` distinct undeclared factors (98,000 by default).

    The pack declares ``factor-000`` to ``factor-199``; the cards use ``fcator-…``, one letter pair
    swapped, each one different. Before: difflib over 200 factors for each, and 48 MB of messages.
    """
    declared = "factors:\n" + "".join(f"  - {{id: factor-{k:03d}, name: Factor {k}}}\n" for k in range(per_card))
    lines = [HEAD, declared, "evidence:\n"]
    for n in range(cards):
        tags = ", ".join(f"fcator-{n:03d}{k:03d}" for k in range(per_card))
        lines.append(f"  - {{id: c{n}, text: x, factors: [{tags}]}}\n")
    lines.append("prompts:\n  - id: why\n    question: Why?\n    factors: [factor-000, factor-001]\n")
    return "".join(lines).encode()


def unknown_keys(count: int = 100_000) -> bytes:
    """One card with ``count`` misspelt keys: every one asks "did you mean"."""
    keys = "".join(f"    tetx{n}: x\n" for n in range(count))
    return (HEAD + _factors(2) + "evidence:\n  - id: c0\n    factors: [f0]\n" + keys
            + "prompts:\n  - id: why\n    question: Why?\n    factors: [f0, f1]\n").encode()


def many_prompts_many_cards(prompts: int = 500, cards: int = 19_000) -> bytes:
    """The most prompts and nearly the most cards a pack may have, for ``validate --explain``."""
    body = "".join(f"  - {{id: p{n}, question: Q{n}?, factors: [f0, f1], sides: [{{name: A, factors: [f0]}}, "
                   f"{{name: B, factors: [f1]}}]}}\n" for n in range(prompts))
    return (HEAD + _factors(2) + _cards(cards) + "prompts:\n" + body).encode()


def long_plan_paragraphs(paragraphs: int = 100, cards: int = 2000, pack: str = "small",
                         prompt: str = "why") -> bytes:
    """A plan at the paragraph and card-per-paragraph limits: 200,000 card ids (1.6 MB).

    Before: every id was looked up in a list of the paragraph's ids so far (quadratic).
    """
    lines = [f"format: coexist-plan/1\npack: {pack}\nprompt: {prompt}\nparagraphs:\n"]
    for p in range(paragraphs):
        ids = ",".join(f"k{p}x{n}" for n in range(cards))
        lines.append(f"  - cards: [{ids}]\n")
    return "".join(lines).encode()


def control_pack() -> bytes:
    """A valid pack with every control character in its version, title, author, names, cards and question."""
    q = yaml_quoted
    return f"""format: coexist-pack/1
id: ctl
title: {q("Title " + HOSTILE_TEXT)}
version: {q("1" + CONTROLS[0] + CONTROLS[1] + CONTROLS[2])}
author: {q("Author " + HOSTILE_TEXT)}
description: {q("Description " + HOSTILE_TEXT)}
factors:
  - id: economy
    name: {q("Economy " + HOSTILE_TEXT)}
    hint: {q("Hint " + HOSTILE_TEXT)}
  - id: nuclear
    name: {q("Nuclear " + HOSTILE_TEXT)}
evidence:
  - id: e1
    text: {q("Card one " + HOSTILE_TEXT)}
    factors: [economy]
    detail: {q("Detail " + HOSTILE_TEXT)}
  - id: e2
    text: {q("Card two " + HOSTILE_TEXT)}
    factors: [economy]
  - id: n1
    text: {q("Card three " + HOSTILE_TEXT)}
    factors: [nuclear]
  - id: n2
    text: {q("Card four " + HOSTILE_TEXT)}
    factors: [nuclear]
prompts:
  - id: why
    question: {q("Why " + HOSTILE_TEXT + "?")}
    factors: [economy, nuclear]
    sides:
      - name: {q("Side A " + HOSTILE_TEXT)}
        factors: [economy]
      - name: {q("Side B " + HOSTILE_TEXT)}
        factors: [nuclear]
    exemplar:
      paragraphs:
        - factor: economy
          point: {q("Point " + HOSTILE_TEXT)}
          cards: [e1, e2]
        - factor: nuclear
          cards: [n1, n2]
      judgement:
        most_important: economy
        text: {q("Judgement " + HOSTILE_TEXT)}
""".encode()


def control_plan(pack: str = "ctl") -> bytes:
    """A plan for ``control_pack`` with control characters in every free text, and unknown cards."""
    q = yaml_quoted
    return f"""format: coexist-plan/1
pack: {pack}
pack_version: {q("1" + CONTROLS[0])}
prompt: why
author: {q("Student " + HOSTILE_TEXT)}
paragraphs:
  - factor: economy
    point: {q("Point " + HOSTILE_TEXT)}
    cards: [e1, n1, own-1, gone-card]
  - factor: nuclear
    cards: [n2]
own_cards:
  - id: own-1
    text: {q("Own card " + HOSTILE_TEXT)}
    factors: [economy]
    detail: {q("Own detail " + HOSTILE_TEXT)}
judgement:
  most_important: economy
  text: {q("Judgement " + HOSTILE_TEXT)}
""".encode()


def control_format_plan() -> bytes:
    """Not a plan: its ``format`` is an OSC 52 sequence that fits in the 40 characters quoted back."""
    return ('format: "\\e]52;c;cHduZWQ=\\a\\e[2J\\rX"\npack: ctl\nprompt: why\n').encode()


# -- files that are not regular files ---------------------------------------------------------------------

def make_special_files(folder: Path) -> dict[str, Path]:
    """FIFOs, device links, a symbolic-link loop, a dangling link and a folder, each named like a plan.

    Returns name -> path for the ones this system can make (FIFOs need POSIX).
    """
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}

    def link(name: str, target: str | Path) -> None:
        path = folder / name
        try:
            path.symlink_to(target)
        except OSError:
            return
        made[name] = path

    if hasattr(os, "mkfifo"):
        fifo = folder / "fifo.plan.yaml"
        os.mkfifo(fifo)
        made[fifo.name] = fifo
    if not sys.platform.startswith("win"):
        link("zero.plan.yaml", "/dev/zero")
        link("urandom.plan.yaml", "/dev/urandom")
        link("null.plan.yaml", "/dev/null")
    link("loop.plan.yaml", folder / "loop.plan.yaml")
    link("dangling.plan.yaml", folder / "nowhere" / "gone.plan.yaml")
    directory = folder / "folder.plan.yaml"
    directory.mkdir()
    made[directory.name] = directory
    return made


def make_sparse(path: Path, size: int = 3 * 1024 ** 3) -> Path:
    """A file of ``size`` bytes (3 GiB) that takes no disk space: reading it whole costs the memory."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path
