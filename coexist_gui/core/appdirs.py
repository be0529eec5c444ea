"""Where the app keeps its data: the one place that works it out, without Qt.

The command line and the window (through ``gui/paths.py``) both ask here, so they
always find the same packs. The folder is ``$COEXIST_HOME/data`` when that variable
is set (tests set it), otherwise what ``QStandardPaths.AppDataLocation`` gives for
organisation "Coexist" and application "coexist-gui" on each system; a test runs Qt
itself to check that it agrees. ``cache_dir`` is the same for ``QStandardPaths.CacheLocation``
(``$COEXIST_HOME/cache`` with the variable set): files there can be deleted at any time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Mapping, NamedTuple

ORGANISATION = "Coexist"
APPLICATION = "coexist-gui"


def home_override(env: Mapping[str, str] | None = None) -> Path | None:
    """``$COEXIST_HOME`` as a path, or None when it is unset or empty."""
    value = (os.environ if env is None else env).get("COEXIST_HOME")
    return Path(value) if value else None


class _Place(NamedTuple):
    """Where one of QStandardPaths' locations is on each system, below the user's home."""

    windows: tuple[str, str]  # the variable, and the folder under home when it is unset
    windows_inside: str  # what Qt adds below organisation/application on Windows
    macos: str
    xdg: tuple[str, str]  # the variable (used only when absolute, as Qt does), and the folder otherwise


_DATA = _Place(("APPDATA", "AppData/Roaming"), "", "Library/Application Support", ("XDG_DATA_HOME", ".local/share"))
_CACHE = _Place(("LOCALAPPDATA", "AppData/Local"), "cache", "Library/Caches", ("XDG_CACHE_HOME", ".cache"))


def _folder(place: _Place, override_name: str, env: Mapping[str, str] | None, platform: str | None,
            home: Path | None) -> Path:
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    override = home_override(env)
    if override is not None:
        return override / override_name
    home = Path.home() if home is None else home
    app = Path(ORGANISATION, APPLICATION)
    if platform.startswith("win"):
        variable, fallback = place.windows
        return (Path(env[variable]) if env.get(variable) else home / fallback) / app / place.windows_inside
    if platform == "darwin":
        return home / place.macos / app
    variable, fallback = place.xdg
    xdg = env.get(variable, "")
    return (Path(xdg) if xdg.startswith("/") else home / fallback) / app


def data_dir(env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None) -> Path:
    """The app data folder (not created here). ``env``/``platform``/``home`` are for tests."""
    return _folder(_DATA, "data", env, platform, home)


def packs_dir(env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None) -> Path:
    """The folder of installed packs, one ``<pack-id>.yaml`` each (not created here)."""
    return data_dir(env, platform, home) / "packs"


def cache_dir(env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None) -> Path:
    """The app's cache folder (not created here): only files the app can make again (``core/pack_cache.py``)."""
    return _folder(_CACHE, "cache", env, platform, home)
