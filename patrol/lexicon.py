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
from collections.abc import Iterable
from importlib import resources

# Scripts that write words without spaces between them (Thai, Lao, Myanmar, Khmer, Japanese kana, CJK
# ideographs: "大麻リキッド", "冰毒1克"): there a word may begin or end at any character.
NOSPACE = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD_CHAR = f"[^\\W{NOSPACE}]"  # a letter, digit or underscore of a script that spaces its words
WORD_START = f"(?<!{WORD_CHAR})"
WORD_END = f"(?!{WORD_CHAR})"
NUMBER_START = rf"(?<![.,]){WORD_START}"  # not inside a word or a longer number; "冰毒500元" is fine
_STEM = re.compile(r"(?<!\\)[^\W\d_]\*$")


def alternation(words: Iterable[str]) -> str:
    """Literal words as one regex alternation, longest first, so that "grams" is tried before "g"."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def compile_words(fragments: Iterable[str], *, extra: str = "") -> re.Pattern:
    """One pattern for a word list, each word from a word start to a word end. ``extra``:
    a lower-case alternative matched as is (amounts, say)."""
    alts = [_lower(f[:-1] + r"\w*" if _STEM.search(f) else f) for f in fragments]
    body = WORD_START + "(?:" + _by_first_letter(alts) + ")" + WORD_END
    return re.compile(f"(?:{extra})|{body}" if extra else body)


def _by_first_letter(alts: list[str]) -> str:
    """The alternatives grouped under their first letter where it is a plain one ("s(?:ale|hip)"):
    at each word start the engine then tries one branch per letter instead of one per word (the
    lists hold hundreds, in thirty languages). An alternative that starts otherwise or holds a "|"
    ("(?:was|were) seen", "\\d+ rounds") stays where it was, between groups, so the first alternative
    to match is the same as in the plain alternation."""
    out: list[str] = []
    groups: dict[str, list[str]] = {}
    for a in [*alts, None]:
        if a is not None and a[:1].isalnum() and a[1:2] not in ("?", "*", "+", "{") and "|" not in a:
            groups.setdefault(a[0], []).append(a[1:])
            continue
        out += [f"{c}(?:{'|'.join(f'(?:{t})' for t in tails)})" for c, tails in groups.items()]
        groups = {}
        if a is not None:
            out.append(f"(?:{a})")
    return "|".join(out)


def compile_file(package: str, path: str, *, extra: str = "") -> re.Pattern:
    """One pattern for every language's list in a package's JSON file (keys starting with
    "_" are notes)."""
    data = json.loads(resources.files(package).joinpath(path).read_text("utf-8"))
    return compile_words((w for lang, ws in data.items() if not lang.startswith("_") for w in ws), extra=extra)


def lower(text: str) -> str:
    """``text`` in lower case, one character for one, so that match offsets are offsets in
    ``text`` (a few letters grow when lower-cased: "İ" is "i̇"; they are kept as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _lower(fragment: str) -> str:
    """Lower-case a regex fragment but not its escapes (``\\S`` is not ``\\s``)."""
    return re.sub(r"(\\.)|([^\\]+)", lambda m: m.group(1) or m.group(2).lower(), fragment)
