"""Atomic saves: the old file survives any failure, a backup is kept on request, stale temps are cleaned."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from coexist_gui.core import storage
from coexist_gui.core.storage import SaveError, atomic_write, backup_path, clean_stale_temps


def temps(folder: Path) -> list[Path]:
    return sorted(folder.glob(".coexist-*.tmp"))


def test_atomic_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "essay.plan.yaml"
    atomic_write(target, "first ✓")
    assert target.read_text(encoding="utf-8") == "first ✓"
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert not backup_path(target).exists()
    assert temps(tmp_path) == []


def test_backup_keeps_the_previous_version(tmp_path: Path) -> None:
    target = tmp_path / "essay.plan.yaml"
    atomic_write(target, "v1", backup=True)  # nothing to back up yet
    assert not backup_path(target).exists()
    atomic_write(target, "v2", backup=True)
    assert backup_path(target) == tmp_path / "essay.plan.yaml.bak"
    assert (target.read_text(), backup_path(target).read_text()) == ("v2", "v1")
    atomic_write(target, "v3", backup=True)
    assert (target.read_text(), backup_path(target).read_text()) == ("v3", "v2")
    assert temps(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_replacing_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "essay.plan.yaml"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("written", [0, -1, "short"])
def test_failed_write_leaves_the_old_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     written: object) -> None:
    target = tmp_path / "essay.plan.yaml"
    target.write_text("precious work")
    real_write = os.write
    calls = []

    def failing_write(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if written == "short":  # the first write is short, the next makes no progress: a full disk
            return real_write(fd, bytes(data[:3])) if len(calls) == 1 else 0
        return written  # type: ignore[return-value]

    monkeypatch.setattr(storage.os, "write", failing_write)
    with pytest.raises(SaveError) as info:
        atomic_write(target, "x" * 100, backup=True)
    monkeypatch.undo()
    assert info.value.strerror == "Could not save essay.plan.yaml: the disk is full. The previous version is unchanged."
    assert target.read_text() == "precious work"
    assert not backup_path(target).exists()
    assert temps(tmp_path) == []
    if written == "short":
        assert calls == [100, 97]  # the rest was retried after the short write


def test_short_writes_are_completed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(storage.os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    atomic_write(tmp_path / "f.yaml", "0123456789" * 5)
    monkeypatch.undo()
    assert (tmp_path / "f.yaml").read_text() == "0123456789" * 5


def test_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        atomic_write(tmp_path / "gone" / "f.yaml", "x")
    # a first save has no previous version to speak of
    assert info.value.strerror == "Could not save f.yaml: the folder does not exist. Nothing was written."
    assert isinstance(info.value, OSError)


def test_failed_rename_leaves_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.yaml"
    target.write_text("old")

    def refuse(source: str, dest: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage.os, "replace", refuse)
    with pytest.raises(SaveError) as info:
        atomic_write(target, "new")
    monkeypatch.undo()
    assert "you do not have permission to write there" in info.value.strerror
    assert target.read_text() == "old" and temps(tmp_path) == []


def test_clean_stale_temps_removes_old_temps_only(tmp_path: Path) -> None:
    old = tmp_path / ".coexist-essay.plan.yaml.abc.tmp"
    fresh = tmp_path / ".coexist-essay.plan.yaml.def.tmp"
    unrelated = tmp_path / "notes.tmp"
    plan = tmp_path / "essay.plan.yaml"
    for path in (old, fresh, unrelated, plan):
        path.write_text("x")
    an_hour_ago = time.time() - 3600
    for path in (old, unrelated, plan):
        os.utime(path, (an_hour_ago, an_hour_ago))
    assert clean_stale_temps(tmp_path) == [old]
    assert not old.exists() and fresh.exists() and unrelated.exists() and plan.exists()
    assert clean_stale_temps(tmp_path, older_than=0) == [fresh]
    assert clean_stale_temps(tmp_path / "no-such-folder") == []


def test_a_new_file_gets_the_usual_permissions_not_mkstemps_private_ones(tmp_path):
    import os
    import stat
    import sys

    from coexist_gui.core.storage import atomic_write

    if sys.platform.startswith("win"):
        return
    umask = os.umask(0o022)
    try:
        target = tmp_path / "shared.plan.yaml"
        atomic_write(target, "x")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o600)  # an existing file keeps its own permissions
        atomic_write(target, "y")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    finally:
        os.umask(umask)



def test_the_backup_keeps_the_files_permissions(tmp_path):
    import stat
    import sys

    from coexist_gui.core.storage import atomic_write, backup_path

    if sys.platform.startswith("win"):
        return
    target = tmp_path / "plan.plan.yaml"
    target.write_text("v1")
    target.chmod(0o644)
    atomic_write(target, "v2", backup=True)
    assert backup_path(target).read_text() == "v1"
    assert stat.S_IMODE(backup_path(target).stat().st_mode) == 0o644


def test_saving_through_a_symbolic_link_updates_the_real_file(tmp_path):
    import os

    from coexist_gui.core.storage import atomic_write

    real = tmp_path / "real"
    real.mkdir()
    target = real / "a.plan.yaml"
    target.write_text("old")
    link = tmp_path / "link.plan.yaml"
    os.symlink(target, link)
    atomic_write(link, "new", backup=True)
    assert link.is_symlink() and target.read_text() == "new"
    assert (real / "a.plan.yaml.bak").read_text() == "old"


@pytest.mark.parametrize("name", ["p" * 235 + ".yaml", "é" * 120 + ".plan.yaml", "ж" * 117 + ".yaml.yaml"])
def test_a_long_legal_file_name_can_be_saved_with_a_backup(tmp_path: Path, name: str) -> None:
    """Before: a 240-character name failed with 'File name too long': the temporary name added 20 bytes."""
    assert len(name.encode("utf-8")) <= 251  # legal, with room for '.bak'
    target = tmp_path / name
    atomic_write(target, "v1")
    atomic_write(target, "v2", backup=True)
    assert target.read_text() == "v2" and backup_path(target).read_text() == "v1"
    assert temps(tmp_path) == []


def test_cli_new_pack_with_a_240_character_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from coexist_gui.cli import main

    monkeypatch.setenv("COEXIST_HOME", str(tmp_path / "home"))
    target = tmp_path / ("p" * 235 + ".yaml")
    assert main(["new-pack", str(target)]) == 0
    assert target.is_file() and capsys.readouterr().out.startswith(f"wrote a starter pack to {target}")
