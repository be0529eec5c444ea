"""SIGKILL a process while it saves a large plan: the file on disk is always a whole, saved version.

A writer subprocess saves version N, N+1, … of a ≈1 MB plan with ``storage.atomic_write``
and logs each version once ``atomic_write`` has returned. It is killed at a random moment
5–150 ms after it is told to start saving, 200 times (one new process per kill, each started
while the previous one runs so that interpreter start-up is not on the clock). After every
kill the plan on disk must parse and equal the last logged version or the one being saved
when the kill came; leftover temp files are removed by ``storage.clean_stale_temps``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coexist_gui.core.plan import dump_plan, parse_plan
from coexist_gui.core.problems import PlanError
from coexist_gui.core.storage import TEMP_PREFIX, atomic_write, clean_stale_temps

KILLS = 200

# shared by the writer and the test: version n of the plan, ≈1 MB
VERSIONS = '''
from dataclasses import replace
from coexist_gui.core.model import Card, Judgement, Paragraph, Plan

_own = tuple(Card(f"own-{i}", f"Own card {i}: a note in the student's words", ("economy", f"lost-{i % 7}"),
                  detail=(f"Detail {i} " + "Soviet living standards and the arms race. " * 46)[:1990].strip(),
                  own=True)
             for i in range(1, 501))
_base = Plan(pack="ussr-peaceful-coexistence", prompt="why-pc", author="Kill test",
             paragraphs=tuple(Paragraph(f"factor-{p}", ("Point " * 300).strip(),
                                        tuple(f"card-{p}-{c}" for c in range(30)))
                              for p in range(8)),
             own_cards=_own)


def make_version(n):
    return replace(_base, time_used=n, judgement=Judgement("economy", f"Version {n}." + " Because" * 200))
'''

WRITER = VERSIONS + '''
import os, sys
from coexist_gui.core.plan import dump_plan
from coexist_gui.core.storage import atomic_write

path, start, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
log_fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
os.write(1, b"ready\\n")
sys.stdin.buffer.read(1)  # started early, so start-up overlaps the test's check of the previous run
n = start
while True:
    atomic_write(path, dump_plan(make_version(n)))
    os.write(log_fd, f"{n}\\n".encode())
    n += 1
'''


def _namespace() -> dict:
    namespace: dict = {}
    exec(VERSIONS, namespace)  # noqa: S102 - our own constant, so the test and the writer agree
    return namespace


def _spawn(target: Path, logs: Path, run: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(run * 10_000), str(logs / f"{run}.log")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
def test_sigkill_during_saves_never_leaves_a_broken_plan(tmp_path: Path) -> None:
    make_version = _namespace()["make_version"]
    folder, logs = tmp_path / "plans", tmp_path / "logs"
    folder.mkdir()
    logs.mkdir()
    target = folder / "essay.plan.yaml"
    atomic_write(target, dump_plan(make_version(0)))
    assert len(target.read_bytes()) > 1_000_000
    rng = random.Random(1956)
    on_disk = 0  # the version known to be on disk
    kills = corrupt = new_version = temps_cleaned = saves = 0
    started = time.perf_counter()
    proc = _spawn(target, logs, 1)
    for run in range(1, KILLS + 1):
        start = run * 10_000  # every run saves its own version numbers (time_used stays under 10,000,000)
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        ready = proc.stdout.readline()
        assert ready == b"ready\n", proc.stderr.read().decode()
        proc.stdin.write(b"g")
        proc.stdin.flush()
        # the next writer starts up meanwhile; it waits for "g" before touching the plan
        waiting = _spawn(target, logs, run + 1) if run < KILLS else None
        time.sleep(rng.uniform(0.005, 0.150))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        error = proc.stderr.read()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()
        assert proc.returncode == -signal.SIGKILL, error.decode()
        kills += 1
        if waiting is not None:
            proc = waiting
        logged = [int(line) for line in (logs / f"{run}.log").read_text().split()]
        saves += len(logged)
        # the last logged save, or the one in flight (renamed but not yet logged); nothing logged: the old one
        allowed = {logged[-1], logged[-1] + 1} if logged else {on_disk, start}
        try:
            plan = parse_plan(target.read_bytes(), str(target))
        except PlanError:
            corrupt += 1
            continue
        if plan.time_used not in allowed or plan != make_version(plan.time_used):
            corrupt += 1
            continue
        new_version += plan.time_used != on_disk
        on_disk = plan.time_used
        temps_cleaned += len(clean_stale_temps(folder, older_than=0))
        assert [p.name for p in folder.iterdir()] == ["essay.plan.yaml"]
    elapsed = time.perf_counter() - started
    print(f"\nkill test: {kills} kills, {corrupt} corrupt, {saves} saves completed and logged, "
          f"{new_version} kills found a newer version on disk, {temps_cleaned} temp files cleaned, "
          f"plan {len(target.read_bytes()):,} bytes, {elapsed:.1f} s")
    assert kills == KILLS
    assert corrupt == 0
    assert not any(p.name.startswith(TEMP_PREFIX) for p in folder.iterdir())
