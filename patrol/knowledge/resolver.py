"""Name → substances, and text → substance mentions.

Built once per knowledge base: a dict of compact keys for lookups, a second one of
de-leeted keys, a rapidfuzz fallback for misspellings no lexicon lists, and an
Aho-Corasick automaton for scanning text.

Confidence of a candidate (documented in docs/knowledge.md):
    base(kind) × share among the substances that claim the same name
    × 0.5 when the alias is also an ordinary word ("ice", "snow") and the context
      does not say drugs; × 0.9 for a de-leeted match; × similarity for a fuzzy one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

import ahocorasick
import numpy as np
from rapidfuzz import fuzz, process

from patrol.knowledge.kb import KnowledgeBase
from patrol.knowledge.normalize import (
    _fold,
    compact_key,
    fold_chars,
    has_leet,
    is_key_char,
    is_short_key,
    leet_key,
)
from patrol.lexicon import (
    NOSPACE,
    alternation,
    compile_file,
    compile_words,
    is_function_word,
    lower,
    package_json,
)
from patrol.model import Substance
from patrol.recognizers.price import CODES, SYMBOLS
from patrol.recognizers.quantity import FOR_ONE, NO_AMOUNT_AFTER, UNITS

BASE = {"name": 0.99, "code": 0.98, "synonym": 0.97, "brand": 0.95, "translation": 0.95, "misspelling": 0.92,
        "slang": 0.85}
WEIGHT = {"name": 10, "code": 5, "synonym": 4, "brand": 3, "translation": 3, "misspelling": 2, "slang": 1}
SECONDARY = 0.25  # weight kept by other claimants of a name that is one substance's canonical name
COMMON_PENALTY = 0.5
STOPWORD_PENALTY = 0.3
LEET_FACTOR = 0.9
FUZZY_CUTOFF = 85
FUZZY_MIN_LEN = 5
FORMAL_KINDS = {"name", "code"}
STRONG_KINDS = {"name", "code", "synonym", "translation"}  # RedMed's "known names" (brand) include slang


def _amount() -> str:
    """An amount with a unit or a currency ("2 gr", "10 pills", "20€", "40 reais"), or a price with none for a gram
    or an eighth as chat writes it ("80 a g", "35 an eighth"), a part of an ounce ("1/8 £25", "1/4 oz"), but no rate
    ("20 kg per square metre"), from the quantity and price recognizers' own tables so that a unit or currency they
    read is market context too."""
    units, codes = alternation(UNITS), alternation(CODES)
    symbols = alternation({s.lower() for s in SYMBOLS})  # text is lower-cased
    return (rf"\d+(?:[.,]\d+)?\s?(?:{units})(?!\w)(?!{NO_AMOUNT_AFTER.pattern})|(?:{symbols})\s?\d"
            rf"|\d+(?:[.,]\d+)?\s?(?:(?:{symbols})|(?:{codes})(?!\w)(?!{NO_AMOUNT_AFTER.pattern}))"
            rf"|\d+(?:[.,]\d+)?\s{FOR_ONE}"
            rf"|(?<![\d/])1/[248](?=\s?(?:oz|ounces?)(?!\w)|\s?[-:]?\s?(?:{symbols})\s?\d)")


AMOUNT = _amount()


def _market_context() -> re.Pattern:
    """Market words (curation/market_context.json) and amounts, which make an
    ordinary-word alias ("ice", "cristal") read as a drug name nearby."""
    return compile_file("patrol.knowledge", "curation/market_context.json", extra=AMOUNT)


MARKET_CONTEXT = _market_context()
_ALIAS_WORD = re.compile(r"[^\W_]+")
_JOINERS = frozenset(".-'’")
_LIST_MARKS = frozenset(",;|)]")  # a list's items are no name, nor does one go on past a closing bracket ("(LSD) 25")
COUNT_BEFORE = re.compile(r"(?<![\w.,])\d{1,6}(?:[.,]\d+)?\s?[x×]?\s$")  # "500 XTC", "100 tabs": a count of what follows
# "consumo de crack", "trafic de crack": a word of use or trade right before a name that is an ordinary word by
# its frequency in English (curation/use_before.json); not before one the curation calls an everyday word of the
# text's languages ("consumo de chocolate")
# a name may stand in quotes, as news writes slang ("'ice' use", "la «coca» consumée"), and emoji may follow it
# ("Pineapple Express 🍍 strain")
_OPEN, _CLOSE = r"[\"'‘“«]?", r"[\"'’”»]?(?:\s?[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)*"
USE_BEFORE = re.compile(rf"(?:{compile_file('patrol.knowledge', 'curation/use_before.json').pattern})\s*{_OPEN}\Z")
USE_REACH = 32  # characters before a name that a word of use is looked for in
# "Ice use among young Australians", "crack users": a word of use right after such a name (curation/use_after.json)
USE_AFTER = re.compile(rf"{_CLOSE}\s+(?:{compile_file('patrol.knowledge', 'curation/use_after.json').pattern})")


@cache
def _drug_use() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """Each drug's own words of use, before and after its name (curation/drug_use.json)."""
    data = package_json("patrol.knowledge", "curation/drug_use.json")
    return {sid: (re.compile(rf"(?:{compile_words(w['before']).pattern})\s*{_OPEN}\Z"),
                  re.compile(rf"{_CLOSE}\s+(?:{compile_words(w['after']).pattern})"))
            for sid, w in data.items() if not sid.startswith("_")}


