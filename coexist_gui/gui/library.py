"""The packs the window can offer: the built-in pack, installed packs, and packs opened this run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.model import Pack
from ..core.pack import builtin_pack_path, load_pack
from ..core.problems import LoadError, Problem
from . import paths


@dataclass
class PackEntry:
    path: Path
    pack: Pack
    warnings: list[Problem]
    builtin: bool = False


class PackLibrary:
    def __init__(self) -> None:
        self.entries: list[PackEntry] = []
        self.broken: list[tuple[Path, LoadError]] = []

    def scan(self) -> None:
        """Load the built-in pack and every valid installed pack; broken ones are remembered, not fatal."""
        self.entries = []
        self.broken = []
        self.add(builtin_pack_path(), builtin=True)
        for path in sorted(paths.packs_dir().glob("*.yaml")):
            self.add(path)

    def add(self, path: Path, builtin: bool = False) -> PackEntry:
        """Load a pack and list it (replacing a listed pack with the same id); raises LoadError."""
        path = Path(path)
        try:
            pack, warnings = load_pack(path)
        except LoadError as exc:
            self.broken.append((path, exc))
            raise
        entry = PackEntry(path, pack, warnings, builtin)
        for i, existing in enumerate(self.entries):
            if existing.pack.id == pack.id:
                self.entries[i] = entry
                return entry
        self.entries.append(entry)
        return entry

    def find(self, pack_id: str) -> PackEntry | None:
        return next((e for e in self.entries if e.pack.id == pack_id), None)
