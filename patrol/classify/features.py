"""Features for the learned models: hashed character and word n-grams of the text,
plus a small block of facts the recognizers and the knowledge base found (which
substances and groups, controlled or not, quantities, prices, contacts, intent cues).

Hashing keeps the models small and the vectoriser stateless: nothing but the
coefficients is saved, and prediction needs no vocabulary.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize
from sklearn.utils import murmurhash3_32

from patrol.classify.cues import KINDS
from patrol.model import EFFECT_GROUPS

N_CHAR = 2**18
N_WORD = 2**17
FACTS = (
    ["has_substance", "max_confidence", "n_substances", "controlled", "precursor", "group_entry"]
    + [f"group:{g}" for g in EFFECT_GROUPS]
    + ["n_quantities", "n_prices", "substance_next_to_amount", "n_contacts", "valid_wallet", "pgp",
       *(f"cue:{k}" for k in KINDS), "log_length"]
)
FACT_WEIGHT = 0.5  # dense facts sit beside l2-normalised n-gram blocks


@dataclass
class DocFacts:
    """What the recognizers found in one document (the classifier's non-text input)."""

    substances: list[dict] = field(default_factory=list)  # substance entity values
    quantities: int = 0
    prices: int = 0
    next_to_amount: bool = False
    contacts: int = 0
    valid_wallet: bool = False
    pgp: bool = False
    cues: dict[str, int] = field(default_factory=dict)
    length: int = 0
    euros_per_gram: float | None = None  # the dearest priced weight; not a model input: read by the summary rules
    absent: list[dict] = field(default_factory=list)  # substances said to be missing ("bez THC"); not a model input
    unit_priced: bool = False  # a price per unit ("$25 each"); not a model input
    tiers: int = 0  # amounts a price follows at once ("1g £80"); not a model input

    def vector(self) -> list[float]:
        """The facts in FACTS order, weighted (a list: numpy's scalar writes cost more than the arithmetic)."""
        groups = [0.0] * len(EFFECT_GROUPS)
        subs = self.substances
        head = [0.0] * 6
        if subs:
            head = [1.0, max(s["confidence"] for s in subs), math.log1p(len(subs)),
                    float(any(c["regime"].startswith(("UN-", "INCB")) for s in subs for c in s["control"])),
                    float(any(s.get("category") == "precursor" for s in subs)),
                    float(any(s.get("category") == "group" for s in subs))]
            for s in subs:
                i = EFFECT_GROUPS.index(s["effect_group"])
                groups[i] = max(groups[i], s["confidence"])
        tail = [math.log1p(self.quantities), math.log1p(self.prices), float(self.next_to_amount),
                math.log1p(self.contacts), float(self.valid_wallet), float(self.pgp),
                *(math.log1p(self.cues.get(kind, 0)) for kind in KINDS), math.log1p(self.length) / 10]
        return [x * FACT_WEIGHT for x in (*head, *groups, *tail)]


class _CachedHasher:
    """scikit-learn's HashingVectorizer with ``alternate_sign=False, norm="l2"``, the same matrix, each
    feature hashed once and kept: scikit-learn's hashes every n-gram of every document through a generator
    per feature (56 µs of a market title's 400 or so for the character n-grams), and words repeat from one
    listing to the next."""

    CACHE = 100_000  # entries (about 100 bytes each); the cache starts again when full

    def __init__(self, n_features: int) -> None:
        self.n_features = n_features
        self._cache: dict[str, bytes] = {}

    def _hashed(self, key: str, grams: list[str]) -> bytes:
        """The feature indices of ``grams`` as int32 bytes, cached under ``key``."""
        hashes = np.fromiter((murmurhash3_32(g) for g in grams), dtype=np.int64, count=len(grams))
        out = (np.abs(hashes) % self.n_features).astype(np.int32).tobytes()
        if len(self._cache) >= self.CACHE:
            self._cache.clear()
        self._cache[key] = out
        return out

    def _features(self, text: str) -> list[bytes]:  # pragma: no cover - interface
        raise NotImplementedError

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        parts, indptr, size = [], [0], 0
        for text in texts:
            for b in self._features(text):
                parts.append(b)
                size += len(b)
            indptr.append(size // 4)
        indices = np.frombuffer(b"".join(parts), dtype=np.int32).copy()
        X = sparse.csr_matrix((np.ones(len(indices), dtype=np.float32), indices, np.array(indptr)),
                              shape=(len(texts), self.n_features))
        X.sum_duplicates()
        return normalize(X, copy=False)


class CharNgrams(_CachedHasher):
    """``analyzer="char_wb", ngram_range=(2, 5)``: n-grams never cross a word's edge, so each word's are
    hashed once."""

    MIN_N, MAX_N = 2, 5

    def _word(self, word: str) -> bytes:
        w = f" {word} "
        grams = []
        for n in range(self.MIN_N, self.MAX_N + 1):
            if len(w) <= n:  # a short word is one n-gram, counted once
                grams.append(w)
                break
            grams.extend(w[i:i + n] for i in range(len(w) - n + 1))
        return self._hashed(word, grams)

    def _features(self, text: str) -> list[bytes]:
        cache = self._cache
        return [cache.get(word) or self._word(word) for word in text.lower().split()]


class WordNgrams(_CachedHasher):
    """``analyzer="word", ngram_range=(1, 2)``, words as the pattern below finds them: each word and each pair of
    neighbouring words."""

    TOKEN = re.compile(r"(?u)\b\w+\b")

    def _features(self, text: str) -> list[bytes]:
        cache = self._cache
        words = self.TOKEN.findall(text.lower())
        grams = [*words, *map(" ".join, zip(words, words[1:]))]
        return [cache.get(g) or self._hashed(g, [g]) for g in grams]


class Featurizer:
    def __init__(self) -> None:
        self.char = CharNgrams(N_CHAR)
        self.word = WordNgrams(N_WORD)

    @property
    def n_features(self) -> int:
        return N_CHAR + N_WORD + len(FACTS)

    def transform(self, texts: list[str], facts: list[DocFacts], text_limit: int = 5000) -> sparse.csr_matrix:
        """Long pages are read to ``text_limit`` characters: a model's view of a document
        should not dilute to nothing because the page is long."""
        clipped = [t[:text_limit] for t in texts]
        dense = np.array([f.vector() for f in facts], dtype=np.float32).reshape(len(facts), len(FACTS))
        return sparse.hstack([self.char.transform(clipped), self.word.transform(clipped), sparse.csr_matrix(dense)],
                             format="csr")
