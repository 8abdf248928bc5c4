"""Amounts written in words ("two grams of coke for a hundred quid", "veinte euros", "duas toneladas"), as a voice
message's transcript, a chat or a news report writes them, rewritten in digits for the recognizers to read.

Only a run of number words (data/number_words.json) right before a unit or a currency word is rewritten, so "one of
the best" and "two friends" stay as written. The digits are right-aligned in the run's place and padded with spaces
before them ("two grams" reads "  2 grams"), so every offset holds; a mention that starts inside a run is widened to
it (``widen``). text2num parses the run in the text's language; Russian, Ukrainian, Polish, Czech, Bulgarian and
Serbo-Croatian runs, which it lacks, are added up from the words' values in the data file. A text in another
language is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from text_to_num import text2num

from patrol.lexicon import alternation, package_json
from patrol.recognizers.price import CODES, SLANG
from patrol.recognizers.quantity import UNITS

MAX_PARTS = 8  # number words in one run: "two hundred and fifty thousand" is six
# a word of what the amount is of, between it and its unit: "dos millones de pastillas", "two tonnes of"
_OF = r"(?:(?:of|de|di|do|da|del|dei|van)\s+)?"


@cache
def _words() -> dict[str, dict]:
    return {k: v for k, v in package_json("patrol.recognizers", "data/number_words.json").items() if not k.startswith("_")}


def _vocabulary(data: dict) -> list[str]:
    """A language's number words: text2num's languages list them, the Slavic ones give their values."""
    return data.get("words") or [*data["values"], *data["hundreds"], *data["large"]]


def _added_up(words: str, data: dict) -> int:
    """The number a run of Slavic number words makes ("две тысячи пятьсот", "tisíc dvě stě"): text2num has none of
    these languages, and their numbers are sums, hundreds and thousands multiplying what stands before them."""
    total = current = 0
    for word in re.findall(r"[\w'’ʼ]+", words.lower()):
        if word in data["joiners"]:
            continue
        if word in data["hundreds"]:
            current = (current or 1) * 100
        elif word in data["large"]:
            total, current = total + (current or 1) * data["large"][word], 0
        elif word in data["values"]:
            current += data["values"][word]
        else:
            raise ValueError(word)  # words run together ("двадцатьпять"): no number this reads
    return total + current


def _number(words: str, language: str) -> int:
    data = _words()[language]
    return _added_up(words, data) if "values" in data else text2num(words, language)


LANGUAGES = frozenset(_words())


def _after() -> str:
    """The words a rewritten run must come right before: units and currencies written as words of two letters or
    more ("grams", "kilos", "pills", "euros", "quid"; not "g", which follows digits, not words)."""
    words = [w for w in (*UNITS, *CODES, *SLANG) if len(w) > 1 and w.isalpha()]
    return rf"\s+{_OF}(?:{alternation(words)})(?!\w)"


@cache
def _run(language: str) -> re.Pattern:
    """A run of the language's number words (run together too: "ventidue", "dreiundzwanzig"), joined by spaces,
    hyphens or the language's "and", right before a unit or a currency word."""
    data = _words()[language]
    word = rf"(?:{alternation(_vocabulary(data))}){{1,6}}"
    joiners = rf"(?:(?:{'|'.join(data['joiners'])})\s+)?" if data["joiners"] else ""
    joint = rf"(?:\s*-\s*|\s+{joiners})"
    # not a multiplier after digits ("9 millions de comprimés", "35 Millionen Euro"): the recognizers read those
    return re.compile(rf"(?<![\w-])(?<!\d\s)(?<![\d.,]){word}(?:{joint}{word}){{0,{MAX_PARTS - 1}}}(?={_after()})", re.IGNORECASE)


def prepare() -> None:
    """Compile every language's pattern now, so that forked workers share them instead of each building them."""
    for language in LANGUAGES:
        _run(language)


def rewrite(text: str, language: str | None) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with each amount's number words in digits, one character for one, and the spans rewritten."""
    if language not in LANGUAGES:
        return text, ()
    out, runs, last = [], [], 0
    for m in _run(language).finditer(text):
        words = m.group()
        try:
            number = _number(words, language)
        except ValueError:
            continue  # words of numbers that make no number: "cent dix cent"
        digits = str(number)
        if len(digits) > len(words) or (number == 1 and "words" in _words()[language]
                                        and not re.search(r"[\s-]", words)):
            continue  # "un gramme", "one gram": the word amounts the quantity recognizer reads ("один грамм" it
            # does not)
        out += [text[last:m.start()], " " * (len(words) - len(digits)), digits]
        runs.append(m.span())
        last = m.end()
    if not runs:
        return text, ()
    return "".join(out) + text[last:], tuple(runs)


def widen(start: int, runs: tuple[tuple[int, int], ...]) -> int:
    """Where a mention that starts at ``start`` starts in the text: at its run of words, if it starts inside one."""
    for a, b in runs:
        if a <= start < b:
            return a
    return start
