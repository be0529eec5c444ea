"""The pack cache: a pack read before gives the same pack, warnings and errors without PyYAML.

Every entry is untrusted: whatever is in the cache folder, a pack loads as ``load_pack`` loads it.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coexist_gui.core import appdirs, i18n, library, pack_cache
from coexist_gui.core.pack import MAX_PACK_BYTES, builtin_pack_path, load_pack
from coexist_gui.core.problems import PackError
from coexist_gui.core.yamlsafe import MAP, MAX_DEPTH, MAX_NODES, NULL, SEQ, STR, Node, YamlError, gc_paused, read_yaml

DATA = Path(__file__).resolve().parents[1] / "data"
FLEET = DATA / "packs" / "explain.yaml"  # a valid pack with four warnings
BROKEN = DATA / "broken"
HOSTILE = DATA / "hostile"


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths PyYAML parsed (a miss), in order."""
    seen: list[str] = []
    real = pack_cache.read_pack_tree

    def counting(data: bytes, path: str) -> Node:
        seen.append(path)
        return real(data, path)

    monkeypatch.setattr(pack_cache, "read_pack_tree", counting)
    return seen


def copy(source: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    target.write_bytes(source.read_bytes())
    return target


def shape(node: Node) -> object:
    """Everything a Node holds, as plain data (identity aside)."""
    return (node.kind, node.line, node.col, node.text, [shape(item) for item in node.items],
            [(name, shape(key), shape(value)) for name, (key, value) in node.pairs.items()])


def header_of(path: Path, body: bytes) -> bytes:
    """The first line an entry with ``body`` for the pack at ``path`` must have (its digest included)."""
    return pack_cache._header(path.read_bytes(), body)


# -- where -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({"COEXIST_HOME": "/x"}, "linux", "/x/cache"),
    ({"COEXIST_HOME": "/x"}, "win32", "/x/cache"),
    ({}, "linux", "/h/.cache/Coexist/coexist-gui"),
    ({"COEXIST_HOME": ""}, "linux", "/h/.cache/Coexist/coexist-gui"),
    ({"XDG_CACHE_HOME": "/xdg"}, "linux", "/xdg/Coexist/coexist-gui"),
    ({"XDG_CACHE_HOME": "relative"}, "linux", "/h/.cache/Coexist/coexist-gui"),  # ignored, as Qt does
    ({}, "darwin", "/h/Library/Caches/Coexist/coexist-gui"),
    ({"LOCALAPPDATA": "/local"}, "win32", "/local/Coexist/coexist-gui/cache"),
    ({}, "win32", "/h/AppData/Local/Coexist/coexist-gui/cache"),
])
def test_cache_dir_is_qstandardpaths_cache_location(env: dict, platform: str, expected: str) -> None:
    assert appdirs.cache_dir(env, platform, Path("/h")) == Path(expected)


def test_the_cache_is_under_coexist_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COEXIST_HOME", str(tmp_path))
    assert pack_cache.entry_path(FLEET).parent == tmp_path / "cache" / "packs"


# -- a hit is the same as a parse ----------------------------------------------------------------------------

def test_a_hit_gives_the_same_pack_and_warnings_without_parsing(tmp_path: Path, cache: Path,
                                                                  parses: list[str]) -> None:
    path = copy(FLEET, tmp_path)
    fresh = load_pack(path)
    assert len(fresh.warnings) == 4 and all(w.line > 0 and w.col > 0 and w.source for w in fresh.warnings)
    first = pack_cache.load_pack_cached(path, cache)
    assert parses == [str(path)] and pack_cache.entry_path(path, cache).is_file()
    second = pack_cache.load_pack_cached(path, cache)
    assert parses == [str(path)]  # not parsed again
    assert first.pack == second.pack == fresh.pack
    assert first.warnings == second.warnings == fresh.warnings  # line, column, message, place, source, hint


def test_a_hit_translates_its_warnings_afresh(tmp_path: Path, cache: Path, parses: list[str]) -> None:
    path = copy(FLEET, tmp_path)
    english = pack_cache.load_pack_cached(path, cache).warnings
    i18n.set_language("de")
    german = pack_cache.load_pack_cached(path, cache).warnings
    assert len(parses) == 1
    assert german == load_pack(path).warnings and german != english
    assert [(w.line, w.col) for w in german] == [(w.line, w.col) for w in english]


