"""Every place the window reads or writes user files, in one module.

Where the app's data lives is worked out once, in ``core/appdirs.py`` (the command line
needs it without Qt, and must find the same packs). This module creates those folders
on first use and adds what only the window needs: the documents folder and the
settings store, both from Qt. Setting ``COEXIST_HOME`` (the tests do) puts everything,
settings included, under that one folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ..core import appdirs

ORGANISATION = appdirs.ORGANISATION
APPLICATION = appdirs.APPLICATION


def _made(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


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
