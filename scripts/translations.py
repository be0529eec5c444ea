"""Keep Coexist's catalogues in step with the code, and compile them.

Two catalogues, one boundary (README, "Languages"):

* the core and the command line (everything outside ``coexist_gui/gui/``) use gettext: source
  strings are marked ``_()``, ``ngettext()``, ``pgettext()``, ``npgettext()`` or ``N_()``; their
  translations are ``resources/locale/<lang>/LC_MESSAGES/coexist.po``, compiled to ``coexist.mo``;
* the window (``coexist_gui/gui/``) uses Qt: ``self.tr()``, a module's ``tr()`` helper, or
  ``QCoreApplication.translate()``; translations are ``resources/i18n/coexist_<lang>.ts``, compiled to
  ``coexist_<lang>.qm``. ``coexist_en.ts`` is made here, not by hand: it gives the English singular and
  plural of every "%n" string ("%n card(s)" -> "%n card" / "%n cards").

Commands (run from anywhere; nothing but the standard library, plus pyside6-lrelease for the .qm files):

    python scripts/translations.py update        # extract, merge into every catalogue, compile
    python scripts/translations.py update --lang fr   # ... and start a catalogue for French
    python scripts/translations.py compile       # compile only (after editing a .po or .ts)
    python scripts/translations.py check         # exit 1 if a catalogue is out of step (what the tests check)

``update`` keeps every translation whose source string still exists, adds new strings untranslated
(so ``check`` and the tests fail until someone translates them) and drops strings the code no longer has.
The tests import this module (``tests/core/test_catalogues.py``): extraction is an AST walk, well under a second.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import io
import re
import shutil
import string
import struct
import subprocess
import sys
import tokenize
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "coexist_gui"
GUI = PACKAGE / "gui"
LOCALE = ROOT / "resources" / "locale"
QT_CATALOGUES = ROOT / "resources" / "i18n"
DOMAIN = "coexist"

# Plural rules of the languages we have met, as gettext writes them (the .po header) and as Qt knows them
# (lrelease reads the language from the .ts). A new language's rule: the gettext manual, "Plural forms".
PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "he": "nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
}


# -- extraction: the core -------------------------------------------------------------------------------


@dataclass
class Message:
    """One source string: gettext's (context, msgid, plural) or Qt's (context, source, comment)."""

    context: str
    text: str
    plural: str = ""  # gettext: msgid_plural; Qt: "n" when the message has plural forms
    comment: str = ""  # Qt: the disambiguation (part of the key)
    notes: list[str] = field(default_factory=list)  # comments for translators
    files: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.text, self.comment)


class ExtractionError(Exception):
    pass


# name: (argument with the context, with the text, with the plural); N_'s plural is optional.
_GETTEXT = {"_": (None, 0, None), "N_": (None, 0, 1), "ngettext": (None, 0, 1), "pgettext": (0, 1, None),
            "npgettext": (0, 1, 2)}
_OPTIONAL_PLURAL = {"N_"}


def _translator_notes(source: str) -> dict[int, str]:
    """Line number -> the text of a ``# Translators:`` comment that ends on the line before it."""
    comments: dict[int, str] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            comments[token.start[0]] = token.string.lstrip("#").strip()
    notes: dict[int, str] = {}
    for line, text in comments.items():
        if text.startswith("Translators:"):
            parts, end = [text[len("Translators:"):].strip()], line
            while end + 1 in comments and not comments[end + 1].startswith("Translators:"):
                end += 1
                parts.append(comments[end])
            notes[end + 1] = " ".join(parts)
    return notes


def _literal(node: ast.expr, where: str) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise ExtractionError(f"{where}: a translated string must be a literal, not {ast.unparse(node)[:60]}")


def core_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if GUI not in p.parents)


