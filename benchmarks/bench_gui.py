"""Time the window: start-up, a drop on a 10,000-card pack, typing in the search field, and memory.

Run from the repository root (headless is fine):

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--runs N]

Every figure is measured in this one run, interleaved with its baseline, and
printed as a plain line; nothing here is asserted by the test suite.

* start-up: wall time of ``coexist-gui --screenshot OUT.png`` (built-in pack,
  window painted and saved) divided by the same for a bare PySide6 window
  rendered and saved the same way, each a fresh process; median of N runs.
  Target: ratio <= 1.5. With ``--floors``, also three floors: the bare window after importing our
  modules, and (``window_skeleton.py``) our window's widgets and style sheet rebuilt from plain Qt
  classes, without and with our modules imported.
* drop -> score panel repainted: with a generated 10,000-card pack, the time
  from the paragraph model's dropMimeData() to the score panel having painted
  (repaint() forces the paint synchronously). Target: under 16 ms.
* search keystroke: typing one character into the bank's search field until
  the filtered list has laid out and painted. Target: under 50 ms.
* memory: resident memory of a process showing the 10,000-card pack minus that
  of a bare window process. Target: under 60 MB.
* pack editor: File > Edit pack... on the 10,000-card pack (as the editor saved it,
  so opening also checks the file's text against the canonical one) until the
  Evidence table has painted; then an edit of one cell, a keystroke in the card
  filter, a page of scrolling and a sort, each until the table has painted.
  Targets: open under 1 s; each of the others under 50 ms (no visible pause).
* class report: File > Class report... on a folder of 30 plans, from choosing
  the folder until the table is filled (read in the background). Target: 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The baseline: a bare PySide6 window, painted and saved exactly as `coexist-gui --screenshot` does it
# (grab() and save as PNG right after the window's first paint has finished).
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1360, 820)
def grab():
    w.grab().save(sys.argv[1], "PNG"); app.quit()
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self); QTimer.singleShot(0, grab)
        return False
watcher = FirstPaint(); w.installEventFilter(watcher); w.show()
app.exec()
"""

# Where start-up goes, in one process each: milliseconds from the first line to each step.
PHASES = """
import sys, time
start = time.perf_counter()
steps = []
def step(name):
    steps.append((name, time.perf_counter()))
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
step("import PySide6.QtWidgets")
if sys.argv[1] == "bare":
    app = QApplication([]); step("QApplication")
    w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1360, 820); step("window built")
else:
    from coexist_gui.gui.app import make_app
    step("import coexist_gui.gui.app (core, PyYAML)")
    from coexist_gui.gui.main_window import MainWindow
    step("import main_window (the GUI modules)")
    app = make_app(); step("QApplication + style sheet")
    w = MainWindow(); w.resize(1360, 820); step("MainWindow() (packs, session, widgets, menus)")
w.show(); app.processEvents(); step("show + first paint")
image = w.grab(); step("grab()")
image.save(sys.argv[2], "PNG"); step("save PNG")
last = start
for name, at in steps:
    print(f"{name}\t{(at - last) * 1000:.1f}")
    last = at
print(f"total in the process\t{(last - start) * 1000:.1f}")
"""

RSS_PROBE = """
import os, sys, resource
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
if sys.argv[1] == "bare":
    w = QMainWindow(); w.setCentralWidget(QLabel("bare"))
else:
    from coexist_gui.gui.app import make_app
    from coexist_gui.gui.main_window import MainWindow
    from coexist_gui.gui.pack_list import PackList
    make_app()
    from coexist_gui.core.pack import load_pack
    library = PackList(); library.add_loaded(sys.argv[2], load_pack(sys.argv[2]))  # the only pack
    w = MainWindow(library)
w.resize(1360, 820); w.show(); app.processEvents(); w.grab()
with open("/proc/self/status") as fh:
    rss = next(int(line.split()[1]) for line in fh if line.startswith("VmRSS"))
print(rss)
"""


