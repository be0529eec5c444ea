"""The pack library: the built-in pack plus the packs a teacher installed in the app data folder.

Installed packs live in ``appdirs.packs_dir()`` as ``<pack-id>.yaml``, a byte-for-byte
copy of the file the teacher installed (comments included). Installing validates
the very bytes it copies, so a pack with errors is never installed; a pack whose id
is already installed is only replaced when the caller says so (after showing the
old and new version). Plans keep working across versions: unknown cards are kept.
"""

from __future__ import annotations

import dataclasses
import errno
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from . import appdirs, pack_cache
from .i18n import _
from .model import Pack
from .pack import builtin_pack_path, load_pack, parse_pack, read_pack_bytes
from .problems import LoadError, Problem
from .schema import MAX_ID, SLUG
from .storage import SaveError, atomic_write

PACK_SUFFIX = ".yaml"


@dataclass(frozen=True)
class InstalledPack:
    path: Path
    pack: Pack
    warnings: list[Problem]
    builtin: bool = False


@dataclass(frozen=True)
class BrokenPack:
    """A file in the packs folder that does not load (it is skipped, never fatal)."""

    path: Path
    problems: list[Problem]

    @property
    def first_error(self) -> str:
        errors = [p for p in self.problems if p.severity == "error"] or self.problems
        return str(errors[0]) if errors else str(Problem(str(self.path), 1, 1, _("not a valid pack")))


@dataclass(frozen=True)
class InstallResult:
    """What ``install_pack`` did, or why it did not.

    ``status``: "installed" (new id), "replaced" (same id, replace=True), "exists" (same id
    and replace=False: nothing written; ask, then call again with replace=True),
    "invalid" (errors: nothing written).
    """

    status: str
    source: Path
    pack: Pack | None = None
    path: Path | None = None  # where the pack is (or would be) installed
    warnings: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    old_version: str | None = None  # the installed (or built-in) version with the same id
    old_builtin: bool = False  # the same id is the built-in pack's

    @property
    def new_version(self) -> str:
        return self.pack.version if self.pack else ""


def builtin_pack(*, score_models: bool = True) -> InstalledPack:
    """The pack that comes with the app (its parse cached, like an installed pack's: ``pack_cache``).
    ``score_models`` False: without the model-plan warning (``pack.check_pack``)."""
    path = builtin_pack_path()
    pack, warnings = pack_cache.load_pack_cached(path, score_models=score_models)
    return InstalledPack(path, pack, warnings, builtin=True)


def installed_packs(folder: Path | None = None, *, broken: list[BrokenPack] | None = None,
                    score_models: bool = True) -> list[InstalledPack]:
    """Every valid pack in the packs folder, by file name; broken files are appended to ``broken``.

    Two files with the same pack id (copied in by hand): the first by file name wins and the
    other is reported as broken. What PyYAML made of a file is kept in ``pack_cache`` for the next time.
    """
    folder = appdirs.packs_dir() if folder is None else Path(folder)
    found: list[InstalledPack] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*" + PACK_SUFFIX)) if folder.is_dir() else []:
        # a FIFO or a link loop: reported as broken, never waited on
        entry = _load_or_report(path, broken, cached=True, score_models=score_models)
        if entry is None:
            continue
        pack = entry.pack
        if pack.id in seen:
            if broken is not None:
                broken.append(BrokenPack(path, [Problem(str(path), 1, 1, _(
                    "pack id '{id}' is also installed as {file}; this copy is ignored").format(
                        id=pack.id, file=seen[pack.id].name))]))
            continue
        seen[pack.id] = path
        found.append(entry)
    return found


def _load_or_report(path: Path, broken: list[BrokenPack] | None, cached: bool = False,
                    score_models: bool = True) -> InstalledPack | None:
    """The pack at ``path``, or None after adding its problems to ``broken``. ``cached``: through ``pack_cache``
    (the packs folder; a file named on the command line is read as it is)."""
    try:
        pack, warnings = (pack_cache.load_pack_cached(path, score_models=score_models) if cached
                          else load_pack(path))
    except LoadError as exc:
        if broken is not None:
            broken.append(BrokenPack(path, exc.problems))
        return None
    return InstalledPack(path, pack, warnings)


def available_packs(extra_paths: Iterable[str | Path] = (), folder: Path | None = None, *,
                    broken: list[BrokenPack] | None = None) -> dict[str, InstalledPack]:
    """Packs by id: the built-in pack, overridden by installed packs, overridden by ``extra_paths``.

    Extra paths that do not load are reported in ``broken`` like installed ones.
    """
    packs: dict[str, InstalledPack] = {}
    try:
        builtin = builtin_pack()
        packs[builtin.pack.id] = builtin
    except LoadError as exc:  # only in a damaged installation
        if broken is not None:
            broken.append(BrokenPack(builtin_pack_path(), exc.problems))
    for entry in installed_packs(folder, broken=broken):
        packs[entry.pack.id] = entry
    for extra in extra_paths:
        loaded = _load_or_report(Path(extra), broken)
        if loaded is not None:
            packs[loaded.pack.id] = loaded
    return packs


