"""Soft links: how alike two accounts are, feature by feature, and a calibrated score.

Candidates come from blocking, never all pairs: each account's nearest neighbours by
writing style (character and word TF-IDF reduced to a dense embedding; exact cosine top-k
up to 20,000 accounts, random-hyperplane LSH buckets above) plus accounts with the same
folded handle prefix. Each candidate pair gets the features
below; a logistic regression trained by ``patrol link train`` on the dev listings turns
them into a probability, and every link lists each feature's contribution.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from patrol.linking.accounts import Account, handle_key

FEATURES = ("style_chars", "style_words", "catalogue", "products", "price_points", "ships_from", "handle",
            "habits")
MODEL = Path(__file__).parent / "models" / "soft.json"


@dataclass
class Profiles:
    keys: list[tuple[str, str]]
    chars: sparse.csr_matrix
    words: sparse.csr_matrix
    embedding: np.ndarray


def _tfidf(texts: list[str], **options) -> sparse.csr_matrix:
    try:
        return TfidfVectorizer(sublinear_tf=True, min_df=2 if len(texts) >= 50 else 1, max_features=2 ** 18,
                               dtype=np.float32, **options).fit_transform(texts).tocsr()
    except ValueError:  # no usable text at all (numbers only, or empty after boilerplate)
        return sparse.csr_matrix((len(texts), 1), dtype=np.float32)


def profiles(accounts: list[Account]) -> Profiles:
    texts = [a.text for a in accounts]
    chars = _tfidf(texts, analyzer="char_wb", ngram_range=(2, 4))
    words = _tfidf(texts, ngram_range=(1, 2), token_pattern=r"(?u)\b\w[\w.-]*\b")
    both = sparse.hstack([chars, words]).tocsr()
    dims = min(96, both.shape[1] - 1, len(texts) - 1)
    emb = TruncatedSVD(dims, random_state=0).fit_transform(both) if dims >= 2 else both.toarray()
    return Profiles([a.key for a in accounts], chars, words, normalize(emb).astype(np.float32))


EXACT_UP_TO = 20_000  # accounts; above this, neighbours come from LSH buckets, not a full similarity matrix


def candidates(p: Profiles, accounts: list[Account], k: int = 10) -> set[tuple[int, int]]:
    """Each account's k most similar accounts by style, plus pairs with the same folded handle prefix."""
    n = len(p.embedding)
    pairs = _exact_neighbours(p.embedding, k) if n <= EXACT_UP_TO else _lsh_neighbours(p.embedding, k)
    by_handle: dict[str, list[int]] = {}
    for i, a in enumerate(accounts):
        by_handle.setdefault(handle_key(a.author)[:6], []).append(i)
    for members in by_handle.values():
        if 1 < len(members) <= 50:
            pairs |= {(a, b) for x, a in enumerate(members) for b in members[x + 1:]}
    return pairs


def _exact_neighbours(e: np.ndarray, k: int, chunk: int = 512) -> set[tuple[int, int]]:
    n = len(e)
    k = min(k, n - 1)
    pairs: set[tuple[int, int]] = set()
    if k < 1:
        return pairs
    for s in range(0, n, chunk):
        sims = e[s:s + chunk] @ e.T
        sims[np.arange(sims.shape[0]), np.arange(s, s + sims.shape[0])] = -1
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        for r, row in enumerate(top):
            pairs |= {(min(s + r, int(j)), max(s + r, int(j))) for j in row if sims[r, j] > 0}
    return pairs


