"""Make resources/i18n/coexist_en.qm: the English plural forms of every "%n" string in the window.

Qt picks a plural form only from a translation: without one, ``tr("%n word(s)", "", 1)`` reads
"1 word(s)". This script collects the window's "%n" strings with pyside6-lupdate, gives each its
English singular and plural ("(s)" -> "" / "s"), and compiles them with pyside6-lrelease. Run it
after adding or changing such a string (tests/gui/test_plurals.py fails until then):

    python scripts/english_plurals.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "i18n"


def english(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "coexist_gui" / "gui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        found = Path(tmp) / "all.ts"
        subprocess.run(["pyside6-lupdate", *sources, "-ts", str(found), "-no-obsolete", "-locations", "none"],
                       check=True, capture_output=True)
        tree = ET.parse(found)
    root = tree.getroot()
    root.set("language", "en")
    for context in list(root):
        for message in list(context.findall("message")):
            if "%n" not in (message.findtext("source") or ""):
                context.remove(message)
                continue
            message.set("numerus", "yes")  # lupdate misses it for QCoreApplication.translate(ctx, text, None, n)
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for text in english(message.findtext("source") or ""):
                ET.SubElement(translation, "numerusform").text = text
        if not context.findall("message"):
            root.remove(context)
    OUT.mkdir(parents=True, exist_ok=True)
    ts = OUT / "coexist_en.ts"
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(OUT / "coexist_en.qm")], check=True, capture_output=True)
    print(f"{ts.relative_to(ROOT)}: {sum(len(c.findall('message')) for c in root)} strings with plural forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