def _used_as(low: str, a: int, b: int, entries) -> set[str]:
    """"smoking weed", "acid trip", "Pineapple Express strain": the drugs the name can be that a word of using one
    of them, right before or after it, names (the strain is cannabis's, not the spice blend's of that name)."""
    uses = _drug_use()
    return {sid for sid in {e.substance_id for e in entries}
            if (rx := uses.get(sid)) and (rx[0].search(low[max(0, a - USE_REACH):a]) or rx[1].match(low, b, b + USE_REACH))}


@cache
def _everyday_words() -> frozenset[str]:
    words = package_json("patrol.knowledge", "curation/translations.json")["_ordinary_words"]
    return frozenset(map(compact_key, words))


@dataclass(slots=True, frozen=True)
class Entry:
    substance_id: str
    alias: str
    kind: str
    source: str
    common_word: bool
    stopword: bool
    ordinary_in: frozenset[str] = frozenset()
    named_langs: frozenset[str] = frozenset()  # languages whose name for the drug this is (curation translations)
    acronym: bool = False  # a synonym or slang written in capitals ("DHE", "RIP", "BMW")

    def ordinary(self, language: str | None, lowercase: bool = False) -> bool:
        """An ordinary word here: everywhere, or in the text's language; or an acronym written in
        lower case ("dhe" is Albanian "and", not dihydroetorphine; "rip", "omg" are chat), unless it is the
        drug's name in the text's language, which writes it so (Dutch "xtc")."""
        return self.common_word or language in self.ordinary_in or (lowercase and self.acronym
                                                                     and not self.named_in(language))

    def named_in(self, language: str | None) -> bool:
        """The drug's name in ``language`` (the curation's translations)."""
        return language in self.named_langs

    def skipped(self, language: str | None) -> bool:
        """Not looked for in this text: a stopword, unless the drug's name in the text's own language (a
        two-letter one, "fű" in Hungarian, "MD" in Portuguese, is then an ordinary word that needs context)."""
        return self.stopword and not self.named_in(language)

    @property
    def weight(self) -> float:
        """Kind weight × number of sources attesting this name for this substance."""
        return WEIGHT.get(self.kind, 1) * (self.source.count(",") + 1)


@dataclass(slots=True)
class Match:
    substance: Substance
    confidence: float
    matched_alias: str
    how: str  # exact, deleet, fuzzy

    def public(self) -> dict:
        s = self.substance
        return {"substance_id": s.id, "name": s.name, "effect_group": s.effect_group,
                "control": [c.public() for c in s.controls], "confidence": round(self.confidence, 3),
                "matched_alias": self.matched_alias}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    matches: list[Match]
    market: bool = False  # market, dosing or use words, or an amount, within reach


class Resolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.exact: dict[str, list[Entry]] = defaultdict(list)
        self.leet: dict[str, list[Entry]] = defaultdict(list)
        for s in kb.substances.values():
            for a in s.aliases:
                acronym = a.kind != "name" and len(a.name) <= 4 and a.name.isalpha() and a.name.isupper()
                e = Entry(s.id, a.name, a.kind, a.source, a.common_word, a.stopword, frozenset(a.ordinary_in),
                          frozenset(a.lang.split(",")) if a.lang else frozenset(), acronym)
                key = compact_key(a.name)
                if key and all(x.substance_id != s.id for x in self.exact[key]):
                    self.exact[key].append(e)
                lk = leet_key(a.name)
                if lk and not any(c.isdigit() for c in a.name) and all(x.substance_id != s.id for x in self.leet[lk]):
                    self.leet[lk].append(e)
        # names no everyday word hides, and the one- and two-letter ones, looked up for every word of a text
        self._strong_keys = frozenset(k for k, entries in self.exact.items()
                                      if any(e.kind in STRONG_KINDS and not e.common_word and not e.stopword
                                             for e in entries))
        self._short_keys = frozenset(k for k in self.exact if is_short_key(k))
        # Fuzzy candidates bucketed by length: a ratio of 85+ needs lengths within ~15%.
        self._fuzzy_by_len: dict[int, list[str]] = defaultdict(list)
        for k in self.exact:
            if len(k) >= FUZZY_MIN_LEN:
                self._fuzzy_by_len[len(k)].append(k)

    # -- lookup ------------------------------------------------------------------------------
    def knows(self, name: str) -> bool:
        """Whether the KB has this name as written or de-leeted ("c0ke"), without fuzzy guessing.
        A leading digit is chemistry (4-FA), not leetspeak."""
        key = compact_key(name)
        return key in self.exact or (has_leet(name) and not name[:1].isdigit() and leet_key(name) in self.leet)

    def keys(self) -> list[str]:
        return list(self.exact)

    def lookup(self, name: str, context: str | None = None, limit: int = 5) -> list[Match]:
        key = compact_key(name)
        if not key:
            return []
        market, mentioned = self.context_signals(context)
        found = self._rank(self.exact.get(key, ()), "exact", 1.0, market, mentioned)
        if not found and has_leet(name):
            found = self._rank(self.leet.get(leet_key(name), ()), "deleet", LEET_FACTOR, market, mentioned)
        if not found and len(key) >= FUZZY_MIN_LEN:
            spread = max(1, len(key) * (100 - FUZZY_CUTOFF) // 100 + 1)
            pool = [k for n in range(len(key) - spread, len(key) + spread + 1) for k in self._fuzzy_by_len.get(n, ())]
            for cand, score, _ in process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit):
                found.extend(self._rank(self.exact[cand], "fuzzy", LEET_FACTOR * score / 100, market, mentioned))
        best: dict[str, Match] = {}
        for m in found:
            if m.substance.id not in best or m.confidence > best[m.substance.id].confidence:
                best[m.substance.id] = m
        return sorted(best.values(), key=lambda m: (-m.confidence, m.substance.id))[:limit]

    def context_signals(self, context: str | None) -> tuple[bool, set[str]]:
        """Whether the context reads like a drug market, and which substances it names
        unambiguously (by a name that is not also an ordinary word)."""
        if not context:
            return False, set()
        return bool(MARKET_CONTEXT.search(lower(context))), {sid for _s, _e, sid in self._unambiguous(self._spans(context))}

    def _rank(self, entries, how: str, factor: float, market: bool, mentioned: set[str],
              language: str | None = None, lowercase: bool = False) -> list[Match]:
        if not entries:
            return []
        has_name = any(e.kind == "name" for e in entries)
        weights = []
        for e in entries:
            w = e.weight * (3 if e.substance_id in mentioned else 1)
            if has_name and e.kind != "name":
                w *= SECONDARY
            weights.append(w)
        total = sum(weights)
        out = []
        for e, w in zip(entries, weights):
            conf = BASE.get(e.kind, 0.8) * factor * (w / total)
            if e.skipped(language):
                conf *= STOPWORD_PENALTY
            elif e.ordinary(language, lowercase) and not market and e.substance_id not in mentioned:
                conf *= COMMON_PENALTY
            out.append(Match(self.kb.substances[e.substance_id], conf, e.alias, how))
        return out

    # -- scanning --------------------------------------------------------------------------------
    @cached_property
    def automaton(self) -> ahocorasick.Automaton:
        """Keys but the shortest: one- and two-letter names ("x", "e", "2c") would hit inside
        almost every word; they are matched as whole tokens (normalize.is_short_key).
        Each word maps to (key, word length, script): Russian names also match with a case ending
        ("мефедрона", "кокаином"), and a name ending in a vowel, a soft sign or a plural ending by its
        stem too ("марихуаны" for "марихуана", "бензодиазепинами"); Korean names with a particle ("대마를"); Arabic
        and Hebrew names after the article or a conjunction ("الحشيش", "والكوكايين", "הגראס"); a drug's own name
        ending in a or e with the vowel lengthened, as Hungarian writes it before a case ending ("marihuánát"); one
        ending in a by its stem, as Slavic languages in Latin script replace the a ("marihuane", "marihuanę")."""
        a = ahocorasick.Automaton()
        for key, entries in self.exact.items():
            if not is_short_key(key) and self._scannable(entries):
                script = _affix_script(key)
                a.add_word(key, (key, len(key), script))
                stem = key[:-1]
                if script == "ru" and key[-1] in _STEM_FINAL and stem not in self.exact:
                    a.add_word(stem, (key, len(stem), script))
                if key[-1:] in _LENGTHENED and len(key) >= MIN_CASE_HEAD and self._strong(key):
                    if (long := stem + _LENGTHENED[key[-1]]) not in self.exact:
                        a.add_word(long, (key, len(key), LENGTHENED))
                    if key[-1] == "a" and stem not in self.exact:
                        a.add_word(stem, (key, len(stem), FINAL_A))
        a.make_automaton()
        return a

    @cached_property
    def _named_stems(self) -> dict[str, str]:
        """The stems of drugs' own names ending in a that are names of their own too, so not in the automaton as
        FINAL_A stems ("buprenorfin", a misspelling, of "buprenorfina": "buprenorfiny" is read at scan time); not
        everyday words' ("alkoholu" is Latvian for alcohol)."""
        return {key[:-1]: key for key, entries in self.exact.items()
                if key[-1:] == "a" and key[:-1] in self.exact and self._strong(key)
                and all(self.kb.substances[e.substance_id].category != "everyday" for e in entries)}

    def _spans(self, text: str, language: str | None = None) -> list[tuple[int, int, str]]:
        """Longest whole-word matches as (start, end, key) in ``text`` offsets."""
        compact, offsets, starts, ends = _compact_with_offsets(text)
        if not compact:
            return []
        spans = []
        for end, (key, length, script) in self.automaton.iter(compact):
            start = end - length + 1
            if not starts[start]:
                # Hebrew and Arabic write their prefixes onto a name in Latin letters too ("בGHB", with GHB)
                prefixed = script if script is not None else _affix_script(compact[start - 1])
                start = _prefix_start(compact, starts, start, prefixed) if prefixed in PREFIXES else None
                if start is None:
                    continue
            if ends[end] and length == len(key):
                if script != LENGTHENED and self._split_as_written(text, compact, offsets, starts, start, end,
                                                                   key, language):
                    spans.append((start, end, key))
                continue
            # "#cocaineforsale": a hashtag runs its words together; read it as a compound with tails of its own
            compound, least = (HASHTAG, MIN_HASHTAG_HEAD) if offsets[start] and text[offsets[start] - 1] == "#" \
                else (language, MIN_COMPOUND_HEAD)
            if script == LENGTHENED and compound != "hu":
                continue
            if script == FINAL_A:
                endings = _final_a().get(compound)
                if endings and not any(ends[start:end]) and (tail := _tail(compact, ends, end)) in endings:
                    spans.append((start, end + len(tail), key))
                continue
            if length == len(key) and (full := self._named_stems.get(key)) and not any(ends[start:end]) \
                    and (endings := _final_a().get(compound)) and (tail := _tail(compact, ends, end)) in endings:
                spans.append((start, end + len(tail), full))  # "buprenorfiny"
                continue
            # (in any language: a compound's long tails are read in all, _compound_tail)
            if script in SUFFIXES or (length == len(key) >= least and (self._strong(key) or compound == HASHTAG)
                                      and not any(ends[start:end])):  # in one word
                tail = _tail(compact, ends, end)
                if script not in SUFFIXES and not self._strong(key) and tail not in _hashtag_sale_tails():
                    continue  # an everyday word in a hashtag only with a tail that says it is for sale ("#weedforsale")
                if tail in SUFFIXES.get(script, ()) or (script not in SUFFIXES
                                                         and _compound_tail(tail, compound, length >= MIN_CASE_HEAD)):
                    spans.append((start, end + len(tail), key))
        for tok in _SHORT_TOKEN.finditer(text):
            key = _short_key(tok.group())
            if key in self._short_keys and self._scannable(self.exact[key], language):
                i = bisect_left(offsets, tok.start())
                spans.append((i, i + len(key) - 1, key))
        spans += self._leet_spans(text, offsets)
        if _RUN.search(text):
            spans += self._stretched_spans(text, offsets, language)
        if not text.isascii():
            spans += self._accent_spans(text, offsets, language)
        # Overlaps: a real name beats street slang that contains it ("White DMT" is a
        # DEA street name for cocaine; the DMT in it is the product), then longer wins.
        spans.sort(key=lambda s: (not self._strong(s[2]), -(s[1] - s[0]), s[0]))
        taken = bytearray(len(compact))
        out = []
        for start, end, key in spans:
            if any(taken[start:end + 1]) or (key.isdigit() and _in_number(text, offsets[start], offsets[end] + 1)) \
                    or (not self._strong(key) and _in_identifier(text, offsets[start], offsets[end] + 1)):
                continue
            taken[start:end + 1] = b"\x01" * (end - start + 1)
            out.append((offsets[start], offsets[end] + 1, key))
        out.sort()
        return out

    def _split_as_written(self, text: str, compact: str, offsets: list[int], starts: list[bool], start: int, end: int,
                          key: str, language: str | None = None) -> bool:
        """A name across words ("some in" for RedMed's "somein", a misspelling of codeine) is a name when split
        where one of its aliases is ("5 meo dmt", "alpha PVP"), spelled a letter at a time ("m d m a"), or
        made of no very frequent word nor number ("dime bag", "home grown"; of English or the text's language: not
        French "Vitamine K et calcium" for "ket", nor "de la K" for "lak"). Dots, hyphens and invisible
        characters join ("O.G. Kush", "co\u200bcaine")."""
        if not any(starts[start + 1:end + 1]):
            return True
        cuts = [i for i in range(start + 1, end + 1)
                if starts[i] and not all(ch in _JOINERS or unicodedata.category(ch) == "Cf"
                                         for ch in text[offsets[i - 1] + 1:offsets[i]])]
        if not cuts:
            return True
        written = text[offsets[start]:offsets[end] + 1].lower()
        if any(e.alias.lower() == written for e in self.exact[key]):
            return True  # "1,4-butanediol", "3,4-MDP-2-P": a chemical name's locants, as one of its aliases writes them
        if any(ch in _LIST_MARKS for i in cuts for ch in text[offsets[i - 1] + 1:offsets[i]]):
            return False  # "Tilidin 50/4, 20 Tabletten": a list's items are no name ("420"), nor "(LSD) 25" LSD-25
        pieces = [compact[a:b] for a, b in zip([start, *cuts], [*cuts, end + 1])]
        if max(map(len, pieces)) == 1:  # "m d m a", not the first letters of "k e t t l e" (a kettle spelled out)
            return not (_lone_letter(compact, starts, start - 1) or _lone_letter(compact, starts, end + 1))
        if len(pieces) <= max(len(_ALIAS_WORD.findall(e.alias)) for e in self.exact[key]):
            return True
        return not any(p.isdigit() or is_function_word(p, language) for p in pieces)

    def _read_as(self, tokens, offsets: list[int], key_of, language: str | None = None) -> list[tuple[int, int, str]]:
        """The words among ``tokens`` that are no key as written but name a scannable one read another way
        (``key_of``: the key, or None), as compact-text spans."""
        out = []
        for tok in tokens:
            word = tok.group()
            if compact_key(word) in self.exact or (key := key_of(word)) is None:
                continue
            if key in self.exact and self._scannable(self.exact[key], language):
                i, j = bisect_left(offsets, tok.start()), bisect_left(offsets, tok.end()) - 1
                if i <= j:
                    out.append((i, j, key))
        return out

    def _leet_spans(self, text: str, offsets: list[int]) -> list[tuple[int, int, str]]:
        """Words spelled with digits or symbols for letters ("c0ke", "k3t", "x@nax") that name a
        substance only when read as letters; a word that starts with a digit is chemistry ("4-FA"). Also spelled
        a character at a time: "c 0 k e"."""
        spaced = _SPACED_LEET.finditer(text) if " " in text else ()
        tokens = (*_LEET_TOKEN.finditer(text), *(t for t in spaced if has_leet(t.group())))
        return self._read_as(tokens, offsets, lambda word: key if (key := leet_key(word)) in self.leet else None)

    def _stretched_spans(self, text: str, offsets: list[int], language: str | None) -> list[tuple[int, int, str]]:
        """A word with a letter held for emphasis ("speeeeed", "weeeed", "mollyyyy"): read with each run of three or
        more letters as two, then as one; not a word of fewer than three letters ("PPP" is no "P", methamphetamine;
        "Xxx" no "X")."""
        def key_of(word: str) -> str | None:
            if len(set(word.lower())) < 3:
                return None
            keys = (compact_key(_RUN.sub(lambda m: m.group(1) * n, word)) for n in (2, 1))
            return next((k for k in keys if len(k) >= 3 and k in self.exact
                         and self._scannable(self.exact[k], language)), None)

        return self._read_as(_STRETCHED_WORD.finditer(text), offsets, key_of, language)

    def _accent_spans(self, text: str, offsets: list[int], language: str | None) -> list[tuple[int, int, str]]:
        """A word with an accent the name has not ("ketamină" in Romanian, "kokaína"): keys keep accents (a name
        written with one is indexed so), but a word that is no key as written is read without its Latin accents,
        when that gives a drug's own name of five letters or more (Hungarian "két", two, is no "ket")."""
        def key_of(word: str) -> str | None:
            key = _unaccented_key(word)
            return key if len(key) >= MIN_CASE_HEAD and self._strong(key) else None

        return self._read_as(_ACCENTED.finditer(text), offsets, key_of, language)

    def _strong(self, key: str) -> bool:
        return key in self._strong_keys

    def is_formal_name(self, name: str) -> bool:
        """A substance's own name or code ("MDMA", "2C-B"), which no everyday phrase can hide."""
        return any(e.kind in FORMAL_KINDS and not e.common_word and not e.stopword
                   for e in self.exact.get(compact_key(name), ()))

    def entries(self, name: str, substance_id: str) -> list[Entry]:
        """The KB's entries for ``name`` filed under one substance: what is known of the name as that drug's."""
        return [e for e in self.exact.get(compact_key(name), ()) if e.substance_id == substance_id]

    def is_curated_name(self, name: str, substance_id: str) -> bool:
        """A name the project's own curation gives this drug ("keta", "Special K", "κόκα"): an everyday word
        perhaps, but where it is the drug it says which one, as the street lists' names do not ("Pineapple
        Express" is a strain to them and a spice blend)."""
        return any("patrol" in e.source.split(",") for e in self.entries(name, substance_id))

    def is_strong_name(self, name: str) -> bool:
        """A name, code, synonym or translation that is not also an ordinary word."""
        return compact_key(name) in self._strong_keys

    @staticmethod
    def _scannable(entries, language: str | None = None) -> bool:
        return any(not e.skipped(language) for e in entries)

    def scan(self, text: str, window: int = 80, language: str | None = None) -> list[Mention]:
        """Substance names in ``text`` as whole words (separators inside a name allowed:
        "m-d-m-a", "5 meo dmt"), longest first, each with every candidate substance,
        ranked with what the surrounding ``window`` characters say and, when known, the text's
        ``language`` (ISO 639-1: where a name is also an ordinary word)."""
        spans = self._spans(text, language)
        sure = [(a, sid) for a, _b, sid in self._unambiguous(spans, language)]  # sorted by position
        sure_pos = [p for p, _sid in sure]
        low = lower(text) if spans else ""
        cues = [m.start() for m in MARKET_CONTEXT.finditer(low)] if spans else []
        out = []
        for a, b, key in spans:
            # a market word within reach, not the name itself ("zip" is an ounce, and cocaine to a street list)
            near = cues[bisect_left(cues, a - window):bisect_right(cues, b + window)]
            market = (any(c < a or c >= b for c in near) or bool(COUNT_BEFORE.search(text[max(0, a - 9):a]))
                      or (key not in _everyday_words()
                          and bool(USE_BEFORE.search(lower(text[max(0, a - USE_REACH):a]))
                                   or USE_AFTER.match(lower(text[b:b + USE_REACH]))))
                      or _hyphen_compound(text, b, language))
            used = _used_as(low, a, b, self.exact[key])
            market = market or bool(used)
            lo, hi = bisect_left(sure_pos, a - window), bisect_left(sure_pos, a + window + 1)
            mentioned = {sid for pos, sid in sure[lo:hi] if pos != a} | used  # named beside it, or by its use
            how, factor = ("deleet", LEET_FACTOR) if has_leet(text[a:b]) and compact_key(text[a:b]) != key else ("exact", 1.0)
            matches = self._rank([e for e in self.exact[key] if not e.skipped(language)], how, factor, market, mentioned,
                                 language, text[a:b].islower())
            matches.sort(key=lambda m: -m.confidence)
            out.append(Mention(a, b, text[a:b], matches, market))
        return out

    def _unambiguous(self, spans, language: str | None = None) -> list[tuple[int, int, str]]:
        out = []
        for a, b, key in spans:
            entries = self.exact[key]
            if len({e.substance_id for e in entries}) == 1 and not entries[0].ordinary(language):
                out.append((a, b, entries[0].substance_id))
        return out


