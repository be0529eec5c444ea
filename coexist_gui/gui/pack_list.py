"""The packs the window can offer: the built-in pack, installed packs, and packs opened this run.

Installed packs are read from the same folder the command line installs into
(``core.library`` / ``core.appdirs``), so a pack installed either way shows up in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core import library as installed
from ..core import pack_cache
from ..core.model import Pack
from ..core.pack import LoadedPack
from ..core.problems import LoadError, Problem


@dataclass
class PackEntry:
    """One pack on offer. ``warnings`` are all of the pack's warnings: a pack scanned at start-up is read
    without scoring its model plans (``models_scored`` False, see ``pack.check_pack``), and the first look
    at its warnings (the pack manager) reads it again with them."""

    path: Path
    pack: Pack
    found: list[Problem]  # the warnings found when the pack was read
    builtin: bool = False
    installed: bool = False  # a copy lives in the packs folder (False: built in, or opened for this run only)
    models_scored: bool = True

    @property
    def warnings(self) -> list[Problem]:
        if not self.models_scored:
            self.models_scored = True
            try:
                again = pack_cache.load_pack_cached(self.path)
            except LoadError:
                return self.found  # gone or broken since the scan: the folder watcher scans again
            if again.pack == self.pack:  # not a pack edited since: its warnings would not be this pack's
                self.found = again.warnings
        return self.found


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
        # no model plans scored: nothing shows warnings at start-up (``PackEntry.warnings`` adds them)
        builtin = installed.builtin_pack(score_models=False)
        self._put(PackEntry(builtin.path, builtin.pack, builtin.warnings, builtin=True, models_scored=False))
        self.broken = []
        for found in installed.installed_packs(broken=self.broken, score_models=False):
            self._put(PackEntry(found.path, found.pack, found.warnings, installed=True, models_scored=False))
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
