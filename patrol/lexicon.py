"""Word lists as one regular expression (cue words, market words, everyday phrases).

The lists are regular-expression fragments by language in JSON files; a ``*`` after a
letter at the end allows any ending ("ship*": ship, shipping, shipped; ``\\w*`` stays a
regular expression). A list is compiled in lower case and matched against ``lower(text)``
rather than with IGNORECASE: then the regex engine rejects an alternative on its first
letter instead of trying each one, which made cue counting four times faster on long
pages, with the same matches.
"""

from __future__ import annotations

import json
import re
import re._casefix as _casefix
import re._constants as _sre
import re._parser as _sre_parse
import unicodedata
from collections.abc import Hashable, Iterable, Mapping
from functools import cache
from importlib import resources

import ahocorasick

# Scripts that write words without spaces between them (Thai, Lao, Myanmar, Khmer, Japanese kana, CJK
# ideographs: "大麻リキッド", "冰毒1克"): there a word may begin or end at any character. Not their digits, which
# run together as ours do ("ကျပ် ၅၀၀၀၀" is 50,000 kyat, not 500).
NOSPACE = ("\u0e00-\u0e4f\u0e5a-\u0ecf\u0eda-\u0eff\u1000-\u103f\u104a-\u108f\u109a-\u109f\u1780-\u17df"
           "\u17ea-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff")
WORD_CHAR = f"[^\\W{NOSPACE}]"  # a letter, digit or underscore of a script that spaces its words
WORD_START = f"(?<!{WORD_CHAR})"
WORD_END = f"(?!{WORD_CHAR})"
_STEM = re.compile(r"(?<!\\)[^\W\d_]\*$")


def alternation(words: Iterable[str]) -> str:
    """Literal words as one regex alternation, longest first, so that "grams" is tried before "g";
    grouped under their first letter (as word lists are) unless two first letters differ only
    in case, which a case-insensitive pattern would then try in another order."""
    alts = sorted(map(re.escape, set(words)), key=lambda w: (-len(w), w))
    firsts = {a[0] for a in alts if a[:1].isalnum()}
    if len({c.lower() for c in firsts}) < len(firsts):
        return "|".join(alts)
    return _by_first_letter(alts)


def compile_words(fragments: Iterable[str], *, extra: str = "") -> re.Pattern:
    """One pattern for a word list, each word from a word start to a word end. ``extra``:
    a lower-case alternative matched as is (amounts, say)."""
    alts = [_as_regex(f) for f in fragments]
    body = WORD_START + "(?:" + _by_first_letter(alts) + ")" + WORD_END
    return re.compile(f"(?:{extra})|{body}" if extra else body)


def _as_regex(fragment: str) -> str:
    """A word list's fragment as its pattern reads it: in lower case, a stem's ``*`` as ``\\w*``."""
    return _lower(fragment[:-1] + r"\w*" if _STEM.search(fragment) else fragment)


def _by_first_letter(alts: list[str]) -> str:
    """The alternatives grouped under their first letter where it is a plain one ("s(?:ale|hip)"):
    at each word start the engine then tries one branch per letter instead of one per word (the
    lists hold hundreds, in thirty languages). An alternative that opens with a choice of literal
    words ("(?:no|nae) time wasters", "(?:at )?your local store") is first written out as one
    alternative per choice, in the same order. One that still does not start with a plain letter
    ("\\d+ rounds", "(?:snap(?:chat)?|wickr) only") stays where it was, between groups, so the first
    alternative to match is the same as in the plain alternation."""
    out: list[str] = []
    groups: dict[str, list[str]] = {}
    for a in [*(x for alt in alts for x in _expand_leading(alt)), None]:
        if a is not None and a[:1].isalnum() and a[1:2] not in ("?", "*", "+", "{") and not _has_top_level_bar(a):
            groups.setdefault(a[0], []).append(a[1:])
            continue
        out += [f"{c}(?:{'|'.join(f'(?:{t})' for t in tails)})" for c, tails in groups.items()]
        groups = {}
        if a is not None:
            out.append(f"(?:{a})")
    return "|".join(out)


MAX_SPELLINGS = 32  # the most spellings of one literal a class of letters makes ("a[345]": "a3", "a4", "a5")
MAX_LITERALS = 4096  # the most literals one requirement lists


