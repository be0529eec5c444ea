"""The ``coexist-gui`` command: the window by default, subcommands for teachers and scripts.

Only core modules are imported here; Qt is imported when the window opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from . import __version__
from .core import i18n
from .core.feedback import criterion_label, render, score_data
from .core.i18n import N_, _, ngettext, number, pgettext
from .core.languages import primary
from .core.pack import builtin_pack_path, load_pack
from .core.plaintext import for_terminal, json_for_terminal, one_line
from .core.plan import load_plan
from .core.problems import LoadError, Problem, severity_word, shown_first
from .core.scoring import Score, score
from .core.storage import SaveError, atomic_write

# Modules only some subcommands need are imported inside them: opening the window
# (the common case) should not pay for the class report, the starter pack or the library.

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

    from .core.library import InstalledPack

EXIT_OK, EXIT_DECLINED, EXIT_INVALID = 0, 1, 2
EXIT_PIPE = 128 + 13  # what a shell reports for a program whose reader closed the pipe (SIGPIPE)
MAX_KINDS = 20  # kinds of problem counted one per line after the problems shown


def say(text: str = "", *, err: bool = False, end: str = "\n", flush: bool = False) -> None:
    """Write one line (or block) of the command's output: every line the command writes goes through here.

    Pack and plan text reaches the terminal in messages, names, versions and file names, so every
    control character is replaced (``plaintext.for_terminal``): a file cannot clear the screen, set the
    clipboard with OSC 52, overwrite a line with a carriage return or reverse text with a bidi override.
    """
    stream = sys.stderr if err else sys.stdout
    if stream is None:  # pythonw on Windows has no console: nothing to write to, as print() does
        return
    stream.write(for_terminal(text))
    # A second write, as print() does: when the reader goes away during a long write, that write is
    # cut short without an error (CPython drops the rest); this one then raises BrokenPipeError.
    stream.write(end)
    if flush:
        stream.flush()


class _Parser(argparse.ArgumentParser):
    """argparse's usage and errors quote the arguments (file names from a glob): through ``say`` too."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            say(message, err=file is sys.stderr, end="")


def _print_problems(problems: Sequence[Problem], verbose: bool = True, err: bool = True) -> None:
    """The first SHOWN problems in full, then one line per kind of the others."""
    shown, more = shown_first(problems)
    for problem in shown:
        say(problem.render() if verbose else str(problem), err=err)
    if more:
        total = sum(count for _kind, count in more)
        say(ngettext("{path}: {count} more problem not shown, by kind:",
                     "{path}: {count} more problems not shown, by kind:", total).format(
            path=problems[0].path, count=number(total)), err=err)
        for text, count in more[:MAX_KINDS]:
            say(f"  {number(count)} × {text}", err=err)
        if len(more) > MAX_KINDS:
            rest = sum(count for _kind, count in more[MAX_KINDS:])
            say("  " + ngettext("{count} of {kinds} other kind", "{count} of {kinds} other kinds",
                                len(more) - MAX_KINDS).format(count=number(rest), kinds=number(len(more) - MAX_KINDS)),
                err=err)


def _errors_and_warnings(errors: int, warnings: int) -> str:
    """ "2 errors, 1 warning"."""
    return ngettext("{count} error", "{count} errors", errors).format(count=number(errors)) + ", " + _warnings(warnings)


def _warnings(count: int) -> str:
    return ngettext("{count} warning", "{count} warnings", count).format(count=number(count))


def _error_line(path: object, message: str) -> str:
    """ "PATH:1:1: error: MESSAGE", for a problem with the whole file."""
    return f"{path}:1:1: {severity_word('error')}: {message}"


def cmd_validate(args: argparse.Namespace) -> int:
    paths = args.packs or [builtin_pack_path()]
    status = EXIT_OK
    for path in paths:
        try:
            pack, warnings = load_pack(path)
        except LoadError as exc:
            _print_problems(exc.problems, not args.brief)
            say(_("{path}: {problems}: not a valid pack").format(
                path=path, problems=_errors_and_warnings(len(exc.errors), len(exc.warnings))), err=True)
            status = EXIT_INVALID
            continue
        _print_problems(warnings, not args.brief)
        from .core.pack_summary import pack_counts

        say(_("{path}: OK: pack '{id}' version {version}: {counts}, {warnings}").format(
            path=path, id=pack.id, version=pack.version, counts=pack_counts(pack), warnings=_warnings(len(warnings))))
        if args.explain:
            say()
            from .core.pack_summary import explain_pack, format_explain

            say(format_explain(explain_pack(pack)))
    return status


