"""The starter pack ``coexist-gui new-pack`` writes: small, commented, valid with no warning.

Its first line points YAML editors that use yaml-language-server (VS Code's YAML
extension, Neovim, Helix…) at ``pack.schema.json`` for completion and checks.
"""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

_SCHEMA_NAME = "pack.schema.json"
_NOT_ID = re.compile(r"[^a-z0-9]+")

_STARTER = """\
# yaml-language-server: $schema=@SCHEMA@
#
# A starter prompt pack for Coexist. Change the texts, add your own factors, cards and
# prompts, then check it with:   coexist-gui validate --explain @FILE@
# The full reference is docs/pack-format.md. Every value is read as text; put text that
# contains ': ' or ' #' in quotes. Indent with spaces, never tabs.
format: coexist-pack/1
id: @ID@                # a-z, 0-9 and '-'; plans record it, so keep it once students use the pack
title: The fall of the Berlin Wall, 1989
version: "1"                # change it whenever you change the pack
author: Your name
description: >-
  A starter pack: two factors, seven cards and one "how far" question with a model plan.

# The causes or themes an essay can be organised by: one paragraph each in a plan.
factors:
  - id: gorbachev
    name: Gorbachev's reforms
    description: Changes in Soviet policy under Mikhail Gorbachev.
    hint: "Look for what Gorbachev changed at home and what he stopped doing in Eastern Europe."
  - id: protest
    name: Protest in East Germany
    description: East Germans leaving the country and demonstrating in its streets.
    hint: "Look for where and when East Germans marched, and how many left for the West."

# The evidence bank: one fact per card, tagged with every factor it supports.
evidence:
  - id: gorbachev-reforms
    text: "Gorbachev became Soviet leader in 1985 and began reforms known as glasnost and perestroika."
    factors: [gorbachev]
    year: 1985
  - id: un-troop-cuts
    text: "In December 1988 Gorbachev told the United Nations that Soviet forces would be cut by 500,000 men."
    factors: [gorbachev]
    year: 1988
  - id: no-tanks
    text: "In 1989 the Soviet Union let its allies go their own way instead of sending tanks as in 1956 and 1968."
    factors: [gorbachev]
    year: 1989
  - id: hungary-border
    text: "In May 1989 Hungary began taking down its border fence with Austria, opening a way west."
    factors: [gorbachev, protest]     # a card can support more than one factor
    detail: "Thousands of East Germans on holiday in Hungary used the open border to reach West Germany."
    year: 1989
  - id: leipzig-marches
    text: "From September 1989 crowds marched through Leipzig every Monday demanding reform."
    factors: [protest]
    year: 1989
  - id: alexanderplatz
    text: "On 4 November 1989 hundreds of thousands of people demonstrated in East Berlin's Alexanderplatz."
    factors: [protest]
    year: 1989
  - id: crossings-opened
    text: "On the night of 9 November 1989 crowds gathered at the Berlin crossings until the guards opened them."
    factors: [protest]
    year: 1989

# The essay questions.
prompts:
  - id: how-far-gorbachev
    question: "How far were Gorbachev's reforms responsible for the fall of the Berlin Wall in 1989?"
    factors: [gorbachev, protest]   # one paragraph per factor, in this order
    sides:                          # only for "how far" questions: balance compares the sides
      - name: Gorbachev's reforms were responsible
        factors: [gorbachev]
      - name: Other factors were responsible
        factors: [protest]
    min_cards: 2                    # counted cards a factor needs for full breadth
    minutes: 20                     # suggested planning time (optional)
    hide_tags: false                # true hides the factor chips on cards ("blind mode")
    show_score: live                # on_check shows the score only when the student asks
    exemplar:                       # a model plan: the validator checks it can reach band 5
      paragraphs:
        - factor: gorbachev
          point: >-
            Gorbachev's reforms removed the threat that had kept the Wall standing, because once
            Soviet tanks would no longer come, East Germany's rulers could not rely on force.
          cards: [un-troop-cuts, no-tanks]
        - factor: protest
          point: >-
            East Germans themselves forced the border open: the Leipzig marches and the crowds
            at the crossings turned a possible change into an actual one.
          cards: [leipzig-marches, crossings-opened]
      judgement:
        most_important: protest
        text: >-
          The protests mattered more, because it was the crowds in Leipzig and Berlin who
          actually forced the crossings open in November 1989, although Gorbachev's reforms
          made the fall possible by ruling out Soviet tanks.
"""


def schema_path() -> Path:
    """``pack.schema.json``: inside the installed package, or in ``resources/`` of a source checkout."""
    packaged = Path(str(resources.files("coexist_gui"))) / "resources" / _SCHEMA_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources" / _SCHEMA_NAME


def schema_reference(path: Path | None = None) -> str:
    """How the modeline names the schema file: an absolute path (a file: URI on Windows)."""
    path = (path or schema_path()).resolve()
    return path.as_uri() if sys.platform.startswith("win") else path.as_posix()


def pack_id_for(file_name: str) -> str:
    """An id from a file name: ``Cold War 1945.yaml`` → ``cold-war-1945``; ``my-pack`` when nothing is left."""
    stem = re.sub(r"\.(ya?ml)$", "", Path(file_name).name, flags=re.IGNORECASE)
    slug = _NOT_ID.sub("-", stem.lower()).strip("-")[:64].strip("-")
    return slug or "my-pack"


def starter_pack(pack_id: str = "my-pack", schema: str = _SCHEMA_NAME, file_name: str = "mypack.yaml") -> str:
    """The starter pack's text. ``schema`` is what the first line points editors at."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", pack_id):
        raise ValueError(f"'{pack_id}' is not a valid id")
    schema = schema.replace("\n", " ").replace("\r", " ")
    file_name = file_name.replace("\n", " ").replace("\r", " ")
    return _STARTER.replace("@SCHEMA@", schema).replace("@FILE@", file_name).replace("@ID@", pack_id)
