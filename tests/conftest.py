"""Shared test set-up. Qt must never need a screen: use the offscreen platform before anything imports Qt."""

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks English whatever the machine's language (LANG=de_DE.UTF-8 would make the command line German);
# tests of other languages ask for them.
os.environ["COEXIST_LANG"] = "en"
# Nor does it use the user's folders (the real ones, or a COEXIST_HOME set in the shell): a test that sets no
# COEXIST_HOME of its own (the window's tests each get one) reads the packs folder, and writes the pack cache,
# under this one.
os.environ["COEXIST_HOME"] = tempfile.mkdtemp(prefix="coexist-tests-")
atexit.register(shutil.rmtree, os.environ["COEXIST_HOME"], ignore_errors=True)

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=100_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture(autouse=True)
def english_again():
    """The core's language is one setting for the process: every test starts and ends in English."""
    from coexist_gui.core import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def german():
    """The core speaks German for this test."""
    from coexist_gui.core import i18n

    assert i18n.set_language("de") == "de"
    yield