# Russian (and Ukrainian) case endings of nouns and adjectives (a name's stem keeps them: "мефедрон-а"), and the
# adjective a noun makes with "-ов-" ("героиновых наркоманов", of heroin addicts; "кокаиновый"; not "кокаинщик", a
# derived noun)
RU_ENDINGS = frozenset({
    "а", "я", "у", "ю", "е", "ы", "и", "о", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ов", "ев", "ам", "ям",
    "ами", "ями", "ах", "ях", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ую", "юю", "ая", "яя", "ое",
    "ее", "ые", "ие",
    "овый", "овая", "овое", "овые", "ового", "овой", "овому", "овым", "овых", "овыми", "овую", "овом",
    "ът", "ят", "та", "то", "те",  # Bulgarian writes its definite article onto the noun: "хероинът", the heroin;
    # "марихуаната", the marijuana
    # Ukrainian adjectives in "-ов-" ("метадонова програма"; its "і" is compared as "и": "метадонові", "героїні")
    "овий", "ова", "ове", "ови", "овою", "овим", "ових", "ову", "ив",
})
MIN_INFLECTED = 5
_STEM_FINAL = frozenset("аяоеьйыи")  # a name ending in a vowel, a soft sign or a plural ending ("бензодиазепины")
# Korean particles after a noun (object, subject, topic, possessive, place, means, "and", "only"); not 도,
# "also", which ends place names ("대마도", Tsushima)
KO_PARTICLES = frozenset({"을", "를", "이", "가", "은", "는", "의", "에", "에서", "로", "으로", "와", "과", "만", "까지",
                          "이나", "나", "랑", "하고", "에게"})
