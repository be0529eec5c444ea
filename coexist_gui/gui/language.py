"""The window's language: Qt's translators, the choice in View ▸ Language, and changing it while the window is open.

The window's own words come from ``resources/i18n/coexist_<lang>.qm`` (Qt's ``tr()``; sources in the
``.ts`` files next to them), Qt's standard dialogs from the ``qtbase_<lang>.qm`` that PySide6 ships,
and everything the core says (feedback, bands, documents) from gettext (``core.i18n``). ``use()``
switches all three at once, so the window never mixes two languages.

Changing the language while a plan is open keeps the plan and its undo history: the widgets stay,
only their words change. ``Retranslator`` remembers which source string each translated text came
from, so a text a widget got from ``tr()`` (a label, a button, a menu, a tooltip, an undo step) is
looked up again in the new language, also when a number or a name was put into it (``%n``, ``%1``).
Texts the window builds from data (the score panel, the title, the pack list) are made again by
the parts that made them, when ``Languages.changed`` fires.

Signals of ``Languages``:
    changed(str): the language is now this code ("de").
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ..core import i18n
from ..core.clock import is_real_time
from ..core.languages import primary
from ..core.pack import resource_path
from .settings import WindowSettings

SYSTEM = ""  # the setting's value for "follow the system"


@dataclass(frozen=True)
class Source:
    context: str
    text: str
    disambiguation: str | None
    n: int


_PLACEHOLDER = re.compile(r"%(?:L?n|\d)")


class Retranslator(QTranslator):
    """The window's translator: the catalogue of one language, and a memory of what each text was made from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = QTranslator(self)
        self.made: dict[str, list[Source]] = {}  # a text as shown -> the source strings it was made from
        self._patterns: dict[str, tuple[re.Pattern[str], list[str]]] = {}
        self._answers: dict[tuple[str, str, str | None, int], str | None] = {}

    def load_language(self, language: str) -> bool:
        """The catalogue of ``language`` (none at all for a language without one: then the source shows)."""
        self.catalogue = QTranslator(self)
        self._answers.clear()
        return self.catalogue.load(str(qm_path(language)))

    def translate(self, context: str, source: str,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        """The catalogue's translation, or None (not ""!) for the next translator or the source to answer."""
        key = (context, source, disambiguation, n)
        if key in self._answers:  # Qt asks for every tr() call: a counter label can ask a thousand times a second
            return self._answers[key]
        found = self.catalogue.translate(context, source, disambiguation, n) or None
        if not _QT_CONTEXT.match(context):  # Qt's own words come from qtbase_<lang>.qm, and Qt retranslates them
            known = self.made.setdefault(found or source, [])
            entry = Source(context, source, disambiguation, n)
            if entry not in known:  # asked again after a change of language
                known.append(entry)
        self._answers[key] = found
        return found

    def again(self, text: str, contexts: tuple[str, ...] = ()) -> str | None:
        """``text`` in the language now installed, or None when ``tr()`` did not make it.

        ``text`` may have had values put into the translation it came from: a count for ``%n`` (Qt
        does that) or names for ``%1``, ``%2`` (the caller's ``replace``). They are kept, and a new
        count picks the new language's plural form.
        """
        sources = self.made.get(text)
        values: list[str] = []
        names: list[str] = []
        if not sources:
            for shown, found in self.made.items():
                if "%" in shown:
                    pattern, names = self._pattern(shown)
                    match = pattern.fullmatch(text)
                    if match:
                        sources, values = found, list(match.groups())
                        break
        if not sources:
            return None
        source = _preferred(sources, contexts)
        n = source.n
        for name, value in zip(names, values, strict=True):
            if name.endswith("n") and value.strip().lstrip("-").isdigit():
                n = int(value)
        new = QCoreApplication.translate(source.context, source.text, source.disambiguation, n)
        for name, value in zip(names, values, strict=True):
            if not name.endswith("n"):
                new = new.replace(name, value)
        return new

    def _pattern(self, text: str) -> tuple[re.Pattern[str], list[str]]:
        if text not in self._patterns:
            names = _PLACEHOLDER.findall(text)
            parts = _PLACEHOLDER.split(text)
            regex = "".join(re.escape(part) + ("(.+?)" if index < len(names) else "")
                            for index, part in enumerate(parts))
            self._patterns[text] = (re.compile(regex, re.S), names)
        return self._patterns[text]


_QT_CONTEXT = re.compile(r"Q[A-Z]")


def _preferred(sources: list[Source], contexts: tuple[str, ...]) -> Source:
    """Of the sources that gave one text, the one from the widget's own class (or a parent's), else the first."""
    for context in contexts:
        for source in sources:
            if source.context == context:
                return source
    return sources[0]


def formatting_locale(code: str, system: QLocale) -> QLocale:
    """How numbers and dates are written in ``code``: the system's own conventions when it speaks that language
    (Swiss German groups digits with ’), else the language's usual ones. (Paper size follows the system.)"""
    wanted = QLocale(code)
    return system if system.language() == wanted.language() else wanted


def local_number(value: float, decimals: int = 1) -> str:
    """``value`` as the window's language writes it, with at most ``decimals`` decimals ("66,7", "100")."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def local_date_time(seconds: float) -> str:
    """A moment as the window's language writes a short date and time ("14.03.25 09:30"); "" for a time
    no clock gave (a damaged note or history row)."""
    if not is_real_time(seconds):
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def qm_path(language: str) -> Path:
    return resource_path(f"i18n/coexist_{language}.qm")


def window_languages() -> list[str]:
    """The languages the window speaks: English, then each with a compiled catalogue and a core catalogue."""
    core = set(i18n.languages())
    found = sorted(p.stem.removeprefix("coexist_") for p in resource_path("i18n").glob("coexist_*.qm"))
    return [i18n.ENGLISH] + [code for code in found if code != i18n.ENGLISH and code in core]


def system_language() -> str:
    """The language the system's settings ask for (QLocale's list of UI languages), if Coexist speaks it."""
    return i18n.best_language([*QLocale.system().uiLanguages(), QLocale.system().name()])


def explicit_language() -> str | None:
    """A language asked for in ``COEXIST_LANG`` (``--lang`` comes as ``start``'s argument): it wins over the
    remembered choice, for this run only."""
    return os.environ.get("COEXIST_LANG") or None


class Languages(QObject):
    """The application's translators. One per application (``Languages.of(app)``)."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("coexistLanguages")
        self.app = app
        self.language = ""
        self.window_words = Retranslator(self)
        self.qt_words = QTranslator(self)
        app.installTranslator(self.window_words)

    @staticmethod
    def of(app: QCoreApplication | None = None) -> Languages:
        app = app or QCoreApplication.instance()
        assert app is not None, "make the application first"
        found = app.findChild(Languages, "coexistLanguages")
        return found if isinstance(found, Languages) else Languages(app)

    def start(self, explicit: str | None, remembered: str) -> str:
        """The first language: ``--lang`` or COEXIST_LANG, else View ▸ Language as remembered, else the system's."""
        return self.use(explicit or explicit_language() or remembered or system_language())

    def use(self, language: str) -> str:
        """Speak ``language`` (a code or tag; unknown ones give English) in the window and the core alike."""
        code = primary(language)
        if code not in window_languages():
            code = i18n.ENGLISH
        if code == self.language and i18n.language() == code:
            return code
        first = not self.language
        self.language = code
        i18n.set_language(code)
        self.window_words.load_language(code)
        self.app.removeTranslator(self.qt_words)
        self.qt_words = QTranslator(self)
        if self.qt_words.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(self.qt_words)
        QLocale.setDefault(formatting_locale(code, QLocale.system()))
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(QLocale(code).textDirection())
        self.app.removeTranslator(self.window_words)
        self.app.installTranslator(self.window_words)
        if not first:
            # widgets that retranslate themselves (changeEvent) do it now, then the texts tr() gave the others
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            self.retranslate_all()
        self.changed.emit(code)
        return code

    def retranslate_all(self) -> None:
        """Every text a widget, menu, action or undo step got from ``tr()``, in the language now installed."""
        for widget in QApplication.allWidgets():
            retranslate_widget(self.window_words, widget)
        for window in QApplication.topLevelWidgets():
            for stack in window.findChildren(QUndoStack):
                for index in range(stack.count()):
                    command = stack.command(index)
                    again = self.window_words.again(command.text(), (type(stack.parent()).__name__,))
                    if again is not None:
                        command.setText(again)


def _contexts(obj: QObject | None) -> tuple[str, ...]:
    """The class names of ``obj`` and its parents: the contexts its ``tr()`` texts most likely came from."""
    names = []
    while obj is not None:
        names.append(type(obj).__name__)
        obj = obj.parent()
    return tuple(names)


def _texts(widget: QWidget) -> list[tuple[Callable[[], str], Callable[[str], None]]]:
    """The widget's text properties that ``tr()`` can have set: (getter, setter) pairs."""
    pairs: list[tuple[Callable[[], str], Callable[[str], None]]] = [
        (widget.windowTitle, widget.setWindowTitle), (widget.toolTip, widget.setToolTip),
        (widget.statusTip, widget.setStatusTip), (widget.whatsThis, widget.setWhatsThis),
        (widget.accessibleName, widget.setAccessibleName),
        (widget.accessibleDescription, widget.setAccessibleDescription)]
    if isinstance(widget, (QLabel, QAbstractButton)):
        pairs.append((widget.text, widget.setText))
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        pairs.append((widget.placeholderText, widget.setPlaceholderText))
    if isinstance(widget, QGroupBox):
        pairs.append((widget.title, widget.setTitle))
    if isinstance(widget, QTabWidget):
        pairs += [_item(widget.tabText, widget.setTabText, i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        pairs += [_item(widget.itemText, widget.setItemText, i) for i in range(widget.count())]
    return pairs


def _item(getter: Callable[[int], str], setter: Callable[[int, str], None],
          index: int) -> tuple[Callable[[], str], Callable[[str], None]]:
    return (lambda: getter(index)), (lambda text: setter(index, text))


def retranslate_widget(words: Retranslator, widget: QWidget) -> None:
    """The widget's texts, and those of its actions (menus are their menu actions), in the new language."""
    work = [(_contexts(widget), _texts(widget))]
    for action in widget.actions():
        work.append((_contexts(action), [(action.text, action.setText), (action.toolTip, action.setToolTip),
                                         (action.statusTip, action.setStatusTip)]))
    for contexts, pairs in work:
        for getter, setter in pairs:
            text = getter()
            new = words.again(text, contexts) if text else None
            if new is not None and new != text:
                setter(new)


class LanguageMenu(QObject):
    """View ▸ Language: follow the system, or one of the languages the window speaks; remembered."""

    def __init__(self, menu: QMenu, settings: WindowSettings, languages: Languages) -> None:
        super().__init__(menu)
        self.menu = menu
        self.settings = settings
        self.languages = languages
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code in [SYSTEM, *window_languages()]:
            if code == i18n.ENGLISH:
                menu.addSeparator()
            name = self.tr("System language (%1)").replace("%1", i18n.native_name(system_language())) \
                if code == SYSTEM else i18n.native_name(code)
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.group.addAction(action)
            self.actions[code] = action
        chosen = settings.language()
        self.actions.get(chosen, self.actions[SYSTEM]).setChecked(True)

    def choose(self, code: str) -> None:
        """Speak ``code`` ("" for the system's language) from now on, and next time too."""
        self.settings.remember_language(code)
        self.actions.get(code, self.actions[SYSTEM]).setChecked(True)
        self.languages.use(code or system_language())
