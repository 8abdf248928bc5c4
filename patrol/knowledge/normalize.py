"""Keys under which substance names are indexed and looked up.

A name is folded to a *compact key*: Unicode-normalised, lower-cased, accents kept
(cocaína ≠ cocaina would lose nothing, but Cyrillic and Greek letters must stay),
Cyrillic and Greek look-alikes mapped to Latin when the string mixes scripts and is mostly
Latin ("сocaine" with a Cyrillic с), Latin ones to Cyrillic when it is mostly Cyrillic ("Мeфедрон"
with a Latin e; a purely Cyrillic name is left alone, but for Ukrainian
і/ї/є/ґ read as Russian и/и/е/г; a Greek one loses its accents and diaereses, "ΚΟΚΑΪΝΗ" and "κοκαΐνη" sharing a
key), a Greek α/β/γ standing alone spelled out ("α-PVP"),
and every separator removed: "5-MeO-DMT", "5 meo dmt" and "5MeO DMT" all become
``5meodmt``; "m-d-m-a" becomes ``mdma``.

A second, *de-leeted* key maps digits and symbols used as letters ("c0ke",
"k3tamine", "$peed") to letters. It is tried only for names that do not resolve
as written, because digits are meaningful in chemical codes (2C-B, 4-FA, 25I-NBOMe).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Cyrillic and Greek letters that look like Latin ones. Applied only to strings that
# also contain Latin letters, so Russian names (мефедрон) are left alone.
_CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "с": "c", "е": "e", "ё": "e", "н": "h", "і": "i", "ј": "j", "к": "k", "м": "m",
    "о": "o", "р": "p", "ѕ": "s", "т": "t", "у": "y", "х": "x", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ο": "o", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "ρ": "p", "χ": "x", "ϲ": "c",
})
_GREEK_LOOKALIKES = frozenset(chr(c) for c in _CONFUSABLES if 0x0370 <= c <= 0x03FF)
# Greek capitals that look like Latin ones ("ΜDΜΑ" with Greek Μ and Α), read before case folding makes them
# letters of their own (μ, α), in a word that has a Latin letter too
_GREEK_CAPITALS = str.maketrans({"Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
                                 "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X"})
# Ukrainian letters folded to their Russian counterparts, so that the KB's Russian names
# match Ukrainian text: "амфетамін" and "амфетамин", "героїн" and "героин" share a key.
_UKRAINIAN = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})
# Greek's accents and diaereses dropped: capitals are written without the accent ("ΚΟΚΑΪΝΗ" for κοκαΐνη) and chat
# often without either ("κοκαινη"); "ΐ" and "ΰ" lose theirs in case folding already (they fold to three characters)
_GREEK_ACCENTS = {"ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω", "ϊ": "ι", "ϋ": "υ"}
_OWN_SCRIPT = str.maketrans({**{chr(k): v for k, v in _UKRAINIAN.items()}, **_GREEK_ACCENTS})
# The other way round, for a Cyrillic word with Latin look-alikes slipped in ("Мeфедрон" with a Latin e).
_TO_CYRILLIC = str.maketrans({"a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "и", "k": "к", "m": "м",
                              "o": "о", "p": "р", "t": "т", "x": "х", "y": "у", **_UKRAINIAN})
_LATIN_LOOKALIKES = frozenset(chr(c) for c in _TO_CYRILLIC if chr(c).isascii())
_CYRILLIC_LOOKALIKES = frozenset(chr(c) for c in _CONFUSABLES if 0x0400 <= c <= 0x04FF)
_GREEK_PREFIXES = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ω": "omega"}
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
                       "!": "i", "|": "l", "€": "e", "9": "g"})
_KEEP_SYMBOLS = set("@$!|€")  # kept in the raw key so that the de-leet key can read them


# Vowel signs, tone marks and viramas of the Indic and Southeast Asian scripts (Devanagari to Sinhala, Thai,
# Lao, Myanmar, Khmer) combine with a letter but are not letters themselves; dropped, they would give ยาบ้า
# (yaba) and ยาบา one key, and make गांजा (ganja) गज (elephant). Hebrew and Arabic vowel points stay out:
# they are optional, and mostly not written.
_WORD_MARKS = frozenset(chr(c) for lo, hi in ((0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
                        for c in range(lo, hi + 1) if unicodedata.category(chr(c)) in ("Mn", "Mc"))


def is_key_char(ch: str) -> bool:
    """Does ``ch`` belong in a compact key (a letter, a digit, a vowel sign of a script above)?"""
    return ch.isalnum() or ch in _WORD_MARKS


def _is_latin(ch: str) -> bool:
    return "a" <= ch <= "z"


def _latin_capitals(word: str) -> str:
    """``word`` with its Greek capital look-alikes in Latin, where it has a Latin letter; one for one."""
    return word.translate(_GREEK_CAPITALS) if any(c.isascii() and c.isalpha() for c in word) else word


def _fold(text: str, capitals: bool = True) -> str:
    text = _spelled(unicodedata.normalize("NFKC", _latin_capitals(text) if capitals else text).casefold())
    table = _script_table(text)
    return text.translate(table) if table else text


def _spelled(text: str) -> str:
    if not any(c in _GREEK_PREFIXES for c in text):
        return text
    latin = any(_is_latin(c) for c in text)
    return "".join(_spell(c, text, j, latin) for j, c in enumerate(text))


def fold_chars(word: str) -> list[str]:
    """``word`` folded a character at a time, for offsets when folding changes its length ("ß" to
    "ss", "ΐ" to three characters), each character as it is folded inside the whole word."""
    word = _latin_capitals(word)
    folded = unicodedata.normalize("NFKC", word).casefold()
    table = _script_table(_spelled(folded))
    latin = any(_is_latin(c) for c in folded)
    each = [unicodedata.normalize("NFKC", ch).casefold() for ch in word]
    # the neighbours as folded, one character each, so that a sign read as Greek ("µ", micro) counts as Greek
    context = "".join(f[:1] or ch for f, ch in zip(each, word))
    out = []
    for j, f in enumerate(each):
        f = _spell(f, context, j, latin)
        out.append(f.translate(table) if table else f)
    return out


def _spell(folded: str, text: str, j: int, latin: bool) -> str:
    """``folded`` (the character ``text[j]``, folded) with a lone α, β, γ, δ, ω spelled out."""
    if folded in _GREEK_PREFIXES and not _greek_beside(text, j, latin):
        return _GREEK_PREFIXES[folded]
    return folded


def _greek_beside(text: str, j: int, latin: bool) -> bool:
    """Is the nearest letter or digit on either side of ``text[j]`` Greek? Then α, β, γ are letters
    of a Greek word ("κοκαΐνη"), not the prefixes of a chemical name ("α-PVP", "αPVP"). In a text
    with Latin letters, a Greek look-alike (ι, ο) counts as the Latin letter it is read as."""
    for side in (reversed(text[:j]), text[j + 1:]):
        near = next((c for c in side if c.isalnum()), "")
        greek = "\u0370" <= near <= "\u03ff" or "\u1f00" <= near <= "\u1fff"
        if greek and not (latin and near.lower() in _GREEK_LOOKALIKES):
            return True
    return False


def _script_table(text: str) -> dict | None:
    """Look-alikes are read in the script whose own letters (those with no look-alike) the word has more
    of: "сocaine" is Latin (n), "Мeфедрон" Cyrillic (ф, д), "KOKAИH" Cyrillic (И); then the one with
    more letters; a tie is Latin."""
    if not any("\u0370" <= c <= "\u04ff" for c in text):
        return None
    latin = [c for c in text if _is_latin(c)]
    if not latin:
        return _OWN_SCRIPT
    cyrillic = [c for c in text if "\u0400" <= c <= "\u04ff"]
    own_latin = sum(c not in _LATIN_LOOKALIKES for c in latin)
    own_cyrillic = sum(c not in _CYRILLIC_LOOKALIKES for c in cyrillic)
    return _TO_CYRILLIC if (own_cyrillic, len(cyrillic)) > (own_latin, len(latin)) else _CONFUSABLES


def unmixed(word: str) -> str:
    """A lower-case ``word`` that mixes Latin letters with Cyrillic or Greek look-alikes ("сolombian" with a
    Cyrillic с), read in one script; one character for one, so offsets in it hold."""
    if not any(_is_latin(c) for c in word):
        return word  # no mix: a Cyrillic or Greek word stays as it is written
    table = _script_table(word)
    return word.translate(table) if table else word


@lru_cache(maxsize=1 << 16)
def compact_key(name: str) -> str:
    """Letters and digits only, folded: the primary index key (cached: mentions repeat)."""
    return "".join(c for c in _fold(name) if is_key_char(c))


def deleet(text: str) -> str:
    """``text`` with digits and symbols read as letters, a character for a character (offsets hold)."""
    return text.translate(_LEET)


def leet_key(name: str) -> str:
    """Compact key with digits and symbols read as letters."""
    return "".join(c for c in deleet(_fold(name)) if is_key_char(c))


def is_short_key(key: str) -> bool:
    """One or two letters of an alphabet ("x", "e", "2c"): a name that would hit inside almost any word.
    Two syllables or ideographs ("대마", "大麻") make a whole word."""
    return len(key) <= 2 and all(c < "\u1100" for c in key)


def has_leet(name: str) -> bool:
    return any(c.isdigit() or c in _KEEP_SYMBOLS for c in name)
