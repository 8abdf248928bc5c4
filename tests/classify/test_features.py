"""The cached character n-gram hasher builds the very matrix scikit-learn's HashingVectorizer
builds: the shipped models were trained on the latter's features."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.feature_extraction.text import HashingVectorizer

from patrol.classify.features import N_CHAR, CharNgrams

REFERENCE = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=N_CHAR, alternate_sign=False,
                              norm="l2", dtype=np.float32)


def same(texts, hasher=None):
    ours, theirs = (hasher or CharNgrams(N_CHAR)).transform(texts), REFERENCE.transform(texts)
    assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
    assert (ours != theirs).nnz == 0


@pytest.mark.parametrize("texts", [
    ["3.5g MDMA 84% crystals", "1g MDMA", "MDMA 1g"],  # the same word again, in another document
    ["", "   ", "a", "ab", "abcd", "abcde"],  # empty documents and words no longer than an n-gram
    ["Kokain\tfrå\u00a0Noreg", "ÀÉÎ İstanbul straße", "可卡因 1克 HK$800", "🍁 weed 🍁"],  # other whitespace, scripts
    ["MDMA MDMA mdma", "x" * 300],  # repeated n-grams count; a long word
])
def test_matches_scikit_learn(texts):
    same(texts)


def test_a_full_cache_starts_again():
    hasher = CharNgrams(N_CHAR)
    hasher.CACHE = 2
    same(["one two three four", "four three two one five"], hasher)
    assert len(hasher._cache) <= 2


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), min_size=1, max_size=5))
def test_matches_scikit_learn_on_any_text(texts):
    same(texts)
