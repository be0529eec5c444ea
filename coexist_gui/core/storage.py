"""Saving without ever leaving a half-written file.

``atomic_write`` writes a temporary file in the target's folder, checks every
write's length, flushes and fsyncs it, then renames it over the target and
fsyncs the folder. On any failure the old file is untouched and the error says
why in words a student understands (disk full, read-only folder, file busy).
"""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

from .i18n import _

TEMP_PREFIX = ".coexist-"
TEMP_SUFFIX = ".tmp"
BACKUP_SUFFIX = ".bak"
TEMP_NAME_PART = 100  # bytes of the file's own name in a temporary name: a legal 255-byte name must fit


def _temp_prefix(name: str) -> str:
    """The temporary file's prefix: most file systems allow 255 bytes per name, and the temporary name
    adds 20 to the file's (a 240-character name failed). Long names are cut, at a character boundary."""
    part = name.encode("utf-8")[:TEMP_NAME_PART].decode("utf-8", errors="ignore")
    return f"{TEMP_PREFIX}{part}."


class SaveError(OSError):
    """A save failed; the message is written for the user."""

    def __str__(self) -> str:  # OSError's "[Errno 28] …" prefix means nothing to a student
        return self.strerror or super().__str__()


def _explain(exc: OSError, path: Path) -> str:
    reasons = {
        errno.ENOSPC: _("the disk is full"),
        errno.EDQUOT: _("your disk quota is used up"),
        errno.EROFS: _("the folder is on a read-only disk"),
        errno.EACCES: _("you do not have permission to write there"),
        errno.EPERM: _("you do not have permission to write there"),
        errno.EFBIG: _("the file is larger than the system allows"),
        errno.ENOENT: _("the folder does not exist"),
        errno.EBUSY: _("the file is in use by another program"),
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or str(exc))
    if path.exists():
        return _("Could not save {file}: {reason}. The previous version is unchanged.").format(file=path.name,
                                                                                                reason=reason)
    return _("Could not save {file}: {reason}. Nothing was written.").format(file=path.name, reason=reason)


def write_all(fd: int, data: bytes) -> None:
    """os.write until every byte is written; a write that makes no progress is an error."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, "short write")
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    if sys.platform.startswith("win"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace(source: str, target: Path) -> None:
    """os.replace, retried briefly where Windows reports the target busy (virus scanners, indexers)."""
    for attempt in range(10):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not sys.platform.startswith("win") or attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))


def atomic_write(path: str | Path, data: bytes | str, *, backup: bool = False, follow_links: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically; with ``backup`` keep the old file as ``path.bak``.

    A symbolic link at ``path`` is followed (the student's own link to their plan: replacing the link
    would leave the real file stale), unless ``follow_links`` is False: then the link itself is
    replaced by the new file, and the file it pointed to is left alone (the packs folder).
    """
    import shutil  # here, not at import: opening the window writes nothing
    import tempfile

    path = Path(os.path.realpath(path)) if follow_links else Path(os.path.abspath(path))
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = path.parent
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=TEMP_SUFFIX, dir=folder)
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.exists():
            try:
                shutil.copymode(path, tmp_name)
            except OSError:
                pass
            if backup:
                _keep_backup(path)
        else:
            _default_mode(tmp_name)
        _replace(tmp_name, path)
        tmp_name = ""
        _fsync_folder(folder)
    except OSError as exc:
        raise SaveError(exc.errno, _explain(exc, path)) from exc
    finally:
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _default_mode(name: str) -> None:
    """Give a new file the permissions any new file gets here (0666 less the umask), not mkstemp's 0600:
    a teacher collecting plans from a shared folder must be able to read them."""
    if sys.platform.startswith("win"):
        return
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(name, 0o666 & ~umask)
    except OSError:
        pass


def backup_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def _keep_backup(path: Path) -> None:
    """Copy the current file to ``path.bak`` atomically, with the file's own permissions."""
    import shutil
    import tempfile

    target = backup_path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with open(path, "rb") as source:
            while chunk := source.read(1 << 20):
                write_all(fd, chunk)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        try:
            shutil.copymode(path, tmp_name)  # not mkstemp's private 0600
        except OSError:
            pass
        _replace(tmp_name, target)
        tmp_name = ""
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def clean_stale_temps(folder: str | Path, older_than: float = 60.0) -> list[Path]:
    """Delete temporary files a crashed save left behind; returns what was removed."""
    removed: list[Path] = []
    folder = Path(folder)
    if not folder.is_dir():
        return removed
    now = time.time()
    for entry in folder.glob(TEMP_PREFIX + "*" + TEMP_SUFFIX):
        try:
            if now - entry.stat().st_mtime >= older_than:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed
