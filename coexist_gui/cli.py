"""The ``coexist-gui`` command: the window by default, subcommands for teachers and scripts.

Only core modules are imported here; Qt is imported when the window opens.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence, TextIO

from . import __version__
from .core.pack import builtin_pack_path, load_pack
from .core.plan import load_plan
from .core.problems import LoadError, Problem
from .core.scoring import Score, score

EXIT_OK, EXIT_INVALID = 0, 2


def _print_problems(problems: Sequence[Problem], stream: TextIO, verbose: bool = True) -> None:
    for problem in problems:
        print(problem.render() if verbose else str(problem), file=stream)


def cmd_validate(args: argparse.Namespace) -> int:
    paths = args.packs or [builtin_pack_path()]
    status = EXIT_OK
    for path in paths:
        try:
            pack, warnings = load_pack(path)
        except LoadError as exc:
            _print_problems(exc.problems, sys.stderr, not args.brief)
            errors = len(exc.errors)
            print(f"{path}: {errors} error(s), {len(exc.warnings)} warning(s): not a valid pack", file=sys.stderr)
            status = EXIT_INVALID
            continue
        _print_problems(warnings, sys.stderr, not args.brief)
        print(f"{path}: OK: pack '{pack.id}' version {pack.version}: {len(pack.prompts)} prompt(s), "
              f"{len(pack.factors)} factor(s), {len(pack.cards)} card(s), {len(warnings)} warning(s)")
    return status


def _bar(value: float, width: int = 20) -> str:
    filled = int(round(value / 100 * width))
    return "█" * filled + "·" * (width - filled)


def format_report(result: Score, question: str) -> str:
    lines = [question, "", f"Overall {result.overall}/100: band {result.band} of 5, {result.band_name}",
             f"  {result.band_descriptor}", ""]
    for name in ("breadth", "balance", "relevance", "judgement"):
        value = getattr(result, name)
        lines.append(f"  {name.capitalize():<10} {_bar(value)} {value:5.1f}")
    lines += ["", f"Factors (full credit at {result.min_cards} counted cards):"]
    for factor in result.factors:
        lines.append(f"  {factor.name:<44.44} {factor.counted} counted, {factor.placed} placed")
    if len(result.sides) != len(result.factors) or any(len(s.factors) > 1 for s in result.sides):
        lines += ["", "Sides:"] + [f"  {side.name:<44.44} {side.counted} counted" for side in result.sides]
    if result.feedback:
        lines += ["", "Feedback:"] + [f"  - {item.text}" for item in result.feedback]
    return "\n".join(lines)


def cmd_score(args: argparse.Namespace) -> int:
    pack_path = args.pack or builtin_pack_path()
    try:
        pack, _warnings = load_pack(pack_path)
        plan = load_plan(args.plan)
    except LoadError as exc:
        _print_problems(exc.errors, sys.stderr)
        return EXIT_INVALID
    problem = None
    if plan.pack != pack.id:
        problem = (f"this plan was made with pack '{plan.pack}', but '{pack_path}' is pack '{pack.id}'; "
                   f"pass the right one with --pack")
    elif pack.prompt(plan.prompt) is None:
        problem = f"pack '{pack.id}' has no prompt '{plan.prompt}'"
    if problem:
        print(f"{args.plan}:1:1: error: {problem}", file=sys.stderr)
        return EXIT_INVALID
    result = score(plan, pack)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(result, pack.prompt(plan.prompt).question))  # type: ignore[union-attr]
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    try:
        from .gui.app import run
    except ImportError as exc:  # PySide6 missing or broken
        print(f"coexist-gui: cannot open the window: {exc}\n"
              "Install Qt with: python -m pip install PySide6-Essentials", file=sys.stderr)
        return 1
    return run(file=args.file, screenshot=args.screenshot)


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="coexist-gui",
        description="Plan a history essay from evidence cards and check how well it covers the question. "
                    "With no subcommand, opens the window.",
        epilog="Subcommands: validate, score. Run 'coexist-gui SUBCOMMAND --help' for each.")
    parser.add_argument("--version", action="version", version=f"coexist-gui {__version__}")
    parser.add_argument("file", nargs="?", type=Path, help="a prompt pack (.yaml) or plan (.plan.yaml) to open")
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path,
                        help="open the window, save a picture of it to OUT.png and exit")
    subs: dict[str, argparse.ArgumentParser] = {}

    validate = argparse.ArgumentParser(prog="coexist-gui validate",
                                       description="Check prompt packs; with no PACK, the built-in pack. "
                                                   "Exit 0 when valid (warnings allowed), 2 on errors.")
    validate.add_argument("packs", nargs="*", type=Path, metavar="PACK")
    validate.add_argument("--brief", action="store_true", help="one line per problem, no source excerpt")
    validate.set_defaults(func=cmd_validate)
    subs["validate"] = validate

    score_parser = argparse.ArgumentParser(prog="coexist-gui score",
                                           description="Score a plan file. Exit 0 when scored, 2 for invalid "
                                                       "input.")
    score_parser.add_argument("plan", type=Path, metavar="PLAN")
    score_parser.add_argument("--pack", type=Path, help="the plan's pack (default: the built-in pack)")
    score_parser.add_argument("--json", action="store_true", help="print one JSON object")
    score_parser.set_defaults(func=cmd_score)
    subs["score"] = score_parser
    for sub in subs.values():
        sub.add_argument("--version", action="version", version=f"coexist-gui {__version__}")
    return parser, subs


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A console or pipe in a legacy code page (cp1252 on Windows) cannot show '█' or a card in Cyrillic:
    # print a '?' rather than fail with UnicodeEncodeError after half a report.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    parser, subs = _parser()
    if argv and argv[0] in subs:
        args = subs[argv[0]].parse_args(argv[1:])
        return int(args.func(args))
    args = parser.parse_args(argv)
    return cmd_window(args)


if __name__ == "__main__":
    sys.exit(main())