def extract_core(files: list[Path] | None = None) -> dict[tuple[str, str, str], Message]:
    """Every gettext message in the core and the command line, in the order the code first uses them."""
    found: dict[tuple[str, str, str], Message] = {}
    for path in files or core_files():
        source = path.read_text(encoding="utf-8")
        notes = _translator_notes(source)
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            # _("…"), or translations.pgettext("…", "…") on a catalogue object
            function = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) and node.func.attr != "_" else ""
            if function not in _GETTEXT:
                continue
            ctx_at, text_at, plural_at = _GETTEXT[function]
            if function in _OPTIONAL_PLURAL and len(node.args) <= (plural_at or 0):
                plural_at = None
            where = f"{name}:{node.lineno}"
            needed = max(i for i in (ctx_at, text_at, plural_at) if i is not None) + 1
            if len(node.args) < needed:
                raise ExtractionError(f"{where}: {function}() needs {needed} arguments")
            if not all(isinstance(node.args[i], ast.Constant) for i in (ctx_at, text_at, plural_at) if i is not None):
                continue  # _(name): translates a string marked N_() where it is defined
            context = _literal(node.args[ctx_at], where) if ctx_at is not None else ""
            text = _literal(node.args[text_at], where)
            plural = _literal(node.args[plural_at], where) if plural_at is not None else ""
            message = found.setdefault((context, text, ""), Message(context, text, plural))
            if plural and message.plural and plural != message.plural:
                raise ExtractionError(f"{where}: {text!r} has two different plurals")
            message.plural = message.plural or plural
            if name not in message.files:
                message.files.append(name)
            note = notes.get(node.lineno)
            if note and note not in message.notes:
                message.notes.append(note)
    return dict(sorted(found.items(), key=lambda item: (item[1].files[0], item[0])))


# -- extraction: the window ------------------------------------------------------------------------------


def gui_files() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def _tr_helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level helpers ``def tr(text): return QCoreApplication.translate("context", text)``: name -> context."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args:
            text = node.args.args[0].arg
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and len(call.args) > 1
                        and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                        and isinstance(call.args[1], ast.Name) and call.args[1].id == text):
                    helpers[node.name] = call.args[0].value
    return helpers


def _aliases_of_self_tr(function: ast.AST) -> set[str]:
    """Names bound to ``self.tr`` in a function (``tr = self.tr``)."""
    names = set()
    for node in ast.walk(function):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "tr"
                and isinstance(node.value.value, ast.Name) and node.value.value.id == "self"):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    return names


class _GuiFile:
    """The Qt messages of one module of the window."""

    def __init__(self, path: Path, found: dict[tuple[str, str, str], Message]) -> None:
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source)
        self.name = path.relative_to(ROOT).as_posix()
        self.notes = _translator_notes(self.source)
        self.helpers = _tr_helpers(self.tree)
        self.found = found
        self.classes_with_tr: set[str] = set()
        self.bases: list[tuple[str, str]] = []  # (class, base)
        self.visit(self.tree, "", set())

    def add(self, context: str, call: ast.Call, text_at: int) -> None:
        where = f"{self.name}:{call.lineno}"
        args = call.args
        if len(args) <= text_at:
            raise ExtractionError(f"{where}: tr() without a text")
        if not isinstance(args[text_at], ast.Constant) or not isinstance(args[text_at].value, str):
            raise ExtractionError(f"{where}: a translated string must be a literal, not "
                                  f"{ast.unparse(args[text_at])[:60]}")
        text = args[text_at].value
        comment_node = args[text_at + 1] if len(args) > text_at + 1 else None
        comment = comment_node.value if isinstance(comment_node, ast.Constant) and comment_node.value else ""
        numerus = len(args) > text_at + 2 or any(k.arg == "n" for k in call.keywords)
        message = self.found.setdefault((context, text, comment), Message(context, text, comment=comment))
        if numerus:
            message.plural = "n"
        if self.name not in message.files:
            message.files.append(self.name)
        note = self.notes.get(call.lineno)
        if note and note not in message.notes:
            message.notes.append(note)

    def visit(self, node: ast.AST, klass: str, aliases: set[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                for base in child.bases:
                    base_name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    self.bases.append((child.name, base_name))
                self.visit(child, child.name, set())
                continue
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.visit(child, klass, aliases | _aliases_of_self_tr(child))
                continue
            if isinstance(child, ast.Call):
                self.call(child, klass, aliases)
            self.visit(child, klass, aliases)

    def call(self, call: ast.Call, klass: str, aliases: set[str]) -> None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                raise ExtractionError(f"{self.name}:{call.lineno}: {ast.unparse(func)}() looks the text up under "
                                      "that object's class; use self.tr() or QCoreApplication.translate(context, …)")
            if not klass:
                raise ExtractionError(f"{self.name}:{call.lineno}: self.tr() outside a class")
            self.add(klass, call, 0)
            self.classes_with_tr.add(klass)
        elif isinstance(func, ast.Name) and func.id in aliases and klass:
            self.add(klass, call, 0)
            self.classes_with_tr.add(klass)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self.add(self.helpers[func.id], call, 0)
        elif (isinstance(func, ast.Attribute) and func.attr == "translate" and len(call.args) > 1
              and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2])):
            self.add(call.args[0].value, call, 1)  # type: ignore[attr-defined]


