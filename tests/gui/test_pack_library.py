"""Pack library in the window: import (valid, invalid, with warnings), replace another version, manage, remove."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from coexist_gui.core import appdirs
from coexist_gui.core.library import install_pack
from coexist_gui.core.plan import dump_plan
from coexist_gui.gui.windows.pack_manager import PackManagerDialog


def pack_text(version: str = "1", *, cards: tuple[str, ...] = ("a1", "a2", "m1", "m2"), spare_factor: bool = False,
              typo: bool = False) -> str:
    """A small valid pack (or, with ``typo``, one with an unknown key on a known line)."""
    lines = ["format: coexist-pack/1", "id: test-pack", "title: Test pack", f'version: "{version}"',
             "author: Ms Teacher", "factors:", "  - id: army", "    name: The army", "  - id: money",
             "    name: Money"]
    if spare_factor:
        lines += ["  - id: spare", "    name: Spare"]
    lines.append("evidence:")
    for card in cards:
        factor = "army" if card.startswith("a") else "money"
        key = "factor" if typo and card == "m1" else "factors"
        lines += [f"  - id: {card}", f"    text: Card {card}.", f"    {key}: [{factor}]"]
    lines += ["prompts:", "  - id: why", "    question: Why did it happen?", "    factors: [army, money]"]
    return "\n".join(lines) + "\n"


def write_pack(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def installed_files() -> list[Path]:
    folder = appdirs.packs_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def test_import_a_valid_pack_installs_it_and_switches_to_it(window, fake_dialogs, tmp_path):
    source = write_pack(tmp_path, "teacher.yaml", pack_text())
    fake_dialogs.answers["open_file"] = source
    window.menu_actions.import_pack.trigger()
    assert [p.name for p in installed_files()] == ["test-pack.yaml"]
    assert installed_files()[0].read_bytes() == source.read_bytes()
    entry = window.library.find("test-pack")
    assert entry is not None and entry.installed
    assert window.session.pack.id == "test-pack"
    assert window.prompt_bar.packs.findData("test-pack") >= 0
    assert fake_dialogs.names() == ["open_file"]  # no warnings, no errors


def test_an_invalid_pack_lists_every_problem_and_installs_nothing(window, fake_dialogs, tmp_path):
    source = write_pack(tmp_path, "broken.yaml", pack_text(typo=True))
    fake_dialogs.answers["show_error"] = None
    before = [e.pack.id for e in window.library.entries]
    assert not window.packs.import_pack(source)
    assert fake_dialogs.names() == ["show_error"]
    _title, message, details = fake_dialogs.calls[0][1]
    assert "Nothing was installed" in message
    assert re.search(rf"{re.escape(str(source))}:\d+:\d+: error: unknown key 'factor'", details), details
    assert installed_files() == []
    assert [e.pack.id for e in window.library.entries] == before
    assert window.session.pack.id == "ussr-peaceful-coexistence"


def test_warnings_are_shown_and_the_pack_still_installs(window, fake_dialogs, tmp_path):
    source = write_pack(tmp_path, "warn.yaml", pack_text(spare_factor=True))
    fake_dialogs.answers["show_warnings"] = None
    assert window.packs.import_pack(source)
    assert fake_dialogs.names() == ["show_warnings"]
    details = fake_dialogs.calls[0][1][2]
    assert re.search(r"warn\.yaml:\d+:\d+: warning: no card is tagged with factor 'spare'", details)
    assert [p.name for p in installed_files()] == ["test-pack.yaml"]
    assert len(window.library.find("test-pack").warnings) == 1


@pytest.mark.parametrize("confirm", [False, True])
def test_importing_another_version_asks_before_replacing(window, fake_dialogs, tmp_path, confirm):
    old = write_pack(tmp_path, "v1.yaml", pack_text("1"))
    new = write_pack(tmp_path, "v2.yaml", pack_text("2", cards=("a1", "a3", "m1", "m2")))  # a2 was replaced by a3
    assert window.packs.import_pack(old)
    fake_dialogs.answers["ask_replace_pack"] = confirm
    assert window.packs.import_pack(new) is confirm
    assert fake_dialogs.calls[-1] == ("ask_replace_pack", ("Test pack", "1", "2"))
    installed = installed_files()
    assert len(installed) == 1
    assert installed[0].read_bytes() == (new if confirm else old).read_bytes()
    assert window.library.find("test-pack").pack.version == ("2" if confirm else "1")


def test_a_plan_made_with_the_old_version_still_opens(window, fake_dialogs, tmp_path):
    assert window.packs.import_pack(write_pack(tmp_path, "v1.yaml", pack_text("1")))
    window.session.place_cards(["a1", "a2"], 0)
    plan_file = tmp_path / "mine.plan.yaml"
    plan_file.write_text(dump_plan(window.session.plan_for_saving()), encoding="utf-8")
    window.session.undo_stack.setClean()
    fake_dialogs.answers["ask_replace_pack"] = True
    assert window.packs.import_pack(write_pack(tmp_path, "v2.yaml", pack_text("2", cards=("a1", "a3", "m1", "m2"))))
    assert window.files.open_plan(plan_file)
    assert window.session.pack.version == "2"
    assert window.session.plan.paragraphs[0].cards == ("a1", "a2")  # the unknown card is kept
    assert window.session.score.unknown_cards == ("a2",)


def test_open_offers_to_install_a_pack(window, fake_dialogs, tmp_path):
    source = write_pack(tmp_path, "offer.yaml", pack_text())
    fake_dialogs.answers["ask_install_pack"] = False
    assert window.files.open_path(source)
    assert installed_files() == [] and not window.library.find("test-pack").installed
    assert window.session.pack.id == "test-pack"
    fake_dialogs.answers["ask_install_pack"] = True
    assert window.files.open_path(source)
    assert [p.name for p in installed_files()] == ["test-pack.yaml"]
    assert window.library.find("test-pack").installed
    assert fake_dialogs.names() == ["ask_install_pack", "ask_install_pack"]


def test_dropping_a_pack_on_the_window_imports_it(window, qtbot, tmp_path):
    source = write_pack(tmp_path, "dropped.yaml", pack_text())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(installed_files()))
    assert window.session.pack.id == "test-pack"


def test_packs_installed_by_the_command_line_are_listed(qtbot, tmp_path):
    from coexist_gui.gui.pack_list import PackList

    result = install_pack(write_pack(tmp_path, "cli.yaml", pack_text()))
    assert result.status == "installed"
    library = PackList()
    library.scan()
    assert [(e.pack.id, e.builtin, e.installed) for e in library.entries] == [
        ("ussr-peaceful-coexistence", True, False), ("test-pack", False, True)]


def test_start_up_scores_no_model_plan_and_the_manager_still_shows_their_warnings(qtbot, tmp_path, monkeypatch):
    """Scanning the packs at start-up leaves out the one warning that scores each model plan; the first look
    at a pack's warnings (the pack manager) adds it, for an installed pack as for the built-in one."""
    from coexist_gui.core import pack as pack_module
    from coexist_gui.gui.pack_list import PackList

    text = pack_text(spare_factor=True).replace(
        "    factors: [army, money]\n",
        "    factors: [army, money]\n    exemplar:\n      paragraphs:\n        - {factor: army, cards: [a1]}\n")
    assert install_pack(write_pack(tmp_path, "weak.yaml", text)).status == "installed"
    scored: list[str] = []
    real = pack_module._exemplar_score_warnings
    monkeypatch.setattr(pack_module, "_exemplar_score_warnings",
                        lambda check, root, values, pack: (scored.append(pack.id), real(check, root, values, pack)))
    library = PackList()
    library.scan()
    assert scored == []
    entry = library.find("test-pack")
    messages = [w.message for w in entry.warnings]
    assert scored == ["test-pack"]
    assert any("no card is tagged with factor 'spare'" in m for m in messages)
    assert any("a model plan should reach band 5" in m for m in messages)
    assert entry.warnings is entry.warnings  # read again once, not at every look
    assert scored == ["test-pack"]


