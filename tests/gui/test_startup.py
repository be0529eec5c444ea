"""Start-up: work the first picture does not need waits for the first paint; --screenshot saves that picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from coexist_gui.gui.app import after_first_paint


def test_after_first_paint_runs_once_after_the_window_painted(qtbot):
    label = QLabel("hello")
    qtbot.addWidget(label)
    painted, called = [], []
    real_paint = label.paintEvent
    label.paintEvent = lambda event: (painted.append(True), real_paint(event))[1]
    after_first_paint(label, lambda: called.append(bool(painted)))
    qtbot.wait(20)
    assert called == []  # not shown: nothing painted, nothing called
    label.show()
    qtbot.waitUntil(lambda: called == [True])  # after the paint, not before it
    label.update()
    label.repaint()
    qtbot.wait(20)
    assert called == [True]  # once


def test_screenshot_saves_the_painted_window_and_exits(tmp_path: Path):
    out = tmp_path / "shot.png"
    env = {**os.environ, "COEXIST_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "coexist_gui", "--screenshot", str(out)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1360, 820)
    # painted, not blank: the question's large dark text and the factors' colours are in the picture
    colours = {image.pixelColor(x, y).name() for x in range(0, 1360, 17) for y in range(0, 820, 13)}
    assert len(colours) > 20
    assert not list((tmp_path / "home").rglob("*.plan.yaml"))  # no autosave left behind


WARM_START = """
import sys
from pathlib import Path
from coexist_gui.gui.app import run
code = run(screenshot=Path(sys.argv[1]))
print(code, "yaml" in sys.modules)
"""


def test_a_start_with_the_pack_cache_warm_never_imports_pyyaml(tmp_path: Path):
    """The first start parses the built-in pack (and caches its tree); the next one needs no YAML at all."""
    env = {**os.environ, "COEXIST_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}

    def start() -> list[str]:
        done = subprocess.run([sys.executable, "-c", WARM_START, str(tmp_path / "shot.png")], env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()[-2:]

    assert start() == ["0", "True"]
    assert list((tmp_path / "home" / "cache" / "packs").glob("*.tree"))
    assert start() == ["0", "False"]
