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
from typing import Mapping

ORGANISATION = "Coexist"
APPLICATION = "coexist-gui"


def home_override(env: Mapping[str, str] | None = None) -> Path | None:
    """``$COEXIST_HOME`` as a path, or None when it is unset or empty."""
    value = (os.environ if env is None else env).get("COEXIST_HOME")
    return Path(value) if value else None


def data_dir(env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None) -> Path:
    """The app data folder (not created here). ``env``/``platform``/``home`` are for tests."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    override = home_override(env)
    if override is not None:
        return override / "data"
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        base = Path(env["APPDATA"]) if env.get("APPDATA") else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        # Qt follows the XDG spec: a relative XDG_DATA_HOME is ignored.
        xdg = env.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg.startswith("/") else home / ".local" / "share"
    return base / ORGANISATION / APPLICATION


def packs_dir(env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None) -> Path:
    """The folder of installed packs, one ``<pack-id>.yaml`` each (not created here)."""
    return data_dir(env, platform, home) / "packs"


def cache_dir(env: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None) -> Path:
    """The app's cache folder (not created here): only files the app can make again (``core/pack_cache.py``)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    override = home_override(env)
    if override is not None:
        return override / "cache"
    home = Path.home() if home is None else home
    if platform.startswith("win"):
        base = Path(env["LOCALAPPDATA"]) if env.get("LOCALAPPDATA") else home / "AppData" / "Local"
        return base / ORGANISATION / APPLICATION / "cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / ORGANISATION / APPLICATION
    xdg = env.get("XDG_CACHE_HOME", "")  # as for XDG_DATA_HOME, a relative path is ignored
    base = Path(xdg) if xdg.startswith("/") else home / ".cache"
    return base / ORGANISATION / APPLICATION
