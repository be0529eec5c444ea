"""Problems found in a pack or plan file, reported as ``PATH:LINE:COL: severity: message``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import i18n
from .i18n import _, pgettext

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
    code: str = ""  # what kind of problem, for code that must tell one from another ("wrong_format")

    def __str__(self) -> str:
        return f"{self.path}:{max(self.line, 1)}:{max(self.col, 1)}: {severity_word(self.severity)}: {self.message}"

    def render(self) -> str:
        """The one-line form plus the place, the source line with a caret, and a hint."""
        lines = [str(self)]
        if self.where:
            # Translators: the place in the file a problem is at, in the file's own key names.
            lines.append("  " + _("in {where}").format(where=self.where))
        if self.source and self.line > 0:
            gutter = f"{self.line:>5} | "
            source, col = self.source, max(self.col - 1, 0)
            if col > 60:  # show a window of a very long line around the column
                source, col = "…" + source[col - 40:], 41
            source = source[:100]
            lines.append(gutter + source)
            lines.append(" " * (len(gutter) - 2) + "| " + " " * col + "^")
        if self.hint:
            lines.append("  " + _("hint: {hint}").format(hint=self.hint))
        return "\n".join(lines)


def severity_word(severity: str) -> str:
    """ "error" or "warning" as the problem lines say it (translated: "Fehler", "Warnung")."""
    return _severity_words(i18n.language())[severity == "warning"]


@lru_cache(maxsize=8)
def _severity_words(language: str) -> tuple[str, str]:
    return (pgettext("severity of a problem in a file", "error"),
            pgettext("severity of a problem in a file", "warning"))


class LoadError(Exception):
    """A file could not be read; ``problems`` lists every error (and any warnings)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        # the exception's own text names the first errors only: a file can hold 100,000 of them
        super().__init__("\n".join(str(p) for p in self.errors[:SHOWN]) or "invalid file")

    @property
    def errors(self) -> list[Problem]:
        return errors_in(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return warnings_in(self.problems)


def errors_in(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def warnings_in(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "warning"]


class YamlError(LoadError):
    """The bytes are not a single, plain YAML document within our limits."""


class PackError(LoadError):
    """A prompt pack is not valid."""


class PlanError(LoadError):
    """A plan file is not valid."""


_QUOTED = re.compile(r"'[^']*'")
_NUMBER = re.compile(r"\d[\d,.]*")


def did_you_mean(guess: str | None) -> str:
    """What follows a message about an unknown name when a known one is close: " — did you mean 'text'?"."""
    return _(" — did you mean '{guess}'?").format(guess=guess) if guess else ""


@lru_cache(maxsize=8)
def _guess_pattern(language: str) -> re.Pattern[str]:
    return re.compile(re.escape(did_you_mean("\x00")).replace("\x00", "[^']*"))


def kind(problem: Problem) -> str:
    """What a problem says without the values it quotes: "error: unknown factor '…'"."""
    language = i18n.language()
    return _kind(problem, _guess_pattern(language), _severity_words(language))


def _kind(problem: Problem, guess: re.Pattern[str], severities: tuple[str, str]) -> str:
    message = _NUMBER.sub("N", _QUOTED.sub("'…'", guess.sub("", problem.message)))
    return f"{severities[problem.severity == 'warning']}: {message}"


def shown_first(problems: Sequence[Problem], limit: int = SHOWN) -> tuple[list[Problem], list[tuple[str, int]]]:
    """The first ``limit`` problems, and the others counted by ``kind``, most frequent first."""
    language = i18n.language()  # looked up once: a file can hold 100,000 problems
    guess, severities = _guess_pattern(language), _severity_words(language)
    rest = Counter(_kind(p, guess, severities) for p in problems[limit:])
    return list(problems[:limit]), rest.most_common()