@pytest.mark.parametrize("name", sorted(p.name for p in BROKEN.glob("*.yaml")))
def test_a_hit_reports_the_same_problems_as_a_parse(name: str, cache: Path, parses: list[str]) -> None:
    """Every golden mistake: errors (all of them, with the same lines and columns) or warnings, hit or miss."""
    path = BROKEN / name

    def outcome(load) -> object:
        try:
            loaded = load(path)
        except PackError as exc:
            return "error", exc.problems
        return loaded.pack, loaded.warnings

    fresh = outcome(load_pack)
    assert outcome(lambda p: pack_cache.load_pack_cached(p, cache)) == fresh
    assert outcome(lambda p: pack_cache.load_pack_cached(p, cache)) == fresh
    cached = pack_cache.entry_path(path, cache).is_file()
    try:
        read_yaml(path.read_bytes(), name)
    except YamlError:
        assert not cached and len(parses) == 2  # a YAML error is never cached: parsed every time
    else:
        assert cached and len(parses) == 1  # YAML that is not a valid pack is cached, and checked each time


def corpus() -> list[Path]:
    return sorted(p for folder in (BROKEN, HOSTILE, DATA / "packs", DATA / "plans") for p in folder.glob("*.yaml")
                  if p.stat().st_size < 4 << 20) + [builtin_pack_path()]


@pytest.mark.parametrize("path", corpus(), ids=lambda p: p.name)
def test_every_tree_survives_the_round_trip_exactly(path: Path) -> None:
    """Kinds, lines, columns, text (control characters, NUL, quotes, empty keys…), order: all kept."""
    with gc_paused():  # as when a pack is read: 20,000 cards make ~300,000 nodes
        try:
            tree = read_yaml(path.read_bytes(), path.name, max_bytes=4 << 20)
        except YamlError:
            return
        rebuilt = pack_cache.decode(pack_cache.encode(tree))
        assert rebuilt is not None and shape(rebuilt) == shape(tree)


def test_odd_but_valid_yaml_survives_too() -> None:
    text = textwrap.dedent("""\
        ~: empty key
        "": another empty key?
        a: [1, [2, [3, []]], {}]
        b: {x: , y: ~, z: "", "w": 'q'}
        c: |
          two
          lines\t
        d: "\\e[31m \\0 \\u2028 \\x85 ünïcødé 𝄞"
        e:
        - - - deep
        """).encode("utf-8")
    try:
        tree = read_yaml(text, "odd.yaml")
    except YamlError:  # '~' and '""' are the same key: drop the second and try again
        tree = read_yaml(text.replace(b'"": another empty key?\n', b""), "odd.yaml")
    rebuilt = pack_cache.decode(pack_cache.encode(tree))
    assert rebuilt is not None and shape(rebuilt) == shape(tree)


def test_a_tree_as_deep_as_the_reader_allows_is_rebuilt() -> None:
    deep = ("[" * MAX_DEPTH + "]" * MAX_DEPTH).encode()
    tree = read_yaml(deep, "deep.yaml")
    rebuilt = pack_cache.decode(pack_cache.encode(tree))
    assert rebuilt is not None and shape(rebuilt) == shape(tree)


TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)  # any text a file can hold
PLACES = st.integers(1, MAX_PACK_BYTES + 1)  # any line or column the largest pack can have
LEAVES = st.one_of(st.builds(lambda line, col: Node(NULL, line, col), PLACES, PLACES),
                   st.builds(lambda line, col, text: Node(STR, line, col, text=text), PLACES, PLACES, TEXTS))


