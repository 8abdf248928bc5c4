import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from patrol.knowledge.kb import KnowledgeBase
from patrol.knowledge.resolver import Resolver
from patrol.recognizers.substance import SubstanceRecognizer


@pytest.fixture(scope="module")
def rec():
    return SubstanceRecognizer(Resolver(KnowledgeBase.load()))


MATCH = [
    ("5g MDMA crystals 84%", "MDMA", "mdma"),
    ("500mg White DMT 99%", "DMT", "dmt"),            # a name beats the street slang containing it
    ("20 Pfizer Xanax Bars2mg", "Xanax", "alprazolam"),
    ("ICE 2 gr.", "ICE", "methamphetamine"),           # ordinary word next to a quantity
    ("molly 1g 40 EUR", "molly", "mdma"),
    ("Buy c0caine here", None, None),                  # leet is for lookups, not scanning
    ("Купить мефедрон 1г", "мефедрон", "mephedrone"),
    ("сocaine 1g", "сocaine", "cocaine"),              # Cyrillic homoglyph
    ("5F-MDMB-PICA 10g", "5F-MDMB-PICA", "5f-mdmb-pica"),
    ("m-d-m-a pills", "m-d-m-a", "mdma"),
]


@pytest.mark.parametrize("text, mention, sid", MATCH)
def test_matches(rec, text, mention, sid):
    found = rec.analyze(text)
    if mention is None:
        assert found == []
        return
    assert (found[0].text, found[0].value["substance_id"]) == (mention, sid), [(e.text, e.value["substance_id"]) for e in found]
    assert found[0].recognizer == "SubstanceRecognizer" and "knowledge base alias" in found[0].explanation
    assert found[0].value["control"] is not None


NEAR_MISS = [
    "1gr Hawaiian Snow",          # a cannabis strain, not cocaine
    "Clen 40mcg x 100 tabs",      # "tabs" is the unit here
    "Snow boots for kids",
    "Iceland is cold",
    "price list",
    "the crystal clear water",
]


@pytest.mark.parametrize("text", NEAR_MISS)
def test_near_misses(rec, text):
    assert all(e.value["substance_id"] not in ("cocaine", "lsd", "methamphetamine") for e in rec.analyze(text)), \
        [(e.text, e.value["substance_id"]) for e in rec.analyze(text)]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_fuzz(rec, text):
    for e in rec.analyze(text):
        assert text[e.start:e.end] == e.text and 0.5 <= e.score <= 1
