"""The one way to read a file someone else gave us (a pack, a plan, a submission).

A file name can point at anything: a FIFO that never sends a byte (reading it waits
forever), ``/dev/zero`` or ``/dev/urandom`` (they never end, and ``stat()`` says they
are empty), a folder, a symbolic link to itself, or a 3 GiB file named ``*.plan.yaml``.
``read_untrusted`` refuses all of them with one sentence and never reads more than
the cap plus one byte:

1. ``os.stat`` the name: anything but a regular file is refused before it is even
   opened (opening a device can act on it: a tape rewinds, a watchdog arms);
2. open it without blocking (``O_NONBLOCK``: opening a FIFO does not wait for a
   writer) and ``fstat`` the open descriptor, so a file swapped for a FIFO between
   the two steps is still caught;
3. refuse a file whose size is over the cap without reading it;
4. read at most ``limit + 1`` bytes: a file that grows while it is read, or a
   ``/proc`` file whose size says 0, is refused as soon as it passes the cap.

Pure Python, no Qt: the window calls the same functions from a worker thread.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from .problems import Problem

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
_CHUNK = 1 << 20
HEAD_BYTES = 4096  # how much ``read_head`` reads to tell a plan from a pack

_REASONS = {
    errno.ELOOP: "it is a symbolic link that leads back to itself (a loop)",
    errno.EISDIR: "it is a folder",
}


class UnreadableFile(Exception):
    """The file was not read; ``reason`` says why in one sentence (no path, no errno)."""

    def __init__(self, path: str | Path, reason: str, hint: str = "", too_large: bool = False) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        self.too_large = too_large

    def problem(self) -> Problem:
        """As a ``PATH:LINE:COL`` problem: line 1 for a file that is too large (as the reader says it), else 0."""
        line = 1 if self.too_large else 0
        return Problem(self.path, line, line, self.reason, hint=self.hint)


def kind_of(mode: int) -> str:
    """What a non-regular file is, for "not a regular file: …"."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def size_text(size: int) -> str:
    """A byte count as people read it: "512 bytes", "63.9 KiB", "3.0 MiB", "3.0 GiB"."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def _limit_text(limit: int) -> str:
    """A cap as it is written in the code: "2 MiB", "64 KiB"."""
    for unit, scale in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if limit >= scale:
            return f"{limit / scale:g} {unit}"
    return f"{limit} bytes"


def explain_os_error(exc: OSError) -> str:
    """An ``OSError`` while reading, in words (never ``[Errno 40]``)."""
    return f"cannot read the file: {_REASONS.get(exc.errno or 0) or exc.strerror or exc}"


def _refuse_special(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise UnreadableFile(path, f"not a regular file: {kind_of(mode)}",
                             hint="give the path of a .yaml file saved by an editor or by Coexist")


def _open(path: Path) -> int:
    """A descriptor on a regular file at ``path``, or UnreadableFile."""
    try:
        _refuse_special(path, os.stat(path).st_mode)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise UnreadableFile(path, explain_os_error(exc)) from None
    try:
        _refuse_special(path, os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _too_large(path: Path, size: int | None, limit: int, what: str, hint: str) -> UnreadableFile:
    amount = size_text(size) if size is not None else f"larger than {_limit_text(limit)}"
    return UnreadableFile(path, f"file is {amount}; the limit for {what} is {_limit_text(limit)}",
                          hint=hint, too_large=True)


def read_untrusted(path: str | Path, limit: int, what: str = "a file", hint: str = "") -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit``; UnreadableFile otherwise.

    ``what`` names the kind of file in the size message ("a pack", "a plan").
    """
    path = Path(path)
    fd = _open(path)
    try:
        size = os.fstat(fd).st_size
        if size > limit:  # refused without reading a byte
            raise _too_large(path, size, limit, what, hint)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while we read it, or its size was not true
            raise _too_large(path, None, limit, what, hint)
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFile(path, explain_os_error(exc)) from None
    finally:
        os.close(fd)


def read_head(path: str | Path, size: int = HEAD_BYTES) -> bytes:
    """The first ``size`` bytes of the regular file at ``path`` (fewer if it is shorter); UnreadableFile otherwise."""
    path = Path(path)
    fd = _open(path)
    try:
        return os.read(fd, size)
    except OSError as exc:
        raise UnreadableFile(path, explain_os_error(exc)) from None
    finally:
        os.close(fd)


_PLAN_FORMAT_LINE = re.compile(rb"^format:[ \t]*[\"']?coexist-plan/", re.MULTILINE)


def is_plan_file(path: str | Path) -> bool:
    """True for a plan (``*.plan.yaml``, or a ``format: coexist-plan/…`` line near the top), False for a pack.

    Reads at most 4 KiB through ``read_head``; a file that cannot be read is not called a plan
    (the pack reader then says why it cannot be read). Never blocks on a FIFO or a device,
    but it does touch the disk: the window calls it off the GUI thread.
    """
    path = Path(path)
    if path.name.endswith(".plan.yaml"):
        return True
    try:
        return _PLAN_FORMAT_LINE.search(read_head(path)) is not None
    except UnreadableFile:
        return False
