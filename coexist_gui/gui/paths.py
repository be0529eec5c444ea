"""Every place the app reads or writes user files, in one module.

Normal runs use QStandardPaths. Setting ``COEXIST_HOME`` (tests do, through a
fixture) puts everything — settings included — under that one folder, so
nothing touches the real home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANISATION = "Coexist"
APPLICATION = "coexist-gui"


def _home_override() -> Path | None:
    value = os.environ.get("COEXIST_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """The app data folder (packs, autosaves, history)."""
    home = _home_override()
    if home is not None:
        path = home / "data"
    else:
        path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def autosave_dir() -> Path:
    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def packs_dir() -> Path:
    """Installed packs: the folder ``core.library`` installs into (the command line uses it too)."""
    from ..core import appdirs

    path = appdirs.packs_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def settings() -> QSettings:
    home = _home_override()
    if home is not None:
        return QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)
