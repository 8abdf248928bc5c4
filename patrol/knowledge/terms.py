"""Tokens that could be substance names, and what their spelling says about them.

Novel substances are named by chemists and vendors in a few recognisable ways: systematic
fragments (fluoro-, methyl-), class affixes (-azolam, -PINACA, NBOMe) and lab codes
(5F-PB22, U-47700, 3-MMC). ``morphology`` scores a compact key against rules kept as
data (curation/morphology.json); ``candidate_tokens`` cuts running text into such tokens,
joining a short numeric prefix to its stem ("5F PB-22" → "5F PB-22", key ``5fpb22``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from patrol.knowledge.normalize import compact_key

DATA = Path(__file__).parent / "curation"
STRENGTH = {"strong": 1.0, "code": 0.7, "weak": 0.25}

_TOKEN = re.compile(r"[^\W_](?:[\w.\u2010\u2011-]*[^\W_])?", re.UNICODE)
_PREFIX = re.compile(r"^\d{1,2}[A-Za-z]{1,2}$")
# Quantities, doses, prices, dates, sizes and counts: numbers with a unit are never names.
_NOT_A_NAME = re.compile(
    r"^(?:\d+(?:[.,]\d+)*(?:k|m|x|g|gr|gram|grams|mg|ug|mcg|µg|kg|oz|lb|lbs|ml|cl|l|pcs|pc|pack|pills?|tabs?|caps?|"
    r"blotters?|hits?|st|nd|rd|th|h|hr|hrs|d|days?|am|pm|usd|eur|gbp|btc|xmr|ltc|eth|k?b|mb|gb|p|s|ct|cm|mm|"
    r"percent|pct|er|ir|sr|xr|cr|la)?|x\d+|\d+x\d+\w*|\d{4}-\d{2}(?:-\d{2})?|v\d+(?:\.\d+)*)$",
    re.I)
# A number with a unit glued to more text ("25mgx100", "1ozHigh", "5xFentanyl") is a quantity, not a name.
_QUANTITY_HEAD = re.compile(r"^\d+(?:[.,]\d+)?(?:mg|gm|gms|gr|ug|mcg|kg|oz|ml|lb|lbs|pcs|g(?=x|\d))|^\d+x(?=[a-z]{4})", re.I)
_FRAGMENTS = {"fluoro", "chloro", "bromo", "iodo", "methyl", "ethyl", "propyl", "butyl", "phenyl", "benzyl",
              "methoxy", "ethoxy", "hydroxy", "cyclo", "amine", "amino", "nitro"}


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True, slots=True)
class Morphology:
    strength: float  # 0 when the spelling says nothing
    group: str | None
    rule: str | None


@cache
def _rules() -> list[tuple[re.Pattern, float, str | None, str]]:
    spec = json.loads((DATA / "morphology.json").read_text(encoding="utf-8"))
    return [(re.compile(r["pattern"]), STRENGTH[r["strength"]], r.get("group"), r["strength"])
            for r in spec["rules"]]


@cache
def morphology(key: str) -> Morphology:
    """The strongest rule the key matches; a class affix with a group beats a bare fragment."""
    best = Morphology(0.0, None, None)
    for rx, strength, group, name in _rules():
        if rx.search(key) and (strength, group is not None) > (best.strength, best.group is not None):
            best = Morphology(strength, group, f"{name}:{rx.pattern[:40]}")
    return best


def class_group(key: str) -> str | None:
    """The effect group a substance class's affix in ``key``'s spelling gives ("3cec": stimulant, "gidazepam":
    sedative_hypnotic), or None: lab codes and systematic fragments name no class."""
    found = class_affix(key)
    return found[0] if found else None


def class_affix(key: str) -> tuple[str, int] | None:
    """The group a class affix in ``key`` gives and how many letters of ``key`` it spans ("gidazepam": the six of
    "azepam"; "arabica": the four of "bica"), by the first strong rule with a group that matches."""
    for rx, strength, group, _name in _rules():
        if group and strength >= STRENGTH["strong"] and (m := rx.search(key)):
            return group, len(m.group())
    return None


def plausible(key: str) -> bool:
    """Cheap shape checks before any scoring: length, not a number with a unit, not a bare fragment."""
    if not 3 <= len(key) <= 40 or key in _FRAGMENTS:
        return False
    if not any(c.isalpha() for c in key) or _NOT_A_NAME.match(key) or _QUANTITY_HEAD.match(key):
        return False
    return key not in _not_substances()


@cache
def _not_substances() -> frozenset[str]:
    spec = json.loads((DATA / "not_substances.json").read_text(encoding="utf-8"))
    return frozenset(w for k, words in spec.items() if not k.startswith("_") for w in words)


def candidate_tokens(text: str) -> list[Token]:
    """Tokens with hyphens and dots inside kept, and a short prefix ("5F", "25I") joined to
    the token after it when only a space or hyphen separates them."""
    raw = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[Token] = []
    i = 0
    while i < len(raw):
        s, e = raw[i]
        word = text[s:e].rstrip(".")
        e = s + len(word)
        if (_PREFIX.match(word) and not _NOT_A_NAME.match(word) and i + 1 < len(raw) and raw[i + 1][0] - e == 1 and text[e] in " -"
                and not _NOT_A_NAME.match(text[raw[i + 1][0]:raw[i + 1][1]])):
            e = raw[i + 1][1]
            word = text[s:e].rstrip(".")
            e = s + len(word)
            i += 1
        key = compact_key(word)
        if plausible(key):
            out.append(Token(s, e, word, key))
        i += 1
    return out