def _ask(question: str) -> bool:
    """Ask on stderr, read one line from stdin; end of input (no terminal, closed pipe) means no."""
    say(question, end=" ", err=True, flush=True)
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        answer = ""
    isatty = getattr(sys.stdin, "isatty", None)
    if not answer or not (isatty and isatty()):
        say(err=True)  # the answer was not echoed: end the question's line
    # Translators: the answers that mean yes to a [y/N] question, lower case, separated by "|".
    return answer.strip().lower() in ("y", "yes", *pgettext("answers meaning yes", "y|yes").split("|"))


def cmd_install(args: argparse.Namespace) -> int:
    try:
        return _install(args)
    except SaveError as exc:  # the packs folder is a file, read-only, full…
        say(_("{path}: not installed: {reason}").format(path=args.pack, reason=exc), err=True)
        return EXIT_INVALID


def _install(args: argparse.Namespace) -> int:
    from .core import library

    result = library.install_pack(args.pack, replace=args.yes)
    if result.status == "invalid":
        _print_problems(result.errors + result.warnings, not args.brief)
        say(ngettext("{path}: {count} error: not installed", "{path}: {count} errors: not installed",
                     len(result.errors)).format(path=args.pack, count=len(result.errors)), err=True)
        return EXIT_INVALID
    assert result.pack is not None
    _print_problems(result.warnings, not args.brief)
    pack_id = result.pack.id
    if result.status == "exists":
        if result.old_builtin:
            question = _("pack '{id}' is built in at version {old}; this file is version {new}. Replace it? [y/N]")
        else:
            question = _("pack '{id}' is installed at version {old}; this file is version {new}. Replace it? [y/N]")
        if not _ask(question.format(id=pack_id, old=result.old_version, new=result.new_version)):
            if result.old_builtin:
                kept = _("{path}: not installed: pack '{id}' version {old} is still built in (use --yes to replace "
                         "it without asking)")
            else:
                kept = _("{path}: not installed: pack '{id}' version {old} is still installed (use --yes to replace "
                         "it without asking)")
            say(kept.format(path=args.pack, id=pack_id, old=result.old_version), err=True)
            return EXIT_DECLINED
        result = library.install_pack(args.pack, replace=True)
    if result.status == "replaced":
        say(_("replaced pack '{id}' version {old} → {new} ({warnings}): {path}").format(
            id=pack_id, old=result.old_version, new=result.new_version, warnings=_warnings(len(result.warnings)),
            path=result.path))
    else:
        say(_("installed pack '{id}' version {new} ({warnings}): {path}").format(
            id=pack_id, new=result.new_version, warnings=_warnings(len(result.warnings)), path=result.path))
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from .core import library

    try:
        path = library.remove_pack(args.pack_id)
    except ValueError:  # '../../notes', '/home/x/notes': the id was joined into a path unchecked
        say("coexist-gui remove: " + _("'{id}' is not a pack id: ids use lower-case letters, digits and '-' (see "
                                       "'coexist-gui packs')").format(id=args.pack_id), err=True)
        return EXIT_INVALID
    except KeyError:
        say("coexist-gui remove: " + _("no installed pack has the id '{id}' (see 'coexist-gui packs')").format(
            id=args.pack_id), err=True)
        return EXIT_INVALID
    except OSError as exc:
        say("coexist-gui remove: " + _("cannot delete the pack: {reason}").format(reason=exc.strerror or exc),
            err=True)
        return EXIT_INVALID
    say(_("removed pack '{id}': {path}").format(id=args.pack_id, path=path))
    return EXIT_OK


