"""Reading and saving the editor's files: packs to edit, spreadsheets of cards, the canonical save.

Both kinds of file come from other people, so they are read the hardened way, within a cap.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..i18n import _
from ..model import Pack
from ..pack import MAX_PACK_BYTES, parse_pack
from ..problems import PackError, Problem
from ..storage import atomic_write
from ..untrusted import UnreadableFile, read_untrusted
from .spreadsheet import MAX_TABLE_BYTES, Table, read_table
from .writer import WrittenPack, is_editor_text, write_pack


def _read(path: Path, limit: int, what: str, kind_hint: str) -> bytes:
    """At most ``limit`` bytes of the regular file at ``path`` (the hardened reader); PackError naming why not.
    ``kind_hint`` says what file to give instead of one that is not a regular file."""
    try:
        return read_untrusted(path, limit, what, hint=_("split it into smaller files"))
    except UnreadableFile as exc:
        problem = exc.problem()
        if not exc.too_large:
            problem = replace(problem, hint=kind_hint)
        raise PackError([problem]) from None


def read_table_file(path: str | Path, *, header: bool | None = True) -> Table:
    """The card rows of a CSV/TSV file; unreadable files give a Table whose problems say why."""
    path = Path(path)
    try:
        data = _read(path, MAX_TABLE_BYTES, "a spreadsheet",
                     _("give the path of a .csv or .tsv file saved by a spreadsheet"))
    except PackError as exc:
        return Table(str(path), (), tuple(exc.problems))
    return read_table(data, str(path), header=header)


@dataclass(frozen=True)
class PackFile:
    """A pack read for editing."""

    path: Path
    pack: Pack
    problems: tuple[Problem, ...]  # errors (a pack still being written) and warnings
    by_editor: bool  # the editor saved it (its first line says so)
    text: str = ""  # the file's text, to tell later whether a hand changed it since the editor saved it

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def rewritten(self) -> bool:
        """Saving from the editor changes the file's text: its comments and layout are not kept. Known at
        once for a file the editor did not write; for one it did, this writes the canonical text (the
        window asks ``hand_edited`` after its first check instead, when that text is at hand)."""
        return not self.by_editor or self.hand_edited(write_pack(self.pack).text)

    def hand_edited(self, canonical: str) -> bool:
        return canonical != self.text


def read_pack_file(path: str | Path, *, lenient: bool = True) -> PackFile:
    """A pack to edit. ``lenient``: a pack with errors is read as far as it can be (the editor shows the
    errors); otherwise, and for files that are not packs at all, PackError."""
    path = Path(path)
    data = _read(path, MAX_PACK_BYTES, "a pack", _("give the path of a pack (.yaml) file"))
    text = data.decode("utf-8-sig", errors="replace")
    loaded = parse_pack(data, str(path), lenient=lenient)
    return PackFile(path, loaded.pack, tuple(loaded.warnings), is_editor_text(text), text)


def save_pack(pack: Pack, path: str | Path) -> WrittenPack:
    """Write the canonical text atomically, keeping the previous file as ``PATH.bak``; raises SaveError."""
    written = write_pack(pack)
    atomic_write(Path(path), written.text, backup=True)
    return written
