"""Files that are not plain files: FIFOs, devices, loops, folders, 3 GiB sparse files (core/untrusted.py).

Each one must be refused with one sentence within the budget, by the reader and by every
command that reads files, without a traceback and without reading more than the cap.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from data.hostile.generators import make_sparse, make_special_files

from coexist_gui.core import library
from coexist_gui.core.pack import MAX_PACK_BYTES, load_pack
from coexist_gui.core.plan import load_plan
from coexist_gui.core.problems import PackError, PlanError
from coexist_gui.core.untrusted import UnreadableFile, is_plan_file, read_head, read_untrusted

BUDGET_S = 2.0
DATA = Path(__file__).resolve().parents[1] / "data"
SMALL = DATA / "packs" / "small.yaml"
TRICKY = DATA / "plans" / "tricky.plan.yaml"
posix = pytest.mark.skipif(sys.platform.startswith("win"), reason="FIFOs and /dev exist on POSIX systems only")

# what each special file must be called
REASONS = {
    "fifo.plan.yaml": "not a regular file: a pipe (FIFO)",
    "zero.plan.yaml": "not a regular file: a device",
    "urandom.plan.yaml": "not a regular file: a device",
    "null.plan.yaml": "not a regular file: a device",
    "loop.plan.yaml": "cannot read the file: it is a symbolic link that leads back to itself (a loop)",
    "dangling.plan.yaml": "cannot read the file: No such file or directory",
    "folder.plan.yaml": "not a regular file: a folder",
}


@pytest.fixture
def special(tmp_path: Path) -> Iterator[dict[str, Path]]:
    made = make_special_files(tmp_path / "special")
    yield made
    for path in made.values():  # a FIFO left open by a regression would keep a thread waiting
        if path.name == "fifo.plan.yaml":
            _unblock(path)


def _unblock(fifo: Path) -> None:
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader: nothing is waiting


def _guard(fifo: Path | None) -> threading.Timer | None:
    """If the code under test ever waits on the FIFO, give it an end of file after 5 s so the test fails, not hangs."""
    if fifo is None:
        return None
    timer = threading.Timer(5.0, lambda: os.close(os.open(fifo, os.O_WRONLY)))
    timer.daemon = True
    timer.start()
    return timer


@posix
@pytest.mark.parametrize("name", sorted(REASONS))
def test_read_untrusted_refuses_every_special_file_at_once(special: dict[str, Path], name: str) -> None:
    path = special[name]
    guard = _guard(path if "fifo" in name else None)
    start = time.perf_counter()
    with pytest.raises(UnreadableFile) as info:
        read_untrusted(path, MAX_PACK_BYTES, "a plan")
    elapsed = time.perf_counter() - start
    if guard:
        guard.cancel()
    assert info.value.reason == REASONS[name]
    assert str(info.value.problem()) == f"{path}:1:1: error: {REASONS[name]}"
    assert elapsed < 0.5, f"{name}: {elapsed:.2f} s"
    with pytest.raises(UnreadableFile):
        read_head(path)
    assert is_plan_file(path)  # by its name; the plan reader then says why it cannot be read


@posix
def test_is_plan_file_never_waits_on_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "looks-like-a-pack.yaml"
    os.mkfifo(fifo)
    guard = _guard(fifo)
    start = time.perf_counter()
    assert is_plan_file(fifo) is False
    assert time.perf_counter() - start < 0.5
    assert guard is not None
    guard.cancel()


def test_is_plan_file_reads_the_format_line_only(tmp_path: Path) -> None:
    plan = tmp_path / "essay.yaml"
    plan.write_text("# not a coexist-plan/1 comment\nformat: 'coexist-plan/1'\npack: small\n")
    pack = tmp_path / "pack.yaml"
    pack.write_text("# mentions format: coexist-plan/1 in a comment only\nformat: coexist-pack/1\n")
    assert is_plan_file(plan) and not is_plan_file(pack) and not is_plan_file(tmp_path / "missing.yaml")
    assert is_plan_file(TRICKY) and not is_plan_file(SMALL)


def test_a_3_gib_sparse_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = make_sparse(tmp_path / "big.plan.yaml")
    start = time.perf_counter()
    with pytest.raises(PlanError) as info:
        load_plan(big)
    assert time.perf_counter() - start < 0.5
    problem = info.value.errors[0]
    assert str(problem) == f"{big}:1:1: error: file is 3.0 GiB; the limit for a plan is 2 MiB"
    with pytest.raises(PackError) as pack_info:
        load_pack(big)
    assert pack_info.value.errors[0].message == "file is 3.0 GiB; the limit for a pack is 2 MiB"
    assert pack_info.value.errors[0].hint == "split it into smaller packs"


def test_a_plan_over_the_cap_is_refused_like_a_pack(tmp_path: Path) -> None:
    """load_plan had no size check: a 3 MiB plan was read whole, then refused by the YAML reader."""
    plan = tmp_path / "big.plan.yaml"
    plan.write_bytes(b"format: coexist-plan/1\n" + b"#" * (3 << 20))
    with pytest.raises(PlanError) as info:
        load_plan(plan)
    assert info.value.errors[0].message == "file is 3.0 MiB; the limit for a plan is 2 MiB"


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
def test_a_file_whose_size_lies_is_read_only_up_to_the_cap() -> None:
    """/proc files are regular files that say they are empty: the cap, not the size, stops the read."""
    with pytest.raises(UnreadableFile) as info:
        read_untrusted("/proc/self/status", 10, "a plan")
    assert info.value.reason == "file is larger than 10 bytes; the limit for a plan is 10 bytes"
    assert len(read_untrusted("/proc/self/status", 1 << 20)) > 10


def test_a_regular_file_is_read_exactly(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(b"x" * 100)
    assert read_untrusted(path, 100) == b"x" * 100
    with pytest.raises(UnreadableFile) as info:
        read_untrusted(path, 99, "a pack")
    assert info.value.reason == "file is 100 bytes; the limit for a pack is 99 bytes"
    assert read_head(path, 10) == b"x" * 10


@posix
@pytest.mark.parametrize("name", sorted(REASONS))
def test_install_refuses_special_files_and_writes_nothing(special: dict[str, Path], tmp_path: Path,
                                                          name: str) -> None:
    folder = tmp_path / "packs"
    guard = _guard(special[name] if "fifo" in name else None)
    result = library.install_pack(special[name], folder=folder)
    if guard:
        guard.cancel()
    assert result.status == "invalid" and result.errors[0].message == REASONS[name]
    assert not folder.exists()


# -- every command, as a real process -------------------------------------------------------------------


def _limit_memory() -> None:  # a regression that reads /dev/zero must fail the test, not take the machine
    import resource  # POSIX only, like the tests that use it

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _run(args: list[str], home: Path, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    env = dict(os.environ, COEXIST_HOME=str(home), PYTHONFAULTHANDLER="1")
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "coexist_gui", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=20, preexec_fn=_limit_memory)
    return proc, time.perf_counter() - start


COMMANDS = {
    "validate": lambda f: ["validate", str(f)],
    "score": lambda f: ["score", "--pack", str(SMALL), str(f)],
    "install": lambda f: ["install", str(f)],
    "report": lambda f: ["report", "--pack", str(SMALL), str(f)],
    "report --pack": lambda f: ["report", "--pack", str(f), "--pack", str(SMALL), str(TRICKY)],
}


@posix
@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("name", ["fifo.plan.yaml", "zero.plan.yaml", "urandom.plan.yaml", "loop.plan.yaml",
                                  "folder.plan.yaml"])
def test_every_command_refuses_special_files(special: dict[str, Path], tmp_path: Path, name: str,
                                             command: str) -> None:
    path = special[name]
    guard = _guard(path if "fifo" in name else None)
    home = tmp_path / "home"
    proc, elapsed = _run(COMMANDS[command](path), home, tmp_path)
    if guard:
        guard.cancel()
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output and "Error:" not in output, output[-2000:]
    assert elapsed < BUDGET_S + 1, f"{command} {name}: {elapsed:.1f} s"  # interpreter start-up included
    reason = REASONS[name]
    if command == "report" and name == "folder.plan.yaml":  # a folder given to report is read as a folder of plans
        reason = "no *.plan.yaml files in this folder"
    assert f"{path}:1:1: error: {reason}" in proc.stderr
    assert proc.returncode == 2, output
    if command == "report --pack":  # the pack is skipped, the plan is still reported
        assert "(this --pack is not used)" in proc.stderr and "Why did the kingdom fall?" in proc.stdout
    assert not (home / "data" / "packs").exists() or not any((home / "data" / "packs").iterdir())


@posix
def test_report_on_a_folder_lists_every_file_it_could_not_read(special: dict[str, Path], tmp_path: Path) -> None:
    """Before: folder mode dropped FIFOs, devices, loops and folders without a word; a glob with a loop crashed."""
    folder = special["fifo.plan.yaml"].parent
    (folder / "ok.plan.yaml").write_bytes(TRICKY.read_bytes())
    make_sparse(folder / "huge.plan.yaml")
    guard = _guard(special["fifo.plan.yaml"])
    as_glob = sorted(str(p) for p in folder.glob("*.plan.yaml"))  # what a shell's *.plan.yaml gives
    for args, in_folder in ((["report", "--pack", str(SMALL), str(folder)], True),
                            (["report", "--pack", str(SMALL), *as_glob], False)):
        proc, elapsed = _run(args, tmp_path / "home", tmp_path)
        output = proc.stdout + proc.stderr
        assert "Traceback" not in output, output[-2000:]
        assert elapsed < BUDGET_S + 1
        assert proc.returncode == 2  # something was skipped
        for name, reason in REASONS.items():
            if name == "folder.plan.yaml" and not in_folder:  # named on the command line: a folder of plans
                reason = "no *.plan.yaml files in this folder"
            assert f"{special[name]}:1:1: error: {reason} (skipped)" in proc.stderr, name
        assert f"{folder / 'huge.plan.yaml'}:1:1: error: file is 3.0 GiB; the limit for a plan is 2 MiB" in proc.stderr
        assert "Why did the kingdom fall?" in proc.stdout  # the readable plan is still reported
        assert proc.stderr.rstrip().splitlines()[-1] == ("coexist-gui report: 8 of 9 file(s) could not be read "
                                                         "or scored and are not in the report (see above)")
    assert guard is not None
    guard.cancel()
