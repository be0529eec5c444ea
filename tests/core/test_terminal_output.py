"""No control character from a pack, a plan or a file name reaches the terminal, through any subcommand.

A pack and plans carry every control character a terminal acts on (OSC 52 sets the clipboard, CSI
clears the screen, CR overwrites the line, bidi overrides reverse it, C1 controls, DEL, NUL) in every
text: version, title, names, cards, question, sides, the exemplar, the student's name, points, own
cards, the ``format`` line, and the file names themselves. Each subcommand runs as a real process and
its stdout and stderr bytes are checked.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from data.hostile.generators import CONTROLS, control_format_plan, control_pack, control_plan

from coexist_gui.core.plaintext import for_terminal, json_for_terminal

# C0 but \n, DEL, C1 (UTF-8), U+061C, U+200E/F, U+2028/9, U+202A–E, U+2066–9
FORBIDDEN = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xa8-\xae]"
                       rb"|\xe2\x81[\xa6-\xa9]")
NAME = "essay \x1b]52;c;cHduZWQ=\x07\x1b[2J\r\u202e"  # a file name is text from someone else too


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    if sys.platform.startswith("win"):
        pytest.skip("Windows file names cannot hold control characters")
    made = {"pack": tmp_path / f"{NAME}.yaml", "plan": tmp_path / f"{NAME}.plan.yaml",
            "format": tmp_path / "format.plan.yaml", "broken": tmp_path / f"broken {NAME}.yaml",
            "missing-pack-plan": tmp_path / f"other {NAME}.plan.yaml"}
    made["pack"].write_bytes(control_pack())
    made["plan"].write_bytes(control_plan())
    made["format"].write_bytes(control_format_plan())
    made["missing-pack-plan"].write_bytes(control_plan().replace(b"pack: ctl", b"pack: gone"))
    # errors that quote hostile text: a bad id, an unknown key, a too-long version
    broken = control_pack().replace(b"id: ctl", b'id: "ctl\\e[2J\\r"', 1).replace(
        b"evidence:", b'"unknown\\e]52;c;x\\a": 1\nevidence:', 1)
    made["broken"].write_bytes(broken)
    return made


def _run(args: list[str], home: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, COEXIST_HOME=str(home), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "coexist_gui", *args], env=env, input=stdin, capture_output=True,
                          timeout=60)


def test_every_subcommand_writes_no_control_character(files: dict[str, Path], tmp_path: Path) -> None:
    home = tmp_path / "home"
    pack, plan = str(files["pack"]), str(files["plan"])
    steps: list[tuple[list[str], bytes, int]] = [
        (["validate", pack], b"", 0),
        (["validate", "--explain", pack], b"", 0),
        (["validate", str(files["broken"])], b"", 2),
        (["validate", "--brief", str(files["broken"]), str(files["format"])], b"", 2),
        (["install", pack], b"", 0),
        (["install", pack], b"n\n", 1),  # the replace question quotes both versions
        (["install", "--yes", pack], b"", 0),
        (["install", str(files["broken"])], b"", 2),
        (["packs"], b"", 0),
        (["packs", "--json"], b"", 0),
        (["score", "--pack", pack, plan], b"", 0),
        (["score", "--json", "--pack", pack, plan], b"", 0),
        (["score", "--pack", pack, str(files["format"])], b"", 2),
        (["score", "--pack", pack, str(files["missing-pack-plan"])], b"", 2),
        (["report", plan, str(files["format"]), str(files["missing-pack-plan"])], b"", 2),
        (["report", "--pack", str(files["broken"]), plan], b"", 2),
        (["report", plan, "--md", str(tmp_path / f"{NAME}.md")], b"", 0),
        (["report", plan, "--csv", str(tmp_path / f"{NAME}.csv")], b"", 0),
        (["report", plan, "--html", str(tmp_path / f"{NAME}.html")], b"", 0),
        (["new-pack", str(tmp_path / f"new {NAME}.yaml")], b"", 0),
        (["new-pack", str(tmp_path / f"new {NAME}.yaml")], b"", 1),  # exists
        (["remove", "ctl\x1b[2J"], b"", 2),
        (["remove", "ctl"], b"", 0),
        (["validate", "--no-such-option\x1b[2J"], b"", 2),  # argparse quotes the argument
        (["--no-such-option\x1b]52;c;x\x07"], b"", 2),
        (["score", "--help"], b"", 0),
    ]
    for args, stdin, code in steps:
        proc = _run(args, home, stdin)
        output = proc.stdout + proc.stderr
        assert proc.returncode == code, (args, output[-1500:])
        assert b"Traceback" not in output, (args, output[-1500:])
        bad = FORBIDDEN.search(proc.stdout) or FORBIDDEN.search(proc.stderr)
        assert bad is None, (args, bad.group() if bad else b"", output[-1500:])
        assert output.strip(), args
    # the hostile text was there, replaced (not dropped): the version as the teacher sees it
    proc = _run(["validate", pack], home)
    assert "version 1\ufffd]52;c;cHduZWQ=\ufffd\ufffd[2J:" in proc.stdout.decode("utf-8")


def test_json_output_escapes_controls_and_keeps_the_data(files: dict[str, Path], tmp_path: Path) -> None:
    proc = _run(["score", "--json", "--pack", str(files["pack"]), str(files["plan"])], tmp_path / "home")
    assert proc.returncode == 0 and FORBIDDEN.search(proc.stdout) is None
    texts = list(_strings(json.loads(proc.stdout)))
    assert any("\u202e" in text and "\x1b]52;" in text for text in texts)  # the same data, only escaped


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def test_for_terminal_replaces_every_control() -> None:
    text = "a" + "".join(CONTROLS) + "\tb\nc"
    shown = for_terminal(text)
    assert FORBIDDEN.search(shown.encode()) is None
    assert shown.endswith(" b\nc") and shown.count("\ufffd") >= len(CONTROLS)
    assert json.loads(json_for_terminal({"t": text})) == {"t": text}
    assert FORBIDDEN.search(json_for_terminal({"t": text}).encode()) is None


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``coexist-gui score … | head -1`` ended with a BrokenPipeError traceback."""
    from data.hostile.generators import long_plan_paragraphs

    plan = tmp_path / "unknown.plan.yaml"
    plan.write_bytes(long_plan_paragraphs(3, 2000))  # 6,000 unknown cards: the JSON is more than a pipe holds
    small = Path(__file__).resolve().parents[1] / "data" / "packs" / "small.yaml"
    for extra in ([], ["--json"]):
        proc = subprocess.Popen([sys.executable, "-m", "coexist_gui", "score", *extra, "--pack", str(small),
                                 str(plan)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=dict(os.environ, COEXIST_HOME=str(tmp_path / "home")))
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()  # like head -1: one line, then the pipe closes
        proc.stdout.close()
        err = proc.stderr.read()
        proc.stderr.close()
        code = proc.wait(timeout=30)
        assert err == b""
        if extra:  # the JSON lists every card, so writing it must meet the closed pipe
            assert code == 141, err
        else:  # the text report is short (feedback is capped per kind): it may be written before the pipe closes
            assert code in (0, 141), err


def test_only_say_writes_to_the_terminal() -> None:
    """The CLI module has no print() and no direct write to sys.stdout/sys.stderr outside ``say``."""
    import ast

    import coexist_gui.cli as cli

    tree = ast.parse(Path(cli.__file__).read_text(encoding="utf-8"))
    offenders = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or function.name == "say":
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                offenders.append(f"{function.name}: print()")
            if (isinstance(node, ast.Attribute) and node.attr == "write" and isinstance(node.value, ast.Attribute)
                    and node.value.attr in ("stdout", "stderr")):
                offenders.append(f"{function.name}: sys.{node.value.attr}.write")
    assert offenders == []


def test_help_goes_to_stdout_and_usage_errors_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    from coexist_gui.cli import main

    with pytest.raises(SystemExit) as done:
        main(["score", "--help"])
    out, err = capsys.readouterr()
    assert done.value.code == 0 and out.startswith("usage: coexist-gui score") and err == ""
    with pytest.raises(SystemExit) as done:
        main(["score", "x.plan.yaml", "--no-such\x1b[2J"])
    out, err = capsys.readouterr()
    assert done.value.code == 2 and out == "" and "--no-such\ufffd[2J" in err
