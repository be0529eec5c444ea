"""Reading and saving the editor's files: packs to edit, spreadsheets of cards, the canonical save.

Both kinds of file come from other people, so they are read the hardened way, within a cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..i18n import _
from ..model import Pack
from ..pack import MAX_PACK_BYTES, parse_pack
from ..problems import PackError, Problem
from ..storage import atomic_write
from .spreadsheet import MAX_TABLE_BYTES, Table, read_table
from .writer import WrittenPack, is_editor_text, write_pack


def _read(path: Path, limit: int, what: str) -> bytes:
    """At most ``limit`` bytes of the regular file at ``path``; PackError naming why not."""
    try:
        if not path.is_file():
            raise PackError([Problem(str(path), 0, 0, _("not a regular file"))])
        size = path.stat().st_size
        if size > limit:
            raise PackError([Problem(str(path), 1, 1, _("file is {size:.1f} MiB; the limit for {what} is {limit} MiB")
                                     .format(size=size / 1048576, what=what, limit=limit // 1048576))])
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise PackError([Problem(str(path), 0, 0, _("cannot read the file: {reason}").format(
            reason=exc.strerror or exc))]) from None
    if len(data) > limit:
        raise PackError([Problem(str(path), 1, 1, _("file is larger than {limit} MiB").format(
            limit=limit // 1048576))])
    return data


def read_table_file(path: str | Path, *, header: bool | None = True) -> Table:
    """The card rows of a CSV/TSV file; unreadable files give a Table whose problems say why."""
    path = Path(path)
    try:
        data = _read(path, MAX_TABLE_BYTES, _("a spreadsheet"))
    except PackError as exc:
        return Table(str(path), (), tuple(exc.problems))
    return read_table(data, str(path), header=header)


@dataclass(frozen=True)
class PackFile:
    """A pack read for editing."""

    path: Path
    pack: Pack
    problems: tuple[Problem, ...]  # errors (a pack still being written) and warnings
    rewritten: bool  # saving from the editor changes the file's text (its comments and layout are not kept)
    by_editor: bool  # the editor saved it (its first line says so)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def read_pack_file(path: str | Path, *, lenient: bool = True) -> PackFile:
    """A pack to edit. ``lenient``: a pack with errors is read as far as it can be (the editor shows the
    errors); otherwise, and for files that are not packs at all, PackError."""
    path = Path(path)
    data = _read(path, MAX_PACK_BYTES, _("a pack"))
    text = data.decode("utf-8-sig", errors="replace")
    loaded = parse_pack(data, str(path), lenient=lenient)
    return PackFile(path, loaded.pack, tuple(loaded.warnings), write_pack(loaded.pack).text != text,
                    is_editor_text(text))


def save_pack(pack: Pack, path: str | Path) -> WrittenPack:
    """Write the canonical text atomically, keeping the previous file as ``PATH.bak``; raises SaveError."""
    written = write_pack(pack)
    atomic_write(Path(path), written.text, backup=True)
    return written