def test_a_pack_edited_since_the_scan_keeps_the_warnings_it_was_read_with(qtbot, tmp_path):
    from coexist_gui.gui.pack_list import PackList

    assert install_pack(write_pack(tmp_path, "warn.yaml", pack_text(spare_factor=True))).status == "installed"
    library = PackList()
    library.scan()
    entry = library.find("test-pack")
    found = list(entry.found)
    entry.path.write_text(pack_text("2"), encoding="utf-8")  # edited by hand: no spare factor any more
    assert entry.warnings == found  # the warnings of the pack on offer, not of the file it has become


def test_the_manager_lists_packs_and_removes_one(window, fake_dialogs, tmp_path, qtbot):
    fake_dialogs.answers["show_warnings"] = None
    assert window.packs.import_pack(write_pack(tmp_path, "warn.yaml", pack_text(spare_factor=True)))
    window.menu_actions.manage_packs.trigger()
    manager = window.side_windows.get("packs")
    assert isinstance(manager, PackManagerDialog) and manager.isVisible()
    table = manager.table
    rows = [[table.topLevelItem(r).text(c) for c in range(6)] for r in range(table.topLevelItemCount())]
    assert rows[1] == ["Test pack", "Ms Teacher", "1", "1", "4", "1"]
    assert rows[0][0].endswith("(built in)")
    assert manager.current_entry().pack.id == "test-pack"  # the open pack is selected
    assert "warning: no card is tagged with factor 'spare'" in manager.details.toPlainText()
    manager.select("ussr-peaceful-coexistence")
    assert not manager.remove_button.isEnabled()  # the built-in pack cannot be removed
    manager.select("test-pack")
    assert manager.remove_button.isEnabled()

    fake_dialogs.answers["ask_remove_pack"] = False
    manager.remove_button.click()
    assert len(installed_files()) == 1

    fake_dialogs.answers["ask_remove_pack"] = True
    manager.remove_button.click()
    assert installed_files() == []
    assert window.library.find("test-pack") is None
    assert window.session.pack.id == "ussr-peaceful-coexistence"  # it was open: the built-in pack takes over
    assert table.topLevelItemCount() == 1
    assert ("ask_remove_pack", ("Test pack",)) in fake_dialogs.calls


def test_show_file_reveals_the_packs_folder(window, fake_dialogs, tmp_path):
    assert window.packs.import_pack(write_pack(tmp_path, "p.yaml", pack_text()))
    window.packs.manage()
    manager = window.side_windows.get("packs")
    manager.select("test-pack")
    fake_dialogs.answers["reveal_folder"] = True
    manager.reveal_button.click()
    assert fake_dialogs.calls[-1] == ("reveal_folder", (appdirs.packs_dir(),))



def test_the_manager_says_which_installed_files_are_broken(window, tmp_path):
    folder = appdirs.packs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "half-copied.yaml").write_text("format: coexist-pack/1\nid: [unclosed\n", encoding="utf-8")
    window.library.scan()
    manager = window.packs.manage()
    assert manager.broken.isVisible()
    assert "half-copied.yaml:" in manager.broken.text() and "error" in manager.broken.text()
    (folder / "half-copied.yaml").unlink()
    window.library.scan()
    window.packs.manage()
    assert not manager.broken.isVisible()