def find_pack(pack_id: str, extra_paths: Iterable[str | Path] = (), folder: Path | None = None) -> InstalledPack | None:
    """The pack a plan names, among the given packs, installed packs and the built-in pack."""
    return available_packs(extra_paths, folder).get(pack_id)


def install_pack(source: str | Path, replace: bool = False, folder: Path | None = None) -> InstallResult:
    """Validate ``source`` and copy it into the packs folder as ``<pack-id>.yaml``.

    Errors: nothing is written ("invalid"). Warnings: installed anyway, and returned.
    An installed (or built-in) pack with the same id: nothing is written ("exists")
    unless ``replace``; the result carries both versions so the caller can ask.
    A packs folder that cannot be made, or a failed write: SaveError, in words.
    The new file replaces whatever ``<pack-id>.yaml`` was, a symbolic link included: installing
    never writes through a link to a file outside the packs folder.
    """
    source = Path(source)
    folder = appdirs.packs_dir() if folder is None else Path(folder)
    try:
        data = read_pack_bytes(source)
        pack, warnings = parse_pack(data, str(source))
    except LoadError as exc:
        return InstallResult("invalid", source, warnings=exc.warnings, errors=exc.errors)
    target = folder / f"{pack.id}{PACK_SUFFIX}"
    existing = next((entry for entry in installed_packs(folder) if entry.pack.id == pack.id), None)
    old_builtin = False
    if existing is None:
        try:
            builtin = builtin_pack()
        except LoadError:
            builtin = None
        if builtin is not None and builtin.pack.id == pack.id:
            existing, old_builtin = builtin, True
    result = InstallResult("installed", source, pack, target, warnings,
                           old_version=existing.pack.version if existing else None, old_builtin=old_builtin)
    if existing is not None and not replace:
        return dataclasses.replace(result, status="exists")
    make_packs_folder(folder)
    atomic_write(target, data, follow_links=False)
    if existing is not None and not old_builtin and existing.path.name != target.name:
        existing.path.unlink(missing_ok=True)  # the old copy had another file name: keep one file per id
    return dataclasses.replace(result, status="replaced" if existing else "installed")


def in_the_way(folder: Path) -> str | None:
    """What stands where ``folder`` should be: "file" (a file, or a link to one), "dangling" (a symbolic
    link to nothing), or None (a folder, or nothing yet: it can be made)."""
    if folder.is_dir() or not (folder.exists() or folder.is_symlink()):
        return None
    return "dangling" if not folder.exists() else "file"


def packs_folder_problem(folder: Path | None = None) -> str | None:
    """Why the packs folder cannot hold packs (it is a file, or a link to nothing), or None."""
    folder = appdirs.packs_dir() if folder is None else Path(folder)
    found = in_the_way(folder)
    if found is None:
        return None  # a folder, or nothing yet (it is made on the first install)
    if found == "dangling":
        return _("the packs folder {folder} is a symbolic link to something that does not exist; move it away so "
                 "that Coexist can make the folder").format(folder=folder)
    return _("the packs folder {folder} is a file, not a folder; move it away so that Coexist can make the "
             "folder").format(folder=folder)


def make_packs_folder(folder: Path) -> None:
    """Create the packs folder; SaveError in words when a file or a dangling link is in the way."""
    problem = packs_folder_problem(folder)
    if problem is not None:
        raise SaveError(errno.ENOTDIR, problem[0].upper() + problem[1:] + ".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(exc.errno, _("Could not make the packs folder {folder}: {reason}.").format(
            folder=folder, reason=exc.strerror or exc)) from exc


def is_pack_id(text: str) -> bool:
    """A pack id as the pack format allows it (so it names a file inside the packs folder, nothing else)."""
    return len(text) <= MAX_ID and SLUG.fullmatch(text) is not None


def remove_pack(pack_id: str, folder: Path | None = None) -> Path:
    """Delete an installed pack; returns its path. KeyError when no installed pack has that id,
    ValueError when ``pack_id`` is not a pack id at all (``../../notes``, an absolute path).

    Only a file directly inside the packs folder is ever deleted (a symbolic link there is
    removed, not the file it points to). The built-in pack cannot be removed (an installed pack
    with its id can: the built-in one is then used again).
    """
    if not is_pack_id(pack_id):
        raise ValueError(f"'{pack_id}' is not a pack id")
    folder = appdirs.packs_dir() if folder is None else Path(folder)
    for entry in installed_packs(folder):
        if entry.pack.id == pack_id:
            entry.path.unlink()
            pack_cache.forget(entry.path)
            return entry.path
    path = folder / f"{pack_id}{PACK_SUFFIX}"
    if path.is_symlink() or path.is_file() or (path.exists() and not path.is_dir()):
        path.unlink()  # a broken file (or a FIFO, a dangling link) under that name: let the teacher get rid of it
        return path
    raise KeyError(pack_id)
