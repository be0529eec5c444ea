"""A class report: many students' plans scored at once, grouped by prompt, with a summary.

Input is plan files (or folders of ``*.plan.yaml``) and the packs they may use. A plan
that cannot be read or scored is listed with its error and skipped; it never stops
the report. Renderers: a text table for the terminal, CSV (one row per plan, formula
cells neutralised), Markdown and one self-contained HTML file (inline CSS and SVG,
a Content-Security-Policy that forbids scripts and loads, every text escaped).
"""

from __future__ import annotations

import csv
import html
import io
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping

from .feedback import band_label
from .history import neutralise_cell
from .i18n import N_, _, date_text, language, ngettext
from .languages import direction
from .model import Pack, Plan, Prompt
from .plaintext import one_line
from .plan import load_plan
from .plan_document import blocks_html, duration, markdown_escape, plan_blocks
from .problems import LoadError, Problem
from .scoring import Score, percent, score

PLAN_GLOB = "*.plan.yaml"
TOP_MISPLACED = 5


@dataclass(frozen=True)
class PlanRow:
    path: Path
    plan: Plan
    score: Score

    @property
    def label(self) -> str:
        """The student's name, or the file name when the plan has none."""
        return self.plan.author.strip() or self.path.name

    @property
    def covered(self) -> tuple[str, ...]:
        """Prompt factors with at least one counted card."""
        return tuple(f.id for f in self.score.factors if f.counted)


@dataclass(frozen=True)
class Skipped:
    path: Path
    problem: Problem  # the first error, as PATH:LINE:COL

    def __str__(self) -> str:
        return str(self.problem)


@dataclass
class PromptGroup:
    pack: Pack
    prompt: Prompt
    rows: list[PlanRow] = field(default_factory=list)

    def coverage(self) -> list[tuple[str, str, int]]:
        """(factor id, name, plans with at least one counted card for it), in the prompt's order."""
        counts = Counter(f for row in self.rows for f in row.covered)
        return [(f, self.pack.factor_name(f), counts[f]) for f in self.prompt.factors]

    def misplaced(self, limit: int = TOP_MISPLACED) -> list[tuple[str, str, int]]:
        """The pack cards most often misplaced: (card id, text, plans), most first, then by pack order."""
        counts = Counter(c for row in self.rows for c in row.score.misplaced if self.pack.card(c) is not None)
        order = {card.id: index for index, card in enumerate(self.pack.cards)}
        ranked = sorted(counts.items(), key=lambda item: (-item[1], order[item[0]]))
        return [(c, self.pack.card(c).text, n) for c, n in ranked[:limit]]  # type: ignore[union-attr]

    def bands(self) -> dict[int, int]:
        counts = Counter(row.score.band for row in self.rows)
        return {band: counts[band] for band in range(1, 6)}

    def mean(self) -> float:
        return sum(row.score.overall for row in self.rows) / len(self.rows) if self.rows else 0.0


@dataclass
class ClassReport:
    groups: list[PromptGroup]
    skipped: list[Skipped]

    @property
    def scored(self) -> int:
        return sum(len(group.rows) for group in self.groups)


def plan_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Files to read, in argument order: folders give their ``*.plan.yaml`` entries by name; each file once.

    Every entry a folder lists by that name is kept, whatever it is (a FIFO, a device, a link to
    itself, a folder): reading it then says why it is skipped, so nothing is left out in silence.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(path.glob(PLAN_GLOB))
            if not found:
                skipped.append(Skipped(path, Problem(str(path), 0, 0, _("no {pattern} files in this folder").format(
                    pattern=PLAN_GLOB))))
        else:
            found = [path]
        for item in found:
            key = os.path.realpath(item)  # unlike Path.resolve(), never raises on a symbolic-link loop
            if key not in seen:
                seen.add(key)
                files.append(item)
    return files, skipped


def _first_error(exc: LoadError) -> Problem:
    """The error that best says what is wrong: a wrong ``format`` (a pack given as a plan) first."""
    errors = exc.errors or exc.problems
    return next((p for p in errors if p.code == "wrong_format"), errors[0])


