"""Write the hostile-input corpus next to this script (the files are committed too).

Run ``python tests/data/hostile/make_corpus.py`` to regenerate them; the output is
deterministic, so a regenerated corpus has no diff. What each file should get is
listed in ``tests/core/test_hostile.py`` and in ``docs/reliability.md``.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEAD = """format: coexist-pack/1
id: hostile-test
title: Hostile test pack
"""
FACTORS = """factors:
  - id: economy
    name: Economy
  - id: nuclear
    name: Nuclear weapons
"""
PROMPTS = """prompts:
  - id: why
    question: Why did the USSR seek Peaceful Coexistence?
    factors: [economy, nuclear]
"""


def evidence(first_text: str = "Consumer goods were short in 1953.", extra: str = "") -> str:
    """Four cards, two per factor; ``first_text`` is written as given (already YAML)."""
    return f"""evidence:
  - id: card-1
    text: {first_text}
    factors: [economy]{extra}
  - id: card-2
    text: Malenkov promised more consumer goods.
    factors: [economy]
  - id: card-3
    text: The USSR tested a hydrogen bomb in 1953.
    factors: [nuclear]
  - id: card-4
    text: Khrushchev said there was no third way.
    factors: [nuclear]
"""


def pack(first_text: str = "Consumer goods were short in 1953.", extra: str = "") -> str:
    return HEAD + FACTORS + evidence(first_text, extra) + PROMPTS


VALID = pack()

BILLION_LAUGHS = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def corpus() -> dict[str, bytes]:
    rng = random.Random(1953)
    files: dict[str, str | bytes] = {}
    # -- resource exhaustion ------------------------------------------------
    files["billion_laughs.yaml"] = BILLION_LAUGHS
    files["merge_key_alias.yaml"] = HEAD + FACTORS + evidence(
        "Consumer goods were short.", "\n    <<: &extra {detail: shared}\n    more: *extra") + PROMPTS
    files["deep_flow_50000.yaml"] = "[" * 50_000 + "]" * 50_000 + "\n"
    files["deep_flow_mapping_50000.yaml"] = "{a: " * 50_000 + "}" * 50_000 + "\n"
    files["deep_block_50000.yaml"] = "- " * 50_000 + "x\n"
    files["unclosed_braces_100000.yaml"] = "{" * 100_000 + "\n"
    padding = "# padding padding padding padding padding padding padding padding padding padding\n"
    files["big_3mib.yaml"] = (VALID + padding * (3 * 1024 * 1024 // len(padding) + 1))
    files["too_many_values.yaml"] = "[" + "a," * 250_001 + "a]\n"  # yamlsafe.MAX_NODES is 250,000
    files["card_text_1mb.yaml"] = pack("x" * 1_000_000)
    files["thousands_of_factors_on_card.yaml"] = HEAD + FACTORS + evidence(
        "Many factors.", "\n    factors: [" + ", ".join(f"f{n}" for n in range(5000)) + "]").replace(
        "    factors: [economy]\n    factors:", "    factors:") + PROMPTS
    files["max_cards_20000.yaml"] = (HEAD + FACTORS + "evidence:\n" + "".join(  # pack.MAX_CARDS: loads
        f"  - {{id: c{n}, text: x, factors: [{'economy' if n % 2 else 'nuclear'}]}}\n"
        for n in range(20_000)) + PROMPTS)
    # -- not text / wrong encoding ------------------------------------------
    files["binary_garbage.yaml"] = bytes(rng.randrange(256) for _ in range(4096))
    files["utf16_le_bom.yaml"] = VALID.encode("utf-16")  # with a BOM
    files["utf16_be_no_bom.yaml"] = VALID.encode("utf-16-be")
    files["invalid_utf8.yaml"] = pack("Caf\xe9 society: PLACEHOLDER").encode().replace(b"PLACEHOLDER", b"\xe9\xff")
    files["nul_byte.yaml"] = VALID.replace("Malenkov", "Malen\x00kov")
    files["empty.yaml"] = ""
    files["only_comments.yaml"] = "# a pack\n# with nothing in it\n"
    files["scalar_root.yaml"] = "just some text\n"
    # -- object construction and tags --------------------------------------
    files["python_object_apply.yaml"] = ("!!python/object/apply:os.system\n"
                                         "args: ['echo pwned > /tmp/coexist-pwned']\n")
    files["python_tag_in_card.yaml"] = pack("!!python/object/apply:os.system [\"id\"]")
    files["binary_tag.yaml"] = pack("!!binary aGVsbG8gd29ybGQ=")
    files["set_tag.yaml"] = pack("!!set {a, b, c}")
    files["local_tag.yaml"] = pack("!card Consumer goods were short.")
    # -- structure ----------------------------------------------------------
    files["duplicate_keys.yaml"] = VALID.replace("    text: Malenkov promised more consumer goods.\n",
                                                 "    text: Malenkov promised more consumer goods.\n"
                                                 "    text: Malenkov promised nothing.\n")
    files["second_document.yaml"] = VALID + "---\n" + VALID
    # -- YAML 1.1 typing ------------------------------------------------------
    files["invalid_date_year.yaml"] = pack(extra="\n    year: 2024-02-30")
    files["huge_integer_year.yaml"] = pack(extra="\n    year: " + "9" * 5000)
    files["yaml11_typing_loads_as_text.yaml"] = (
        VALID.replace("title: Hostile test pack", "title: Hostile test pack\nversion: 1.10\nauthor: ~user\n"
                      "description: " + "7" * 5000)
        .replace("text: Consumer goods were short in 1953.", "text: NO")
        .replace("text: Malenkov promised more consumer goods.", "text: 12:30:00")
        .replace("text: The USSR tested a hydrogen bomb in 1953.", "text: 2024-02-30")
        .replace("text: Khrushchev said there was no third way.", "text: 0x1F .inf"))
    # -- ids ------------------------------------------------------------------
    files["id_path_separators.yaml"] = (VALID.replace("id: card-1", "id: ../../etc/passwd")
                                        .replace("id: card-2", "id: 'a\\b'")
                                        .replace("id: hostile-test", "id: /tmp/x"))
    # -- markup: loads, and the text is kept literally --------------------------
    files["html_img.yaml"] = pack("'<img src=\"/etc/hostname\">'")
    files["html_link.yaml"] = pack("'<a href=\"file:///etc/passwd\">click</a> <a href=\"https://example.com\">x</a>'")
    files["html_bold_script.yaml"] = pack("'<b>bold</b> <script>alert(1)</script> &amp; &lt;'")
    files["markdown_image_link.yaml"] = pack("'![x](/etc/hostname) and [link](https://example.com)'")
    files["control_chars_escaped.yaml"] = pack('"Bidi \\u202e override, NUL \\0 and bell \\a in a card"')
    out: dict[str, bytes] = {}
    for name, content in files.items():
        out[name] = content.encode("utf-8") if isinstance(content, str) else content
    return out


def main() -> None:
    total = 0
    for name, data in corpus().items():
        (HERE / name).write_bytes(data)
        total += len(data)
    print(f"wrote {len(corpus())} files, {total / 1048576:.2f} MiB, in {HERE}")


if __name__ == "__main__":
    main()
