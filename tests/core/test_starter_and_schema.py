"""The starter pack validates cleanly; resources/pack.schema.json accepts every pack the validator accepts
and names the same keys as docs/pack-format.md and the reader."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from coexist_gui.cli import main
from coexist_gui.core import pack as pack_module
from coexist_gui.core.pack import builtin_pack_path, load_pack, parse_pack
from coexist_gui.core.problems import LoadError
from coexist_gui.core.starter import pack_id_for, schema_path, starter_pack
from coexist_gui.core.yamlsafe import MAP, NULL, SEQ, Node, read_yaml

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "tests" / "data" / "packs"
SCHEMA = json.loads((ROOT / "resources" / "pack.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def plain(node: Node) -> object:
    """The Node tree as JSON-like data: every scalar stays text, as the reader keeps it."""
    if node.kind == MAP:
        return {key: plain(value) for key, (_key, value) in node.pairs.items()}
    if node.kind == SEQ:
        return [plain(item) for item in node.items]
    return None if node.kind == NULL else node.text


def schema_errors(data: bytes) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in VALIDATOR.iter_errors(plain(read_yaml(data, "pack.yaml")))]


def accepted_packs() -> list[Path]:
    paths = [builtin_pack_path()]
    for path in sorted(PACKS.glob("*.yaml")):
        try:
            load_pack(path)
        except LoadError:
            continue
        paths.append(path)
    return paths


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert schema_path().resolve() == (ROOT / "resources" / "pack.schema.json").resolve()


def test_starter_pack_is_valid_with_no_warning_and_a_band_5_exemplar() -> None:
    text = starter_pack("cold-war", schema="pack.schema.json", file_name="cold-war.yaml")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=pack.schema.json"
    pack, warnings = parse_pack(text.encode(), "cold-war.yaml")
    assert warnings == [] and pack.id == "cold-war"
    assert len(pack.factors) == 2 and len(pack.cards) >= 3 and len(pack.prompts) == 1
    prompt = pack.prompts[0]
    assert prompt.two_sided and prompt.exemplar is not None
    assert schema_errors(text.encode()) == []


@pytest.mark.parametrize("path", accepted_packs(), ids=lambda p: p.name)
def test_every_pack_the_validator_accepts_the_schema_accepts(path: Path) -> None:
    assert schema_errors(path.read_bytes()) == []


def _fuzz_pack_data():  # the fuzz tests' generator of valid packs, if it is there
    try:
        from core.test_fuzz import pack_data
    except ImportError:  # pragma: no cover
        return None
    return pack_data()


_PACK_DATA = _fuzz_pack_data()


@pytest.mark.skipif(_PACK_DATA is None, reason="tests/core/test_fuzz.py not found")
@settings(max_examples=150)
@given(_PACK_DATA if _PACK_DATA is not None else st.nothing())
def test_random_valid_packs_pass_the_schema(data: dict) -> None:
    raw = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
    parse_pack(raw, "fuzz.yaml")  # valid by construction
    assert schema_errors(raw) == []


@pytest.mark.parametrize(("change", "where"), [
    (("    factors: [army]\n", "    factor: [army]\n"), "evidence/0"),  # unknown key
    (("id: fleet", "id: Fleet"), "id"),
    (("show_score: on_check", "show_score: never"), "prompts/1/show_score"),
    (("hide_tags: yes", "hide_tags: sometimes"), "prompts/1/hide_tags"),
    (("minutes: 15", "minutes: soon"), "prompts/1/minutes"),
])
def test_the_schema_catches_common_mistakes(change: tuple[str, str], where: str) -> None:
    text = (PACKS / "explain.yaml").read_text(encoding="utf-8")
    assert change[0] in text
    errors = schema_errors(text.replace(change[0], change[1], 1).encode())
    assert errors and all(e.startswith(where) for e in errors), errors


def test_editors_see_numbers_and_booleans_and_the_schema_allows_them() -> None:
    data = plain(read_yaml((PACKS / "explain.yaml").read_bytes(), "explain.yaml"))
    assert isinstance(data, dict)
    # what a YAML editor sees: ints and booleans where Coexist sees text
    data["version"], data["evidence"][0]["year"] = 2, -44
    data["prompts"][1].update(minutes=15, min_cards=3, hide_tags=True)
    data["factors"][0]["name"] = 1984
    assert list(VALIDATOR.iter_errors(data)) == []
    data["prompts"][1]["minutes"] = 601
    assert [e.json_path for e in VALIDATOR.iter_errors(data)] == ["$.prompts[1].minutes"]


# -- docs, schema and reader name the same keys ------------------------------------------------------------

LEVELS = ["pack", "factor", "card", "prompt", "side", "exemplar", "paragraph", "judgement"]


def doc_tables() -> list[dict[str, bool]]:
    """Each key table of docs/pack-format.md (header '| key |'): key -> required?"""
    tables: list[dict[str, bool]] = []
    current: dict[str, bool] | None = None
    for line in (ROOT / "docs" / "pack-format.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| key |"):
            current = {}
            tables.append(current)
        elif current is not None and line.startswith("|---"):
            continue
        elif current is not None and line.startswith("| `"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            match = re.fullmatch(r"`([a-z_]+)`", cells[0])
            assert match, cells[0]
            current[match.group(1)] = cells[2].startswith("required")
        else:
            current = None
    return tables


def schema_level(name: str) -> dict:
    return SCHEMA if name == "pack" else SCHEMA["$defs"][name]


def test_docs_and_schema_describe_the_same_keys() -> None:
    tables = doc_tables()
    assert len(tables) == len(LEVELS)
    for name, table in zip(LEVELS, tables, strict=True):
        level = schema_level(name)
        assert list(level["properties"]) == list(table), name
        assert sorted(level["required"]) == sorted(k for k, required in table.items() if required), name
        assert level["additionalProperties"] is False


def test_schema_and_reader_allow_the_same_keys() -> None:
    reader = {"pack": pack_module.PACK_REQUIRED + pack_module.PACK_OPTIONAL,
              "factor": pack_module.FACTOR_REQUIRED + pack_module.FACTOR_OPTIONAL,
              "card": pack_module.CARD_REQUIRED + pack_module.CARD_OPTIONAL,
              "prompt": pack_module.PROMPT_REQUIRED + pack_module.PROMPT_OPTIONAL,
              "side": pack_module.SIDE_REQUIRED, "exemplar": pack_module.EXEMPLAR_KEYS,
              "paragraph": ("factor", "point", "cards"), "judgement": ("most_important", "text")}
    for name, keys in reader.items():
        assert set(schema_level(name)["properties"]) == set(keys), name
    assert set(schema_level("prompt")["properties"]) >= {"hide_tags", "show_score"}


# -- new-pack -------------------------------------------------------------------------------------------------


def test_new_pack_writes_a_valid_pack_and_never_overwrites(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "Cold War 1945.yaml"
    assert main(["new-pack", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    modeline = text.splitlines()[0]
    assert modeline.startswith("# yaml-language-server: $schema=")
    assert Path(modeline.split("=", 1)[1]).resolve() == schema_path().resolve()  # the installed schema
    assert main(["validate", str(target)]) == 0
    out, _err = capsys.readouterr()
    assert out.endswith("OK: pack 'cold-war-1945' version 1: 1 prompt, 2 factors, 7 cards, 0 warnings\n")
    target.write_text("mine", encoding="utf-8")
    assert main(["new-pack", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "mine"
    assert "already exists" in capsys.readouterr().err
    assert main(["new-pack", str(target), "--force", "--schema", "../pack.schema.json"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../pack.schema.json\n")


def test_pack_ids_from_file_names() -> None:
    assert pack_id_for("WW1 causes.YML") == "ww1-causes"
    assert pack_id_for("___.yaml") == "my-pack"
    assert len(pack_id_for("a" * 100 + ".yaml")) == 64
    with pytest.raises(ValueError):
        starter_pack("Bad Id")
