"""What training learns besides the models: the drugs the market files under another group than the KB."""

from patrol.classify.agora import Listing
from patrol.classify.features import DocFacts
from patrol.classify.train import kb_group_differs


def _row(i, sid, group, subcategory, strong=True):
    listing = Listing(str(i), "2014-01-01", "v", sid, "Drugs", subcategory)
    value = {"substance_id": sid, "effect_group": group, "category": "drug", "strong_name": strong,
             "confidence": 0.99, "control": []}
    return listing, DocFacts(substances=[value])


def test_kb_group_differs():
    rows = ([_row(i, "ghb", "sedative_hypnotic", "Dissociatives") for i in range(3)]        # differs
            + [_row(10 + i, "ketamine", "dissociative", "Dissociatives") for i in range(3)]  # agrees
            + [_row(20, "gbl", "sedative_hypnotic", "Dissociatives")]                          # one listing: too few
            + [_row(30 + i, "mescaline", "classic_hallucinogen", s)                           # half and half
               for i, s in enumerate(["Psychedelics", "Ecstasy"])]
            + [_row(40 + i, "pineapple-express", "synthetic_cannabinoid", "Cannabis", strong=False)
               for i in range(3)])                                                              # slang: not counted
    listings, facts = zip(*rows)
    assert kb_group_differs(list(listings), list(facts)) == ["ghb"]
