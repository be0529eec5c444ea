"""Packs read before are not parsed again: their YAML, as a Node tree, kept in the cache folder.

The library (the built-in pack and the packs folder) reads packs with ``load_pack_cached``.
The first time a file is read, ``yamlsafe.read_yaml`` turns it into a Node tree as always,
and that tree is written to ``appdirs.cache_dir()/packs`` in a compact text form. The next time
the file has the same bytes, the tree is rebuilt from it and ``pack.check_pack`` checks it
exactly as it checks a freshly parsed one: every rule, warning and (translated) message is
made again; only the YAML parse is skipped, and with it importing PyYAML (~10 ms of start-up).
Every node keeps its line and column, so every message is the same either way.

An entry is used only when its first line is exactly what this code would write for these
bytes now: a hash of the file (BLAKE2b), a signature of the parser (the cache format, the
package version, the size and modification time of ``yamlsafe.py`` and of PyYAML, the limits)
and a hash of the entry's body. A changed pack, a new version, a developer's edit of the parser,
an upgraded PyYAML, or a body cut short or changed on the disk never reads an old entry.

The cache is untrusted input too (any program can write to the user's cache folder): an entry
is read through ``untrusted.read_untrusted`` with a cap that follows the pack's size (``Bounds``),
and anything but what ``_flatten`` writes (garbage, a truncated entry, another shape, a wrong
kind, more nodes, lines, columns or text than the pack's bytes can give, a tree deeper than
MAX_DEPTH, a duplicate key) is refused, counted before any number is converted, so a hostile
entry costs no more than reading the pack would: the file is parsed and the entry written
again. An entry that is well formed for these bytes is believed: it could hold another valid
pack, but whoever can write the user's cache folder can write the packs folder beside it, and
the tree is checked as a pack like any other. Only a file that parses into a tree is cached; a
YAML error never is. Writing is best effort: a cache folder that cannot be made or written is
never an error.

Bounded: an entry is named after a hash of the pack's path, so each pack file has one entry
(an edited pack replaces its own), and the folder keeps at most MAX_ENTRIES of them (the
oldest written go first: packs deleted by hand, other packs folders), never removing one this
process uses: with more packs installed than that, each keeps its entry instead of every start
pushing out the next one it reads.

An entry is one header line, then the tree in file order (a mapping's keys each before its
value) as five lines and the texts: every node's kind (one digit each), every node's line, every
node's column, the number of items of each list (of key/value pairs of each mapping), the length
of each text node's text (comma-separated numbers), then all the texts one after the other.
Not JSON: importing ``json`` would cost start-up ~2 ms of the ~10 the cache saves, and
numbers and lengths are simpler to check than nested arrays.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from .. import __version__
from . import appdirs, yamlsafe
from .pack import MAX_PACK_BYTES, LoadedPack, check_pack, read_pack_bytes, read_pack_tree
from .storage import TEMP_PREFIX, TEMP_SUFFIX, clean_stale_temps, write_all
from .untrusted import UnreadableFile, read_untrusted
from .yamlsafe import MAP, MAX_DEPTH, MAX_NODES, NULL, SEQ, STR, Node, gc_paused

try:  # what hashlib.blake2b is; importing hashlib also loads OpenSSL, ~2.5 ms of start-up for nothing
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python without the module
    from hashlib import blake2b

CACHE_FORMAT = 2  # raise it whenever what an entry holds changes
MAX_ENTRIES = 64
# The largest entry a pack at the size cap can give: 250,000 values with kind, line, column and a length
# or count (~25 bytes each) and 2 MiB of text (3 MiB of UTF-8 at most: YAML's "\L" gives 3 bytes from 2).
# A larger file is not one of ours.
MAX_ENTRY_BYTES = 6 * MAX_PACK_BYTES
SUFFIX = ".tree"
_MAGIC = b"coexist-pack-cache"
_ENTRY_NAME = re.compile(r"[0-9a-f]{32}" + re.escape(SUFFIX))
_KINDS = re.compile("[0-3]*")
# ASCII digits only (int() would also take " 7", "+7", "7_0" and Arabic-Indic digits), at most 9 of them:
# no line, column, count or length of a 2 MiB file has more.
_NUMBERS = re.compile("(?:[0-9]{1,9}(?:,[0-9]{1,9})*)?")

_NULL, _STR, _SEQ, _MAP = 0, 1, 2, 3  # the kinds in an entry
_in_use: set[Path] = set()  # the entries this process read or wrote: never pruned


def cache_folder() -> Path:
    """Where the entries are (not created here)."""
    return appdirs.cache_dir() / "packs"


def _file_stamp(path: str | None) -> str:
    try:
        stat = os.stat(path) if path else None
    except OSError:
        stat = None
    return f"{stat.st_size}.{stat.st_mtime_ns}" if stat else "-"  # "-": a frozen app, the version says enough


@cache
def signature() -> str:
    """What the parser is: a tree written by any other version of it (ours, or PyYAML's) is never read."""
    from importlib.util import find_spec  # where PyYAML is, without importing it

    try:
        spec = find_spec("yaml")
    except (ImportError, ValueError):
        spec = None
    parser = _file_stamp(getattr(yamlsafe, "__file__", None))
    pyyaml = _file_stamp(spec.origin if spec is not None else None)
    text = f"{CACHE_FORMAT}/{__version__}/{parser}/{pyyaml}/{MAX_PACK_BYTES}.{MAX_DEPTH}.{MAX_NODES}"
    return "".join(text.split())  # the header is split at spaces


def entry_path(source: str | Path, folder: Path | None = None) -> Path:
    """The one entry for the pack file at ``source``."""
    folder = cache_folder() if folder is None else folder
    name = blake2b(os.fsencode(os.path.abspath(source)), digest_size=16).hexdigest()
    return folder / (name + SUFFIX)


def _prefix(data: bytes) -> bytes:
    """The start of the header of every entry written for ``data`` by this parser."""
    digest = blake2b(data, digest_size=32).hexdigest()
    return b" ".join((_MAGIC, signature().encode("ascii", "replace"), digest.encode("ascii"))) + b" "


def _header(data: bytes, body: bytes) -> bytes:
    """The entry's first line: what it was written for (``data``, this parser) and a digest of its body,
    so that a body cut short or changed on the disk is never believed."""
    return _prefix(data) + blake2b(body, digest_size=32).hexdigest().encode("ascii") + b"\n"


class Bounds(NamedTuple):
    """What a tree read from ``data`` can hold at most: an entry claiming more was not written for it."""

    nodes: int
    position: int  # the largest line or column
    text: int  # characters of text in all (YAML never makes more characters than the file has bytes)
    entry: int  # bytes of the whole entry

    @classmethod
    def of(cls, data: bytes) -> Bounds:
        size = len(data)
        nodes = min(MAX_NODES, 2 * size + 3)  # "?" is three nodes (a mapping, its key, its value) from one byte
        digits = len(str(2 * size + 3)) + 1  # a number and its comma
        entry = 256 + nodes * (1 + 4 * digits) + 3 * size  # UTF-8: at most 3 bytes a character of the file
        return cls(nodes, size + 1, size, min(MAX_ENTRY_BYTES, entry))


@gc_paused()  # the tree stays alive while it is checked
def load_pack_cached(path: str | Path, folder: Path | None = None, *, score_models: bool = True) -> LoadedPack:
    """``pack.load_pack(path)``, with the YAML parse taken from the cache when these bytes were read before.

    The same pack, warnings and PackError as ``load_pack``. ``folder``: the cache's (for tests).
    ``score_models``: as in ``pack.check_pack``.
    """
    data = read_pack_bytes(path)
    name = str(path)
    entry = entry_path(path, folder)
    root = read_entry(entry, data)
    _in_use.add(entry)
    if root is None:
        root = read_pack_tree(data, name)  # PackError for a file that is not YAML: nothing is written
        write_entry(entry, data, root)
    return check_pack(root, data, name, score_models=score_models)


def forget(source: str | Path, folder: Path | None = None) -> None:
    """Remove the entry of a pack file that is gone (``library.remove_pack``); never an error."""
    try:
        entry_path(source, folder).unlink(missing_ok=True)
    except OSError:
        pass


def read_entry(entry: Path, data: bytes) -> Node | None:
    """The tree in ``entry`` if it was written for exactly these bytes by this parser and is whole; None for
    anything else. The work is bounded by the pack's size: an entry larger than ``data`` could give is not
    read, and one claiming more nodes, lines or text than ``data`` has is refused before it is built."""
    bounds = Bounds.of(data)
    try:
        raw = read_untrusted(entry, bounds.entry)
    except UnreadableFile:  # none yet (the usual miss), too large, not a file
        return None
    prefix = _prefix(data)
    if not raw.startswith(prefix):
        return None
    digest, newline, body = raw[len(prefix):].partition(b"\n")
    if not newline or digest != blake2b(body, digest_size=32).hexdigest().encode("ascii"):
        return None
    return decode(body, bounds)


def encode(root: Node) -> bytes:
    """The tree as an entry's body (after the header)."""
    kinds, lines, cols, texts, counts = _flatten(root)
    numbers = (",".join(map(str, values)) for values in (lines, cols, counts, map(len, texts)))
    return "\n".join(("".join(map(str, kinds)), *numbers, "".join(texts))).encode("utf-8")


def _numbers(part: str, expected: int) -> bool:
    """``part`` holds ``expected`` comma-separated numbers (counted before any is converted)."""
    return (part.count(",") + 1 if part else 0) == expected


def decode(body: bytes, bounds: Bounds | None = None) -> Node | None:
    """The tree ``encode`` wrote, or None for anything else (strict UTF-8: no surrogate gets through).
    ``bounds``: what the pack the entry is for can hold (``Bounds.of``); the largest pack's by default."""
    bounds = bounds or Bounds(MAX_NODES, MAX_PACK_BYTES + 1, MAX_PACK_BYTES, MAX_ENTRY_BYTES)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    parts = text.split("\n", 5)
    if len(parts) != 6 or len(parts[0]) > bounds.nodes or len(parts[5]) > bounds.text:
        return None
    kinds, *numbers, blob = parts
    containers = kinds.count("2") + kinds.count("3")
    expected = (len(kinds), len(kinds), containers, kinds.count("1"))  # lines, columns, counts, text sizes
    if not _KINDS.fullmatch(kinds) or not all(_numbers(part, n) for part, n in zip(numbers, expected, strict=True)):
        return None
    if not all(_NUMBERS.fullmatch(part) for part in numbers):
        return None
    lines, cols, counts, sizes = (list(map(int, part.split(","))) if part else [] for part in numbers)
    if sum(sizes) != len(blob) or max(lines, default=0) > bounds.position or max(cols, default=0) > bounds.position:
        return None
    texts = []
    start = 0
    for size in sizes:
        texts.append(blob[start:start + size])
        start += size
    return rebuild([list(map(int, kinds)), lines, cols, texts, counts])


def write_entry(entry: Path, data: bytes, root: Node) -> None:
    """Write ``root`` as the entry (atomically: a reader sees the old entry or the new one), then keep
    the folder within MAX_ENTRIES. Any failure leaves the cache as it was, silently."""
    import tempfile  # here: a start-up that finds every pack in the cache writes nothing

    try:
        body = encode(root)
    except ValueError:  # text that is not UTF-8 (it cannot come from a file; not worth keeping)
        return
    header = _header(data, body)
    if len(header) + len(body) > Bounds.of(data).entry:
        return
    folder = entry.parent
    temp = ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX + "pack-cache.", suffix=TEMP_SUFFIX, dir=folder)
        try:
            write_all(fd, header + body)  # no fsync: a torn entry after a crash fails its digest and is ignored
        finally:
            os.close(fd)
        os.replace(temp, entry)
        temp = ""
    except OSError:
        return
    finally:
        if temp:
            try:
                os.unlink(temp)
            except OSError:
                pass
    prune(folder)