class Cancelled(Exception):
    """``build_report`` was told to stop (the window closed, or another folder was chosen)."""


def build_report(paths: Iterable[str | Path], packs: Mapping[str, Pack], *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ClassReport:
    """Score every plan with the pack its ``pack`` id names in ``packs``.

    ``progress(done, total)`` is called before each file and at the end; ``cancelled()``, asked
    before each file, stops the work with ``Cancelled`` (the window reads a class in a worker thread).
    """
    files, skipped = plan_files(paths)
    groups: dict[tuple[str, str], PromptGroup] = {}
    for number, path in enumerate(files):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(number, len(files))
        try:
            plan = load_plan(path)
        except LoadError as exc:
            skipped.append(Skipped(path, _first_error(exc)))
            continue
        pack = packs.get(plan.pack)
        if pack is None:
            skipped.append(Skipped(path, Problem(str(path), 0, 0, _("pack '{pack}' is not installed or given with "
                                                                    "--pack").format(pack=plan.pack),
                                                 hint=_("install it or pass it with --pack"))))
            continue
        prompt = pack.prompt(plan.prompt)
        if prompt is None:
            skipped.append(Skipped(path, Problem(str(path), 0, 0, _("pack '{pack}' (version {version}) has no prompt "
                                                                    "'{prompt}'").format(
                pack=pack.id, version=pack.version, prompt=plan.prompt))))
            continue
        group = groups.setdefault((pack.id, prompt.id), PromptGroup(pack, prompt))
        group.rows.append(PlanRow(path, plan, score(plan, pack, prompt)))
    if progress is not None:
        progress(len(files), len(files))
    return ClassReport(list(groups.values()), skipped)


_CAP_LABELS = {
    "one_sided": lambda: _("one-sided: held in band 2"),
    "no_points": lambda: _("no points written: held in band 2"),
    "descriptive": lambda: _("points describe: held in band 3"),
    "no_conclusion": lambda: _("no conclusion: held in band 4"),
    "no_factor_chosen": lambda: _("no factor chosen: held in band 4"),
    "not_weighed": lambda: _("judgement not weighed: held in band 4"),
    "not_analytical": lambda: _("not analytical throughout: held in band 4"),
}


def problem_labels(row: PlanRow, group: PromptGroup) -> tuple[str, ...]:
    """What holds a plan back, in a few words each: a band cap, factors without evidence, misplaced and
    missing cards (the feedback says the rest)."""
    s = row.score
    labels = []
    if s.cap in _CAP_LABELS:
        labels.append(_CAP_LABELS[s.cap]())
    missing = [f for f in group.prompt.factors if f not in row.covered]
    if missing:
        labels.append(ngettext("{n} factor without evidence", "{n} factors without evidence",
                               len(missing)).format(n=len(missing)))
    if s.misplaced:
        labels.append(ngettext("{n} card misplaced", "{n} cards misplaced",
                               len(s.misplaced)).format(n=len(s.misplaced)))
    if s.unknown_cards:
        labels.append(ngettext("{n} card not in the pack", "{n} cards not in the pack",
                               len(s.unknown_cards)).format(n=len(s.unknown_cards)))
    return tuple(labels)


# -- the table, shared by every format ----------------------------------------------------------------------

# A plan without an author is shown by its file name, so the first column says it may hold either.
# Translators: the columns of the class report's table, one row per student's plan.
_COLUMNS = (N_("student or file"), N_("prompt"), N_("overall"), N_("band"), N_("range"), N_("balance"),
            N_("selection"), N_("analysis"), N_("judgement"), N_("own cards"), N_("time used"), N_("factors covered"))
COLUMNS = _COLUMNS  # the English headings; ``columns()`` gives them in the language in use


def columns() -> list[str]:
    return [_(c) for c in _COLUMNS]
_NUMERIC = {2, 4, 5, 6, 7, 8, 9}


def _cells(row: PlanRow, group: PromptGroup) -> list[str]:
    s = row.score
    return [row.label, group.prompt.id, str(s.overall), f"{s.band} {s.band_name}"] + \
        [str(percent(c.value)) for c in s.criteria] + \
        [str(len(s.own_cards)), duration(row.plan.time_used) if row.plan.time_used else "–",
         f"{len(row.covered)}/{len(group.prompt.factors)}"]


def _heading(group: PromptGroup) -> str:
    return _("{question} (prompt '{prompt}', pack '{pack}' version {version})").format(
        question=group.prompt.question, prompt=group.prompt.id, pack=group.pack.id, version=group.pack.version)


# -- text ---------------------------------------------------------------------------------------------------


def _plans(count: int) -> str:
    return ngettext("{count} plan", "{count} plans", count).format(count=count)


def _summary(group: PromptGroup) -> str:
    return _("Summary: {plans}, mean overall {mean}").format(plans=_plans(len(group.rows)), mean=f"{group.mean():.0f}")


def _made() -> str:
    return _("Made on {date}.").format(date=date_text(time.time()))


def report_text(report: ClassReport, *, list_skipped: bool = True) -> str:
    """A readable table per prompt, then its summary; skipped plans at the end.

    ``list_skipped=False`` only counts them: for the command line, which prints each one to stderr.
    """
    out: list[str] = []
    for group in report.groups:
        rows = [columns()] + [[one_line(c, 30) for c in _cells(row, group)] for row in group.rows]
        widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
        numeric = _NUMERIC
        out += [one_line(_heading(group), 200), ""]
        for r in rows:
            out.append("  ".join(c.rjust(w) if i in numeric else c.ljust(w)
                                 for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        n = len(group.rows)
        out += ["", _summary(group), "  " + _("Factor coverage (plans with at least one counted card):")]
        out += ["    " + _("{factor}: {count} of {total}").format(factor=one_line(name, 40), count=count, total=n)
                for _id, name, count in group.coverage()]
        misplaced = group.misplaced()
        out.append("  " + (_("Most often misplaced cards:") if misplaced else _("Most often misplaced cards: none")))
        out += ["    " + _plans(count) + ": \"" + one_line(text, 70) + f"\" ({card_id})"
                for card_id, text, count in misplaced]
        out.append("  " + _("Bands:") + " " + ", ".join(f"{band} {band_label(band)}: {count}"
                                                       for band, count in group.bands().items()))
        out.append("")
    skipped = len(report.skipped)
    if report.skipped and not list_skipped:
        out.append(ngettext("Skipped {count} file: the reason is in the error message.",
                            "Skipped {count} files: the reasons are in the error messages.", skipped).format(
            count=skipped))
    elif report.skipped:
        out.append(ngettext("Skipped {count} file:", "Skipped {count} files:", skipped).format(count=skipped))
        out += [f"  {one_line(str(item), 300)}" for item in report.skipped]
    elif not report.groups:
        out.append(_("No plans to report."))
    return "\n".join(out).rstrip() + "\n"


# -- CSV ----------------------------------------------------------------------------------------------------

CSV_COLUMNS = ("file", "student", "pack", "pack_version", "prompt", "question", "scoring", "overall", "band",
               "band_name", "range", "balance", "selection", "analysis", "judgement", "own_cards_used",
               "time_used_seconds", "factors_covered", "factors_total", "covered", "missing", "misplaced_cards",
               "own_cards")


def report_csv(report: ClassReport) -> str:
    """One row per scored plan (the summary is in the other formats). Text cells cannot start a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for group in report.groups:
        names = {f: group.pack.factor_name(f) for f in group.prompt.factors}
        for row in group.rows:
            s = row.score
            covered = row.covered
            text = [row.path.name, row.plan.author, group.pack.id, group.pack.version, group.prompt.id,
                    group.prompt.question, s.version]
            numbers = [s.overall, s.band]
            own = {card.id: card.text for card in row.plan.own_cards}
            scores = [percent(c.value) for c in s.criteria] + [len(s.own_cards), row.plan.time_used, len(covered),
                                                               len(group.prompt.factors)]
            lists = ["; ".join(names[f] for f in covered),
                     "; ".join(names[f] for f in group.prompt.factors if f not in covered),
                     "; ".join(s.misplaced), " | ".join(own[c] for c in s.own_cards if c in own)]
            writer.writerow([neutralise_cell(t) for t in text] + numbers + [neutralise_cell(s.band_name)] + scores
                            + [neutralise_cell(t) for t in lists])
    return out.getvalue()


# -- Markdown -----------------------------------------------------------------------------------------------


def _md_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(markdown_escape(c) for c in cells) + " |"


def report_markdown(report: ClassReport) -> str:
    parts = ["# " + _("Class report"), _made() + " " + _(_NOT_MARKS)]
    for group in report.groups:
        n = len(group.rows)
        heads = columns()
        table = [_md_row(heads), "|" + "---|" * len(heads)] + [_md_row(_cells(r, group)) for r in group.rows]
        parts += ["## " + markdown_escape(_heading(group)), "\n".join(table),
                  "**" + _("Summary:") + "** " + _("{plans}, mean overall {mean}.").format(
                      plans=_plans(n), mean=f"{group.mean():.0f}"),
                  "### " + _("Factor coverage") + "\n\n" + "\n".join(
                      "- " + _("{factor}: {count} of {plans}").format(factor=markdown_escape(name), count=count,
                                                                     plans=_plans(n))
                      for _id, name, count in group.coverage())]
        misplaced = group.misplaced()
        parts.append("### " + _("Most often misplaced cards") + "\n\n" + ("\n".join(
            f"- {_plans(count)}: {markdown_escape(text)} ({markdown_escape(card_id)})"
            for card_id, text, count in misplaced) or _("None.")))
        parts.append("### " + _("Bands") + "\n\n" + "\n".join(
            "- " + _("Band {band} ({name}): {count}").format(band=band, name=band_label(band), count=count)
            for band, count in group.bands().items()))
    if report.skipped:
        parts.append("## " + _("Skipped files") + "\n\n" + "\n".join(f"- {markdown_escape(str(item))}"
                                                                    for item in report.skipped))
    return "\n\n".join(parts) + "\n"


# -- HTML ---------------------------------------------------------------------------------------------------

_NOT_MARKS = N_("Scores are plan indicators to help students improve their plans, not exam marks.")

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 70em;
       padding: 0 1em; color: #1a1a1a; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; }
.note, .muted { color: #555; } svg text { font-size: 12px; fill: #1a1a1a; }
section.plan { border: 1px solid #ccc; border-radius: 4px; padding: 0 1em 0.5em; margin: 1em 0; }
section.plan h3 { margin-top: 0.8em; } section.plan h4 { font-size: 1em; margin-bottom: 0.3em; }
a { color: #0b5394; }
@media print { h2 { break-before: auto; } .charts, section.plan { break-inside: avoid; } }
"""
_BAND_COLOURS = {1: "#d55e00", 2: "#e69f00", 3: "#f0e442", 4: "#56b4e9", 5: "#009e73"}  # Okabe-Ito


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _bar_chart(title: str, bars: list[tuple[str, int, str]], total: int) -> str:
    """A horizontal bar chart as inline SVG: (label, value, colour) per bar, bars scaled to ``total``."""
    label_w, bar_w, row_h = 190, 260, 24
    height = row_h * len(bars) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 50}" height="{height}" '
             f'role="img" aria-label="{_e(title)}">', f"<title>{_e(title)}</title>",
             f'<text x="0" y="14" font-weight="bold">{_e(title)}</text>']
    for i, (label, value, colour) in enumerate(bars):
        y = 24 + i * row_h
        width = round(bar_w * value / total) if total else 0
        parts.append(f'<text x="0" y="{y + 15}">{_e(one_line(label, 28))}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="16" fill="#eeeeee"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{width}" height="16" fill="{colour}"/>')
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 15}">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html_cell(index: int, text: str, anchor: str) -> str:
    if index == 0:  # the student: a link to their whole plan further down the page
        return f'<td dir="auto"><a href="#{anchor}">{_e(text)}</a></td>'
    return f'<td class="n">{_e(text)}</td>' if index in _NUMERIC else f'<td dir="auto">{_e(text)}</td>'