SUFFIXES = {"ru": RU_ENDINGS, "ko": KO_PARTICLES}
# Words written onto a noun before it: Arabic's article, and "and", "with", "so", "like", "for"; Hebrew's
# article, "and", "in", "to", "from", "that", "as"
PREFIXES = {"ar": frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "و", "ب", "ف", "ك", "ل"}),
            "he": frozenset({"ה", "ו", "ב", "ל", "מ", "ש", "כ", "וה", "שה", "וב", "ול", "מה", "בה", "לה", "כש"})}


# Languages that write a compound as one word (those of curation/compound_words.json): a drug's own name of
# four letters or more opens "Kokainpulver", "Ketaminkristalle", "Cannabisgesetz", "cocaïnesmokkel",
# "wietteelt" when the rest begins with a word listed there ("Methode" is no compound of "meth",
# "Kokainxyz" none at all). So too in a language that adds case endings (curation/case_endings.json), when
# the rest is one and the name has five letters or more: Hungarian "amfetamint" (a short ending on a short
# name, "meth" + "a", is too easily an ordinary word).
MIN_COMPOUND_HEAD, MIN_CASE_HEAD = 4, 5
# Hungarian lengthens a final a or e before a case ending: "marihuána" → "marihuánát", "heroinnal" unchanged
LENGTHENED, _LENGTHENED = "hu-lengthened", {"a": "á", "e": "é"}
FINAL_A = "final-a"  # a name ending in a, by its stem: "marihuane" (curation/case_endings.json "_final_a")
HASHTAG = "#"  # the key of hashtags' tails in curation/compound_words.json ("#mdmaforsale", "#opioidcrisis")
ANY_LANGUAGE = "*"  # the long tails read in a language with no compound words of its own (_compound_words)
MIN_HASHTAG_HEAD = 4