def prune(folder: Path, limit: int = MAX_ENTRIES) -> None:
    """Remove the oldest entries until at most ``limit`` are left, but none this process uses, and any
    temporary file a write cut short by a crash left; never an error."""
    try:
        clean_stale_temps(folder)
        with os.scandir(folder) as found:
            entries = []
            for item in found:
                if _ENTRY_NAME.fullmatch(item.name) and item.is_file(follow_symlinks=False):
                    entries.append((item.stat(follow_symlinks=False).st_mtime_ns, item.path))
    except OSError:
        return
    if len(entries) <= limit:
        return
    entries.sort()
    victims = [path for _mtime, path in entries if Path(path) not in _in_use]
    for path in victims[:len(entries) - limit]:
        try:
            os.unlink(path)
        except OSError:
            pass


def _flatten(root: Node) -> tuple[list[int], list[int], list[int], list[str], list[int]]:
    """The tree in file order as five flat lists: kinds, lines, columns, texts, counts."""
    kinds: list[int] = []
    lines: list[int] = []
    cols: list[int] = []
    texts: list[str] = []
    counts: list[int] = []
    stack = [root]
    while stack:
        node = stack.pop()
        kind = node.kind
        lines.append(node.line)
        cols.append(node.col)
        if kind == STR:
            kinds.append(_STR)
            texts.append(node.text)
        elif kind == NULL:
            kinds.append(_NULL)
        elif kind == SEQ:
            kinds.append(_SEQ)
            counts.append(len(node.items))
            stack.extend(reversed(node.items))
        else:
            kinds.append(_MAP)
            counts.append(len(node.pairs))
            for key, value in reversed(node.pairs.values()):
                stack += (value, key)
    return kinds, lines, cols, texts, counts


