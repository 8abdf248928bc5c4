"""Novelty discovery: rank terms that look like substance names but are not in the KB.

Evidence per term (each 0..1): its spelling (``terms.morphology``, which scales the rest),
and, weighted by ``WEIGHTS``, how often it sits in sale adverts, how many independent
accounts use it, volume, co-occurrence with known substances, and whether it is rising
in the period. Penalties keep the list from filling with ordinary words (wordfreq),
vendor handles, cannabis strain names and one-account brand names: those terms are
multiplied down unless their spelling is chemical. Every candidate says why it scored.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from rapidfuzz import fuzz, process

from patrol.knowledge.normalize import compact_key
from patrol.knowledge.resolver import Resolver
from patrol.signals.observations import Observation
from patrol.knowledge.terms import Token, candidate_tokens, morphology

# score = (FLOOR + (1 - FLOOR) · morphology) × Σ weight · evidence × penalties: a name with no
# chemical spelling can rank, but cannot reach an alert threshold of 0.5 on usage alone.
FLOOR = 0.35
WEIGHTS = {"sale_context": 0.35, "spread": 0.35, "volume": 0.15, "cooccurrence": 0.075, "rising": 0.075}
PENALTY = {"ordinary_word": 0.05, "vendor_handle": 0.05, "cannabis_strain": 0.2, "one_account": 0.35,
           "not_sold": 0.5, "misspelt_known": 0.4}
ORDINARY_ZIPF = 3.0  # wordfreq Zipf frequency: 3 = about once per million words
COMMON_ZIPF = 3.5  # the parts of a derived or compound ordinary word
LANGS = ("en", "es", "fr", "de", "nl", "pt", "it", "ru", "pl", "sv")
SALE_WORDS = re.compile(r"\b(research chemicals?|rc|powder|crystals?|pellets?|blotters?|tabs?|pills?|bulk|"
                        r"in stock|wholesale|vendor|sample|reagent|pure|purity)\b", re.I)
NEAR = 40  # characters around a token in which a research-chemical sale word counts


@cache
def zipf(key: str) -> float:
    from wordfreq import zipf_frequency

    # The "small" lists hold words down to Zipf 3 (once per million words): all that the
    # ordinary-word tests ask, at a fraction of the memory of the full lists.
    return max(zipf_frequency(key, lang, wordlist="small") for lang in LANGS)


_SUFFIXES = ("ness", "able", "ible", "ed", "es", "s", "ing", "ly", "er", "ers")


@cache
def ordinary(key: str, chemical: bool) -> bool:
    """A frequent word in some language; or, for a word with no chemical spelling, one made
    from frequent words ("pureness", "crushable", "needlepoint")."""
    if zipf(key) >= ORDINARY_ZIPF:
        return True
    if chemical or not key.isalpha():
        return False
    if any(key.endswith(s) and len(key) - len(s) >= 3 and zipf(key[: -len(s)]) >= COMMON_ZIPF for s in _SUFFIXES):
        return True
    return any(zipf(key[:i]) >= COMMON_ZIPF and zipf(key[i:]) >= COMMON_ZIPF for i in range(3, len(key) - 2))


@dataclass
class Candidate:
    key: str
    variants: Counter = field(default_factory=Counter)
    docs: int = 0
    sale: float = 0.0
    cooc: Counter = field(default_factory=Counter)
    groups: Counter = field(default_factory=Counter)
    accounts: set = field(default_factory=set)
    sources: set = field(default_factory=set)
    days: Counter = field(default_factory=Counter)
    examples: list = field(default_factory=list)
    score: float = 0.0
    why: dict = field(default_factory=dict)
    group: str | None = None
    nearest: list = field(default_factory=list)
    structure: str | None = None
    nearest_by_structure: list = field(default_factory=list)

    @property
    def first_seen(self) -> date | None:
        return min(self.days) if self.days else None

    @property
    def last_seen(self) -> date | None:
        return max(self.days) if self.days else None

    def public(self) -> dict:
        return {"term": self.key, "variants": [v for v, _ in self.variants.most_common(8)], "count": self.docs,
                "accounts": len(self.accounts), "sources": sorted(self.sources)[:20],
                "first_seen": _iso(self.first_seen), "last_seen": _iso(self.last_seen),
                "examples": self.examples, "suggested_effect_group": self.group,
                "nearest_known": self.nearest, "structure": self.structure,
                "nearest_known_by_structure": self.nearest_by_structure, "score": round(self.score, 4),
                "why": self.why}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _entity_spans(result: dict) -> list[tuple[int, int]]:
    spans = []
    for kind in ("substances", "quantities", "prices", "crypto_addresses", "contacts", "locations", "pgp"):
        spans += [(e["start"], e["end"]) for e in result.get(kind) or () if "start" in e]
    return spans


class Discoverer:
    """Accumulates observations (``add``), then ranks (``rank``); adding more and ranking
    again is how a replay in date order works."""

    def __init__(self, resolver: Resolver, max_examples: int = 5) -> None:
        self.resolver = resolver
        self.max_examples = max_examples
        self.terms: dict[str, Candidate] = {}
        self.authors: set[str] = set()
        self.days: Counter = Counter()
        self._known: dict[str, bool] = {}
        self._structure_index = None

    def _is_known(self, tok: Token) -> bool:
        k = self._known.get(tok.text)
        if k is None:
            k = self._known[tok.text] = self.resolver.knows(tok.text)
        return k

    def add(self, observations: Iterable[Observation]) -> None:
        for o in observations:
            if o.author:
                self.authors.add(compact_key(o.author))
            if o.day:
                self.days[o.day] += 1
            res = o.result
            known_spans = [(x["start"], x["end"]) for x in res.get("substances") or () if "start" in x]
            other_spans = [sp for sp in _entity_spans(res) if sp not in known_spans]
            known = o.substance_ids
            seen_here: set[str] = set()
            for tok in candidate_tokens(o.text):
                # A known name inside a longer unknown one ("PCP" in "3-MeO-PCP") does not make it known.
                if (tok.key in seen_here or self._is_known(tok)
                        or any(s <= tok.start and tok.end <= e for s, e in known_spans)
                        or any(s < tok.end and tok.start < e for s, e in other_spans)):
                    continue
                seen_here.add(tok.key)
                c = self.terms.get(tok.key)
                if c is None:
                    c = self.terms[tok.key] = Candidate(tok.key)
                c.variants[tok.text] += 1
                c.docs += 1
                lo, hi = max(0, tok.start - NEAR), tok.end + NEAR
                c.sale += 1.0 if res.get("label") == "drug_sale" else 0.5 * bool(SALE_WORDS.search(o.text[lo:hi]))
                c.cooc.update(known[:3])
                if res.get("effect_group"):
                    c.groups[res["effect_group"]] += 1
                c.accounts.add((o.source, o.author or f"doc:{o.id}"))
                c.sources.add(o.source)
                if o.day:
                    c.days[o.day] += 1
                if len(c.examples) < self.max_examples:
                    c.examples.append(o.id)

    def rank(self, top: int = 50, min_count: int = 1, nearest: bool = True) -> list[Candidate]:
        period = (min(self.days), max(self.days)) if self.days else None
        scored = [self._score(c, period) for c in _merge_variants(self.terms.values()) if c.docs >= min_count]
        scored.sort(key=lambda c: (-c.score, -c.docs, c.key))
        best = scored[:top]
        for c in best:
            c.group = _suggest_group(c)
            if nearest:
                c.nearest = self.nearest_known(c.key)
        if nearest:
            self._structures(best)
        return best

    def _structures(self, candidates: list[Candidate]) -> None:
        """Systematic-looking names (a chemical fragment in a long alphabetic spelling) are
        parsed to structures and compared with the KB's by fingerprint."""
        from patrol.signals.structure import StructureIndex, parse_names

        wanted = {c.key: [v for v, _ in c.variants.most_common(3)] for c in candidates
                  if morphology(c.key).strength >= 1.0 and len(c.key) >= 8 and sum(ch.isalpha() for ch in c.key) >= 6}
        parsed = parse_names([v for vs in wanted.values() for v in vs])
        if not parsed:
            return
        if self._structure_index is None:  # built once per Discoverer, only when a name parsed
            self._structure_index = StructureIndex(self.resolver.kb)
        index = self._structure_index
        for c in candidates:
            smiles = next((parsed[v] for v in wanted.get(c.key, ()) if v in parsed), None)
            if smiles:
                c.structure = smiles
                c.nearest_by_structure = index.nearest(smiles)

    def _score(self, c: Candidate, period) -> Candidate:
        m = morphology(c.key)
        parts = {
            "sale_context": c.sale / c.docs,
            "spread": min(1.0, math.log2(1 + len(c.accounts)) / math.log2(9)),
            "volume": min(1.0, math.log2(1 + c.docs) / math.log2(51)),
            "cooccurrence": min(1.0, 2 * sum(c.cooc.values()) / c.docs),
            "rising": _rising(c, period),
        }
        score = (FLOOR + (1 - FLOOR) * m.strength) * sum(WEIGHTS[k] * v for k, v in parts.items())
        parts["morphology"] = m.strength
        penalties = []
        chemical = m.strength >= 1.0
        if ordinary(c.key, chemical):
            penalties.append("ordinary_word")
        if c.key in self.authors:
            penalties.append("vendor_handle")
        if not chemical and c.groups and c.groups.get("cannabis", 0) / c.docs > 0.5:
            penalties.append("cannabis_strain")
        if not chemical and len(c.accounts) == 1:
            penalties.append("one_account")
        if not chemical and c.sale / c.docs < 0.2:
            penalties.append("not_sold")
        if not chemical and self._misspelt_known(c.key):
            penalties.append("misspelt_known")
        for p in penalties:
            score *= PENALTY[p]
        c.score = score
        c.why = {"evidence": {k: round(v, 3) for k, v in parts.items()}, "penalties": penalties,
                 "morphology_rule": m.rule}
        return c

    @cache  # noqa: B019 - one Discoverer per run; the KB does not change under it
    def _misspelt_known(self, key: str) -> bool:
        if len(key) < 6:
            return False
        return any(m.how == "fuzzy" and m.confidence >= 0.6 for m in self.resolver.lookup(key, limit=1))

    def nearest_known(self, key: str, limit: int = 3) -> list[str]:
        """Closest KB substances by spelling (rapidfuzz over every indexed name)."""
        keys = self._keys()
        out: list[str] = []
        for alias, _score, _ in process.extract(key, keys, scorer=fuzz.ratio, limit=20, score_cutoff=50):
            for e in self.resolver.exact[alias]:
                if e.substance_id not in out:
                    out.append(e.substance_id)
            if len(out) >= limit:
                break
        return out[:limit]

    @cache  # noqa: B019
    def _keys(self) -> list[str]:
        return self.resolver.keys()