def _pack_info(entry: InstalledPack) -> dict:
    pack = entry.pack
    return {"id": pack.id, "title": pack.title, "version": pack.version, "author": pack.author,
            "prompts": len(pack.prompts), "cards": len(pack.cards), "warnings": len(entry.warnings),
            "path": str(entry.path), "builtin": entry.builtin}


def cmd_packs(args: argparse.Namespace) -> int:
    from .core import appdirs, library

    broken: list[library.BrokenPack] = []
    entries = [library.builtin_pack()] + library.installed_packs(broken=broken)
    folder = appdirs.packs_dir()
    problem = library.packs_folder_problem(folder)
    if problem is not None:
        say(f"coexist-gui packs: {problem}", err=True)
    if args.json:
        say(json_for_terminal({"folder": str(folder), "packs": [_pack_info(e) for e in entries],
                               "broken": [{"path": str(b.path), "error": b.first_error} for b in broken]}))
        return EXIT_OK
    say(_("Packs folder: {folder}").format(folder=folder))
    # Translators: the columns of 'coexist-gui packs'.
    rows = [(pgettext("column", "id"), pgettext("column", "title"), pgettext("column", "version"),
             pgettext("column", "author"), pgettext("column", "prompts"), pgettext("column", "cards"),
             pgettext("column", "warnings"), pgettext("column", "path"))]
    for entry in entries:
        info = _pack_info(entry)
        rows.append((info["id"], one_line(info["title"], 40), one_line(info["version"], 12),
                     one_line(info["author"], 24), str(info["prompts"]), str(info["cards"]), str(info["warnings"]),
                     _("(built in)") + " " + info["path"] if entry.builtin else info["path"]))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        say("  ".join(cell.rjust(w) if 4 <= i <= 6 else cell.ljust(w)
                      for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip())
    for item in broken:
        say(item.first_error + " " + _("(not loaded)"), err=True)
    return EXIT_OK


def cmd_new_pack(args: argparse.Namespace) -> int:
    from .core.starter import pack_id_for, schema_reference, starter_pack

    path: Path = args.path
    if path.exists() and not args.force:
        say(_error_line(path, _("the file already exists; choose another name or add --force to overwrite it")),
            err=True)
        return EXIT_DECLINED
    text = starter_pack(pack_id_for(path.name), args.schema or schema_reference(), path.name)
    try:
        atomic_write(path, text)
    except SaveError as exc:
        say(_error_line(path, str(exc.strerror or exc)), err=True)
        return EXIT_INVALID
    say(_("wrote a starter pack to {path}: edit it, then check it with 'coexist-gui validate --explain {path}' and "
          "install it with 'coexist-gui install {path}'").format(path=path))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .core import library
    from .core.class_report import build_report, report_csv, report_html, report_markdown, report_text

    broken: list[library.BrokenPack] = []
    packs = {pack_id: entry.pack for pack_id, entry in library.available_packs(args.pack or (), broken=broken).items()}
    unused = [item for item in broken if any(Path(item.path) == Path(p) for p in args.pack or ())]
    for item in unused:
        say(item.first_error + " " + _("(this --pack is not used)"), err=True)
    report = build_report(args.plans, packs)
    for skipped in report.skipped:  # once, here: the report on stdout only counts them; a saved report lists them
        say(f"{skipped} " + _("(skipped)"), err=True)
    if args.csv or args.md or args.html:
        out: Path = args.csv or args.md or args.html
        text = report_csv(report) if args.csv else report_markdown(report) if args.md else report_html(report)
        try:
            atomic_write(out, text)
        except SaveError as exc:
            say(_error_line(out, str(exc.strerror or exc)), err=True)
            return EXIT_INVALID
        say(ngettext("wrote the report on {count} plan to {path} ({skipped} skipped)",
                     "wrote the report on {count} plans to {path} ({skipped} skipped)", report.scored).format(
            count=report.scored, path=out, skipped=len(report.skipped)))
    else:
        say(report_text(report, list_skipped=False), end="")  # each skipped file is on stderr already
    left_out = len(report.skipped) + len(unused)
    if left_out:  # a script must notice: exit 2 even though the others were reported
        total = report.scored + left_out
        say("coexist-gui report: " + ngettext(
            "{count} of {total} file could not be read or scored and is not in the report (see above)",
            "{count} of {total} files could not be read or scored and are not in the report (see above)",
            total).format(count=left_out, total=total), err=True)
    return EXIT_OK if report.scored and not left_out else EXIT_INVALID


def _bar(value: float, width: int = 20) -> str:
    filled = int(round(value / 100 * width))
    return "█" * filled + "·" * (width - filled)


def format_report(result: Score, question: str) -> str:
    lines = [question, "", _("Overall {overall}/100: band {band} of 5, {name}").format(
        overall=result.overall, band=result.band, name=result.band_name), f"  {result.band_descriptor}", ""]
    labels = {c.id: criterion_label(c.id) for c in result.criteria}
    width = max(10, *(len(label) for label in labels.values()))
    for criterion in result.criteria:
        lines.append(f"  {labels[criterion.id]:<{width}} {_bar(criterion.value)} {number(criterion.value, 1):>5}  "
                     + _("(weight {weight})").format(weight=round(criterion.weight * 100)))
    lines += ["", ngettext("Factors (full credit at {count} counted card):",
                           "Factors (full credit at {count} counted cards):", result.min_cards).format(
        count=result.min_cards)]
    for factor in result.factors:
        if factor.own:
            counts = _("{counted} counted, {own} of them your own, {placed} placed")
        else:
            counts = _("{counted} counted, {placed} placed")
        lines.append(f"  {factor.name:<44.44} " + counts.format(counted=factor.counted, own=factor.own,
                                                               placed=factor.placed))
    if len(result.sides) != len(result.factors) or any(len(s.factors) > 1 for s in result.sides):
        lines += ["", _("Sides:")] + [f"  {side.name:<44.44} " + _("{counted} counted").format(counted=side.counted)
                                      for side in result.sides]
    if result.own_cards:
        lines += ["", _("Own cards (written by the student, not from the pack): {count}").format(
            count=len(result.own_cards))]
    if result.feedback:
        lines += ["", _("What to do next:")] + [f"  - {render(item)}" for item in result.feedback]
    return "\n".join(lines)


def cmd_score(args: argparse.Namespace) -> int:
    pack_path = args.pack or builtin_pack_path()
    try:
        pack, _warnings = load_pack(pack_path)
        plan = load_plan(args.plan)
    except LoadError as exc:
        _print_problems(exc.errors)
        return EXIT_INVALID
    problem = None
    if plan.pack != pack.id:
        problem = _("this plan was made with pack '{plan_pack}', but '{path}' is pack '{pack}'; pass the right one "
                    "with --pack").format(plan_pack=plan.pack, path=pack_path, pack=pack.id)
    elif pack.prompt(plan.prompt) is None:
        problem = _("pack '{pack}' has no prompt '{prompt}'").format(pack=pack.id, prompt=plan.prompt)
    if problem:
        say(_error_line(args.plan, problem), err=True)
        return EXIT_INVALID
    result = score(plan, pack)
    if args.json:
        say(json_for_terminal(score_data(result)))
    else:
        say(format_report(result, pack.prompt(plan.prompt).question))  # type: ignore[union-attr]
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    import gc

    gc.disable()  # start-up makes long-lived objects only: gui.app.run turns the collector on after the first paint
    try:
        from .gui.app import run
    except ImportError as exc:  # PySide6 missing or broken
        gc.enable()
        say("coexist-gui: " + _("cannot open the window: {error}").format(error=exc) + "\n"
            + _("Install Qt with: {command}").format(command="python -m pip install PySide6-Essentials"), err=True)
        return 1
    return run(file=args.file, screenshot=args.screenshot, language=args.lang)


SUBCOMMANDS = ("validate", "report", "install", "remove", "packs", "new-pack", "score", "import-cards", "export-cards")


# argparse's own words that a user can see (the usage line, the headings of --help, its error
# messages): argparse looks them up with gettext's global functions, and ``_argparse_speaks_ours``
# points those at our catalogue while a command line is read. Marked here for the catalogue.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"), N_("expected at most one argument"), N_("expected at least one argument"),
    N_("expected %s argument", "expected %s arguments"), N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
)


