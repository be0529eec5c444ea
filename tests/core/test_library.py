"""The app data folder without Qt, the pack library, and install/remove/packs on the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from coexist_gui.cli import main
from coexist_gui.core import appdirs, library
from coexist_gui.core.pack import builtin_pack_path, load_pack

FLEET = Path(__file__).resolve().parents[1] / "data" / "packs" / "explain.yaml"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COEXIST_HOME", str(tmp_path / "home"))
    return tmp_path / "home" / "data" / "packs"


def fleet(tmp_path: Path, version: str = "2", name: str = "fleet.yaml", extra: str = "") -> Path:
    path = tmp_path / name
    path.write_text(FLEET.read_text(encoding="utf-8").replace('version: "2"', f'version: "{version}"') + extra,
                    encoding="utf-8")
    return path


# -- appdirs ------------------------------------------------------------------------------------------------

def test_data_dir_follows_coexist_home_like_gui_paths() -> None:
    assert appdirs.data_dir({"COEXIST_HOME": "/x"}, "linux", Path("/h")) == Path("/x/data")
    assert appdirs.packs_dir({"COEXIST_HOME": "/x"}) == Path("/x/data/packs")


@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({}, "linux", "/h/.local/share/Coexist/coexist-gui"),
    ({"COEXIST_HOME": ""}, "linux", "/h/.local/share/Coexist/coexist-gui"),
    ({"XDG_DATA_HOME": "/xdg"}, "linux", "/xdg/Coexist/coexist-gui"),
    ({"XDG_DATA_HOME": "relative"}, "linux", "/h/.local/share/Coexist/coexist-gui"),  # ignored, as Qt does
    ({}, "darwin", "/h/Library/Application Support/Coexist/coexist-gui"),
    ({"APPDATA": "/roaming"}, "win32", "/roaming/Coexist/coexist-gui"),
])
def test_data_dir_matches_qstandardpaths_app_data_location(env: dict, platform: str, expected: str) -> None:
    assert appdirs.data_dir(env, platform, Path("/h")) == Path(expected)


# -- library ------------------------------------------------------------------------------------------------

def test_install_validates_copies_and_detects_the_same_id(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    source = fleet(tmp_path, name="anything.yaml")
    result = library.install_pack(source, folder=folder)
    assert result.status == "installed" and result.path == folder / "fleet.yaml"
    assert len(result.warnings) == 4  # warnings do not stop an install
    assert (folder / "fleet.yaml").read_bytes() == source.read_bytes()  # comments and all
    newer = fleet(tmp_path, "3", "newer.yaml")
    asked = library.install_pack(newer, folder=folder)
    assert (asked.status, asked.old_version, asked.new_version) == ("exists", "2", "3")
    assert load_pack(folder / "fleet.yaml").pack.version == "2"  # nothing written yet
    done = library.install_pack(newer, replace=True, folder=folder)
    assert done.status == "replaced" and load_pack(folder / "fleet.yaml").pack.version == "3"
    assert [p.pack.id for p in library.installed_packs(folder)] == ["fleet"]
    assert sorted(p.name for p in folder.iterdir()) == ["fleet.yaml"]  # no temp files left


def test_install_refuses_a_pack_with_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(FLEET.read_text(encoding="utf-8").replace("id: c4", "id: C4"), encoding="utf-8")
    result = library.install_pack(bad, folder=tmp_path / "packs")
    assert result.status == "invalid" and "'C4' is not a valid id" in result.errors[0].message
    assert not (tmp_path / "packs").exists()
    missing = library.install_pack(tmp_path / "nope.yaml", folder=tmp_path / "packs")
    assert missing.status == "invalid" and "cannot read the file" in missing.errors[0].message


def test_broken_and_duplicate_installed_files_are_reported_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "a-broken.yaml").write_text("format: [", encoding="utf-8")
    fleet(folder, name="b.yaml")
    fleet(folder, name="c.yaml")
    broken: list[library.BrokenPack] = []
    packs = library.installed_packs(folder, broken=broken)
    assert [p.path.name for p in packs] == ["b.yaml"]
    assert [b.path.name for b in broken] == ["a-broken.yaml", "c.yaml"]
    assert "YAML syntax" in broken[0].first_error and "also installed as b.yaml" in broken[1].first_error


def test_find_pack_prefers_given_then_installed_then_builtin(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    builtin_id = load_pack(builtin_pack_path()).pack.id
    assert library.find_pack(builtin_id, folder=folder).builtin  # type: ignore[union-attr]
    assert library.find_pack("fleet", folder=folder) is None
    library.install_pack(fleet(tmp_path, "2"), folder=folder)
    assert library.find_pack("fleet", folder=folder).pack.version == "2"  # type: ignore[union-attr]
    given = fleet(tmp_path, "9", "given.yaml")
    assert library.find_pack("fleet", [given], folder=folder).pack.version == "9"  # type: ignore[union-attr]


def test_remove(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    library.install_pack(fleet(tmp_path), folder=folder)
    assert library.remove_pack("fleet", folder=folder) == folder / "fleet.yaml"
    assert not (folder / "fleet.yaml").exists()
    with pytest.raises(KeyError):
        library.remove_pack("fleet", folder=folder)
    (folder / "wreck.yaml").write_text("nonsense: [", encoding="utf-8")  # a broken file can go too
    assert library.remove_pack("wreck", folder=folder) == folder / "wreck.yaml"


def test_replacing_keeps_old_plans_working(tmp_path: Path) -> None:
    """A plan made with version 2 still scores with version 3, which dropped one of its cards."""
    from coexist_gui.core.feedback import render
    from coexist_gui.core.plan import parse_plan
    from coexist_gui.core.scoring import score
    folder = tmp_path / "packs"
    library.install_pack(fleet(tmp_path), folder=folder)
    v3 = tmp_path / "v3.yaml"
    v3.write_text(fleet(tmp_path, "3").read_text(encoding="utf-8").replace(
        "        - factor: spies\n          cards: [c5]\n", "").replace(
        "  - id: c5\n    text: A code was broken.\n    factors: [spies]\n", "  - id: c8\n    text: A spy.\n"
        "    factors: [spies]\n"), encoding="utf-8")
    assert library.install_pack(v3, replace=True, folder=folder).status == "replaced"
    plan = parse_plan(b"format: coexist-plan/1\npack: fleet\npack_version: '2'\nprompt: war\nparagraphs:\n"
                      b"- factor: spies\n  cards: [c5]\n", "old.plan.yaml")
    result = score(plan, library.find_pack("fleet", folder=folder).pack)  # type: ignore[union-attr]
    assert result.unknown_cards == ("c5",) and "kept in your plan" in render(result.feedback[0])


# -- command line -------------------------------------------------------------------------------------------

def test_cli_install_list_replace_remove(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["install", "--brief", str(fleet(tmp_path))]) == 0
    out, err = capsys.readouterr()
    assert out == f"installed pack 'fleet' version 2 (4 warning(s)): {home / 'fleet.yaml'}\n"
    assert err.count(": warning: ") == 4

    newer = fleet(tmp_path, "3", "newer.yaml")
    question = "pack 'fleet' is installed at version 2; this file is version 3. Replace it? [y/N]"
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["install", str(newer)]) == 1
    out, err = capsys.readouterr()
    assert question in err and "not installed: pack 'fleet' version 2 is still installed" in err and out == ""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal, end of input: no
    assert main(["install", str(newer)]) == 1
    assert load_pack(home / "fleet.yaml").pack.version == "2"
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["install", str(newer)]) == 0
    assert capsys.readouterr().out.startswith("replaced pack 'fleet' version 2 → 3")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["install", "--yes", str(fleet(tmp_path, "4", "v4.yaml"))]) == 0
    assert load_pack(home / "fleet.yaml").pack.version == "4"
    capsys.readouterr()

    assert main(["packs"]) == 0
    out, _err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == f"Packs folder: {home}"
    assert lines[1].split() == ["id", "title", "version", "author", "prompts", "cards", "warnings", "path"]
    assert "(built in)" in lines[2]
    assert lines[3].split()[:1] == ["fleet"] and "A fleet test pack" in lines[3]
    assert lines[3].split()[-5:] == ["4", "2", "7", "4", str(home / "fleet.yaml")]  # version, prompts, cards…

    assert main(["packs", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["folder"] == str(home) and data["broken"] == []
    assert data["packs"][1] == {"id": "fleet", "title": "A fleet test pack", "version": "4", "author": "",
                                "prompts": 2, "cards": 7, "warnings": 4, "path": str(home / "fleet.yaml"),
                                "builtin": False}
    assert data["packs"][0]["builtin"] is True

    assert main(["remove", "fleet"]) == 0
    assert capsys.readouterr().out == f"removed pack 'fleet': {home / 'fleet.yaml'}\n"
    assert main(["remove", "fleet"]) == 2
    assert "no installed pack has the id 'fleet'" in capsys.readouterr().err


def test_cli_install_refuses_errors_and_lists_them(home: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(FLEET.read_text(encoding="utf-8").replace("    factors: [navy]\n", "    factors: [nav]\n"),
                   encoding="utf-8")
    assert main(["install", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and f"{bad}:29:15: error: unknown factor 'nav' — did you mean 'navy'?" in err
    assert err.rstrip().endswith(f"{bad}: 1 error(s): not installed")
    assert not home.exists() or not any(home.iterdir())


def test_cli_packs_reports_broken_files(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home.mkdir(parents=True)
    (home / "junk.yaml").write_text("format: coexist-plan/1\n", encoding="utf-8")
    assert main(["packs"]) == 0
    out, err = capsys.readouterr()
    assert "junk.yaml" not in out and f"{home / 'junk.yaml'}:1:9: error: format must be" in err


# -- ids and links that point out of the packs folder ------------------------------------------------------

@pytest.mark.parametrize("pack_id", ["../../../x/notes", "../notes", "/abs/notes", "x/../../notes", "Notes", "",
                                     "a" * 65, "notes.yaml", ".", "..", "-x", "a\\b"])
def test_remove_accepts_only_a_pack_id(tmp_path: Path, pack_id: str) -> None:
    folder = tmp_path / "app" / "packs"
    folder.mkdir(parents=True)
    victim = tmp_path / "x" / "notes.yaml"  # where '../../../x/notes' led: the teacher's own file
    victim.parent.mkdir()
    victim.write_text("notes", encoding="utf-8")
    with pytest.raises(ValueError, match="is not a pack id"):
        library.remove_pack(pack_id.replace("/abs", str(tmp_path / "x")), folder=folder)
    assert victim.read_text(encoding="utf-8") == "notes"


def test_cli_remove_refuses_a_path(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before: 'coexist-gui remove ../../../x/notes' deleted x/notes.yaml, and an absolute id that file."""
    home.mkdir(parents=True)
    victim = tmp_path / "x" / "notes.yaml"
    victim.parent.mkdir()
    victim.write_text("notes", encoding="utf-8")
    for pack_id in (str(Path("..") / ".." / ".." / "x" / "notes"), str(tmp_path / "x" / "notes")):
        assert main(["remove", pack_id]) == 2
        err = capsys.readouterr().err
        assert err == (f"coexist-gui remove: '{pack_id}' is not a pack id: ids use lower-case letters, digits and "
                       "'-' (see 'coexist-gui packs')\n")
    assert victim.exists()


