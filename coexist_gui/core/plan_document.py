"""A plan as a document to hand in: Markdown for sharing, an HTML fragment for PDF and printing.

Everything a pack or a student wrote is untrusted text. Both renderers neutralise it
so that ``<img src=…>``, ``![x](…)`` or ``[a](…)`` show up literally and never become
an image, a link or a file to load. The content is built once as a list of blocks
and then rendered, so the two formats always say the same thing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .colours import factor_colours
from .feedback import criterion_label, render
from .i18n import N_, _, ngettext
from .languages import direction
from .model import CardSource, Pack, Plan
from .plaintext import printable
from .scoring import EXTRA, MISPLACED, OFF_QUESTION, OWN_NOT_COUNTED, Score, card_lookup, percent

# Backslash-escapable anywhere in a line: could start emphasis, code, a link, an image, a table cell or strikethrough.
_MD_INLINE = re.compile(r"([\\`*_\[\]()!|~{}])")
# Block syntax that only matters at the start of a line: headings, quotes, lists, rules, setext underlines.
_MD_LINE_START = re.compile(r"^( ?)(?:([#+\-=>])|(\d+)([.)]))")
# GitHub-flavoured Markdown turns bare text into links: www.x.org, http://, https://, ftp://, name@x.org,
# mailto:name@x.org, xmpp:… A backslash before the ':' of a scheme and the '.' after www breaks those
# patterns (the text shows the same). An e-mail address is found after escapes are undone (cmark-gfm
# joins the text first), so an empty HTML comment, which renders as nothing, goes after every '@';
# it also keeps "@name" from mentioning a GitHub user.
_MD_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=\S)|(?<=[0-9])(:)(?=//)|(?<=www)(\.)")
_MD_AT = "@<!---->"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


NBSP = "\u00a0"  # inside "3 min 53 s", so a line never breaks between a number and its unit


def duration(seconds: int) -> str:
    """A time as people write it ("3 min 53 s"), with non-breaking spaces."""
    minutes, secs = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        text = _("{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
    elif minutes:
        text = (_("{minutes} min {seconds} s").format(minutes=minutes, seconds=f"{secs:02d}") if secs
                else _("{minutes} min").format(minutes=minutes))
    else:
        text = _("{seconds} s").format(seconds=secs)
    return text.replace(" ", NBSP)


# -- the content, format-free ---------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A run of text; ``style`` is "" (plain), "b" (bold), "i" (muted italic) or a "#rrggbb" swatch.

    ``ours`` marks text this module wrote itself (labels, numbers): Markdown shows it as it is.
    Everything else (pack and plan text, and feedback, which quotes cards and factor names) is escaped.
    """

    text: str
    style: str = ""
    ours: bool = False


def _ours(text: str, style: str = "") -> Span:
    return Span(text, style, ours=True)


def _label(text: str) -> Span:
    """A bold label before a value ("Pack:"), with the space after it."""
    return Span(text + " ", "b", ours=True)


@dataclass(frozen=True)
class Block:
    kind: str  # "h1", "h2", "p", "ul"
    lines: tuple[tuple[Span, ...], ...]  # one line for headings and paragraphs, one per item for lists


def _line(*spans: Span) -> tuple[Span, ...]:
    return tuple(span for span in spans if span.text)


def _factor_name(pack: Pack, factor_id: str) -> str:
    if not factor_id:
        return _("no factor chosen")
    factor = pack.factor(factor_id)
    return factor.name if factor else _("unknown factor '{factor}'").format(factor=factor_id)


# Why a placed card does not count, as a note after it.
_STATE_NOTES = {
    MISPLACED: N_("does not count here: it fits another factor"),
    OFF_QUESTION: N_("does not count: it does not fit this question"),
    EXTRA: N_("does not count: more than this paragraph can use"),
    OWN_NOT_COUNTED: N_("does not count (see the feedback)"),
}


def _card_line(card_id: str, cards: CardSource, state: str = "") -> tuple[Span, ...]:
    card = cards.get(card_id)
    if card is None:
        return _line(Span(_("missing card '{card}'").format(card=card_id), "i"))
    note = _STATE_NOTES.get(state)
    return _line(_ours(f"{card.year} – " if card.year is not None else ""), Span(card.text),
                 _ours(" " + _("(own card, written by the student)") if card.own else "", "i"),
                 _ours(" — " + _(note) if note else "", "i"))