def _container(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    def mapping(line: int, col: int, keys: list[Node], values: list[Node]) -> Node:
        node = Node(MAP, line, col, pairs={})
        for key, value in zip(keys, values, strict=False):
            node.pairs.setdefault(key.text, (key, value))  # one key per text, as the reader allows
        return node

    return st.one_of(st.builds(lambda line, col, items: Node(SEQ, line, col, items=items), PLACES, PLACES,
                               st.lists(children, max_size=4)),
                     st.builds(mapping, PLACES, PLACES, st.lists(LEAVES, max_size=4), st.lists(children, max_size=4)))


@given(st.recursive(LEAVES, _container, max_leaves=40))
def test_any_tree_survives_the_round_trip(tree: Node) -> None:
    rebuilt = pack_cache.decode(pack_cache.encode(tree))
    assert rebuilt is not None and shape(rebuilt) == shape(tree)


TREES = st.recursive(LEAVES, _container, max_leaves=20)


@given(TREES, st.data())
def test_only_what_flatten_writes_is_rebuilt(tree: Node, data: st.DataObject) -> None:
    """A good entry with one value changed, dropped or added: a tree comes back only when it is exactly the
    tree the changed lists describe (a new line number, say), never a tree read some other way."""
    lists = list(pack_cache._flatten(tree))
    part = lists[data.draw(st.integers(0, 4))]
    action = data.draw(st.sampled_from(["change", "drop", "add"]))
    value = data.draw(st.integers(-1, 4) | TEXTS)
    if action == "add" or not part:
        part.insert(data.draw(st.integers(0, len(part))), value)
    elif action == "drop":
        del part[data.draw(st.integers(0, len(part) - 1))]
    else:
        part[data.draw(st.integers(0, len(part) - 1))] = value
    rebuilt = pack_cache.rebuild(lists)
    assert rebuilt is None or list(pack_cache._flatten(rebuilt)) == lists


# -- misses ------------------------------------------------------------------------------------------------

def test_a_changed_file_misses_and_replaces_its_entry(tmp_path: Path, cache: Path, parses: list[str]) -> None:
    path = copy(FLEET, tmp_path)
    pack_cache.load_pack_cached(path, cache)
    text = path.read_text(encoding="utf-8")
    assert 'title: "' in text or "title: " in text
    changed = text.replace("title: ", "title: Changed ", 1)
    path.write_text(changed, encoding="utf-8")
    loaded = pack_cache.load_pack_cached(path, cache)
    assert len(parses) == 2 and loaded.pack.title.startswith("Changed ")
    assert loaded == load_pack(path)
    assert list(cache.iterdir()) == [pack_cache.entry_path(path, cache)]  # one entry per pack file
    pack_cache.load_pack_cached(path, cache)
    assert len(parses) == 2


def test_the_same_bytes_back_again_still_miss_only_once(tmp_path: Path, cache: Path, parses: list[str]) -> None:
    path = copy(FLEET, tmp_path)
    original = path.read_bytes()
    pack_cache.load_pack_cached(path, cache)
    path.write_bytes(original + b"# a comment\n")
    pack_cache.load_pack_cached(path, cache)
    path.write_bytes(original)  # the same size and, on a coarse clock, the same time: only the hash tells
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)
    assert len(parses) == 3


