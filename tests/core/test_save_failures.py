"""Saves that fail half-way leave the old file untouched, remove their temp file and say why.

``QSaveFile.commit()`` once returned True after a short write, so every write's length is
checked: here os.write is made to write less, to make no progress, or to fail, and on Linux
a real RLIMIT_FSIZE makes a large write fail with EFBIG in a subprocess.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coexist_gui.core import storage
from coexist_gui.core.storage import TEMP_PREFIX, SaveError, atomic_write, backup_path, clean_stale_temps

OLD = "format: coexist-plan/1\n# the student's previous work\n"


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "essay.plan.yaml"
    path.write_text(OLD, encoding="utf-8")
    return path


def test_every_short_write_is_continued(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    sizes: list[int] = []

    def short_write(fd: int, data: bytes) -> int:
        sizes.append(len(data))
        return real_write(fd, bytes(data[:1000]))  # never more than 1000 bytes at a time

    monkeypatch.setattr(storage.os, "write", short_write)
    new = "x" * 10_500
    atomic_write(target, new)
    monkeypatch.undo()
    assert target.read_text() == new
    assert len(sizes) == 11 and sizes[0] == 10_500 and sizes[-1] == 500
    assert temps(target.parent) == []


@pytest.mark.parametrize("backup", [False, True])
def test_a_write_that_returns_zero_fails_the_save(target: Path, monkeypatch: pytest.MonkeyPatch,
                                                  backup: bool) -> None:
    real_write = os.write
    calls: list[int] = []

    def stalls(fd: int, data: bytes) -> int:
        calls.append(len(data))
        return real_write(fd, bytes(data[:100])) if len(calls) == 1 else 0

    monkeypatch.setattr(storage.os, "write", stalls)
    with pytest.raises(SaveError) as info:
        atomic_write(target, "y" * 5000, backup=backup)
    monkeypatch.undo()
    assert str(info.value) == "Could not save essay.plan.yaml: the disk is full. The previous version is unchanged."
    assert info.value.errno == errno.ENOSPC
    assert target.read_text() == OLD
    assert temps(target.parent) == []
    assert calls[:2] == [5000, 4900]


@pytest.mark.parametrize(("failing", "code", "reason"), [
    ("write", errno.ENOSPC, "the disk is full"),
    ("write", errno.EDQUOT, "your disk quota is used up"),
    ("write", errno.EIO, "Input/output error"),
    ("fsync", errno.EIO, "Input/output error"),
    ("replace", errno.EBUSY, "the file is in use by another program"),
    ("replace", errno.EACCES, "you do not have permission to write there"),
    ("mkstemp", errno.EROFS, "the folder is on a read-only disk"),
])
def test_each_failing_step_keeps_the_old_file(target: Path, monkeypatch: pytest.MonkeyPatch, failing: str,
                                              code: int, reason: str) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    module = storage.tempfile if failing == "mkstemp" else storage.os
    monkeypatch.setattr(module, failing, fail)
    with pytest.raises(SaveError) as info:
        atomic_write(target, "new text " * 1000)
    monkeypatch.undo()
    assert str(info.value) == f"Could not save essay.plan.yaml: {reason}. The previous version is unchanged."
    assert "Errno" not in str(info.value)
    assert target.read_text() == OLD
    assert temps(target.parent) == []


def test_a_failed_backup_keeps_both_files(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup_path(target).write_text("older backup")
    real_write = os.write
    calls: list[int] = []

    def fails_second(fd: int, data: bytes) -> int:  # the new file is written, the backup copy fails
        calls.append(len(data))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(storage.os, "write", fails_second)
    with pytest.raises(SaveError):
        atomic_write(target, "brand new", backup=True)
    monkeypatch.undo()
    assert target.read_text() == OLD
    assert backup_path(target).read_text() == "older backup"
    assert temps(target.parent) == []


RLIMIT_CHILD = textwrap.dedent("""
    import json, resource, sys
    from coexist_gui.core.storage import SaveError, atomic_write
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    try:
        atomic_write(sys.argv[1], b"z" * int(sys.argv[3]), backup=sys.argv[4] == "backup")
    except SaveError as exc:
        print(json.dumps({"errno": exc.errno, "message": str(exc)}))
    else:
        print(json.dumps({"errno": 0, "message": "saved"}))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE/EFBIG behaviour is Linux's")
@pytest.mark.parametrize("backup", ["plain", "backup"])
def test_a_real_file_size_limit_fails_the_save_cleanly(target: Path, backup: str) -> None:
    """The kernel writes up to the limit (a short write), then refuses with EFBIG (Python ignores SIGXFSZ)."""
    limit, size = 100_000, 1_000_000
    proc = subprocess.run([sys.executable, "-c", RLIMIT_CHILD, str(target), str(limit), str(size), backup],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result == {"errno": errno.EFBIG, "message": "Could not save essay.plan.yaml: the file is larger than "
                                                       "the system allows. The previous version is unchanged."}
    assert target.read_text() == OLD
    assert temps(target.parent) == []
    if backup == "backup":  # the backup is taken after the new file is written, so never reached
        assert not backup_path(target).exists()
    # and under the limit the same child saves normally
    proc = subprocess.run([sys.executable, "-c", RLIMIT_CHILD, str(target), str(limit), str(limit), backup],
                          capture_output=True, text=True, timeout=60)
    assert json.loads(proc.stdout) == {"errno": 0, "message": "saved"}
    assert target.read_bytes() == b"z" * limit


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGXFSZ is POSIX")
def test_a_save_killed_by_sigxfsz_leaves_a_temp_that_is_cleaned(target: Path) -> None:
    """A program that does not ignore SIGXFSZ dies mid-write: old file intact, the stale temp is cleaned."""
    child = ("import resource, signal, sys\n"
             "signal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n" + RLIMIT_CHILD.split("\n", 2)[2])
    proc = subprocess.run([sys.executable, "-c", "import json, resource, sys\n" + child, str(target), "50000",
                           "500000", "plain"], capture_output=True, text=True, timeout=60)
    assert proc.returncode < 0  # killed by the signal
    assert target.read_text() == OLD
    left = temps(target.parent)
    assert len(left) == 1
    removed = clean_stale_temps(target.parent, older_than=0)
    assert [p.name for p in removed] == left
    assert temps(target.parent) == [] and target.read_text() == OLD