def required_literals(regex: str) -> frozenset[str] | None:
    """Literals one of which every match of ``regex`` contains ("sell(?:ing)?": "sell"; "(?:pool|snooker)
    cues?": "pool" or "snooker"; "t(?:ab|oz)": "tab" or "toz"), the longest such choice, as written (``fold``
    makes them and a text one whatever the case); None where none can be told ("\\d+", "\\w+")."""
    try:
        return _literals(_sre_parse.parse(regex).data)[1]
    except (re.error, RecursionError):
        return None


def _literals(seq) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(literals one of which every match of the parsed ``seq`` starts with, literals one of which it contains)."""
    options: list[frozenset[str] | None] = []
    starts, first = None, True
    runs = {""}  # the literal runs being read, one per choice of a class's letter so far
    for op, av in [*seq, (None, None)]:
        if op is _sre.LITERAL:
            runs = {r + chr(av) for r in runs}
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the run goes on
        if op is _sre.IN and all(o is _sre.LITERAL for o, _v in av) and len(av) * len(runs) <= MAX_SPELLINGS:
            runs = {r + chr(v) for r in runs for _o, v in av}
            continue
        # the run ends: at a group or a choice of words, it goes on into their first literals ("t(?:ab|oz)")
        choices = [av[3].data] if op is _sre.SUBPATTERN else [b.data for b in av[1]] if op is _sre.BRANCH else []
        inner = [_literals(c) for c in choices]
        firsts = frozenset().union(*(f for f, _r in inner)) if inner and all(f for f, _r in inner) else None
        joined = frozenset(r + f for r in runs for f in firsts) if firsts and len(runs) * len(firsts) <= MAX_LITERALS \
            else None
        if first:
            starts, first = joined or (frozenset(runs) if "" not in runs else None), False
        if "" not in runs:
            options.append(frozenset(runs))
        options.append(joined)
        if inner and all(r for _f, r in inner) and sum(len(r) for _f, r in inner) <= MAX_LITERALS:
            options.append(frozenset().union(*(r for _f, r in inner)))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            options.append(_literals(av[2].data)[1])
        runs = {""}
    return starts, max(filter(None, options), key=lambda s: (min(map(len, s)), -len(s)), default=None)


# Letters a case-insensitive pattern takes for one another though their lower cases differ ("ſ" and "s", "ς" and
# "σ"), each as the first of its kind: a literal is found in a text so folded wherever a pattern
# finds it, whatever the case.
_FOLD = {c: chr(min(c, *others)) for c, others in _casefix._EXTRA_CASES.items() if min(others) < c}
_FOLDABLE = re.compile("[" + "".join(map(re.escape, map(chr, _FOLD))) + "]")


def fold(text: str) -> str:
    """``text`` in lower case, with the letters case-insensitive patterns take for one another made one."""
    if "\u0130" in text:
        text = text.replace("\u0130", "i")  # "İ", whose lower case is two characters
    low = text.lower()
    return low if low.isascii() or not _FOLDABLE.search(low) else low.translate(_FOLD)


class LiteralFilter:
    """Which of several patterns can match a text, told by one pass of an Aho-Corasick automaton over the
    literals they require: a pattern none of whose literals occurs is not searched (most patterns find nothing
    in most texts, and one pass costs less than a search with each)."""

    def __init__(self, required: Mapping[Hashable, Iterable[str] | None]) -> None:
        """``required``: for each pattern, literals one of which every text it matches holds (in any case, if
        it ignores case); None or none where that cannot be told (it is always searched)."""
        self.keys = tuple(required)
        self._always = 0
        literals: dict[str, int] = {}
        for i, key in enumerate(self.keys):
            found = frozenset(map(fold, required[key] or ()))
            if not found:
                self._always |= 1 << i
            for literal in found:
                literals[literal] = literals.get(literal, 0) | 1 << i
        self._automaton = ahocorasick.Automaton()
        for literal, bits in literals.items():
            self._automaton.add_word(literal, bits)
        if literals:
            self._automaton.make_automaton()
        self._all = (1 << len(self.keys)) - 1

    @classmethod
    def of_word_lists(cls, lists: Mapping[Hashable, Iterable[str]]) -> LiteralFilter:
        """For word lists' patterns (``compile_words``), from their fragments: a list with a fragment that
        requires no literal is always searched."""
        def required(fragments):
            sets = [required_literals(_as_regex(f)) for f in fragments]
            return None if None in sets else frozenset().union(*sets)

        return cls({key: required(fragments) for key, fragments in lists.items()})

    def possible(self, text: str) -> frozenset:
        """The patterns that can match ``text``."""
        bits = self.bits(text)
        return frozenset(key for i, key in enumerate(self.keys) if bits >> i & 1)

    def bits(self, text: str) -> int:
        """The patterns that can match ``text``, as bits in the order of their keys."""
        bits = self._always
        if self._automaton.kind == ahocorasick.AHOCORASICK:
            for _end, found in self._automaton.iter(fold(text)):
                bits |= found
                if bits == self._all:
                    break
        return bits


MAX_EXPANDED = 16


def _expand_leading(alt: str) -> list[str]:
    """"(?:my|for the) first time" as ["my first time", "for the first time"]; an optional group
    first with it, then without it, as the regex engine tries them. Each choice may hold groups of its own
    ("(?:admit(?:s|ted)?|accused of) selling"); a repeated group is no choice of words."""
    close = _group_end(alt) if alt.startswith("(?:") else -1
    if close < 0:
        return [alt]
    rest = alt[close + 1:]
    optional = rest[:1] == "?"
    rest = rest[1:] if optional else rest
    if rest[:1] in ("?", "*", "+", "{"):
        return [alt]
    out = [x for c in _top_level_alternatives(alt[3:close]) for x in _expand_leading(c + rest)] + (
        _expand_leading(rest) if optional else [])
    return out if len(out) <= MAX_EXPANDED and all(out) else [alt]


def _group_end(fragment: str) -> int:
    """The offset of the parenthesis that closes the group ``fragment`` opens, or -1."""
    return next((i for i, c, depth in _syntax(fragment) if c == ")" and depth == 0), -1)


def _has_top_level_bar(fragment: str) -> bool:
    return len(_top_level_alternatives(fragment)) > 1


def _top_level_alternatives(fragment: str) -> list[str]:
    """``fragment`` split at the bars outside its groups and classes."""
    bars = [i for i, c, depth in _syntax(fragment) if c == "|" and depth == 0]
    if bars and bars[-1] < 0:
        return [fragment, ""]  # a class left open: not a plain fragment, keep it apart
    return [fragment[a + 1:b] for a, b in zip([-1, *bars], [*bars, len(fragment)])]


def _syntax(fragment: str):
    """(offset, character, group depth after it) of each parenthesis and bar outside escapes and classes;
    (-1, "|", 0) last where a class is left open."""
    depth, i = 0, 0
    while i < len(fragment):
        c = fragment[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = fragment.find("]", i + 2)  # a class's first character may be "]"
            if i < 0:
                yield -1, "|", 0
                return
        elif c in "()":
            depth += 1 if c == "(" else -1
            yield i, c, depth
        elif c == "|":
            yield i, c, depth
        i += 1


_LEADING_DIGITS = re.compile(r"\\d\{1,(\d+)\}")


def leading_number(number: str) -> str:
    """A capture group for ``number`` (alternatives that each open with ``\\d{1,N}``) where it starts a
    number: not inside a word or a longer number ("冰毒500元" is fine, and so is "500元,2克" after a full-width comma
    made plain; "1,5" holds one number, and ".5g" is no five grams). The check comes after the
    first digit, so that the whole pattern opens with a digit: the regex engine then skips to the
    next digit instead of trying the pattern at every character (same matches, a third faster)."""
    tails = []
    for alt in _top_level_alternatives(number):
        m = _LEADING_DIGITS.match(alt)
        if not m:
            raise ValueError(f"{alt!r} does not open with \\d{{1,N}}")
        tails.append(rf"\d{{0,{int(m.group(1)) - 1}}}" + alt[m.end():])
    return rf"(\d(?<!\.\d)(?<!\d,\d)(?<!{WORD_CHAR}\d)(?:{'|'.join(tails)}))"


# Languages that separate thousands with a dot: "1.200 kilo cocaïne" is twelve hundred kilograms there (in English
# "1.000 g" may be a scale's reading of one gram)
DOT_THOUSANDS = frozenset({"de", "nl", "es", "it", "pt", "tr", "id", "da", "no", "el", "ro", "sl", "hr", "sr", "vi",
                           "ca", "gl", "eu"})


def package_json(package: str, path: str):
    """A JSON data file shipped inside a package (``package_json("patrol.recognizers", "data/emoji.json")``)."""
    return json.loads(resources.files(package).joinpath(path).read_text("utf-8"))


def file_words(package: str, path: str) -> list[str]:
    """Every language's list in a package's JSON file, as one (keys starting with "_" are notes)."""
    return [w for lang, ws in package_json(package, path).items() if not lang.startswith("_") for w in ws]


def compile_file(package: str, path: str, *, extra: str = "") -> re.Pattern:
    """One pattern for every language's list in a package's JSON file."""
    return compile_words(file_words(package, path), extra=extra)


FUNCTION_ZIPF = 6.3  # "in", "a", "and", "up", "de": words this frequent are grammar (data/function_words.json)


@cache
def _function_words() -> dict[str, frozenset[str]]:
    data = package_json("patrol.recognizers", "data/function_words.json")
    return {lang: frozenset(words) for lang, words in data.items() if not lang.startswith("_")}


# wordfreq's names for languages that language identification names otherwise: Filipino for Tagalog and for
# Cebuano and Waray, which short Tagalog text is often read as; Serbo-Croatian; Norwegian Bokmål
_WORDFREQ_NAMES = {"tl": "fil", "ceb": "fil", "war": "fil", "hr": "sh", "sr": "sh", "bs": "sh", "no": "nb"}


def wordfreq_code(language: str) -> str:
    """wordfreq's name for a language as language identification names it."""
    return _WORDFREQ_NAMES.get(language, language)


