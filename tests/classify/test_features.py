"""The cached n-gram hashers build the very matrices scikit-learn's HashingVectorizer builds: the shipped
models were trained on the latter's features."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.feature_extraction.text import HashingVectorizer

from patrol.classify.features import N_CHAR, N_WORD, CharNgrams, WordNgrams

HASHERS = [
    (CharNgrams, HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=N_CHAR, alternate_sign=False,
                                   norm="l2", dtype=np.float32), N_CHAR),
    (WordNgrams, HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=N_WORD, alternate_sign=False,
                                   norm="l2", token_pattern=r"(?u)\b\w+\b", dtype=np.float32), N_WORD),
]


def same(texts, hasher=None):
    for ours_type, reference, n in HASHERS:
        h = hasher if isinstance(hasher, ours_type) else ours_type(n)
        ours, theirs = h.transform(texts), reference.transform(texts)
        assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
        assert (ours != theirs).nnz == 0


@pytest.mark.parametrize("texts", [
    ["3.5g MDMA 84% crystals", "1g MDMA", "MDMA 1g"],  # the same word again, in another document
    ["", "   ", "a", "ab", "abcd", "abcde"],  # empty documents and words no longer than an n-gram
    ["Kokain\tfrå\u00a0Noreg", "ÀÉÎ İstanbul straße", "可卡因 1克 HK$800", "🍁 weed 🍁"],  # other whitespace, scripts
    ["MDMA MDMA mdma", "x" * 300],  # repeated n-grams count; a long word
    ["a b a b a b", "don't-stop_me now", "1g 1g", "ß İ ǅ"],  # repeated pairs; punctuation and "_" in words
])
def test_matches_scikit_learn(texts):
    same(texts)


@pytest.mark.parametrize("hasher_type, n", [(CharNgrams, N_CHAR), (WordNgrams, N_WORD)])
def test_a_full_cache_starts_again(hasher_type, n):
    hasher = hasher_type(n)
    hasher.CACHE = 2
    same(["one two three four", "four three two one five"], hasher)
    assert len(hasher._cache) <= 2


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), min_size=1, max_size=5))
def test_matches_scikit_learn_on_any_text(texts):
    same(texts)
