"""Problems found in a pack or plan file, reported as ``PATH:LINE:COL: severity: message``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# A systematic slip (a factor renamed in 20,000 cards) makes thousands of identical problems:
# the first SHOWN are listed one by one, the rest counted by kind.
SHOWN = 100


@dataclass(frozen=True)
class Problem:
    path: str
    line: int  # 1-based; 0 when the problem concerns the whole file
    col: int  # 1-based
    message: str
    severity: str = "error"  # "error" or "warning"
    where: str = ""  # the place in pack terms, e.g. "evidence[3] 'austria-treaty' → factors"
    hint: str = ""
    source: str = ""  # the offending line of the file

    def __str__(self) -> str:
        return f"{self.path}:{max(self.line, 1)}:{max(self.col, 1)}: {self.severity}: {self.message}"

    def render(self) -> str:
        """The one-line form plus the place, the source line with a caret, and a hint."""
        lines = [str(self)]
        if self.where:
            lines.append(f"  in {self.where}")
        if self.source and self.line > 0:
            gutter = f"{self.line:>5} | "
            source, col = self.source, max(self.col - 1, 0)
            if col > 60:  # show a window of a very long line around the column
                source, col = "…" + source[col - 40:], 41
            source = source[:100]
            lines.append(gutter + source)
            lines.append(" " * (len(gutter) - 2) + "| " + " " * col + "^")
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(lines)


class LoadError(Exception):
    """A file could not be read; ``problems`` lists every error (and any warnings)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        # the exception's own text names the first errors only: a file can hold 100,000 of them
        super().__init__("\n".join(str(p) for p in self.errors[:SHOWN]) or "invalid file")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


class YamlError(LoadError):
    """The bytes are not a single, plain YAML document within our limits."""


class PackError(LoadError):
    """A prompt pack is not valid."""


class PlanError(LoadError):
    """A plan file is not valid."""


_GUESS = re.compile(r" — did you mean '[^']*'\?")
_QUOTED = re.compile(r"'[^']*'")
_NUMBER = re.compile(r"\d[\d,.]*")


def kind(problem: Problem) -> str:
    """What a problem says without the values it quotes: "error: unknown factor '…'"."""
    message = _NUMBER.sub("N", _QUOTED.sub("'…'", _GUESS.sub("", problem.message)))
    return f"{problem.severity}: {message}"


def shown_first(problems: Sequence[Problem], limit: int = SHOWN) -> tuple[list[Problem], list[tuple[str, int]]]:
    """The first ``limit`` problems, and the others counted by ``kind``, most frequent first."""
    rest = Counter(kind(p) for p in problems[limit:])
    return list(problems[:limit]), rest.most_common()