def _lsh_neighbours(e: np.ndarray, k: int, tables: int = 24, bits: int = 12, max_bucket: int = 400,
                    seed: int = 0) -> set[tuple[int, int]]:
    """Random-hyperplane LSH: accounts that share a bucket in any table are compared exactly,
    and each keeps its k best. Work grows with n × bucket size, not n²; pairs are kept as
    numpy arrays (a few hundred MB at 100,000 accounts), never as Python objects."""
    rng = np.random.default_rng(seed)
    n, d = e.shape
    weights = 1 << np.arange(bits, dtype=np.int64)
    keys, sims = [], []
    for _ in range(tables):
        codes = ((e @ rng.standard_normal((d, bits)).astype(np.float32)) > 0).astype(np.int64) @ weights
        order = np.argsort(codes, kind="stable")
        for group in np.split(order, np.flatnonzero(np.diff(codes[order])) + 1):
            if not 2 <= len(group) <= max_bucket:
                continue
            x, y = np.triu_indices(len(group), 1)
            a, b = group[x], group[y]
            sim = np.einsum("ij,ij->i", e[a], e[b])
            keep = sim > 0
            lo, hi = np.minimum(a, b)[keep], np.maximum(a, b)[keep]
            keys.append(lo.astype(np.int64) * n + hi)
            sims.append(sim[keep].astype(np.float32))
    if not keys:
        return set()
    key, first = np.unique(np.concatenate(keys), return_index=True)
    sim = np.concatenate(sims)[first]
    a, b = key // n, key % n
    # each account keeps its k most similar: rank both directions, take the top k per account
    owner = np.concatenate([a, b])
    other_sim = np.concatenate([sim, sim])
    pair = np.concatenate([np.arange(len(key)), np.arange(len(key))])
    order = np.lexsort((-other_sim, owner))
    owner, pair = owner[order], pair[order]
    starts = np.searchsorted(owner, owner, side="left")
    rank = np.arange(len(owner)) - starts
    chosen = np.unique(pair[rank < k])
    return {(int(a[i]), int(b[i])) for i in chosen}


def _jaccard(a, b) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a and b else 0.0


def feature_matrix(p: Profiles, accounts: list[Account], pairs: list[tuple[int, int]]) -> np.ndarray:
    """One row of FEATURES per pair; the cosines are computed for all pairs at once."""
    if not pairs:
        return np.zeros((0, len(FEATURES)))
    i = np.fromiter((a for a, _ in pairs), dtype=np.int64, count=len(pairs))
    j = np.fromiter((b for _, b in pairs), dtype=np.int64, count=len(pairs))
    chars = np.asarray(p.chars[i].multiply(p.chars[j]).sum(axis=1)).ravel()
    words = np.asarray(p.words[i].multiply(p.words[j]).sum(axis=1)).ravel()
    style = np.array([a.style() for a in accounts])
    sa, sb = style[i], style[j]
    habits = 1.0 - np.abs(sa - sb).sum(axis=1) / (np.abs(sa).sum(axis=1) + np.abs(sb).sum(axis=1) + 1e-9)
    handles = [handle_key(a.author) for a in accounts]
    rest = np.array([[_jaccard(accounts[a].substances, accounts[b].substances),
                      _jaccard(accounts[a].products, accounts[b].products),
                      _jaccard(accounts[a].prices, accounts[b].prices),
                      _jaccard(accounts[a].ships_from, accounts[b].ships_from),
                      fuzz.ratio(handles[a], handles[b]) / 100] for a, b in pairs])
    return np.column_stack([chars, words, rest[:, :5], habits]).astype(np.float64)


@dataclass
class SoftModel:
    coef: np.ndarray
    intercept: float
    threshold: float
    meta: dict

    def score(self, x: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(x @ self.coef + self.intercept)))

    def contributions(self, x: np.ndarray) -> dict[str, float]:
        """Each feature's share of the log-odds, largest first: why two accounts look alike."""
        parts = {f: round(float(c * v), 3) for f, c, v in zip(FEATURES, self.coef, x) if abs(c * v) >= 0.01}
        return dict(sorted(parts.items(), key=lambda kv: -abs(kv[1])))

    def save(self, path: Path = MODEL) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"features": FEATURES, "coef": [round(float(c), 6) for c in self.coef],
                                    "intercept": round(self.intercept, 6), "threshold": self.threshold,
                                    "meta": self.meta}, indent=1) + "\n")

    @classmethod
    def load(cls, path: Path = MODEL) -> "SoftModel":
        spec = json.loads(Path(path).read_text())
        if tuple(spec["features"]) != FEATURES:
            raise ValueError(f"{path}: trained on other features; run `patrol train --data ../shared/data --what linker`")
        return cls(np.array(spec["coef"]), spec["intercept"], spec["threshold"], spec.get("meta", {}))