@contextmanager
def _argparse_speaks_ours() -> Iterator[None]:
    saved = {name: getattr(argparse, name) for name in ("_", "ngettext") if hasattr(argparse, name)}
    setattr(argparse, "_", i18n._)  # noqa: B010 (argparse's own name; a module attribute typeshed does not know)
    setattr(argparse, "ngettext", i18n.ngettext)  # noqa: B010
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(argparse, name, function)


def _common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--version", action="version", version=f"coexist-gui {__version__}",
                        help=_("show the version number and exit"))
    parser.add_argument("--lang", metavar="LANG",
                        help=_("the language to speak, e.g. 'de' or 'en' (default: COEXIST_LANG, then the system's "
                               "language)"))
    return parser


def _window_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="coexist-gui",
        description=_("Plan a history essay from evidence cards and check how well it covers the question. With no "
                      "subcommand, opens the window."),
        epilog=_("Subcommands: {names}. Run 'coexist-gui SUBCOMMAND --help' for each.").format(
            names="validate, score, report, install, remove, packs, new-pack, import-cards, export-cards"))
    _common(parser)
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE",
                        help=_("a prompt pack (.yaml) or plan (.plan.yaml) to open"))
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path,
                        help=_("open the window, save a picture of it to OUT.png and exit"))
    return parser


