"""Features for the learned models: hashed character and word n-grams of the text,
plus a small block of facts the recognizers and the knowledge base found (which
substances and groups, controlled or not, quantities, prices, contacts, intent cues).

Hashing keeps the models small and the vectoriser stateless: nothing but the
coefficients is saved, and prediction needs no vocabulary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
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

    def vector(self) -> np.ndarray:
        v = np.zeros(len(FACTS), dtype=np.float32)
        subs = self.substances
        if subs:
            v[0] = 1
            v[1] = max(s["confidence"] for s in subs)
            v[2] = math.log1p(len(subs))
            v[3] = float(any(c["regime"].startswith(("UN-", "INCB")) for s in subs for c in s["control"]))
            v[4] = float(any(s.get("category") == "precursor" for s in subs))
            v[5] = float(any(s.get("category") == "group" for s in subs))
            for s in subs:
                i = 6 + EFFECT_GROUPS.index(s["effect_group"])
                v[i] = max(v[i], s["confidence"])
        base = 6 + len(EFFECT_GROUPS)
        v[base] = math.log1p(self.quantities)
        v[base + 1] = math.log1p(self.prices)
        v[base + 2] = float(self.next_to_amount)
        v[base + 3] = math.log1p(self.contacts)
        v[base + 4] = float(self.valid_wallet)
        v[base + 5] = float(self.pgp)
        for j, kind in enumerate(KINDS):
            v[base + 6 + j] = math.log1p(self.cues.get(kind, 0))
        v[base + 6 + len(KINDS)] = math.log1p(self.length) / 10
        return v * FACT_WEIGHT


class CharNgrams:
    """scikit-learn's ``HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), alternate_sign=False,
    norm="l2")``, the same matrix, each word's n-grams hashed once: "char_wb" n-grams never cross a word's
    edge, and words repeat from one listing to the next (scikit-learn's own hashes every n-gram of every
    document through a generator per feature: 56 µs of a market title's 400 or so)."""

    MIN_N, MAX_N = 2, 5
    CACHE = 100_000  # words kept (about 100 bytes each); the cache starts again when full

    def __init__(self, n_features: int) -> None:
        self.n_features = n_features
        self._cache: dict[str, bytes] = {}

    def _word(self, word: str) -> bytes:
        w = f" {word} "
        grams = []
        for n in range(self.MIN_N, self.MAX_N + 1):
            if len(w) <= n:  # a short word is one n-gram, counted once
                grams.append(w)
                break
            grams.extend(w[i:i + n] for i in range(len(w) - n + 1))
        hashes = np.fromiter((murmurhash3_32(g) for g in grams), dtype=np.int64, count=len(grams))
        out = (np.abs(hashes) % self.n_features).astype(np.int32).tobytes()
        if len(self._cache) >= self.CACHE:
            self._cache.clear()
        self._cache[word] = out
        return out

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        parts, indptr, size = [], [0], 0
        cache = self._cache
        for text in texts:
            for word in text.lower().split():
                b = cache.get(word) or self._word(word)
                parts.append(b)
                size += len(b)
            indptr.append(size // 4)
        indices = np.frombuffer(b"".join(parts), dtype=np.int32).copy()
        X = sparse.csr_matrix((np.ones(len(indices), dtype=np.float32), indices, np.array(indptr)),
                              shape=(len(texts), self.n_features))
        X.sum_duplicates()
        return normalize(X, copy=False)


class Featurizer:
    def __init__(self) -> None:
        self.char = CharNgrams(N_CHAR)
        self.word = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=N_WORD, alternate_sign=False,
                                      norm="l2", token_pattern=r"(?u)\b\w+\b", dtype=np.float32)

    @property
    def n_features(self) -> int:
        return N_CHAR + N_WORD + len(FACTS)

    def transform(self, texts: list[str], facts: list[DocFacts], text_limit: int = 5000) -> sparse.csr_matrix:
        """Long pages are read to ``text_limit`` characters: a model's view of a document
        should not dilute to nothing because the page is long."""
        clipped = [t[:text_limit] for t in texts]
        dense = sparse.csr_matrix(np.vstack([f.vector() for f in facts]) if facts else np.zeros((0, len(FACTS))))
        return sparse.hstack([self.char.transform(clipped), self.word.transform(clipped), dense], format="csr")
