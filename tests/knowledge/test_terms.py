"""Candidate tokens and chemical morphology: what may be a substance name, and what its spelling says."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.knowledge.terms import candidate_tokens, class_group, morphology, plausible


@pytest.mark.parametrize("text,expected", [
    ("5g 5F PB-22 best price", ["5F PB-22", "best", "price"]),  # a short prefix joins its stem
    ("250g FAB-144", ["FAB-144"]),
    ("1g 5F-PB22", ["5F-PB22"]),                          # "1g" is a quantity, never a prefix
    ("25I NBOMe 500ug blotter", ["25I NBOMe", "blotter"]),
    ("U-47700 10 grams", ["U-47700", "grams"]),
    ("100 Xanax bars 2mg", ["Xanax", "bars"]),            # numbers with units are dropped
    ("10x100mg 3x2000iu 25mgx100kpl 1ozHigh", []),       # packs and glued quantities are not names
    ("ships 2014-01-05 v2.1", ["ships"]),
    ("HCl sulphate enanthate TEVA", []),                   # salts, esters, manufacturers
    ("methyl fluoro", []),                                  # bare fragments
])
def test_candidate_tokens(text, expected):
    assert [t.text for t in candidate_tokens(text)] == expected


@pytest.mark.parametrize("key,strength,group", [
    ("isotonitazene", 1.0, "opioid"),
    ("1slsd", 1.0, "classic_hallucinogen"), ("1tlsd", 1.0, "classic_hallucinogen"),  # lysergamides (session 64)
    ("ap237", 1.0, "opioid"), ("2meap237", 1.0, "opioid"), ("alphad2pv", 1.0, "stimulant"),
    ("thcjd", 1.0, "cannabis"), ("hhco", 1.0, "cannabis"), ("h4cbd", 1.0, "cannabis"),
    ("25inbome", 1.0, "classic_hallucinogen"), ("25dt", 0.7, None),  # a 25x-NBOMe; "25dt" is a code shape, no class
    ("cychlorphine", 1.0, "opioid"),
    ("u47700", 1.0, "opioid"),
    ("bromazolam", 1.0, "sedative_hypnotic"),
    ("5fmdmbpinaca", 1.0, "synthetic_cannabinoid"),
    ("chpiata", 1.0, "synthetic_cannabinoid"),
    ("3cmc", 1.0, "stimulant"),
    ("alphapvp", 1.0, "stimulant"),
    ("25inbome", 1.0, "classic_hallucinogen"),
    ("4acodmt", 1.0, "classic_hallucinogen"),
    ("3meopcp", 1.0, "dissociative"),
    ("2fluorodeschloroketamine", 1.0, None),   # fragment only: strong, no group
    ("ab1234", 0.7, None),                      # lab-code shape
    ("racemic", 0.0, None),
    ("kush", 0.0, None),
    ("grinder", 0.0, None),
])
def test_morphology(key, strength, group):
    m = morphology(key)
    assert (m.strength, m.group) == (strength, group)


@pytest.mark.parametrize("key,ok", [("3mmc", True), ("ab", False), ("12345", False), ("10g", False),
                                    ("x100", False), ("methyl", False), ("hcl", False), ("etizolam", True)])
def test_plausible(key, ok):
    assert plausible(key) is ok


@given(st.text(max_size=300))
def test_tokens_are_spans_of_the_text(text):
    for t in candidate_tokens(text):
        assert text[t.start:t.end] == t.text and t.key and plausible(t.key)


@pytest.mark.parametrize("key, group", [("3cec", "stimulant"), ("gidazepam", "sedative_hypnotic"),
                                        ("ak47", None), ("methylcobalamin", None), ("25dt", None)])
def test_class_group_is_a_class_affix_s_only(key, group):  # lab codes and fragments name no class (session 64)
    assert class_group(key) == group