def test_another_parser_never_reads_the_entry(tmp_path: Path, cache: Path, parses: list[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy(FLEET, tmp_path)
    pack_cache.load_pack_cached(path, cache)
    monkeypatch.setattr(pack_cache, "signature", lambda: "2/0.2.0/1234.5678/2097152.32.250000")
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)
    assert len(parses) == 2


@pytest.mark.parametrize("edited", ["our parser", "PyYAML"])
def test_the_signature_follows_the_parser(edited: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's edit of ``yamlsafe.py``, or an upgraded PyYAML (or libyaml), could place nodes
    differently: entries written before are not read."""
    import importlib.util
    from types import SimpleNamespace

    before = pack_cache.signature()
    assert " " not in before and pack_cache.signature() is before  # worked out once per process
    source = tmp_path / "source.py"
    source.write_text("edited")
    if edited == "our parser":
        monkeypatch.setattr(pack_cache.yamlsafe, "__file__", str(source))
    else:
        monkeypatch.setattr(importlib.util, "find_spec", lambda name: SimpleNamespace(origin=str(source)))
    pack_cache.signature.cache_clear()
    try:
        assert pack_cache.signature() != before
    finally:
        monkeypatch.undo()
        pack_cache.signature.cache_clear()
    assert pack_cache.signature() == before


# -- hostile entries ---------------------------------------------------------------------------------------

def body(kinds: str = "", lines: str = "", cols: str = "", counts: str = "", sizes: str = "", texts: str = "") -> bytes:
    return "\n".join((kinds, lines, cols, counts, sizes, texts)).encode("utf-8")


def columns(*nodes: tuple) -> bytes:
    """An entry's body from nodes written as (kind, line, col) or (kind, line, col, text or count)."""
    kinds, lines, cols, texts, counts = [], [], [], [], []
    for kind, line, col, *extra in nodes:
        kinds.append(kind)
        lines.append(line)
        cols.append(col)
        if extra:
            (texts if isinstance(extra[0], str) else counts).append(extra[0])
    return body("".join(map(str, kinds)), ",".join(map(str, lines)), ",".join(map(str, cols)),
                ",".join(map(str, counts)), ",".join(str(len(t)) for t in texts), "".join(texts))


NEST = 100_000
TEXT, LIST, MAPPING, EMPTY = 1, 2, 3, 0
HOSTILE_BODIES = {
    "garbage": bytes(range(256)) * 4,
    "json": b'[[1], [1], [1], ["x"], []]',
    "truncated": None,  # a good entry cut in half
    "empty body": b"",
    "nested brackets": b"[" * NEST + b"]" * NEST,
    "five lines only": b"1\n1\n1\n\n1",
    "no nodes": body(),
    "kind not a digit": body("x", "1", "1", "", "1", "x"),
    "unknown kind": columns((7, 1, 1, "x")),
    "line zero": columns((TEXT, 0, 1, "x")),
    "negative column": body("1", "1", "-3", "", "1", "x"),
    "plus sign": body("1", "+1", "1", "", "1", "x"),
    "space": body("1", " 1", "1", "", "1", "x"),
    "underscore": body("1", "1_0", "1", "", "1", "x"),
    "other digits": body("1", "\u0661", "1", "", "1", "x"),
    "ten digits": body("1", "1234567890", "1", "", "1", "x"),
    "empty number": body("22", "1,,1", "1,1", "1,0", "", ""),
    "trailing comma": body("1", "1,", "1", "", "1", "x"),
    "texts longer than said": body("1", "1", "1", "", "1", "xy"),
    "texts shorter than said": body("1", "1", "1", "", "3", "xy"),
    "lengths differ": body("1", "1,2", "1", "", "1", "x"),
    "text missing": columns((LIST, 1, 1, 2), (TEXT, 1, 2, "a"), (TEXT, 1, 3)),
    "text left over": body("1", "1", "1", "", "1,1", "xy"),
    "count missing": columns((LIST, 1, 1)),
    "count too large": columns((LIST, 1, 1, 3), (EMPTY, 1, 1)),
    "count left over": body("2", "1", "1", "0,4", "", ""),
    "second root": columns((TEXT, 1, 1, "x"), (TEXT, 2, 1, "y")),
    "first root all there is": columns((TEXT, 1, 1, "x"), (TEXT, 2, 1)),
    "trailing value": columns((LIST, 1, 1, 0), (EMPTY, 1, 1)),
    "container as key": columns((MAPPING, 1, 1, 1), (LIST, 1, 1, 0), (TEXT, 1, 5, "v")),
    "duplicate key": columns((MAPPING, 1, 1, 2), (TEXT, 1, 1, "k"), (TEXT, 1, 4, "a"), (TEXT, 2, 1, "k"),
                             (TEXT, 2, 4, "b")),
    "key without value": columns((MAPPING, 1, 1, 1), (TEXT, 1, 1, "k")),
    "too deep": columns(*[(LIST, 1, 1, 1)] * (MAX_DEPTH + 1), (EMPTY, 1, 1)),
    "too many values": columns((LIST, 1, 1, MAX_NODES), *[(EMPTY, 1, 1)] * MAX_NODES),
    "surrogate": b"1\n1\n1\n\n1\n\xed\xa0\x80",  # U+D800 written as UTF-8 would write it, if it did
    "not utf-8": b"1\n1\n1\n\n2\n\xff\xfe",
    "a mapping, not the pack": columns((MAPPING, 1, 1, 0)),  # the right shape: checked like any tree: an error
}


@pytest.mark.parametrize("name", sorted(HOSTILE_BODIES))
def test_a_hostile_entry_is_ignored_and_rewritten(name: str, tmp_path: Path, cache: Path,
                                                  parses: list[str]) -> None:
    path = copy(FLEET, tmp_path)
    entry = pack_cache.entry_path(path, cache)
    body = HOSTILE_BODIES[name]
    if body is None:  # cut short after its header was written: the header's digest is the whole body's
        pack_cache.load_pack_cached(path, cache)
        good = entry.read_bytes()
        header, body = good.split(b"\n", 1)
        torn = header + b"\n" + body[:len(body) // 2]
        parses.clear()
    else:  # with the digest of what it holds: only the body's contents can refuse it
        torn = header_of(path, body) + body
    cache.mkdir(parents=True, exist_ok=True)
    entry.write_bytes(torn)
    if name == "a mapping, not the pack":
        # A well-formed entry is believed (whoever can write the cache can write the packs folder beside it):
        # the tree it holds is checked as a pack like any other. This one is not a pack, so the pack fails.
        with pytest.raises(PackError):
            pack_cache.load_pack_cached(path, cache)
        return
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)
    assert parses == [str(path)]
    assert pack_cache.read_entry(entry, path.read_bytes()) is not None  # written again, good this time
    pack_cache.load_pack_cached(path, cache)
    assert parses == [str(path)]


@pytest.mark.parametrize("kind", ["no header", "another file's hash", "other magic"])
def test_an_entry_with_another_header_is_ignored(kind: str, tmp_path: Path, cache: Path,
                                                 parses: list[str]) -> None:
    path = copy(FLEET, tmp_path)
    pack_cache.load_pack_cached(path, cache)
    entry = pack_cache.entry_path(path, cache)
    good = entry.read_bytes()
    header, body = good.split(b"\n", 1)
    if kind == "no header":
        entry.write_bytes(body)
    elif kind == "another file's hash":
        entry.write_bytes(pack_cache._header(b"other bytes", body) + body)
    else:
        entry.write_bytes(header.replace(b"coexist-pack-cache", b"coexist-pack-cachf") + b"\n" + body)
    parses.clear()
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)
    assert parses == [str(path)] and entry.read_bytes() == good


def test_an_entry_over_the_cap_is_not_read(tmp_path: Path, cache: Path, parses: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy(FLEET, tmp_path)
    entry = pack_cache.entry_path(path, cache)
    cache.mkdir()
    with open(entry, "wb") as handle:  # sparse: the size alone refuses it, nothing is read
        handle.write(header_of(path, b""))
        handle.truncate(pack_cache.Bounds.of(path.read_bytes()).entry + 1)
    read = []
    real = pack_cache.read_untrusted
    monkeypatch.setattr(pack_cache, "read_untrusted", lambda p, limit, *a: read.append(limit) or real(p, limit, *a))
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)
    assert read == [pack_cache.Bounds.of(path.read_bytes()).entry] and parses == [str(path)]
    assert entry.stat().st_size < 100_000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["folder", "fifo", "link loop", "dangling link"])