def _subcommand_parsers() -> dict[str, argparse.ArgumentParser]:
    from .core import appdirs
    from .core.starter import schema_reference

    subs: dict[str, argparse.ArgumentParser] = {}
    brief = _("one line per problem, no source excerpt")
    as_json = _("print one JSON object")

    validate = _Parser(prog="coexist-gui validate",
                       description=_("Check prompt packs; with no PACK, the built-in pack. Exit 0 when valid (warnings "
                                     "allowed), 2 on errors."))
    validate.add_argument("packs", nargs="*", type=Path, metavar="PACK")
    validate.add_argument("--brief", action="store_true", help=brief)
    validate.add_argument("--explain", action="store_true",
                          help=_("after the problems, summarise each valid pack per prompt: cards per factor and "
                                 "side, the exemplar's score, factors with too few cards for min_cards"))
    validate.set_defaults(func=cmd_validate)
    subs["validate"] = validate

    report = _Parser(
        prog="coexist-gui report",
        description=_("Score many plans at once: one row per plan, grouped by prompt, then a summary per prompt "
                      "(factor coverage, most often misplaced cards, bands). Files that cannot be read or scored "
                      "(a FIFO, a device, a link loop, a file over 2 MiB, an invalid plan, an unknown pack) are "
                      "listed with the reason and skipped; the others are still reported. Exit 0 when every "
                      "plan was scored, 2 when any file was skipped."))
    report.add_argument("plans", nargs="+", type=Path, metavar="PLAN",
                        help=_("a plan file, or a folder: every *.plan.yaml in it"))
    report.add_argument("--pack", action="append", type=Path, metavar="PACK",
                        help=_("a pack the plans may use (repeatable); the built-in and installed packs are "
                               "always available, found by the id each plan records"))
    output = report.add_mutually_exclusive_group()
    output.add_argument("--csv", type=Path, metavar="OUT", help=_("write one row per plan as CSV"))
    output.add_argument("--md", type=Path, metavar="OUT", help=_("write a Markdown report"))
    output.add_argument("--html", type=Path, metavar="OUT",
                        help=_("write one self-contained HTML file with charts (opens in any browser)"))
    report.set_defaults(func=cmd_report)
    subs["report"] = report

    install = _Parser(
        prog="coexist-gui install",
        description=_("Check a pack and install it in the app's packs folder ({folder}). A pack with errors is not "
                      "installed (exit 2); warnings are shown and it is installed. If a pack with the same id is "
                      "installed, asks before replacing it (exit 1 when not replaced).").format(
            folder=appdirs.packs_dir()))
    install.add_argument("pack", type=Path, metavar="PACK")
    install.add_argument("--yes", "-y", action="store_true", help=_("replace a pack with the same id without asking"))
    install.add_argument("--brief", action="store_true", help=brief)
    install.set_defaults(func=cmd_install)
    subs["install"] = install

    remove = _Parser(prog="coexist-gui remove",
                     description=_("Remove an installed pack (plans made with it are not touched). The built-in pack "
                                   "cannot be removed."))
    remove.add_argument("pack_id", metavar="PACK-ID")
    remove.set_defaults(func=cmd_remove)
    subs["remove"] = remove

    packs = _Parser(prog="coexist-gui packs", description=_("List the built-in pack and the installed packs."))
    packs.add_argument("--json", action="store_true", help=as_json)
    packs.set_defaults(func=cmd_packs)
    subs["packs"] = packs

    new_pack = _Parser(
        prog="coexist-gui new-pack",
        description=_("Write a commented starter pack (two factors, seven cards, one prompt with sides and an "
                      "exemplar) to PATH. Its first line points YAML editors at Coexist's pack.schema.json."))
    new_pack.add_argument("path", type=Path, metavar="PATH")
    new_pack.add_argument("--force", action="store_true", help=_("overwrite PATH if it exists"))
    new_pack.add_argument("--schema", metavar="REF",
                          help=_("what the first line points editors at (default: the installed schema, "
                                 "{schema})").format(schema=schema_reference()))
    new_pack.set_defaults(func=cmd_new_pack)
    subs["new-pack"] = new_pack

    score_parser = _Parser(prog="coexist-gui score",
                           description=_("Score a plan file. Exit 0 when scored, 2 for invalid input."))
    score_parser.add_argument("plan", type=Path, metavar="PLAN")
    score_parser.add_argument("--pack", type=Path, help=_("the plan's pack (default: the built-in pack)"))
    score_parser.add_argument("--json", action="store_true", help=as_json)
    score_parser.set_defaults(func=cmd_score)
    subs["score"] = score_parser
    from .cards_cli import add_parsers

    add_parsers(subs)
    for sub in subs.values():
        _common(sub)
    assert tuple(sorted(subs)) == tuple(sorted(SUBCOMMANDS))
    return subs


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """The value of ``--lang LANG`` (or ``--lang=LANG``) anywhere before ``--``, and ``argv`` without it.

    The language must be known before any parser is made (their help is in it), and the option may
    come before the subcommand (``coexist-gui --lang de validate``) or after it.
    """
    language, rest, index = None, [], 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        if arg == "--lang" and index + 1 < len(argv):
            language, index = argv[index + 1], index + 2
            continue
        if arg.startswith("--lang="):
            language, index = arg.split("=", 1)[1], index + 1
            continue
        rest.append(arg)
        index += 1
    return language, rest


