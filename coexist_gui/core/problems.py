"""Problems found in a pack or plan file, reported as ``PATH:LINE:COL: severity: message``."""

from __future__ import annotations

from dataclasses import dataclass


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
        super().__init__("\n".join(str(p) for p in self.errors) or "invalid file")

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