def test_an_entry_that_is_not_a_file_is_ignored(kind: str, tmp_path: Path, cache: Path) -> None:
    path = copy(FLEET, tmp_path)
    entry = pack_cache.entry_path(path, cache)
    cache.mkdir()
    if kind == "folder":
        entry.mkdir()
    elif kind == "fifo":
        os.mkfifo(entry)  # reading it would wait for ever
    elif kind == "link loop":
        entry.symlink_to(entry)
    else:
        entry.symlink_to(tmp_path / "nothing")
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)


# -- bounded -----------------------------------------------------------------------------------------------

@pytest.fixture
def new_process(monkeypatch: pytest.MonkeyPatch):
    """Forget which entries this process used, as a new start would."""
    def start() -> None:
        monkeypatch.setattr(pack_cache, "_in_use", set())

    start()
    return start


def test_the_cache_keeps_at_most_max_entries(tmp_path: Path, cache: Path, new_process) -> None:
    packs = [copy(FLEET, tmp_path / "packs", f"p{n:03}.yaml") for n in range(pack_cache.MAX_ENTRIES + 6)]
    for age, path in enumerate(packs[:pack_cache.MAX_ENTRIES]):
        pack_cache.load_pack_cached(path, cache)
        os.utime(pack_cache.entry_path(path, cache), ns=(10**18 + age * 10**9,) * 2)  # the clock may be coarse
    for path in packs[pack_cache.MAX_ENTRIES:]:  # packs deleted since, other folders: one start each
        new_process()
        pack_cache.load_pack_cached(path, cache)
    entries = sorted(cache.glob("*" + pack_cache.SUFFIX))
    assert len(entries) == pack_cache.MAX_ENTRIES
    assert pack_cache.entry_path(packs[-1], cache) in entries  # the one just written is kept
    assert pack_cache.entry_path(packs[0], cache) not in entries  # the oldest went first


