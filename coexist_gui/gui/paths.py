"""Every place the window reads or writes user files, in one module.

Where the app's data lives is worked out once, in ``core/appdirs.py`` (the command line
needs it without Qt, and must find the same packs). This module creates those folders
on first use and adds what only the window needs: the documents folder and the
settings store, both from Qt. Setting ``COEXIST_HOME`` (the tests do) puts everything,
settings included, under that one folder.

A folder that cannot be made (a file or a dangling link where it should be, no permission)
never stops the window: the path is returned all the same, whatever uses it fails in words
(an autosave says it could not be written, the history is not used), and ``folder_problems``
gives the window one sentence per folder to tell the student once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from ..core import appdirs
from ..core.library import in_the_way

ORGANISATION = appdirs.ORGANISATION
APPLICATION = appdirs.APPLICATION


def tr(text: str) -> str:
    return QCoreApplication.translate("paths", text)


def _made(path: Path) -> Path:
    if in_the_way(path) is None:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # said by folder_problems(); whatever writes there fails in words
    return path


def folder_problems() -> list[str]:
    """Why the app's folders cannot be used, one sentence each; empty when all is well.

    A folder inside one that cannot be used is not named again."""
    data = appdirs.data_dir()
    problems: list[str] = []
    for path in (data, data / "autosave", appdirs.packs_dir()):
        if path != data and problems:
            break
        found = in_the_way(path)
        if found == "file":
            problems.append(tr("%1 is a file, not a folder.").replace("%1", str(path)))
        elif found == "dangling":
            problems.append(tr("%1 is a symbolic link to something that does not exist.").replace("%1", str(path)))
        else:
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                problems.append(tr("%1 cannot be made: %2.").replace("%1", str(path))
                                .replace("%2", exc.strerror or str(exc)))
    return problems


def data_dir() -> Path:
    """The app data folder (installed packs, autosaves, history)."""
    return _made(appdirs.data_dir())


def autosave_dir() -> Path:
    return _made(data_dir() / "autosave")


def packs_dir() -> Path:
    """Installed packs: the folder ``core.library`` installs into (the command line uses it too)."""
    return _made(appdirs.packs_dir())


def history_file() -> Path:
    """The progress history (SQLite)."""
    from ..core.history import DB_NAME  # sqlite3 is only needed once the window is up

    return data_dir() / DB_NAME


def documents_dir() -> Path:
    """Where Open and Save start the first time."""
    home = appdirs.home_override()
    if home is not None:
        return home
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def settings() -> QSettings:
    home = appdirs.home_override()
    if home is not None:
        return QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)