def extract_gui(files: list[Path] | None = None) -> dict[tuple[str, str, str], Message]:
    """Every Qt message of the window: ``self.tr()`` (the class is the context, as PySide6 looks it up),
    a module's ``tr()`` helper and ``QCoreApplication.translate(context, …)``."""
    found: dict[tuple[str, str, str], Message] = {}
    modules = [_GuiFile(path, found) for path in files or gui_files()]
    with_tr = {klass: module.name for module in modules for klass in module.classes_with_tr}
    for module in modules:
        for klass, base in module.bases:
            if base in with_tr:
                raise ExtractionError(f"{module.name}: class {klass} inherits from {base}, whose self.tr() texts "
                                      f"PySide6 then looks up under '{klass}': translate them with "
                                      f"QCoreApplication.translate('{base}', …) in {with_tr[base]}")
    return dict(sorted(found.items(), key=lambda item: (item[0][0], item[1].files[0])))


# -- .ts files -----------------------------------------------------------------------------------------


@dataclass
class TsEntry:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    forms: list[str] = field(default_factory=lambda: [""])
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def ts_path(language: str) -> Path:
    return QT_CATALOGUES / f"{DOMAIN}_{language}.ts"


def ts_languages() -> list[str]:
    return sorted(p.stem.removeprefix(f"{DOMAIN}_") for p in QT_CATALOGUES.glob(f"{DOMAIN}_*.ts"))


def read_ts(path: Path) -> dict[tuple[str, str, str], TsEntry]:
    entries = {}
    root = ET.parse(path).getroot()
    for context in root.findall("context"):
        context_name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [""], "unfinished"
            elif numerus:
                forms, kind = [f.text or "" for f in translation.findall("numerusform")] or [""], \
                    translation.get("type", "")
            else:
                forms, kind = [translation.text or ""], translation.get("type", "")
            entry = TsEntry(context_name, message.findtext("source") or "", message.findtext("comment") or "",
                            numerus, forms, kind not in ("unfinished", "vanished", "obsolete") and all(forms))
            entries[entry.key] = entry
    return entries


def english(source: str) -> list[str]:
    """The English singular and plural of a "%n" source: "(s)" is dropped, then made an "s"."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def write_ts(path: Path, language: str, messages: dict[tuple[str, str, str], Message],
             old: dict[tuple[str, str, str], TsEntry]) -> None:
    """The Qt catalogue for ``language`` with exactly ``messages`` (for English: the plural forms only)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    forms = int(re.search(r"nplurals\s*=\s*(\d+)",  # type: ignore[union-attr]
                          PLURAL_FORMS.get(language, "nplurals=2")).group(1))
    for key, message in messages.items():
        if language == "en" and not message.plural:
            continue  # English needs a catalogue only to pick "card" or "cards"
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message", numerus="yes") if message.plural else \
            ET.SubElement(context, "message")
        ET.SubElement(element, "source").text = message.text
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        for note in message.notes:
            ET.SubElement(element, "extracomment").text = note
        entry = old.get(key)
        translation = ET.SubElement(element, "translation")
        if language == "en":
            texts, done = english(message.text), True
        elif entry is not None and entry.numerus == bool(message.plural):
            texts, done = entry.forms, entry.finished
        else:
            texts, done = [""], False
        if message.plural:
            for text in (texts + [""] * forms)[:forms]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = texts[0]
        if not done:
            translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")