def choose_language(requested: str | None) -> str:
    """Use ``--lang`` if given, else COEXIST_LANG and the system's language; returns the language in use."""
    if requested is None:
        return i18n.set_language(i18n.best_language(i18n.requested_languages()))
    used = i18n.set_language(requested)
    if primary(requested) not in (used, "en"):
        say("coexist-gui: " + _("no translation for '{language}'; using English").format(language=requested),
            err=True)
    return used


def _drop_output() -> None:
    """The reader of our output went away (``coexist-gui score plan | head -1``): point stdout and stderr
    at nothing, so that Python's own flush when it exits cannot fail with a second BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError, AttributeError):  # no file descriptor (a test's captured stream)
            pass
    os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    language, argv = take_language(list(sys.argv[1:] if argv is None else argv))
    choose_language(language)
    # A console or pipe in a legacy code page (cp1252 on Windows) cannot show '█' or a card in Cyrillic:
    # print a '?' rather than fail with UnicodeEncodeError after half a report.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    try:
        if argv and argv[0] in SUBCOMMANDS:
            with _argparse_speaks_ours():
                args = _subcommand_parsers()[argv[0]].parse_args(argv[1:])
            status = int(args.func(args))
            if sys.stdout is not None:
                sys.stdout.flush()  # a closed pipe shows here when the output fitted in the buffer
            return status
        with _argparse_speaks_ours():
            args = _window_parser().parse_args(argv)
    except BrokenPipeError:  # stop quietly, as every other command does when its reader stops reading
        _drop_output()
        return EXIT_PIPE
    args.lang = language
    return cmd_window(args)


if __name__ == "__main__":
    sys.exit(main())
