"""How well does the score agree with examiners? Scores examiner-marked plans and compares.

Run from the repository root with the project installed:

    python benchmarks/bench_validity.py [--set DIR] [--verbose]

``--set`` is a folder laid out like ``../shared/validity/``: ``plans/*.plan.yaml`` (plans for the
built-in pack), ``marks.json`` with ``examiner_1`` and ``examiner_2`` (plan name -> mark) and
``levels`` (level -> "low-high" mark range). For every prompt it prints:

* Kendall tau-b between the overall score and the examiners' mean mark (and between the two
  examiners, the ceiling a scorer can aim for);
* how often the plan's band equals the level of the examiners' mean mark, and how often it is
  within one level;
* every plan whose band is two or more away from that level, with its figures.

It is a measuring script, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

from coexist_gui.core.pack import load_builtin_pack
from coexist_gui.core.plan import load_plan
from coexist_gui.core.scoring import score

DEFAULT_SET = Path(__file__).resolve().parent.parent.parent / "shared" / "validity"


def kendall_tau_b(xs: list[float], ys: list[float]) -> float:
    """Kendall's tau-b (ties in either list handled), from all n(n-1)/2 pairs."""
    concordant = discordant = ties_x = ties_y = 0
    n = len(xs)
    for i in range(n):
        for j in range(i + 1, n):
            dx = (xs[i] > xs[j]) - (xs[i] < xs[j])
            dy = (ys[i] > ys[j]) - (ys[i] < ys[j])
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                ties_x += 1
            elif dy == 0:
                ties_y += 1
            elif dx == dy:
                concordant += 1
            else:
                discordant += 1
    denominator = ((concordant + discordant + ties_x) * (concordant + discordant + ties_y)) ** 0.5
    return (concordant - discordant) / denominator if denominator else 0.0


def level_of(mark: float, levels: dict[str, str]) -> int:
    """The level whose mark range holds ``mark`` rounded half up (a mean of two marks can end in .5)."""
    whole = math.floor(mark + 0.5)
    for level, span in levels.items():
        low, high = (int(part) for part in span.split("-"))
        if low <= whole <= high:
            return int(level)
    return min(int(level) for level in levels) if whole < 1 else max(int(level) for level in levels)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="folder with plans/ and marks.json")
    parser.add_argument("--verbose", action="store_true", help="one line per plan")
    args = parser.parse_args(argv)
    marks_file = args.set / "marks.json"
    if not marks_file.is_file():
        print(f"no marks.json in {args.set}: nothing to measure", file=sys.stderr)
        return 0
    marks = json.loads(marks_file.read_text(encoding="utf-8"))
    levels: dict[str, str] = marks["levels"]
    pack = load_builtin_pack().pack

    rows: dict[str, list[tuple[str, int, int, float, float, float, str]]] = defaultdict(list)
    started = time.perf_counter()
    for path in sorted((args.set / "plans").glob("*.plan.yaml")):
        name = path.name.removesuffix(".plan.yaml")
        plan = load_plan(path)
        result = score(plan, pack)
        first, second = marks["examiner_1"][name], marks["examiner_2"][name]
        criteria = " ".join(f"{c.id[:4]}={c.value:.0f}" for c in getattr(result, "criteria", ()))
        rows[plan.prompt].append((name, result.overall, result.band, (first + second) / 2, first, second, criteria))
    elapsed = time.perf_counter() - started

    total = exact_all = within_all = over_all = under_all = 0
    print(f"{'prompt':<26} {'plans':>5} {'tau-b':>6} {'examiners':>9} {'exact':>6} {'within 1':>8} "
          f"{'over 2+':>7} {'under 2+':>8}")
    outliers: list[str] = []
    for prompt, items in sorted(rows.items()):
        overall = [float(item[1]) for item in items]
        mean = [item[3] for item in items]
        tau = kendall_tau_b(overall, mean)
        tau_examiners = kendall_tau_b([float(item[4]) for item in items], [float(item[5]) for item in items])
        exact = within = over = under = 0
        for name, value, band, mark, _first, _second, criteria in items:
            level = level_of(mark, levels)
            exact += band == level
            within += abs(band - level) <= 1
            over += band - level >= 2
            under += level - band >= 2
            if abs(band - level) >= 2:
                outliers.append(f"  {name}: overall {value} band {band}, examiners {mark:g} (L{level}); {criteria}")
            if args.verbose:
                print(f"    {name}: overall {value:3d} band {band} | mean {mark:4.1f} L{level} | {criteria}")
        n = len(items)
        total += n
        exact_all += exact
        within_all += within
        over_all += over
        under_all += under
        print(f"{prompt:<26} {n:>5} {tau:>6.2f} {tau_examiners:>9.2f} {exact:>3}/{n:<2} {within:>5}/{n:<2} "
              f"{over:>7} {under:>8}")
    print(f"{'all':<26} {total:>5} {'':>6} {'':>9} {exact_all:>3}/{total:<2} {within_all:>5}/{total:<2} "
          f"{over_all:>7} {under_all:>8}")
    print(f"exact {exact_all / total:.0%}, within one level {within_all / total:.0%}; "
          f"scored {total} plans in {elapsed * 1000:.0f} ms")
    if outliers:
        print("plans two or more bands from the examiners' level:")
        print("\n".join(outliers))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