def test_more_packs_than_entries_do_not_push_each_other_out(tmp_path: Path, cache: Path, parses: list[str],
                                                           new_process) -> None:
    """A packs folder larger than the cap: one entry each, every start after the first a hit for all."""
    packs = [copy(FLEET, tmp_path / "packs", f"p{n:03}.yaml") for n in range(pack_cache.MAX_ENTRIES + 6)]
    for _start in range(3):
        new_process()
        for path in packs:
            pack_cache.load_pack_cached(path, cache)
    assert len(parses) == len(packs) and len(list(cache.glob("*" + pack_cache.SUFFIX))) == len(packs)
    new_process()
    other = copy(FLEET, tmp_path, "other.yaml")
    pack_cache.load_pack_cached(other, cache)  # a start that reads only another pack: back to the cap
    assert len(list(cache.glob("*" + pack_cache.SUFFIX))) == pack_cache.MAX_ENTRIES


def test_prune_removes_the_oldest_and_only_entries(tmp_path: Path, new_process) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    names = [f"{n:032x}{pack_cache.SUFFIX}" for n in range(5)]
    for age, name in enumerate(names):
        (folder / name).write_text("x")
        os.utime(folder / name, ns=(10**18 + age * 10**9,) * 2)
    (folder / "notes.txt").write_text("not ours")
    stale = folder / ".coexist-pack-cache.abc.tmp"
    stale.write_text("a write a crash cut short")
    os.utime(stale, (0, 0))
    pack_cache._in_use.add(folder / names[0])
    pack_cache.prune(folder, limit=2)
    assert sorted(p.name for p in folder.iterdir()) == sorted([names[0], names[4], "notes.txt"])


def test_editing_one_pack_many_times_keeps_one_entry(tmp_path: Path, cache: Path) -> None:
    path = copy(FLEET, tmp_path)
    for n in range(5):
        path.write_bytes(FLEET.read_bytes() + f"# edit {n}\n".encode())
        pack_cache.load_pack_cached(path, cache)
    assert len(list(cache.iterdir())) == 1


def test_a_yaml_error_is_never_cached(tmp_path: Path, cache: Path) -> None:
    path = copy(BROKEN / "unclosed_quote.yaml", tmp_path)
    with pytest.raises(PackError) as caught:
        pack_cache.load_pack_cached(path, cache)
    with pytest.raises(PackError) as again:
        load_pack(path)
    assert caught.value.problems == again.value.problems
    assert not cache.exists() or list(cache.iterdir()) == []


# -- a cache that cannot be used ---------------------------------------------------------------------------

def test_a_cache_folder_that_is_a_file_does_not_stop_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "cache").write_text("in the way")
    monkeypatch.setenv("COEXIST_HOME", str(home))
    assert library.builtin_pack().pack == load_pack(builtin_pack_path()).pack
    assert (home / "cache").read_text() == "in the way"


@pytest.mark.parametrize("failing", ["mkdir", "mkstemp", "write", "replace"])
def test_a_cache_that_cannot_be_written_does_not_stop_loading(failing: str, tmp_path: Path, cache: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EACCES if failing != "write" else errno.ENOSPC, "refused")

    target = {"mkdir": (Path, "mkdir"), "mkstemp": (tempfile, "mkstemp"),
              "write": (pack_cache, "write_all"), "replace": (pack_cache.os, "replace")}[failing]
    path = copy(FLEET, tmp_path)
    cache.mkdir()
    monkeypatch.setattr(*target, refuse)
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)
    monkeypatch.undo()
    assert list(cache.iterdir()) == []  # no entry and no temporary file left behind


