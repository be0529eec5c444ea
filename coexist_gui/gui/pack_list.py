"""The packs the window can offer: the built-in pack, installed packs, and packs opened this run.

Installed packs are read from the same folder the command line installs into
(``core.library`` / ``core.appdirs``), so a pack installed either way shows up in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core import library as installed
from ..core.model import Pack
from ..core.pack import LoadedPack
from ..core.problems import Problem


@dataclass
class PackEntry:
    path: Path
    pack: Pack
    warnings: list[Problem]
    builtin: bool = False
    installed: bool = False  # a copy lives in the packs folder (False: built in, or opened for this run only)


class PackList:
    """``entries``: the packs to offer, built-in first. ``broken``: files in the packs folder that
    did not load; the pack manager lists them, so a broken install is never silently missing."""

    def __init__(self) -> None:
        self.entries: list[PackEntry] = []
        self.broken: list[installed.BrokenPack] = []

    def scan(self) -> None:
        """Load the built-in pack and every valid installed pack; broken ones are remembered, not fatal.

        Packs opened for this run only (not installed) stay listed.
        """
        session_only = [e for e in self.entries if not e.builtin and not e.installed and e.path.is_file()]
        self.entries = []
        builtin = installed.builtin_pack()
        self._put(PackEntry(builtin.path, builtin.pack, builtin.warnings, builtin=True))
        self.broken = []
        for found in installed.installed_packs(broken=self.broken):
            self._put(PackEntry(found.path, found.pack, found.warnings, installed=True))
        for entry in session_only:
            if self.find(entry.pack.id) is None:
                self.entries.append(entry)

    def add_loaded(self, path: Path, loaded: LoadedPack) -> PackEntry:
        """List a pack already read with ``load_pack`` for this run only (replacing one with the same id)."""
        return self._put(PackEntry(Path(path), loaded.pack, loaded.warnings))

    def _put(self, entry: PackEntry) -> PackEntry:
        for i, existing in enumerate(self.entries):
            if existing.pack.id == entry.pack.id:
                self.entries[i] = entry
                return entry
        self.entries.append(entry)
        return entry

    def find(self, pack_id: str) -> PackEntry | None:
        return next((e for e in self.entries if e.pack.id == pack_id), None)