_QT_ARG = re.compile(r"%(?:L?\d+|n)")


def ts_problems(language: str, messages: dict[tuple[str, str, str], Message] | None = None) -> list[str]:
    """What is out of step between the window's code and ``language``'s .ts (empty when all is well)."""
    messages = extract_gui() if messages is None else messages
    path = ts_path(language)
    if not path.is_file():
        return [f"{path}: missing"]
    entries = read_ts(path)
    wanted = {k: m for k, m in messages.items() if language != "en" or m.plural}
    problems = []
    for key, message in wanted.items():
        entry = entries.get(key)
        label = f"{path.name}: {message.context}: {message.text[:70]!r}"
        if entry is None:
            problems.append(f"{label}: not in the catalogue (run scripts/translations.py update)")
        elif not entry.finished:
            problems.append(f"{label}: not translated")
        elif entry.numerus != bool(message.plural):
            problems.append(f"{label}: plural forms differ from the code's")
        else:
            for form, text in enumerate(entry.forms):
                if sorted(set(_QT_ARG.findall(text)) - {"%n"}) != sorted(set(_QT_ARG.findall(message.text)) - {"%n"}):
                    problems.append(f"{label}: form {form} has other %-placeholders than the source")
    for key, entry in entries.items():
        if key not in wanted:
            problems.append(f"{path.name}: {entry.context}: {entry.source[:70]!r}: no longer in the code "
                            "(run scripts/translations.py update)")
    return problems