def test_remove_deletes_a_link_in_the_packs_folder_not_its_target(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    outside = fleet(tmp_path)
    (folder / "fleet.yaml").symlink_to(outside)
    assert library.remove_pack("fleet", folder=folder) == folder / "fleet.yaml"
    assert outside.exists() and not (folder / "fleet.yaml").is_symlink()
    (folder / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")  # a dangling link can be removed too
    assert library.remove_pack("gone", folder=folder) == folder / "gone.yaml"
    assert not (folder / "gone.yaml").is_symlink()


@pytest.mark.parametrize("how", ["--yes", "ask"])
def test_install_never_writes_through_a_link_in_the_packs_folder(home: Path, tmp_path: Path, how: str,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Before: with packs/fleet.yaml a link to the teacher's own file, install --yes replaced that file."""
    home.mkdir(parents=True)
    precious = tmp_path / "precious.yaml"
    precious.write_text(fleet(tmp_path, "1").read_text(encoding="utf-8"), encoding="utf-8")
    before = precious.read_bytes()
    (home / "fleet.yaml").symlink_to(precious)
    new = fleet(tmp_path, "5", name="new.yaml")
    if how == "ask":
        monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
        assert main(["install", str(new)]) == 0
    else:
        assert main(["install", "--yes", str(new)]) == 0
    assert "replaced pack 'fleet' version 1 → 5" in capsys.readouterr().out
    assert precious.read_bytes() == before  # untouched
    assert not (home / "fleet.yaml").is_symlink() and (home / "fleet.yaml").read_bytes() == new.read_bytes()


@pytest.mark.parametrize("what", ["file", "dangling link"])
def test_a_packs_folder_that_is_not_a_folder(home: Path, tmp_path: Path, what: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Before: install ended with a FileExistsError traceback; packs said nothing."""
    home.parent.mkdir(parents=True)
    if what == "file":
        home.write_text("not a folder", encoding="utf-8")
        expected = "a file, not a folder"
    else:
        home.symlink_to(tmp_path / "nowhere")
        expected = "a symbolic link to something that does not exist"
    problem = f"the packs folder {home} is {expected}; move it away so that Coexist can make the folder"
    assert main(["install", str(fleet(tmp_path))]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"{tmp_path / 'fleet.yaml'}: not installed: {problem[0].upper() + problem[1:]}.\n"
    assert main(["packs"]) == 0
    out, err = capsys.readouterr()
    assert err == f"coexist-gui packs: {problem}\n" and "(built in)" in out
    assert not (tmp_path / "nowhere").exists()
    if what == "file":
        assert home.read_text(encoding="utf-8") == "not a folder"


def test_special_files_in_the_packs_folder_are_listed_as_broken(tmp_path: Path) -> None:
    import os
    import sys

    if sys.platform.startswith("win"):
        pytest.skip("FIFOs are POSIX")
    folder = tmp_path / "packs"
    folder.mkdir()
    os.mkfifo(folder / "fifo.yaml")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "dir.yaml").mkdir()
    broken: list[library.BrokenPack] = []
    assert library.installed_packs(folder, broken=broken) == []
    assert sorted(b.first_error for b in broken) == [
        f"{folder / 'dir.yaml'}:1:1: error: not a regular file: a folder",
        f"{folder / 'fifo.yaml'}:1:1: error: not a regular file: a pipe (FIFO)",
        f"{folder / 'loop.yaml'}:1:1: error: cannot read the file: it is a symbolic link that leads back to itself "
        "(a loop)"]
    assert library.remove_pack("fifo", folder=folder) == folder / "fifo.yaml"
    assert not (folder / "fifo.yaml").exists()
