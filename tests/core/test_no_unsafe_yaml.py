"""All YAML the app reads goes through ``coexist_gui.core.yamlsafe.read_yaml`` (C)SafeLoader events.

Ruff's banned-api rule catches ``yaml.load`` and friends written as attributes; this test
also walks the syntax tree, so ``from yaml import load``, ``Loader=`` keywords, a loader
class named some other way or a second event reader are caught too. Tests and
benchmarks may read YAML with the safe loaders only.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "coexist_gui"
READER = PACKAGE / "core" / "yamlsafe.py"

SAFE_LOADERS = {"SafeLoader", "CSafeLoader"}
# functions that build Python objects from YAML or read it another way than read_yaml
READING = {"load", "load_all", "safe_load", "safe_load_all", "full_load", "full_load_all", "unsafe_load",
           "unsafe_load_all", "compose", "compose_all", "parse", "scan"}
UNSAFE = {"full_load", "full_load_all", "unsafe_load", "unsafe_load_all"}  # and load() without a safe Loader


def _is_loader(name: str) -> bool:
    return name.endswith("Loader") or name.endswith("Constructor")


def violations(source: str, *, package: bool, reader: bool = False) -> list[str]:
    """Problems in one file. ``package``: app code (read_yaml only); else tests (safe loaders only)."""
    found: list[str] = []
    tree = ast.parse(source)
    yaml_names = {"yaml"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yaml_names.update(a.asname or a.name for a in node.names if a.name == "yaml")
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "yaml":
            for alias in node.names:
                name = alias.name
                if (package and not reader) or name in UNSAFE | {"load", "load_all"} or (
                        _is_loader(name) and name not in SAFE_LOADERS):
                    found.append(f"{line}: from {node.module} import {name}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in yaml_names:
            name = node.attr
            if _is_loader(name) and name not in SAFE_LOADERS:
                found.append(f"{line}: yaml.{name}")
            elif package and not reader and (name in READING or _is_loader(name)):
                found.append(f"{line}: yaml.{name} outside yamlsafe.read_yaml")
            elif name in UNSAFE and not package:
                found.append(f"{line}: yaml.{name}")
        elif isinstance(node, ast.Call):
            func = node.func
            if (not package and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                    and func.value.id in yaml_names and func.attr in ("load", "load_all")
                    and not any(k.arg == "Loader" for k in node.keywords)):
                found.append(f"{line}: yaml.{func.attr} without a safe Loader")
            for keyword in node.keywords:
                if keyword.arg != "Loader":
                    continue
                value = keyword.value
                if package and not reader:
                    found.append(f"{line}: Loader= outside yamlsafe.read_yaml")
                elif reader and not (isinstance(value, ast.Name) and value.id == "_Loader"):
                    found.append(f"{line}: Loader= other than _Loader")
                elif not reader and not (isinstance(value, ast.Attribute) and value.attr in SAFE_LOADERS):
                    found.append(f"{line}: Loader= other than a safe loader")
        elif reader and isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "_Loader" for t in node.targets):
            value = node.value
            if not (isinstance(value, ast.Attribute) and value.attr in SAFE_LOADERS):
                found.append(f"{line}: _Loader is not a safe loader")
        elif reader and isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.target.id == "_Loader":
            value = node.value
            if not (isinstance(value, ast.Attribute) and value.attr in SAFE_LOADERS):
                found.append(f"{line}: _Loader is not a safe loader")
    return found


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "data" not in p.relative_to(ROOT).parts[1:2])


def test_app_code_reads_yaml_only_through_read_yaml() -> None:
    files = _python_files(PACKAGE)
    assert READER in files and len(files) > 5
    problems = {str(p.relative_to(ROOT)): violations(p.read_text(encoding="utf-8"), package=True,
                                                       reader=p == READER) for p in files}
    assert {path: found for path, found in problems.items() if found} == {}


def test_the_reader_uses_a_safe_loader_and_the_event_stream_only() -> None:
    source = READER.read_text(encoding="utf-8")
    assert "yaml.parse(text, Loader=_Loader)" in source
    assert "_Loader: type = yaml.CSafeLoader" in source and "_Loader = yaml.SafeLoader" in source
    for forbidden in ("yaml.load", "yaml.compose", "construct_", "yaml.safe_load"):
        assert forbidden not in source


def test_tests_and_benchmarks_use_safe_loaders_only() -> None:
    files = _python_files(ROOT / "tests") + (_python_files(ROOT / "benchmarks") if (ROOT / "benchmarks").is_dir()
                                            else [])
    files = [p for p in files if p != Path(__file__).resolve()]
    problems = {str(p.relative_to(ROOT)): violations(p.read_text(encoding="utf-8"), package=False) for p in files}
    assert {path: found for path, found in problems.items() if found} == {}


@pytest.mark.parametrize("snippet", [
    "import yaml\nyaml.load(data)\n",
    "import yaml\nyaml.full_load(data)\n",
    "import yaml\nyaml.unsafe_load(data)\n",
    "import yaml\nyaml.safe_load(data)\n",
    "import yaml as y\ny.load(data, Loader=y.SafeLoader)\n",
    "from yaml import load\n",
    "from yaml import safe_load\n",
    "import yaml\nyaml.compose(data)\n",
    "import yaml\nyaml.parse(data)\n",
    "import yaml\nloader = yaml.CLoader\n",
    "import yaml\nyaml.add_constructor('!x', f, Loader=yaml.SafeLoader)\n",
])
def test_the_check_catches_unsafe_app_code(snippet: str) -> None:
    assert violations(snippet, package=True)


@pytest.mark.parametrize("snippet", [
    "import yaml\nyaml.load(data)\n",
    "import yaml\nyaml.load(data, Loader=yaml.Loader)\n",
    "import yaml\nyaml.load(data, Loader=yaml.FullLoader)\n",
    "import yaml\nyaml.unsafe_load(data)\n",
    "from yaml import UnsafeLoader\n",
    "from yaml import full_load\n",
])
def test_the_check_catches_unsafe_test_code(snippet: str) -> None:
    assert violations(snippet, package=False)


def test_the_check_allows_safe_test_code_and_the_reader() -> None:
    assert violations("import yaml\nyaml.safe_load(x)\nyaml.safe_dump(x)\nyaml.load(x, Loader=yaml.CSafeLoader)\n",
                      package=False) == []
    assert violations(READER.read_text(encoding="utf-8"), package=True, reader=True) == []
    assert violations("import yaml\n_Loader = yaml.FullLoader\n", package=True, reader=True)