def test_a_read_only_cache_is_used_as_it_is(tmp_path: Path, cache: Path, parses: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy(FLEET, tmp_path)
    pack_cache.load_pack_cached(path, cache)
    monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **k: (_ for _ in ()).throw(PermissionError()))
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)
    assert len(parses) == 1


# -- through the library ---------------------------------------------------------------------------------

@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COEXIST_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_the_library_caches_builtin_and_installed_packs_only(home: Path, tmp_path: Path, parses: list[str]) -> None:
    installed = copy(FLEET, home / "data" / "packs", "fleet.yaml")
    elsewhere = copy(FLEET, tmp_path, "other.yaml")
    packs = library.available_packs([elsewhere])
    assert set(packs) >= {"fleet", library.builtin_pack().pack.id}
    folder = home / "cache" / "packs"
    assert sorted(folder.iterdir()) == sorted([pack_cache.entry_path(builtin_pack_path(), folder),
                                               pack_cache.entry_path(installed, folder)])
    parses.clear()
    again = library.available_packs()
    assert parses == [] and (again["fleet"].pack, again["fleet"].warnings) == load_pack(installed)


def test_removing_a_pack_removes_its_entry(home: Path) -> None:
    installed = copy(FLEET, home / "data" / "packs", "fleet.yaml")
    library.installed_packs()
    entry = pack_cache.entry_path(installed, home / "cache" / "packs")
    assert entry.is_file()
    library.remove_pack("fleet")
    assert not entry.exists() and not installed.exists()


WARM_START = """
import sys
from coexist_gui.core import library
entries = [library.builtin_pack()] + library.installed_packs()
print(sorted(e.pack.id for e in entries), len(entries[1].warnings), "yaml" in sys.modules)
"""


def test_a_warm_start_never_imports_pyyaml(home: Path) -> None:
    copy(FLEET, home / "data" / "packs", "fleet.yaml")
    env = dict(os.environ, COEXIST_HOME=str(home))

    def start() -> str:
        return subprocess.run([sys.executable, "-c", WARM_START], env=env, capture_output=True, text=True,
                              timeout=60, check=True).stdout.strip()

    first, second = start(), start()
    assert first.endswith(" 4 True")  # the first start parses (and caches) both packs
    assert second == first[:-len("True")] + "False"


def test_an_entry_costs_no_more_than_its_pack(tmp_path: Path, cache: Path, parses: list[str]) -> None:
    """An entry claiming more than the pack's bytes can give (nodes, positions, text) is refused before a
    number is converted; one larger than the pack could make is not read at all."""
    import time
    import tracemalloc

    path = copy(FLEET, tmp_path)
    data = path.read_bytes()
    bounds = pack_cache.Bounds.of(data)
    entry = pack_cache.entry_path(path, cache)
    cache.mkdir()
    nodes = bounds.nodes
    claims = {
        "more nodes than the bytes allow": body("1" * (nodes + 1), ",".join(["1"] * (nodes + 1)),
                                               ",".join(["1"] * (nodes + 1)), "", ",".join(["0"] * (nodes + 1))),
        "more text sizes than texts": body("1", "1", "1", "", ",".join(["0"] * nodes)),
        "a line past the end of the file": columns((TEXT, bounds.position + 1, 1, "x")),
        "a column past the end of the file": columns((TEXT, 1, bounds.position + 1, "x")),
        "more text than the file": columns((TEXT, 1, 1, "x" * (bounds.text + 1))),
    }
    for name, hostile in claims.items():
        assert len(hostile) < bounds.entry, name
        entry.write_bytes(header_of(path, hostile) + hostile)
        tracemalloc.start()
        started = time.perf_counter()
        assert pack_cache.read_entry(entry, data) is None, name
        took = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 4 * len(hostile) + 1_000_000, name  # the entry's text, not a list of every number in it
        assert took < 1.0, name
    parses.clear()
    assert pack_cache.load_pack_cached(path, cache) == load_pack(path)
    assert parses == [str(path)]

