"""GUI test set-up: every user path under tmp_path, and no modal dialog can block a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from coexist_gui.gui import dialogs


@pytest.fixture(autouse=True)
def coexist_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("COEXIST_HOME", str(home))
    return home


class DialogCalls:
    """Records modal dialogs; each test sets the answers it expects to be asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple]] = []
        self.answers: dict[str, object] = {}

    def handler(self, name: str):
        def fake(*args, **kwargs):
            self.calls.append((name, args[1:]))
            if name not in self.answers:
                raise AssertionError(f"unexpected dialog {name}{args[1:]}")
            return self.answers[name]

        return fake

    def names(self) -> list[str]:
        return [name for name, _args in self.calls]


@pytest.fixture(autouse=True)
def fake_dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogCalls:
    calls = DialogCalls()
    for name in ("ask_save_changes", "ask_restore", "ask_keep_recovery", "open_file", "save_file", "show_error",
                 "show_info", "show_text", "ask_new_card", "show_warnings", "ask_install_pack", "ask_replace_pack",
                 "ask_remove_pack", "ask_clear_history", "ask_predict_band", "reveal_folder", "ask_revert"):
        monkeypatch.setattr(dialogs, name, calls.handler(name))
    return calls


def forget_changes(window) -> None:
    """Let a test's window close without the Save/Discard/Cancel question."""
    window.session.undo_stack.setClean()
    window.session._time_dirty = False


@pytest.fixture
def start_window(qtbot, qapp):
    """Make and show a window as at start-up, on whatever the test put in COEXIST_HOME first."""
    def start():
        from coexist_gui.gui.app import make_app
        from coexist_gui.gui.main_window import MainWindow

        make_app()
        win = MainWindow()
        qtbot.addWidget(win, before_close_func=forget_changes)
        win.show()
        return win

    return start


@pytest.fixture
def window(qtbot, qapp):
    from coexist_gui.gui.app import make_app
    from coexist_gui.gui.main_window import MainWindow

    make_app()
    win = MainWindow()
    # pytest-qt closes widgets before fixture teardown: forget unsaved edits first so closing doesn't ask
    qtbot.addWidget(win, before_close_func=forget_changes)
    win.resize(1360, 820)
    win.show()
    qtbot.waitExposed(win)
    return win