def _all(values: list[Any], kind: type) -> bool:
    return not values or set(map(type, values)) == {kind}


def rebuild(data: Any) -> Node | None:
    """The tree ``_flatten`` wrote, or None for anything ``yamlsafe.read_yaml`` could not have made.

    The lists are checked in bulk first (types, ranges, lengths), then the tree is built in one
    pass without recursion, no deeper and no larger than the YAML reader allows, every key once.
    """
    if type(data) is not list or len(data) != 5 or not all(type(part) is list for part in data):
        return None
    kinds, lines, cols, texts, counts = data
    size = len(kinds)
    if not 0 < size <= MAX_NODES or len(lines) != size or len(cols) != size:
        return None
    if not (_all(kinds, int) and _all(lines, int) and _all(cols, int) and _all(texts, str) and _all(counts, int)):
        return None
    if not set(kinds) <= {_NULL, _STR, _SEQ, _MAP} or min(lines) < 1 or min(cols) < 1 or min(counts, default=0) < 0:
        return None
    text_of, count_of = iter(texts), iter(counts)
    stack: list[list[Any]] = []  # open containers: [node, children still to come, key waiting for its value]
    root: Node | None = None
    for kind, line, col in zip(kinds, lines, cols, strict=True):
        length = 0
        if kind == _STR:
            text = next(text_of, None)
            if text is None:
                return None
            node = Node(STR, line, col, text)
        elif kind == _NULL:
            node = Node(NULL, line, col)
        else:
            length = next(count_of, -1)
            if length < 0:
                return None
            node = Node(SEQ, line, col, items=[]) if kind == _SEQ else Node(MAP, line, col, pairs={})
        if stack:
            frame = stack[-1]
            parent: Node = frame[0]
            if parent.kind == SEQ:
                parent.items.append(node)
                frame[1] -= 1
            elif frame[2] is None:
                if kind != _STR and kind != _NULL:  # a key is plain text (or empty)
                    return None
                frame[2] = node
            else:
                key: Node = frame[2]
                if key.text in parent.pairs:
                    return None
                parent.pairs[key.text] = (key, node)
                frame[1] -= 1
                frame[2] = None
        elif root is None:
            root = node
        else:  # a second tree after the first
            return None
        if kind == _SEQ or kind == _MAP:
            if len(stack) >= MAX_DEPTH:
                return None
            stack.append([node, length, None])
        while stack and stack[-1][1] == 0 and stack[-1][2] is None:
            stack.pop()
    if stack or root is None or next(text_of, None) is not None or next(count_of, None) is not None:
        return None  # unfinished, or texts and counts left over
    return root
