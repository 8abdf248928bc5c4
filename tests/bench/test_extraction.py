"""The extraction benchmark's scoring: it decides what the figures in docs/benchmarks.md mean."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from patrol.knowledge.kb import KnowledgeBase

BENCH = Path(__file__).resolve().parents[2] / "bench"
spec = importlib.util.spec_from_file_location("extraction", BENCH / "extraction.py")
extraction = importlib.util.module_from_spec(spec)
spec.loader.exec_module(extraction)


@pytest.mark.parametrize("want, got, tp, fp, fn", [
    (["cocaine"], ["cocaine"], 1, 0, 0),
    (["cocaine", "mdma"], ["cocaine"], 1, 0, 1),
    (["cocaine"], ["cocaine", "ketamine"], 1, 1, 0),
    (["cannabis|cannabis-resin"], ["cannabis-resin"], 1, 0, 0),        # either id meets an "a|b"
    (["cannabis|cannabis-resin", "cannabis"], ["cannabis"], 1, 0, 0),   # one id, two names: counted once
    (["cannabis|cannabis-resin", "cannabis"], ["cannabis", "cannabis-resin"], 2, 0, 0),
    (["cannabis|cannabis-resin"], ["mdma"], 0, 1, 1),
])
def test_substances(want, got, tp, fp, fn):
    assert extraction.match("substances", Counter(want), Counter(got))[:3] == (tp, fp, fn)


@pytest.mark.parametrize("want, got, tp, fp, fn", [
    ([(1, "g"), (1, "g")], [(1, "g")], 1, 0, 1),                          # as many times as written
    ([(1, "g")], [(1, "g"), (5, "g")], 1, 1, 0),
    ([], [], 0, 0, 0),
])
def test_multisets(want, got, tp, fp, fn):
    assert extraction.match("quantities", Counter(want), Counter(got))[:3] == (tp, fp, fn)


def test_places_keep_the_most_specific_role():
    assert extraction._places([("GB", "mentioned"), ("GB", "ships_to"), ("FR", "mentioned")]) == \
        {("GB", "ships_to"), ("FR", "mentioned")}


def test_onion_compared_by_host():
    assert extraction._contact("onion", "http://ABC.onion/shop") == ("onion", "abc.onion")


@pytest.mark.parametrize("name", extraction.SETS)
def test_every_labelled_substance_is_in_the_shipped_kb(name):
    ids = set(KnowledgeBase.load(None).substances)
    for doc in extraction.load(name):
        for item in doc["substances"]:
            assert set(item.split("|")) <= ids, (doc["id"], item)