def _html_plan(row: PlanRow, group: PromptGroup, anchor: str, back: str) -> str:
    """One student's plan in full (points, cards with own cards marked, judgement, score, feedback)."""
    blocks = plan_blocks(row.plan, group.pack, row.score)[1:]  # the question is the section's heading already
    rtl = direction(group.pack.language) == "rtl"
    return (f'<section class="plan" id="{anchor}"><h3 dir="auto">{_e(row.label)}</h3>\n'
            f"{blocks_html(blocks, levels=2, styled=False, rtl=rtl)}"
            f'<p class="muted"><a href="#{back}">{_e(_("Back to the table"))}</a></p></section>')


def report_html(report: ClassReport, title: str = "") -> str:
    """One self-contained HTML file: no scripts, no external resources (the CSP forbids them too).

    The page is in the language in use; text from packs and plans gets ``dir="auto"``, so a pack in a
    right-to-left language reads right to left inside it. Each student's name in a table links to their
    whole plan, further down the same page.
    """
    title = title or _("Class report")
    body = [f"<h1>{_e(title)}</h1>", f'<p class="note">{_e(_made())} {_e(_(_NOT_MARKS))}</p>']
    plans: list[str] = []
    for number, group in enumerate(report.groups, start=1):
        n = len(group.rows)
        head = "".join(f"<th>{_e(c)}</th>" for c in columns())
        anchors = [f"plan-{number}-{index}" for index in range(1, n + 1)]
        rows = "".join("<tr>" + "".join(_html_cell(i, c, anchor) for i, c in enumerate(_cells(r, group))) + "</tr>"
                       for r, anchor in zip(group.rows, anchors, strict=True))
        body += [f'<h2 id="prompt-{number}" dir="auto">{_e(_heading(group))}</h2>',
                 f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>",
                 f"<p><b>{_e(_('Summary:'))}</b> " + _e(_("{plans}, mean overall {mean}.").format(
                     plans=_plans(n), mean=f"{group.mean():.0f}")) + "</p>"]
        plans.append(f'<h2 id="plans-{number}" dir="auto">'
                     + _e(_("Plans: {question}").format(question=one_line(group.prompt.question, 200))) + "</h2>\n"
                     + "\n".join(_html_plan(r, group, anchor, f"prompt-{number}")
                                 for r, anchor in zip(group.rows, anchors, strict=True)))
        bands = [(_("Band {band}: {name}").format(band=b, name=band_label(b)), count, _BAND_COLOURS[b])
                 for b, count in group.bands().items()]
        coverage = [(name, count, "#0072b2") for _id, name, count in group.coverage()]
        body.append('<div class="charts">' + _bar_chart(_("Plans per band"), bands, n)
                    + _bar_chart(_("Plans covering each factor"), coverage, n) + "</div>")
        misplaced = group.misplaced()
        body.append(f"<h3>{_e(_('Most often misplaced cards'))}</h3>")
        body.append("<ul>" + "".join(f'<li dir="auto">{_e(_plans(count))}: {_e(text)} <span class="muted">'
                                     f"({_e(card_id)})</span></li>" for card_id, text, count in misplaced) + "</ul>"
                    if misplaced else f"<p>{_e(_('None.'))}</p>")
    if report.skipped:
        body.append(f"<h2>{_e(_('Skipped files'))}</h2><ul>" + "".join(f"<li>{_e(str(item))}</li>"
                                                                         for item in report.skipped) + "</ul>")
    body += plans
    return (f"<!DOCTYPE html>\n<html lang=\"{language()}\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n" + "\n".join(body)
            + "\n</body>\n</html>\n")
