"""What the window remembers between runs: recent files, view options, the last question, its size."""

from __future__ import annotations

from pathlib import Path

from coexist_gui.gui import dialogs
from coexist_gui.gui.settings import RECENT_FILES, WindowSettings


def new_window(qtbot, closed_by_the_test: bool = False):
    from coexist_gui.gui.main_window import MainWindow

    window = MainWindow()
    if not closed_by_the_test:
        qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    return window


def test_saved_plans_come_first_in_open_recent_and_open_from_there(window, fake_dialogs, tmp_path: Path):
    names = []
    for number in range(RECENT_FILES + 2):
        path = tmp_path / f"plan-{number}.plan.yaml"
        fake_dialogs.answers["save_file"] = path
        window.session.set_author(f"Student {number}")
        assert window.files.save_as()
        names.append(str(path))
    menu = window.menu_actions.recent_menu
    shown = [action.data() for action in menu.actions()]
    assert shown == list(reversed(names))[:RECENT_FILES]  # newest first, at most RECENT_FILES
    assert all(name in action.toolTip() for name, action in zip(shown, menu.actions(), strict=True))
    assert menu.actions()[0].text() == f"&1 {Path(names[-1]).name}"
    window.session.set_author("changed")
    fake_dialogs.answers["ask_save_changes"] = dialogs.Answer.DISCARD
    menu.actions()[2].trigger()  # the third newest
    assert window.session.path == Path(names[-3]) and window.session.plan.author == f"Student {len(names) - 3}"
    assert WindowSettings().recent_files()[0] == names[-3]  # opening it made it the newest


def test_view_options_question_and_size_survive_a_restart(qtbot, qapp, coexist_home):
    from coexist_gui.gui.app import make_app

    make_app()
    first = new_window(qtbot, closed_by_the_test=True)
    prompt = first.session.pack.prompts[1]
    first.switch_to(first.entry, prompt)
    for action in (first.menu_actions.blind, first.menu_actions.exam):
        action.trigger()
    first.menu_actions.grey.trigger()  # on by default: now off
    first.evidence.hide_placed.setChecked(True)
    first.splitter.setSizes([300, 700, 300])
    sizes = first.splitter.sizes()
    assert first.close()

    second = new_window(qtbot)
    assert second.session.prompt.id == prompt.id
    assert second.menu_actions.blind.isChecked() and second.menu_actions.exam.isChecked()
    assert second.view_mode.blind and second.view_mode.exam and second.score_panel.is_concealed()
    assert not second.menu_actions.grey.isChecked() and second.evidence.hide_placed.isChecked()
    assert second.splitter.sizes() == sizes
    assert (coexist_home / "settings.ini").is_file()  # under COEXIST_HOME, never the real settings
