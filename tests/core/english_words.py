"""Finding English left in text that should be in another language: words that only English uses."""

from __future__ import annotations

import re

# Common English words that are not German words too ("also", "an", "in", "was", "will", "so" are).
ENGLISH = frozenset("""
the and of to is are with for not your you this that these those has have had from or by be it its which what when
where why how would should could there their they them been were into than then only each more most other some
any all none one two three card cards score scores scored question questions paragraph paragraphs point points
evidence factor factors prompt prompts pack packs plan's plans error errors warning warnings hint usage options
show help message exit file files folder counted placed band bands weight overall judgement conclusion range
balance selection analysis student students own cannot does doesn't did add write choose keep move take found
expected unknown missing empty needs needed too few many least most full credit side sides model exemplar
""".split())
COMMANDS = frozenset("validate score report install remove packs new-pack".split())
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|„[^“\n]*“|‚[^‘\n]*‘|‘[^’\n]*’|“[^”\n]*”")
_FILE_NAME = re.compile(r"\w\.\w")  # pack.schema.json, *.plan.yaml
_WORD = re.compile(r"(?<![\w'/.@-])[a-z]+(?:'[a-z]+)?(?![\w'/@-])")


def english_words(text: str) -> list[str]:
    """The English words in ``text`` outside quotations, paths and command names (empty when none)."""
    text = _QUOTED.sub(" ", text)
    text = " ".join(part for part in text.split() if "/" not in part and "\\" not in part
                    and not _FILE_NAME.search(part))
    return [w for w in _WORD.findall(text) if w in ENGLISH and w not in COMMANDS]
