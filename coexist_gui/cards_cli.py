"""``coexist-gui import-cards`` and ``export-cards``: a pack's evidence to and from a spreadsheet.

Kept beside ``cli.py`` (which wires them in) so the spreadsheet commands read as one piece.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli import _error_line, _Parser, _print_problems, say
from .core.i18n import _, ngettext
from .core.problems import LoadError, Problem
from .core.storage import SaveError

EXIT_OK, EXIT_STILL_INVALID, EXIT_INVALID = 0, 1, 2


def _report(problems: list[Problem], brief: bool) -> None:
    if problems:  # through say(): messages quote the teacher's cells, and no control code reaches the terminal
        _print_problems(problems, verbose=not brief)


def cmd_import_cards(args: argparse.Namespace) -> int:
    from .core.authoring.drafts import check_draft
    from .core.authoring.files import read_pack_file, read_table_file, save_pack
    from .core.authoring.spreadsheet import new_pack_for, plan_import, with_first_question

    table = read_table_file(args.cards)
    into: Path = args.into
    exists = into.exists()
    rewritten = False
    if exists:
        try:
            pack_file = read_pack_file(into)
        except LoadError as exc:
            _report(exc.problems, args.brief)
            say(_("{path}: not a pack: nothing was written").format(path=into), err=True)
            return EXIT_INVALID
        problems = pack_file.errors
        # a pack the editor saved may be unfinished (it is read as far as it goes); one written by hand must
        # be valid, so that nothing in it is lost on the way
        if problems and not pack_file.by_editor:
            _report(problems, args.brief)
            say(_("{path}: the pack has errors: fix them first (or open it in Coexist with File > Edit pack...); "
                    "nothing was written").format(path=into), err=True)
            return EXIT_INVALID
        pack, rewritten = pack_file.pack, pack_file.rewritten and not pack_file.by_editor
    else:
        pack = new_pack_for(into.name)
    result = plan_import(pack, table, replace_all=args.replace)
    if result.errors:
        _report(list(result.problems), args.brief)
        errors = len(result.errors)
        say(ngettext("{path}: {n} error: nothing was written", "{path}: {n} errors: nothing was written",
                       errors).format(path=args.cards, n=errors), err=True)
        return EXIT_INVALID
    _report([p for p in result.problems if p.severity != "error"], args.brief)
    new_pack = result.pack if exists else with_first_question(result.pack)
    try:
        save_pack(new_pack, into)
    except SaveError as exc:
        say(_error_line(into, str(exc)), err=True)
        return EXIT_INVALID
    say(_("{path}: {summary}").format(path=into, summary=result.summary()))
    for factor in result.new_factors:
        say("  " + _("new factor: {name} (id {id})").format(name=factor.name, id=factor.id))
    if not exists:
        say("  " + _("a new pack: rewrite its question and add more in Coexist (File > Edit pack...)"))
    if rewritten:
        say("  " + _("the pack was written by hand: the editor's layout replaced its comments; the old file is "
                       "{backup}").format(backup=into.name + ".bak"))
    check = check_draft(new_pack, str(into))
    if check.errors:
        _report(check.errors, args.brief)
        say(ngettext("{path}: the pack still has {n} error before students can use it",
                       "{path}: the pack still has {n} errors before students can use it",
                       len(check.errors)).format(path=into, n=len(check.errors)), err=True)
        return EXIT_STILL_INVALID
    return EXIT_OK


def cmd_export_cards(args: argparse.Namespace) -> int:
    from .core.authoring.files import read_pack_file
    from .core.authoring.spreadsheet import cards_file_bytes
    from .core.storage import atomic_write

    try:
        pack_file = read_pack_file(args.pack, lenient=False)
    except LoadError as exc:
        _report(exc.problems, args.brief)
        say(_("{path}: not a valid pack: nothing was written").format(path=args.pack), err=True)
        return EXIT_INVALID
    out: Path = args.out
    try:
        atomic_write(out, cards_file_bytes(pack_file.pack, out.name))
    except SaveError as exc:
        say(_error_line(out, str(exc)), err=True)
        return EXIT_INVALID
    count = len(pack_file.pack.cards)
    say(ngettext("wrote {n} card to {path}", "wrote {n} cards to {path}", count).format(n=count, path=out))
    return EXIT_OK


def add_parsers(subs: dict[str, argparse.ArgumentParser]) -> None:
    brief = _("one line per problem")
    importer = _Parser(
        prog="coexist-gui import-cards",
        description=_("Add evidence cards from a spreadsheet saved as CSV or TSV to a pack (a new pack when PACK "
                      "does not exist). Row 1 names the columns: text, factors (names or ids separated by ';'), "
                      "year, detail, and optionally id. A row with the id (or, without one, the text) of a card "
                      "in the pack updates that card; unknown factor names become new factors. Every problem is "
                      "listed as FILE:ROW:COL and nothing is written while any remain. Exit 0 when written and "
                      "the pack is valid, 1 when written but the pack still has errors, 2 when nothing was "
                      "written."))
    importer.add_argument("cards", type=Path, metavar="CARDS.csv",
                          help=_("a .csv or .tsv file (UTF-8, as spreadsheets save it; Excel's ';' CSV works too)"))
    importer.add_argument("--into", type=Path, required=True, metavar="PACK.yaml", help=_("the pack to add them to"))
    importer.add_argument("--replace", action="store_true",
                          help=_("make the pack's evidence exactly the spreadsheet's rows: cards it does not list "
                                 "are removed (and taken out of model plans)"))
    importer.add_argument("--brief", action="store_true", help=brief)
    importer.set_defaults(func=cmd_import_cards)
    subs["import-cards"] = importer

    exporter = _Parser(
        prog="coexist-gui export-cards",
        description=_("Write a pack's evidence cards to a spreadsheet file (CSV, or TSV for a .tsv name): id, "
                      "text, factors, year, detail. Edit it in a spreadsheet and bring it back with import-cards; "
                      "every card keeps its id."))
    exporter.add_argument("pack", type=Path, metavar="PACK.yaml")
    exporter.add_argument("out", type=Path, metavar="CARDS.csv")
    exporter.add_argument("--brief", action="store_true", help=brief)
    exporter.set_defaults(func=cmd_export_cards)
    subs["export-cards"] = exporter
