"""The one place that turns untrusted bytes into YAML data.

We never let PyYAML construct Python objects. Instead we read its event stream
(libyaml's C parser when available) and build a small tree of ``Node`` objects
ourselves, so that every rule for hostile input is enforced while reading:

* a byte-size cap, strict UTF-8, exactly one document;
* no anchors, aliases or explicit tags (no "billion laughs", no ``!!python``);
* a nesting-depth cap and a node-count cap;
* duplicate mapping keys are errors, not "last one wins";
* every scalar stays text: ``no``, ``12:30:00`` and ``2024-02-30`` are strings,
  and the pack schema decides what must be a number.

Every node keeps its 1-based line and column for ``PATH:LINE:COL`` messages.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping

from .i18n import N_, _, ngettext, number
from .problems import Problem, YamlError

if TYPE_CHECKING:  # PyYAML itself is imported when a file is first parsed: see _events()
    import yaml

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 250_000

MAP, SEQ, STR, NULL = "mapping", "list", "text", "empty"
_NO_ITEMS: tuple[()] = ()
_NO_PAIRS: Mapping[str, tuple[Node, Node]] = MappingProxyType({})


@dataclass(eq=False, slots=True)
class Node:
    kind: str  # MAP, SEQ, STR or NULL
    line: int
    col: int
    text: str = ""  # for STR
    # Only containers get their own list or dict: sharing one empty, read-only value between
    # the ~10 scalars per container halves the memory a big pack needs while it is read.
    items: list[Node] = _NO_ITEMS  # type: ignore[assignment]  # for SEQ
    # for MAP: key text -> (key node, value node), in file order
    pairs: dict[str, tuple[Node, Node]] = field(default_factory=lambda: _NO_PAIRS)  # type: ignore[arg-type,return-value]

    def describe(self) -> str:
        """What the node is, for "expected a list, found …" (translated)."""
        return _(_DESCRIPTIONS[self.kind])


# Translators: what was found where something else was expected ("expected a list of factors, found text").
_DESCRIPTIONS = {MAP: N_("a mapping"), SEQ: N_("a list"), STR: N_("text"), NULL: N_("nothing")}
_SAVE_AS_UTF8 = N_("in your editor choose 'Save with encoding' → UTF-8")


# PyYAML's stubs make every event's mark Optional, but libyaml and the pure-Python parser always
# set one; a mark is read for its line and column only.
_Mark = Any

_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # line breaks as YAML counts them


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line, start = 1, 0
    for match in _BREAK.finditer(text, 0, offset):
        line, start = line + 1, match.end()
    return line, offset - start + 1


def decode(data: bytes, path: str, max_bytes: int = MAX_BYTES) -> str:
    """Bytes to text: size cap and strict UTF-8 (an optional BOM is accepted)."""
    if len(data) > max_bytes:
        raise YamlError([Problem(path, 1, 1, _("file is {size} MiB; the limit is {limit} MiB").format(
            size=number(len(data) / 1048576, 1), limit=number(max_bytes / 1048576, 0 if max_bytes % 1048576 == 0
                                                              else 1)),
            hint=_("split it into smaller files"))])
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        raise YamlError([Problem(path, 1, 1, _("file is UTF-16; save it as UTF-8"), hint=_(_SAVE_AS_UTF8))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start].decode("utf-8", errors="replace")
        line, col = _line_col(prefix, len(prefix))
        raise YamlError([Problem(path, line, col, _("invalid UTF-8 byte 0x{byte}").format(
            byte=f"{data[exc.start]:02x}"), hint=_("save the file as UTF-8"))]) from None
    if "\x00" in text:
        if len(data) >= 4 and (data[:4:2] == b"\x00\x00" or data[1:4:2] == b"\x00\x00"):
            # UTF-16 saved without a byte-order mark: every other byte of plain English is 0
            raise YamlError([Problem(path, 1, 1, _("file looks like UTF-16 (it has NUL bytes between the letters); "
                                                   "save it as UTF-8"), hint=_(_SAVE_AS_UTF8))])
        line, col = _line_col(text, text.index("\x00"))
        raise YamlError([Problem(path, line, col, _("file contains a NUL byte; it is not a text file"))])
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:  # libyaml stops here too, but says only "ReaderError", at 1:1
        raise YamlError([_control_problem(path, text, bad.start())])
    return text


# The characters YAML does not allow in a file (YAML 1.1, as libyaml checks them); NUL is caught before.
# Written as the ranges left out of YAML's printable set (tab, line feed, carriage return, 0x20-0x7E, 0x85,
# 0xA0-0xD7FF, 0xE000-0xFFFD, 0x10000-0x10FFFF), the same characters: the negated set compiles 6x slower.
_NOT_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# Translators: the names of control characters (Unicode's names for them), as in "U+000B vertical tab".
_CONTROL_NAMES = dict(enumerate(
    (N_("null"), N_("start of heading"), N_("start of text"), N_("end of text"), N_("end of transmission"),
     N_("enquiry"), N_("acknowledge"), N_("bell"), N_("backspace"), N_("tab"), N_("line feed"), N_("vertical tab"),
     N_("form feed"), N_("carriage return"), N_("shift out"), N_("shift in"), N_("data link escape"),
     N_("device control one"), N_("device control two"), N_("device control three"), N_("device control four"),
     N_("negative acknowledge"), N_("synchronous idle"), N_("end of transmission block"), N_("cancel"),
     N_("end of medium"), N_("substitute"), N_("escape"), N_("file separator"), N_("group separator"),
     N_("record separator"), N_("unit separator")))) | {0x7f: N_("delete"), 0xfffe: N_("non-character"),
                                                        0xffff: N_("non-character")}
_CONTROL_HINTS = {
    0x0b: N_("Word writes this for a line break made with Shift+Enter: replace it with a space or a new line"),
    0x0c: N_("this is a page break: replace it with a new line"),
}


def character_name(char: str) -> str:
    """``U+000B vertical tab``: a character that cannot be seen, named so that it can be found."""
    code = ord(char)
    name = _CONTROL_NAMES.get(code) or (N_("C1 control character") if 0x80 <= code <= 0x9f else
                                        N_("control character"))
    return f"U+{code:04X} {_(name)}"


def _control_problem(path: str, text: str, index: int) -> Problem:
    line, col = _line_col(text, index)
    start = index - (col - 1)
    end = _BREAK.search(text, index)
    source = text[start:min(end.start() if end else len(text), index + 200)]
    hint = _(_CONTROL_HINTS.get(ord(text[index]),
                                N_("delete it: most editors do not show it, so put the cursor at this column")))
    return Problem(path, line, col, _("the file contains {character}, which YAML does not allow").format(
        character=character_name(text[index])), hint=hint, source=source)


class _Builder:
    def __init__(self, path: str, max_depth: int, max_nodes: int) -> None:
        self.path = path
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.problems: list[Problem] = []
        self.count = 0

    def problem(self, mark: _Mark | None, message: str, hint: str = "") -> None:
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        self.problems.append(Problem(self.path, line, col, message, hint=hint))

    def check_event(self, event: yaml.Event) -> None:
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.problem(event.start_mark, _("anchor '&{anchor}' is not allowed").format(anchor=anchor),
                         hint=_(_NO_ALIASES))
        tag = getattr(event, "tag", None)
        if tag is not None:
            self.problem(event.start_mark, _("explicit tag '{tag}' is not allowed").format(tag=tag),
                         hint=_("remove the '!…' tag; every value is read as plain text"))

    def too_many(self, event: yaml.Event) -> None:
        self.problem(event.start_mark, _("file has more than {limit} values").format(limit=number(self.max_nodes)))

    def build(self, text: str) -> Node:
        import yaml

        events = _events(text)
        # stack of [node, pending key node or None]
        stack: list[list[Any]] = []
        root: Node | None = None
        documents = 0
        scalar_event = yaml.ScalarEvent
        for event in events:
            # fast path for the commonest event, a plain value (2 of every 3 events in a big pack)
            if type(event) is scalar_event and event.anchor is None and event.tag is None:
                self.count += 1
                if self.count > self.max_nodes:
                    self.too_many(event)
                    break
                mark: _Mark = event.start_mark
                if event.value in ("", "~") and not event.style and event.implicit[0]:
                    node = Node(NULL, mark.line + 1, mark.column + 1)
                else:
                    node = Node(STR, mark.line + 1, mark.column + 1, text=event.value)
                if stack:
                    self._attach(stack[-1], node)
                else:
                    root = node
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.problem(event.start_mark, _("a second YAML document ('---') is not allowed"),
                                 hint=_("a pack or plan is exactly one document"))
                    break
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                continue
            if isinstance(event, yaml.AliasEvent):
                self.problem(event.start_mark, _("alias '*{alias}' is not allowed").format(alias=event.anchor),
                             hint=_(_NO_ALIASES))
                mark = event.start_mark
                node = Node(NULL, mark.line + 1, mark.column + 1)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                node = stack.pop()[0]
                if stack:
                    self._attach(stack[-1], node)
                else:
                    root = node
                continue
            else:
                self.check_event(event)
                self.count += 1
                if self.count > self.max_nodes:
                    self.too_many(event)
                    break
                mark = event.start_mark
                if isinstance(event, yaml.ScalarEvent):
                    if event.value in ("", "~") and not event.style and event.implicit[0]:
                        node = Node(NULL, mark.line + 1, mark.column + 1)
                    else:
                        node = Node(STR, mark.line + 1, mark.column + 1, text=event.value)
                else:
                    if isinstance(event, yaml.MappingStartEvent):
                        node = Node(MAP, mark.line + 1, mark.column + 1, pairs={})
                    else:
                        node = Node(SEQ, mark.line + 1, mark.column + 1, items=[])
                    if len(stack) >= self.max_depth:
                        self.problem(mark, _("nesting is deeper than {limit} levels").format(limit=self.max_depth),
                                     hint=_("packs and plans need only a few levels of nesting"))
                        break
                    stack.append([node, None])
                    continue
            if stack:
                self._attach(stack[-1], node)
            else:
                root = node
        if root is None and not self.problems:
            self.problems.append(Problem(self.path, 1, 1, _("file is empty"),
                                         hint=_("a pack starts with 'format: coexist-pack/1'")))
        if self.problems:
            raise YamlError(self.problems)
        assert root is not None
        return root

    def _attach(self, frame: list[Any], node: Node) -> None:
        parent: Node = frame[0]
        if parent.kind == SEQ:
            parent.items.append(node)
            return
        key = frame[1]
        if key is None:
            frame[1] = node
            if node.kind != STR and node.kind != NULL:
                self.problems.append(Problem(self.path, node.line, node.col,
                                             _("a mapping key must be plain text, not {found}").format(
                                                 found=node.describe())))
            return
        frame[1] = None
        name = key.text
        if name in parent.pairs:
            first = parent.pairs[name][0]
            self.problems.append(Problem(self.path, key.line, key.col,
                                         _("key '{key}' appears twice (first on line {line})").format(
                                             key=name, line=first.line), hint=_("delete or rename one of them")))
            return
        parent.pairs[name] = (key, node)


def _events(text: str) -> Iterator[yaml.Event]:
    """PyYAML's event stream for ``text``, from libyaml's C parser when PyYAML has it.

    PyYAML is imported here and not at the top of the module: importing it costs ~10 ms, and a
    start-up that finds every pack in the parse cache (``core/pack_cache.py``) never needs it.
    """
    import yaml

    try:
        _Loader: type = yaml.CSafeLoader
    except AttributeError:  # PyYAML built without libyaml
        _Loader = yaml.SafeLoader
    return yaml.parse(text, Loader=_Loader)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a Node tree is built and checked.

    The tree holds up to MAX_NODES objects that all stay alive: the collector would walk
    them over and over (2.3 s instead of 0.6 s for 400,000 values). Also a decorator.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@gc_paused()
def read_yaml(data: bytes, path: str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH,
              max_nodes: int = MAX_NODES) -> Node:
    """Parse untrusted bytes into a Node tree, or raise YamlError with marked problems."""
    import yaml

    text = decode(data, path, max_bytes)
    builder = _Builder(path, max_depth, max_nodes)
    try:
        root = builder.build(text)
    except YamlError as exc:
        _add_sources(exc, text)
        raise
    except yaml.MarkedYAMLError as exc:
        line, col, message, hint = _syntax_problem(exc, text)
        builder.problems.append(Problem(path, line, col, _("YAML syntax: {message}").format(message=message),
                                        hint=hint))
        err = YamlError(builder.problems)
        _add_sources(err, text)
        raise err from None
    except (yaml.YAMLError, ValueError, RecursionError, MemoryError) as exc:
        err = YamlError([Problem(path, 1, 1, _("not readable as YAML: {error}").format(error=type(exc).__name__))])
        raise err from None
    return root


_NO_ALIASES = N_("write the value out in full; packs do not use anchors or aliases")

# libyaml's own descriptions of the syntax errors it finds, for the ones our rules above do not reword.
# Translators: these are libyaml's descriptions of YAML syntax errors; keep quoted characters as they are.
_LIBYAML = frozenset((
    N_("found character that cannot start any token"), N_("could not find expected ':'"),
    N_("found unexpected end of stream"), N_("mapping values are not allowed in this context"),
    N_("block sequence entries are not allowed in this context"), N_("did not find expected key"),
    N_("did not find expected '-' indicator"), N_("did not find expected node content"),
    N_("did not find expected ',' or ']'"), N_("did not find expected ',' or '}}'"),
    N_("did not find expected <document start>"), N_("found undefined tag handle"),
    N_("found unknown escape character"), N_("found unexpected ':'"),
    N_("while scanning a simple key"), N_("while scanning a quoted scalar"), N_("while scanning a plain scalar"),
    N_("while scanning a block scalar"), N_("while scanning an anchor"), N_("while scanning an alias"),
    N_("while scanning a tag"), N_("while scanning a directive"), N_("while parsing a block mapping"),
    N_("while parsing a block collection"), N_("while parsing a flow sequence"), N_("while parsing a flow mapping"),
    N_("while parsing a flow node"), N_("while parsing a block node"), N_("while parsing a node")))


def _libyaml_words(text: str) -> str:
    """libyaml's description in the user's language where the catalogue has it (else as libyaml said it)."""
    key = text.replace("{", "{{").replace("}", "}}")
    return _(key).format() if key in _LIBYAML else text


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str, str]:
    """libyaml's error in a teacher's words, placed where the mistake is (line, col, message, hint)."""
    problem, context = exc.problem or str(exc), exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    start = exc.context_mark
    hint = _("check indentation, colons and matching quotes/brackets")
    said, said_context = _libyaml_words(problem), _libyaml_words(context)
    message = f"{said} ({said_context})" if context and context not in problem else said
    misaligned = _misaligned_key(text, mark, problem) if mark is not None else None
    if misaligned is not None:
        return misaligned
    if problem.startswith("could not find expected ':'") and start is not None:
        mark, message = start, _("this line has no ':' after its key")
        hint = _("write 'key: value', with a space after the ':'")
    elif problem.startswith("mapping values are not allowed"):
        message = _("': ' inside a value that is not in quotes")
        hint = _("put the whole value in quotes, e.g. text: \"Khrushchev: there is no third way\"")
    elif problem.startswith("found unexpected end of stream") and "quoted" in context and start is not None:
        mark, message = start, _("this quoted text is never closed")
        hint = _("add the closing quote at the end of the text")
    elif "tab character" in problem or (problem.startswith("found character that cannot start any token")
                                        and mark is not None and _char_at(text, mark) == "\t"):
        message = _("a tab is used for indentation")
        hint = _("indent with spaces only: replace the tab with spaces")
    elif start is not None and start.line != (mark.line if mark else -1) and context.startswith("while parsing"):
        what = context[len("while parsing a "):]
        bracket = {"flow sequence": "[", "flow mapping": "{"}.get(what)
        if bracket:
            message = _("the '{bracket}' on line {line} is never closed ({problem})").format(
                bracket=bracket, line=start.line + 1, problem=said)
        elif what == "block mapping":
            message = _("this line does not line up with the entry that starts on line {line} ({problem})").format(
                line=start.line + 1, problem=said)
            hint = _("the keys of one entry must start in the same column")
        else:
            message = _("{problem} ({context} that starts on line {line})").format(
                problem=said, context=said_context, line=start.line + 1)
    if mark is None:
        return 1, 1, message, hint
    return mark.line + 1, mark.column + 1, message, hint


_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dashes>(?:- +)*)(?P<key>[A-Za-z_][\w-]*) *:(?: |$)")
_INDENTATION_PROBLEMS = ("mapping values are not allowed", "did not find expected key",
                         "did not find expected '-' indicator", "expected <block end>")


def _misaligned_key(text: str, mark: yaml.Mark, problem: str) -> tuple[int, int, str, str] | None:
    """A 'key:' line that starts in a column no entry above it uses: an indentation mistake.

    libyaml reports a key one space too far in as "mapping values are not allowed" (it reads the
    line as more of the value above), and one too far out as a missing key or '-'. Both are the
    same mistake to a teacher. The key to line up with is the nearest one above that this line
    could belong to; None when the line is not a misplaced key (then the other rules apply).
    """
    if not problem.startswith(_INDENTATION_PROBLEMS):
        return None
    lines = text.splitlines()
    if mark.line >= len(lines):
        return None
    match = _KEY_LINE.match(lines[mark.line])
    if match is None or match.group("dashes"):
        return None
    key, col = match.group("key"), match.start("key")
    if problem.startswith("mapping values") and mark.column != match.end("key") + lines[mark.line][
            match.end("key"):].index(":"):
        return None  # the ':' libyaml stopped at is inside a value, not right after this key
    above = _open_keys(lines, mark.line)
    if not above or col in {c for _, _, c in above}:
        return None
    line, other, other_col = above[0]
    spaces = abs(col - other_col)
    if col > other_col:
        message = ngettext("wrong indentation: '{key}:' starts {count} space further in than '{other}:' on line {line}",
                           "wrong indentation: '{key}:' starts {count} spaces further in than '{other}:' on line "
                           "{line}", spaces)
    else:
        message = ngettext("wrong indentation: '{key}:' starts {count} space further out than '{other}:' on line "
                           "{line}",
                           "wrong indentation: '{key}:' starts {count} spaces further out than '{other}:' on line "
                           "{line}", spaces)
    message = message.format(key=key, count=spaces, other=other, line=line + 1)
    if problem.startswith("mapping values"):  # libyaml read the line as more of the value above
        hint = _("line up '{key}:' with '{other}:' above it; if this line belongs to the text above, put that whole "
                 "text in quotes").format(key=key, other=other)
    else:
        hint = _("line up '{key}:' with '{other}:' above it").format(key=key, other=other)
    return mark.line + 1, col + 1, message, hint


def _open_keys(lines: list[str], before: int) -> list[tuple[int, str, int]]:
    """The keys a line at ``before`` could line up with, innermost first: (line index, key, column).

    Walking up, a key counts only if it starts left of every line already passed, so keys inside
    an earlier sibling entry are skipped. Blank lines, comments and lines without a key are passed over.
    """
    keys: list[tuple[int, str, int]] = []
    limit = None
    for index in range(before - 1, -1, -1):
        line = lines[index]
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        match = _KEY_LINE.match(line)
        if match is not None and (limit is None or match.start("key") < limit):
            keys.append((index, match.group("key"), match.start("key")))
        limit = indent if limit is None else min(limit, indent)
        if limit == 0:
            break
    return keys


def _char_at(text: str, mark: yaml.Mark) -> str:
    lines = text.splitlines()
    if mark.line < len(lines) and mark.column < len(lines[mark.line]):
        return lines[mark.line][mark.column]
    return ""


def _add_sources(error: YamlError, text: str) -> None:
    lines = text.splitlines()
    error.problems = with_sources([_inside(p, lines) for p in error.problems], lines)


def _inside(problem: Problem, lines: list[str]) -> Problem:
    """libyaml puts an unexpected end of file on the line after the last one: point at the end of the last line."""
    if problem.line <= len(lines):
        return problem
    if not lines:
        return replace(problem, line=1, col=1)
    return replace(problem, line=len(lines), col=len(lines[-1]) + 1)


# Only so many problems are ever shown one by one (the first 100, see problems.shown_first); copying
# the source line for 80,000 problems on one 24 KB line was most of the time a huge error list took.
MAX_SOURCES = 1000


def with_sources(problems: list[Problem], source: bytes | list[str]) -> list[Problem]:
    """The first MAX_SOURCES problems with the offending line of ``source`` (the file's bytes or lines)."""
    lines = source.decode("utf-8", errors="replace").splitlines() if isinstance(source, bytes) else source
    return [with_source(p, lines) if n < MAX_SOURCES else p for n, p in enumerate(problems)]


def with_source(problem: Problem, lines: list[str]) -> Problem:
    if problem.source or not (0 < problem.line <= len(lines)):
        return problem
    return replace(problem, source=lines[problem.line - 1][: max(200, problem.col + 60)])
