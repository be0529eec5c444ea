"""Checking a pack while it is being edited, with the one validator, in the words ``validate`` uses.

``check_draft`` writes the pack as the editor would save it and reads that text back with
``parse_pack`` (leniently, so a pack still missing things is checked too): the problems are
exactly what ``coexist-gui validate`` would print for the saved file, at the same lines, and
each line says which card, factor, prompt or field it belongs to. It also makes the
``--explain`` summary, and checks that the saved text gives the very same pack back.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import _, number
from ..model import Pack
from ..pack import MAX_PACK_BYTES, parse_pack
from ..pack_summary import PackSummary, explain_pack, format_explain
from ..problems import LoadError, Problem, errors_in, warnings_in
from .writer import Location, WrittenPack, write_pack


@dataclass(frozen=True)
class DraftCheck:
    pack: Pack
    written: WrittenPack
    problems: tuple[Problem, ...]
    summary: PackSummary
    faithful: bool  # reading the written text gives ``pack`` back exactly

    @property
    def errors(self) -> list[Problem]:
        return errors_in(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return warnings_in(self.problems)

    def location(self, problem: Problem) -> Location | None:
        return self.written.location(problem.line)

    def explain_text(self) -> str:
        return format_explain(self.summary)


def check_draft(pack: Pack, path: str) -> DraftCheck:
    """Validate ``pack`` as it would be saved to ``path`` (only used in the messages)."""
    written = write_pack(pack)
    data = written.text.encode("utf-8")
    faithful = False
    try:
        loaded = parse_pack(data, path, lenient=True)
        problems = list(loaded.warnings)
        faithful = loaded.pack == pack
    except LoadError as exc:
        problems = list(exc.problems)
    if len(data) > MAX_PACK_BYTES:  # parse_pack said so already; say what to do in the editor's terms
        problems.append(Problem(path, 0, 0, _("the pack is {size} MiB; the limit is {limit} MiB").format(
            size=number(len(data) / 1048576, 1), limit=number(MAX_PACK_BYTES // 1048576)),
            hint=_("split it into smaller packs")))
    elif not faithful:
        problems.append(Problem(path, 0, 0, _("the editor cannot save this pack exactly as it is"),
                                hint=_("please report this; the pack on disk has not been changed")))
    return DraftCheck(pack, written, tuple(problems), explain_pack(pack), faithful)


def failed_check(pack: Pack, path: str, error: Exception) -> DraftCheck:
    """What the editor shows when checking itself failed (a bug): one error saying so, nothing else."""
    problem = Problem(path, 0, 0, _("the pack could not be checked ({error}); please report this").format(
        error=type(error).__name__), hint=_("saving still works; the validator runs again on the next change"))
    return DraftCheck(pack, write_pack(pack), (problem,), PackSummary(pack, ()), True)