def _one_slip(a: str, b: str) -> bool:
    """b is a with one letter dropped (names of 8+ letters) or two neighbours swapped, away from the first two
    characters and from digits: typing slips, never a different substance (25B ≠ 25C,
    ethylone ≠ methylone)."""
    if len(a) < 6 or len(b) < 6:
        return False
    if len(a) == len(b) + 1 and len(b) >= 8:  # short codes differ by one letter (MDMA, MDDMA)
        i = next((i for i in range(len(b)) if a[i] != b[i]), len(b))
        return i >= 2 and a[i].isalpha() and a[:i] + a[i + 1:] == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] >= 2 and a[diff[0]] == b[diff[1]]
                and a[diff[1]] == b[diff[0]] and a[diff[0]].isalpha() and a[diff[1]].isalpha())
    return False


def _merge_variants(terms: Iterable[Candidate]) -> list[Candidate]:
    """Fold misspelt variants into the most frequent spelling (blocked by length and prefix)."""
    ordered = sorted(terms, key=lambda c: (-c.docs, c.key))
    blocks: dict[tuple[str, int], list[Candidate]] = {}
    out = []
    for c in ordered:
        host = None
        for n in (len(c.key), len(c.key) + 1, len(c.key) - 1):
            for h in blocks.get((c.key[:2], n), ()):
                if _one_slip(h.key, c.key) or _one_slip(c.key, h.key):
                    host = h
                    break
            if host:
                break
        if host is None:
            merged = Candidate(c.key, Counter(c.variants), c.docs, c.sale, Counter(c.cooc), Counter(c.groups),
                               set(c.accounts), set(c.sources), Counter(c.days), list(c.examples))
            blocks.setdefault((c.key[:2], len(c.key)), []).append(merged)
            out.append(merged)
            continue
        host.variants.update(c.variants)
        host.docs += c.docs
        host.sale += c.sale
        host.cooc.update(c.cooc)
        host.groups.update(c.groups)
        host.accounts |= c.accounts
        host.sources |= c.sources
        host.days.update(c.days)
        host.examples = (host.examples + c.examples)[: max(len(host.examples), 5)]
    return out


def _rising(c: Candidate, period) -> float:
    """Share of the term's documents in the later half of the period (0.5 = flat)."""
    if not period or not c.days or period[0] == period[1]:
        return 0.5
    mid = period[0] + (period[1] - period[0]) / 2
    return sum(n for d, n in c.days.items() if d > mid) / sum(c.days.values())


def _suggest_group(c: Candidate) -> str | None:
    m = morphology(c.key)
    if m.group:
        return m.group
    if c.groups:
        g, n = c.groups.most_common(1)[0]
        if n / c.docs >= 0.5:
            return g
    return None