@cache
def _hashtag_sale_tails() -> frozenset[str]:
    """The hashtag tails that say it offers the drug, after which an everyday word is read too (curation/
    compound_words.json "_hashtag_sale")."""
    return frozenset(package_json("patrol.knowledge", "curation/compound_words.json")["_hashtag_sale"])


@cache
def _compound_words() -> dict[str, frozenset[str]]:
    """By language as language identification names it (Norwegian Bokmål is "nb" or "no"; short Danish and Norwegian
    texts are often named Nynorsk, "nn": read with Bokmål's words and Danish's)."""
    data = package_json("patrol.knowledge", "curation/compound_words.json")
    words = {lang: frozenset(map(compact_key, ws)) for lang, ws in data.items() if not lang.startswith("_")}
    if "nb" in words:
        words["no"] = words["nb"]
        words["nn"] = words["nb"] | words.get("da", frozenset())
    # a text too short for its language to be known ("Heroinhandel in Frankfurt" reads as English, "Cannabisblüten
    # 10g 90€" as Estonian): every compounding language's words of five letters or more, which no language writes
    # onto a drug's name but as one, are read in every language (not in hashtags, which have tails of their own)
    anywhere = frozenset(w for lang, ws in words.items() if lang != HASHTAG for w in ws if len(w) >= 5)
    words = {lang: ws if lang == HASHTAG else ws | anywhere for lang, ws in words.items()}
    words[ANY_LANGUAGE] = anywhere
    return words


@cache
def _case_endings() -> dict[str, frozenset[str]]:
    """Endings a drug's own name takes in a language that inflects by adding to a noun (curation/case_endings.json:
    Hungarian "amfetamint", Turkish "esrarı", Finnish "kokaiinin")."""
    data = package_json("patrol.knowledge", "curation/case_endings.json")
    return {lang: frozenset(map(compact_key, ws)) for lang, ws in data.items() if not lang.startswith("_")}


@cache
def _final_a() -> dict[str, frozenset[str]]:
    """Endings that replace a name's final a, by language (curation/case_endings.json "_final_a")."""
    data = package_json("patrol.knowledge", "curation/case_endings.json")["_final_a"]
    return {lang: frozenset(map(compact_key, ws)) for lang, ws in data.items()}


