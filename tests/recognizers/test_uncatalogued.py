import pytest

from patrol.knowledge.kb import DEFAULT_KB, KnowledgeBase
from patrol.knowledge.resolver import Resolver
from patrol.pipeline.analyzer import recognizers
from patrol.recognizers.uncatalogued import UncataloguedRecognizer


@pytest.fixture(scope="module")
def found():
    """The names the recognizer reports in a text, read after the recognizers it reads, as the pipeline does."""
    chain = recognizers(Resolver(KnowledgeBase.load(DEFAULT_KB)))
    assert any(isinstance(r, UncataloguedRecognizer) for r in chain)

    def run(text):
        entities = {}
        for r in chain:
            entities[r.entity] = r.analyze(text, "en", entities=entities) if r.reads else r.analyze(text, "en")
        return [(e.text, e.value["suggested_effect_group"]) for e in entities["uncatalogued"]]
    return run


MATCH = [  # (text, names and the group their class spelling gives)
    ("3-CEC crystals 10g €90, ships from NL", [("3-CEC", "stimulant")]),
    ("N-ethylheptedrone 5g $70", [("N-ethylheptedrone", "stimulant")]),  # ("NEH" would be N-ethylhexedrone)
    ("alpha-D2PV 1g €40", [("alpha-D2PV", "stimulant")]),
    ("1S-LSD blotters 150mcg, 10 for €60", [("1S-LSD", "classic_hallucinogen")]),  # not LSD
    ("ADB-4en-PINACA 50g $600", [("ADB-4en-PINACA", "synthetic_cannabinoid")]),
    ("AP-237 (bucinnazine) 1g $60", [("AP-237", "opioid")]),
    ("Spirochlorphine 100mg $80", [("Spirochlorphine", "opioid")]),
    ("Gidazepam 50mg tabs, 50 for €45", [("Gidazepam", "sedative_hypnotic")]),
    ("Fentanylidødsfall i Norge: politiet advarer", [("Fentanylidødsfall", "opioid")]),  # a compound of a class name
    ("Factory direct supply 5CL-ADB-A powder, 1kg $900", [("5CL-ADB-A", "synthetic_cannabinoid")]),  # a 5-chloro tail
]
NEAR_MISS = [
    "3-MMC crystals 10g €90",  # catalogued: the substance recognizer reports it
    "3-CEC and 3-MMC, 10g each",  # a catalogued drug named: the text is searched no further
    "Kaffeepreise: Arabica 20€ pro Kilo",  # a word of a language ("pica$")
    "ADB cable for Android debugging, $5", "Talks at FOSDEM and CCC",  # short letters alone
    "Vendo fuba de mandioca, saco 25 kg", "Chichia tounsia, 25dt, Souk",  # a word; a price
    "XMR 46FahHWdAEKPj9uVJhxdQuHPPWYuMbFk8Nus2eq3vw7BN5HPQ1LZCHrUDbJ6mDkK7ubaPxANKB3joJLeStXNwtWYVp1ZQvK",
    "Vitamin B12 (methylcobalamin) 1000mcg", "N95 mask, AK-47 strain, B-52 bomber",  # no class's affix
    "Vodka 5cl £4, rum 5cl £4.50",  # five centilitres: the 5-chloro tail is read before a cannabinoid's core only
]


@pytest.mark.parametrize("text, names", MATCH)
def test_class_spelt_names(found, text, names):
    assert found(text) == names


@pytest.mark.parametrize("text", NEAR_MISS)
def test_near_misses(found, text):
    assert found(text) == []