def is_function_word(word: str, language: str | None = None) -> bool:
    """A word of grammar ("and", "of", Spanish "de") in English or in ``language``; ``word`` in lower case."""
    words = _function_words()
    return word in words["en"] or (language is not None and word in words.get(wordfreq_code(language), ()))


def lower(text: str) -> str:
    """``text`` in lower case, one character for one, so that match offsets are offsets in
    ``text`` (a few letters grow when lower-cased: "İ" is "i̇"; they are kept as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# Styled letters and digits ("𝗖𝗼𝗸𝗲 𝟭𝗴", "ＭＤＭＡ１ｇ", "ᴄᴏᴋᴇ": mathematical alphanumerics, full-width forms, Latin
# small capitals, which NFKC leaves as letters of their own), used to slip past filters, and their plain forms: one
# character each, so offsets in the plain text are offsets in the text.
_STYLED_BLOCKS = ((0xFF01, 0xFF5E), (0x1D400, 0x1D7FF))
_SMALL_CAPITALS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz"))
_STYLED = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _STYLED_BLOCKS) + "".join(_SMALL_CAPITALS) + "]")


@cache
def _plain_table() -> dict[int, str]:
    table = {}
    for lo, hi in _STYLED_BLOCKS:
        for cp in range(lo, hi + 1):
            form = unicodedata.normalize("NFKC", chr(cp))
            if len(form) == 1 and form != chr(cp):
                table[cp] = form
    return table | {ord(k): v for k, v in _SMALL_CAPITALS.items()}


# A number read off an image writes the letter O for zero ("Coke 1g £8O", "1Og = 7O€", "WA O812 ..."): a run of digits
# and O's standing alone, or before a unit's letters, holding a digit. Not inside a word or a code ("Hr8o47BL", Arabizi
# "7ot"), nor an O before other letters ("1Oz" stays an ounce).
_O_BESIDE_DIGIT = re.compile(r"\d[Oo]|[Oo][.,]?\d")
_NUMBER_WITH_O = re.compile(r"(?<![^\W_])[\dOo]+(?:[.,][\dOo]+)*(?=(?:g|gr|mg|kg|ml|l|ug|mcg|k)?(?![^\W_]))")


def _zeros(m: re.Match) -> str:
    run = m.group()
    return run.replace("O", "0").replace("o", "0") if any(c.isdigit() for c in run) else run


def plain(text: str) -> str:
    """``text`` with styled letters and digits in their plain form, and the O's of numbers read off images as zeros;
    one character for one."""
    text = text.translate(_plain_table()) if _STYLED.search(text) else text
    return _NUMBER_WITH_O.sub(_zeros, text) if _O_BESIDE_DIGIT.search(text) else text


def _lower(fragment: str) -> str:
    """Lower-case a regex fragment but not its escapes (``\\S`` is not ``\\s``)."""
    return re.sub(r"(\\.)|([^\\]+)", lambda m: m.group(1) or m.group(2).lower(), fragment)