def _tail(compact: str, ends, end: int) -> str:
    """The rest of the word after ``end``."""
    word_end = end
    while word_end + 1 < len(compact) and not ends[word_end]:
        word_end += 1
    return compact[end + 1:word_end + 1]


def _compound_tail(tail: str, language: str, case_ending: bool = True) -> bool:
    """The rest of the word is a case ending (where ``case_ending`` allows one), or begins with a word of a compound."""
    if case_ending and tail in _case_endings().get(language, ()):
        return True
    words = _compound_words()
    words = words.get(language) or words[ANY_LANGUAGE]
    return any(tail[:k] in words for k in range(2, len(tail) + 1))


_HYPHEN_TAIL = re.compile(r"-([^\W\d_]{2,})")


def _hyphen_compound(text: str, end: int, language: str | None) -> bool:
    """"Crystal-Labor", "Crack-Konsum": a name joined by a hyphen to a word of the drug trade, use or law that the
    text's language writes compounds with (curation/compound_words.json) is the drug ("Speed-Dating" is not)."""
    m = _HYPHEN_TAIL.match(text, end) if language in _compound_words() else None
    return bool(m) and _compound_tail(compact_key(m.group(1)), language, False)


def _affix_script(key: str) -> str | None:
    """Which language's affixes a name may carry in running text (its key's script decides)."""
    first = key[0]
    if "\u0400" <= first <= "\u04ff":
        return "ru" if len(key) >= MIN_INFLECTED else None
    if "\uac00" <= first <= "\ud7a3":
        return "ko"
    if "\u0620" <= first <= "\u06ff":
        return "ar"  # and Persian, whose own letters follow Arabic's in the block
    if "\u05d0" <= first <= "\u05ea":
        return "he"
    return None


def _prefix_start(compact: str, starts: list[bool], start: int, script: str) -> int | None:
    """Where the word begins when an Arabic or Hebrew name at ``start`` follows only an article
    or a conjunction in it (the mention is the whole word, as with a Russian case ending)."""
    word_start = start
    while word_start > 0 and not starts[word_start]:
        word_start -= 1
    return word_start if compact[word_start:start] in PREFIXES[script] else None


# Words of at most four letters or digits (underscores aside), the only ones whose key can be a
# short name: checking every word of a long page would cost more than the automaton.
_SHORT_TOKEN = re.compile(r"(?<!\w)_*(?:[^\W_]_*){1,4}(?!\w)")
# A word of letters (two at least: "R35" is a price) with a digit or symbol standing for one, not starting with a
# digit ("c0ke", "$peed", "x@nax"), but for a zero before a letter ("0xy": no hex number, whose "0x" a hex digit
# follows)
_LEET_TOKEN = re.compile(r"(?<![\w@$!|€])(?=[\w@$!|€]*[0-9@$!|€])(?=[\w@$!|€]*[a-zA-Z][\w@$!|€]*[a-zA-Z])"  # two letters
                         r"(?:[a-zA-Z@$!|€]|0(?=x[g-zG-Z]|[a-wyzA-WYZ]))"
                         r"[\w@$!|€]{2,19}(?![\w@$!|€])")
_SPACED_LEET = re.compile(r"(?<![\w@$!|€])[a-zA-Z](?: [a-zA-Z0-9@$!|€]){3,9}(?![\w@$!|€])")  # "c 0 k e"
# A letter held for emphasis, three times or more ("speeeeed"), and a word of letters holding one
_RUN = re.compile(r"([^\W\d_])\1{2,}")
_STRETCHED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*([^\W\d_])\1\1[^\W\d_]*")


# A word of letters with a Latin letter that carries an accent ("ketamină"); the accent may be a combining mark
# (from a word's start only, so that a word with none is read once, not once from each of its letters)
_ACCENTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]|[\u0300-\u036f])*?[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]"
                       r"(?:[^\W\d_]|[\u0300-\u036f])*")


@lru_cache(maxsize=1 << 14)
def _unaccented_key(word: str) -> str:
    """The key of ``word`` with its Latin letters' accents dropped (ø, ł, ß and đ, no letter with an accent, stay)."""
    return compact_key(unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word)
                                                            if not "\u0300" <= c <= "\u036f")))


@lru_cache(maxsize=1 << 16)
def _short_key(token: str) -> str:
    return compact_key(token)  # short words repeat ("a", "the", "to"): fold each once


def _in_identifier(text: str, start: int, end: int) -> bool:
    """A word joined to others by an underscore is part of a name that is no drug's: a user's handle ("crypto_q",
    "snow_rider"), a file's or a variable's name; read there only as a drug's own name ("MDMA_crystal")."""
    return (start > 0 and text[start - 1] == "_") or text[end:end + 1] == "_"


_ALNUM = np.array([chr(c).isalnum() for c in range(128)], dtype=bool)
_WORDS = re.compile(r"\S+")


_ASCII_ALNUM = re.compile(r"[a-z0-9]+")
SHORT_TEXT = 1_000  # characters up to which an ASCII text is compacted word by word: array operations cost more there