def wall(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def child_env(tmp: Path) -> dict[str, str]:
    """Offscreen, a home of its own, and Python's usual bytecode cache: a user's installation has
    compiled .pyc files (pip writes them), so PYTHONDONTWRITEBYTECODE in the shell is not passed on."""
    env = dict(os.environ, COEXIST_HOME=str(tmp / "home"), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def startup(runs: int, tmp: Path, floors: bool = False) -> None:
    env = child_env(tmp)
    commands = {"ours": [sys.executable, "-m", "coexist_gui", "--screenshot", str(tmp / "ours.png")],
                "bare": [sys.executable, "-c", BARE, str(tmp / "bare.png")]}
    if floors:  # the same widgets as our window, rebuilt from plain Qt classes (window_skeleton.py)
        skeleton, tree = str(ROOT / "benchmarks" / "window_skeleton.py"), str(tmp / "tree.json")
        subprocess.run([sys.executable, skeleton, "record", tree], check=True, env=env, capture_output=True)
        commands["code"] = [sys.executable, "-c", "import coexist_gui.gui.main_window\n" + BARE, str(tmp / "c.png")]
        commands["widgets"] = [sys.executable, skeleton, "show", tree, str(tmp / "widgets.png")]
        commands["widgets+code"] = [sys.executable, skeleton, "show", tree, str(tmp / "code.png"), "--import-app"]
    for command in commands.values():
        wall(command, env)  # warm the file cache (and the app's own caches, as a second start has them)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():  # in turn, so that a slow moment of the machine hits all alike
            times[name].append(wall(command, env))
    median = {name: statistics.median(values) for name, values in times.items()}
    ma, mb = median["ours"], median["bare"]
    verdict = "OK" if ma / mb <= 1.5 else "MISSED"
    print(f"start-up / bare window: {ma / mb:.2f} ({ma * 1000:.0f} ms vs {mb * 1000:.0f} ms, median of {runs}; "
          f"target <= 1.5) {verdict}")
    if floors:
        for name, what in (("code", "the bare window after importing our window's modules (not run)"),
                           ("widgets", "our window's widgets and style sheet, none of our code"),
                           ("widgets+code", "the same, with the window's modules imported (not run)")):
            print(f"  floor / bare window: {median[name] / mb:.2f} ({median[name] * 1000:.0f} ms): {what}")
        print(f"  start-up / floor with code: {ma / median['widgets+code']:.2f}")


def startup_breakdown(runs: int, tmp: Path) -> None:
    """Median milliseconds per start-up step, ours and the bare window's (one process per run)."""
    env = child_env(tmp)
    for who in ("bare", "ours"):
        table: dict[str, list[float]] = {}
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", PHASES, who, str(tmp / f"{who}-phases.png")], env=env,
                                 check=True, capture_output=True, text=True).stdout
            for line in out.strip().splitlines():
                name, ms = line.rsplit("\t", 1)
                table.setdefault(name, []).append(float(ms))
        print(f"  {who}:")
        for name, values in table.items():
            print(f"    {name:48s} {statistics.median(values):6.1f} ms")


def memory(pack: Path) -> None:
    def rss(*args: str) -> int:
        out = subprocess.run([sys.executable, "-c", RSS_PROBE, *args], check=True, capture_output=True,
                             text=True, env=child_env(pack.parent))
        return int(out.stdout.strip().splitlines()[-1])

    bare, ours = rss("bare"), rss("ours", str(pack))
    extra = (ours - bare) / 1024
    print(f"memory above bare window (10,000 cards): {extra:.1f} MB ({ours / 1024:.0f} MB vs {bare / 1024:.0f} MB; "
          f"target < 60 MB) {'OK' if extra < 60 else 'MISSED'}")


def interaction(pack: Path, runs: int) -> None:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtTest import QTest

    from coexist_gui.core.pack import load_pack
    from coexist_gui.gui.app import make_app
    from coexist_gui.gui.main_window import MainWindow
    from coexist_gui.gui.pack_list import PackList

    app = make_app()
    library = PackList()
    library.add_loaded(pack, load_pack(pack))  # the only pack: the window opens on it
    window = MainWindow(library)
    window.resize(1360, 820)
    window.show()
    app.processEvents()
    session = window.session
    bank = window.evidence.model
    target = window.board.paragraphs[0].model
    drops = []
    for i in range(runs):
        card_id = session.pack.cards[i].id
        mime = bank.mimeData([bank.index(bank.card_ids().index(card_id))])
        start = time.perf_counter()
        target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
        window.score_panel.repaint()
        drops.append(time.perf_counter() - start)
        app.processEvents()
    drop = statistics.median(drops) * 1000
    print(f"drop -> score panel repainted (10,000 cards): {drop:.1f} ms (median of {runs}; target < 16 ms) "
          f"{'OK' if drop < 16 else 'MISSED'}")
    search = window.evidence.search
    view = window.evidence.view
    keys = []
    for i in range(runs):
        search.clear()
        app.processEvents()
        letter = "abcdefghijklmnopqrstuvwxyz"[i % 26]
        start = time.perf_counter()
        QTest.keyClick(search, letter)
        view.doItemsLayout()
        view.viewport().repaint()
        keys.append(time.perf_counter() - start)
    key = statistics.median(keys) * 1000
    print(f"search keystroke -> filtered list painted (10,000 cards): {key:.1f} ms (median of {runs}; "
          f"target < 50 ms) {'OK' if key < 50 else 'MISSED'}")
    session.undo_stack.setClean()
    window.close()


def pack_editor(pack: Path, runs: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from coexist_gui.core.authoring.files import read_pack_file, save_pack
    from coexist_gui.core.pack import load_pack
    from coexist_gui.gui.editor import dialogs
    from coexist_gui.gui.editor.window import EVIDENCE, open_editor

    app = QApplication.instance()
    saved = pack.with_name("saved-by-editor.yaml")
    save_pack(read_pack_file(pack).pack, saved)
    dialogs.confirm_rewrite = lambda *_args: True  # type: ignore[assignment]
    parent = QWidget()
    opens, reads = [], []
    editor = None
    for _ in range(max(3, runs // 3)):
        start = time.perf_counter()
        load_pack(saved)  # the baseline: what `coexist-gui validate` does with the same file
        reads.append(time.perf_counter() - start)
        if editor is not None:
            editor.checker.wait()
            editor.session.undo_stack.setClean()
            editor.close()
            app.processEvents()
        start = time.perf_counter()
        editor = open_editor(saved, parent)
        editor.resize(1360, 820)
        editor.show_tab(EVIDENCE)
        app.processEvents()
        editor.evidence.view.viewport().repaint()
        opens.append(time.perf_counter() - start)
    opened, read = statistics.median(opens), statistics.median(reads)
    print(f"pack editor: open 10,000 cards -> table painted: {opened * 1000:.0f} ms, {opened / read:.2f} x reading "
          f"and validating the same file ({read * 1000:.0f} ms) (median of {len(opens)}; target < 1000 ms) "
          f"{'OK' if opened < 1 else 'MISSED'}")
    page, view = editor.evidence, editor.evidence.view
    model = page.model

    def painted(action) -> float:
        start = time.perf_counter()
        action()
        view.viewport().repaint()
        return time.perf_counter() - start

    editor.checker.wait()
    edits = []
    for i in range(runs):
        edits.append(painted(lambda i=i: model.setData(model.index(i * 37, model.TEXT), f"Edited card {i}")))
        app.processEvents()
    # the live check of the 10,000 cards then runs in a worker for a few hundred ms: an edit meanwhile
    while_checking = []
    for i in range(runs):
        editor.checker.wait()
        editor.checker.check_now()
        while_checking.append(painted(lambda i=i: model.setData(model.index(i * 41 + 3, model.TEXT), f"Again {i}")))
    editor.checker.wait()
    filters = []
    for i in range(runs):
        page.search.clear()
        app.processEvents()
        filters.append(painted(lambda i=i: page.search.setText("abcdefghijklmnopqrstuvwxyz"[i % 26])))
    page.search.clear()
    bar = view.verticalScrollBar()
    scrolls = [painted(lambda i=i: bar.setValue((i + 1) * bar.pageStep() * 40 % max(bar.maximum(), 1)))
               for i in range(runs)]
    sorts = [painted(lambda i=i: view.sortByColumn(model.TEXT if i % 2 else model.YEAR, Qt.SortOrder.AscendingOrder))
             for i in range(runs)]
    editor.checker.wait()
    for name, times in (("edit a cell", edits), ("edit a cell while the live check runs", while_checking),
                        ("filter keystroke", filters), ("scroll a page", scrolls), ("sort a column", sorts)):
        value = statistics.median(times) * 1000
        print(f"pack editor (10,000 cards): {name} -> table painted: {value:.1f} ms (median of {runs}; "
              f"target < 50 ms) {'OK' if value < 50 else 'MISSED'}")
    editor.session.undo_stack.setClean()
    editor.close()


def class_report(runs: int, tmp: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from class_plans import write_class

    from coexist_gui.core.pack import load_builtin_pack
    from coexist_gui.gui.pack_list import PackList
    from coexist_gui.gui.windows.report.window import ClassReportWindow

    folder = tmp / "class"
    write_class(folder, load_builtin_pack().pack, 30)
    library = PackList()
    library.scan()
    window = ClassReportWindow(library)
    window.show()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        window.load_folder(folder)
        window.wait()
        window.table.viewport().repaint()
        times.append(time.perf_counter() - start)
    assert window.model.rowCount() == 30
    value = statistics.median(times) * 1000
    print(f"class report: 30 plans read, scored and shown: {value:.0f} ms (median of {runs}; target < 1000 ms) "
          f"{'OK' if value < 1000 else 'MISSED'}")
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--breakdown", action="store_true", help="also time each start-up step (in the process)")
    parser.add_argument("--startup-only", action="store_true", help="only the start-up figures")
    parser.add_argument("--floors", action="store_true",
                        help="also time the floors: our widgets without our code, then with it imported")
    parser.add_argument("--teacher-only", action="store_true", help="only the pack editor and class report figures")
    args = parser.parse_args(argv)
    from bench_core import make_pack

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        pack = tmp / "big.yaml"
        pack.write_text(make_pack(1953), encoding="utf-8")
        os.environ["COEXIST_HOME"] = str(tmp / "home")
        if args.teacher_only:
            from coexist_gui.gui.app import make_app

            make_app()
            pack_editor(pack, max(args.runs, 15))
            class_report(args.runs, tmp)
            return 0
        startup(args.runs, tmp, args.floors)
        if args.breakdown:
            startup_breakdown(args.runs, tmp)
        if args.startup_only:
            return 0
        memory(pack)
        interaction(pack, max(args.runs, 15))
        pack_editor(pack, max(args.runs, 15))
        class_report(args.runs, tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
