"""Cheap signals read from what a student wrote: the words a text shares with others, and its connectives.

Scoring asks a few plain questions of a point or a conclusion: is it empty, does it only repeat the
cards beside it, does it give a reason, does it weigh one thing against another, does it go round in a
circle, does it sit on the fence. The answers come from word lists and word overlap, nothing more: the
README says what these signals can and cannot tell. Everything here is pure Python and runs in
microseconds for a point; card texts are stemmed once and cached.

Word lists are per language (``LEXICONS``); a pack's language picks one, English when it names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .languages import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Lexicon:
    """The words one language uses to link, weigh, hedge and decide; all lower case, single words or phrases."""

    stop: frozenset[str]
    # Words that say why or what follows: "because", "so", "meant".
    reason: tuple[str, ...]
    # Words that set one thing against another: "but", "rather than", "however".
    contrast: tuple[str, ...]
    # Words that judge how much something mattered: "significant", "most", "decisive".
    evaluation: frozenset[str]
    # Phrases that refuse to decide: "hard to say", "all important".
    hedge: tuple[str, ...]
    # Words that state a decision: "more", "most", "mainly".
    decision: frozenset[str]
    suffixes: tuple[str, ...]
    # Words that play something down: "only", "merely".
    diminish: frozenset[str] = frozenset()


_EN_STOP = frozenset("""
a an the and or nor of to in on at by for with from into onto over under about as is was were be been being are am
it its it's this that these those there their them they he she his her him we our us you your i me my mine
do did does doing done have has had having will would shall should can could may might must not no
than then too very also just so such which who whom whose what when where why how all any both each few
more most other some own same only again once here out up down off further while if because until
one two three four five six seven eight nine ten many much lots lot thing things way ways
got get gets make made really quite even still yet new towards toward something little lost
""".split())

ENGLISH = Lexicon(
    stop=_EN_STOP,
    reason=("because", "since", "so", "therefore", "thus", "hence", "meant", "means", "meaning", "which meant",
            "as a result", "led to", "leading to", "due to", "allowed", "enabled", "made it possible",
            "for example", "for instance", "such as", "shows", "showed", "proves", "proved", "proof", "sign of",
            "without", "only once", "if", "in order to", "so that", "which", "otherwise"),
    contrast=("but", "however", "although", "though", "yet", "whereas", "while", "rather than", "instead",
              "not only", "despite", "even", "than", "on the other hand", "admittedly", "nevertheless",
              "the rest", "others", "other factors", "alternative", "outweighed", "compared", "unlike",
              "in contrast", "by contrast"),
    evaluation=frozenset("""significant significance important importance mattered matters key main crucial
    decisive vital essential turning trigger real genuine symbolic cheap worthless benchmark least most
    major minor biggest greatest strongest weakest primarily mainly largely mostly partly
    chiefly merely simply only reason reasons factor factors cause causes""".split()),
    hedge=("hard to say", "difficult to say", "impossible to say", "all important", "equally important",
           "all linked", "all played a part", "in different ways", "it depends", "not sure", "all of them",
           "both important", "both were", "they all", "all the factors", "each played"),
    decision=frozenset("""more most main mainly largely mostly chiefly primarily decisive key greater greatest
    biggest strongest outweighed outweighs rather responsible important significant""".split()),
    suffixes=("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "edly", "ed", "es", "ly", "s", "e"),
    diminish=frozenset("only merely just simply barely hardly".split()),
)

# German, as a history teacher reads a German essay plan. German inflects, and matching is by whole
# (folded) words, so the common forms are listed ("wichtigste", "wichtigsten"). Words that are usually
# temporal or narrative in German are left out even where English has the word: "als" (when/as; "than"
# only after a comparative, so "wichtiger als" is listed instead), "während" (mostly "during"), "etwa"
# (mostly "about", before a number).
_DE_STOP = frozenset("""
der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine keinen keiner keinem zu
im in am an auf aus bei beim mit nach von vom vor zum zur für über unter um durch gegen ohne bis seit ins ans
ist war waren sind sein seine seinen seiner seinem ihr ihre ihren ihrer ihrem ihm ihn ihnen es er sie wir ich du
man sich uns auch nur noch schon so wie als wenn weil dass da dann denn doch hat haben hatte hatten habe hätte
wird werden wurde wurden worden würde würden kann können konnte konnten könnte muss musste müssen sollte sollten
will wollte sehr viel viele vielen mehr meist dieser diese dieses diesen diesem jener jene alle allem allen aller
jede jeder jedes jeden was wer wo warum wieso wann dort hier jetzt immer bereits ganz einige einigen mehrere
zwischen sowie bzw usw dabei damals heute selbst eigene eigenen
""".split())

GERMAN = Lexicon(
    stop=_DE_STOP,
    reason=("weil", "da", "denn", "deshalb", "daher", "darum", "deswegen", "somit", "also", "folglich",
            "infolgedessen", "dadurch", "wegen", "aufgrund", "führte zu", "führten zu", "führte dazu",
            "hatte zur folge", "bewirkte", "ermöglichte", "erlaubte", "erzwang", "zwang", "sorgte dafür",
            "bedeutete", "bedeutet", "das heißt", "zum beispiel", "beispielsweise", "z b", "zeigt", "zeigte",
            "zeigen", "beweist", "bewies", "belegt", "belegen", "ohne", "erst als", "wenn", "falls", "damit",
            "sodass", "so dass", "sonst", "andernfalls", "was bedeutete"),
    contrast=("aber", "jedoch", "doch", "obwohl", "obgleich", "allerdings", "statt", "anstatt", "stattdessen",
              "sondern", "vielmehr", "trotz", "trotzdem", "dennoch", "andererseits", "einerseits", "zwar",
              "hingegen", "dagegen", "demgegenüber", "wohingegen", "im gegensatz", "im vergleich", "verglichen mit",
              "anders als", "nicht nur", "mehr als", "weniger als", "eher als", "wichtiger als", "stärker als",
              "schwerer als", "größer als", "die übrigen", "die anderen", "andere faktoren", "überwog", "überwiegt",
              "überwogen"),
    evaluation=frozenset("""bedeutend bedeutende bedeutender bedeutenden bedeutsam bedeutsamer bedeutung wichtig
    wichtige wichtiger wichtigen wichtigste wichtigsten entscheidend entscheidende entscheidender entscheidenden
    zentral zentrale zentralen wesentlich wesentliche wesentlichen ausschlaggebend ausschlaggebende maßgeblich
    wendepunkt auslöser anlass echt echte symbolisch symbolische billig wertlos gering geringe geringer nebensächlich
    meisten weniger größte größten stärkste stärksten schwerer hauptsächlich vorrangig vornehmlich insbesondere
    besonders überwiegend teilweise grund gründe hauptgrund ursache ursachen hauptursache faktor faktoren
    """.split()),
    hedge=("schwer zu sagen", "kaum zu sagen", "nicht zu sagen", "lässt sich nicht sagen", "kann man nicht sagen",
           "alle wichtig", "alle gleich", "gleich wichtig", "gleichermaßen wichtig", "beide wichtig",
           "beide gleich", "hängt davon ab", "alle zusammen", "alle faktoren", "spielten alle", "alle spielten",
           "alle eine rolle", "jeder faktor", "auf verschiedene weise", "nicht sicher"),
    decision=frozenset("""mehr meisten wichtigste wichtigsten wichtiger entscheidend entscheidende entscheidender
    entscheidenden ausschlaggebend ausschlaggebende maßgeblich vorrangig hauptsächlich hauptgrund hauptursache
    überwiegend überwog überwiegt größere größte größten stärker stärkste stärksten schwerer eher verantwortlich
    bedeutender bedeutendste bedeutendsten""".split()),
    suffixes=("ungen", "innen", "ung", "heit", "keit", "lich", "isch", "ern", "en", "er", "em", "es", "e", "n",
              "s"),
    diminish=frozenset("nur bloß lediglich kaum allenfalls höchstens wenig".split()),
)


LEXICONS: dict[str, Lexicon] = {"en": ENGLISH, "de": GERMAN}


@lru_cache(maxsize=32)
def lexicon_for(language: str) -> Lexicon:
    """The word lists for a BCP 47 tag ("de-AT" takes German; English when there are none for it), folded the
    way texts are ("für" is looked up as "fur", since a student's "fur" and "für" must read the same)."""
    lexicon = LEXICONS.get(language.split("-")[0].lower(), ENGLISH) if language else ENGLISH

    def fold_all(entries: Iterable[str]) -> tuple[str, ...]:
        return tuple(" ".join(words(entry)) for entry in entries)

    return Lexicon(stop=frozenset(fold_all(lexicon.stop)), reason=fold_all(lexicon.reason),
                   contrast=fold_all(lexicon.contrast), evaluation=frozenset(fold_all(lexicon.evaluation)),
                   hedge=fold_all(lexicon.hedge), decision=frozenset(fold_all(lexicon.decision)),
                   suffixes=fold_all(lexicon.suffixes), diminish=frozenset(fold_all(lexicon.diminish)))


def words(text: str) -> list[str]:
    """The words of a text, folded, possessive endings dropped ("Stalin's" -> "stalin")."""
    return list(_words_cached(text))


@lru_cache(maxsize=65536)
def _words_cached(text: str) -> tuple[str, ...]:
    out = []
    for word in _WORD.findall(fold(text)):
        word = word.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        out.append(word.replace("'", ""))
    return tuple(out)


def stem(word: str, lexicon: Lexicon) -> str:
    """A crude stem: drop one common ending, then keep at most five letters ("occupied"/"occupation" -> "occup")."""
    return _stem(word, lexicon.suffixes)


@lru_cache(maxsize=65536)  # a pack's cards share most of their words: each is stemmed once
def _stem(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) >= 4 and word[-1] == word[-2]:
        word = word[:-1]  # "cutt" (from "cutting") -> "cut"
    return word[:5]


@lru_cache(maxsize=65536)
def _content_cached(text: str, language: str) -> frozenset[str]:
    lexicon = lexicon_for(language)
    found = {stem(word, lexicon) for word in words(text) if len(word) >= 3 and word not in lexicon.stop}
    found.update(_NUMBER.findall(text))
    return frozenset(found)


def content(text: str, language: str = "") -> frozenset[str]:
    """The stems of a text's content words (stop words left out) and its numbers. Cached: card texts repeat."""
    return _content_cached(text, language)


def _phrase_in(phrase: str, folded: str, tokens: set[str]) -> bool:
    if " " in phrase:
        return f" {phrase} " in folded
    return phrase in tokens


@dataclass(frozen=True)
class Signals:
    """What the word lists find in one text."""

    words: int
    reasons: tuple[str, ...]  # reason connectives found
    contrasts: tuple[str, ...]  # contrast connectives found
    evaluations: tuple[str, ...]  # judging words found
    hedges: tuple[str, ...]
    decides: bool  # uses a word that states a decision ("more", "mainly")
    diminishes: bool  # plays something down ("only", "merely")
    explains: bool  # a colon, a dash or a semicolon that introduces an explanation


_EXPLAIN = re.compile(r"[:;]|\s[-–—]\s")


@lru_cache(maxsize=4096)
def signals(text: str, language: str = "") -> Signals:
    """What the word lists find in ``text``. Cached: between two edits, all but one point stay the same."""
    lexicon = lexicon_for(language)
    tokens = words(text)
    folded = " " + " ".join(tokens) + " "
    token_set = set(tokens)
    return Signals(
        words=len(tokens),
        reasons=tuple(p for p in lexicon.reason if _phrase_in(p, folded, token_set)),
        contrasts=tuple(p for p in lexicon.contrast if _phrase_in(p, folded, token_set)),
        evaluations=tuple(sorted(w for w in token_set if w in lexicon.evaluation)),
        hedges=tuple(p for p in lexicon.hedge if _phrase_in(p, folded, token_set)),
        decides=bool(token_set & lexicon.decision),
        diminishes=bool(token_set & lexicon.diminish),
        explains=bool(_EXPLAIN.search(text)),
    )


def reason_words(text: str, language: str = "") -> list[str]:
    """The words after a text's first reason connective or colon: what it gives as its reason ([] if none)."""
    return list(_reason_words(text, language))


@lru_cache(maxsize=1024)
def _reason_words(text: str, language: str) -> tuple[str, ...]:
    starts = _reason_starts(language)
    head, colon, _tail = text.partition(":")
    tokens = words(text)
    limit = len(words(head)) if colon else len(tokens)
    for at in range(limit):
        for parts in starts.get(tokens[at], ()):
            end = at + len(parts)
            if end <= limit and tuple(tokens[at:end]) == parts:
                return tuple(tokens[end:])
    return tuple(tokens[limit:]) if colon else ()


@lru_cache(maxsize=16)
def _reason_starts(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The reason connectives by their first word, longest first ("as a result" before "as")."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon_for(language).reason:
        parts = tuple(phrase.split())
        starts.setdefault(parts[0], []).append(parts)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in starts.items()}