def plan_blocks(plan: Plan, pack: Pack, score: Score | None) -> list[Block]:
    """The report's content in reading order; ``score`` None leaves the score out (exam mode, unchecked)."""
    prompt = pack.prompt(plan.prompt)
    colours = factor_colours(pack, prompt)
    cards = card_lookup(plan, pack)
    blocks = [Block("h1", (_line(Span(prompt.question if prompt else plan.prompt)),))]
    meta = [_label(_("Pack:")), Span(pack.title)]
    if plan.author:
        meta += [_ours(" · "), _label(_("Author:")), Span(plan.author)]
    if plan.time_used:
        meta += [_ours(" · "), _label(_("Time used:")), _ours(duration(plan.time_used))]
    blocks.append(Block("p", (_line(*meta),)))

    for number, paragraph in enumerate(plan.paragraphs, start=1):
        swatch = colours.get(paragraph.factor) if pack.factor(paragraph.factor) else None
        blocks.append(Block("h2", (_line(_ours("■ " if swatch else "", swatch or ""),
                                         _ours(_("Paragraph {number}:").format(number=number) + " "),
                                         Span(_factor_name(pack, paragraph.factor))),)))
        if paragraph.point.strip():
            blocks.append(Block("p", (_line(_label(_("Point:")), Span(paragraph.point.strip())),)))
        if paragraph.cards:
            states = dict(score.paragraphs[number - 1].cards) if score is not None else {}
            blocks.append(Block("ul", tuple(_card_line(card_id, cards, states.get(card_id, ""))
                                            for card_id in paragraph.cards)))
        else:
            blocks.append(Block("p", (_line(_ours(_("No evidence in this paragraph yet."), "i")),)))

    blocks.append(Block("h2", (_line(_ours(_("Judgement"))),)))
    most = plan.judgement.most_important
    blocks.append(Block("p", (_line(_label(_("Most important factor:")),
                                    Span(_factor_name(pack, most)) if most else _ours(_("not chosen yet"))),)))
    if plan.judgement.text.strip():
        blocks.append(Block("p", (_line(Span(plan.judgement.text.strip())),)))

    blocks.append(Block("h2", (_line(_ours(_("Score"))),)))
    if score is None:
        blocks.append(Block("p", (_line(_ours(_("The score is hidden until the plan is checked (exam mode)."), "i")),)))
        return blocks
    blocks.append(Block("p", (_line(_ours(f"{score.overall}/100", "b"), _ours(" · " + _(
        "Band {band} of 5: {name}. {descriptor}").format(band=score.band, name=score.band_name,
                                                          descriptor=score.band_descriptor))),)))
    blocks.append(Block("ul", tuple(
        _line(_label(criterion_label(c.id) + ":"), _ours(_("{value} (weight {weight})").format(
            value=percent(c.value), weight=round(c.weight * 100))))
        for c in score.criteria)))
    if score.own_cards:
        blocks.append(Block("p", (_line(_label(_("Own cards:")), _ours(ngettext(
            "{count} written by the student (marked above); the app cannot check that it is accurate.",
            "{count} written by the student (marked above); the app cannot check that they are accurate.",
            len(score.own_cards)).format(count=len(score.own_cards)))),)))
    if prompt is not None and prompt.two_sided:
        blocks.append(Block("ul", tuple(
            _line(_label(_("Side:")), Span(side.name), _ours(" — " + ngettext(
                "{count} counted card", "{count} counted cards", side.counted).format(count=side.counted)))
            for side in score.sides)))
    blocks.append(Block("p", (_line(_ours(_("Scores are plan indicators to help you improve the plan, not exam "
                                            "marks."), "i")),)))
    if score.feedback:
        blocks.append(Block("h2", (_line(_ours(_("What to do next"))),)))
        blocks.append(Block("ul", tuple(_line(Span(render(item))) for item in score.feedback)))
    return blocks


# -- Markdown -------------------------------------------------------------------


def markdown_escape(text: str, *, inline: bool = True) -> str:
    """``text`` as literal Markdown: HTML becomes entities, syntax characters get backslashes.

    ``inline`` folds every run of whitespace into one space (list items, headings);
    otherwise lines are kept and each is escaped as the start of a block.
    """
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = html.escape(text, quote=False)  # & < > first: the backslashes added below contain none of them
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_AUTOLINK.sub(lambda m: "\\" + m.group(0), text).replace("@", _MD_AT)
    if inline:
        return _escape_line_start(re.sub(r"[^\S\u00a0]+", " ", text))  # a no-break space stays one
    # Runs of spaces become one, so no line can start an indented code block or end in a hard break.
    lines = [re.sub(r"[ \t]+", " ", line) for line in text.split("\n")]
    return "\n".join([_escape_line_start(lines[0])] + [_escape_line_start(line.lstrip()) for line in lines[1:]])