def _compact_with_offsets(text: str) -> tuple[str, list[int], list[bool], list[bool]]:
    """Folded alphanumerics of ``text``, each with its offset in ``text`` and whether
    it starts or ends a word there."""
    if text.isascii():
        return _compact_short_ascii(text) if len(text) <= SHORT_TEXT else _compact_ascii(text)
    # Fold word by word (most words of a page are ASCII: they skip NFKC), then keep letters and digits with array
    # operations rather than a loop per character.
    words = [(m.start(), m.group(), m.group().lower() if m.group().isascii() else _fold(m.group()))
             for m in _WORDS.finditer(text)]
    codes, offsets = _folded_codes(text, words)
    keep = np.flatnonzero(_classes(codes) & KEY)
    if not len(keep):
        return "", [], [], []
    offsets = offsets[keep]
    return codes[keep].tobytes().decode("utf-32-le", "surrogatepass"), offsets.tolist(), *_word_edges(text, offsets)


def _compact_short_ascii(text: str) -> tuple[str, list[int], list[bool], list[bool]]:
    low = text.lower()
    words = [m.span() for m in _ASCII_ALNUM.finditer(low)]
    return ("".join(low[a:b] for a, b in words), [i for a, b in words for i in range(a, b)],
            [i == a for a, b in words for i in range(a, b)], [i == b - 1 for a, b in words for i in range(a, b)])


def _compact_ascii(text: str) -> tuple[str, list[int], list[bool], list[bool]]:
    raw = np.frombuffer(text.lower().encode("ascii"), dtype=np.uint8)
    mask = _ALNUM[raw]
    idx = np.flatnonzero(mask)
    if not len(idx):
        return "", [], [], []
    prev = np.concatenate(([False], mask[:-1]))[idx]
    nxt = np.concatenate((mask[1:], [False]))[idx]
    return raw[idx].tobytes().decode("ascii"), idx.tolist(), (~prev).tolist(), (~nxt).tolist()


def _folded_codes(text: str, words: list[tuple[int, str, str]]) -> tuple[np.ndarray, np.ndarray]:
    """The folded text's code points, each with its offset in ``text``, from its (offset, word, folded word)s. Where
    every word keeps its length, the folded text's offsets are the text's; a word whose characters expand when
    folded (ß to ss) is folded a character at a time, all of a character's letters at its offset."""
    if all(len(f) == len(w) for _start, w, f in words):
        pieces, last = [], 0
        for start, w, f in words:
            pieces += (text[last:start], f)
            last = start + len(w)
        codes = _codepoints("".join(pieces))
        return codes, np.arange(len(codes))
    runs: list[tuple[str, int, int]] = []  # (folded text, offset of its first letter, offset step)
    for start, w, f in words:
        if len(f) == len(w):
            runs.append((f, start, 1))
        else:
            runs.extend((c, start + j, 0) for j, c in enumerate(fold_chars(w)))
    pieces, bases, steps = zip(*runs)
    codes = _codepoints("".join(pieces))
    lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    local = np.arange(len(codes)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return codes, np.repeat(bases, lengths) + np.repeat(steps, lengths) * local


def _word_edges(text: str, offsets: np.ndarray) -> tuple[list[bool], list[bool]]:
    """Whether the character at each offset of ``text`` starts a word there, and whether it ends one."""
    classes = _classes(_codepoints(text))
    in_word = (classes & KEY).astype(bool)
    n = len(text)
    before, after = np.maximum(offsets - 1, 0), np.minimum(offsets + 1, n - 1)
    starts = (offsets == 0) | ~in_word[before]
    ends = (offsets + 1 >= n) | ~in_word[after]
    open_ = (classes & NOSPACED).astype(bool)
    if open_.any():  # "大麻リキッド": a name begins or ends at any character of such a script
        starts |= open_[offsets] | open_[before]
        ends |= open_[offsets] | open_[after]
    return starts.tolist(), ends.tolist()


_NOSPACE_RANGES = np.array([[ord(a), ord(b)] for a, b in re.findall(r"(.)-(.)", NOSPACE)], dtype=np.uint32)


def _in_number(text: str, a: int, b: int) -> bool:
    """Is text[a:b], a name made of digits ("420"), a group of a longer number ("$67,420", "1.420")?"""
    return (a >= 2 and text[a - 1] in ".," and text[a - 2].isdigit()) or (
        b + 1 < len(text) and text[b] in ".," and text[b + 1].isdigit())


def _lone_letter(compact: str, starts: list[bool], i: int) -> bool:
    """Is compact[i] a letter written as a word of its own (a word spelled a letter at a time goes on there)?"""
    return 0 <= i < len(compact) and compact[i].isalpha() and starts[i] and (i + 1 == len(compact) or starts[i + 1])


def _codepoints(s: str) -> np.ndarray:
    return np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


KEY, NOSPACED = 1, 2  # _classes' bits


@cache
def _bmp_classes() -> np.ndarray:
    """_classes of every code point of the basic multilingual plane, as a table (a few milliseconds, once)."""
    table = np.fromiter((is_key_char(chr(c)) for c in range(0x10000)), dtype=np.uint8, count=0x10000)
    for lo, hi in _NOSPACE_RANGES:
        table[lo:hi + 1] |= NOSPACED
    return table


def _classes(codes: np.ndarray) -> np.ndarray:
    """Per code point: KEY (normalize.is_key_char) and NOSPACED (a script written without spaces between
    words, lexicon.NOSPACE: all in the basic plane) bits."""
    out = _bmp_classes()[np.minimum(codes, 0xFFFF)]
    for i in np.flatnonzero(codes > 0xFFFF):  # emoji, styled letters
        out[i] = KEY if is_key_char(chr(codes[i])) else 0
    return out