def lrelease() -> str:
    """pyside6-lrelease (PySide6-Essentials ships it), or the lrelease inside the PySide6 package."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    spec = importlib.util.find_spec("PySide6")
    inner = Path(spec.origin).parent / "lrelease" if spec is not None and spec.origin else None
    if inner is not None and inner.exists():
        return str(inner)
    raise ExtractionError("compiling the window's catalogues needs pyside6-lrelease, which PySide6-Essentials ships")


def compile_qm(language: str) -> None:
    ts = ts_path(language)
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


# -- .po files -----------------------------------------------------------------------------------------


@dataclass
class PoEntry:
    context: str
    msgid: str
    plural: str = ""
    msgstr: list[str] = field(default_factory=lambda: [""])
    fuzzy: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.msgid, "")

    @property
    def translated(self) -> bool:
        return not self.fuzzy and all(self.msgstr) and bool(self.msgstr)


@dataclass
class PoFile:
    header: dict[str, str]
    entries: dict[tuple[str, str, str], PoEntry]


def _unquote(text: str) -> str:
    return ast.literal_eval(text) if text.startswith('"') else text  # a .po string is a C string literal


def read_po(path: Path) -> PoFile:
    entries: dict[tuple[str, str, str], PoEntry] = {}
    current: dict[str, object] = {}
    last = ""
    fuzzy = False

    def flush() -> None:
        nonlocal current, fuzzy
        if "msgid" in current:
            forms = current.get("msgstr", {})
            assert isinstance(forms, dict)
            entry = PoEntry(str(current.get("msgctxt", "")), str(current["msgid"]),
                            str(current.get("msgid_plural", "")), [forms[i] for i in sorted(forms)] or [""], fuzzy)
            entries[entry.key] = entry
        current, fuzzy = {}, False

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#~"):
            if not line:
                flush()
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            continue
        if line.startswith('"'):
            value = _unquote(line)
            if last.startswith("msgstr["):
                forms = current["msgstr"]
                assert isinstance(forms, dict)
                forms[int(last[7:-1])] += value
            elif last == "msgstr":
                forms = current["msgstr"]
                assert isinstance(forms, dict)
                forms[0] += value
            else:
                current[last] = str(current[last]) + value
            continue
        keyword, _, value = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and ("msgstr" in current):
            flush()
        if keyword.startswith("msgstr"):
            forms = current.setdefault("msgstr", {})
            assert isinstance(forms, dict)
            forms[int(keyword[7:-1]) if "[" in keyword else 0] = _unquote(value)
        else:
            current[keyword] = _unquote(value)
        last = keyword
    flush()
    header_entry = entries.pop(("", "", ""), None)
    header: dict[str, str] = {}
    if header_entry is not None:
        for line in header_entry.msgstr[0].splitlines():
            name, _, value = line.partition(":")
            if name:
                header[name.strip()] = value.strip()
    return PoFile(header, entries)


def _po_string(keyword: str, text: str) -> str:
    def quoted(part: str) -> str:
        return '"' + part.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'

    if "\n" not in text[:-1] and len(text) < 100:
        return f"{keyword} {quoted(text)}"
    lines = [f'{keyword} ""']
    for piece in re.findall(r"[^\n]*\n|[^\n]+", text):
        lines.append(quoted(piece))
    return "\n".join(lines)


def write_po(path: Path, language: str, messages: dict[tuple[str, str, str], Message], old: PoFile | None) -> None:
    """The catalogue for ``language`` with exactly ``messages``, keeping the translations ``old`` has."""
    header = {"Project-Id-Version": "coexist-gui", "Language": language, "MIME-Version": "1.0",
              "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit",
              "Plural-Forms": PLURAL_FORMS.get(language, "nplurals=2; plural=(n != 1);")}
    if old is not None:
        header = {**header, **{k: v for k, v in old.header.items() if k in ("Plural-Forms", "Language-Team")}}
    forms = int(re.search(r"nplurals\s*=\s*(\d+)", header["Plural-Forms"]).group(1))  # type: ignore[union-attr]
    out = [f"# Coexist's messages in {language}: see scripts/translations.py and README.md, \"Languages\".",
           'msgid ""', _po_string("msgstr", "".join(f"{k}: {v}\n" for k, v in header.items())), ""]
    for key, message in messages.items():
        entry = old.entries.get(key) if old is not None else None
        for note in message.notes:
            out.append(f"#. {note}")
        out.append("#: " + " ".join(message.files))
        if entry is not None and entry.fuzzy:
            out.append("#, fuzzy")
        if message.context:
            out.append(_po_string("msgctxt", message.context))
        out.append(_po_string("msgid", message.text))
        if message.plural:
            out.append(_po_string("msgid_plural", message.plural))
            texts = entry.msgstr if entry is not None and entry.plural else []
            texts = (texts + [""] * forms)[:forms]
            out += [_po_string(f"msgstr[{i}]", text) for i, text in enumerate(texts)]
        else:
            out.append(_po_string("msgstr", entry.msgstr[0] if entry is not None and not entry.plural else ""))
        out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


def compile_mo(po: PoFile) -> bytes:
    """The GNU .mo file for ``po`` (translated entries only; the header first), byte for byte reproducible."""
    pairs = {b"": "".join(f"{k}: {v}\n" for k, v in po.header.items()).encode()}
    for entry in po.entries.values():
        if not entry.translated:
            continue
        key = (entry.context + "\x04" if entry.context else "") + entry.msgid
        if entry.plural:
            pairs[(key + "\x00" + entry.plural).encode()] = "\x00".join(entry.msgstr).encode()
        else:
            pairs[key.encode()] = entry.msgstr[0].encode()
    keys = sorted(pairs)
    count = len(keys)
    originals_at = 7 * 4
    translations_at = originals_at + count * 8
    data_at = translations_at + count * 8
    originals, translations, blob = [], [], b""
    for key in keys:
        originals.append((len(key), data_at + len(blob)))
        blob += key + b"\x00"
    for key in keys:
        value = pairs[key]
        translations.append((len(value), data_at + len(blob)))
        blob += value + b"\x00"
    head = struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, data_at)
    table = b"".join(struct.pack("<2I", *item) for item in originals + translations)
    return head + table + blob


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def po_languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


# -- checks shared by the command and the tests ------------------------------------------------------------

_FORMAT = string.Formatter()
_PERCENT = re.compile(r"%(?:\(\w+\))?[sdr]")


def fields(text: str) -> set[str]:
    """The ``{name}`` fields of a str.format string."""
    return {name for _, name, _, _ in _FORMAT.parse(text) if name is not None}


def po_problems(language: str, messages: dict[tuple[str, str, str], Message] | None = None) -> list[str]:
    """What is out of step between the code and ``language``'s .po/.mo (empty when all is well)."""
    messages = extract_core() if messages is None else messages
    path = po_path(language)
    if not path.is_file():
        return [f"{path}: missing"]
    po = read_po(path)
    problems = []
    for key, message in messages.items():
        entry = po.entries.get(key)
        label = f"{path.name} ({language}): {message.text[:70]!r}"
        label += f" [{message.context}]" if message.context else ""
        if entry is None:
            problems.append(f"{label}: not in the catalogue (run scripts/translations.py update)")
        elif not entry.translated:
            problems.append(f"{label}: not translated" + (" (marked fuzzy)" if entry.fuzzy else ""))
        elif bool(entry.plural) != bool(message.plural):
            problems.append(f"{label}: plural forms differ from the code's")
        else:
            english = [message.text] + [message.plural] * (len(entry.msgstr) - 1)
            for form, (source, text) in enumerate(zip(english, entry.msgstr, strict=True)):
                try:
                    wanted, given = fields(source), fields(text)
                except ValueError as exc:
                    problems.append(f"{label}: form {form} is not a valid format string ({exc})")
                    continue
                if given != wanted and not (message.plural and form == 0 and given <= fields(message.plural)):
                    problems.append(f"{label}: form {form} has fields {sorted(given)}, the English {sorted(wanted)}")
                if sorted(_PERCENT.findall(text)) != sorted(_PERCENT.findall(source)):  # argparse's %(prog)s, %s
                    problems.append(f"{label}: form {form} has other %-placeholders than the English")
    for key, entry in po.entries.items():
        if key not in messages:
            problems.append(f"{path.name} ({language}): {entry.msgid[:70]!r}: no longer in the code "
                            f"(run scripts/translations.py update)")
    compiled = path.with_suffix(".mo")
    if not compiled.is_file() or compiled.read_bytes() != compile_mo(po):
        problems.append(f"{compiled}: not compiled from the .po (run scripts/translations.py compile)")
    return problems