def _escape_line_start(line: str) -> str:
    def escape(match: re.Match[str]) -> str:
        space, mark, digits, dot = match.groups()
        return f"{space}\\{mark}" if mark else f"{space}{digits}\\{dot}"

    return _MD_LINE_START.sub(escape, line)


def _md_spans(spans: tuple[Span, ...], inline: bool) -> str:
    out = []
    for span in spans:
        if _HEX_COLOUR.fullmatch(span.style):
            continue  # colour swatches are for print only
        text = span.text if span.ours else markdown_escape(printable(span.text), inline=inline)
        if span.style == "b":
            text = f"**{text.strip()}**" + (" " if span.text.endswith(" ") else "")
        elif span.style == "i":
            lead = " " if span.text.startswith(" ") else ""
            text = f"{lead}*{text.strip()}*"
        out.append(text)
    return "".join(out)


def plan_markdown(plan: Plan, pack: Pack, score: Score | None) -> str:
    """The plan as a Markdown document in which no pack or plan text can become markup."""
    parts: list[str] = []
    for block in plan_blocks(plan, pack, score):
        if block.kind == "h1":
            parts.append("# " + _md_spans(block.lines[0], inline=True))
        elif block.kind == "h2":
            parts.append("## " + _md_spans(block.lines[0], inline=True))
        elif block.kind == "ul":
            parts.append("\n".join("- " + _md_spans(line, inline=True) for line in block.lines))
        else:
            parts.append(_md_spans(block.lines[0], inline=False))
    return "\n\n".join(parts) + "\n"


# -- HTML -----------------------------------------------------------------------

_HTML_STYLES = {  # Qt's HTML reads margins in pixels only (1/96 in on paper)
    "h1": "font-size:16pt; font-weight:bold; margin-top:0px; margin-bottom:8px;",
    "h2": "font-size:12.5pt; font-weight:bold; margin-top:18px; margin-bottom:6px;",
    "p": "margin-top:0px; margin-bottom:8px;",
    "ul": "margin-top:0px; margin-bottom:8px;",
}


def _html_spans(spans: tuple[Span, ...]) -> str:
    out = []
    for span in spans:
        # the PDF and the printout are read like the window: no bidi override reverses a card there either
        text = html.escape(printable(span.text), quote=True).replace("\n", "<br>")
        if span.style == "b":
            text = f"<b>{text}</b>"
        elif span.style == "i":
            text = f"<span style=\"color:#555555; font-style:italic;\">{text}</span>"
        elif _HEX_COLOUR.fullmatch(span.style):
            text = f"<span style=\"color:{span.style};\">{text}</span>"
        out.append(text)
    return "".join(out)


def blocks_html(blocks: list[Block], *, levels: int = 0, styled: bool = True, rtl: bool = False) -> str:
    """Blocks as an HTML fragment: headings ``levels`` deeper than h1/h2 (to sit inside another document),
    with Qt's inline styles when ``styled``, else bare tags for the page's own style sheet; right to left
    when ``rtl``."""
    parts: list[str] = []
    # A pack in a right-to-left language (Arabic, Hebrew, Persian) is laid out right to left.
    where = ' dir="rtl"' if rtl else ""
    for block in blocks:
        style = f" style=\"{_HTML_STYLES[block.kind]}\"" if styled else ""
        if block.kind == "ul":
            items = "".join(f"<li>{_html_spans(line)}</li>" for line in block.lines)
            parts.append(f"<ul{where}{style}>{items}</ul>")
        else:
            tag = f"h{min(6, int(block.kind[1]) + levels)}" if block.kind.startswith("h") else block.kind
            parts.append(f"<{tag}{where}{style}>{_html_spans(block.lines[0])}</{tag}>")
    return "\n".join(parts) + "\n"


def plan_html(plan: Plan, pack: Pack, score: Score | None) -> str:
    """The plan as an HTML fragment (inline styles only, no images, no external resources)."""
    return blocks_html(plan_blocks(plan, pack, score), rtl=direction(pack.language) == "rtl")
