"""Where the window keeps files when COEXIST_HOME is not set: Qt's real standard locations.

Each case runs a fresh process (QSettings reads the config folder once per process), with
HOME and the XDG variables pointing into tmp_path, so the real home folder is never touched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, sys
from PySide6.QtCore import QStandardPaths
from coexist_gui.core import appdirs
from coexist_gui.gui import paths
from coexist_gui.gui.app import make_app

make_app()  # sets the organisation and application names the locations are made of
app_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
print(json.dumps({
    "qt_app_data": app_data, "qt_documents": documents, "qt_cache": cache, "cache": str(appdirs.cache_dir()),
    "data": str(paths.data_dir()), "packs": str(paths.packs_dir()), "autosave": str(paths.autosave_dir()),
    "history": str(paths.history_file()), "documents": str(paths.documents_dir()),
    "settings": paths.settings().fileName(), "cli_packs": str(appdirs.packs_dir()),
}))
"""


def probe(env: dict[str, str]) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("COEXIST_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                                                                   "XDG_CACHE_HOME")}
    out = subprocess.run([sys.executable, "-c", PROBE], env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
                         capture_output=True, text=True, timeout=60, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the expected folders are Linux's (XDG)")
@pytest.mark.parametrize("xdg", [False, True])
def test_window_and_command_line_use_qts_standard_locations(tmp_path: Path, xdg: bool) -> None:
    home = tmp_path / "user"  # not the fixture's COEXIST_HOME folder, which this process ignores
    home.mkdir()
    env = {"HOME": str(home)}
    data_home, config_home, cache_home = home / ".local" / "share", home / ".config", home / ".cache"
    if xdg:
        data_home, config_home = tmp_path / "xdg-data", tmp_path / "xdg-config"
        cache_home = tmp_path / "xdg-cache"
        env.update(XDG_DATA_HOME=str(data_home), XDG_CONFIG_HOME=str(config_home), XDG_CACHE_HOME=str(cache_home))
    found = probe(env)
    expected = data_home / "Coexist" / "coexist-gui"
    assert Path(found["qt_app_data"]) == expected  # what Qt itself says
    assert Path(found["data"]) == expected and expected.is_dir()
    assert Path(found["packs"]) == Path(found["cli_packs"]) == expected / "packs"  # the CLI installs there too
    assert Path(found["autosave"]) == expected / "autosave"
    assert Path(found["history"]) == expected / "history.sqlite"
    assert Path(found["documents"]) == Path(found["qt_documents"]) == home / "Documents"
    assert Path(found["settings"]) == config_home / "Coexist" / "coexist-gui.conf"
    assert Path(found["cache"]) == Path(found["qt_cache"]) == cache_home / "Coexist" / "coexist-gui"  # pack_cache