# -- the command -------------------------------------------------------------------------------------------


def update(new_languages: list[str]) -> None:
    messages = extract_core()
    for language in sorted(set(po_languages()) | set(new_languages)):
        path = po_path(language)
        old = read_po(path) if path.is_file() else None
        write_po(path, language, messages, old)
        missing = sum(1 for e in read_po(path).entries.values() if not e.translated)
        print(f"{path.relative_to(ROOT)}: {len(messages)} messages, {missing} to translate")
    window = extract_gui()
    for language in sorted(set(ts_languages()) | set(new_languages) | {"en"}):
        path = ts_path(language)
        write_ts(path, language, window, read_ts(path) if path.is_file() else {})
        entries = read_ts(path)
        missing = sum(1 for e in entries.values() if not e.finished)
        print(f"{path.relative_to(ROOT)}: {len(entries)} messages, {missing} to translate")
    compile_all()


def compile_all() -> None:
    for language in po_languages():
        path = po_path(language)
        path.with_suffix(".mo").write_bytes(compile_mo(read_po(path)))
    for language in ts_languages():
        compile_qm(language)


def check() -> list[str]:
    messages = extract_core()
    problems: list[str] = []
    for language in po_languages():
        problems += po_problems(language, messages)
    window = extract_gui()
    for language in ts_languages():
        problems += ts_problems(language, window)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extract, merge and compile Coexist's translations.")
    parser.add_argument("command", choices=("update", "compile", "check"))
    parser.add_argument("--lang", action="append", default=[], help="with update: start a catalogue for LANG")
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            update(args.lang)
        elif args.command == "compile":
            compile_all()
    except ExtractionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
