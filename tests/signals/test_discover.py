"""Discovery ranks uncatalogued substance names above the words that surround them."""

import pytest

from patrol.knowledge.kb import KnowledgeBase
from patrol.knowledge.resolver import Resolver
from patrol.signals.discover import Discoverer, _one_slip, ordinary


@pytest.fixture(scope="module")
def resolver():
    return Resolver(KnowledgeBase.load(None))


MARKET = [
    # day, source, author, text
    (0, "m1", "chemlab", "CH-PIATA 5g research chemical, 99% purity - 120 EUR. Ships from China. Best price"),
    (2, "m1", "rc_world", "CH-PIATA 10g powder in stock 210 EUR Best price"),
    (3, "t1", "novachem", "CH-PIATA 1g sample 30 EUR, ships worldwide"),
    (4, "m1", "chemlab", "Cychlorphine 1g powder - 60 EUR. Ships from China"),
    (5, "t1", "opi_direct", "Cychlorphine 5g in stock, 250 EUR"),
    (6, "m1", "chemlab", "Cychlorphin 2g - 110 EUR"),                     # a misspelling, merged
    (1, "m1", "greenhouse", "Gorilla Glue kush 1oz - 200 USD, top shelf weed"),
    (2, "m1", "budking", "Gorilla Glue #4 weed 7g 60 USD"),
    (3, "m1", "budking", "Gorilla Glue cannabis 14g 110 USD"),
    (4, "m1", "greenhouse", "Purple Wookiee weed 1oz 180 USD, cannabis indoor"),
    (5, "m1", "budking", "Purple Wookiee cannabis buds 7g 60 USD"),
    (1, "m1", "chemlab", "chemlab quality guaranteed, chemlab since 2019: 3-MMC 5g 100 EUR"),
    (2, "m1", "rc_world", "ordered from chemlab before? 4-MMC 5g 100 EUR"),
]


def test_novel_substances_rank_first_and_noise_is_penalised(observe, resolver):
    d = Discoverer(resolver)
    d.add(observe(MARKET))
    ranked = {c.key: c for c in d.rank(50)}
    order = list(ranked)
    assert set(order[:2]) == {"chpiata", "cychlorphine"}
    assert ranked["chpiata"].docs == 3 and len(ranked["chpiata"].accounts) == 3
    assert ranked["chpiata"].group == "synthetic_cannabinoid" and ranked["cychlorphine"].group == "opioid"
    assert set(ranked["cychlorphine"].variants) == {"Cychlorphine", "Cychlorphin"}
    assert ranked["chpiata"].first_seen.isoformat() == "2026-01-05"
    assert "cannabis_strain" in ranked["wookiee"].why["penalties"]
    assert "vendor_handle" in ranked["chemlab"].why["penalties"]
    for noise in ("wookiee", "gorilla", "chemlab", "best", "price"):
        assert noise not in ranked or ranked[noise].score < 0.2, noise
    assert "3mmc" not in ranked and "4mmc" not in ranked  # known to the KB


def test_known_name_inside_a_longer_unknown_name_is_still_a_candidate():
    from patrol.model import Alias, Substance
    from patrol.signals.observations import Observation

    kb = KnowledgeBase({"pcp": Substance("pcp", "PCP", "dissociative", aliases=[Alias("PCP", "name", "test")])})
    text = "3-MeO-PCX 1g 40 EUR"
    found = {"label": "drug_sale", "substances": [{"substance_id": "pcp", "start": 6, "end": 9}]}
    d = Discoverer(Resolver(kb))
    d.add([Observation("a", "m", "v1", None, text, found), Observation("b", "m", "v2", None, text, found)])
    assert d.rank(1)[0].key == "3meopcx"
    d2 = Discoverer(Resolver(kb))
    d2.add([Observation("c", "m", "v1", None, "PCP 1g", {"substances": [{"substance_id": "pcp", "start": 0, "end": 3}]})])
    assert d2.rank(5) == []  # the known name itself is never a candidate


def test_json_contract_fields(observe, resolver):
    d = Discoverer(resolver)
    d.add(observe(MARKET))
    c = next(c for c in d.rank(2) if c.key == "chpiata").public()
    assert {"term", "variants", "count", "first_seen", "last_seen", "examples", "suggested_effect_group",
            "nearest_known", "score"} <= set(c)
    assert c["examples"] == ["d0", "d1", "d2"] and c["last_seen"] == "2026-01-08"
    assert all(isinstance(s, str) for s in c["nearest_known"])


def test_empty_and_undated_input(observe, resolver):
    d = Discoverer(resolver)
    assert d.rank(10) == []
    d.add(observe([(None, "m", "a", "CH-PIATA 5g 100 EUR"), (None, "m", "b", "")]))
    c = d.rank(1)[0]
    assert c.key == "chpiata" and c.first_seen is None


@pytest.mark.parametrize("a,b,slip", [
    ("25bnbome", "25bnbmoe", True),      # neighbours swapped
    ("4fluoroamphetamine", "4fluroamphetamine", True),
    ("25bnbome", "25cnbome", False),     # a different substance
    ("methylone", "ethylone", False),    # edit at the start
    ("bkmddma", "bkmdma", False),        # short codes: one letter is a different molecule
    ("5fmn18", "5fmn81", False),         # digits never
])
def test_one_slip(a, b, slip):
    assert _one_slip(a, b) is slip


@pytest.mark.parametrize("word,is_ordinary", [
    ("encyclopedia", True), ("pureness", True), ("crushable", True), ("needlepoint", True),
    ("mephedrone", False), ("etizolam", False), ("chpiata", False),
])
def test_ordinary(word, is_ordinary):
    assert ordinary(word, chemical=False) is is_ordinary


def test_a_systematic_name_gets_a_structure_and_its_nearest_known_substances():
    from patrol.model import Alias, Substance
    from patrol.signals import structure
    from patrol.signals.observations import Observation

    if not structure.available():
        pytest.skip("Java or the OPSIN jar (pyopsin) is not installed")
    kb = KnowledgeBase({"amphetamine": Substance("amphetamine", "amphetamine", "stimulant", smiles="CC(N)Cc1ccccc1",
                                                 aliases=[Alias("amphetamine", "name", "test")])})
    d = Discoverer(Resolver(kb))
    text = "4-fluoroamphetamine 10g research chemical"
    d.add([Observation(str(i), "m", f"v{i}", None, text, {"label": "drug_sale"}) for i in range(2)])
    (c,) = [c for c in d.rank(5) if c.key == "4fluoroamphetamine"]
    assert c.structure == "FC1=CC=C(CC(N)C)C=C1"
    assert c.nearest_by_structure[0]["substance_id"] == "amphetamine" and 0.3 <= c.nearest_by_structure[0]["similarity"] < 1
    assert structure.parse_names(["CH-PIATA", ""]) == {}  # codes do not parse, and say nothing
