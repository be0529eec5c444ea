"""The hostile-input corpus (tests/data/hostile/): every file is refused, or loaded safely, fast.

Each file goes through ``coexist-gui validate`` in a subprocess, so a segfault or a hang
shows up as a failure rather than taking pytest down, and through ``load_pack`` and
``parse_plan`` in-process, where the time is measured (the budget is 1 s per file).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coexist_gui.core.pack import load_pack
from coexist_gui.core.plan import parse_plan
from coexist_gui.core.problems import PackError, PlanError

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
BUDGET_S = 1.0

# file -> (exit code of `coexist-gui validate`, text the first error must contain, its line or None)
# Exit 0 means the file loads: the markup and YAML-1.1 cases are kept as literal text.
EXPECTED: dict[str, tuple[int, str, int | None]] = {
    "billion_laughs.yaml": (2, "anchor '&a' is not allowed", 1),
    "merge_key_alias.yaml": (2, "anchor '&extra' is not allowed", 13),
    "deep_flow_50000.yaml": (2, "maximum nesting depth", 1),
    "deep_flow_mapping_50000.yaml": (2, "nesting is deeper than 32 levels", 1),
    "deep_block_50000.yaml": (2, "nesting is deeper than 32 levels", 1),
    "unclosed_braces_100000.yaml": (2, "maximum nesting depth", 1),
    "big_3mib.yaml": (2, "file is 3.0 MiB; the limit for a pack is 2 MiB", 1),
    "too_many_values.yaml": (2, "file has more than 250,000 values", 1),
    "card_text_1mb.yaml": (2, "text is 1,000,000 characters; the limit is 300", 11),
    "thousands_of_factors_on_card.yaml": (2, "has 5,000 factors; the limit is 2", 12),
    "max_cards_20000.yaml": (0, "", None),
    "binary_garbage.yaml": (2, "invalid UTF-8 byte 0x", 1),
    "utf16_le_bom.yaml": (2, "file is UTF-16; save it as UTF-8", 1),
    "utf16_be_no_bom.yaml": (2, "file looks like UTF-16", 1),
    "invalid_utf8.yaml": (2, "invalid UTF-8 byte 0xe9", 11),
    "nul_byte.yaml": (2, "file contains a NUL byte", 14),
    "empty.yaml": (2, "file is empty", 1),
    "only_comments.yaml": (2, "file is empty", 1),
    "scalar_root.yaml": (2, "expected a mapping of keys (format, id, title", 1),
    "python_object_apply.yaml": (2, "explicit tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed", 1),
    "python_tag_in_card.yaml": (2, "explicit tag 'tag:yaml.org,2002:python/object/apply:os.system'", 11),
    "binary_tag.yaml": (2, "explicit tag 'tag:yaml.org,2002:binary' is not allowed", 11),
    "set_tag.yaml": (2, "explicit tag 'tag:yaml.org,2002:set' is not allowed", 11),
    "local_tag.yaml": (2, "explicit tag '!card' is not allowed", 11),
    "duplicate_keys.yaml": (2, "key 'text' appears twice (first on line 14)", 15),
    "second_document.yaml": (2, "a second YAML document ('---') is not allowed", 26),
    "invalid_date_year.yaml": (2, "'2024-02-30' is not a whole number", 13),
    "huge_integer_year.yaml": (2, "a 5,000-digit number is out of range", 13),
    "yaml11_typing_loads_as_text.yaml": (0, "", None),
    "id_path_separators.yaml": (2, "'/tmp/x' is not a valid id", 2),
    "html_img.yaml": (0, "", None),
    "html_link.yaml": (0, "", None),
    "html_bold_script.yaml": (0, "", None),
    "markdown_image_link.yaml": (0, "", None),
    "control_chars_escaped.yaml": (0, "", None),
}

# the first card's text, exactly as the student must see it (never interpreted as markup)
LITERAL_TEXT = {
    "html_img.yaml": '<img src="/etc/hostname">',
    "html_link.yaml": '<a href="file:///etc/passwd">click</a> <a href="https://example.com">x</a>',
    "html_bold_script.yaml": "<b>bold</b> <script>alert(1)</script> &amp; &lt;",
    "markdown_image_link.yaml": "![x](/etc/hostname) and [link](https://example.com)",
    "control_chars_escaped.yaml": "Bidi \u202e override, NUL \x00 and bell \x07 in a card",
    "yaml11_typing_loads_as_text.yaml": "NO",
}

LOCATION = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): (?P<message>.*)$",
                      re.MULTILINE)


def _line_count(data: bytes) -> int:
    return data.count(b"\n") + 1


def test_corpus_is_complete_and_matches_its_generator() -> None:
    on_disk = sorted(p.name for p in HOSTILE.glob("*.yaml"))
    assert sorted(EXPECTED) == on_disk
    assert len(on_disk) >= 25
    spec = importlib.util.spec_from_file_location("make_corpus", HOSTILE / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated = module.corpus()
    assert sorted(generated) == on_disk
    stale = [name for name, data in generated.items() if (HOSTILE / name).read_bytes() != data]
    assert stale == [], "run python tests/data/hostile/make_corpus.py and commit the result"
    assert sum(len(d) for d in generated.values()) < 6.5 * 1024 * 1024


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_in_a_subprocess(name: str) -> None:
    code, message, line = EXPECTED[name]
    env = dict(os.environ, PYTHONFAULTHANDLER="1")
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "coexist_gui", "validate", name], cwd=HOSTILE, env=env,
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=30)
    elapsed = time.perf_counter() - start
    output = proc.stdout + proc.stderr
    assert proc.returncode == code, output[-2000:]
    assert "Traceback" not in output and "Fatal Python error" not in output
    assert elapsed < 10, f"{name}: validate took {elapsed:.1f} s"  # interpreter start-up included
    if code == 0:
        assert f"{name}: OK: pack 'hostile-test'" in proc.stdout
        assert not LOCATION.search(proc.stderr)  # no errors and, for these files, no warnings
        return
    found = [m.groupdict() for m in LOCATION.finditer(proc.stderr)]
    assert found, proc.stderr[-2000:]
    first = found[0]
    assert first["path"] == name and first["severity"] == "error"
    assert message in first["message"], first["message"]
    if line is not None:
        assert int(first["line"]) == line
    lines = _line_count((HOSTILE / name).read_bytes())
    assert all(1 <= int(p["line"]) <= lines and int(p["col"]) >= 1 for p in found)
    assert proc.stderr.rstrip().endswith("not a valid pack")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_load_in_process_is_fast_and_only_raises_pack_error(name: str) -> None:
    code, _message, _line = EXPECTED[name]
    path = HOSTILE / name
    start = time.perf_counter()
    try:
        pack, warnings = load_pack(path)
    except PackError as exc:
        elapsed = time.perf_counter() - start
        assert code == 2 and exc.errors
        rendered = "\n".join(p.render() for p in exc.problems)
        assert len(rendered) < 200_000  # a 1 MB line is shown as a window around the column, not in full
    else:
        elapsed = time.perf_counter() - start
        assert code == 0 and warnings == []
        if name in LITERAL_TEXT:
            assert pack.cards[0].text == LITERAL_TEXT[name]
    assert elapsed < BUDGET_S, f"{name}: {elapsed:.2f} s"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_same_bytes_as_a_plan_only_raise_plan_error(name: str) -> None:
    data = (HOSTILE / name).read_bytes()
    start = time.perf_counter()
    with pytest.raises(PlanError) as info:  # none of them is a plan
        parse_plan(data, name)
    assert time.perf_counter() - start < BUDGET_S
    assert all(1 <= p.line <= _line_count(data) for p in info.value.problems)


def test_yaml_1_1_values_stay_text() -> None:
    pack, _ = load_pack(HOSTILE / "yaml11_typing_loads_as_text.yaml")
    assert [card.text for card in pack.cards] == ["NO", "12:30:00", "2024-02-30", "0x1F .inf"]
    assert (pack.version, pack.author, pack.description) == ("1.10", "~user", "7" * 5000)


def test_no_code_runs(tmp_path: Path) -> None:
    marker = Path("/tmp/coexist-pwned")
    marker.unlink(missing_ok=True)
    with pytest.raises(PackError):
        load_pack(HOSTILE / "python_object_apply.yaml")
    assert not marker.exists()


def test_every_line_of_a_big_valid_pack_is_read() -> None:
    pack, warnings = load_pack(HOSTILE / "max_cards_20000.yaml")
    assert len(pack.cards) == 20_000 and warnings == []
